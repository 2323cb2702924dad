"""Aftekenen op het scherm: the praktijkopleider ticks open tasks (date, remark), types the
PIN and signs; afterwards a receipt can be saved or printed."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import EnrolmentSignOffs, SignOffInfo, TaskState
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.icons import icon
from bvmdesk.ui.signoffs.pdf_files import ask_pdf_path, open_file, save_pdf
from bvmdesk.ui.signoffs.task_ticks import TaskTicks
from bvmdesk.ui.signoffs.trainer_confirm import TrainerConfirm

if TYPE_CHECKING:
    from bvmdesk.services.signoff_reports import SignOffReports
    from bvmdesk.services.signoffs import SignOffService


def open_tasks(data: EnrolmentSignOffs) -> list[TaskState]:
    """The tasks that can be signed now: not archived, no sign-off that stands."""
    return [t for t in data.tasks if t.current is None and not t.task.archived]


class SignDialog(QDialog):
    """Sign on screen for one enrolment. `signed` holds the rows written (empty until
    "Aftekenen" succeeded); refusals are shown here and nothing ticked is lost."""

    def __init__(self, signoffs: SignOffService, reports: SignOffReports | None, actor: Actor,
                 data: EnrolmentSignOffs, *, today: Callable[[], date],
                 ticked: Iterable[uuid.UUID] = (), database: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = signoffs
        self._reports = reports
        self._actor = actor
        self._data = data
        self._database = database
        self.signed: list[SignOffInfo] = []
        self.receipt_path: Path | None = None
        ref = data.enrolment
        self.setWindowTitle(self.tr("Aftekenen op het scherm: {name}").format(
            name=ref.participant_name))
        self.setMinimumSize(1060, 640)
        intro = QLabel(self.tr(
            "{name} ({number}), groep {group}, {module}. Leerbedrijf: {company}. De "
            "praktijkopleider vinkt de taken aan die {name} beheerst, typt de pincode en zet "
            "een handtekening.").format(
                name=ref.participant_name, number=ref.participant_number,
                group=ref.group_code, module=ref.module_name, company=ref.company or "-"))
        intro.setWordWrap(True)
        self.ticks = TaskTicks(today)
        self.ticks.set_tasks(open_tasks(data), ticked=ticked, empty_text=self.tr(
            "Alle taken zijn al afgetekend; er is niets meer af te tekenen."))
        self.confirm = TrainerConfirm(signoffs, actor)
        self.confirm.load(ref.id)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Taken"))
        title.setObjectName("sectionTitle")
        left_layout.addWidget(title)
        left_layout.addWidget(self.ticks, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.confirm)
        splitter.setSizes([600, 440])
        self.message_label = QLabel()
        self.message_label.setObjectName("formError")
        self.message_label.setWordWrap(True)
        self.sign_button = QPushButton(icon("fa6s.signature", "#FFFFFF"), self.tr("Aftekenen"))
        self.sign_button.setObjectName("primary")
        self.sign_button.setToolTip(self.tr("Aftekenen (Ctrl+Enter)"))
        self.sign_button.setAutoDefault(False)
        self.receipt_button = QPushButton(icon("fa6s.print"), self.tr("Bon afdrukken of opslaan"))
        self.receipt_button.setObjectName("receipt")
        self.receipt_button.setAutoDefault(False)
        self.receipt_button.hide()
        self.open_button = QPushButton(icon("fa6s.file-pdf"), self.tr("Bon openen"))
        self.open_button.setAutoDefault(False)
        self.open_button.hide()
        self.close_button = QPushButton(icon("fa6s.xmark"), self.tr("Annuleren"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.sign_button.clicked.connect(self.sign)
        self.receipt_button.clicked.connect(self._on_receipt_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.sign)
        self.sign_button.setEnabled(bool(self.ticks.rows))

    def show_message(self, text: str, *, error: bool = True) -> None:
        set_form_message(self.message_label, text,
                         ("formError" if error else "formSuccess") if text else None)

    def sign(self) -> bool:
        """Check what is filled in, then sign_on_screen; False (reason shown) if refused."""
        if self.signed:
            return False
        self.show_message("")
        items = self.ticks.items()
        if items is None:
            self.show_message(self.tr("Een datum klopt niet; er is niets afgetekend."))
            return False
        if not items:
            self.show_message(self.tr("Vink eerst de taken aan die worden afgetekend."))
            return False
        confirmation = self.confirm.collect()
        if confirmation is None:
            return False
        try:
            signed = self._service.sign_on_screen(
                self._actor, self._data.enrolment.id, confirmation.trainer_id,
                confirmation.pin, confirmation.strokes, items)
        except ServiceError as exc:
            if not self.confirm.show_refusal(exc):
                self.show_message(str(exc))
            return False
        self.signed = list(signed)
        self._show_done()
        return True

    def _show_done(self) -> None:
        trainer = self.signed[0].trainer if self.signed else ""
        text = (self.tr("1 taak afgetekend door {trainer}.") if len(self.signed) == 1
                else self.tr("{count} taken afgetekend door {trainer}."))
        self.show_message(text.format(count=len(self.signed), trainer=trainer), error=False)
        self.sign_button.hide()
        self.ticks.setEnabled(False)
        self.confirm.setEnabled(False)
        self.receipt_button.setVisible(self._reports is not None)
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setIcon(icon("fa6s.check"))
        self.close_button.setDefault(True)

    # --- the receipt ---------------------------------------------------------------------
    def save_receipt(self, target: Path | None = None) -> None:
        """The receipt of what was just signed, saved as PDF (asked where when None)."""
        if not self.signed or self._reports is None:
            return
        ref = self._data.enrolment
        if target is None:
            target = ask_pdf_path(self, self.tr("Bon opslaan"),
                                  f"aftekenbon-{ref.participant_number}-"
                                  f"{self.signed[0].day:%Y%m%d}.pdf")
            if target is None:
                return
        reports, actor = self._reports, self._actor
        ids = [info.id for info in self.signed]
        save_pdf(self, lambda: reports.receipt(actor, ids), target, self._on_receipt_saved,
                 self._on_receipt_failed, database=self._database)

    def _on_receipt_saved(self, path: Path) -> None:
        self.receipt_path = path
        self.open_button.show()
        self.show_message(self.tr("Bon opgeslagen: {path}. 'Bon openen' toont hem om af te "
                                  "drukken.").format(path=path), error=False)

    def _on_receipt_failed(self, exc: BaseException) -> None:
        self.show_message(str(exc) if isinstance(exc, ServiceError) else self.tr(
            "De bon kon niet worden gemaakt; de aftekening zelf is wel vastgelegd."))

    def _on_receipt_button_clicked(self) -> None:
        self.save_receipt()

    def _on_open_button_clicked(self) -> None:
        if self.receipt_path is not None:
            open_file(self.receipt_path)

    def _on_close_button_clicked(self) -> None:
        if self.signed:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.signed:  # written already: closing is no cancel
            self.accept()
            return
        super().reject()
