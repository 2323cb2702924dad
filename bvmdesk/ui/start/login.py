"""The login dialog: username and password; Enter logs in, Esc quits. After an
administrator reset the password, a correct login first asks for a new one ("Kies een
nieuw wachtwoord"); cancelling that leaves the person logged out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.passwords import MIN_PASSWORD_LENGTH
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common.new_password import NewPasswordDialog
from bvmdesk.ui.common.widgets import grow_to_fit

if TYPE_CHECKING:
    from bvmdesk.services.accounts import AccountService


class LoginDialog(QDialog):
    """Asks for a name and password until `accounts.authenticate` accepts them."""

    def __init__(self, accounts: AccountService | Callable[[], AccountService],
                 site_label: str, database_label: str, username: str = "",
                 parent: QWidget | None = None) -> None:
        """`accounts`: the service, or a function that waits for it (the database may
        still be opening in the background while the person types)."""
        super().__init__(parent)
        self._accounts_source = accounts
        self.actor: Actor | None = None
        # How the follow-up dialog runs; tests fill it in instead of waiting on exec().
        self.run_dialog: Callable[[QDialog], bool] = (
            lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted)
        self.setWindowTitle(self.tr("BVM Desk: inloggen"))

        title = QLabel(self.tr("Inloggen"))
        title.setObjectName("pageTitle")
        where = QLabel(self.tr("{site} · database {database}").format(
            site=site_label, database=database_label))
        where.setObjectName("muted")
        where.setWordWrap(True)

        self.username_edit = QLineEdit(username)
        self.username_edit.setPlaceholderText(self.tr("bijvoorbeeld pbakker"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username_edit, self.password_edit):
            edit.setMinimumWidth(240)
            edit.textEdited.connect(self._on_edit_text_edited)
        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Gebruikersnaam"), self.username_edit)
        form.addRow(self.tr("Wachtwoord"), self.password_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("Inloggen"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("primary")
        self.login_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("Afsluiten"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.clicked.connect(self._on_login_button_clicked)
        quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        # The dialog is never smaller than its content: a long (lockout) message grows it
        # instead of squashing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
        (self.password_edit if username else self.username_edit).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _accounts(self) -> AccountService:
        source = self._accounts_source
        return source() if callable(source) else source

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        grow_to_fit(self)

    def _on_edit_text_edited(self, _text: str) -> None:
        self.error_label.hide()

    def _on_login_button_clicked(self) -> None:
        username = self.username_edit.text().strip()
        if not username or not self.password_edit.text():
            self._show_error(self.tr("Vul uw gebruikersnaam en wachtwoord in."))
            (self.username_edit if not username else self.password_edit).setFocus()
            return
        self.login_button.setEnabled(False)  # no second click while the database opens
        try:
            accounts = self._accounts()
            actor = accounts.authenticate(username, self.password_edit.text())
            must_change = accounts.must_change_password(actor.name)
        except ServiceError as exc:  # LoginFailed: the message says what to do
            self._show_error(str(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        finally:
            self.login_button.setEnabled(True)
        if must_change and not self.run_dialog(self.new_password_dialog(actor)):
            self._show_error(self.tr("U bent niet ingelogd: kies eerst een eigen wachtwoord. "
                                     "Log opnieuw in met het tijdelijke wachtwoord."))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.actor = actor
        self.accept()

    def new_password_dialog(self, actor: Actor) -> NewPasswordDialog:
        """"Kies een nieuw wachtwoord": the person replaces the temporary password."""
        return NewPasswordDialog(
            self.tr("BVM Desk: nieuw wachtwoord"),
            self.tr("Kies een nieuw wachtwoord"),
            self.tr("Een beheerder heeft uw wachtwoord hersteld. Kies nu een eigen wachtwoord "
                    "van minstens {n} tekens, anders dan het tijdelijke; daarna opent BVM "
                    "Desk.").format(n=MIN_PASSWORD_LENGTH),
            self.tr("Opslaan en inloggen"),
            lambda password: self._accounts().set_password(actor, actor.name, password),
            self)
