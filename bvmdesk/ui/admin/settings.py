"""Beheer > Instellingen: language and scanner prefix (voorvoegsel), saved per user, used
after a restart."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.config import Settings
from bvmdesk.ui.i18n import LANGUAGES


class SettingsPanel(QWidget):
    """Choose Nederlands or English and the scanner's prefix; saved, in effect after a restart."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        title = QLabel(self.tr("Instellingen"))
        title.setObjectName("sectionTitle")
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            settings.language)))
        self.language_combo.setMinimumWidth(240)
        explanation = QLabel(self.tr(
            "De taal van de schermen en het voorvoegsel van de badgescanner (meestal leeg). "
            "Een nieuwe keuze gaat in zodra u BVM Desk opnieuw start."))
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Taal"), self.language_combo)
        self.prefix_edit = QLineEdit(settings.scanner_prefix or "")
        self.prefix_edit.setMaxLength(1)
        self.prefix_edit.setMaximumWidth(60)
        self.prefix_edit.setToolTip(self.tr(
            "Laat leeg als de badgescanner geen voorvoegsel stuurt: een scan wordt dan "
            "herkend aan de snelheid waarmee de tekens binnenkomen."))
        form.addRow(self.tr("Voorvoegsel van de badgescanner"), self.prefix_edit)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.message_label = QLabel()
        self.message_label.setObjectName("formSuccess")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _on_save_button_clicked(self) -> None:
        language = str(self.language_combo.currentData())
        self._settings.language = language
        self._settings.scanner_prefix = self.prefix_edit.text() or None
        try:
            self._settings.save()
        except OSError as exc:
            self.message_label.setObjectName("formError")
            self.message_label.setText(self.tr(
                "De instellingen konden niet worden opgeslagen: {reason}").format(reason=exc))
        else:
            self.message_label.setObjectName("formSuccess")
            self.message_label.setText(self.tr(
                "Opgeslagen. De nieuwe instellingen gaan in zodra u BVM Desk opnieuw start."))
        with contextlib.suppress(RuntimeError):
            self.message_label.style().unpolish(self.message_label)
            self.message_label.style().polish(self.message_label)
