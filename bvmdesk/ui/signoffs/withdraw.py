"""Withdrawing a sign-off (or an hours approval): never an edit, a new record with a reason
(3 to 200 characters), by an administrator or whoever recorded it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.base import ServiceError
from bvmdesk.services.signoff_types import SignOffInfo
from bvmdesk.ui.icons import icon

MIN_REASON, MAX_REASON = 3, 200


class WithdrawDialog(QDialog):
    """`question` above a reason field; "Intrekken" calls `save(reason)` (a ServiceError
    is shown here and the dialog stays open)."""

    def __init__(self, title: str, question: str, save: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.result_value: object = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        label = QLabel(question)
        label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("withdrawReason")
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("Waarom? Bijvoorbeeld: verkeerde taak "
                                                    "aangevinkt"))
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.cancel_button = QPushButton(icon("fa6s.xmark"), self.tr("Annuleren"))
        self.cancel_button.setAutoDefault(False)
        self.ok_button = QPushButton(icon("fa6s.ban", "#FFFFFF"), self.tr("Intrekken"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.withdraw)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def withdraw(self) -> bool:
        reason = self.reason
        if len(reason) < MIN_REASON:
            self.error_label.setText(self.tr(
                "Geef een reden van minstens {count} tekens; er is niets ingetrokken.").format(
                    count=MIN_REASON))
            return False
        try:
            self.result_value = self._save(reason)
        except ServiceError as exc:
            self.error_label.setText(str(exc))
            return False
        self.accept()
        return True

    def _on_reason_edit_text_changed(self, text: str) -> None:
        self.error_label.clear()
        self.ok_button.setEnabled(bool(text.strip()))


def withdraw_question(info: SignOffInfo, participant: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "WithdrawDialog",
        "Aftekening van taak {code} ({description}) voor {name} intrekken? Afgetekend op "
        "{date} door {trainer}. De aftekening blijft in de geschiedenis staan, met uw reden; "
        "de taak is daarna weer open.").format(
            code=info.task_code, description=info.task_description, name=participant,
            date=f"{info.day:%d-%m-%Y}", trainer=info.trainer)
