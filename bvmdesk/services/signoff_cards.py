"""Printed aftekenkaarten: the card of an enrolment (same tasks, same card) and a scanned or typed
card code looked up against today's tasks."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import SignOffCard, SignOffTask, WorkProcess
from bvmdesk.db.session import Sessions
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signoff import as_card_code, card_code
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.numbering import next_free
from bvmdesk.services.retry import run_write
from bvmdesk.services.scope_records import require_enrolment
from bvmdesk.services.signoff_read import enrolment_ref
from bvmdesk.services.signoff_types import CardInfo, CardLookup, CardTask, EnrolmentRef

NUMBER_KIND = "signoff-card"


def current_tasks(s: Session, module_id: uuid.UUID) -> tuple[CardTask, ...]:
    """The module's tasks that are not archived, by code, as a card prints them."""
    rows = s.execute(select(SignOffTask, WorkProcess.code)
                     .outerjoin(WorkProcess, WorkProcess.id == SignOffTask.work_process_id)
                     .where(SignOffTask.module_id == module_id,
                            SignOffTask.deleted_at.is_(None))
                     .order_by(SignOffTask.code)).all()
    return tuple(CardTask(t.id, t.code, t.description, t.required, process)
                 for t, process in rows)


def _snapshot(tasks: tuple[CardTask, ...]) -> str:
    return json.dumps([{"id": str(t.id), "code": t.code, "description": t.description,
                        "required": t.required, "work_process": t.work_process}
                       for t in tasks], ensure_ascii=False)


def _printed(text: str) -> tuple[CardTask, ...]:
    return tuple(CardTask(uuid.UUID(item["id"]), item["code"], item["description"],
                          bool(item["required"]), item.get("work_process"))
                 for item in json.loads(text))


def _info(row: SignOffCard, ref: EnrolmentRef) -> CardInfo:
    return CardInfo(id=row.id, code=row.code, version=row.version, enrolment=ref,
                    tasks=_printed(row.tasks), printed_at=row.created_at,
                    printed_by=row.printed_by)


def _same(printed: tuple[CardTask, ...], now: tuple[CardTask, ...]) -> bool:
    return sorted(printed, key=lambda t: t.id) == sorted(now, key=lambda t: t.id)


def no_tasks_text(ref: EnrolmentRef) -> str:
    return (f"Module {ref.module_code} heeft geen aftekentaken; er is geen aftekenkaart "
            "gedrukt. Leg eerst taken vast onder Beheer > Aftekentaken.")


def no_workplace_text(ref: EnrolmentRef) -> str:
    return (f"{ref.participant_name} heeft bij {ref.group_code} nog geen leerbedrijf en "
            "praktijkopleider; er is geen aftekenkaart gedrukt. Leg die eerst vast bij de "
            "inschrijving.")


class CardService:
    """Printed aftekenkaarten: the card of an enrolment (same tasks, same card) and a scanned or
    typed card code looked up against today's tasks."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def card_for(self, actor: Actor, enrolment_id: uuid.UUID) -> CardInfo:
        """The card to print for an enrolment: its newest card while the module's tasks are
        the ones printed on it, else a new card (the next version, a new code).

        Raises:
            PermissionDenied; NotFound (enrolment); ServiceError: the enrolment has no
            workplace, or its module no tasks.
        """
        actor.require(Permission.RECORD_SIGNOFFS)

        def work(s: Session) -> CardInfo:
            ref = enrolment_ref(s, enrolment_id)
            require_enrolment(s, actor, enrolment_id)
            if not ref.has_workplace:
                raise ServiceError(no_workplace_text(ref))
            tasks = current_tasks(s, ref.module_id)
            if not tasks:
                raise ServiceError(no_tasks_text(ref))
            newest = s.scalars(select(SignOffCard)
                               .where(SignOffCard.enrolment_id == enrolment_id)
                               .order_by(SignOffCard.version.desc()).limit(1)).first()
            if newest is not None and _same(_printed(newest.tasks), tasks):
                return _info(newest, ref)
            year = self._sessions.clock.today().year
            code = next_free(
                s, f"{NUMBER_KIND}-{year}", lambda site, n: card_code(site.code, year, n),
                lambda text: s.scalars(select(SignOffCard.id)
                                       .where(SignOffCard.code == text)).first() is not None)
            row = SignOffCard(code=code, enrolment_id=enrolment_id,
                              version=newest.version + 1 if newest is not None else 1,
                              tasks=_snapshot(tasks), printed_by=actor.name)
            s.add(row)
            s.flush()
            audit.record_row(s, actor.name, "signoff_card.print", row)
            return _info(row, ref)
        return run_write(self._sessions, actor.name, work)

    def find_card(self, actor: Actor, text: str) -> CardLookup:
        """A scanned or typed card code, and what changed in its module's tasks since.

        Raises:
            PermissionDenied; NotFound: not a card code, or no card has it.
        """
        actor.require(Permission.VIEW)
        code = as_card_code(text)
        shown = text.strip() or "(leeg)"
        with self._sessions.read() as s:
            row = None
            if code is not None:
                row = s.scalars(select(SignOffCard).where(SignOffCard.code == code)).first()
            if row is None:
                raise NotFound(f"Geen aftekenkaart met code {shown} gevonden.")
            require_enrolment(s, actor, row.enrolment_id)
            ref = enrolment_ref(s, row.enrolment_id)
            card = _info(row, ref)
            now = {t.id: t for t in current_tasks(s, ref.module_id)}
        printed = {t.id: t for t in card.tasks}
        added = tuple(t.code for t in now.values() if t.id not in printed)
        removed = tuple(t.code for t in card.tasks if t.id not in now)
        changed = tuple(t.code for t in card.tasks
                        if t.id in now and now[t.id] != t)
        return CardLookup(card, tuple(sorted(added)), removed, changed)

    def cards(self, actor: Actor, enrolment_id: uuid.UUID) -> list[CardInfo]:
        """Every card printed for the enrolment, newest first."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            ref = enrolment_ref(s, enrolment_id)
            require_enrolment(s, actor, enrolment_id)
            rows = s.scalars(select(SignOffCard)
                             .where(SignOffCard.enrolment_id == enrolment_id)
                             .order_by(SignOffCard.version.desc())).all()
            return [_info(row, ref) for row in rows]
