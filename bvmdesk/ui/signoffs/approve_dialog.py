"""Bpv-uren laten goedkeuren: the praktijkopleider approves the weeks chosen in the hours
grid at once, with PIN and signature; afterwards a receipt can be saved."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.signoff import (
    format_hours,
    format_iso_week,
    signoff_date_problem,
    week_monday,
    week_sunday,
)
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import ApprovalInfo, WeekHours
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.icons import icon
from bvmdesk.ui.signoffs.pdf_files import ask_pdf_path, open_file, save_pdf
from bvmdesk.ui.signoffs.trainer_confirm import TrainerConfirm

if TYPE_CHECKING:
    from bvmdesk.services.placement_hours import HoursService
    from bvmdesk.services.signoff_reports import SignOffReports
    from bvmdesk.services.signoffs import SignOffService


def week_line(week: WeekHours) -> str:
    """`2026-W37 (7-9 t/m 13-9): 32 uur`."""
    monday, sunday = week_monday(week.iso_year, week.iso_week), week_sunday(
        week.iso_year, week.iso_week)
    return (f"{format_iso_week(week.iso_year, week.iso_week)} "
            f"({monday.day}-{monday.month} t/m {sunday.day}-{sunday.month}): "
            f"{format_hours(week.minutes)} uur")


class ApproveDialog(QDialog):
    """Approve the current hours rows `hours_ids` of one enrolment. `approval` is set when
    it succeeded."""

    def __init__(self, hours: HoursService, signoffs: SignOffService,
                 reports: SignOffReports | None, actor: Actor, enrolment_id: uuid.UUID,
                 hours_ids: Sequence[uuid.UUID], *, today: Callable[[], date],
                 database: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hours = hours
        self._reports = reports
        self._actor = actor
        self._enrolment_id = enrolment_id
        self._ids = list(hours_ids)
        self._today = today
        self._database = database
        self.approval: ApprovalInfo | None = None
        self.receipt_path: Path | None = None
        self.setWindowTitle(self.tr("Bpv-uren goedkeuren"))
        self.setMinimumSize(760, 560)
        self.weeks_label = QLabel()
        self.weeks_label.setObjectName("approveWeeks")
        self.weeks_label.setWordWrap(True)
        self.day_input = DateInput(today())
        self.day_input.setObjectName("approveDay")
        self.confirm = TrainerConfirm(signoffs, actor)
        self.confirm.load(enrolment_id)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.approve_button = QPushButton(icon("fa6s.user-check", "#FFFFFF"),
                                          self.tr("Goedkeuren"))
        self.approve_button.setObjectName("primary")
        self.approve_button.setToolTip(self.tr("Goedkeuren (Ctrl+Enter)"))
        self.approve_button.setAutoDefault(False)
        self.receipt_button = QPushButton(icon("fa6s.print"), self.tr("Bon afdrukken of opslaan"))
        self.receipt_button.setAutoDefault(False)
        self.receipt_button.hide()
        self.open_button = QPushButton(icon("fa6s.file-pdf"), self.tr("Bon openen"))
        self.open_button.setAutoDefault(False)
        self.open_button.hide()
        self.close_button = QPushButton(icon("fa6s.xmark"), self.tr("Annuleren"))
        self.close_button.setAutoDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("Weken"), self.weeks_label)
        form.addRow(self.tr("Datum van goedkeuring"), self.day_input)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.confirm, 1)
        layout.addLayout(buttons)
        self.approve_button.clicked.connect(self.approve)
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.approve)
        self._show_weeks()

    def _show_weeks(self) -> None:
        try:
            sheet = self._hours.sheet(self._actor, self._enrolment_id)
        except ServiceError as exc:
            self.show_message(str(exc))
            return
        ref = sheet.enrolment
        chosen = [w for w in sheet.weeks if w.hours_id in self._ids]
        total = sum(w.minutes for w in chosen)
        lines = [week_line(w) for w in chosen]
        lines.append(self.tr("Samen {hours} uur, voor {name} bij {company}.").format(
            hours=format_hours(total), name=ref.participant_name, company=ref.company or "-"))
        self.weeks_label.setText("\n".join(lines))
        self.approve_button.setEnabled(bool(chosen))
        if len(chosen) != len(self._ids):
            self.show_message(self.tr("Een deel van de gekozen weken is intussen gewijzigd; "
                                      "kies de weken opnieuw."))

    def show_message(self, text: str, *, error: bool = True) -> None:
        set_form_message(self.message_label, text,
                         ("formError" if error else "formSuccess") if text else None)

    def approve(self) -> bool:
        if self.approval is not None:
            return False
        self.show_message("")
        day = self.day_input.commit()
        if day is None:
            if not self.day_input.error:
                self.day_input.set_error(self.tr("Vul de datum in."))
            return False
        problem = signoff_date_problem(day, self._today())
        if problem is not None:
            self.day_input.set_error(problem)
            return False
        confirmation = self.confirm.collect()
        if confirmation is None:
            return False
        try:
            self.approval = self._hours.approve(
                self._actor, self._enrolment_id, confirmation.trainer_id, confirmation.pin,
                confirmation.strokes, self._ids, day)
        except ServiceError as exc:
            if not self.confirm.show_refusal(exc):
                self.show_message(str(exc))
            return False
        self.show_message(self.tr("Goedgekeurd door {trainer}.").format(
            trainer=self.approval.trainer), error=False)
        self.approve_button.hide()
        self.confirm.setEnabled(False)
        self.day_input.setEnabled(False)
        self.receipt_button.setVisible(self._reports is not None)
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setIcon(icon("fa6s.check"))
        return True

    def save_receipt(self, target: Path | None = None) -> None:
        if self.approval is None or self._reports is None:
            return
        if target is None:
            target = ask_pdf_path(self, self.tr("Bon opslaan"),
                                  f"urenbon-{self.approval.approved_on:%Y%m%d}.pdf")
            if target is None:
                return
        reports, actor, approval_id = self._reports, self._actor, self.approval.id
        save_pdf(self, lambda: reports.approval_receipt(actor, approval_id), target,
                 self._on_receipt_saved, self._on_receipt_failed, database=self._database)

    def _on_receipt_saved(self, path: Path) -> None:
        self.receipt_path = path
        self.open_button.show()
        self.show_message(self.tr("Bon opgeslagen: {path}.").format(path=path), error=False)

    def _on_receipt_failed(self, exc: BaseException) -> None:
        self.show_message(str(exc) if isinstance(exc, ServiceError) else self.tr(
            "De bon kon niet worden gemaakt; de goedkeuring zelf is wel vastgelegd."))

    def _on_receipt_button_clicked(self) -> None:
        self.save_receipt()

    def _on_open_button_clicked(self) -> None:
        if self.receipt_path is not None:
            open_file(self.receipt_path)

    def _on_close_button_clicked(self) -> None:
        if self.approval is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.approval is not None:
            self.accept()
            return
        super().reject()
