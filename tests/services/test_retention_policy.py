"""Retention policy: the terms per site, what is due, and the purge (services/
retention_policy.py) on both backends, with today fixed at 2026-11-20."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Date, LargeBinary, String, Text, func, select
from sqlalchemy.types import JSON

from bvmdesk.db.models import (
    Assessment,
    Attachment,
    AttendanceMark,
    AuditEvent,
    Base,
    Certificate,
    Enrolment,
    HoursApproval,
    Participant,
    Site,
)
from bvmdesk.domain.retention import Category, RetentionTerms, cutoff, months_before, terms_of
from bvmdesk.services.base import Actor, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.retention_plan import FACT_ORDER
from tests.db import support
from tests.services.retention_support import (
    GONE,
    LONE,
    NEW,
    OLD,
    STAY,
    TEN,
    World,
    build_world,
    services,
)

site_location = support.site_location
admin = support.admin
instructor = support.instructor
__all__ = ["services"]


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def _people(services: Services) -> dict[str, Participant]:
    with sessions_of(services).read() as s:
        found = {p.number: p for p in s.scalars(select(Participant))}
        s.expunge_all()  # loaded, and kept as they are after the session ends
        return found


# Salted Argon2 hashes: random Base64 that holds no personal data, and in which a short
# name ("Eva") turns up by chance now and then.
HASHES = frozenset({"password_hash", "pin_hash"})


def _text_hits(services: Services, needles: list[str], skip: set[str]) -> list[str]:
    """`table.column` of every text value in any table (but `skip`) containing a needle;
    the password and PIN hashes are not read (HASHES)."""
    hits = []
    with sessions_of(services).read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            for column in table.columns:
                if not isinstance(column.type, String | Text | JSON | LargeBinary) \
                        or column.name in HASHES:
                    continue
                for value in s.execute(select(column).where(column.is_not(None))).scalars():
                    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                    hits += [f"{table.name}.{column.name}: {n}" for n in needles
                             if n.casefold() in text.casefold()]
    return hits


def _date_hits(services: Services, days: list[date], skip: set[str]) -> list[str]:
    hits = []
    with sessions_of(services).read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            for column in table.columns:
                if isinstance(column.type, Date):
                    found = s.scalars(select(column).where(column.in_(days))).all()
                    hits += [f"{table.name}.{column.name}: {d}" for d in found]
    return hits


# --- terms ---------------------------------------------------------------------------------
def test_terms_read_defaults_and_bad_values() -> None:
    assert terms_of(None) == RetentionTerms(2, 5, 18)
    assert terms_of({"retention": {"personal_years": 3, "attendance_years": "7",
                                   "assessment_months": 0}}) == RetentionTerms(3, 5, 18)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 11, 20), 18) == date(2025, 5, 20)
    assert cutoff(date(2028, 2, 29), 24) == date(2026, 2, 28)


def test_an_admin_sets_a_sites_terms_and_other_settings_stay(
        services: Services, admin: Actor, instructor: Actor) -> None:
    site = services.retention.site_terms(admin)[0]
    assert site.local and site.terms == RetentionTerms()
    with sessions_of(services).write("test") as s:
        row = s.get(Site, site.site_id)
        assert row is not None
        row.settings = {**(row.settings or {}), "verzuim_minutes": 300}
    services.retention.save_terms(admin, site.site_id, RetentionTerms(3, 7, 24))
    assert services.retention.site_terms(admin)[0].terms == RetentionTerms(3, 7, 24)
    with sessions_of(services).read() as s:
        row = s.get(Site, site.site_id)
        assert row is not None and row.settings["verzuim_minutes"] == 300
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "site.retention")) == 1
    with pytest.raises(ValidationFailed, match="1 tot en met 30 jaar"):
        services.retention.save_terms(admin, site.site_id, RetentionTerms(0, 5, 18))
    with pytest.raises(PermissionDenied):
        services.retention.save_terms(instructor, site.site_id, RetentionTerms(2, 5, 18))
    assert services.retention.site_terms(instructor)[0].terms == RetentionTerms(3, 7, 24)


# --- overview ------------------------------------------------------------------------------
def test_the_overview_counts_what_has_passed_its_term(
        services: Services, admin: Actor, world: World) -> None:
    found = {c.category: c for c in services.retention.overview(admin)}
    personal = found[Category.PERSONAL]
    assert (personal.label, personal.term, personal.due, personal.oldest) == (
        "Persoonsdossier", "2 jaar", 3, date(2019, 6, 30))
    assert "3 persoonsdossiers" in personal.parts and "1 certificaat" not in personal.parts
    attendance = found[Category.ATTENDANCE]
    # TBG keeps attendance 10 years: the terms of the sites differ.
    assert (attendance.term, attendance.due, attendance.oldest) == (
        "5 tot 10 jaar", 2, date(2019, 1, 7))
    assert attendance.parts == ("2 presentieregels", "1 goedgekeurde week",
                                "1 goedkeuring bpv-uren", "1 week bpv-uren")
    assessment = found[Category.ASSESSMENT]
    assert (assessment.term, assessment.due, assessment.oldest) == (
        "18 maanden", 1, date(2019, 5, 2))
    assert assessment.parts == ("1 beoordeling", "2 beoordeelde criteria", "1 foto of scan")


# --- the purge -----------------------------------------------------------------------------
def test_the_purge_removes_exactly_what_is_due(
        services: Services, admin: Actor, world: World) -> None:
    steps: list[tuple[int, int, str]] = []
    result = services.retention.purge_due(admin, progress=lambda *a: steps.append(a))
    assert result.purged == {"personal": 3, "attendance": 2, "assessment": 1}
    assert not result.cancelled and result.rows > 6
    assert [s[0] for s in steps] == [0, 1, 2, 3]
    people = _people(services)
    assert GONE.number not in people and LONE.number not in people
    for kept in (NEW, STAY, TEN):
        assert people[kept.number].last_name == kept.last_name
    tomb = people[OLD.number]  # kept for the certificate register, without personal data
    assert (tomb.first_names, tomb.last_name, tomb.prefix, tomb.badge, tomb.email,
            tomb.phone, tomb.note, tomb.search_text, tomb.birth_date, tomb.company_id) == (
        "", "", None, None, None, None, None, "", date(1900, 1, 1), None)
    assert tomb.deleted_at is not None
    with sessions_of(services).read() as s:
        certificate = s.get(Certificate, world.certificate)
        assert certificate is not None  # the register: number, name, date, course
        assert (certificate.number, certificate.snapshot["full_name"],
                certificate.snapshot["issued_on"], certificate.snapshot["module_name"]) == (
            "ZWL-2023-00007", "Xander Oudejans", "2023-07-03", "Lassen MIG/MAG")
        enrolment = s.get(Enrolment, certificate.enrolment_id)
        assert enrolment is not None and enrolment.deleted_at is not None
        assert enrolment.company_id is None and enrolment.trainer_id is None
        assert set(s.scalars(select(AttendanceMark.id))) == world.kept_marks
        assessments = set(s.scalars(select(Assessment.id)))
        assert assessments == world.kept_assessments
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0
        assert s.scalar(select(func.count()).select_from(HoursApproval)) == 0
        summaries = s.scalars(select(AuditEvent.detail)
                              .where(AuditEvent.action == "retention.purge")).all()
    assert summaries == [
        "Persoonsdossier (2 jaar): 3 persoonsdossiers, 1 inschrijving, "
        "4 beoordeelde criteria, 2 beoordelingen, 1 aftekening, 2 foto's en scans, "
        "1 aftekenkaart, 1 goedgekeurde week, 1 goedkeuring bpv-uren, 1 week bpv-uren, "
        "1 overrule van een voorwaarde, 2 presentieregels, 1 vooraf gemelde afwezigheid, "
        "1 verzuimoverdracht",
        "Presentie en financiersbewijs (5 tot 10 jaar): 2 presentieregels, "
        "1 goedgekeurde week, 1 goedkeuring bpv-uren, 1 week bpv-uren",
        "Beoordelingsbewijs (18 maanden): 1 beoordeling, 2 beoordeelde criteria, "
        "1 foto of scan"]
    assert services.maintenance.check().problems == []


def test_a_purged_person_leaves_no_personal_data_anywhere(
        services: Services, admin: Actor, world: World) -> None:
    services.retention.purge_due(admin)
    gone = GONE.personal + LONE.personal + [GONE.number, LONE.number]
    # The certificate register keeps OLD's number, name and birth date (its snapshot and
    # PDF); nothing else does. OLD's number stays on the tombstone the register refers to.
    assert _text_hits(services, gone, skip=set()) == []
    assert _text_hits(services, OLD.personal, skip={"certificates"}) == []
    assert _text_hits(services, [OLD.number], skip={"certificates", "participants"}) == []
    assert _date_hits(services, [OLD.birth_date, GONE.birth_date, LONE.birth_date],
                      skip={"certificates"}) == []
    # Who stays, stays findable.
    assert _text_hits(services, [STAY.last_name], skip=set()) == [
        "participants.last_name: Blijft", "participants.search_text: Blijft"]
    with sessions_of(services).read() as s:
        details = " ".join(d for d in s.scalars(select(AuditEvent.detail)) if d)
    for needle in [*OLD.personal, *GONE.personal, *LONE.personal]:
        assert needle.casefold() not in details.casefold()


# SQLite only: PostgreSQL frees dead rows at its own (auto)vacuum.
@pytest.mark.parametrize("site_location", ["sqlite"], indirect=True)
def test_on_sqlite_the_file_keeps_no_deleted_text(
        services: Services, admin: Actor, world: World, site_location: str) -> None:
    services.retention.purge_due(admin)
    path = Path(site_location)
    blob = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    for needle in [*GONE.personal, *LONE.personal, OLD.email, OLD.phone, OLD.badge, OLD.note]:
        assert needle is not None
        assert needle.encode() not in blob, needle


def test_a_second_purge_purges_nothing(services: Services, admin: Actor,
                                       world: World) -> None:
    services.retention.purge_due(admin)
    assert all(c.due == 0 for c in services.retention.overview(admin))
    with sessions_of(services).read() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    assert services.retention.purge_due(admin).purged == {
        "personal": 0, "attendance": 0, "assessment": 0}
    with sessions_of(services).read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events
    assert services.maintenance.check().ok


def test_an_instructor_may_look_but_not_purge(
        services: Services, instructor: Actor, world: World) -> None:
    assert [c.due for c in services.retention.overview(instructor)] == [3, 2, 1]
    with pytest.raises(PermissionDenied):
        services.retention.purge_due(instructor)
    assert len(_people(services)) == 6


def test_cancel_stops_before_the_next_category(
        services: Services, admin: Actor, world: World) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # the first category runs, then Cancel
    result = services.retention.purge_due(admin, cancelled=cancelled)
    assert result.cancelled and result.purged == {"personal": 3, "attendance": 0,
                                                  "assessment": 0}
    assert [c.due for c in services.retention.overview(admin)] == [0, 2, 1]


def test_every_reference_to_a_person_is_handled() -> None:
    """A table that gets a foreign key to a person's rows must be added to the purge (and
    to this list) before this test passes again."""
    reach = {"participants", "enrolments", "assessments", "signoffs", "signoff_cards",
             "placement_hours", "hours_approvals", "attachments", "attendance_marks"}
    found = {(t.name, fk.parent.name) for t in Base.metadata.sorted_tables
             for fk in t.foreign_keys if fk.column.table.name in reach}
    handled = {(t, "supersedes_id") for t in ("assessments", "attendance_marks",
                                             "placement_hours")}
    handled |= {("hours_approvals", "withdraws_id"), ("signoffs", "withdraws_id"),
                ("signoffs", "evidence_attachment_id"), ("signoffs", "card_id"),
                ("hours_approval_items", "placement_hours_id"),
                ("hours_approval_items", "approval_id"), ("ratings", "assessment_id"),
                ("certificates", "participant_id"), ("certificates", "enrolment_id")}
    handled |= {(t, "participant_id") for t in ("enrolments", "attendance_marks",
                                                 "planned_absences", "verzuim_handovers")}
    handled |= {(t, "enrolment_id") for t in ("assessments", "signoffs", "signoff_cards",
                                              "placement_hours", "eligibility_overrides")}
    assert found == handled
    assert set(FACT_ORDER) | {"certificates"} >= {t for t, _ in handled} - {
        "enrolments", "participants"}


def test_a_database_with_nothing_old_purges_nothing(services: Services, admin: Actor) -> None:
    assert [c.due for c in services.retention.overview(admin)] == [0, 0, 0]
    assert services.retention.purge_due(admin).purged == {
        "personal": 0, "attendance": 0, "assessment": 0}
    assert services.maintenance.check().ok


def test_an_enrolment_left_active_after_its_end_date_has_ended(
        services: Services, admin: Actor) -> None:
    """The end date says when an enrolment ended, also when nobody set the status; an
    enrolment without an end date keeps the file."""
    from tests.services.test_attendance_world import add_person, enrol, make_group

    group = make_group(services, "OUD-1", start=date(2019, 9, 1), end=date(2020, 6, 30))
    stale = add_person(services, "OUD-01", "Olga", "Oud")
    enrol(services, stale, group, date(2019, 9, 1), date(2020, 6, 30), status="actief")
    open_ended = add_person(services, "OUD-02", "Otto", "Open")
    enrol(services, open_ended, group, date(2019, 9, 1))
    personal = {c.category: c for c in services.retention.overview(admin)}[Category.PERSONAL]
    assert (personal.due, personal.oldest) == (1, date(2020, 6, 30))
    assert services.retention.purge_due(admin).purged["personal"] == 1
    assert set(_people(services)) == {"OUD-02"}
    assert services.maintenance.check().ok
