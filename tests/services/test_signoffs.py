"""Sign-offs: on screen (PIN, signature), on paper (card, photo), withdrawals, what stands,
and the database refusing to change a sign-off by raw SQL."""

from __future__ import annotations

import io
import json
import re
import uuid
from datetime import date, datetime

import pytest
from PIL import Image
from sqlalchemy import bindparam, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import Uuid

from bvmdesk.db.models import (
    Attachment,
    AuditEvent,
    Module,
    SignOff,
    SignOffCard,
    SignOffTask,
    WorkplaceTrainer,
)
from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services.base import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.signoff_types import SignItem
from bvmdesk.services.trainer_pins import PinRefused
from tests.db import support
from tests.services.backup_support import SteppedClock
from tests.services.signoff_support import SignOffWorld, signoff_world

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor
cheap_argon2 = support.cheap_argon2

PIN = "48151"
TODAY = date(2026, 10, 12)
STROKES = encode(make_signature(400, 150, [[(10, 10), (60, 40), (120, 20)], [(200, 90)]]))
TAP = encode(make_signature(400, 150, [[(10, 10)]]))


@pytest.fixture
def world(services: Services, instructor: Actor, cheap_argon2: None) -> SignOffWorld:
    sessions_of(services).clock = SteppedClock(datetime(2026, 10, 12, 10, 0))
    made = signoff_world(services)
    services.signoffs.set_pin(instructor, made.trainer_id, PIN, PIN)
    services.signoffs.set_pin(instructor, made.other_trainer_id, PIN, PIN)
    return made


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(out, "PNG")
    return out.getvalue()


def _counts(services: Services) -> tuple[int, int, int]:
    with sessions_of(services).read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)  # type: ignore
                     for m in (SignOff, Attachment, AuditEvent))


def _sign(services: Services, actor: Actor, world: SignOffWorld, *codes: str,
          day: date = TODAY, pin: str = PIN, strokes: str = STROKES,
          trainer_id: uuid.UUID | None = None, enrolment_id: uuid.UUID | None = None,
          remark: str | None = None) -> list:  # type: ignore[type-arg]
    return services.signoffs.sign_on_screen(
        actor, enrolment_id or world.enrolment_id, trainer_id or world.trainer_id, pin,
        strokes, [SignItem(world.tasks[c], day, remark) for c in codes])


def _card(services: Services, world: SignOffWorld, enrolment_id: uuid.UUID,
          code: str) -> None:
    with sessions_of(services).write("docent") as s:
        s.add(SignOffCard(code=code, enrolment_id=enrolment_id, version=1,
                          tasks=json.dumps([]), printed_by="docent"))


# --- reading ----------------------------------------------------------------------------
def test_an_enrolment_shows_its_tasks_and_the_trainers_of_its_company(
        services: Services, instructor: Actor, world: SignOffWorld) -> None:
    shown = services.signoffs.enrolment(instructor, world.enrolment_id)
    assert shown.enrolment.has_workplace and shown.enrolment.company == "Staalbouw Noord"
    assert [(t.task.code, t.current, t.history) for t in shown.tasks] == [
        ("T1", None, ()), ("T2", None, ()), ("T3", None, ())]  # archived T9 unsigned: out
    trainers = services.signoffs.trainers_for(instructor, world.enrolment_id)
    assert [(t.name, t.is_enrolment_trainer, t.has_pin) for t in trainers] == [
        ("Piet Praktijk", True, True), ("Anne Opleider", False, False)]
    bare = services.signoffs.enrolment(instructor, world.bare_enrolment_id)
    assert not bare.enrolment.has_workplace and len(bare.tasks) == 3
    assert services.signoffs.trainers_for(instructor, world.bare_enrolment_id) == []
    refs = services.signoffs.participant_enrolments(instructor, world.participant_id)
    assert [r.id for r in refs] == [world.enrolment_id]
    with pytest.raises(NotFound):
        services.signoffs.enrolment(instructor, world.group_id)


# --- on screen --------------------------------------------------------------------------
def test_signing_on_screen_writes_one_row_per_task_with_the_strokes(
        services: Services, instructor: Actor, world: SignOffWorld) -> None:
    before = _counts(services)
    signed = _sign(services, instructor, world, "T1", "T3", day=date(2026, 10, 9),
                   remark="  Netjes  ")
    assert [(i.task_code, i.method, i.day, i.trainer, i.recorded_by, i.recorded_by_name,
             i.remark, i.has_signature, i.counts) for i in signed] == [
        ("T1", "screen", date(2026, 10, 9), "Piet Praktijk", "docent", "Docent Dijkstra",
         "Netjes", True, True),
        ("T3", "screen", date(2026, 10, 9), "Piet Praktijk", "docent", "Docent Dijkstra",
         "Netjes", True, True)]
    assert services.signoffs.signature(instructor, signed[0].id) == STROKES
    assert services.signoffs.signature(instructor, signed[1].id) == STROKES
    after = _counts(services)
    assert after[0] == before[0] + 2 and after[1] == before[1]
    with sessions_of(services).read() as s:
        actions = s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id.in_([str(i.id) for i in signed]))).all()
    assert actions == ["signoff.create", "signoff.create"]
    shown = {t.task.code: t for t in services.signoffs.enrolment(instructor,
                                                                 world.enrolment_id).tasks}
    assert shown["T1"].current == signed[0] and shown["T2"].current is None
    assert services.signoffs.signoff(instructor, signed[1].id) == signed[1]


def _refused(services: Services, error: type[ServiceError], pattern: str, call: object,
             ) -> None:
    before = _counts(services)
    with pytest.raises(error, match=pattern) as caught:
        call()  # type: ignore[operator]
    if error is not PinRefused:  # a wrong PIN is counted (an update, no row)
        assert _counts(services) == before
    else:
        assert _counts(services)[:2] == before[:2]
    assert "niets afgetekend" in str(caught.value) or error in (NotFound, PermissionDenied)


def test_each_refusal_on_screen_writes_nothing(
        services: Services, instructor: Actor, world: SignOffWorld) -> None:
    _sign(services, instructor, world, "T2", day=date(2026, 10, 12))
    sign = services.signoffs.sign_on_screen
    cases: list[tuple[type[ServiceError], str, object]] = [
        (ValidationFailed, "minstens één taak",
         lambda: sign(instructor, world.enrolment_id, world.trainer_id, PIN, STROKES, [])),
        (ValidationFailed, "Taak T1 staat er twee keer in",
         lambda: _sign(services, instructor, world, "T1", "T1")),
        (ValidationFailed, "Taak T9 is gearchiveerd",
         lambda: _sign(services, instructor, world, "T9")),
        (ValidationFailed, re.escape("Taak T2 is al afgetekend op 12-10-2026 door Piet "
                                     "Praktijk"),
         lambda: _sign(services, instructor, world, "T1", "T2")),
        (ValidationFailed, "ligt in de toekomst",
         lambda: _sign(services, instructor, world, "T1", day=date(2026, 10, 13))),
        (ValidationFailed, "langer dan 500 tekens",
         lambda: _sign(services, instructor, world, "T1", remark="x" * 501)),
        (ValidationFailed, "Zet eerst een handtekening",
         lambda: _sign(services, instructor, world, "T1", strokes=TAP)),
        (ValidationFailed, "geen praktijkopleider van Staalbouw Noord",
         lambda: _sign(services, instructor, world, "T1", trainer_id=world.other_trainer_id)),
        (ValidationFailed, "nog geen leerbedrijf",
         lambda: _sign(services, instructor, world, "T1",
                       enrolment_id=world.bare_enrolment_id)),
        (PinRefused, "nog geen pincode",
         lambda: _sign(services, instructor, world, "T1",
                       trainer_id=world.second_trainer_id)),
        (PinRefused, "klopt niet",
         lambda: _sign(services, instructor, world, "T1", pin="00000")),
        (NotFound, "bestaat niet",
         lambda: sign(instructor, world.enrolment_id, world.trainer_id, PIN, STROKES,
                      [SignItem(uuid.uuid4(), TODAY)])),
    ]
    for error, pattern, call in cases:
        _refused(services, error, pattern, call)
    with sessions_of(services).write("test") as s:  # a task of another module
        other = Module(code="M-ANDER", name="Ander", planned_hours=1)
        s.add(other)
        s.flush()
        foreign = SignOffTask(module_id=other.id, code="X1", description="Elders")
        s.add(foreign)
        s.flush()
        foreign_id = foreign.id
    _refused(services, ValidationFailed, "Taak X1 hoort niet bij module M-AFT", lambda: sign(
        instructor, world.enrolment_id, world.trainer_id, PIN, STROKES,
        [SignItem(foreign_id, TODAY)]))


def test_the_pin_is_checked_only_after_everything_else(
        services: Services, instructor: Actor, world: SignOffWorld) -> None:
    with pytest.raises(ValidationFailed):
        _sign(services, instructor, world, "T1", day=date(2027, 1, 1), pin="00000")
    with sessions_of(services).read() as s:
        assert s.get(WorkplaceTrainer, world.trainer_id).pin_failures == 0  # type: ignore


def test_a_viewer_may_not_sign(services: Services, world: SignOffWorld) -> None:
    _refused(services, PermissionDenied, "U mag geen aftekeningen",
             lambda: _sign(services, Actor.viewer(), world, "T1"))


# --- on paper ---------------------------------------------------------------------------
def test_a_paper_card_is_recorded_with_one_shared_photo(
        services: Services, instructor: Actor, world: SignOffWorld) -> None:
    _card(services, world, world.enrolment_id, "ZWL-AK-2026-00001")
    before = _counts(services)
    recorded = services.signoffs.record_paper(
        instructor, world.enrolment_id, world.second_trainer_id,
        [SignItem(world.tasks["T1"], date(2026, 10, 1)),
         SignItem(world.tasks["T2"], date(2026, 10, 2), "met hulp")],
        card_code=" zwl-ak-2026-00001 ", photo=_png(), photo_name="kaart.png")
    assert [(i.method, i.task_code, i.trainer, i.recorded_by, i.card_code, i.has_signature,
             i.remark) for i in recorded] == [
        ("paper", "T1", "Anne Opleider", "docent", "ZWL-AK-2026-00001", False, None),
        ("paper", "T2", "Anne Opleider", "docent", "ZWL-AK-2026-00001", False, "met hulp")]
    evidence = {i.evidence_attachment_id for i in recorded}
    assert len(evidence) == 1 and None not in evidence
    after = _counts(services)
    assert (after[0] - before[0], after[1] - before[1]) == (2, 1)
    attachment_id = recorded[0].evidence_attachment_id
    assert attachment_id is not None
    media_type, data = services.signoffs.evidence(instructor, attachment_id)
    assert media_type == "image/jpeg" and Image.open(io.BytesIO(data)).size == (60, 40)
    with sessions_of(services).read() as s:
        owner = s.get(Attachment, attachment_id)
        assert owner is not None and (owner.owner_type, owner.owner_id) == (
            "signoff", recorded[0].id)
    assert services.signoffs.signature(instructor, recorded[0].id) is None


def test_paper_without_card_or_photo_and_its_refusals(
        services: Services, instructor: Actor, world: SignOffWorld) -> None:
    plain = services.signoffs.record_paper(instructor, world.enrolment_id, world.trainer_id,
                                           [SignItem(world.tasks["T3"], TODAY)])
    assert (plain[0].card_code, plain[0].evidence_attachment_id) == (None, None)
    _card(services, world, world.other_enrolment_id, "ZWL-AK-2026-00002")

    def paper(code: str = "T1", card: str | None = None, photo: bytes | None = None,
              day: date = TODAY) -> object:
        return services.signoffs.record_paper(
            instructor, world.enrolment_id, world.trainer_id,
            [SignItem(world.tasks[code], day)], card_code=card, photo=photo,
            photo_name="kaart.jpg")

    _refused(services, ValidationFailed,
             re.escape("Kaart ZWL-AK-2026-00002 hoort bij Daan Bakker (AFT-1), niet bij "
                       "deze inschrijving"),
             lambda: paper(card="ZWL-AK-2026-00002"))
    _refused(services, ValidationFailed, "Geen aftekenkaart met code ZWL-AK-2026-00099",
             lambda: paper(card="ZWL-AK-2026-00099"))
    _refused(services, ValidationFailed, "al afgetekend", lambda: paper("T3"))
    _refused(services, ValidationFailed, "toekomst", lambda: paper(day=date(2026, 10, 13)))
    before = _counts(services)
    with pytest.raises(ServiceError):
        paper(photo=b"geen foto")
    assert _counts(services) == before
    with pytest.raises(PermissionDenied):
        services.signoffs.record_paper(Actor.viewer(), world.enrolment_id, world.trainer_id,
                                       [SignItem(world.tasks["T1"], TODAY)])


# --- withdrawing ------------------------------------------------------------------------
def test_the_recorder_withdraws_and_the_task_can_be_signed_again(
        services: Services, instructor: Actor, world: SignOffWorld) -> None:
    first = _sign(services, instructor, world, "T1", day=date(2026, 10, 5))[0]
    withdrawal = services.signoffs.withdraw(instructor, first.id, "  Verkeerde   taak  ")
    assert (withdrawal.withdraws_id, withdrawal.reason, withdrawal.day, withdrawal.task_id,
            withdrawal.trainer_id, withdrawal.method, withdrawal.recorded_by,
            withdrawal.is_withdrawal, withdrawal.counts) == (
        first.id, "Verkeerde taak", TODAY, first.task_id, first.trainer_id, "screen",
        "docent", True, False)
    state = {t.task.code: t for t in services.signoffs.enrolment(
        instructor, world.enrolment_id).tasks}["T1"]
    assert state.current is None
    assert [(h.id, h.withdrawn_by) for h in state.history] == [
        (first.id, withdrawal.id), (withdrawal.id, None)]
    assert services.signoffs.signoff(instructor, first.id).withdrawn_by == withdrawal.id
    again = _sign(services, instructor, world, "T1")[0]
    state = {t.task.code: t for t in services.signoffs.enrolment(
        instructor, world.enrolment_id).tasks}["T1"]
    assert state.current == again and len(state.history) == 3
    with sessions_of(services).read() as s:
        actions = s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == str(withdrawal.id))).all()
    assert actions == ["signoff.withdraw"]


def test_who_may_withdraw_and_what_cannot_be_withdrawn(
        services: Services, admin: Actor, instructor: Actor, world: SignOffWorld) -> None:
    by_admin = _sign(services, admin, world, "T1", "T2")
    colleague = Actor("collega", instructor.role, None, "Collega")
    before = _counts(services)
    with pytest.raises(PermissionDenied, match="Alleen een beheerder of wie"):
        services.signoffs.withdraw(instructor, by_admin[0].id, "Niet van mij")
    mine = _sign(services, instructor, world, "T3")[0]
    with pytest.raises(PermissionDenied):
        services.signoffs.withdraw(colleague, mine.id, "Niet van mij")
    with pytest.raises(ValidationFailed, match="reden"):
        services.signoffs.withdraw(instructor, mine.id, " x ")
    with pytest.raises(ValidationFailed, match="reden"):
        services.signoffs.withdraw(instructor, mine.id, "x" * 201)
    assert _counts(services)[0] == before[0] + 1
    withdrawal = services.signoffs.withdraw(admin, mine.id, "Dubbel ingevoerd")  # admin: ok
    services.signoffs.withdraw(admin, by_admin[0].id, "Vergissing")
    before = _counts(services)
    with pytest.raises(ValidationFailed, match="al ingetrokken"):
        services.signoffs.withdraw(admin, mine.id, "Nog een keer")
    with pytest.raises(ValidationFailed, match="zelf een intrekking"):
        services.signoffs.withdraw(admin, withdrawal.id, "Terugdraaien")
    with pytest.raises(NotFound):
        services.signoffs.withdraw(admin, uuid.uuid4(), "Bestaat niet")
    assert _counts(services) == before
    shown = {t.task.code: t.current for t in services.signoffs.enrolment(
        instructor, world.enrolment_id).tasks}
    assert shown["T1"] is None and shown["T3"] is None
    assert shown["T2"] is not None and shown["T2"].id == by_admin[1].id


def test_an_archived_task_with_a_sign_off_still_shows(
        services: Services, admin: Actor, instructor: Actor, world: SignOffWorld) -> None:
    signed = _sign(services, instructor, world, "T2")[0]
    services.signoff_tasks.archive_task(admin, world.tasks["T2"])
    states = services.signoffs.enrolment(instructor, world.enrolment_id).tasks
    assert [(t.task.code, t.task.archived, t.current == signed) for t in states] == [
        ("T1", False, False), ("T2", True, True), ("T3", False, False)]


# --- the database itself ----------------------------------------------------------------
@pytest.mark.parametrize("sql", [
    "UPDATE signoffs SET date = '2026-01-01' WHERE id = :k",
    "UPDATE signoffs SET trainer_id = trainer_id, recorded_by = 'aanvaller' WHERE id = :k",
    "DELETE FROM signoffs WHERE id = :k"])
def test_raw_sql_cannot_change_or_delete_a_sign_off(
        services: Services, instructor: Actor, world: SignOffWorld, sql: str) -> None:
    signed = _sign(services, instructor, world, "T1")[0]
    with pytest.raises(IntegrityError, match="signoffs wordt nooit"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(text(sql).bindparams(bindparam("k", signed.id, type_=Uuid())))
    assert services.signoffs.signoff(instructor, signed.id) == signed
