"""Beheer > Gebruikers (issue 16): the accounts with their state, and for an administrator
"Nieuwe gebruiker" (Ctrl+N), name and role (Ctrl+S), "Wachtwoord herstellen…",
Uitschakelen / Inschakelen and Ontgrendelen.

It looks like the master-data sections (`records.RecordPanel`): the list with search at the
left, the form at the right. Accounts are never archived, so it is a panel of its own.
Every change first asks `reauth.confirm_identity` (the password again when it was typed
more than five minutes ago); the service checks every rule again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.services.users import UserInfo
from bvmdesk.ui.admin.users_form import UserForm
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.new_password import NewPasswordDialog
from bvmdesk.ui.common.reauth import confirm_identity
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.section_card import CARD_STYLE, confirm
from bvmdesk.ui.formatting import role_label
from bvmdesk.ui.icons import icon, set_clear_button

if TYPE_CHECKING:
    from bvmdesk.services.accounts import AccountService

MUTED = "#5F6B7A"
LOCKED = "#B42318"
WARNING = "#9A6700"


def status_text(user: UserInfo) -> str:
    """"actief", "uitgeschakeld", "geblokkeerd tot 14:32", "moet wachtwoord wijzigen"."""
    translate = QCoreApplication.translate
    if not user.active:
        return translate("UsersPanel", "uitgeschakeld")
    if user.locked and user.locked_until is not None:
        return translate("UsersPanel", "geblokkeerd tot {time}").format(
            time=f"{to_local(user.locked_until):%H:%M}")
    if user.must_change_password:
        return translate("UsersPanel", "moet wachtwoord wijzigen")
    return translate("UsersPanel", "actief")


def _status_colour(user: UserInfo) -> str | None:
    if not user.active:
        return MUTED
    if user.locked:
        return LOCKED
    return WARNING if user.must_change_password else None


class UsersPanel(QWidget):
    """The accounts and what an administrator does with them (see the module docstring)."""

    changed = Signal(str)  # the username that was added or changed

    def __init__(self, accounts: AccountService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._actor = actor
        self.editable = actor.may(Permission.MANAGE_USERS)
        self.users: list[UserInfo] = []
        self.current: UserInfo | None = None
        self.creating = False
        self._loaded = False
        # Replaced in tests: the question before disabling, and how a dialog is run.
        self.confirm: Callable[[str, str], bool] = lambda text, action: confirm(
            self, text, action)
        self.run_dialog: Callable[[QDialog], bool] = (
            lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted)
        self.setStyleSheet(CARD_STYLE)

        title = QLabel(self.tr("Gebruikers"))
        title.setObjectName("sectionTitle")
        self.explanation = QLabel(self.tr(
            "De accounts van beheerders en instructeurs. Vijf verkeerde wachtwoorden "
            "blokkeren een account 15 minuten; een beheerder kan het eerder ontgrendelen."))
        self.explanation.setObjectName("muted")
        self.explanation.setWordWrap(True)
        if not self.editable:
            self.explanation.setText(self.explanation.text() + " " + self.tr(
                "U kunt dit alleen bekijken; een beheerder wijzigt het."))

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoeken"))
        self.search_edit.setToolTip(self.tr("Zoek op gebruikersnaam of naam"))
        set_clear_button(self.search_edit)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.new_button = QPushButton(icon("fa6s.plus"), self.tr("Nieuwe gebruiker"))
        self.new_button.setToolTip(self.tr("Een nieuwe gebruiker (Ctrl+N)"))
        self.new_button.clicked.connect(self.start_new)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.new_button)
        self.table: RowTable[UserInfo] = RowTable([
            # "Gebruiker": the usernames are short, the status needs the room.
            Column(self.tr("Gebruiker"), lambda u: u.username, width=100),
            Column(self.tr("Naam"), lambda u: u.display_name,
                   tooltip=lambda u: u.display_name),
            Column(self.tr("Rol"), lambda u: role_label(u.role), width=90),
            Column(self.tr("Status"), status_text, width=198, colour=_status_colour,
                   tooltip=status_text,
                   sort_key=lambda u: (u.active, not u.locked, not u.must_change_password)),
        ])
        self.table.current_changed.connect(self._on_table_current_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("cardCount")
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(8)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)

        self.form = UserForm()
        self.form.changed.connect(self._on_form_changed)
        self.form.save_button.clicked.connect(self.save)
        self.form.cancel_button.clicked.connect(self.cancel)
        self.form.reset_button.clicked.connect(self.reset_password)
        self.form.active_button.clicked.connect(self.toggle_active)
        self.form.unlock_button.clicked.connect(self.unlock)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(list_side)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # A little more for the list than in the master-data sections: four columns, and
        # the form is short.
        splitter.setSizes([580, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)

        window = Qt.ShortcutContext.WindowShortcut
        inside = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for sequence, slot, context in (
            (QKeySequence(QKeySequence.StandardKey.Save), self.save, window),
            (QKeySequence("Esc"), self.cancel, inside),
            (QKeySequence(QKeySequence.StandardKey.New), self.start_new, window),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.new_button.setVisible(self.editable)
        self._show(None)

    # --- loading -------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            QTimer.singleShot(0, self.reload)

    def reload(self, select: str | None = None) -> None:
        """Read the accounts again; keep (or move to) the account `select`."""
        keep = select or (self.current.username if self.current else None)
        try:
            self.users = self._accounts.list_users(self._actor)
        except ServiceError as exc:
            self.users = []
            set_form_message(self.form.message_label, str(exc), "formError")
        self._loaded = True
        self._apply_filter()
        if keep is not None and not self.creating:
            self.select(keep)

    def _apply_filter(self, *_args: object) -> None:
        needle = self.search_edit.text().strip().casefold()
        visible = [u for u in self.users
                   if not needle or needle in f"{u.username} {u.display_name}".casefold()]
        blocked = self.table.blockSignals(True)
        self.table.set_rows(visible)
        self.table.blockSignals(blocked)
        total = len(self.users)
        what = self.tr("gebruiker") if total == 1 else self.tr("gebruikers")
        if len(visible) == total:
            self.count_label.setText(self.tr("{n} {what}").format(n=total, what=what))
        else:
            self.count_label.setText(self.tr("{shown} van {n} {what}").format(
                shown=len(visible), n=total, what=what))
        if self.current is not None:
            self._select_in_table(self.current.username)

    def select(self, username: str) -> bool:
        """Show account `username`; False when the list does not have it."""
        user = next((u for u in self.users if u.username == username), None)
        if user is None:
            return False
        self._select_in_table(username)
        self._show(user)
        return True

    def _select_in_table(self, username: str) -> None:
        for index, row in enumerate(self.table.table_model.rows()):
            if row.username == username:
                blocked = self.table.blockSignals(True)
                self.table.select_row(index)
                self.table.blockSignals(blocked)
                return

    def _on_table_current_changed(self, user: UserInfo | None) -> None:
        if user is None or (self.current is not None and user.username == self.current.username
                            and not self.creating):
            return
        if self.form.dirty and not self.confirm(
                self.tr("De wijzigingen in het formulier zijn niet opgeslagen. Weggooien?"),
                self.tr("Weggooien")):
            if self.current is not None:
                self._select_in_table(self.current.username)
            return
        set_form_message(self.form.message_label, "", None)
        self._show(user)

    def _show(self, user: UserInfo | None) -> None:
        self.current = user
        self.creating = False
        self.form.show_user(user, editable=self.editable,
                            is_self=user is not None and user.username == self._actor.name)

    # --- adding and changing -------------------------------------------------------------
    def start_new(self) -> None:
        """An empty form for a new account (Ctrl+N)."""
        if not self.editable:
            return
        if self.form.dirty and not self.confirm(
                self.tr("De wijzigingen in het formulier zijn niet opgeslagen. Weggooien?"),
                self.tr("Weggooien")):
            return
        blocked = self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(blocked)
        self.current = None
        self.creating = True
        set_form_message(self.form.message_label, "", None)
        self.form.show_new()

    def _on_form_changed(self) -> None:
        self.form.cancel_button.setEnabled(True)

    def save(self) -> bool:
        """Add the new account, or store name and role (Ctrl+S); True when stored."""
        if not self.editable or not (self.creating or self.current is not None):
            return False
        if not self.creating and not self.form.dirty:
            return False
        if not confirm_identity(self, self.tr("gebruikers beheren")):
            return False
        if self.creating:
            return self._add()
        assert self.current is not None
        try:
            info = self._accounts.update_user(self._actor, self.current.username,
                                              self.form.name_edit.text(), self.form.role())
        except ServiceError as exc:
            self._refuse(exc)
            return False
        self._done(info.username, self.tr("{name} is opgeslagen.").format(
            name=info.display_name))
        return True

    def _add(self) -> bool:
        username = self.form.username_edit.text().strip()
        if not username:
            self.form.show_field_error("username", self.tr("Vul een gebruikersnaam in."))
            return False
        password = self.form.passwords.password()
        if password is None:
            return False
        try:
            info = self._accounts.add_user(self._actor, username, self.form.role(), password,
                                           self.form.name_edit.text().strip() or None,
                                           temporary=True)
        except ServiceError as exc:
            self._refuse(exc)
            return False
        self.creating = False
        self._done(info.username, self.tr(
            "{name} is toegevoegd. Bij de eerste keer inloggen kiest {name} een eigen "
            "wachtwoord.").format(name=info.username))
        return True

    def _refuse(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationFailed):
            for error in exc.errors:
                self.form.show_field_error(error.field, error.message)
            text = self.tr("Verbeter de rode tekst; er is niets opgeslagen.")
        else:
            text = str(exc)
        set_form_message(self.form.message_label, text, "formError")

    def _done(self, username: str, message: str) -> None:
        self.form.dirty = False
        self.current = None
        self.reload(select=username)
        set_form_message(self.form.message_label, message, "formSuccess")
        self.changed.emit(username)

    def cancel(self) -> None:
        """Drop the changes (Esc)."""
        if not self.form.dirty and not self.creating:
            return
        set_form_message(self.form.message_label, "", None)
        self._show(self.current)

    # --- account actions -----------------------------------------------------------------
    def reset_password(self) -> bool:
        """"Wachtwoord herstellen…": a temporary password typed twice; the person chooses
        their own at the next login."""
        user = self.current
        if user is None or not self.editable:
            return False
        if not confirm_identity(self, self.tr("gebruikers beheren")):
            return False
        dialog = NewPasswordDialog(
            self.tr("Wachtwoord herstellen"),
            self.tr("Tijdelijk wachtwoord voor {name}").format(name=user.display_name),
            self.tr("Typ een tijdelijk wachtwoord en geef het {name} persoonlijk. Bij de "
                    "volgende keer inloggen kiest {name} een eigen wachtwoord. Een "
                    "blokkade wordt opgeheven.").format(name=user.display_name),
            self.tr("Wachtwoord herstellen"),
            lambda password: self._accounts.reset_password(self._actor, user.username,
                                                           password),
            self)
        if not self.run_dialog(dialog):
            return False
        self._done(user.username, self.tr(
            "Het wachtwoord van {name} is hersteld; bij de volgende keer inloggen kiest "
            "{name} een eigen wachtwoord.").format(name=user.display_name))
        return True

    def toggle_active(self) -> bool:
        """Uitschakelen (asked first) or Inschakelen."""
        user = self.current
        if user is None or not self.editable:
            return False
        if not confirm_identity(self, self.tr("gebruikers beheren")):
            return False
        if user.active and not self.confirm(self.tr(
                "{name} ({username}) uitschakelen? Het account kan dan niet meer inloggen; "
                "u kunt het later weer inschakelen.").format(
                    name=user.display_name, username=user.username),
                self.tr("Uitschakelen")):
            return False
        try:
            info = self._accounts.set_active(self._actor, user.username, not user.active)
        except ServiceError as exc:
            set_form_message(self.form.message_label, str(exc), "formError")
            return False
        done = self.tr("{name} is ingeschakeld.") if info.active else self.tr(
            "{name} is uitgeschakeld.")
        self._done(info.username, done.format(name=info.display_name))
        return True

    def unlock(self) -> bool:
        """Ontgrendelen: the lock after five wrong passwords ends now."""
        user = self.current
        if user is None or not self.editable:
            return False
        if not confirm_identity(self, self.tr("gebruikers beheren")):
            return False
        try:
            self._accounts.unlock(self._actor, user.username)
        except ServiceError as exc:
            set_form_message(self.form.message_label, str(exc), "formError")
            return False
        self._done(user.username, self.tr("{name} is ontgrendeld en kan weer inloggen.")
                   .format(name=user.display_name))
        return True
