"""Beheer > Certificaten, the signing key: its id, whether its private half is on this PC (a
copied database can verify, never sign), its passphrase, and moving it to a second PC of the
site (export with a passphrase, import) or giving verifiers the public key (PEM).

Each action is a method without dialogs (`save_public_key`, `export_key`, `import_key`,
`set_passphrase`) that the buttons call after asking for a file and a passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signing_keys import KeyInfo
from bvmdesk.ui.certificates.passphrase import (
    PassphraseDialog,
    ask_new_passphrase,
    passphrase_asker,
)
from bvmdesk.ui.common.file_dialogs import open_file_name, save_file_name
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.reauth import confirm_identity
from bvmdesk.ui.common.section_card import confirm
from bvmdesk.ui.icons import icon
from bvmdesk.ui.theme import ERROR, SUCCESS

if TYPE_CHECKING:
    from bvmdesk.services.signing_keys import SigningKeyService

KEY_FILTER = "(*.pem *.key)"


class SigningKeyBox(QFrame):
    """A card with the site's signing key and what an administrator does with it."""

    def __init__(self, keys: SigningKeyService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._keys = keys
        self._actor = actor
        self.allowed = actor.may(Permission.MANAGE_CERTIFICATES)
        self.info: KeyInfo | None = None
        title = QLabel(self.tr("Sleutel om te ondertekenen"))
        title.setObjectName("sectionTitle")
        explanation = QLabel(self.tr(
            "Elk certificaat is ondertekend met de sleutel van deze locatie. De openbare "
            "sleutel staat in de database; de geheime helft is een bestand op deze pc."))
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        self.key_id_label = QLabel()
        self.key_id_label.setObjectName("keyId")
        self.here_label = QLabel()
        self.here_label.setObjectName("keyHere")
        self.protected_label = QLabel()
        self.protected_label.setObjectName("keyProtected")
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("Sleutel"), self.key_id_label)
        form.addRow(self.tr("Staat op deze pc"), self.here_label)
        form.addRow(self.tr("Wachtwoordzin"), self.protected_label)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("formError")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()

        self.passphrase_button = QPushButton(icon("fa6s.lock"),
                                             self.tr("Wachtwoordzin instellen…"))
        self.remove_passphrase_button = QPushButton(icon("fa6s.lock-open"),
                                                    self.tr("Wachtwoordzin verwijderen"))
        self.public_button = QPushButton(icon("fa6s.file-export"),
                                         self.tr("Openbare sleutel opslaan…"))
        self.export_button = QPushButton(icon("fa6s.key"), self.tr("Sleutel exporteren…"))
        self.import_button = QPushButton(icon("fa6s.file-import"),
                                         self.tr("Sleutel importeren…"))
        self.passphrase_button.clicked.connect(self._on_passphrase_button_clicked)
        self.remove_passphrase_button.clicked.connect(
            self._on_remove_passphrase_button_clicked)
        self.public_button.clicked.connect(self._on_public_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        grid = QGridLayout()
        grid.setSpacing(8)
        # Two a row: three did not fit at 1280x720 with 125 % scaling.
        grid.addWidget(self.export_button, 0, 0)
        grid.addWidget(self.import_button, 0, 1)
        grid.addWidget(self.public_button, 1, 0)
        grid.addWidget(self.passphrase_button, 1, 1)
        grid.addWidget(self.remove_passphrase_button, 2, 1)
        grid.setColumnStretch(2, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addLayout(grid)
        layout.addWidget(self.message_label)
        self._enable()

    # --- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the key (the service makes one for a site without)."""
        try:
            self.info = self._keys.info(self._actor)
        except ServiceError as exc:
            self.info = None
            set_form_message(self.message_label, str(exc), "formError")
        self._show()

    def _show(self) -> None:
        info = self.info
        self.key_id_label.setText(f"{info.key_id} ({info.site_code})" if info else "")
        here = info is not None and info.private_here
        self.here_label.setText(self.tr("ja") if here else self.tr("nee"))
        self.here_label.setStyleSheet(f"color: {SUCCESS if here else ERROR}; "
                                      "font-weight: 600;")
        self.protected_label.setText(
            "—" if not here else self.tr("ingesteld") if info and info.protected
            else self.tr("geen"))
        if info is not None and not here:
            self.warning_label.setText(self.tr(
                "De geheime sleutel {key} staat niet op deze pc, bijvoorbeeld omdat de "
                "database gekopieerd is. Hier kunt u certificaten controleren, niet uitgeven. "
                "Exporteer de sleutel op de pc die hem heeft (Sleutel exporteren…) en "
                "importeer dat bestand hier (Sleutel importeren…).").format(key=info.key_id))
            self.warning_label.show()
        else:
            self.warning_label.hide()
        self._enable()

    def _enable(self) -> None:
        info = self.info
        here = info is not None and info.private_here
        self.passphrase_button.setEnabled(self.allowed and here)
        self.remove_passphrase_button.setEnabled(self.allowed and here and bool(
            info and info.protected))
        self.export_button.setEnabled(self.allowed and here)
        self.import_button.setEnabled(self.allowed and info is not None)
        self.public_button.setEnabled(info is not None)

    def _done(self, text: str) -> None:
        self.refresh()
        set_form_message(self.message_label, text, "formSuccess")

    def _refused(self, exc: ServiceError | OSError) -> bool:
        text = str(exc) if isinstance(exc, ServiceError) else self.tr(
            "Het bestand kon niet worden geschreven: {reason}.").format(
                reason=exc.strerror or exc)
        if "niets" not in text:
            text += self.tr(" Er is niets gewijzigd.")
        set_form_message(self.message_label, text, "formError")
        return False

    # --- the actions, without dialogs ----------------------------------------------------
    def save_public_key(self, target: Path) -> bool:
        """Write the public key as PEM (for `bvmdesk certificates verify --public-key`)."""
        if self.info is None:
            return False
        try:
            target.write_text(self.info.public_pem, encoding="ascii")
        except OSError as exc:
            return self._refused(exc)
        set_form_message(self.message_label, self.tr(
            "De openbare sleutel {key} staat in {file}. Geef dit bestand aan wie "
            "certificaten wil controleren zonder deze database.").format(
                key=self.info.key_id, file=target.name), "formSuccess")
        return True

    def export_key(self, target: Path, passphrase: str) -> bool:
        if not confirm_identity(self, self.tr("de sleutel exporteren")):
            return False
        try:
            key_id = self._keys.export(self._actor, target, passphrase, passphrase_asker(self))
        except ServiceError as exc:
            return self._refused(exc)
        self._done(self.tr(
            "Sleutel {key} staat in {file}, beveiligd met de wachtwoordzin. Bewaar het "
            "bestand en de wachtwoordzin apart; op de andere pc van deze locatie kiest u "
            "Sleutel importeren….").format(key=key_id, file=target.name))
        return True

    def import_key(self, source: Path, passphrase: str) -> bool:
        if not confirm_identity(self, self.tr("een sleutel importeren")):
            return False
        try:
            key_id = self._keys.import_file(self._actor, source, passphrase)
        except ServiceError as exc:
            return self._refused(exc)
        self._done(self.tr("Sleutel {key} staat nu op deze pc: hier kunnen certificaten "
                           "worden uitgegeven.").format(key=key_id))
        return True

    def set_passphrase(self, passphrase: str | None) -> bool:
        """Protect the key file with `passphrase`, or remove the protection (None)."""
        try:
            self._keys.set_passphrase(self._actor, passphrase, passphrase_asker(self))
        except ServiceError as exc:
            return self._refused(exc)
        self._done(self.tr("De sleutel is beveiligd met de nieuwe wachtwoordzin; BVM Desk "
                           "vraagt er eenmaal per sessie om.") if passphrase
                   else self.tr("De wachtwoordzin is van de sleutel gehaald."))
        return True

    # --- the buttons -------------------------------------------------------------------
    def _key_id(self) -> str:
        return self.info.key_id if self.info else ""

    def _on_public_button_clicked(self) -> None:
        site = self.info.site_code if self.info else ""
        path, _ = save_file_name(self, self.tr("Openbare sleutel opslaan"),
                                 f"bvmdesk-{site}-{self._key_id()}.pem",
                                 self.tr("Openbare sleutel (*.pem)"))
        if path:
            self.save_public_key(Path(path))

    def _on_export_button_clicked(self) -> None:
        path, _ = save_file_name(self, self.tr("Sleutel exporteren"),
                                 f"bvmdesk-sleutel-{self._key_id()}.pem",
                                 self.tr("Sleutelbestand") + f" {KEY_FILTER}")
        if not path:
            return
        passphrase = ask_new_passphrase(
            self, self.tr("Sleutel exporteren"),
            self.tr("Kies een wachtwoordzin voor het exportbestand (minstens 8 tekens) en typ "
                    "hem twee keer. U hebt hem nodig om de sleutel op de andere pc te "
                    "importeren."), save_text=self.tr("Exporteren"))
        if passphrase:
            self.export_key(Path(path), passphrase)

    def _on_import_button_clicked(self) -> None:
        path, _ = open_file_name(self, self.tr("Sleutel importeren"), "",
                                 self.tr("Sleutelbestand") + f" {KEY_FILTER}")
        if not path:
            return
        dialog = PassphraseDialog(
            self.tr("Sleutel importeren"),
            self.tr("Typ de wachtwoordzin waarmee {file} is geëxporteerd.").format(
                file=Path(path).name), self, save_text=self.tr("Importeren"))
        try:
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return
            passphrase = dialog.passphrase()
        finally:
            dialog.deleteLater()
        self.import_key(Path(path), passphrase)

    def _on_passphrase_button_clicked(self) -> None:
        passphrase = ask_new_passphrase(
            self, self.tr("Wachtwoordzin instellen"),
            self.tr("Met een wachtwoordzin kan niemand met dit sleutelbestand alleen "
                    "certificaten ondertekenen. BVM Desk vraagt er eenmaal per sessie om, bij "
                    "het eerste certificaat. Minstens 8 tekens, twee keer."),
            save_text=self.tr("Instellen"))
        if passphrase:
            self.set_passphrase(passphrase)

    def _on_remove_passphrase_button_clicked(self) -> None:
        if confirm(self, self.tr("De wachtwoordzin van sleutel {key} verwijderen? Dan kan "
                                 "iedereen met toegang tot deze pc certificaten "
                                 "ondertekenen.").format(key=self._key_id()),
                   self.tr("Verwijderen")):
            self.set_passphrase(None)
