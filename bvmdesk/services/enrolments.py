"""Inschrijvingen: participants in a group, their status and moves.

An enrolment names its company (leerbedrijf) and trainer (praktijkopleider); the trainer
always works at that company. Adding several participants at once is all or nothing.
Moving a participant ends the old enrolment (gestopt) and starts one in the other group;
the attendance marks stay with the lessons of the old group (facts are never moved).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Company, Enrolment, Group, Participant, WorkplaceTrainer
from bvmdesk.db.session import Sessions
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import display_name
from bvmdesk.services import audit, scope
from bvmdesk.services import enrolment_rules as rules
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.retry import run_write


@dataclass(frozen=True)
class EnrolmentRow:
    id: uuid.UUID
    participant_id: uuid.UUID
    number: str
    name: str  # display name "Zoë van 't Hek"
    start_date: date
    end_date: date | None
    status: str  # "actief" | "afgerond" | "gestopt" (EnrolmentStatus values)
    company_code: str | None
    company: str | None  # company name
    trainer_code: str | None
    trainer: str | None  # trainer name


@dataclass(frozen=True)
class TrainerChoice:
    code: str
    name: str
    company_code: str


@dataclass(frozen=True)
class EnrolmentSummary:
    """One enrolment by its codes (what the command line prints)."""

    participant: str  # number
    group: str  # code
    start_date: date
    end_date: date | None
    status: str
    trainer: str | None  # code
    company: str | None  # code


class EnrolmentService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading -------------------------------------------------------------------------
    def enrolments(self, actor: Actor, group_id: uuid.UUID) -> list[EnrolmentRow]:
        """The group's enrolments (every status), by name.

        Raises:
            NotFound: no such group. PermissionDenied: not one of the actor's groups.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            if s.get(Group, group_id) is None:
                raise NotFound(rules.GROUP_MISSING)
            scope.require_group(s, actor, group_id)
            rows = s.execute(
                select(Enrolment, Participant, Company.code, Company.name,
                       WorkplaceTrainer.code, WorkplaceTrainer.name)
                .join(Participant, Participant.id == Enrolment.participant_id)
                .outerjoin(Company, Company.id == Enrolment.company_id)
                .outerjoin(WorkplaceTrainer, WorkplaceTrainer.id == Enrolment.trainer_id)
                .where(Enrolment.group_id == group_id, Enrolment.deleted_at.is_(None))
                .order_by(Participant.last_name, Participant.first_names, Participant.number))
            return [EnrolmentRow(e.id, p.id, p.number,
                                 display_name(p.first_names, p.prefix, p.last_name),
                                 e.start_date, e.end_date, e.status, c_code, c_name, t_code,
                                 t_name)
                    for e, p, c_code, c_name, t_code, t_name in rows]

    def summary(self, actor: Actor, enrolment_id: uuid.UUID) -> EnrolmentSummary:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            found = s.execute(
                select(Enrolment, Participant.number, Group.code, WorkplaceTrainer.code,
                       Company.code)
                .join(Participant, Participant.id == Enrolment.participant_id)
                .join(Group, Group.id == Enrolment.group_id)
                .outerjoin(Company, Company.id == Enrolment.company_id)
                .outerjoin(WorkplaceTrainer, WorkplaceTrainer.id == Enrolment.trainer_id)
                .where(Enrolment.id == enrolment_id)).first()
            if found is None:
                raise NotFound(rules.ENROLMENT_MISSING)
            e, number, group, trainer, company = found
            scope.require_group(s, actor, e.group_id)
            return EnrolmentSummary(number, group, e.start_date, e.end_date, e.status,
                                    trainer, company)

    def trainer_choices(self, actor: Actor,
                        company_code: str | None = None) -> list[TrainerChoice]:
        """The live praktijkopleiders (of live companies), of one company when given."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            stmt = (select(WorkplaceTrainer.code, WorkplaceTrainer.name, Company.code)
                    .join(Company, Company.id == WorkplaceTrainer.company_id)
                    .where(WorkplaceTrainer.deleted_at.is_(None), Company.deleted_at.is_(None))
                    .order_by(WorkplaceTrainer.name, WorkplaceTrainer.code))
            if company_code:
                stmt = stmt.where(Company.code == company_code)
            return [TrainerChoice(code, name, company) for code, name, company in s.execute(stmt)]

    def company_choices(self, actor: Actor) -> list[tuple[str, str]]:
        """(code, name) of the live companies, by name."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(Company.code, Company.name)
                             .where(Company.deleted_at.is_(None))
                             .order_by(Company.name, Company.code))
            return [(code, name) for code, name in rows]

    # --- writing -------------------------------------------------------------------------
    def add(self, actor: Actor, group_id: uuid.UUID, participant_ids: Sequence[uuid.UUID],
            start: date, end: date | None = None, company_code: str | None = None,
            trainer_code: str | None = None) -> list[uuid.UUID]:
        """Enrol several participants at once: all of them, or (on any refusal) none.

        Without company and trainer each gets the participant's own company.

        Raises:
            PermissionDenied; ValidationFailed (dates, unknown company or trainer, a trainer
            of another company); ServiceError (already enrolled, the same module at the
            same time in another group); NotFound (group, participant).
        """
        actor.require(Permission.MANAGE_DATA)
        rules.check_dates(start, end)

        def work(s: Session) -> list[uuid.UUID]:
            group = rules.live_group(s, group_id)
            people = rules.participants(s, participant_ids)
            return [self._enrol(s, actor, group, p, start, end, company_code, trainer_code)
                    for p in people]
        return run_write(self._sessions, actor.name, work)

    def add_by_codes(self, actor: Actor, number: str, group_code: str, start: date,
                     end: date | None = None, trainer_code: str | None = None) -> uuid.UUID:
        """`add` by participant number and group code (the command line's `enrol add`).

        The company is the participant's own; a trainer must work there (a participant
        without a company gets the trainer's)."""
        actor.require(Permission.MANAGE_DATA)
        rules.check_dates(start, end)

        def work(s: Session) -> uuid.UUID:
            person = rules.participant_by_number(s, number)
            group = rules.group_by_code(s, group_code)
            own = (s.scalar(select(Company.code).where(Company.id == person.company_id))
                   if person.company_id is not None else None)
            return self._enrol(s, actor, group, person, start, end, own, trainer_code)
        return run_write(self._sessions, actor.name, work)

    def _enrol(self, s: Session, actor: Actor, group: Group, person: Participant,
               start: date, end: date | None, company_code: str | None,
               trainer_code: str | None) -> uuid.UUID:
        place = rules.placement(s, company_code, trainer_code)
        if place.company_id is None and place.trainer_id is None and not company_code:
            place = rules.Placement(person.company_id, None)
        rules.refuse_enrolled(s, person, group)
        rules.refuse_overlap(s, person, group, start, end)
        enrolment = Enrolment(participant_id=person.id, group_id=group.id, start_date=start,
                              end_date=end, status=EnrolmentStatus.ACTIVE.value,
                              company_id=place.company_id, trainer_id=place.trainer_id)
        s.add(enrolment)
        audit.record_row(s, actor.name, "enrolment.create", enrolment)
        return enrolment.id

    def update(self, actor: Actor, enrolment_id: uuid.UUID, start: date, end: date | None,
               company_code: str | None, trainer_code: str | None) -> None:
        """Change the dates, company and trainer of an enrolment (not its status).

        Raises:
            PermissionDenied, ValidationFailed, ServiceError, NotFound (nothing changed).
        """
        actor.require(Permission.MANAGE_DATA)
        rules.check_dates(start, end)

        def work(s: Session) -> None:
            enrolment = rules.live_enrolment(s, enrolment_id)
            if end is None and enrolment.status != EnrolmentStatus.ACTIVE.value:
                raise ValidationFailed([FieldError(
                    "end_date", f"Een inschrijving met status {enrolment.status} heeft een "
                                "einddatum; vul die in of zet de status eerst op actief.")])
            place = rules.placement(s, company_code, trainer_code)
            person = s.get(Participant, enrolment.participant_id)
            group = s.get(Group, enrolment.group_id)
            assert person is not None and group is not None
            rules.refuse_overlap(s, person, group, start, end)
            enrolment.start_date, enrolment.end_date = start, end
            enrolment.company_id, enrolment.trainer_id = place.company_id, place.trainer_id
            if s.is_modified(enrolment):
                audit.record_row(s, actor.name, "enrolment.update", enrolment)
        run_write(self._sessions, actor.name, work)

    def set_status(self, actor: Actor, enrolment_id: uuid.UUID, status: str,
                   day: date | None = None) -> None:
        """gestopt: `day` required, the end date; afgerond: end date `day`, else the
        group's end date, else today; actief: the end date cleared.

        Raises:
            PermissionDenied; ValidationFailed (field "status" or "day"); NotFound.
        """
        actor.require(Permission.MANAGE_DATA)
        if status not in {s.value for s in EnrolmentStatus}:
            raise ValidationFailed([FieldError("status", f"Onbekende status: {status}.")])
        if status == EnrolmentStatus.STOPPED.value and day is None:
            raise ValidationFailed([FieldError(
                "day", "Vul de datum in waarop de deelnemer gestopt is.")])
        today = self._sessions.clock.today()

        def work(s: Session) -> None:
            enrolment = rules.live_enrolment(s, enrolment_id)
            self._set_status(s, actor, enrolment, status, day, today)
        run_write(self._sessions, actor.name, work)

    def stop_by_codes(self, actor: Actor, number: str, group_code: str,
                      day: date) -> uuid.UUID:
        """Status gestopt with end date `day`, by participant number and group code (the
        command line's `enrol stop`); the enrolment's id."""
        actor.require(Permission.MANAGE_DATA)
        today = self._sessions.clock.today()

        def work(s: Session) -> uuid.UUID:
            person = rules.participant_by_number(s, number)
            group = rules.group_by_code(s, group_code)
            found = s.scalar(select(Enrolment.id).where(
                Enrolment.participant_id == person.id, Enrolment.group_id == group.id,
                Enrolment.deleted_at.is_(None)))
            if found is None:
                raise NotFound(f"{rules.who(person)} staat niet in groep {group.code}. "
                               f"{rules.NOTHING}")
            enrolment = rules.live_enrolment(s, found)
            self._set_status(s, actor, enrolment, EnrolmentStatus.STOPPED.value, day, today)
            return enrolment.id
        return run_write(self._sessions, actor.name, work)

    def _set_status(self, s: Session, actor: Actor, enrolment: Enrolment, status: str,
                    day: date | None, today: date) -> None:
        end: date | None = None
        if status == EnrolmentStatus.STOPPED.value:
            end = day
        elif status == EnrolmentStatus.COMPLETED.value:
            group = s.get(Group, enrolment.group_id)
            end = day or (group.end_date if group is not None else None) or today
        if end is not None and end < enrolment.start_date:
            raise ValidationFailed([FieldError(
                "day", f"De einddatum ({end:%d-%m-%Y}) ligt vóór de startdatum van de "
                       f"inschrijving ({enrolment.start_date:%d-%m-%Y}); "
                       f"{rules.NOTHING.lower()}")])
        enrolment.status, enrolment.end_date = status, end
        if s.is_modified(enrolment):
            audit.record_row(s, actor.name, "enrolment.status", enrolment)

    def move(self, actor: Actor, enrolment_id: uuid.UUID, to_group_id: uuid.UUID,
             day: date) -> uuid.UUID:
        """Move a participant to another group from `day` on, in one write: the old
        enrolment ends the day before (never before its start) as gestopt, a new one starts
        on `day` with the same company and trainer. The new enrolment's id.

        Raises:
            PermissionDenied; ServiceError (the same group, already enrolled there, the same
            module at the same time elsewhere); NotFound.
        """
        actor.require(Permission.MANAGE_DATA)

        def work(s: Session) -> uuid.UUID:
            old = rules.live_enrolment(s, enrolment_id)
            target = rules.live_group(s, to_group_id)
            person = s.get(Participant, old.participant_id)
            assert person is not None
            if target.id == old.group_id:
                raise ServiceError(f"{rules.who(person)} staat al in groep {target.code}; "
                                   f"kies een andere groep. {rules.NOTHING}")
            rules.refuse_enrolled(s, person, target)
            rules.refuse_overlap(s, person, target, day, None, besides=old.id)
            last = day - timedelta(days=1)
            if old.end_date is not None and old.end_date < last:
                last = old.end_date
            old.end_date = max(last, old.start_date)
            old.status = EnrolmentStatus.STOPPED.value
            audit.record_row(s, actor.name, "enrolment.move_out", old)
            new = Enrolment(participant_id=person.id, group_id=target.id, start_date=day,
                            end_date=None, status=EnrolmentStatus.ACTIVE.value,
                            company_id=old.company_id, trainer_id=old.trainer_id)
            s.add(new)
            audit.record_row(s, actor.name, "enrolment.move_in", new)
            return new.id
        return run_write(self._sessions, actor.name, work)
