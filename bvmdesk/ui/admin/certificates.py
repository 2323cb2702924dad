"""Beheer > Certificaten: what every certificate of this site states besides the person
(organisation, signatory, contact line for verifiers, logo and signature image), the
verification address and page (certificates_page.py, issue 18) and the site's signing key
(certificates_key.py). Administrators change them; instructors see them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.certificate_types import CertificateSettings
from bvmdesk.ui.admin.certificates_key import SigningKeyBox
from bvmdesk.ui.admin.certificates_page import VerifyPageBox
from bvmdesk.ui.common.file_dialogs import open_file_name
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.section_card import CARD_STYLE
from bvmdesk.ui.icons import icon

if TYPE_CHECKING:
    from bvmdesk.services.certificate_settings import CertificateSettingsService
    from bvmdesk.services.signing_keys import SigningKeyService
    from bvmdesk.services.verify_page import VerifyPageService

THUMBNAIL = QSize(192, 64)
# (field, maximum length) of the texts, as the service allows them.
TEXT_FIELDS = (("organisation", 200), ("signatory_name", 120), ("signatory_function", 120),
               ("contact", 300))


class ImagePicker(QWidget):
    """A thumbnail of an image with Kiezen… and Verwijderen; `data` is what will be saved
    (None: no image). `refused` gets a Dutch sentence when a chosen file is no picture."""

    chosen = Signal()  # a file was chosen (taken, or refused)

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._label = label
        self.data: bytes | None = None
        self.changed = False
        self.refused = ""
        self.preview = QLabel()
        self.preview.setObjectName("imagePreview")
        self.preview.setFixedSize(THUMBNAIL)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel#imagePreview { border: 1px solid #C9D1DB; "
                                   "background: white; color: #5F6B7A; }")
        self.choose_button = QPushButton(icon("fa6s.image"), self.tr("Kiezen…"))
        self.remove_button = QPushButton(icon("fa6s.trash-can"), self.tr("Verwijderen"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)

    def set_data(self, data: bytes | None, *, changed: bool = False) -> None:
        self.data = data
        self.changed = changed
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("geen afbeelding"))
        else:
            self.preview.setText("")
            self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                THUMBNAIL - QSize(4, 4), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(self.isEnabled() and data is not None)

    def choose_file(self, path: Path) -> bool:
        """Take the picture in `path` (shown, saved with Opslaan); False and `refused` set
        when it cannot be read or is no PNG or JPEG picture."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.refused = self.tr("Kan {file} niet lezen: {reason}. Er is niets gewijzigd."
                                   ).format(file=path.name, reason=exc.strerror or exc)
            return False
        if QImage.fromData(data).isNull():
            self.refused = self.tr("Het bestand {file} is geen afbeelding (PNG of JPEG) en is "
                                   "niet gebruikt voor {what}. Kies een ander bestand; er is "
                                   "niets gewijzigd.").format(file=path.name, what=self._label)
            return False
        self.refused = ""
        self.set_data(data, changed=True)
        return True

    def _on_choose_button_clicked(self) -> None:
        path, _ = open_file_name(self, self.tr("Afbeelding kiezen"), "",
                                 self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"))
        if path:
            self.choose_file(Path(path))
            self.chosen.emit()

    def _on_remove_button_clicked(self) -> None:
        self.refused = ""
        self.set_data(None, changed=True)


class CertificatesPanel(QWidget):
    """The settings form, below it the verification address and page, then the signing key."""

    def __init__(self, settings_service: CertificateSettingsService,
                 keys: SigningKeyService, actor: Actor, parent: QWidget | None = None,
                 pages: VerifyPageService | None = None) -> None:
        super().__init__(parent)
        self._service = settings_service
        self._actor = actor
        self._loaded = False
        self.editable = actor.may(Permission.MANAGE_CERTIFICATES)
        title = QLabel(self.tr("Certificaten"))
        title.setObjectName("sectionTitle")
        note = QLabel(self.tr("Wat op elk certificaat van deze locatie staat, naast de "
                              "deelnemer en de module. Alleen een beheerder kan dit wijzigen.")
                      if self.editable else
                      self.tr("Alleen bekijken: een beheerder wijzigt deze instellingen."))
        note.setObjectName("muted")
        note.setWordWrap(True)

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = {"organisation": self.tr("Organisatie"),
                  "signatory_name": self.tr("Naam ondertekenaar"),
                  "signatory_function": self.tr("Functie ondertekenaar"),
                  "contact": self.tr("Contact voor controle")}
        for key, limit in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setMaxLength(limit)
            edit.setReadOnly(not self.editable)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.edits["contact"].setPlaceholderText(
            self.tr("Bedrijfsvakschool …, 038 123 45 67, info@…"))
        self.edits["contact"].setToolTip(self.tr(
            "Staat op het certificaat voor wie het controleert: bij wie men terecht kan."))
        self.logo = ImagePicker(self.tr("het logo"), "logo")
        self.signature = ImagePicker(self.tr("de handtekening"), "signature")
        form.addRow(self.tr("Logo"), self.logo)
        form.addRow(self.tr("Handtekening"), self.signature)
        for picker in (self.logo, self.signature):
            picker.setEnabled(self.editable)
            picker.chosen.connect(lambda p=picker: self.image_chosen(p))
        self.save_button = QPushButton(icon("fa6s.floppy-disk", "#FFFFFF"), self.tr("Opslaan"))
        self.save_button.setObjectName("primary")
        self.save_button.setEnabled(self.editable)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message_label, 1)

        settings_card = QFrame()
        settings_card.setObjectName("card")
        settings_title = QLabel(self.tr("Op het certificaat"))
        settings_title.setObjectName("sectionTitle")
        card_layout = QVBoxLayout(settings_card)
        card_layout.setContentsMargins(16, 16, 16, 16)
        card_layout.setSpacing(16)
        card_layout.addWidget(settings_title)
        card_layout.addLayout(form)
        card_layout.addLayout(buttons)

        self.key_box = SigningKeyBox(keys, actor)
        self.page_box = VerifyPageBox(settings_service, pages, actor)

        content = QWidget()
        content.setStyleSheet(CARD_STYLE)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(16, 0, 8, 8)
        content_layout.setSpacing(8)
        self.scroll_area = QScrollArea()
        content_layout.addWidget(title)
        content_layout.addWidget(note)
        # A key that is not on this PC is said at the top, where it is seen.
        content_layout.addWidget(self.key_box.warning_label)
        content_layout.addWidget(settings_card)
        content_layout.addWidget(self.page_box)
        content_layout.addWidget(self.key_box)
        content_layout.addStretch(1)
        # One column (at 1280 pixels two do not fit beside the Beheer menu), scrolled.
        scroll = self.scroll_area
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- loading -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read the settings and the key when the section is first shown (not when the
        main window is built: the key is made then for a site without one)."""
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        try:
            settings = self._service.get(self._actor)
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
        else:
            self.show_settings(settings)
        self.key_box.refresh()

    def show_settings(self, settings: CertificateSettings) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(getattr(settings, key)))
            edit.setCursorPosition(0)  # the start of a long text shows
        self.logo.set_data(settings.logo)
        self.signature.set_data(settings.signature)
        self.page_box.show_address(settings.verify_address)

    # --- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form through the service; the message line says what happened."""
        changes: dict[str, object] = {key: edit.text() for key, edit in self.edits.items()}
        for key, picker in (("logo", self.logo), ("signature", self.signature)):
            if picker.changed:
                changes[key] = picker.data
        try:
            saved = self._service.update(self._actor, **changes)
        except ServiceError as exc:
            text = str(exc)
            if "niets" not in text:
                text += self.tr(" Er is niets gewijzigd.")
            set_form_message(self.message_label, text, "formError")
            return False
        self.show_settings(saved)
        set_form_message(self.message_label, self.tr(
            "Opgeslagen. Nieuwe certificaten gebruiken deze gegevens; uitgegeven certificaten "
            "blijven zoals ze zijn."), "formSuccess")
        return True

    def image_chosen(self, picker: ImagePicker) -> None:
        if picker.refused:
            set_form_message(self.message_label, picker.refused, "formError")
        else:
            set_form_message(self.message_label, self.tr(
                "Afbeelding gekozen; klik op Opslaan om haar te bewaren."), None)

    def _on_save_button_clicked(self) -> None:
        self.save()
