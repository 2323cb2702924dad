"""The PDFs of sign-offs: the receipt for the trainer, the aftekenkaart (with its QR) and
the praktijkoverzicht of a participant."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Group,
    HoursApproval,
    HoursApprovalItem,
    Participant,
    PlacementHours,
    SignOffTask,
    Site,
    User,
    WorkplaceTrainer,
    WorkProcess,
)
from bvmdesk.db.session import Sessions, local_site_id
from bvmdesk.domain.clock import SYSTEM_CLOCK
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import display_name
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.signoff_model import ApprovalReceipt, Praktijkoverzicht, SignOffReceipt
from bvmdesk.services.assessment_reports import check_pdf_target, write_pdf
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.scope import require_group, require_participant
from bvmdesk.services.scope_records import own_refs, require_approval
from bvmdesk.services.signoff_cards import CardService, current_tasks, no_tasks_text
from bvmdesk.services.signoff_read import enrolment_ref, enrolment_refs
from bvmdesk.services.signoff_report_data import (
    approval_receipt,
    card_sheet,
    dutch_day,
    enrolment_part,
    praktijkoverzicht,
    signoff_receipt,
)
from bvmdesk.services.signoff_types import ApprovalInfo, CardInfo, EnrolmentRef

__all__ = ["SignOffReports", "approval_pdf", "card_pdf", "check_pdf_target",
           "praktijkoverzicht_pdf", "receipt_pdf", "write_pdf"]


# --- builders: frozen values in, bytes out ------------------------------------------------
def card_pdf(card: CardInfo | Sequence[CardInfo], meta: ReportMeta | None = None,
             work_processes: Mapping[uuid.UUID, str] | None = None) -> bytes:
    """One card, or several (one after the other, each on pages of its own), as PDF.

    Args:
        meta: the page header (default: no site, printed now).
        work_processes: task id -> work process code, for the card's Werkproces column.
    """
    from bvmdesk.reports.pdf.signoff_card import card_pdf as build

    cards = [card] if isinstance(card, CardInfo) else list(card)
    if meta is None:
        meta = ReportMeta(site="", printed_at=SYSTEM_CLOCK.local_now().replace(microsecond=0))
    return build([card_sheet(c, work_processes) for c in cards], meta)


def receipt_pdf(data: SignOffReceipt, meta: ReportMeta) -> bytes:
    from bvmdesk.reports.pdf.signoff_receipt import receipt_pdf as build

    return build(data, meta)


def approval_pdf(data: ApprovalReceipt, meta: ReportMeta) -> bytes:
    from bvmdesk.reports.pdf.signoff_receipt import approval_pdf as build

    return build(data, meta)


def praktijkoverzicht_pdf(data: Praktijkoverzicht, meta: ReportMeta) -> bytes:
    from bvmdesk.reports.pdf.signoff_overview import praktijkoverzicht_pdf as build

    return build(data, meta)


class SignOffReports:
    """The PDFs of sign-offs: receipt, aftekenkaart, praktijkoverzicht."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._cards = CardService(sessions)

    def meta(self, actor: Actor) -> ReportMeta:
        """The site and the moment of printing, for the head and foot of every page."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            site_id = local_site_id(s)
            site = s.get(Site, site_id) if site_id else None
            label = f"{site.code} {site.name}" if site is not None else "alle locaties"
        return ReportMeta(site=label, printed_at=self._sessions.clock.local_now()
                          .replace(microsecond=0))

    # --- aftekenkaarten ------------------------------------------------------------------
    def card(self, actor: Actor, enrolment_id: uuid.UUID) -> tuple[CardInfo, bytes]:
        """The enrolment's card (the same while its tasks are) and its PDF.

        Raises:
            PermissionDenied; NotFound; ServiceError: no workplace or no tasks.
        """
        card = self._cards.card_for(actor, enrolment_id)
        return card, card_pdf(card, self.meta(actor), self._work_processes([card]))

    def group_cards(self, actor: Actor, group_id: uuid.UUID) -> bytes:
        """One PDF with a card for every enrolment of the group with a workplace (stopped
        ones left out).

        Raises:
            PermissionDenied; NotFound (group); ServiceError: nothing to print.
        """
        actor.require(Permission.RECORD_SIGNOFFS)
        with self._sessions.read() as s:
            group = s.get(Group, group_id)
            if group is None or group.deleted_at is not None:
                raise NotFound("Deze groep bestaat niet (meer).")
            require_group(s, actor, group_id)
            refs = [r for r in enrolment_refs(s, group_id=group_id)
                    if r.has_workplace and r.status != EnrolmentStatus.STOPPED.value]
            has_tasks = bool(current_tasks(s, group.module_id))
            code = group.code
        if not refs:
            raise ServiceError(f"Niemand in {code} heeft een leerbedrijf en een "
                               "praktijkopleider; er is geen aftekenkaart gedrukt.")
        if not has_tasks:
            raise ServiceError(no_tasks_text(refs[0]))
        cards = [self._cards.card_for(actor, ref.id) for ref in refs]
        return card_pdf(cards, self.meta(actor), self._work_processes(cards))

    def participant_card(self, actor: Actor, participant_id: uuid.UUID,
                         group_code: str | None = None) -> tuple[CardInfo, bytes]:
        """The card of the participant's enrolment in `group_code`; without a group, of
        the one enrolment that has a workplace and tasks (of the actor's own groups).

        Raises:
            ServiceError: no such enrolment, or several to choose from (named).
            PermissionDenied: someone else's participant.
        """
        actor.require(Permission.RECORD_SIGNOFFS)
        with self._sessions.read() as s:
            require_participant(s, actor, participant_id)
            refs = own_refs(s, actor, enrolment_refs(s, participant_id=participant_id))
            ready = [r for r in refs if r.has_workplace and current_tasks(s, r.module_id)]
        return self.card(actor, chosen_enrolment(refs, ready, group_code).id)

    def _work_processes(self, cards: Iterable[CardInfo]) -> dict[uuid.UUID, str]:
        """Task id -> the code of its work process, for the tasks on `cards`."""
        ids = {t.id for card in cards for t in card.tasks}
        with self._sessions.read() as s:
            return _task_work_processes(s, ids)

    # --- receipts --------------------------------------------------------------------------
    def receipt(self, actor: Actor, signoff_ids: Sequence[uuid.UUID]) -> bytes:
        """The receipt of sign-offs recorded together (one enrolment, one trainer).

        Raises:
            PermissionDenied; NotFound; ServiceError: none given, or of several
            enrolments or trainers.
        """
        from bvmdesk.services.signoffs import SignOffService

        actor.require(Permission.VIEW)
        if not signoff_ids:
            raise ServiceError("Er zijn geen aftekeningen om een bewijs van te maken.")
        service = SignOffService(self._sessions)
        infos = [service.signoff(actor, i) for i in signoff_ids]
        if len({(i.enrolment_id, i.trainer_id) for i in infos}) > 1:
            raise ServiceError("Een bewijs gaat over de aftekeningen van één deelnemer door "
                               "één praktijkopleider; kies die samen.")
        strokes = service.signature(actor, infos[0].id)
        with self._sessions.read() as s:
            ref = enrolment_ref(s, infos[0].enrolment_id)
            codes = _task_work_processes(s, {i.task_id for i in infos})
        return receipt_pdf(signoff_receipt(ref, infos, strokes, codes), self.meta(actor))

    def approval_receipt(self, actor: Actor, approval_id: uuid.UUID) -> bytes:
        """The receipt of an approval of bpv hours: weeks, hours and total, signature.

        Raises:
            PermissionDenied; NotFound.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            require_approval(s, actor, approval_id)
            data = _approval_data(s, approval_id)
        return approval_pdf(data, self.meta(actor))

    # --- the praktijkoverzicht -----------------------------------------------------------
    def praktijkoverzicht(self, actor: Actor, participant_id: uuid.UUID) -> bytes:
        """The evidence for the school's praktijkverklaring: per enrolment with a workplace
        (or with sign-offs) the tasks signed and open, work processes, withdrawals and the
        approved bpv hours per week against the norm.

        Raises:
            PermissionDenied; NotFound; ServiceError: no enrolment with a workplace.
        """
        from bvmdesk.services.placement_hours import HoursService
        from bvmdesk.services.signoffs import SignOffService

        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            person = s.get(Participant, participant_id)
            if person is None or person.deleted_at is not None:
                raise NotFound("Deze deelnemer bestaat niet (meer).")
            require_participant(s, actor, participant_id)
            name = display_name(person.first_names, person.prefix, person.last_name)
            number, kind = person.number, person.type
        signoffs, hours = SignOffService(self._sessions), HoursService(self._sessions)
        parts = []
        for ref in sorted(signoffs.participant_enrolments(actor, participant_id),
                          key=lambda r: (r.start_date, r.group_code)):
            data = signoffs.enrolment(actor, ref.id)
            if not ref.has_workplace and not any(t.history for t in data.tasks):
                continue
            sheet = hours.sheet(actor, ref.id) if ref.company_id is not None else None
            parts.append(enrolment_part(data, sheet))
        if not parts:
            raise ServiceError(f"{name} heeft geen inschrijving met een leerbedrijf en een "
                               "praktijkopleider; er is geen praktijkoverzicht gemaakt.")
        return praktijkoverzicht_pdf(praktijkoverzicht(name, number, kind, parts),
                                     self.meta(actor))


def _task_work_processes(s: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = s.execute(select(SignOffTask.id, WorkProcess.code)
                     .join(WorkProcess, WorkProcess.id == SignOffTask.work_process_id)
                     .where(SignOffTask.id.in_(ids))).all()
    return {task_id: code for task_id, code in rows}


def _user_name(s: Session, username: str) -> str:
    shown = s.scalars(select(User.display_name).where(User.username == username)).first()
    return shown or username


def _approval_data(s: Session, approval_id: uuid.UUID) -> ApprovalReceipt:
    """An approval (or the one a withdrawal withdrew) with its weeks."""
    row = s.get(HoursApproval, approval_id)
    if row is not None and row.withdraws_id is not None:
        row = s.get(HoursApproval, row.withdraws_id)
    if row is None:
        raise NotFound("Deze goedkeuring van bpv-uren bestaat niet (meer).")
    weeks = s.execute(select(PlacementHours)
                      .join(HoursApprovalItem,
                            HoursApprovalItem.placement_hours_id == PlacementHours.id)
                      .where(HoursApprovalItem.approval_id == row.id)).scalars().all()
    if not weeks:
        raise NotFound("Deze goedkeuring van bpv-uren noemt geen weken.")
    ref = enrolment_ref(s, weeks[0].enrolment_id)
    trainer = s.get(WorkplaceTrainer, row.trainer_id)
    info = ApprovalInfo(id=row.id, trainer_id=row.trainer_id,
                        trainer=trainer.name if trainer is not None else "?",
                        approved_on=row.approved_on, method=row.method,
                        has_signature=bool(row.signature_strokes),
                        recorded_by=row.recorded_by, recorded_at=row.created_at,
                        imported=row.imported)
    withdrawal = s.scalars(select(HoursApproval)
                           .where(HoursApproval.withdraws_id == row.id)).first()
    withdrawn = None
    if withdrawal is not None:
        withdrawn = (f"Ingetrokken op {dutch_day(withdrawal.approved_on)} door "
                     f"{_user_name(s, withdrawal.recorded_by)}: {withdrawal.reason or '-'}")
    return approval_receipt(ref, info, _user_name(s, row.recorded_by),
                            [(w.iso_year, w.iso_week, w.minutes) for w in weeks],
                            row.signature_strokes, withdrawn)


def chosen_enrolment(refs: Sequence[EnrolmentRef], ready: Sequence[EnrolmentRef],
                     group_code: str | None) -> EnrolmentRef:
    """The enrolment a card is asked for (see SignOffReports.participant_card).

    Raises:
        ServiceError: none, not in that group, or several to choose from (named).
    """
    if not refs:
        raise ServiceError("Deze deelnemer heeft geen inschrijvingen; er is geen aftekenkaart "
                           "gedrukt.")
    name = refs[0].participant_name
    if group_code is not None:
        wanted = group_code.strip().casefold()
        for ref in refs:
            if ref.group_code.casefold() == wanted:
                return ref
        groups = ", ".join(r.group_code for r in refs)
        raise ServiceError(f"{name} is niet ingeschreven in groep {group_code.strip()} "
                           f"(wel in: {groups}); er is geen aftekenkaart gedrukt.")
    if len(ready) == 1:
        return ready[0]
    if not ready:
        groups = ", ".join(r.group_code for r in refs)
        raise ServiceError(f"{name} heeft geen inschrijving met een leerbedrijf, een "
                           f"praktijkopleider en aftekentaken (groepen: {groups}); er is "
                           "geen aftekenkaart gedrukt.")
    groups = ", ".join(r.group_code for r in ready)
    raise ServiceError(f"{name} heeft meer inschrijvingen met aftekentaken ({groups}); kies "
                       "er een met --group; er is geen aftekenkaart gedrukt.")
