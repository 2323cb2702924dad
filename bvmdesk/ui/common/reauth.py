"""Re-authentication (issue 16): an administrator's action (user management, imports,
revocation, key export, retention purge, restore) asks for the password again when it was
last entered more than five minutes ago.

The main window installs one `PasswordClock` per login (`install`); a page calls
`confirm_identity(parent, action)` before the action and stops when it returns False. The
clock is injectable, so tests move time instead of sleeping. Without an installed clock
(a panel built alone in a test) nothing is asked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

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

from bvmdesk.services.base import Actor, ServiceError

if TYPE_CHECKING:
    from bvmdesk.services.accounts import AccountService

REAUTH_AFTER_SECONDS = 5 * 60

Clock = Callable[[], float]
"""Seconds on a monotonic scale (time.monotonic by default)."""


class PasswordClock:
    """When the logged-in user last typed their password, and a check of a retyped one."""

    def __init__(self, accounts: AccountService, actor: Actor,
                 clock: Clock = time.monotonic) -> None:
        self._accounts = accounts
        self.actor = actor
        self._clock = clock
        self.last_entered = clock()
        # The dialog; tests replace it with a function (parent, action, clock) -> bool.
        self.ask: Callable[[QWidget | None, str, PasswordClock], bool] = _ask

    def entered(self) -> None:
        """The password was just typed and accepted (login, unlock, re-authentication)."""
        self.last_entered = self._clock()

    def fresh(self) -> bool:
        """True while the password was entered at most five minutes ago."""
        return self._clock() - self.last_entered <= REAUTH_AFTER_SECONDS

    def check(self, password: str) -> None:
        """Accepts the logged-in user's password (and restarts the five minutes).

        Raises:
            ServiceError: a wrong password (it counts as a failed login), or the account
                was disabled or locked meanwhile.
        """
        actor = self._accounts.authenticate(self.actor.name, password)
        if actor.name != self.actor.name:  # pragma: no cover - authenticate returns the name
            raise ServiceError(QCoreApplication.translate(
                "Reauth", "Dit is niet het wachtwoord van {name}.").format(name=self.actor.name))
        self.entered()


_installed: list[PasswordClock] = []


def install(clock: PasswordClock | None) -> None:
    """The clock of this login (None after logging out)."""
    _installed.clear()
    if clock is not None:
        _installed.append(clock)


def current() -> PasswordClock | None:
    return _installed[0] if _installed else None


def confirm_identity(parent: QWidget | None, action: str) -> bool:
    """True when the action may go on: the password is fresh, or the user retyped it.

    Args:
        action: what is about to happen, lower case, e.g. "gebruikers beheren".
    """
    clock = current()
    if clock is None or clock.fresh():
        return True
    return clock.ask(parent, action, clock)


def _ask(parent: QWidget | None, action: str, clock: PasswordClock) -> bool:
    dialog = ReauthDialog(action, clock, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class ReauthDialog(QDialog):
    """"Bevestig met uw wachtwoord": one password field; a wrong one keeps it open."""

    def __init__(self, action: str, clock: PasswordClock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setWindowTitle(self.tr("Bevestig met uw wachtwoord"))
        self.setMinimumWidth(480)
        text = QLabel(self.tr(
            "Voor {action} vraagt BVM Desk uw wachtwoord opnieuw: u voerde het langer dan "
            "5 minuten geleden in. Ingelogd als {name}.").format(
                action=action, name=clock.actor.display_name or clock.actor.name))
        text.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("reauthPassword")
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setAutoDefault(False)
        self.ok_button = QPushButton(self.tr("Bevestigen"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(text)
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
            self._clock.check(password)
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
