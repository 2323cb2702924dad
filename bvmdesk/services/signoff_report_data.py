"""The sign-off services' frozen values turned into the report values the PDFs draw
(reports/signoff_model.py): no database here, only the mapping and the Dutch words."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.enums import SignOffMethod, participant_type_label
from bvmdesk.domain.signature import Signature, SignatureError, decode
from bvmdesk.domain.signoff import format_iso_week, week_monday, week_sunday
from bvmdesk.reports.signoff_model import (
    ApprovalReceipt,
    CardLine,
    CardSheet,
    EnrolmentPart,
    HoursLine,
    Praktijkoverzicht,
    ReceiptLine,
    SignOffReceipt,
    TaskLine,
    WeekLine,
    Workplace,
    WorkProcessLine,
)
from bvmdesk.services.signoff_types import (
    ApprovalInfo,
    CardInfo,
    EnrolmentRef,
    EnrolmentSignOffs,
    HoursSheet,
    SignOffInfo,
)


def workplace(ref: EnrolmentRef) -> Workplace:
    return Workplace(participant_name=ref.participant_name,
                     participant_number=ref.participant_number, group=ref.group_code,
                     module=f"{ref.module_code} {ref.module_name}".strip(),
                     company=ref.company, company_sbb_id=ref.company_sbb_id,
                     trainer=ref.trainer)


def signature_of(strokes: str | None) -> Signature | None:
    """The drawn signature, or None (an unreadable one prints as none, never a failure)."""
    if not strokes:
        return None
    try:
        return decode(strokes)
    except SignatureError:
        return None


def dutch_day(day: date) -> str:
    return f"{day:%d-%m-%Y}"


# --- the card ----------------------------------------------------------------------------
def card_sheet(card: CardInfo, work_processes: Mapping[uuid.UUID, str] | None = None
               ) -> CardSheet:
    """The card as printed: its own task snapshot (a card printed before 0008's snapshot
    had work processes takes them from `work_processes`, the tasks' as they are now)."""
    codes = work_processes or {}
    return CardSheet(code=card.code, version=card.version,
                     printed_on=to_local(card.printed_at).date(),
                     workplace=workplace(card.enrolment),
                     tasks=tuple(CardLine(t.code, t.description,
                                          t.work_process or codes.get(t.id), t.required)
                                 for t in card.tasks))


# --- receipts ----------------------------------------------------------------------------
def method_text(info: SignOffInfo) -> str:
    """How a sign-off was made, as the overview says it."""
    if info.imported:
        return "geïmporteerd"
    if info.method == SignOffMethod.PAPER.value:
        return f"op papier, vastgelegd door {info.recorded_by_name or info.recorded_by}"
    return "op het scherm"


def signoff_receipt(ref: EnrolmentRef, infos: Sequence[SignOffInfo], strokes: str | None,
                    work_processes: Mapping[uuid.UUID, str] | None = None) -> SignOffReceipt:
    """The receipt of sign-offs made together (one trainer, one moment)."""
    first = infos[0]
    codes = work_processes or {}
    lines = tuple(ReceiptLine(i.task_code, i.task_description, codes.get(i.task_id), i.day,
                              i.remark) for i in sorted(infos, key=lambda i: i.task_code))
    return SignOffReceipt(workplace=workplace(ref), trainer=first.trainer,
                          method=first.method, lines=lines, signature=signature_of(strokes),
                          recorded_at=to_local(first.recorded_at),
                          recorded_by=first.recorded_by_name or first.recorded_by,
                          card_code=first.card_code)


def approval_receipt(ref: EnrolmentRef, approval: ApprovalInfo, recorded_by: str,
                     weeks: Sequence[tuple[int, int, int]], strokes: str | None,
                     withdrawn: str | None = None) -> ApprovalReceipt:
    """The receipt of an approval; `weeks` are (ISO year, ISO week, minutes)."""
    lines = tuple(WeekLine(format_iso_week(y, w), week_monday(y, w), week_sunday(y, w), m)
                  for y, w, m in sorted(weeks))
    return ApprovalReceipt(workplace=workplace(ref), trainer=approval.trainer,
                           approved_on=approval.approved_on, weeks=lines,
                           signature=signature_of(strokes),
                           recorded_at=to_local(approval.recorded_at), recorded_by=recorded_by,
                           withdrawn=withdrawn, on_paper=approval.method == "paper")


# --- the praktijkoverzicht ---------------------------------------------------------------
def enrolment_part(data: EnrolmentSignOffs, sheet: HoursSheet | None) -> EnrolmentPart:
    """One enrolment of the praktijkoverzicht: what stands, what is open, what was
    withdrawn, and the hours."""
    ref = data.enrolment
    tasks: list[TaskLine] = []
    withdrawn: list[str] = []
    trainers: list[str] = [ref.trainer] if ref.trainer else []
    processes: dict[str, list[TaskLine]] = {}
    names: dict[str, str] = {}
    for state in data.tasks:
        task, current = state.task, state.current
        line = TaskLine(task.code, task.description, task.work_process, task.required,
                        current.trainer if current else None, current.day if current else None,
                        method_text(current) if current else None,
                        current.remark if current else None)
        if task.archived and current is None:
            continue
        tasks.append(line)
        if current is not None and current.trainer not in trainers:
            trainers.append(current.trainer)
        if task.work_process:
            processes.setdefault(task.work_process, []).append(line)
            names.setdefault(task.work_process, task.work_process_name or task.work_process)
        withdrawn += _withdrawals(task.code, state.history)
    work_processes = tuple(
        WorkProcessLine(code, names[code], sum(1 for t in lines if t.signed), len(lines),
                        sum(1 for t in lines if t.required and not t.signed))
        for code, lines in sorted(processes.items()))
    hours: tuple[HoursLine, ...] = ()
    entered = approved = 0
    norm = None
    if sheet is not None:
        hours = tuple(HoursLine(format_iso_week(w.iso_year, w.iso_week),
                                week_monday(w.iso_year, w.iso_week),
                                week_sunday(w.iso_year, w.iso_week), w.minutes,
                                w.approval.trainer if w.approval else None,
                                w.approval.approved_on if w.approval else None)
                      for w in sheet.weeks)
        entered, approved = sheet.totals.entered_minutes, sheet.totals.approved_minutes
        norm = sheet.totals.norm_hours
    return EnrolmentPart(workplace=workplace(ref), start=ref.start_date, end=ref.end_date,
                         trainers=tuple(trainers), work_processes=work_processes,
                         tasks=tuple(tasks), withdrawn=tuple(withdrawn), hours=hours,
                         entered_minutes=entered, approved_minutes=approved, norm_hours=norm)


def _withdrawals(code: str, history: Sequence[SignOffInfo]) -> list[str]:
    by_id = {h.id: h for h in history}
    sentences = []
    for row in history:
        if row.withdraws_id is None:
            continue
        original = by_id.get(row.withdraws_id)
        signed = (f"afgetekend {dutch_day(original.day)} door {original.trainer}, "
                  if original is not None else "")
        reason = f": {row.reason}" if row.reason else ""
        sentences.append(f"{code} {signed}ingetrokken op {dutch_day(row.day)} door "
                         f"{row.recorded_by_name or row.recorded_by}{reason}")
    return sentences


def praktijkoverzicht(name: str, number: str, participant_type: str,
                      parts: Sequence[EnrolmentPart]) -> Praktijkoverzicht:
    """The overview's data; the doelgroep as every report shows it (`MBO BBL`)."""
    return Praktijkoverzicht(name, number, participant_type_label(participant_type),
                             tuple(parts))
