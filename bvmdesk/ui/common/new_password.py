"""A new password typed twice, and the dialogs that ask for one: an administrator's
temporary password (Beheer > Gebruikers, "Wachtwoord herstellen…") and the person's own new
password after a reset (the login)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.passwords import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, password_problem
from bvmdesk.services.base import ServiceError, ValidationFailed
from bvmdesk.ui.common.widgets import DialogButtons, FieldBox, grow_to_fit


class NewPasswordFields(QWidget):
    """Two password fields in a form layout ("Wachtwoord", "Nog een keer"), each with its
    error line; `password()` gives the password when both agree and it is long enough."""

    def __init__(self, first_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.first_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_PASSWORD_LENGTH)
        self.first_edit.setPlaceholderText(
            self.tr("minstens {n} tekens").format(n=MIN_PASSWORD_LENGTH))
        self.first_box = FieldBox(self.first_edit)
        self.repeat_box = FieldBox(self.repeat_edit)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(first_label or self.tr("Wachtwoord"), self.first_box)
        self.form.addRow(self.tr("Nog een keer"), self.repeat_box)

    def password(self) -> str | None:
        """The password, or None after showing what is wrong next to the field."""
        first, repeat = self.first_edit.text(), self.repeat_edit.text()
        problem = password_problem(first)
        if problem:
            self.first_box.set_error(problem)
            self.first_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if repeat != first:
            self.repeat_box.set_error(self.tr("De twee wachtwoorden zijn niet gelijk."))
            self.repeat_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return first

    def show_error(self, text: str) -> None:
        self.first_box.set_error(text)
        self.first_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        for edit, box in ((self.first_edit, self.first_box),
                          (self.repeat_edit, self.repeat_box)):
            edit.clear()
            box.set_error(None)


class NewPasswordDialog(QDialog):
    """Asks for a password twice and hands it to `store` (which may refuse with a
    ServiceError: its message shows and the dialog stays open).

    Args:
        title: the window title; `heading` the first line in large; `text` what happens.
        store: called with the password; the dialog closes when it returns.
    """

    def __init__(self, title: str, heading: str, text: str, save_text: str,
                 store: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(title)
        heading_label = QLabel(heading)
        heading_label.setObjectName("sectionTitle")
        heading_label.setWordWrap(True)
        text_label = QLabel(text)
        text_label.setWordWrap(True)
        self.fields = NewPasswordFields(parent=self)
        self.buttons = DialogButtons(self, save_text)
        self.buttons.save_button.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(heading_label)
        layout.addWidget(text_label)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        # Never smaller than the content (SetMinimumSize); a message grows it.
        self.resize(480, self.sizeHint().height())
        self.fields.first_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> bool:
        """Store the password; True (and the dialog accepted) when it was stored."""
        self.buttons.message_label.hide()
        password = self.fields.password()
        if password is None:
            grow_to_fit(self)
            return False
        try:
            self._store(password)
        except ValidationFailed as exc:
            self.fields.show_error("; ".join(e.message for e in exc.errors))
            grow_to_fit(self)
            return False
        except ServiceError as exc:
            self.buttons.message_label.setText(str(exc))
            self.buttons.message_label.show()
            grow_to_fit(self)
            return False
        self.accept()
        return True
