"""What a sign-off must pass before it is written (on screen and on paper): the tasks
ticked, their dates and remarks, the signature, the trainer, the card."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import SignOff, SignOffCard, SignOffTask
from bvmdesk.domain import signature as signatures
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.signoff import as_card_code, signoff_date_problem
from bvmdesk.services.base import NotFound, ValidationFailed
from bvmdesk.services.signoff_read import enrolment_refs, trainer_for
from bvmdesk.services.signoff_rows import signoff_infos, standing
from bvmdesk.services.signoff_types import EnrolmentRef, SignItem

NOTHING_SIGNED = "er is niets afgetekend."
MAX_REMARK = 500
NO_SIGNATURE = "Zet eerst een handtekening; er is niets afgetekend."


def clean_remark(remark: str | None) -> str | None:
    return (remark or "").strip() or None


def check_signature(strokes: str) -> None:
    """Raises ValidationFailed unless `strokes` is a signature with a real stroke."""
    try:
        drawn = signatures.decode(strokes)
    except signatures.SignatureError as exc:
        raise ValidationFailed([FieldError("signature", f"{exc} Er is niets afgetekend.")]
                               ) from exc
    if drawn.is_empty:
        raise ValidationFailed([FieldError("signature", NO_SIGNATURE)])


def check_workplace(ref: EnrolmentRef) -> None:
    """Raises ValidationFailed unless the enrolment has a company and a praktijkopleider
    (only then does it get the module's tasks)."""
    if not ref.has_workplace:
        raise ValidationFailed([FieldError("enrolment", (
            f"{ref.participant_name} heeft bij {ref.group_code} nog geen leerbedrijf en "
            f"praktijkopleider; {NOTHING_SIGNED} Leg die eerst vast bij de inschrijving."))])


def check_items(s: Session, ref: EnrolmentRef, items: Sequence[SignItem],
                today: date) -> list[SignOffTask]:
    """The tasks of `items`, when each can be signed now for this enrolment.

    Raises:
        ValidationFailed: no items, a task twice, a task of another module or archived,
            a task signed already (a sign-off stands), a date in the future, a long remark.
        NotFound: a task that does not exist.
    """
    if not items:
        raise ValidationFailed([FieldError("items", f"Vink minstens één taak aan; "
                                                    f"{NOTHING_SIGNED}")])
    tasks = {t.id: t for t in s.scalars(select(SignOffTask).where(
        SignOffTask.id.in_([i.task_id for i in items])))}
    stands = standing(signoff_infos(s, [ref.id]).get(ref.id, []))
    problems: list[FieldError] = []
    seen: set[uuid.UUID] = set()
    for item in items:
        task = tasks.get(item.task_id)
        if task is None:
            raise NotFound(f"Deze aftekentaak bestaat niet (meer); {NOTHING_SIGNED}")
        if item.task_id in seen:
            problems.append(FieldError("items", (
                f"Taak {task.code} staat er twee keer in; {NOTHING_SIGNED}")))
            continue
        seen.add(item.task_id)
        if task.module_id != ref.module_id:
            problems.append(FieldError("items", (
                f"Taak {task.code} hoort niet bij module {ref.module_code}; "
                f"{NOTHING_SIGNED}")))
        elif task.deleted_at is not None:
            problems.append(FieldError("items", (
                f"Taak {task.code} is gearchiveerd en kan niet meer worden afgetekend; "
                f"{NOTHING_SIGNED}")))
        elif (current := stands.get(task.id)) is not None:
            problems.append(FieldError("items", (
                f"Taak {task.code} is al afgetekend op {current.day:%d-%m-%Y} door "
                f"{current.trainer}; {NOTHING_SIGNED}")))
        if (problem := signoff_date_problem(item.day, today)) is not None:
            problems.append(FieldError("day", f"Taak {task.code}: {problem} "
                                              "Er is niets afgetekend."))
        if len(clean_remark(item.remark) or "") > MAX_REMARK:
            problems.append(FieldError("remark", (
                f"De opmerking bij taak {task.code} is langer dan {MAX_REMARK} tekens; "
                f"{NOTHING_SIGNED}")))
    if problems:
        raise ValidationFailed(problems)
    return [tasks[i.task_id] for i in items]


def check_trainer(s: Session, ref: EnrolmentRef, trainer_id: uuid.UUID) -> None:
    """Raises unless the trainer is a praktijkopleider of the enrolment's company."""
    trainer_for(s, trainer_id, ref)


def card_of(s: Session, ref: EnrolmentRef, card_code: str) -> SignOffCard:
    """The printed card `card_code`, when it is a card of this enrolment.

    Raises:
        ValidationFailed: not a card code, no such card, or a card of another enrolment.
    """
    code = as_card_code(card_code)
    card = (s.scalars(select(SignOffCard).where(SignOffCard.code == code)).first()
            if code else None)
    if card is None:
        raise ValidationFailed([FieldError("card", (
            f"Geen aftekenkaart met code {card_code.strip()} gevonden; {NOTHING_SIGNED}"))])
    if card.enrolment_id != ref.id:
        owners = enrolment_refs(s, [card.enrolment_id])
        owner = (f"{owners[0].participant_name} ({owners[0].group_code})" if owners
                 else "een andere inschrijving")
        raise ValidationFailed([FieldError("card", (
            f"Kaart {card.code} hoort bij {owner}, niet bij deze inschrijving; "
            f"{NOTHING_SIGNED}"))])
    return card


def withdrawable(s: Session, signoff_id: uuid.UUID) -> SignOff:
    """The sign-off to withdraw, locked: not a withdrawal, not withdrawn yet.

    Raises:
        NotFound; ValidationFailed.
    """
    row = s.get(SignOff, signoff_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFound("Deze aftekening bestaat niet (meer).")
    if row.withdraws_id is not None:
        raise ValidationFailed([FieldError("signoff", (
            "Dit is zelf een intrekking; die kan niet worden ingetrokken. Er is niets "
            "gewijzigd."))])
    if s.scalars(select(SignOff.id).where(SignOff.withdraws_id == row.id)).first():
        raise ValidationFailed([FieldError("signoff", (
            "Deze aftekening is al ingetrokken; er is niets gewijzigd."))])
    return row
