"""The right side of Beheer > Gebruikers: an account's name and role (and for a new one
its username and first password), its state, and the buttons for what an administrator
does with it. `users.UsersPanel` drives it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.enums import Role
from bvmdesk.services.users import MAX_DISPLAY_NAME, UserInfo
from bvmdesk.ui.common.new_password import NewPasswordFields
from bvmdesk.ui.common.widgets import FieldBox, FormFoot
from bvmdesk.ui.formatting import role_label
from bvmdesk.ui.icons import icon


class UserForm(QWidget):
    """Fields, state and buttons of one account (see the module docstring)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.username_edit.setToolTip(self.tr(
            "De naam om mee in te loggen, bijvoorbeeld pbakker: 2 tot 64 kleine letters, "
            "cijfers, punt, - of _. Hij verandert na het opslaan niet meer."))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_DISPLAY_NAME)
        self.name_edit.setToolTip(self.tr("De naam zoals BVM Desk hem toont, bijvoorbeeld "
                                          "Petra Bakker."))
        self.role_combo = QComboBox()
        for role in (Role.INSTRUCTOR, Role.ADMIN):
            self.role_combo.addItem(role_label(role).capitalize(), role.value)
        self.boxes = {"username": FieldBox(self.username_edit),
                      "display_name": FieldBox(self.name_edit),
                      "role": FieldBox(self.role_combo)}
        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Gebruikersnaam"), self.boxes["username"])
        form.addRow(self.tr("Naam"), self.boxes["display_name"])
        form.addRow(self.tr("Rol"), self.boxes["role"])
        self.passwords = NewPasswordFields(self.tr("Eerste wachtwoord"))
        self.password_note = QLabel(self.tr(
            "Geef dit wachtwoord de nieuwe gebruiker persoonlijk; bij de eerste keer "
            "inloggen kiest hij of zij een eigen wachtwoord."))
        self.password_note.setObjectName("muted")
        self.password_note.setWordWrap(True)
        for edit in (self.username_edit, self.name_edit, self.passwords.first_edit,
                     self.passwords.repeat_edit):
            edit.textEdited.connect(self._on_edited)
        self.role_combo.activated.connect(self._on_edited)

        foot = FormFoot()
        self.message_label = foot.message_label
        self.save_button = foot.save_button
        self.cancel_button = foot.cancel_button

        # The account's state and actions, in a card under the fields.
        self.account_card = QFrame()
        self.account_card.setObjectName("card")
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.reset_button = QPushButton(icon("fa6s.key"), self.tr("Wachtwoord herstellen…"))
        self.reset_button.setToolTip(self.tr(
            "Een tijdelijk wachtwoord; bij de volgende keer inloggen kiest de gebruiker een "
            "eigen wachtwoord"))
        self.active_button = QPushButton()
        self.unlock_button = QPushButton(icon("fa6s.lock-open"), self.tr("Ontgrendelen"))
        self.unlock_button.setToolTip(self.tr("De blokkade na vijf verkeerde wachtwoorden "
                                              "nu opheffen"))
        # Two rows: the card fits the narrow form side at 1280x720 and at 125 %.
        actions = QGridLayout()
        actions.setSpacing(8)
        actions.addWidget(self.reset_button, 0, 0, 1, 2)
        actions.addWidget(self.active_button, 1, 0)
        actions.addWidget(self.unlock_button, 1, 1)
        actions.setColumnStretch(2, 1)
        card_layout = QVBoxLayout(self.account_card)
        card_layout.setContentsMargins(12, 12, 12, 12)
        card_layout.setSpacing(8)
        card_layout.addWidget(self.state_label)
        card_layout.addLayout(actions)

        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.setSpacing(8)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.passwords)
        fields_layout.addWidget(self.password_note)
        fields_layout.addWidget(self.account_card)
        fields_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        # As in the master-data sections: heading, fields, message, buttons at the foot.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(foot)

    def _on_edited(self, *_args: object) -> None:
        self.dirty = True
        self.changed.emit()

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def _set_role(self, role: Role) -> None:
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role.value)))

    def show_field_error(self, field: str, message: str) -> None:
        if field == "password":
            self.passwords.show_error(message)
            return
        box = self.boxes.get(field)
        if box is None:
            return
        box.set_error(message)
        box.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for box in self.boxes.values():
            box.set_error(None)
        self.passwords.clear()

    def show_new(self) -> None:
        """Empty fields for a new account: username and first password too."""
        self._clear_errors()
        self.heading.setText(self.tr("Nieuwe gebruiker"))
        self.username_edit.clear()
        self.name_edit.clear()
        self._set_role(Role.INSTRUCTOR)
        for widget in (self.username_edit, self.name_edit, self.role_combo):
            widget.setEnabled(True)
        self._set_username_read_only(False)
        self.passwords.show()
        self.password_note.show()
        self.account_card.hide()
        self.save_button.show()
        self.cancel_button.show()
        self.save_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.dirty = False
        self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_user(self, user: UserInfo | None, *, editable: bool, is_self: bool) -> None:
        """Show `user` (None: nothing chosen). An instructor sees it read-only."""
        self._clear_errors()
        self.dirty = False
        self.passwords.hide()
        self.password_note.hide()
        self._set_username_read_only(True)  # the name to log in with never changes
        for button in (self.save_button, self.cancel_button):
            button.setVisible(editable)
        for button in (self.reset_button, self.active_button, self.unlock_button):
            button.setVisible(editable)
        if user is None:
            self.heading.setText(self.tr("Kies links een gebruiker, of klik op Nieuwe "
                                         "gebruiker.") if editable else
                                 self.tr("Kies links een gebruiker."))
            self.username_edit.clear()
            self.name_edit.clear()
            for widget in (self.username_edit, self.name_edit, self.role_combo):
                widget.setEnabled(False)
            self.save_button.setEnabled(False)
            self.cancel_button.setEnabled(False)
            self.account_card.hide()
            return
        self.heading.setText(self.tr("{name} ({username})").format(
            name=user.display_name, username=user.username))
        self.username_edit.setText(user.username)
        self.name_edit.setText(user.display_name)
        self.name_edit.setCursorPosition(0)
        self._set_role(user.role)
        self.username_edit.setEnabled(True)
        self.name_edit.setEnabled(editable)
        # One's own role is not changed here (the session keeps the role it started with).
        self.role_combo.setEnabled(editable and not is_self)
        self.role_combo.setToolTip(self.tr("Uw eigen rol wijzigt een andere beheerder.")
                                   if is_self and editable else "")
        self.save_button.setEnabled(editable)
        self.cancel_button.setEnabled(False)
        self.account_card.show()
        self.state_label.setText(self._state(user))
        self.active_button.setText(self.tr("Uitschakelen") if user.active
                                   else self.tr("Inschakelen"))
        self.active_button.setIcon(icon("fa6s.user-slash" if user.active else "fa6s.user-check"))
        self.active_button.setEnabled(editable and not (is_self and user.active))
        self.active_button.setToolTip(self.tr("U kunt uw eigen account niet uitschakelen.")
                                      if is_self and user.active else "")
        self.unlock_button.setEnabled(editable and user.locked)
        self.reset_button.setEnabled(editable)

    def _set_username_read_only(self, read_only: bool) -> None:
        self.username_edit.setReadOnly(read_only)
        style = self.username_edit.style()  # the theme styles [readOnly="true"]: re-polish
        style.unpolish(self.username_edit)
        style.polish(self.username_edit)

    def _state(self, user: UserInfo) -> str:
        """The account's state in a sentence or two."""
        parts = [self.tr("Dit account is actief.") if user.active else
                 self.tr("Dit account is uitgeschakeld: het kan niet inloggen.")]
        if user.locked and user.locked_until is not None:
            parts.append(self.tr("Geblokkeerd tot {time} na vijf verkeerde wachtwoorden.")
                         .format(time=f"{to_local(user.locked_until):%H:%M}"))
        if user.must_change_password:
            parts.append(self.tr("Moet bij de volgende keer inloggen een eigen wachtwoord "
                                 "kiezen."))
        return " ".join(parts)
