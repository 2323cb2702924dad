"""Leerbedrijven: list, create, change, archive (Beheer > Leerbedrijven); with the
praktijkopleiders of a company and the participants placed there."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Company, Enrolment, Participant, WorkplaceTrainer
from bvmdesk.db.session import Sessions
from bvmdesk.domain.companies import CompanyData, validate_company
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.records import clean
from bvmdesk.domain.text import display_name
from bvmdesk.services import audit, scope
from bvmdesk.services.base import Actor, NotFound, ValidationFailed
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

MISSING = "Dit leerbedrijf bestaat niet (meer)."


@dataclass(frozen=True)
class CompanyRow(RecordRow):
    sbb_id: str | None
    city: str | None
    trainers: int
    participants: int


@dataclass(frozen=True)
class PersonLine:
    """A trainer or participant of a company, for the lists beside its form."""

    id: uuid.UUID
    code: str
    name: str
    detail: str


class CompanyService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading -------------------------------------------------------------------------
    def records(self, actor: Actor, include_archived: bool = False) -> list[CompanyRow]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            stmt = select(Company).order_by(Company.name, Company.code)
            if not include_archived:
                stmt = stmt.where(Company.deleted_at.is_(None))
            companies = list(s.scalars(stmt))
            trainers = _counts(s, WorkplaceTrainer.company_id)
            # An instructor counts only the participants they may see.
            placed = _counts(s, Participant.company_id,
                             scope.participant_filter(actor, Participant.id))
            return [CompanyRow(c.id, c.code, c.name, c.deleted_at is not None, c.sbb_id,
                               c.city, trainers.get(c.id, 0), placed.get(c.id, 0))
                    for c in companies]

    def get(self, actor: Actor, record_id: uuid.UUID) -> CompanyData:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            company = s.get(Company, record_id)
            if company is None:
                raise NotFound(MISSING)
            return CompanyData(company.code, company.name, company.sbb_id, company.city)

    def trainers(self, actor: Actor, record_id: uuid.UUID) -> list[PersonLine]:
        """The company's praktijkopleiders (not archived)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.scalars(select(WorkplaceTrainer)
                             .where(WorkplaceTrainer.company_id == record_id,
                                    WorkplaceTrainer.deleted_at.is_(None))
                             .order_by(WorkplaceTrainer.name))
            return [PersonLine(t.id, t.code, t.name, t.email or t.phone or "") for t in rows]

    def participants(self, actor: Actor, record_id: uuid.UUID) -> list[PersonLine]:
        """The participants placed at the company: its own (the participant's leerbedrijf)
        and those whose active enrolment names it (those the actor may see)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            via_enrolment = select(Enrolment.participant_id).where(
                Enrolment.company_id == record_id, Enrolment.deleted_at.is_(None),
                Enrolment.status == EnrolmentStatus.ACTIVE.value)
            rows = s.scalars(scope.limit_participants(select(Participant).where(
                Participant.deleted_at.is_(None),
                (Participant.company_id == record_id) | Participant.id.in_(via_enrolment))
                .order_by(Participant.last_name, Participant.first_names), actor,
                Participant.id))
            return [PersonLine(p.id, p.number,
                               display_name(p.first_names, p.prefix, p.last_name),
                               p.type) for p in rows]

    # --- writing -------------------------------------------------------------------------
    def validate(self, data: CompanyData) -> list[FieldError]:
        return validate_company(data)

    def save(self, actor: Actor, record_id: uuid.UUID | None, data: CompanyData) -> uuid.UUID:
        """Create (`record_id` None) or change a leerbedrijf.

        Raises:
            PermissionDenied, ValidationFailed (nothing changed), NotFound.
        """
        actor.require(Permission.MANAGE_DATA)
        data = _normalised(data)
        errors = validate_company(data)
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> uuid.UUID:
            refuse_taken_code(s, Company, data.code, record_id)
            if record_id is None:
                company = Company()
                s.add(company)
            else:
                company = live(s, Company, record_id, MISSING)
            company.code, company.name = data.code, data.name
            company.sbb_id, company.city = data.sbb_id, data.city
            if record_id is None or s.is_modified(company):  # record_row flushes
                action = "company.create" if record_id is None else "company.update"
                audit.record_row(s, actor.name, action, company)
            return company.id
        return run_write(self._sessions, actor.name, work)

    def archive(self, actor: Actor, record_id: uuid.UUID) -> None:
        """Archive a leerbedrijf; refused while trainers, participants or active enrolments
        still point at it."""
        actor.require(Permission.MANAGE_DATA)

        def work(s: Session) -> None:
            company = live(s, Company, record_id, MISSING)
            refuse_in_use(f"Leerbedrijf {company.code}", [
                Usage(count_of(s, WorkplaceTrainer.company_id, company.id),
                      "praktijkopleider", "praktijkopleiders"),
                Usage(count_of(s, Participant.company_id, company.id),
                      "deelnemer", "deelnemers"),
                Usage(count_of(s, Enrolment.company_id, company.id,
                               Enrolment.status == EnrolmentStatus.ACTIVE.value),
                      "lopende inschrijving", "lopende inschrijvingen"),
            ])
            set_archived(s, actor, company, True, "company.archive", self._sessions.now())
        run_write(self._sessions, actor.name, work)

    def restore(self, actor: Actor, record_id: uuid.UUID) -> None:
        actor.require(Permission.MANAGE_DATA)

        def work(s: Session) -> None:
            company = live(s, Company, record_id, MISSING, archived_too=True)
            set_archived(s, actor, company, False, "company.restore", self._sessions.now())
        run_write(self._sessions, actor.name, work)


def _counts(s: Session, column: Any, *where: Any) -> dict[uuid.UUID, int]:
    """Live rows per value of `column` (a foreign key), in one query."""
    table = column.class_
    rows = s.execute(select(column, func.count())
                     .where(table.deleted_at.is_(None), *(w for w in where if w is not None))
                     .group_by(column))
    return {key: int(n) for key, n in rows if key is not None}


def _normalised(data: CompanyData) -> CompanyData:
    return replace(data, code=data.code.strip(), name=data.name.strip(),
                   sbb_id=clean(data.sbb_id), city=clean(data.city))
