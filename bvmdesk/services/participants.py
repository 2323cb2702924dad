"""Participants: the detail with enrolments, and editing (finding them: participant_search)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from bvmdesk.db.models import (
    Company,
    Enrolment,
    Group,
    Module,
    Participant,
    Site,
    WorkplaceTrainer,
)
from bvmdesk.domain.participants import (
    FieldError,
    ParticipantData,
    format_number,
    validate_participant,
)
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import display_name
from bvmdesk.services import audit, scope
from bvmdesk.services.base import Actor, Changed, NotFound, ValidationFailed
from bvmdesk.services.numbering import next_free
from bvmdesk.services.participant_search import (
    ParticipantListItem,
    ParticipantRow,
    ParticipantSearch,
    SearchResult,
    participant_search_key,
)
from bvmdesk.services.retry import run_write

# The list types live with the search; callers may import them from here as well.
__all__ = ["NUMBER_KIND", "CompanyChoice", "EnrolmentInfo", "ParticipantDetail",
           "ParticipantListItem", "ParticipantRow", "ParticipantService", "SearchResult",
           "participant_search_key"]

NUMBER_KIND = "participant"


@dataclass(frozen=True)
class EnrolmentInfo:
    group_code: str
    group_name: str
    module_name: str
    location: str
    start_date: date
    end_date: date | None
    status: str
    company: str | None
    trainer: str | None


@dataclass(frozen=True)
class ParticipantDetail:
    id: uuid.UUID
    data: ParticipantData
    enrolments: tuple[EnrolmentInfo, ...]

    @property
    def name(self) -> str:
        return display_name(self.data.first_names, self.data.prefix, self.data.last_name)


@dataclass(frozen=True)
class CompanyChoice:
    code: str
    name: str


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


class ParticipantService(ParticipantSearch):
    """Reading and editing participants (the search is in ParticipantSearch)."""

    # --- reading -------------------------------------------------------------------------
    def get(self, actor: Actor, participant_id: uuid.UUID) -> ParticipantDetail:
        """The participant's personal data and enrolments.

        Raises:
            NotFound: no such participant.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            p = s.get(Participant, participant_id)
            if p is None or p.deleted_at is not None:
                raise NotFound("Deze deelnemer bestaat niet (meer).")
            scope.require_participant(s, actor, p.id)
            company_code = s.scalar(select(Company.code).where(Company.id == p.company_id))
            enrolment_company = aliased(Company)
            rows = s.execute(
                select(Enrolment, Group, Module.name, Site.code, enrolment_company.name,
                       WorkplaceTrainer.name)
                .join(Group, Group.id == Enrolment.group_id)
                .join(Module, Module.id == Group.module_id)
                .join(Site, Site.id == Group.location_id)
                .outerjoin(enrolment_company, enrolment_company.id == Enrolment.company_id)
                .outerjoin(WorkplaceTrainer, WorkplaceTrainer.id == Enrolment.trainer_id)
                .where(and_(Enrolment.participant_id == p.id, Enrolment.deleted_at.is_(None)))
                .order_by(Enrolment.start_date.desc(), Group.code)
            ).all()
            enrolments = tuple(
                EnrolmentInfo(g.code, g.name, module, site, e.start_date, e.end_date, e.status,
                              company, trainer)
                for e, g, module, site, company, trainer in rows
            )
            return ParticipantDetail(p.id, _data(p, company_code), enrolments)

    def companies(self, actor: Actor) -> list[CompanyChoice]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(Company.code, Company.name)
                             .where(Company.deleted_at.is_(None)).order_by(Company.name))
            return [CompanyChoice(code, name) for code, name in rows]

    # --- writing -------------------------------------------------------------------------
    def update(self, actor: Actor, participant_id: uuid.UUID, data: ParticipantData,
               today: date | None = None) -> Changed:
        """Store new personal data, after validation. Only administrators may.

        Raises:
            PermissionDenied, ValidationFailed (nothing changed), NotFound.
        """
        actor.require(Permission.EDIT_PARTICIPANTS)
        data = _normalised(data)
        errors = validate_participant(data, today or self._sessions.clock.today())
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> None:
            # A row lock: a second PC saving the same person waits, and audits what the
            # first one stored as its "before".
            p = s.get(Participant, participant_id, with_for_update=True,
                      populate_existing=True)
            if p is None or p.deleted_at is not None:
                raise NotFound("Deze deelnemer bestaat niet (meer).")
            company_id = self._company_id(s, data.company_code)
            self._check_unique(s, data, participant_id)
            _apply(p, data, company_id)
            if s.is_modified(p):
                audit.record_row(s, actor.name, "participant.update", p)
        run_write(self._sessions, actor.name, work)
        return Changed(participants=True, ids=frozenset({participant_id}))

    def create(self, actor: Actor, data: ParticipantData,
               today: date | None = None) -> ParticipantDetail:
        """Add a participant; an empty number gets the next site-coded one (`ZWL-00042`)."""
        actor.require(Permission.EDIT_PARTICIPANTS)
        entered = _normalised(data)

        def work(s: Session) -> uuid.UUID:
            data = entered
            if not data.number:
                data = replace(data, number=self._next_number(s))
            errors = validate_participant(data, today or self._sessions.clock.today())
            if errors:
                raise ValidationFailed(errors)
            company_id = self._company_id(s, data.company_code)
            self._check_unique(s, data, None)
            p = Participant()
            _apply(p, data, company_id)
            s.add(p)
            s.flush()
            audit.record_row(s, actor.name, "participant.create", p)
            return p.id
        # A number or badge another PC stored at the same moment: the retry finds it and
        # says so in _check_unique; a generated number waits for the site's lock.
        return self.get(actor, run_write(self._sessions, actor.name, work))

    def _next_number(self, s: Session) -> str:
        """The site's next free number; the site's numbering stays locked until commit."""
        return next_free(
            s, NUMBER_KIND, lambda site, n: format_number(site.code, n),
            lambda number: s.scalars(select(Participant.id)
                                     .where(Participant.number == number)).first() is not None)

    def _company_id(self, s: Session, code: str | None) -> uuid.UUID | None:
        if not code:
            return None
        company_id = s.scalars(select(Company.id).where(Company.code == code)).first()
        if company_id is None:
            raise ValidationFailed(
                [FieldError("company_code", f"Leerbedrijf {code} bestaat niet.")])
        return company_id

    def _check_unique(self, s: Session, data: ParticipantData, own: uuid.UUID | None) -> None:
        errors = []
        clash = s.scalars(select(Participant.id).where(Participant.number == data.number)).first()
        if clash is not None and clash != own:
            errors.append(FieldError("number", f"Nummer {data.number} is al in gebruik."))
        if data.badge:
            clash = s.scalars(select(Participant.id).where(Participant.badge == data.badge)).first()
            if clash is not None and clash != own:
                errors.append(FieldError("badge", f"Badge {data.badge} is al in gebruik."))
        if errors:
            raise ValidationFailed(errors)


def _normalised(data: ParticipantData) -> ParticipantData:
    return replace(
        data,
        number=data.number.strip(), first_names=data.first_names.strip(),
        prefix=_clean(data.prefix), last_name=data.last_name.strip(),
        school=_clean(data.school), student_number=_clean(data.student_number),
        funder=_clean(data.funder), company_code=_clean(data.company_code),
        badge=_clean(data.badge), email=_clean(data.email), phone=_clean(data.phone),
        note=_clean(data.note),
    )


def _data(p: Participant, company_code: str | None) -> ParticipantData:
    return ParticipantData(
        number=p.number, first_names=p.first_names, prefix=p.prefix, last_name=p.last_name,
        birth_date=p.birth_date, type=p.type, school=p.school,
        student_number=p.student_number, funder=p.funder, company_code=company_code,
        badge=p.badge, email=p.email, phone=p.phone, note=p.note,
    )


def _apply(p: Participant, data: ParticipantData, company_id: uuid.UUID | None) -> None:
    assert data.birth_date is not None  # validated
    p.number = data.number
    p.first_names = data.first_names
    p.prefix = data.prefix
    p.last_name = data.last_name
    p.birth_date = data.birth_date
    p.type = data.type
    p.school = data.school
    p.student_number = data.student_number
    p.funder = data.funder
    p.company_id = company_id
    p.badge = data.badge
    p.email = data.email
    p.phone = data.phone
    p.note = data.note
    p.search_text = participant_search_key(data.first_names, data.prefix, data.last_name,
                                           data.number, data.badge)
