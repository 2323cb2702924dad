"""Beheer > Certificaten, checking with a phone (issue 18): the verification address that new
certificates put in their QR code, and "Verificatiepagina maken…", which writes the page
(index.html and README.txt) that the BVM publishes at that address.

Changing the address is an administrator's action: it asks for the password again when it
was typed more than five minutes ago (reauth.py). `save_address` and `make_page` are the
actions without dialogs; the buttons call them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.verify_address import MAX_ADDRESS_LENGTH, is_plain_http
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common.file_dialogs import existing_directory
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.reauth import confirm_identity
from bvmdesk.ui.icons import icon

if TYPE_CHECKING:
    from bvmdesk.services.certificate_settings import CertificateSettingsService
    from bvmdesk.services.verify_page import VerifyPageService


class VerifyPageBox(QFrame):
    """A card: the verification address, Adres opslaan, Verificatiepagina maken…."""

    def __init__(self, settings: CertificateSettingsService,
                 pages: VerifyPageService | None, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._settings = settings
        self._pages = pages
        self._actor = actor
        self.saved_address = ""
        self.allowed = actor.may(Permission.MANAGE_CERTIFICATES)
        title = QLabel(self.tr("Controleren met een telefoon"))
        title.setObjectName("sectionTitle")
        explanation = QLabel(self.tr(
            "Met een verificatieadres opent de QR-code van nieuwe certificaten de "
            "verificatiepagina van de BVM: een telefooncamera is genoeg om een certificaat te "
            "controleren, zonder BVM Desk en zonder server. Zet de pagina op dat adres; maak "
            "en publiceer hem opnieuw als een locatie een nieuwe of vervangen sleutel krijgt. "
            "Uitgegeven certificaten blijven zoals ze zijn."))
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("verifyAddress")
        self.address_edit.setMaxLength(MAX_ADDRESS_LENGTH + 40)  # the service says too long
        self.address_edit.setPlaceholderText("https://www.bvm-voorbeeld.nl/verificatie/")
        self.address_edit.setToolTip(self.tr(
            "Leeg: de QR-code bevat alleen de code, zoals voorheen."))
        self.address_edit.setReadOnly(not self.allowed)
        self.address_edit.returnPressed.connect(self._on_save_button_clicked)
        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Verificatieadres"), self.address_edit)
        self.save_button = QPushButton(icon("fa6s.floppy-disk"), self.tr("Adres opslaan"))
        self.page_button = QPushButton(icon("fa6s.globe"), self.tr("Verificatiepagina maken…"))
        self.save_button.setEnabled(self.allowed)
        self.page_button.setEnabled(self.allowed and pages is not None)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.page_button.clicked.connect(self._on_page_button_clicked)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.page_button)
        buttons.addStretch(1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

    def show_address(self, address: str) -> None:
        self.saved_address = address
        self.address_edit.setText(address)
        self.address_edit.setCursorPosition(0)

    # --- the actions, without dialogs ----------------------------------------------------
    def save_address(self) -> bool:
        """Save the address in the field (empty: none); the message line says what
        happened. Nothing is asked or saved when it did not change."""
        wanted = self.address_edit.text().strip()
        if wanted == self.saved_address:
            set_form_message(self.message_label, self.tr("Het verificatieadres is niet "
                                                         "gewijzigd."), None)
            return True
        if not confirm_identity(self, self.tr("het verificatieadres wijzigen")):
            set_form_message(self.message_label, self.tr(
                "Niet bevestigd; het verificatieadres is niet gewijzigd."), "formError")
            return False
        try:
            saved = self._settings.set_verify_address(self._actor, wanted or None)
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return False
        self.show_address(saved.verify_address)
        if not saved.verify_address:
            text = self.tr("Verificatieadres gewist: nieuwe certificaten krijgen alleen de code "
                           "in hun QR-code.")
        else:
            text = self.tr("Opgeslagen. De QR-code van nieuwe certificaten opent {address}. "
                           "Zet daar de verificatiepagina neer (Verificatiepagina maken…)."
                           ).format(address=saved.verify_address)
            if is_plain_http(saved.verify_address):
                text += " " + self.tr("Let op: browsers controleren de handtekening alleen op "
                                      "een pagina die via https:// komt.")
        set_form_message(self.message_label, text, "formSuccess")
        return True

    def make_page(self, folder: Path) -> bool:
        """Write index.html and README.txt into `folder`."""
        if self._pages is None:
            return False
        try:
            written = self._pages.write(self._actor, folder)
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return False
        where = (self.tr("Zet index.html op {address}.").format(address=written.address)
                 if written.address else
                 self.tr("Stel ook het verificatieadres in: het adres waar u index.html "
                         "neerzet."))
        set_form_message(self.message_label, self.tr(
            "De verificatiepagina staat in {folder}: index.html, met de sleutels {keys}, en "
            "README.txt voor wie hem publiceert. {where} Krijgt een locatie een nieuwe of "
            "vervangen sleutel, maak en publiceer de pagina dan opnieuw.").format(
                folder=folder, keys=", ".join(written.key_ids), where=where), "formSuccess")
        return True

    # --- the buttons -------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        if self.allowed:
            self.save_address()

    def _on_page_button_clicked(self) -> None:
        folder = existing_directory(self, self.tr("Map voor de verificatiepagina"))
        if folder:
            self.make_page(Path(folder))
