"""The praktijkopleider's personal PIN: set at the first sign-off, checked at every one.

Trainers have no account; a PIN of 5-8 digits (Argon2id hash, like passwords) confirms
that the person at the screen is the trainer chosen. Five wrong PINs in a row lock that
trainer for 15 minutes (domain.signoff); an administrator can reset the PIN, after which
the next sign-off sets a new one. A wrong try is counted in its own transaction, so it
counts even though the sign-off it was for is refused.
"""

from __future__ import annotations

import math
import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import WorkplaceTrainer
from bvmdesk.db.session import Sessions
from bvmdesk.domain.clock import to_local
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signoff import PIN_LOCK_MINUTES, PIN_MAX_TRIES, pin_problem
from bvmdesk.domain.text import plural
from bvmdesk.services import audit
from bvmdesk.services.accounts import hash_password, verify_password
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.retry import run_write


class PinRefused(ServiceError):
    """A wrong PIN, a locked trainer or a trainer without a PIN; nothing was signed."""


def locked_text(trainer: WorkplaceTrainer, now: datetime) -> str:
    assert trainer.pin_locked_until is not None
    minutes = max(1, math.ceil((trainer.pin_locked_until - now).total_seconds() / 60))
    return (f"Te vaak een verkeerde pincode: {trainer.name} is geblokkeerd tot "
            f"{to_local(trainer.pin_locked_until):%H:%M} (nog "
            f"{plural(minutes, 'minuut', 'minuten')}). Een beheerder kan de pincode "
            "herstellen; er is niets afgetekend.")


def is_locked(trainer: WorkplaceTrainer, now: datetime) -> bool:
    return trainer.pin_locked_until is not None and trainer.pin_locked_until > now


def _locked_trainer(s: Session, trainer_id: uuid.UUID) -> WorkplaceTrainer:
    """The trainer, its row locked until the end of the transaction (a second PC waits)."""
    trainer = s.scalars(select(WorkplaceTrainer).where(WorkplaceTrainer.id == trainer_id)
                        .with_for_update().execution_options(populate_existing=True)).first()
    if trainer is None or trainer.deleted_at is not None:
        raise NotFound("Deze praktijkopleider bestaat niet (meer).")
    return trainer


def check_pin(sessions: Sessions, actor: Actor, trainer_id: uuid.UUID, pin: str) -> None:
    """Passes when `pin` is the trainer's PIN and the trainer is not locked.

    A wrong PIN counts (committed); the fifth in a row locks the trainer for 15 minutes.
    A right PIN clears the count.

    Raises:
        PinRefused: wrong PIN, locked, or no PIN set yet (Dutch message).
        NotFound: no such trainer.
    """
    actor.require(Permission.RECORD_SIGNOFFS)

    def work(s: Session) -> str | None:
        trainer = _locked_trainer(s, trainer_id)
        now = sessions.now()
        if trainer.pin_hash is None:
            return (f"{trainer.name} heeft nog geen pincode. Laat de praktijkopleider eerst "
                    "een pincode kiezen; er is niets afgetekend.")
        if is_locked(trainer, now):
            return locked_text(trainer, now)  # a locked trainer's lock is not extended
        if verify_password(trainer.pin_hash, pin):
            if trainer.pin_failures or trainer.pin_locked_until is not None:
                trainer.pin_failures, trainer.pin_locked_until = 0, None
            return None
        trainer.pin_failures += 1
        if trainer.pin_failures >= PIN_MAX_TRIES:
            trainer.pin_failures = 0
            trainer.pin_locked_until = now + timedelta(minutes=PIN_LOCK_MINUTES)
            audit.record_row(s, actor.name, "trainer.pin_locked", trainer)
            return locked_text(trainer, now)
        left = PIN_MAX_TRIES - trainer.pin_failures
        return (f"De pincode van {trainer.name} klopt niet; er is niets afgetekend. Nog "
                f"{plural(left, 'poging', 'pogingen')}, daarna is {trainer.name} "
                f"{PIN_LOCK_MINUTES} minuten geblokkeerd.")

    refusal = run_write(sessions, actor.name, work)
    if refusal is not None:
        raise PinRefused(refusal)


def set_pin(sessions: Sessions, actor: Actor, trainer_id: uuid.UUID, pin: str,
            repeated: str) -> None:
    """The trainer's first PIN (or the first after a reset).

    Raises:
        ValidationFailed: not 5-8 digits, or the two entries differ.
        PinRefused: the trainer has a PIN already (only an administrator's reset clears it).
    """
    actor.require(Permission.RECORD_SIGNOFFS)
    problem = pin_problem(pin)
    if problem is None and pin != repeated:
        problem = "De twee pincodes zijn niet gelijk; typ dezelfde pincode twee keer."
    if problem is not None:
        raise ValidationFailed([FieldError("pin", problem + " Er is niets gewijzigd.")])
    pin_hash = hash_password(pin)  # slow: not while holding the row lock

    def work(s: Session) -> str | None:
        trainer = _locked_trainer(s, trainer_id)
        if trainer.pin_hash is not None:
            return (f"{trainer.name} heeft al een pincode; er is niets gewijzigd. Vergeten? "
                    "Een beheerder kan de pincode herstellen.")
        trainer.pin_hash, trainer.pin_failures, trainer.pin_locked_until = pin_hash, 0, None
        audit.record_row(s, actor.name, "trainer.pin_set", trainer)
        return None

    refusal = run_write(sessions, actor.name, work)
    if refusal is not None:
        raise PinRefused(refusal)


def reset_pin(sessions: Sessions, actor: Actor, trainer_id: uuid.UUID) -> None:
    """An administrator clears the PIN and the lock; the next sign-off sets a new PIN."""
    actor.require(Permission.MANAGE_USERS)

    def work(s: Session) -> None:
        trainer = _locked_trainer(s, trainer_id)
        trainer.pin_hash, trainer.pin_failures, trainer.pin_locked_until = None, 0, None
        audit.record_row(s, actor.name, "trainer.pin_reset", trainer)

    run_write(sessions, actor.name, work)
