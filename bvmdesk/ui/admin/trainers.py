"""Beheer > Praktijkopleiders: for now only their PINs. The list shows every trainer with
company and PIN state; an administrator resets a forgotten or blocked PIN, after which the
trainer chooses a new one at the next sign-off. Adding and changing trainers comes later
(issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import TrainerInfo
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.section_card import CARD_STYLE, SectionCard, confirm
from bvmdesk.ui.icons import set_clear_button

if TYPE_CHECKING:
    from bvmdesk.services.signoffs import SignOffService
    from bvmdesk.services.trainers import TrainerDirectory

MUTED = "#5F6B7A"
LOCKED = "#B42318"
SEARCH_DELAY_MS = 150


class TrainersPanel(QWidget):
    """The praktijkopleiders with their PIN state; "Pincode herstellen" for administrators
    (MANAGE_USERS)."""

    def __init__(self, trainers: TrainerDirectory, signoffs: SignOffService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trainers = trainers
        self._signoffs = signoffs
        self._actor = actor
        self._loaded = False
        self.may_reset = actor.may(Permission.MANAGE_USERS)
        self.trainers: list[TrainerInfo] = []
        # Replaced in tests: the question before a reset.
        self.confirm: Callable[[str, str], bool] = lambda text, action: confirm(
            self, text, action)
        self.setStyleSheet(CARD_STYLE)

        title = QLabel(self.tr("Praktijkopleiders"))
        title.setObjectName("sectionTitle")
        explanation = QLabel(self.tr(
            "Hier staan voorlopig alleen de pincodes van de praktijkopleiders. Praktijkopleiders "
            "toevoegen en wijzigen kan hier nog niet (dat komt in een volgende versie); dat "
            "gaat nu met Beheer > Importeren. Een praktijkopleider kiest de pincode zelf bij de "
            "eerste aftekening; na vijf verkeerde pincodes is hij of zij 15 minuten "
            "geblokkeerd."))
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        self.explanation = explanation
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoek op code, naam of leerbedrijf"))
        self.search_edit.setToolTip(self.search_edit.placeholderText())
        set_clear_button(self.search_edit)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 1)

        self.table: RowTable[TrainerInfo] = RowTable([
            Column(self.tr("Code"), lambda t: t.code, width=110),
            Column(self.tr("Naam"), lambda t: t.name, bold=True),
            Column(self.tr("Leerbedrijf"), lambda t: t.company),
            Column(self.tr("Pincode"), self.pin_state, width=200,
                   colour=lambda t: LOCKED if t.locked_until else (
                       None if t.has_pin else MUTED),
                   sort_key=lambda t: (t.locked_until is None, not t.has_pin)),
        ])
        self.card = SectionCard(self.tr("Praktijkopleiders"), self.table)
        self.reset_button = QPushButton(self.tr("Pincode herstellen…"))
        self.card.add_button(self.reset_button)
        if not self.may_reset:
            self.reset_button.setToolTip(self.tr("Alleen een beheerder herstelt een pincode."))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(filters)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.message_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.reset_button.clicked.connect(self.reset_current)
        self.table.current_changed.connect(self._on_table_current_changed)
        self._on_table_current_changed(None)

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self, select_id: object | None = None) -> None:
        """Read the trainers again (keeping the selection, or selecting `select_id`)."""
        self._search_timer.stop()
        current = self.table.current_item()
        select_id = select_id or (current.id if current is not None else None)
        try:
            self.trainers = self._trainers.list_trainers(self._actor,
                                                         self.search_edit.text())
        except ServiceError as exc:
            self.trainers = []
            self.show_message(str(exc), error=True)
        self.table.set_rows(self.trainers)
        if self.trainers:
            self.card.show_table(len(self.trainers))
        elif self.search_edit.text().strip():
            self.card.show_message(self.tr("Geen praktijkopleider past bij de zoektekst."),
                                   count=0)
        else:
            self.card.show_message(self.tr(
                "Nog geen praktijkopleiders. Importeer ze met Beheer > Importeren."), count=0)
        rows = self.table.table_model.rows()
        index = next((i for i, t in enumerate(rows) if t.id == select_id), 0)
        self.table.select_row(index)
        self._on_table_current_changed(self.table.current_item())

    def pin_state(self, trainer: TrainerInfo) -> str:
        if trainer.locked_until is not None:
            return self.tr("geblokkeerd tot {time}").format(
                time=f"{to_local(trainer.locked_until):%H:%M}")
        return self.tr("pincode ingesteld") if trainer.has_pin else self.tr("geen pincode")

    # --- actions ---------------------------------------------------------------------------
    def selected(self) -> TrainerInfo | None:
        return self.table.current_item()

    def reset_current(self) -> bool:
        """Reset the selected trainer's PIN (asked first); administrators only."""
        trainer = self.selected()
        if trainer is None or not self.may_reset:
            return False
        if not self.confirm(self.tr(
                "De pincode van {name} ({company}) herstellen? De huidige pincode vervalt en "
                "een blokkade wordt opgeheven. Bij de volgende aftekening kiest {name} zelf een "
                "nieuwe pincode (5 tot 8 cijfers).").format(
                    name=trainer.name, company=trainer.company),
                self.tr("Pincode herstellen")):
            return False
        try:
            self._signoffs.reset_pin(self._actor, trainer.id)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.refresh(trainer.id)
        self.show_message(self.tr(
            "De pincode van {name} is hersteld; bij de volgende aftekening kiest {name} een "
            "nieuwe pincode.").format(name=trainer.name))
        return True

    def show_message(self, text: str, *, error: bool = False) -> None:
        set_form_message(self.message_label, text,
                         ("formError" if error else "formSuccess") if text else None)

    # --- slots -----------------------------------------------------------------------------
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_table_current_changed(self, item: TrainerInfo | None) -> None:
        self.reset_button.setEnabled(item is not None and self.may_reset and (
            item.has_pin or item.locked_until is not None))
