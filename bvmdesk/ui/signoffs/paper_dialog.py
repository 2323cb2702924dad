"""Kaart vastleggen: an aftekenkaart came back signed. Scan or type its code, tick what the
praktijkopleider signed (date per task), choose the trainer, add a photo or scan of the
card and record it: "op papier, vastgelegd door <you>"."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.text import os_error_text
from bvmdesk.services.base import Actor, ServiceError, refuse_own_database
from bvmdesk.services.signoff_types import CardLookup, EnrolmentSignOffs, SignOffInfo, TrainerInfo
from bvmdesk.ui.assessments.photos import IMAGE_SUFFIXES
from bvmdesk.ui.common.file_dialogs import open_file_name
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.icons import icon, set_clear_button
from bvmdesk.ui.signoffs.sign_dialog import open_tasks
from bvmdesk.ui.signoffs.task_ticks import TaskTicks

if TYPE_CHECKING:
    from bvmdesk.services.signoff_cards import CardService
    from bvmdesk.services.signoffs import SignOffService

MAX_PHOTO_BYTES = 10 * 1024 * 1024


class PaperDialog(QDialog):
    """Record a returned card for `data` (or for the enrolment of the card scanned here).
    `recorded` holds the rows written."""

    def __init__(self, signoffs: SignOffService, cards: CardService, actor: Actor, *,
                 today: Callable[[], date], data: EnrolmentSignOffs | None = None,
                 code: str | None = None, database: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = signoffs
        self._cards = cards
        self._actor = actor
        self._database = database
        self.data: EnrolmentSignOffs | None = None
        self.lookup_result: CardLookup | None = None
        self.photo: tuple[bytes, str] | None = None
        self.recorded: list[SignOffInfo] = []
        self.setWindowTitle(self.tr("Aftekenkaart vastleggen"))
        self.setMinimumSize(820, 600)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("cardCode")
        self.code_edit.setPlaceholderText(self.tr("Scan de QR-code van de kaart of typ de "
                                                  "code (ZWL-AK-2026-00012)"))
        set_clear_button(self.code_edit)
        self.find_button = QPushButton(icon("fa6s.magnifying-glass"), self.tr("Zoeken"))
        self.find_button.setAutoDefault(False)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.find_button)
        self.card_label = QLabel()
        self.card_label.setObjectName("cardInfo")
        self.card_label.setWordWrap(True)
        self.stale_label = QLabel()
        self.stale_label.setObjectName("formError")
        self.stale_label.setWordWrap(True)
        font = QFont(self.stale_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.stale_label.setFont(font)
        self.stale_label.hide()
        self.ticks = TaskTicks(today)
        self.trainer_combo = QComboBox()
        self.trainer_combo.setObjectName("paperTrainer")
        self.trainer_combo.setMinimumWidth(320)
        self.photo_button = QPushButton(icon("fa6s.camera"),
                                        self.tr("Foto of scan van de kaart…"))
        self.photo_button.setAutoDefault(False)
        self.photo_label = QLabel(self.tr("Nog geen foto gekozen."))
        self.photo_label.setObjectName("muted")
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Praktijkopleider"), self.trainer_combo)
        form.addRow(self.tr("Foto of scan"), photo_row)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.cancel_button = QPushButton(icon("fa6s.xmark"), self.tr("Annuleren"))
        self.cancel_button.setAutoDefault(False)
        self.record_button = QPushButton(icon("fa6s.check", "#FFFFFF"), self.tr("Vastleggen"))
        self.record_button.setObjectName("primary")
        self.record_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(QLabel(self.tr("Code van de aftekenkaart")))
        layout.addLayout(code_row)
        layout.addWidget(self.card_label)
        layout.addWidget(self.stale_label)
        title = QLabel(self.tr("Afgetekende taken (vink aan wat op de kaart is afgetekend)"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.ticks, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.code_edit.returnPressed.connect(self._on_code_edit_return_pressed)
        self.find_button.clicked.connect(self._on_code_edit_return_pressed)
        self.photo_button.clicked.connect(self._on_photo_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.record_button.clicked.connect(self.record)
        if data is not None:
            self.show_enrolment(data)
        else:
            self.card_label.setText(self.tr("Scan eerst de kaart."))
            self._update_buttons()
        if code:
            self.code_edit.setText(code)
            self.lookup(code)
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the card and its enrolment ------------------------------------------------------
    def lookup(self, text: str) -> bool:
        """Find the card `text` names and show its enrolment's open tasks that it holds."""
        text = text.strip()
        if not text:
            return False
        try:
            found = self._cards.find_card(self._actor, text)
        except ServiceError as exc:
            self.show_message(str(exc))
            return False
        card = found.card
        try:
            data = (self.data if self.data is not None
                    and self.data.enrolment.id == card.enrolment.id
                    else self._service.enrolment(self._actor, card.enrolment.id))
        except ServiceError as exc:
            self.show_message(str(exc))
            return False
        self.lookup_result = found
        self.code_edit.setText(card.code)
        self.show_message("")
        self.show_enrolment(data)
        return True

    def show_enrolment(self, data: EnrolmentSignOffs) -> None:
        changed = self.data is None or self.data.enrolment.id != data.enrolment.id
        self.data = data
        ref = data.enrolment
        found = self.lookup_result
        if found is not None and found.card.enrolment.id != ref.id:
            found = self.lookup_result = None
        tasks = open_tasks(data)
        head = self.tr("{name} ({number}), groep {group}, {module}; leerbedrijf {company}.").format(
            name=ref.participant_name, number=ref.participant_number, group=ref.group_code,
            module=ref.module_name, company=ref.company or "-")
        if found is not None:
            card = found.card
            on_card = {t.id for t in card.tasks}
            signed = [t.task.code for t in data.tasks if t.task.id in on_card and t.current]
            tasks = [t for t in tasks if t.task.id in on_card]
            head = self.tr("Kaart {code}, versie {version}, gedrukt {date}. ").format(
                code=card.code, version=card.version,
                date=f"{card.printed_at:%d-%m-%Y}") + head
            if signed:
                head += " " + self.tr("Al afgetekend: {codes}.").format(codes=", ".join(signed))
        stale = found.stale_message() if found is not None else None
        self.stale_label.setText(stale or "")
        self.stale_label.setVisible(bool(stale))
        self.card_label.setText(head)
        self.ticks.set_tasks(tasks, empty_text=self.tr(
            "Geen open taken op deze kaart: alles is al afgetekend."))
        if changed:
            self._load_trainers(ref.id)
        self._update_buttons()

    def _load_trainers(self, enrolment_id: uuid.UUID) -> None:
        self.trainer_combo.clear()
        try:
            trainers = self._service.trainers_for(self._actor, enrolment_id)
        except ServiceError as exc:
            self.show_message(str(exc))
            trainers = []
        for trainer in trainers:
            text = trainer.name + (self.tr(" (eigen praktijkopleider)")
                                   if trainer.is_enrolment_trainer else "")
            self.trainer_combo.addItem(text, trainer)

    @property
    def trainer(self) -> TrainerInfo | None:
        data = self.trainer_combo.currentData()
        return data if isinstance(data, TrainerInfo) else None

    def choose_trainer(self, name: str) -> bool:
        index = next((i for i in range(self.trainer_combo.count())
                      if self.trainer_combo.itemData(i).name == name), -1)
        if index >= 0:
            self.trainer_combo.setCurrentIndex(index)
        return index >= 0

    # --- photo ---------------------------------------------------------------------------
    def add_photo(self, path: Path) -> bool:
        """Read the photo or scan at `path` (it is checked and cleaned when recorded)."""
        from bvmdesk.services.exchange.textfiles import read_bytes

        try:
            refuse_own_database(self._database, path)
            data = read_bytes(path, MAX_PHOTO_BYTES)
        except ServiceError as exc:
            self.show_message(str(exc))
            return False
        except OSError as exc:
            self.show_message(self.tr("{name} kon niet worden gelezen: {reason}.").format(
                name=path.name, reason=os_error_text(exc)))
            return False
        self.photo = (data, path.name)
        self.photo_label.setText(path.name)
        self.show_message("")
        return True

    # --- recording -----------------------------------------------------------------------
    def record(self) -> bool:
        data = self.data
        if data is None:
            self.show_message(self.tr("Scan eerst de kaart of kies een deelnemer."))
            return False
        items = self.ticks.items()
        if items is None:
            self.show_message(self.tr("Een datum klopt niet; er is niets vastgelegd."))
            return False
        if not items:
            self.show_message(self.tr("Vink eerst de taken aan die op de kaart zijn "
                                      "afgetekend."))
            return False
        trainer = self.trainer
        if trainer is None:
            self.show_message(self.tr("Kies de praktijkopleider die de kaart tekende."))
            return False
        photo, name = self.photo if self.photo is not None else (None, None)
        card = self.lookup_result.card.code if self.lookup_result is not None else None
        try:
            self.recorded = list(self._service.record_paper(
                self._actor, data.enrolment.id, trainer.id, items, card_code=card,
                photo=photo, photo_name=name))
        except ServiceError as exc:
            self.show_message(str(exc))
            return False
        self.accept()
        return True

    def show_message(self, text: str) -> None:
        set_form_message(self.message_label, text, "formError" if text else None)

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.data is not None and bool(self.ticks.rows))

    # --- slots ---------------------------------------------------------------------------
    def _on_code_edit_return_pressed(self) -> None:
        self.lookup(self.code_edit.text())

    def _on_photo_button_clicked(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        path, _ = open_file_name(self, self.tr("Foto of scan van de kaart"), "",
                                 self.tr("Foto's ({patterns})").format(patterns=patterns))
        if path:
            self.add_photo(Path(path))
