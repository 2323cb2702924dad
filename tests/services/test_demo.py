"""The demo generator: realistic content, reproducible, all or nothing, on both backends."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import holidays
import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import (
    AttendanceMark,
    AuditEvent,
    Enrolment,
    Group,
    Holiday,
    Lesson,
    Module,
    NumberSequence,
    Participant,
    Site,
    User,
    WorkProcess,
)
from bvmdesk.domain.clock import to_utc
from bvmdesk.domain.enums import AttendanceStatus, ParticipantType
from bvmdesk.domain.participants import age_on
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.container import Services, open_services, sessions_of
from bvmdesk.services.demo import DemoResult, generate_demo
from bvmdesk.services.participants import participant_search_key

TODAY = date(2026, 11, 26)  # a Thursday, well into the school year 2026-2027
PREFIXES = {"van", "de", "van der", "van den", "van de", "van 't", "ter", "te", "ten", "in 't",
            "op de", "'t"}


def _open(location: str) -> Services:
    return open_services(location, create=True, backup=False)


def _count(services: Services, model: type) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _counts(services: Services) -> dict[str, int]:
    models = (Site, User, Participant, Group, Lesson, Enrolment, AttendanceMark, Holiday,
              Module, WorkProcess, NumberSequence)
    return {m.__name__: _count(services, m) for m in models}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, DemoResult]]:
    """One default-sized demo (SQLite) for the checks that only read."""
    location = str(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    services = _open(location)
    try:
        yield services, generate_demo(sessions_of(services), participants=120, seed=1, today=TODAY)
    finally:
        services.close()


def test_demo_on_each_backend(db_location: str) -> None:
    services = _open(db_location)
    try:
        steps: list[tuple[int, int]] = []
        result = generate_demo(sessions_of(services), participants=40, seed=3, today=TODAY,
                               progress=lambda done, total: steps.append((done, total)))
        counts = _counts(services)
        assert result.participants == counts["Participant"] == 40
        assert result.groups == counts["Group"] > 0
        assert result.lessons == counts["Lesson"] > result.groups
        assert result.marks == counts["AttendanceMark"] > 0
        assert counts["Site"] == 2 and counts["User"] == len(result.accounts)
        assert steps[-1][0] == steps[-1][1] and len(steps) >= 4
        site = services.accounts.local_site()
        assert site is not None and site.code == "ZWL"
        assert services.maintenance.check().ok
        admin = next(a for a in result.accounts if a.role == "admin")
        assert len(admin.password) >= 10
        assert services.accounts.authenticate(admin.username, admin.password).role == "admin"
        with sessions_of(services).read() as s:
            last_lesson = s.scalar(select(func.max(Lesson.date)).join(
                AttendanceMark, AttendanceMark.lesson_id == Lesson.id))
        assert last_lesson is not None and last_lesson < TODAY
    finally:
        services.close()


def _marks_snapshot(services: Services) -> list[tuple[object, ...]]:
    with sessions_of(services).read() as s:
        rows = s.execute(
            select(Participant.number, Group.code, Lesson.date, AttendanceMark.status,
                   AttendanceMark.arrival_time, AttendanceMark.departure_time,
                   AttendanceMark.id, AttendanceMark.hlc)
            .join(Lesson, Lesson.id == AttendanceMark.lesson_id)
            .join(Group, Group.id == Lesson.group_id)
            .join(Participant, Participant.id == AttendanceMark.participant_id)
        ).all()
    return sorted(tuple(r) for r in rows)


def test_same_seed_and_today_give_the_same_data(tmp_path: Path) -> None:
    snapshots = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        services = _open(str(tmp_path / f"{name}.sqlite"))
        try:
            generate_demo(sessions_of(services), participants=40, seed=seed, today=TODAY)
            snapshots.append((services.participants.list_all(Actor.cli()), _counts(services),
                              _marks_snapshot(services)))
        finally:
            services.close()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0][0] != snapshots[2][0]  # another seed: other people


def test_every_target_group_with_plausible_ages(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    with sessions_of(services).read() as s:
        rows = s.execute(select(Participant.type, Participant.birth_date)).all()
    assert {t for t, _ in rows} == {t.value for t in ParticipantType}
    ages: dict[str, list[int]] = defaultdict(list)
    for kind, birth in rows:
        ages[kind].append(age_on(birth, TODAY))
    for kind in ("PRO", "VSO", "vmbo"):
        assert all(12 <= a <= 18 for a in ages[kind]), kind
    assert min(ages["BBL"]) < 18 <= max(ages["BBL"])
    assert all(20 <= a <= 61 for a in ages["werknemer"])


def test_names_have_diacritics_and_tussenvoegsels(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    people = services.participants.list_all(Actor.cli())
    assert any(p.prefix in PREFIXES for p in people)
    assert any(not (p.first_names + p.last_name).isascii() for p in people)
    assert all(p.prefix is None or p.prefix.strip() == p.prefix != "" for p in people)
    # Accents are ignored when searching, as for participants entered by hand.
    accented = next(p for p in people if not p.last_name.isascii())
    plain = accented.last_name.translate(str.maketrans("ıİłŁ", "iIlL"))
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    assert accented.number in {p.number for p in services.participants.list_all(
        Actor.cli(), plain)}


def test_stored_fields_are_complete_and_consistent(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    with sessions_of(services).read() as s:
        people = s.scalars(select(Participant)).all()
        for p in people:
            assert p.search_text == participant_search_key(p.first_names, p.prefix, p.last_name,
                                                           p.number, p.badge)
            assert p.created_by == "demo" and p.hlc and p.site_id is not None
        badges = [p.badge for p in people if p.badge]
        assert len(badges) == len(set(badges)) > len(people) * 0.7
        assert any(b[0].isalpha() for b in badges)
        mbo = [p for p in people if p.type in ("BBL", "BOL")]
        assert all(p.school and p.student_number for p in mbo)
        bbl = s.execute(select(Enrolment).join(Participant).where(Participant.type == "BBL"))
        assert all(e.company_id and e.trainer_id for (e,) in bbl)
        for e, g in s.execute(select(Enrolment, Group).join(Group)):
            assert g.start_date <= e.start_date and (e.end_date is None
                                                     or e.end_date <= g.end_date)
        work = s.scalars(select(WorkProcess.name)).all()
        assert work and all(name.endswith(" (DEMO)") for name in work)
        modules = {m.name: m for m in s.scalars(select(Module))}
        assert "MIG/MAG-lassen 135 niveau 1" in modules
        assert modules["Praktijk Allround lasser"].crebo == "25287"


def test_number_sequences_match_the_numbers_used(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    with sessions_of(services).read() as s:
        sequences = {code: value for code, value in s.execute(
            select(Site.code, NumberSequence.last_value).join(
                Site, Site.id == NumberSequence.site_id).where(
                NumberSequence.kind == "participant"))}
        numbers = s.scalars(select(Participant.number)).all()
    used: dict[str, list[int]] = defaultdict(list)
    for number in numbers:
        code, _, sequence = number.partition("-")
        used[code].append(int(sequence))
    assert set(sequences) == set(used) == {"ZWL", "TBG"}
    for code, values in used.items():
        assert sequences[code] == max(values) == len(values)


def test_marks_only_before_today_with_real_patterns(demo: tuple[Services, DemoResult]) -> None:
    services, result = demo
    instructors = {a.username for a in result.accounts if a.role == "instructor"}
    with sessions_of(services).read() as s:
        later = s.scalar(select(func.count()).select_from(Lesson).where(Lesson.date >= TODAY))
        on_today = s.scalar(select(func.count()).select_from(Lesson).where(Lesson.date == TODAY))
        cancelled = s.execute(select(Lesson.cancel_reason).where(Lesson.cancelled)).all()
        rows = s.execute(select(AttendanceMark, Lesson).join(
            Lesson, Lesson.id == AttendanceMark.lesson_id)).all()
        statuses = {m.status for m, _ in rows}
        for mark, lesson in rows:
            assert lesson.date < TODAY and not lesson.cancelled
            assert mark.supersedes_id is None and mark.reason is None
            assert mark.recorded_by in instructors
            # stored in UTC: the lesson's start is Amsterdam wall-clock time
            start = datetime.combine(lesson.date, lesson.start_time)
            assert mark.recorded_at == to_utc(start)
            if mark.status == "te_laat":
                assert mark.arrival_time is not None and mark.arrival_time > lesson.start_time
            if mark.status == "vroeg_weg":
                assert mark.departure_time is not None
                assert lesson.start_time < mark.departure_time < lesson.end_time
            if mark.status == "aanwezig" and mark.arrival_time is not None:
                assert mark.arrival_time <= lesson.start_time
        present = sum(1 for m, _ in rows if m.status == "aanwezig")
    assert later and on_today  # lessons to come (and today's) exist, just without marks
    assert cancelled and all(reason for (reason,) in cancelled)
    assert statuses == {s.value for s in AttendanceStatus}
    assert present > len(rows) * 0.7  # most are punctual


def test_a_minor_reaches_the_verzuim_threshold(demo: tuple[Services, DemoResult]) -> None:
    """16 h unexcused within 4 weeks by someone under 18: a verzuim signal exists."""
    services, _ = demo
    with sessions_of(services).read() as s:
        rows = s.execute(
            select(Participant.id, Participant.birth_date, Lesson.date, Lesson.start_time,
                   Lesson.end_time)
            .join(AttendanceMark, AttendanceMark.participant_id == Participant.id)
            .join(Lesson, Lesson.id == AttendanceMark.lesson_id)
            .where(AttendanceMark.status == "ongeoorloofd").order_by(Lesson.date)).all()
    by_person: dict[object, list[tuple[date, int]]] = defaultdict(list)
    for pid, birth, day, start, end in rows:
        if age_on(birth, day) < 18:
            minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
            by_person[pid].append((day, minutes))
    best = 0
    for absences in by_person.values():
        for first, _ in absences:
            window = [m for d, m in absences if first <= d < first + timedelta(days=28)]
            best = max(best, sum(window))
    assert best >= 16 * 60


def test_no_lesson_on_a_holiday(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    with sessions_of(services).read() as s:
        lessons = s.execute(select(Lesson.date, Group.location_id).join(Group)).all()
        breaks = s.execute(select(Holiday.location_id, Holiday.first_day, Holiday.last_day,
                                  Holiday.name)).all()
    names = {name for _, _, _, name in breaks}
    assert {"Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie",
            "Zomervakantie"} <= names
    public = holidays.country_holidays("NL", years=[2026, 2027])
    assert any(date(2026, 8, 1) <= d <= date(2027, 7, 31) and d.weekday() < 5 for d in public)
    for day, site in lessons:
        assert day.weekday() < 5 and day not in public
        assert not any(loc == site and first <= day <= last for loc, first, last, _ in breaks)
    # The sites lie in different holiday regions: some holiday differs.
    per_site: dict[object, set[date]] = defaultdict(set)
    for loc, first, _, _ in breaks:
        per_site[loc].add(first)
    first_days = list(per_site.values())
    assert len(first_days) == 2 and first_days[0] != first_days[1]


def test_check_passes_and_the_demo_is_audited(demo: tuple[Services, DemoResult]) -> None:
    services, _ = demo
    assert services.maintenance.check().ok
    with sessions_of(services).read() as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.sequence)).all()
        marks = s.scalar(select(func.count()).select_from(AttendanceMark))
        mark_events = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_type == "attendance_marks"))
    # One event per row the demo wrote (one write path), then the summary.
    assert actions[-1] == "demo.generate"
    assert set(actions[:-1]) == {"demo.insert", "demo.update"}  # finals: made final after
    assert marks and mark_events == marks


def test_refuses_a_database_with_data_and_changes_nothing(tmp_path: Path) -> None:
    services = _open(str(tmp_path / "init.sqlite"))
    try:
        services.accounts.setup_site(Actor.cli(), "ZWL", "Zwolle", "beheer",
                                     "een lang wachtwoord")
        before = _counts(services) | {"audit": _count(services, AuditEvent)}
        with pytest.raises(ServiceError, match="bevat al gegevens"):
            generate_demo(sessions_of(services), participants=20, seed=1, today=TODAY)
        assert _counts(services) | {"audit": _count(services, AuditEvent)} == before
    finally:
        services.close()


def test_refuses_to_run_twice(tmp_path: Path) -> None:
    services = _open(str(tmp_path / "twice.sqlite"))
    try:
        generate_demo(sessions_of(services), participants=20, seed=1, today=TODAY)
        before = _counts(services)
        with pytest.raises(ServiceError, match="bevat al gegevens"):
            generate_demo(sessions_of(services), participants=20, seed=2, today=TODAY)
        assert _counts(services) == before
    finally:
        services.close()


def test_cancel_rolls_back_everything(tmp_path: Path) -> None:
    services = _open(str(tmp_path / "cancel.sqlite"))
    try:
        asked: list[int] = []

        def cancelled() -> bool:
            asked.append(1)
            return len(asked) > 5  # well into the work: rows were already written

        with pytest.raises(ServiceError) as raised:
            generate_demo(sessions_of(services), participants=40, seed=1, today=TODAY,
                          cancelled=cancelled)
        assert str(raised.value) == "Geannuleerd: er is niets gewijzigd."
        assert len(asked) == 6
        assert all(n == 0 for n in _counts(services).values())
        assert _count(services, AuditEvent) == 0
        assert services.accounts.local_site() is None
        # Still empty, so the demo can be made after all.
        assert generate_demo(sessions_of(services), participants=20, seed=1,
                             today=TODAY).participants == 20
    finally:
        services.close()


def test_more_school_years_of_history(tmp_path: Path) -> None:
    services = _open(str(tmp_path / "years.sqlite"))
    try:
        result = generate_demo(sessions_of(services), participants=60, seed=1, today=TODAY,
                               years=3)
        with sessions_of(services).read() as s:
            starts = s.scalars(select(Group.start_date)).all()
            statuses = set(s.scalars(select(Enrolment.status)).all())
        school_years = {d.year if d.month >= 8 else d.year - 1 for d in starts}
        assert school_years == {2024, 2025, 2026}
        assert statuses == {"actief", "afgerond", "gestopt"}
        assert result.participants == 60 and services.maintenance.check().ok
    finally:
        services.close()
