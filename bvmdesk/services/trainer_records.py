"""Praktijkopleiders (Beheer > Praktijkopleiders): code, name, leerbedrijf, e-mail, phone,
with their PIN state (the PIN itself is reset by an administrator through
`SignOffService.reset_pin`).

A trainer is not archived while an active enrolment names him or her, and does not move to
another leerbedrijf while active enrolments of the old one name him or her.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Company, Enrolment, WorkplaceTrainer
from bvmdesk.db.session import Sessions
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.records import clean
from bvmdesk.domain.trainers import TrainerData, validate_trainer
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.records import (
    RecordRow,
    Usage,
    count_of,
    live,
    refuse_in_use,
    refuse_taken_code,
    set_archived,
)
from bvmdesk.services.retry import run_write
from bvmdesk.services.trainer_pins import is_locked

MISSING = "Deze praktijkopleider bestaat niet (meer)."
_ACTIVE = EnrolmentStatus.ACTIVE.value


@dataclass(frozen=True)
class TrainerRow(RecordRow):
    company_id: uuid.UUID
    company: str  # the company's name
    company_code: str
    email: str | None
    phone: str | None
    has_pin: bool
    locked_until: datetime | None  # UTC; None when not locked now


@dataclass(frozen=True)
class CompanyChoice:
    """A leerbedrijf in the form's combo."""

    id: uuid.UUID
    code: str
    name: str
    archived: bool


class TrainerService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading -------------------------------------------------------------------------
    def records(self, actor: Actor, include_archived: bool = False) -> list[TrainerRow]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            now = self._sessions.now()
            stmt = (select(WorkplaceTrainer, Company)
                    .join(Company, Company.id == WorkplaceTrainer.company_id)
                    .order_by(WorkplaceTrainer.name, WorkplaceTrainer.code))
            if not include_archived:
                stmt = stmt.where(WorkplaceTrainer.deleted_at.is_(None))
            return [TrainerRow(t.id, t.code, t.name, t.deleted_at is not None, c.id, c.name,
                               c.code, t.email, t.phone, t.pin_hash is not None,
                               t.pin_locked_until if is_locked(t, now) else None)
                    for t, c in s.execute(stmt)]

    def row(self, actor: Actor, record_id: uuid.UUID) -> TrainerRow:
        """One trainer's list row (with the PIN state as it is now)."""
        found = [r for r in self.records(actor, include_archived=True) if r.id == record_id]
        if not found:
            raise NotFound(MISSING)
        return found[0]

    def get(self, actor: Actor, record_id: uuid.UUID) -> TrainerData:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            trainer = s.get(WorkplaceTrainer, record_id)
            if trainer is None:
                raise NotFound(MISSING)
            return TrainerData(trainer.code, trainer.name, trainer.company_id, trainer.email,
                               trainer.phone)

    def companies(self, actor: Actor, keep: uuid.UUID | None = None) -> list[CompanyChoice]:
        """The live leerbedrijven by name, and `keep` too when it is archived (the company a
        stored trainer still names)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            where: ColumnElement[bool] = Company.deleted_at.is_(None)
            if keep is not None:
                where = where | (Company.id == keep)
            rows = s.scalars(select(Company).where(where).order_by(Company.name, Company.code))
            return [CompanyChoice(c.id, c.code, c.name, c.deleted_at is not None) for c in rows]

    # --- writing -------------------------------------------------------------------------
    def validate(self, data: TrainerData) -> list[FieldError]:
        return validate_trainer(data)

    def save(self, actor: Actor, record_id: uuid.UUID | None, data: TrainerData) -> uuid.UUID:
        """Create (`record_id` None) or change a praktijkopleider.

        Raises:
            PermissionDenied, ValidationFailed (nothing changed), NotFound.
        """
        actor.require(Permission.MANAGE_DATA)
        data = _normalised(data)
        errors = validate_trainer(data)
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> uuid.UUID:
            refuse_taken_code(s, WorkplaceTrainer, data.code, record_id)
            company = s.get(Company, data.company_id)
            if record_id is None:
                trainer = WorkplaceTrainer()
                s.add(trainer)
            else:
                trainer = live(s, WorkplaceTrainer, record_id, MISSING)
            moved = record_id is None or trainer.company_id != data.company_id
            if company is None or (company.deleted_at is not None and moved):
                raise ValidationFailed([FieldError(
                    "company_id", "Dit leerbedrijf is gearchiveerd of bestaat niet meer; "
                                  "kies een ander leerbedrijf.")])
            if record_id is not None and moved:
                _refuse_move(s, trainer, company)
            trainer.code, trainer.name, trainer.company_id = data.code, data.name, company.id
            trainer.email, trainer.phone = data.email, data.phone
            if record_id is None or s.is_modified(trainer):  # record_row flushes
                action = "trainer.create" if record_id is None else "trainer.update"
                audit.record_row(s, actor.name, action, trainer)
            return trainer.id
        return run_write(self._sessions, actor.name, work)

    def archive(self, actor: Actor, record_id: uuid.UUID) -> None:
        """Archive a praktijkopleider; refused while active enrolments name him or her."""
        actor.require(Permission.MANAGE_DATA)

        def work(s: Session) -> None:
            trainer = live(s, WorkplaceTrainer, record_id, MISSING)
            refuse_in_use(f"Praktijkopleider {trainer.code}", [
                Usage(count_of(s, Enrolment.trainer_id, trainer.id,
                               Enrolment.status == _ACTIVE),
                      "lopende inschrijving", "lopende inschrijvingen"),
            ])
            set_archived(s, actor, trainer, True, "trainer.archive", self._sessions.now())
        run_write(self._sessions, actor.name, work)

    def restore(self, actor: Actor, record_id: uuid.UUID) -> None:
        """Undo an archive; refused while the trainer's leerbedrijf is archived."""
        actor.require(Permission.MANAGE_DATA)

        def work(s: Session) -> None:
            trainer = live(s, WorkplaceTrainer, record_id, MISSING, archived_too=True)
            company = s.get(Company, trainer.company_id)
            if company is not None and company.deleted_at is not None:
                raise ServiceError(f"Leerbedrijf {company.code} van praktijkopleider "
                                   f"{trainer.code} is gearchiveerd. Zet eerst dat "
                                   "leerbedrijf terug; er is niets gewijzigd.")
            set_archived(s, actor, trainer, False, "trainer.restore", self._sessions.now())
        run_write(self._sessions, actor.name, work)


def _refuse_move(s: Session, trainer: WorkplaceTrainer, company: Company) -> None:
    """A trainer does not leave a company while its active enrolments name the trainer."""
    count = int(s.scalar(select(func.count()).select_from(Enrolment).where(
        Enrolment.trainer_id == trainer.id, Enrolment.deleted_at.is_(None),
        Enrolment.status == _ACTIVE, Enrolment.company_id.is_not(None),
        Enrolment.company_id != company.id)) or 0)
    if count:
        what = "lopende inschrijving" if count == 1 else "lopende inschrijvingen"
        raise ValidationFailed([FieldError(
            "company_id", f"Praktijkopleider {trainer.code} staat bij {count} {what} van "
                          "het huidige leerbedrijf. Kies daar eerst een andere "
                          "praktijkopleider; er is niets gewijzigd.")])


def _normalised(data: TrainerData) -> TrainerData:
    return replace(data, code=data.code.strip(), name=data.name.strip(),
                   email=clean(data.email), phone=clean(data.phone))
