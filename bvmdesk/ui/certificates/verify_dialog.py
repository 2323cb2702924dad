"""Verifiëren: a certificate's QR code scanned with a USB scanner (it types the code, or the
address form `https://...#BVM1:...` of issue 18, and Enter), pasted, or read from a PDF;
the verdict in large words with an icon and a colour, and what the code states. The field
is emptied and keeps the focus after every verdict, so the next scan just works
(Ctrl+Shift+V opens this dialog anywhere in the main window)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.certificate_code import NotACodeError, PrintFileError, clean
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.certificate_types import VerifyResult
from bvmdesk.ui.common.file_dialogs import open_file_name
from bvmdesk.ui.formatting import format_date
from bvmdesk.ui.icons import icon
from bvmdesk.ui.theme import ERROR, MUTED, SUCCESS

if TYPE_CHECKING:
    from bvmdesk.services.container import Services

WARNING = "#8A5A00"  # amber dark enough for text on a light background
NOT_A_CODE = "not_a_code"
FAILED = "failed"


@dataclass(frozen=True)
class Look:
    """How a verdict is shown: its word, icon and colour (never the colour alone)."""

    word: str
    icon: str
    colour: str


def verdict_look(status: str) -> Look:
    """The word, icon and colour of a verify status (or NOT_A_CODE, FAILED)."""
    translate = QCoreApplication.translate
    looks = {
        "valid": Look(translate("VerifyDialog", "Geldig"), "fa6s.circle-check", SUCCESS),
        "tampered": Look(translate("VerifyDialog", "Ongeldig (gewijzigd)"),
                         "fa6s.circle-xmark", ERROR),
        "unknown_key": Look(translate("VerifyDialog", "Onbekende sleutel"),
                            "fa6s.circle-question", WARNING),
        "revoked": Look(translate("VerifyDialog", "Ingetrokken"), "fa6s.ban", ERROR),
        "superseded": Look(translate("VerifyDialog", "Vervangen"), "fa6s.right-left",
                           WARNING),
        "expired": Look(translate("VerifyDialog", "Verlopen"), "fa6s.hourglass-end", WARNING),
        NOT_A_CODE: Look(translate("VerifyDialog", "Geen certificaatcode"),
                         "fa6s.circle-exclamation", MUTED),
        FAILED: Look(translate("VerifyDialog", "Niet gecontroleerd"),
                     "fa6s.circle-exclamation", ERROR),
    }
    return looks.get(status, looks[FAILED])


def kind_text(kind: str | None) -> str:
    if kind == "certificaat":
        return QCoreApplication.translate("VerifyDialog", "Certificaat")
    if kind == "deelname":
        return QCoreApplication.translate("VerifyDialog", "Bewijs van deelname")
    return kind or ""


def _big_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(10.5, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


class VerifyDialog(QDialog):
    """Scan, paste or choose a PDF; see the verdict. Not modal, so it can stay open at a
    desk where certificates are checked one after another."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verify = services.certificate_verify
        self._actor = actor
        self.status: str | None = None  # the last verdict's status (for tests and a look)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Certificaat verifiëren"))
        self.setMinimumSize(QSize(720, 560))

        intro = QLabel(self.tr("Scan de QR-code van het certificaat, of plak de code (of het "
                               "webadres uit de QR-code) hieronder en druk op Enter. Een PDF "
                               "van BVM Desk kunt u ook kiezen."))
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("verifyCode")
        self.code_edit.setPlaceholderText(self.tr("BVM1:…"))
        self.code_edit.setMinimumHeight(48)
        self.code_edit.setFont(_big_font(self.code_edit, 1.4, bold=False))
        self.code_edit.setAccessibleName(self.tr("Certificaatcode"))
        self.code_edit.returnPressed.connect(self._on_code_edit_return_pressed)
        self.pdf_button = QPushButton(icon("fa6s.file-pdf"), self.tr("PDF kiezen…"))
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        entry = QHBoxLayout()
        entry.setSpacing(8)
        entry.addWidget(self.code_edit, 1)
        entry.addWidget(self.pdf_button)

        self.panel = QFrame()
        self.panel.setObjectName("verdictPanel")
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(QSize(64, 64))
        self.verdict_label = QLabel(self.tr("Wacht op een code"))
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setFont(_big_font(self.verdict_label, 2.2))
        self.detail_label = QLabel()
        self.detail_label.setObjectName("verdictDetail")
        self.detail_label.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(self.verdict_label)
        heading.addWidget(self.detail_label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        self.name_label = QLabel()
        self.name_label.setObjectName("certificateName")
        self.name_label.setWordWrap(True)
        self.name_label.setFont(_big_font(self.name_label, 1.8))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setSpacing(8)
        for key, label in (("number", self.tr("Nummer")), ("module", self.tr("Module")),
                           ("kind", self.tr("Soort")), ("issued", self.tr("Uitgegeven op")),
                           ("site", self.tr("Locatie")), ("expires", self.tr("Geldig tot"))):
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.record_widget = QWidget()  # what the code states; hidden when there is none
        record_layout = QVBoxLayout(self.record_widget)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.setSpacing(16)
        record_layout.addWidget(self.name_label)
        record_layout.addLayout(form)
        self.record_widget.hide()
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(16, 16, 16, 16)
        panel_layout.setSpacing(16)
        panel_layout.addLayout(top)
        panel_layout.addWidget(self.record_widget)
        panel_layout.addStretch(1)

        self.close_button = QPushButton(icon("fa6s.xmark"), self.tr("Sluiten"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.pdf_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the code field
            button.setDefault(False)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(entry)
        layout.addWidget(self.panel, 1)
        layout.addLayout(foot)
        self._paint_panel(None)
        self.code_edit.setFocus()

    # --- verifying ---------------------------------------------------------------------
    def verify_text(self, text: str) -> None:
        """The verdict on `text` (as scanned: line ends trimmed, spaces kept)."""
        code = clean(text)
        if not code.strip():
            self._ready()
            return
        try:
            result = self._verify.verify(self._actor, code)
        except NotACodeError:
            self.show_not_a_code(self.tr("Dit is geen certificaatcode van BVM Desk."))
        except ServiceError as exc:
            self.show_failure(str(exc))
        else:
            self.show_result(result)
        self._ready()

    def verify_pdf_file(self, path: Path) -> None:
        """The verdict on the code a PDF file carries."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.show_failure(self.tr("Kan {file} niet lezen: {reason}.").format(
                file=path.name, reason=exc.strerror or exc))
            self._ready()
            return
        try:
            result = self._verify.verify_pdf(self._actor, data)
        except PrintFileError:
            self.show_not_a_code(self.tr(
                "{file} is een afdrukbestand met de bladzijden van een reeks certificaten; "
                "zo'n bestand draagt zelf geen certificaatcode. Scan de QR-code op een "
                "bladzijde, of kies de PDF van één certificaat (Opslaan als…).").format(
                    file=path.name))
        except NotACodeError:
            self.show_not_a_code(self.tr(
                "Het bestand {file} bevat geen certificaatcode van BVM Desk.").format(
                    file=path.name))
        except ServiceError as exc:
            self.show_failure(str(exc))
        else:
            self.show_result(result)
        self._ready()

    def _ready(self) -> None:
        """Empty the field and give it the focus: the next scan goes straight in."""
        self.code_edit.clear()
        self.code_edit.setFocus()

    # --- showing -----------------------------------------------------------------------
    def show_result(self, result: VerifyResult) -> None:
        self.status = result.status
        self._paint_panel(result.status)
        self.detail_label.setText(result.detail)
        self.name_label.setText(result.name or "")
        values = {"number": result.number or "", "module": result.module or "",
                  "kind": kind_text(result.kind), "issued": format_date(result.issued),
                  "site": result.site or "",
                  "expires": format_date(result.expires) if result.expires
                  else (self.tr("verloopt niet") if result.number else "")}
        for key, label in self.fields.items():
            label.setText(values[key])
        self.record_widget.setVisible(result.number is not None)

    def show_not_a_code(self, message: str) -> None:
        self._show_message(NOT_A_CODE, message)

    def show_failure(self, message: str) -> None:
        self._show_message(FAILED, message)

    def _show_message(self, status: str, message: str) -> None:
        self.status = status
        self._paint_panel(status)
        self.detail_label.setText(message)
        self.name_label.clear()
        for label in self.fields.values():
            label.clear()
        self.record_widget.hide()

    def _paint_panel(self, status: str | None) -> None:
        if status is None:
            look = Look(self.tr("Wacht op een code"), "fa6s.qrcode", MUTED)
        else:
            look = verdict_look(status)
        self.verdict_label.setText(look.word)
        self.verdict_label.setStyleSheet(f"color: {look.colour};")
        self.icon_label.setPixmap(icon(look.icon, look.colour).pixmap(QSize(64, 64)))
        self.icon_label.setAccessibleName(look.word)
        self.panel.setStyleSheet(
            f"QFrame#verdictPanel {{ border: 3px solid {look.colour}; border-radius: 8px; "
            "background: white; }")

    # --- slots -------------------------------------------------------------------------
    def _on_code_edit_return_pressed(self) -> None:
        self.verify_text(self.code_edit.text())

    def _on_pdf_button_clicked(self) -> None:
        path, _ = open_file_name(self, self.tr("PDF kiezen"), "",
                                 self.tr("PDF-bestanden (*.pdf)"))
        if path:
            self.verify_pdf_file(Path(path))
        else:
            self.code_edit.setFocus()


def open_verify_dialog(parent: QWidget | None, services: Services, actor: Actor
                       ) -> VerifyDialog:
    """Show the Verifiëren dialog (one per parent: a second Ctrl+Shift+V raises it)."""
    existing = parent.findChild(VerifyDialog) if parent is not None else None
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        existing.code_edit.setFocus()
        return existing
    dialog = VerifyDialog(services, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.code_edit.setFocus()
    return dialog
