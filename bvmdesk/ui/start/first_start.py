"""The first start: set this database up for a site, or open the demo database instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import FieldError
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.ui.common.widgets import FieldBox, grow_to_fit

if TYPE_CHECKING:
    from bvmdesk.services.accounts import AccountService, SiteInfo

CHOICE_SETUP = "setup"
CHOICE_DEMO = "demo"
SETUP_ACTOR = Actor(name="setup", role=Role.ADMIN, display_name="eerste start")


class FirstStartDialog(QDialog):
    """Two ways in: "Deze locatie inrichten" or "Demodatabase openen"."""

    def __init__(self, accounts: AccountService | Callable[[], AccountService],
                 database_label: str, parent: QWidget | None = None) -> None:
        """`accounts`: the service, or a function that waits for it (the database may
        still be opening in the background)."""
        super().__init__(parent)
        self._accounts_source = accounts
        self.choice: str | None = None
        self.site: SiteInfo | None = None
        self.admin_username = ""
        self.setWindowTitle(self.tr("BVM Desk: eerste start"))

        title = QLabel(self.tr("Welkom bij BVM Desk"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "De database {database} is nog niet ingericht. Richt hem in voor uw locatie, "
            "of bekijk eerst de demodatabase met verzonnen gegevens.").format(
                database=database_label))
        intro.setWordWrap(True)

        self.site_code_edit = QLineEdit()
        self.site_code_edit.setPlaceholderText(self.tr("bijvoorbeeld ZWL"))
        self.site_code_edit.setMaxLength(6)
        self.site_name_edit = QLineEdit()
        self.site_name_edit.setPlaceholderText(self.tr("bijvoorbeeld Zwolle"))
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("bijvoorbeeld pbakker"))
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setPlaceholderText(self.tr("bijvoorbeeld Petra Bakker"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("minstens 10 tekens"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields: dict[str, FieldBox] = {
            "site_code": FieldBox(self.site_code_edit),
            "site_name": FieldBox(self.site_name_edit),
            "username": FieldBox(self.username_edit),
            "display_name": FieldBox(self.display_name_edit),
            "password": FieldBox(self.password_edit),
            "password_repeat": FieldBox(self.repeat_edit),
        }
        form = QFormLayout()
        form.setSpacing(8)
        labels = {
            "site_code": self.tr("Locatiecode"),
            "site_name": self.tr("Naam van de locatie"),
            "username": self.tr("Gebruikersnaam beheerder"),
            "display_name": self.tr("Volledige naam"),
            "password": self.tr("Wachtwoord"),
            "password_repeat": self.tr("Wachtwoord herhalen"),
        }
        for key, box in self.fields.items():
            form.addRow(labels[key], box)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.setup_button = QPushButton(self.tr("Locatie inrichten"))
        self.setup_button.setObjectName("primary")
        self.setup_button.setDefault(True)
        self.setup_button.clicked.connect(self._on_setup_button_clicked)

        setup_box = QGroupBox(self.tr("Deze locatie inrichten"))
        setup_layout = QVBoxLayout(setup_box)
        setup_layout.setContentsMargins(16, 16, 16, 16)
        setup_layout.setSpacing(8)
        setup_text = QLabel(self.tr(
            "Voor het echte werk: de code en naam van deze locatie en de eerste beheerder."))
        setup_text.setWordWrap(True)
        setup_layout.addWidget(setup_text)
        setup_layout.addLayout(form)
        setup_layout.addWidget(self.error_label)
        setup_layout.addWidget(self.setup_button)

        demo_box = QGroupBox(self.tr("Demodatabase openen"))
        demo_layout = QVBoxLayout(demo_box)
        demo_layout.setContentsMargins(16, 16, 16, 16)
        demo_layout.setSpacing(8)
        demo_text = QLabel(self.tr(
            "Om BVM Desk te leren kennen: een aparte database met 120 verzonnen deelnemers, "
            "groepen en lessen. Uw eigen database blijft leeg. U krijgt de demo-accounts "
            "te zien om mee in te loggen."))
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Demodatabase openen"))
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        demo_layout.addWidget(demo_text)
        demo_layout.addStretch(1)
        demo_layout.addWidget(self.demo_button)

        cancel = QPushButton(self.tr("Afsluiten"))
        cancel.clicked.connect(self.reject)
        boxes = QHBoxLayout()
        boxes.setSpacing(16)
        boxes.addWidget(setup_box, 3)  # room for its error lines on one line each
        boxes.addWidget(demo_box, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never squashed
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(boxes, 1)
        layout.addLayout(bottom)
        self.resize(980, 600)
        self.site_code_edit.setFocus()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # Error lines that wrap (in any round of the layout) grow the dialog.
            grow_to_fit(self)
        return handled

    def _show_errors(self, errors: list[FieldError]) -> None:
        """Every error at once: under its field, or (no field) above the button."""
        self._widen_for(errors)
        first: FieldBox | None = None
        for error in errors:
            box = self.fields.get(error.field)
            if box is None:
                self.error_label.setText(error.message)
                self.error_label.show()
                continue
            box.set_error(error.message)
            first = first or box
        if first is not None:
            first.editor.setFocus()
        grow_to_fit(self)

    def _widen_for(self, errors: list[FieldError]) -> None:
        """Wider (within the screen) when an error would wrap: at a large font the form's
        error lines would otherwise make the dialog taller than the screen."""
        short = max((box.error_label.fontMetrics().horizontalAdvance(error.message)
                     - box.width() for error in errors
                     if (box := self.fields.get(error.field)) is not None), default=0)
        if short <= 0:
            return
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        # The setup box gets three quarters of any extra width (stretch 3 against 1).
        wanted = min(self.width() + short * 4 // 3 + 8, screen - 48)
        if wanted > self.width():
            self.resize(wanted, self.height())

    def _accounts(self) -> AccountService:
        source = self._accounts_source
        return source() if callable(source) else source

    def _clear_errors(self) -> None:
        for box in self.fields.values():
            box.set_error(None)
        self.error_label.hide()

    def _on_setup_button_clicked(self) -> None:
        self._clear_errors()
        username = self.username_edit.text().strip()
        errors = self._accounts().check_site_setup(
            self.site_code_edit.text(), self.site_name_edit.text(), username,
            self.password_edit.text())
        if self.password_edit.text() != self.repeat_edit.text():
            errors.append(FieldError("password_repeat",
                                     self.tr("De twee wachtwoorden zijn niet gelijk.")))
        if errors:
            self._show_errors(errors)
            return
        try:
            self.site = self._accounts().setup_site(
                SETUP_ACTOR, self.site_code_edit.text(), self.site_name_edit.text(),
                username, self.password_edit.text(),
                admin_display_name=self.display_name_edit.text().strip() or None)
        except ValidationFailed as exc:
            self._show_errors(list(exc.errors))
            return
        except ServiceError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            grow_to_fit(self)
            return
        self.admin_username = username
        self.choice = CHOICE_SETUP
        self.accept()

    def _on_demo_button_clicked(self) -> None:
        self.choice = CHOICE_DEMO
        self.accept()
