"""Weekly bpv hours: entering (half hours, changes that supersede), approving with PIN and
signature, a change that voids an approval, withdrawing one, the database refusing edits,
and the totals against the yearly norm."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from sqlalchemy import Uuid, bindparam, func, select, text
from sqlalchemy.exc import IntegrityError

from bvmdesk.db.models import (
    AuditEvent,
    HoursApproval,
    HoursApprovalItem,
    PlacementHours,
    WorkplaceTrainer,
)
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.placement_hours import hours_totals
from bvmdesk.services.signoff_read import enrolment_refs
from bvmdesk.services.signoff_types import HoursSheet, WeekEntry
from bvmdesk.services.trainer_pins import PinRefused
from tests.db import support
from tests.services import hours_support
from tests.services.hours_support import (
    EMPTY_STROKES,
    PIN,
    STROKES,
    HoursWorld,
    enrol,
    hours_world,
    set_programme_norm,
)
from tests.services.scope_support import add_instructor

site_location = support.site_location
services = hours_support.services
admin = support.admin
instructor = support.instructor
cheap_argon2 = support.cheap_argon2
pytestmark = pytest.mark.usefixtures("cheap_argon2")


def _weeks(sheet: HoursSheet) -> list[tuple[str, int, bool]]:
    return [(f"{w.iso_year}-W{w.iso_week:02d}", w.minutes, w.approved) for w in sheet.weeks]


def _count(services: Services, model: type, **where: object) -> int:
    with sessions_of(services).read() as s:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(s.scalar(query) or 0)


def _audit(services: Services, action: str) -> int:
    return _count(services, AuditEvent, action=action)


def _enter(services: Services, actor: Actor, w: HoursWorld,
           *weeks: tuple[int, int]) -> HoursSheet:
    return services.bpv_hours.enter_hours(
        actor, w.enrolment_id, [WeekEntry(2026, week, minutes) for week, minutes in weeks])


def _id(sheet: HoursSheet, week: int) -> uuid.UUID:
    return next(w.hours_id for w in sheet.weeks if w.iso_week == week)


# --- entering ------------------------------------------------------------------------------
def test_new_weeks_in_half_hours_and_zero_for_a_week_without_hours(
        services: Services, instructor: Actor) -> None:
    w = hours_world(services)
    sheet = _enter(services, instructor, w, (45, 450), (46, 480), (44, 0))
    # No row for week 44: nothing stood there, and 0 hours adds nothing.
    assert _weeks(sheet) == [("2026-W45", 450, False), ("2026-W46", 480, False)]
    assert (sheet.totals.entered_minutes, sheet.totals.approved_minutes,
            sheet.totals.norm_hours) == (930, 0, 610)
    assert sheet.enrolment.id == w.enrolment_id
    week = sheet.weeks[0]
    assert week.entered_by == "docent" and week.approval is None
    assert [(h.minutes, h.superseded, h.approvals) for h in week.history] == [(450, False, ())]
    assert _audit(services, "bpv_hours.enter") == 2
    assert services.bpv_hours.sheet(instructor, w.enrolment_id) == sheet
    # The week of today (W47) may be entered; an earlier year too.
    services.bpv_hours.enter_hours(instructor, w.enrolment_id,
                                   [WeekEntry(2026, 47, 30), WeekEntry(2025, 52, 60)])
    assert _weeks(services.bpv_hours.sheet(instructor, w.enrolment_id))[0] == (
        "2025-W52", 60, False)


def test_a_change_is_a_new_row_that_supersedes_and_the_same_value_writes_nothing(
        services: Services, instructor: Actor) -> None:
    w = hours_world(services)
    first = _enter(services, instructor, w, (45, 450))
    old_id = _id(first, 45)
    again = _enter(services, instructor, w, (45, 450))
    assert again == first and _count(services, PlacementHours) == 1
    changed = _enter(services, instructor, w, (45, 480))
    new_id = _id(changed, 45)
    assert new_id != old_id and _weeks(changed) == [("2026-W45", 480, False)]
    with sessions_of(services).read() as s:
        old, new = s.get(PlacementHours, old_id), s.get(PlacementHours, new_id)
        assert old is not None and new is not None
        assert (old.minutes, old.supersedes_id) == (450, None)  # the old row stays as it was
        assert (new.minutes, new.supersedes_id) == (480, old_id)
    assert [(h.hours_id, h.minutes, h.superseded) for h in changed.weeks[0].history] == [
        (old_id, 450, True), (new_id, 480, False)]
    # Back to 0: the week still shows, with 0 hours and its history.
    zero = _enter(services, instructor, w, (45, 0))
    assert _weeks(zero) == [("2026-W45", 0, False)]
    assert [h.minutes for h in zero.weeks[0].history] == [450, 480, 0]
    assert zero.totals.entered_minutes == 0
    assert _count(services, PlacementHours) == 3 and _audit(services, "bpv_hours.enter") == 3


@pytest.mark.parametrize(("entry", "message"), [
    (WeekEntry(2026, 48, 480), "Week 2026-W48 ligt in de toekomst"),
    (WeekEntry(2027, 1, 480), "Week 2027-W01 ligt in de toekomst"),
    (WeekEntry(2025, 53, 480), "2025 heeft geen week 53 (wel 1 tot en met 52)"),
    (WeekEntry(2026, 0, 480), "2026 heeft geen week 0"),
    (WeekEntry(2026, 40, 45), "Week 2026-W40: '0,75': bpv-uren gaan per half uur"),
    (WeekEntry(2026, 40, -30), "een aantal uren is niet negatief"),
    (WeekEntry(2026, 40, 169 * 60), "meer dan een week heeft"),
])
def test_refused_entries_write_nothing_at_all(services: Services, instructor: Actor,
                                              entry: WeekEntry, message: str) -> None:
    w = hours_world(services)
    _enter(services, instructor, w, (44, 480))
    before = services.bpv_hours.sheet(instructor, w.enrolment_id)
    # A good change next to the bad entry: all or nothing.
    with pytest.raises(ValidationFailed, match=re.escape(message)) as refused:
        services.bpv_hours.enter_hours(instructor, w.enrolment_id,
                                       [WeekEntry(2026, 44, 240), entry])
    assert "Er is niets gewijzigd." in str(refused.value)
    assert services.bpv_hours.sheet(instructor, w.enrolment_id) == before
    assert _count(services, PlacementHours) == 1


def test_week_53_of_a_year_that_has_it_and_a_week_twice(services: Services,
                                                        instructor: Actor) -> None:
    w = hours_world(services)
    with pytest.raises(ValidationFailed, match="Week 2026-W40 staat twee keer"):
        _enter(services, instructor, w, (40, 480), (40, 240))
    assert _count(services, PlacementHours) == 0
    # 2020 had 53 weeks.
    sheet = services.bpv_hours.enter_hours(instructor, w.enrolment_id,
                                           [WeekEntry(2020, 53, 480)])
    assert _weeks(sheet) == [("2020-W53", 480, False)]


def test_hours_need_a_company_a_known_enrolment_and_the_right(services: Services,
                                                              instructor: Actor) -> None:
    w = hours_world(services)
    _, bare = enrol(services, "LAS-1", "P-KAAL", first="Kees", last="Kaal")
    with pytest.raises(ValidationFailed, match="Kees Kaal heeft bij LAS-1 geen leerbedrijf"):
        services.bpv_hours.enter_hours(instructor, bare, [WeekEntry(2026, 45, 480)])
    # A company without a praktijkopleider is enough for hours.
    _, at_company = enrol(services, "LAS-1", "P-HALF", first="Henk", last="Half",
                          company_id=w.company_id)
    sheet = services.bpv_hours.enter_hours(instructor, at_company, [WeekEntry(2026, 45, 60)])
    assert not sheet.enrolment.has_workplace and _weeks(sheet) == [("2026-W45", 60, False)]
    with pytest.raises(NotFound):
        services.bpv_hours.enter_hours(instructor, uuid.uuid4(), [WeekEntry(2026, 45, 60)])
    with pytest.raises(NotFound):
        services.bpv_hours.sheet(instructor, uuid.uuid4())
    with pytest.raises(PermissionDenied):
        services.bpv_hours.enter_hours(Actor.viewer(), w.enrolment_id,
                                       [WeekEntry(2026, 45, 60)])
    assert services.bpv_hours.sheet(Actor.viewer(), w.enrolment_id).weeks == ()


# --- approving -----------------------------------------------------------------------------
def test_approve_one_week_and_then_several_at_once(services: Services,
                                                   instructor: Actor) -> None:
    w = hours_world(services)
    sheet = _enter(services, instructor, w, (44, 480), (45, 450), (46, 240))
    one = services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                     [_id(sheet, 44)])
    assert (one.trainer, one.approved_on, one.method, one.has_signature, one.recorded_by,
            one.counts) == ("Noël de Jong", date(2026, 11, 18), "screen", True, "docent", True)
    after = services.bpv_hours.sheet(instructor, w.enrolment_id)
    assert _weeks(after) == [("2026-W44", 480, True), ("2026-W45", 450, False),
                             ("2026-W46", 240, False)]
    assert after.weeks[0].approval == one
    assert after.totals.approved_minutes == 480
    several = services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN,
                                         STROKES, [_id(sheet, 45), _id(sheet, 46)],
                                         day=date(2026, 11, 16))
    assert several.approved_on == date(2026, 11, 16)
    final = services.bpv_hours.sheet(instructor, w.enrolment_id)
    assert all(week.approved for week in final.weeks)
    assert final.weeks[1].approval == final.weeks[2].approval == several
    assert final.totals.approved_minutes == final.totals.entered_minutes == 1170
    assert _count(services, HoursApproval) == 2 and _count(services, HoursApprovalItem) == 3
    assert _audit(services, "bpv_hours.approve") == 5  # 2 approvals and 3 items
    with sessions_of(services).read() as s:
        stored = s.get(HoursApproval, one.id)
        assert stored is not None and stored.signature_strokes == STROKES


def test_a_wrong_pin_approves_nothing_and_counts_the_failure(services: Services,
                                                             instructor: Actor) -> None:
    w = hours_world(services)
    sheet = _enter(services, instructor, w, (45, 480))
    with pytest.raises(PinRefused, match="De pincode van Noël de Jong klopt niet"):
        services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, "99999",
                                   STROKES, [_id(sheet, 45)])
    assert _count(services, HoursApproval) == 0
    with sessions_of(services).read() as s:
        trainer = s.get(WorkplaceTrainer, w.trainer_id)
        assert trainer is not None and trainer.pin_failures == 1
    assert not services.bpv_hours.sheet(instructor, w.enrolment_id).weeks[0].approved


@pytest.mark.parametrize("problem", ["no signature", "a tap", "no weeks", "future",
                                     "other company", "unknown trainer"])
def test_refusals_before_the_pin_is_tried(services: Services, instructor: Actor,
                                          problem: str) -> None:
    w = hours_world(services)
    ids = [_id(_enter(services, instructor, w, (45, 480)), 45)]
    strokes, trainer, day = STROKES, w.trainer_id, None
    error: type[Exception] = ValidationFailed
    message = {"no signature": "Zet eerst een handtekening; er is niets afgetekend.",
               "a tap": "Zet eerst een handtekening; er is niets afgetekend.",
               "no weeks": "Kies eerst een of meer weken",
               "future": "De datum 19-11-2026 ligt in de toekomst",
               "other company": "Anna Vreemd is geen praktijkopleider van Staal BV",
               "unknown trainer": "Deze praktijkopleider bestaat niet"}[problem]
    if problem == "no signature":
        strokes = '{"v":1,"w":300,"h":100,"s":[]}'
    elif problem == "a tap":
        strokes = EMPTY_STROKES
    elif problem == "no weeks":
        ids = []
    elif problem == "future":
        day = date(2026, 11, 19)
    elif problem == "other company":
        trainer = w.other_trainer_id
    else:
        trainer, error = uuid.uuid4(), NotFound
    with pytest.raises(error, match=re.escape(message)):
        services.bpv_hours.approve(instructor, w.enrolment_id, trainer, "99999", strokes,
                                   ids, day=day)
    assert _count(services, HoursApproval) == 0
    with sessions_of(services).read() as s:  # the wrong PIN was never tried
        assert s.scalar(select(func.sum(WorkplaceTrainer.pin_failures))) == 0


def test_weeks_that_cannot_be_approved(services: Services, instructor: Actor) -> None:
    w = hours_world(services)
    sheet = _enter(services, instructor, w, (44, 480), (45, 480))
    services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                               [_id(sheet, 44)])
    with pytest.raises(ValidationFailed, match="Week 2026-W44 is al goedgekeurd op 18-11-2026"):
        services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                   [_id(sheet, 45), _id(sheet, 44)])
    changed = _enter(services, instructor, w, (45, 240))
    with pytest.raises(ValidationFailed, match="De uren van week 2026-W45 zijn intussen "
                                               "gewijzigd"):
        services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                   [_id(sheet, 45)])
    other = enrol(services, "LAS-1", "P-ANDER", first="Ada", last="Ander",
                  company_id=w.company_id, trainer_id=w.trainer_id)[1]
    theirs = services.bpv_hours.enter_hours(instructor, other, [WeekEntry(2026, 45, 60)])
    with pytest.raises(ValidationFailed, match="Deze uren horen niet bij Çağan Yılmaz"):
        services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                   [_id(theirs, 45)])
    # Week 45 began on Monday 2 November: an approval dated 30 October cannot cover it.
    with pytest.raises(ValidationFailed, match="Week 2026-W45 begon pas op 02-11-2026"):
        services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                   [_id(changed, 45)], day=date(2026, 10, 30))
    assert _count(services, HoursApproval) == 1
    # The new row of week 45 can be approved (on its Monday too).
    services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                               [_id(changed, 45)], day=date(2026, 11, 2))
    assert services.bpv_hours.sheet(instructor, w.enrolment_id).totals.approved_minutes == 720


def test_a_change_of_an_approved_week_voids_its_approval(services: Services,
                                                         instructor: Actor) -> None:
    w = hours_world(services)
    sheet = _enter(services, instructor, w, (44, 480), (45, 480))
    approval = services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN,
                                          STROKES, [_id(sheet, 44), _id(sheet, 45)])
    changed = _enter(services, instructor, w, (45, 420))
    assert _weeks(changed) == [("2026-W44", 480, True), ("2026-W45", 420, False)]
    assert (changed.totals.entered_minutes, changed.totals.approved_minutes) == (900, 480)
    history = changed.weeks[1].history
    assert [(h.minutes, h.superseded, [a.id for a in h.approvals]) for h in history] == [
        (480, True, [approval.id]), (420, False, [])]
    assert _count(services, HoursApproval) == 1  # the approval itself is not touched
    # Changing it back is a change too: the old approval does not come back.
    back = _enter(services, instructor, w, (45, 480))
    assert _weeks(back)[1] == ("2026-W45", 480, False)
    assert back.totals.approved_minutes == 480


# --- withdrawing ---------------------------------------------------------------------------
def test_withdrawing_an_approval(services: Services, instructor: Actor, admin: Actor) -> None:
    w = hours_world(services)
    sheet = _enter(services, instructor, w, (44, 480), (45, 480))
    first = services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN,
                                       STROKES, [_id(sheet, 44)])
    second = services.bpv_hours.approve(admin, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                        [_id(sheet, 45)])
    # A colleague who teaches the group too, but did not record the approval.
    colleague = add_instructor(services, "collega", w.group_id, display_name="Een collega")
    with pytest.raises(PermissionDenied, match=r"wie de goedkeuring vastlegde \(docent\)"):
        services.bpv_hours.withdraw_approval(colleague, first.id, "Verkeerde week")
    with pytest.raises(PermissionDenied):
        services.bpv_hours.withdraw_approval(instructor, second.id, "Verkeerde week")
    for reason in ("", "  x ", "x" * 201):
        with pytest.raises(ValidationFailed, match="Geef een reden van 3 tot 200 tekens"):
            services.bpv_hours.withdraw_approval(instructor, first.id, reason)
    with pytest.raises(NotFound):
        services.bpv_hours.withdraw_approval(admin, uuid.uuid4(), "Bestaat niet")
    assert _count(services, HoursApproval) == 2

    withdrawal = services.bpv_hours.withdraw_approval(instructor, first.id,
                                                      "  Getekend voor de verkeerde week ")
    assert (withdrawal.withdraws_id, withdrawal.reason, withdrawal.trainer,
            withdrawal.recorded_by, withdrawal.approved_on, withdrawal.has_signature) == (
        first.id, "Getekend voor de verkeerde week", "Noël de Jong", "docent",
        date(2026, 11, 18), False)
    after = services.bpv_hours.sheet(instructor, w.enrolment_id)
    assert _weeks(after) == [("2026-W44", 480, False), ("2026-W45", 480, True)]
    assert after.totals.approved_minutes == 480
    kept = after.weeks[0].history[0].approvals
    assert [(a.id, a.withdrawn_by, a.withdraws_id, a.counts) for a in kept] == [
        (first.id, withdrawal.id, None, False), (withdrawal.id, None, first.id, False)]
    assert _audit(services, "bpv_hours.withdraw_approval") == 1
    with sessions_of(services).read() as s:
        assert s.scalar(select(func.count()).select_from(HoursApprovalItem).where(
            HoursApprovalItem.approval_id == withdrawal.id)) == 0

    with pytest.raises(ValidationFailed, match="al ingetrokken op 18-11-2026 door docent"):
        services.bpv_hours.withdraw_approval(admin, first.id, "Nog eens")
    with pytest.raises(ValidationFailed, match="de intrekking van een goedkeuring"):
        services.bpv_hours.withdraw_approval(admin, withdrawal.id, "Nog eens")
    # The administrator may withdraw anyone's; the week may then be approved again.
    services.bpv_hours.withdraw_approval(admin, second.id, "Dubbel getekend")
    again = services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                       [_id(sheet, 44)])
    final = services.bpv_hours.sheet(instructor, w.enrolment_id)
    assert final.weeks[0].approval == again and not final.weeks[1].approved


# --- the database itself -------------------------------------------------------------------
def test_the_database_refuses_to_change_or_delete_hours_and_approvals(
        services: Services, instructor: Actor) -> None:
    w = hours_world(services)
    sheet = _enter(services, instructor, w, (45, 480))
    approval = services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN,
                                          STROKES, [_id(sheet, 45)])
    before = services.bpv_hours.sheet(instructor, w.enrolment_id)
    statements = [
        ("UPDATE placement_hours SET minutes = 0 WHERE id = :h", "placement_hours"),
        ("UPDATE placement_hours SET iso_week = 44 WHERE id = :h", "placement_hours"),
        ("DELETE FROM placement_hours WHERE id = :h", "placement_hours"),
        ("UPDATE hours_approvals SET approved_on = approved_on WHERE id = :a",
         "hours_approvals"),
        ("UPDATE hours_approvals SET trainer_id = trainer_id WHERE id = :a",
         "hours_approvals"),
        ("DELETE FROM hours_approvals WHERE id = :a", "hours_approvals"),
        ("UPDATE hours_approval_items SET placement_hours_id = placement_hours_id "
         "WHERE approval_id = :a", "hours_approval_items"),
        ("DELETE FROM hours_approval_items WHERE approval_id = :a", "hours_approval_items"),
    ]
    for sql, table in statements:
        params = [bindparam("h", _id(sheet, 45), type_=Uuid()),
                  bindparam("a", approval.id, type_=Uuid())]
        statement = text(sql).bindparams(*[p for p in params if f":{p.key}" in sql])
        with pytest.raises(IntegrityError, match=table), \
                sessions_of(services).write("aanvaller") as s:
            s.execute(statement)
        assert services.bpv_hours.sheet(instructor, w.enrolment_id) == before


# --- totals and the norm -------------------------------------------------------------------
def test_totals_and_the_yearly_norm(services: Services, instructor: Actor) -> None:
    w = hours_world(services)
    _enter(services, instructor, w, (45, 450))
    _, bol = enrol(services, "LAS-1", "P-BOL", first="Bo", last="Bol", participant_type="BOL",
                   company_id=w.company_id, trainer_id=w.trainer_id)
    _, empty = enrol(services, "LAS-1", "P-LEEG", first="Lea", last="Leeg",
                     company_id=w.company_id)
    with sessions_of(services).read() as s:
        totals = hours_totals(s, enrolment_refs(s, group_id=w.group_id))
    assert {k: (t.entered_minutes, t.approved_minutes, t.norm_hours)
            for k, t in totals.items()} == {
        w.enrolment_id: (450, 0, 610), bol: (0, 0, None), empty: (0, 0, 610)}
    assert services.bpv_hours.sheet(instructor, bol).totals.norm_hours is None
    set_programme_norm(services, w.module_id, 800)
    with sessions_of(services).read() as s:
        totals = hours_totals(s, enrolment_refs(s, group_id=w.group_id))
    assert {t.norm_hours for t in totals.values()} == {800}  # the BOL participant's too
    set_programme_norm(services, w.module_id, None)  # a programme without a norm
    assert services.bpv_hours.sheet(instructor, w.enrolment_id).totals.norm_hours == 610
    assert services.bpv_hours.sheet(instructor, bol).totals.norm_hours is None
    with sessions_of(services).read() as s:
        assert hours_totals(s, []) == {}
