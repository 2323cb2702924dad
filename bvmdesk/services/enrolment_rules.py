"""The checks of an enrolment write (services.enrolments), inside its unit of work.

Each raises ServiceError or ValidationFailed with a Dutch sentence that says what to do;
the caller's transaction is rolled back, so nothing changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Company, Enrolment, Group, Participant, WorkplaceTrainer
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.records import check_period
from bvmdesk.domain.text import display_name
from bvmdesk.services.base import NotFound, ServiceError, ValidationFailed

GROUP_MISSING = "Deze groep bestaat niet (meer)."
ENROLMENT_MISSING = "Deze inschrijving bestaat niet (meer)."
NOTHING = "Er is niets gewijzigd."


@dataclass(frozen=True)
class Placement:
    """The company and trainer an enrolment names (either may be None)."""

    company_id: uuid.UUID | None
    trainer_id: uuid.UUID | None


def who(p: Participant) -> str:
    """"Deelnemer 1001 (Zoë van 't Hek)"."""
    return f"Deelnemer {p.number} ({display_name(p.first_names, p.prefix, p.last_name)})"


def live_group(s: Session, group_id: uuid.UUID) -> Group:
    group = s.get(Group, group_id)
    if group is None or group.deleted_at is not None:
        raise NotFound(GROUP_MISSING)
    return group


def group_by_code(s: Session, code: str) -> Group:
    group = s.scalars(select(Group).where(Group.code == code.strip(),
                                          Group.deleted_at.is_(None))).first()
    if group is None:
        raise NotFound(f"Groep {code} bestaat niet (of is gearchiveerd). {NOTHING}")
    return group


def participant_by_number(s: Session, number: str) -> Participant:
    person = s.scalars(select(Participant).where(Participant.number == number.strip(),
                                                 Participant.deleted_at.is_(None))).first()
    if person is None:
        raise NotFound(f"Deelnemer met nummer {number} bestaat niet (of is gearchiveerd). "
                       f"{NOTHING}")
    return person


def participants(s: Session, ids: Sequence[uuid.UUID]) -> list[Participant]:
    """The live participants `ids`, in that order, doubles dropped; all or a refusal."""
    unique = list(dict.fromkeys(ids))
    if not unique:
        raise ValidationFailed([FieldError("participants", "Kies minstens één deelnemer.")])
    found = {p.id: p for p in s.scalars(select(Participant).where(
        Participant.id.in_(unique), Participant.deleted_at.is_(None)))}
    missing = [i for i in unique if i not in found]
    if missing:
        raise NotFound(f"{len(missing)} van de gekozen deelnemers bestaat niet (meer); "
                       f"vernieuw de lijst en kies opnieuw. {NOTHING}")
    return [found[i] for i in unique]


def check_dates(start: date | None, end: date | None) -> None:
    errors = check_period(start, end)
    if errors:
        raise ValidationFailed(errors)


def placement(s: Session, company_code: str | None, trainer_code: str | None) -> Placement:
    """The company and trainer of `company_code` and `trainer_code` (both live); a trainer
    without a company gives the trainer's company. Refused: unknown codes, or a trainer
    who does not work at the company."""
    company = None
    if company_code and company_code.strip():
        company = s.scalars(select(Company).where(Company.code == company_code.strip(),
                                                  Company.deleted_at.is_(None))).first()
        if company is None:
            raise ValidationFailed([FieldError(
                "company_code", f"Leerbedrijf {company_code} bestaat niet (of is "
                                f"gearchiveerd). {NOTHING}")])
    if not trainer_code or not trainer_code.strip():
        return Placement(company.id if company is not None else None, None)
    trainer = s.scalars(select(WorkplaceTrainer).where(
        WorkplaceTrainer.code == trainer_code.strip(),
        WorkplaceTrainer.deleted_at.is_(None))).first()
    if trainer is None:
        raise ValidationFailed([FieldError(
            "trainer_code", f"Praktijkopleider {trainer_code} bestaat niet (of is "
                            f"gearchiveerd). {NOTHING}")])
    if company is not None and trainer.company_id != company.id:
        raise ValidationFailed([FieldError(
            "trainer_code", f"Praktijkopleider {trainer.code} werkt niet bij leerbedrijf "
                            f"{company.code}. Kies een praktijkopleider van dat leerbedrijf; "
                            f"{NOTHING.lower()}")])
    return Placement(trainer.company_id, trainer.id)


def refuse_enrolled(s: Session, person: Participant, group: Group) -> None:
    """Refused when `person` already has an enrolment (any status) in `group`."""
    found = s.scalars(select(Enrolment).where(Enrolment.participant_id == person.id,
                                              Enrolment.group_id == group.id)).first()
    if found is None:
        return
    if found.deleted_at is not None:
        raise ServiceError(f"{who(person)} stond al eerder in groep {group.code} (die "
                           f"inschrijving is verwijderd). {NOTHING}")
    raise ServiceError(f"{who(person)} staat al in groep {group.code} (status {found.status}). "
                       f"Wijzig daar de status in plaats van opnieuw in te schrijven; "
                       f"{NOTHING.lower()}")


def refuse_overlap(s: Session, person: Participant, group: Group, start: date,
                   end: date | None, besides: uuid.UUID | None = None) -> None:
    """Refused when `person` follows the same module in another group in a period that
    overlaps `start`..`end` (an enrolment without an end date lasts until its group's end)."""
    other_end = Enrolment.end_date
    stmt = (select(Enrolment, Group)
            .join(Group, Group.id == Enrolment.group_id)
            .where(Enrolment.participant_id == person.id, Enrolment.deleted_at.is_(None),
                   Group.deleted_at.is_(None), Group.module_id == group.module_id,
                   Group.id != group.id,
                   or_(other_end.is_(None), other_end >= start)))
    if end is not None:
        stmt = stmt.where(Enrolment.start_date <= end)
    if besides is not None:
        stmt = stmt.where(Enrolment.id != besides)
    for enrolment, other in s.execute(stmt):
        last = enrolment.end_date or other.end_date
        if last is not None and last < start:
            continue
        raise ServiceError(f"{who(person)} volgt deze module in die periode al in groep "
                           f"{other.code}. Beëindig die inschrijving eerst of verplaats de "
                           f"deelnemer; {NOTHING.lower()}")


def live_enrolment(s: Session, enrolment_id: uuid.UUID) -> Enrolment:
    """The enrolment, locked until commit."""
    enrolment = s.get(Enrolment, enrolment_id, with_for_update=True, populate_existing=True)
    if enrolment is None or enrolment.deleted_at is not None:
        raise NotFound(ENROLMENT_MISSING)
    return enrolment
