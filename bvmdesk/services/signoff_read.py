"""Reading what the sign-off services share: an enrolment with its workplace, and the
rule that a trainer signs only for the company of the enrolment."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from bvmdesk.db.models import (
    Company,
    Enrolment,
    Group,
    Module,
    Participant,
    WorkplaceTrainer,
)
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.text import display_name
from bvmdesk.services.base import NotFound, ValidationFailed
from bvmdesk.services.signoff_types import EnrolmentRef


def enrolment_refs(s: Session, enrolment_ids: Iterable[uuid.UUID] | None = None, *,
                   participant_id: uuid.UUID | None = None,
                   group_id: uuid.UUID | None = None) -> list[EnrolmentRef]:
    """The enrolments asked for (by ids, of a participant or of a group), with their
    workplace, ordered by participant name and then group code; deleted ones left out.

    The company is the enrolment's own, else its trainer's, else the participant's.
    """
    trainer_company = aliased(Company)
    own_company = aliased(Company)
    person_company = aliased(Company)
    query = (select(Enrolment, Participant, Group, Module, WorkplaceTrainer, own_company,
                    trainer_company, person_company)
             .join(Participant, Participant.id == Enrolment.participant_id)
             .join(Group, Group.id == Enrolment.group_id)
             .join(Module, Module.id == Group.module_id)
             .outerjoin(WorkplaceTrainer, WorkplaceTrainer.id == Enrolment.trainer_id)
             .outerjoin(own_company, own_company.id == Enrolment.company_id)
             .outerjoin(trainer_company, trainer_company.id == WorkplaceTrainer.company_id)
             .outerjoin(person_company, person_company.id == Participant.company_id)
             .where(Enrolment.deleted_at.is_(None), Participant.deleted_at.is_(None)))
    if enrolment_ids is not None:
        query = query.where(Enrolment.id.in_(list(enrolment_ids)))
    if participant_id is not None:
        query = query.where(Enrolment.participant_id == participant_id)
    if group_id is not None:
        query = query.where(Enrolment.group_id == group_id)
    refs = []
    for enrolment, person, group, module, trainer, own, via_trainer, of_person in s.execute(
            query).all():
        company = own or via_trainer or of_person
        refs.append(EnrolmentRef(
            id=enrolment.id, participant_id=person.id, participant_number=person.number,
            participant_name=display_name(person.first_names, person.prefix, person.last_name),
            participant_type=person.type, group_id=group.id, group_code=group.code,
            module_id=module.id, module_code=module.code, module_name=module.name,
            company_id=company.id if company else None,
            company=company.name if company else None,
            company_sbb_id=company.sbb_id if company else None,
            trainer_id=trainer.id if trainer and trainer.deleted_at is None else None,
            trainer=trainer.name if trainer and trainer.deleted_at is None else None,
            start_date=enrolment.start_date, end_date=enrolment.end_date,
            status=enrolment.status))
    refs.sort(key=lambda r: (r.participant_name.casefold(), r.participant_number,
                             r.group_code))
    return refs


def enrolment_ref(s: Session, enrolment_id: uuid.UUID) -> EnrolmentRef:
    """One enrolment.

    Raises:
        NotFound: it does not exist (any more).
    """
    found = enrolment_refs(s, [enrolment_id])
    if not found:
        raise NotFound("Deze inschrijving bestaat niet (meer).")
    return found[0]


def trainer_for(s: Session, trainer_id: uuid.UUID, ref: EnrolmentRef) -> WorkplaceTrainer:
    """The trainer, when they may sign for this enrolment: a praktijkopleider of its
    company.

    Raises:
        NotFound: no such trainer.
        ValidationFailed: the enrolment has no company, or the trainer works elsewhere.
    """
    trainer = s.get(WorkplaceTrainer, trainer_id)
    if trainer is None or trainer.deleted_at is not None:
        raise NotFound("Deze praktijkopleider bestaat niet (meer).")
    if ref.company_id is None:
        raise ValidationFailed([FieldError("trainer", (
            f"{ref.participant_name} heeft bij {ref.group_code} geen leerbedrijf; er is "
            "niets afgetekend. Leg eerst het leerbedrijf en de praktijkopleider vast."))])
    if trainer.company_id != ref.company_id:
        raise ValidationFailed([FieldError("trainer", (
            f"{trainer.name} is geen praktijkopleider van {ref.company} (het leerbedrijf "
            f"van {ref.participant_name}); er is niets afgetekend."))])
    return trainer
