"""A reason, required: withdrawing a sign-off or an approval, revoking a certificate, allowing
one although a condition is not met. The service call runs from the dialog; its refusal is
shown there and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
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
from bvmdesk.ui.icons import icon

MIN_REASON, MAX_REASON = 3, 300


class ReasonDialog(QDialog):
    """`question` above a reason field; the OK button calls `save(reason)`."""

    def __init__(self, title: str, question: str, ok_text: str, ok_icon: str,
                 save: Callable[[str], object], placeholder: str = "",
                 parent: QWidget | None = None, *, max_length: int = MAX_REASON,
                 too_short: str | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._too_short = too_short or QCoreApplication.translate(
            "ReasonDialog", "Geef een reden van minstens {count} tekens; er is niets gewijzigd.")
        self.result_value: object = None
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        self.setMinimumWidth(560)
        label = QLabel(question)
        label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(max_length)
        self.reason_edit.setPlaceholderText(placeholder)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.cancel_button = QPushButton(icon("fa6s.xmark"),
                                         QCoreApplication.translate("ReasonDialog", "Annuleren"))
        self.cancel_button.setAutoDefault(False)
        self.ok_button = QPushButton(icon(ok_icon, "#FFFFFF"), ok_text)
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
        self.ok_button.clicked.connect(self.submit)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def submit(self) -> bool:
        reason = self.reason
        if len(reason) < MIN_REASON:
            self.error_label.setText(self._too_short.format(count=MIN_REASON))
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
