"""What the Aftekenen page does besides signing: withdraw a sign-off with its reason,
have chosen weeks of bpv hours approved, and show the photo of a returned card."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from bvmdesk.services.base import Actor
from bvmdesk.services.placement_hours import HoursService
from bvmdesk.services.signoff_types import ApprovalInfo, SignOffInfo
from bvmdesk.services.signoffs import SignOffService
from bvmdesk.ui.signoffs.evidence import EvidenceDialog, evidence_dialog
from bvmdesk.ui.signoffs.tasks_view import history_line
from bvmdesk.ui.signoffs.withdraw import WithdrawDialog, withdraw_question

if TYPE_CHECKING:
    from bvmdesk.services.signoff_reports import SignOffReports
    from bvmdesk.ui.signoffs.page import SignOffsPage

translate = QCoreApplication.translate


def withdraw_current(page: SignOffsPage, service: SignOffService,
                     actor: Actor) -> SignOffInfo | None:
    """Withdraw the chosen task's sign-off, with a reason; the withdrawal (None: not)."""
    current = page.tasks.current()
    data = page.data
    if current is None or current.current is None or data is None:
        return None
    signoff = current.current
    dialog = WithdrawDialog(
        translate("SignOffsPage", "Aftekening {code} intrekken").format(code=signoff.task_code),
        withdraw_question(signoff, data.enrolment.participant_name),
        lambda reason: service.withdraw(actor, signoff.id, reason), page)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.result_value
    dialog.deleteLater()
    if not accepted or not isinstance(result, SignOffInfo):
        return None
    page.written(translate(
        "SignOffsPage", "Aftekening van {code} ingetrokken; de taak is weer open.").format(
        code=signoff.task_code))
    return result


def approve_weeks(page: SignOffsPage, hours_ids: list[uuid.UUID], *, hours: HoursService,
                  service: SignOffService, reports: SignOffReports, actor: Actor,
                  today: Callable[[], date], database: str | None) -> None:
    """The weeks the hours grid chose, approved by the praktijkopleider."""
    from bvmdesk.ui.signoffs.approve_dialog import ApproveDialog

    ref = page.enrolment
    if ref is None or not hours_ids:
        return
    dialog = ApproveDialog(hours, service, reports, actor, ref.id, hours_ids, today=today,
                           database=database, parent=page)
    dialog.exec()
    approved = dialog.approval is not None
    dialog.deleteLater()
    if approved:
        page.hours_grid.refresh()
        page.show_message(translate("SignOffsPage", "Bpv-uren goedgekeurd."))
        page.signoffs_changed.emit(ref.id)


def withdraw_hours_approval(page: SignOffsPage, hours: HoursService, actor: Actor,
                            approval: ApprovalInfo) -> ApprovalInfo | None:
    """Withdraw an approval of bpv hours, with a reason; the withdrawal (None: not)."""
    ref = page.enrolment
    if ref is None:
        return None
    question = translate(
        "SignOffsPage", "De goedkeuring door {trainer} van {date} intrekken voor {name}? "
        "Alle weken van die goedkeuring zijn daarna weer niet goedgekeurd; de goedkeuring "
        "blijft in de geschiedenis staan, met uw reden.").format(
            trainer=approval.trainer, date=f"{approval.approved_on:%d-%m-%Y}",
            name=ref.participant_name)
    dialog = WithdrawDialog(translate("SignOffsPage", "Goedkeuring intrekken"), question,
                            lambda reason: hours.withdraw_approval(actor, approval.id, reason),
                            page)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.result_value
    dialog.deleteLater()
    if not accepted or not isinstance(result, ApprovalInfo):
        return None
    page.hours_grid.refresh()
    page.show_message(translate("SignOffsPage", "Goedkeuring ingetrokken; de weken zijn weer "
                                                "niet goedgekeurd."))
    page.signoffs_changed.emit(ref.id)
    return result


def show_evidence(page: SignOffsPage, service: SignOffService,
                  actor: Actor) -> EvidenceDialog | None:
    """The photo of the card behind the chosen task's sign-off (the dialog, shown)."""
    state = page.tasks.current()
    signed = state.current if state is not None else None
    if signed is None or signed.evidence_attachment_id is None:
        return None
    dialog = evidence_dialog(page, service, actor,
                             signed.evidence_attachment_id, translate(
                                 "SignOffsPage", "{task}: {state}").format(
                                     task=signed.task_code, state=history_line(signed)))
    if dialog is not None:
        dialog.open()
    return dialog
