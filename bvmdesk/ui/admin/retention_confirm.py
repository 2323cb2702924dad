"""The confirmation of a retention purge: exactly what goes, and the administrator's password
(always, however recently it was typed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
from bvmdesk.services.retention_policy import CategoryDue


class PurgeConfirmDialog(QDialog):
    """"Gegevens na de bewaartermijn verwijderen": the list, a warning, a password field.

    Args:
        check_password: raises ServiceError (a Dutch message) for a wrong password.
    """

    def __init__(self, due: Sequence[CategoryDue], user: str,
                 check_password: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check_password
        self.setWindowTitle(self.tr("Gegevens na de bewaartermijn verwijderen"))
        self.setMinimumWidth(560)
        lines = [f"<p><b>{c.label}</b> ({self.tr('termijn')} {c.term}): "
                 f"{', '.join(c.parts)}</p>" for c in due if c.due]
        self.list_label = QLabel("".join(lines))
        self.list_label.setTextFormat(Qt.TextFormat.RichText)
        self.list_label.setWordWrap(True)
        warning = QLabel(self.tr(
            "Dit kan niet ongedaan worden gemaakt. Het register van uitgegeven certificaten "
            "(nummer, naam, datum, opleiding) blijft, en de audit houdt per verwijderd record "
            "een gebeurtenis zonder namen. Back-ups van vóór vandaag bevatten de gegevens "
            "nog tot ze vervallen."))
        warning.setWordWrap(True)
        ask = QLabel(self.tr("Bevestig met uw wachtwoord ({name}):").format(name=user))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("purgePassword")
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setAutoDefault(False)
        self.ok_button = QPushButton(self.tr("Definitief verwijderen"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(QLabel(self.tr("Dit wordt verwijderd:")))
        layout.addWidget(self.list_label)
        layout.addWidget(warning)
        layout.addWidget(ask)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.submit)
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> bool:
        password = self.password_edit.text()
        if not password:
            self._error(self.tr("Vul uw wachtwoord in."))
            return False
        try:
            self._check(password)
        except ServiceError as exc:
            self._error(str(exc))
            self.password_edit.clear()
            return False
        self.accept()
        return True

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus()
