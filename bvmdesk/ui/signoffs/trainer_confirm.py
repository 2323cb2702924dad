"""The praktijkopleider confirms who they are: choose the trainer, type the PIN (or choose a
first PIN, twice) and sign on the pad. Used by the sign dialog and the hours approval."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.signature import SignatureError
from bvmdesk.domain.signoff import PIN_MAX_DIGITS, pin_problem
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import TrainerInfo
from bvmdesk.services.trainer_pins import PinRefused
from bvmdesk.ui.common.signature_pad import SignaturePad

if TYPE_CHECKING:
    from bvmdesk.services.signoffs import SignOffService



@dataclass(frozen=True)
class Confirmation:
    """What the trainer gave: who, the PIN and the drawn signature (strokes JSON)."""

    trainer_id: uuid.UUID
    pin: str
    strokes: str


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_DIGITS)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                             | Qt.InputMethodHint.ImhSensitiveData)
    edit.setMaximumWidth(200)
    return edit


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setProperty("role", name)
    label.setWordWrap(True)
    label.hide()
    return label


class TrainerConfirm(QWidget):
    """Trainer, PIN and signature. `collect()` gives a `Confirmation` (setting a first PIN
    through the service when the trainer has none) or None with the reason shown here;
    `show_refusal(exc)` shows a refused PIN under the PIN field."""

    trainer_changed = Signal(object)  # TrainerInfo | None

    def __init__(self, signoffs: SignOffService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = signoffs
        self._actor = actor
        self._enrolment_id: uuid.UUID | None = None
        self.trainer_combo = QComboBox()
        self.trainer_combo.setObjectName("trainerChoice")
        self.trainer_combo.setMinimumWidth(320)
        self.trainer_error = _error_label("trainer")
        self.first_pin_label = QLabel(self.tr(
            "Kies een pincode (5-8 cijfers). De praktijkopleider gebruikt die bij elke "
            "volgende aftekening."))
        self.first_pin_label.setObjectName("muted")
        self.first_pin_label.setWordWrap(True)
        self.new_pin_edit = _pin_edit("newPin")
        self.repeat_pin_edit = _pin_edit("repeatPin")
        self.pin_edit = _pin_edit("pin")
        self.pin_error = _error_label("pin")
        self.pad = SignaturePad()
        self.signature_error = _error_label("signature")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Praktijkopleider"), self.trainer_combo)
        self.form.addRow("", self.trainer_error)
        self.form.addRow("", self.first_pin_label)
        self.form.addRow(self.tr("Kies een pincode"), self.new_pin_edit)
        self.form.addRow(self.tr("Herhaal de pincode"), self.repeat_pin_edit)
        self.form.addRow(self.tr("Pincode"), self.pin_edit)
        self.form.addRow("", self.pin_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Handtekening van de praktijkopleider")))
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.signature_error)
        self.trainer_combo.currentIndexChanged.connect(self._on_trainer_combo_changed)
        for edit in (self.pin_edit, self.new_pin_edit, self.repeat_pin_edit):
            edit.textEdited.connect(self._on_pin_edited)
        self.pad.changed.connect(self._on_pad_changed)
        self._update_pin_rows()

    # --- trainers ------------------------------------------------------------------------
    def load(self, enrolment_id: uuid.UUID) -> list[TrainerInfo]:
        """Offer the trainers of the enrolment's company (its own trainer first)."""
        self._enrolment_id = enrolment_id
        try:
            trainers = self._service.trainers_for(self._actor, enrolment_id)
        except ServiceError as exc:
            trainers = []
            self._set_error(self.trainer_error, str(exc))
        self.set_trainers(trainers)
        return trainers

    def set_trainers(self, trainers: list[TrainerInfo],
                     keep: uuid.UUID | None = None) -> None:
        self.trainer_combo.blockSignals(True)
        self.trainer_combo.clear()
        for trainer in trainers:
            self.trainer_combo.addItem(self.trainer_text(trainer), trainer)
        index = next((i for i, t in enumerate(trainers) if t.id == keep), 0)
        self.trainer_combo.setCurrentIndex(index if trainers else -1)
        self.trainer_combo.blockSignals(False)
        if not trainers:
            self._set_error(self.trainer_error, self.tr(
                "Het leerbedrijf heeft geen praktijkopleiders; leg die eerst vast onder "
                "Beheer > Praktijkopleiders."))
        self._update_pin_rows()
        self.trainer_changed.emit(self.trainer)

    def reload_trainers(self) -> None:
        """Read the trainers again (a lock or a new PIN), keeping the one chosen."""
        if self._enrolment_id is None:
            return
        chosen = self.trainer
        try:
            trainers = self._service.trainers_for(self._actor, self._enrolment_id)
        except ServiceError:
            return
        self.set_trainers(trainers, chosen.id if chosen is not None else None)

    def trainer_text(self, trainer: TrainerInfo) -> str:
        text = trainer.name
        if trainer.is_enrolment_trainer:
            text += self.tr(" (eigen praktijkopleider)")
        if trainer.locked_until is not None:
            text += self.tr(" · geblokkeerd tot {time}").format(
                time=f"{to_local(trainer.locked_until):%H:%M}")
        elif not trainer.has_pin:
            text += self.tr(" · nog geen pincode")
        return text

    @property
    def trainer(self) -> TrainerInfo | None:
        data = self.trainer_combo.currentData()
        return data if isinstance(data, TrainerInfo) else None

    def choose_trainer(self, trainer_id: uuid.UUID) -> bool:
        for index in range(self.trainer_combo.count()):
            data = self.trainer_combo.itemData(index)
            if isinstance(data, TrainerInfo) and data.id == trainer_id:
                self.trainer_combo.setCurrentIndex(index)
                return True
        return False

    @property
    def first_pin(self) -> bool:
        """The chosen trainer has no PIN yet: one is chosen here first."""
        trainer = self.trainer
        return trainer is not None and not trainer.has_pin

    def _update_pin_rows(self) -> None:
        first = self.first_pin
        for widget in (self.new_pin_edit, self.repeat_pin_edit, self.first_pin_label):
            self.form.setRowVisible(widget, first)
        self.form.setRowVisible(self.pin_edit, not first)
        self.pin_edit.setEnabled(self.trainer is not None)

    # --- collecting ----------------------------------------------------------------------
    def collect(self) -> Confirmation | None:
        """The trainer, PIN and signature; None (reason shown) when something is missing.

        A trainer without a PIN gets the PIN chosen here (set_pin) before anything else."""
        self.clear_errors()
        trainer = self.trainer
        if trainer is None:
            self._set_error(self.trainer_error, self.tr("Kies de praktijkopleider."))
            return None
        strokes = self._strokes()
        if self.first_pin:
            pin = self.new_pin_edit.text()
            problem = pin_problem(pin)
            if problem is None and pin != self.repeat_pin_edit.text():
                problem = self.tr("De twee pincodes zijn niet gelijk; typ dezelfde pincode "
                                  "twee keer.")
            if problem is not None:
                self._set_error(self.pin_error, problem)
                return None
            if strokes is None:
                return None
            try:
                self._service.set_pin(self._actor, trainer.id, pin, self.repeat_pin_edit.text())
            except ServiceError as exc:
                self._set_error(self.pin_error, str(exc))
                self.reload_trainers()
                return None
            self.reload_trainers()
            self.pin_edit.setText(pin)  # the PIN now set confirms this sign-off
            self.new_pin_edit.clear()
            self.repeat_pin_edit.clear()
            return Confirmation(trainer.id, pin, strokes)
        pin = self.pin_edit.text()
        if not pin:
            self._set_error(self.pin_error, self.tr(
                "Laat de praktijkopleider de pincode typen."))
            return None
        if strokes is None:
            return None
        return Confirmation(trainer.id, pin, strokes)

    def _strokes(self) -> str | None:
        try:
            strokes = self.pad.text()
        except SignatureError as exc:
            self._set_error(self.signature_error, str(exc))
            return None
        if strokes is None:
            self._set_error(self.signature_error, self.tr(
                "Zet eerst een handtekening; er is niets afgetekend."))
        return strokes

    def show_refusal(self, exc: ServiceError) -> bool:
        """Show a refusal that is about the trainer (a PIN); False for any other."""
        if isinstance(exc, PinRefused):
            self.pin_edit.clear()
            self._set_error(self.pin_error, str(exc))
            self.reload_trainers()
            self.pin_edit.setFocus()
            return True
        text = str(exc)
        if "handtekening" in text.lower():
            self._set_error(self.signature_error, text)
            return True
        return False

    @property
    def pin_message(self) -> str:
        return self.pin_error.text() if not self.pin_error.isHidden() else ""

    def clear_errors(self) -> None:
        for label in (self.trainer_error, self.pin_error, self.signature_error):
            label.clear()
            label.hide()

    @staticmethod
    def _set_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # --- slots ---------------------------------------------------------------------------
    def _on_trainer_combo_changed(self, _index: int) -> None:
        self.clear_errors()
        self.pin_edit.clear()
        self._update_pin_rows()
        self.trainer_changed.emit(self.trainer)

    def _on_pin_edited(self, _text: str) -> None:
        self.pin_error.hide()

    def _on_pad_changed(self) -> None:
        self.signature_error.hide()
