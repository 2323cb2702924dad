"""The praktijkopleider's PIN through the sign-off service: set, check, count down, lock for
15 minutes (on a clock the test moves), reset by an administrator only, stored as a hash."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent, WorkplaceTrainer
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
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
START = datetime(2026, 10, 12, 10, 0)  # Amsterdam wall-clock time


@pytest.fixture
def clock(services: Services) -> SteppedClock:
    stepped = SteppedClock(START)
    sessions_of(services).clock = stepped
    return stepped


@pytest.fixture
def world(services: Services, instructor: Actor, cheap_argon2: None) -> SignOffWorld:
    made = signoff_world(services)
    services.signoffs.set_pin(instructor, made.trainer_id, PIN, PIN)
    return made


def _trainer(services: Services, trainer_id: uuid.UUID) -> WorkplaceTrainer:
    """The trainer's row as it is now (detached, its columns loaded)."""
    with sessions_of(services).read() as s:
        row = s.get(WorkplaceTrainer, trainer_id)
        assert row is not None
        s.expunge(row)
        return row


def test_the_pin_is_stored_as_an_argon2_hash_never_the_digits(
        services: Services, world: SignOffWorld) -> None:
    stored = _trainer(services, world.trainer_id).pin_hash
    assert stored is not None and stored.startswith("$argon2") and PIN not in stored
    with sessions_of(services).read() as s:
        events = s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == str(world.trainer_id))).all()
    assert "trainer.pin_set" in events


@pytest.mark.parametrize(("pin", "repeated", "words"), [
    ("1234", "1234", "5"), ("123456789", "123456789", "8"), ("12a45", "12a45", "cijfers"),
    ("12345", "12346", "niet gelijk")])
def test_a_pin_must_be_5_to_8_digits_typed_twice_alike(
        services: Services, instructor: Actor, cheap_argon2: None, pin: str, repeated: str,
        words: str) -> None:
    made = signoff_world(services)
    with pytest.raises(ValidationFailed, match=words) as caught:
        services.signoffs.set_pin(instructor, made.second_trainer_id, pin, repeated)
    assert "niets gewijzigd" in str(caught.value)
    assert _trainer(services, made.second_trainer_id).pin_hash is None


def test_a_second_set_is_refused(services: Services, instructor: Actor,
                                 world: SignOffWorld) -> None:
    first = _trainer(services, world.trainer_id).pin_hash
    with pytest.raises(PinRefused, match="heeft al een pincode"):
        services.signoffs.set_pin(instructor, world.trainer_id, "99999", "99999")
    assert _trainer(services, world.trainer_id).pin_hash == first
    services.signoffs.check_pin(instructor, world.trainer_id, PIN)


def test_the_right_pin_passes_and_clears_the_count(
        services: Services, instructor: Actor, world: SignOffWorld) -> None:
    with pytest.raises(PinRefused, match="Nog 4 pogingen"):
        services.signoffs.check_pin(instructor, world.trainer_id, "00000")
    assert _trainer(services, world.trainer_id).pin_failures == 1
    services.signoffs.check_pin(instructor, world.trainer_id, PIN)
    assert _trainer(services, world.trainer_id).pin_failures == 0


def test_no_pin_yet_is_refused(services: Services, instructor: Actor,
                               world: SignOffWorld) -> None:
    with pytest.raises(PinRefused, match="nog geen pincode"):
        services.signoffs.check_pin(instructor, world.second_trainer_id, PIN)
    with pytest.raises(NotFound):
        services.signoffs.check_pin(instructor, world.group_id, PIN)


def test_five_wrong_pins_lock_the_trainer_for_15_minutes(
        services: Services, instructor: Actor, world: SignOffWorld,
        clock: SteppedClock) -> None:
    for left in ("Nog 4 pogingen", "Nog 3 pogingen", "Nog 2 pogingen", "Nog 1 poging,"):
        with pytest.raises(PinRefused, match=left) as caught:
            services.signoffs.check_pin(instructor, world.trainer_id, "11111")
        assert "niets afgetekend" in str(caught.value)
    with pytest.raises(PinRefused, match=r"geblokkeerd tot 10:15 \(nog 15 minuten\)"):
        services.signoffs.check_pin(instructor, world.trainer_id, "11111")
    offered = {t.id: t for t in services.signoffs.trainers_for(instructor, world.enrolment_id)}
    assert offered[world.trainer_id].locked_until is not None
    assert offered[world.second_trainer_id].locked_until is None
    clock.local = START + timedelta(minutes=14)
    with pytest.raises(PinRefused, match=r"geblokkeerd tot 10:15 \(nog 1 minuut\)"):
        services.signoffs.check_pin(instructor, world.trainer_id, PIN)  # the right PIN too
    clock.local = START + timedelta(minutes=15, seconds=1)
    assert services.signoffs.trainers_for(instructor, world.enrolment_id)[0].locked_until \
        is None
    services.signoffs.check_pin(instructor, world.trainer_id, PIN)
    trainer = _trainer(services, world.trainer_id)
    assert (trainer.pin_failures, trainer.pin_locked_until) == (0, None)
    with sessions_of(services).read() as s:
        events = s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == str(world.trainer_id))).all()
    assert "trainer.pin_locked" in events


def test_an_administrator_resets_pin_and_lock_an_instructor_may_not(
        services: Services, admin: Actor, instructor: Actor, world: SignOffWorld,
        clock: SteppedClock) -> None:
    for _ in range(5):
        with pytest.raises(PinRefused):
            services.signoffs.check_pin(instructor, world.trainer_id, "22222")
    with pytest.raises(PermissionDenied):
        services.signoffs.reset_pin(instructor, world.trainer_id)
    assert _trainer(services, world.trainer_id).pin_locked_until is not None
    services.signoffs.reset_pin(admin, world.trainer_id)
    trainer = _trainer(services, world.trainer_id)
    assert (trainer.pin_hash, trainer.pin_failures, trainer.pin_locked_until) == (None, 0, None)
    offered = services.signoffs.trainers_for(instructor, world.enrolment_id)[0]
    assert (offered.id, offered.has_pin, offered.locked_until) == (world.trainer_id, False,
                                                                   None)
    services.signoffs.set_pin(instructor, world.trainer_id, "7654321", "7654321")
    services.signoffs.check_pin(instructor, world.trainer_id, "7654321")
    with pytest.raises(PinRefused, match="klopt niet"):
        services.signoffs.check_pin(instructor, world.trainer_id, PIN)
