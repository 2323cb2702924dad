"""Beheer > Praktijkopleiders: code, name, leerbedrijf, e-mail and phone in the one
master-data pattern; beside the form the trainer's PIN state and "Pincode herstellen…"
(administrators only, MANAGE_USERS): the trainer chooses a new PIN at the next sign-off."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.trainers import TrainerData
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.trainer_records import TrainerRow
from bvmdesk.ui.admin.records import (
    RecordForm,
    RecordPanel,
    RecordSection,
    archived_colour,
    with_archived,
)
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.row_table import Column
from bvmdesk.ui.common.section_card import confirm
from bvmdesk.ui.icons import icon

if TYPE_CHECKING:
    from bvmdesk.services.signoffs import SignOffService
    from bvmdesk.services.trainer_records import TrainerService

MUTED = "#5F6B7A"
LOCKED = "#B42318"


def pin_state(row: TrainerRow) -> str:
    """The PIN state in words: "pincode ingesteld", "geen pincode", "geblokkeerd tot 14:05"."""
    translate = QCoreApplication.translate
    if row.locked_until is not None:
        return translate("TrainersPanel", "geblokkeerd tot {time}").format(
            time=f"{to_local(row.locked_until):%H:%M}")
    if row.has_pin:
        return translate("TrainersPanel", "pincode ingesteld")
    return translate("TrainersPanel", "geen pincode")


def pin_column(row: TrainerRow) -> str:
    """The PIN state in the list's narrow column (its header says "Pincode")."""
    translate = QCoreApplication.translate
    if row.locked_until is not None:
        return translate("TrainersPanel", "geblokkeerd tot {time}").format(
            time=f"{to_local(row.locked_until):%H:%M}")
    if row.has_pin:
        return translate("TrainersPanel", "ingesteld")
    return translate("TrainersPanel", "geen")


def _pin_colour(row: TrainerRow) -> str | None:
    if row.locked_until is not None:
        return LOCKED
    return None if row.has_pin else MUTED


class TrainerForm(RecordForm[TrainerData]):
    pin_reset = Signal(object)  # uuid.UUID of the trainer whose PIN was reset

    def __init__(self, service: TrainerService, signoffs: SignOffService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._signoffs = signoffs
        self._actor = actor
        self.may_reset = actor.may(Permission.MANAGE_USERS)
        self.record_id: uuid.UUID | None = None
        self.row: TrainerRow | None = None
        # Replaced in tests: the question before a reset.
        self.confirm: Callable[[str, str], bool] = lambda text, action: confirm(
            self, text, action)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.company_combo = QComboBox()
        self.company_combo.setMinimumWidth(240)
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(200)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(30)
        self.add_field("code", self.tr("Code"), self.code_edit,
                       self.tr("Een korte code, zoals PO-PIET; zo heet de praktijkopleider in "
                               "de Excel-werkmap."))
        self.add_field("name", self.tr("Naam"), self.name_edit)
        self.add_field("company_id", self.tr("Leerbedrijf"), self.company_combo,
                       self.tr("Het leerbedrijf waar de praktijkopleider werkt. Nieuwe "
                               "leerbedrijven maakt u onder Leerbedrijven."))
        self.add_field("email", self.tr("E-mail"), self.email_edit)
        self.add_field("phone", self.tr("Telefoon"), self.phone_edit)
        self.pin_title = QLabel(self.tr("Pincode"))
        self.pin_title.setObjectName("sectionTitle")
        self.pin_label = QLabel()
        self.pin_label.setWordWrap(True)
        self.reset_button = QPushButton(icon("fa6s.key"), self.tr("Pincode herstellen…"))
        self.reset_button.clicked.connect(self.reset_pin)
        if not self.may_reset:
            self.reset_button.setToolTip(self.tr("Alleen een beheerder herstelt een pincode."))
        self.pin_note = QLabel(self.tr(
            "Een praktijkopleider kiest de pincode zelf bij de eerste aftekening; na vijf "
            "verkeerde pincodes is hij of zij 15 minuten geblokkeerd."))
        self.pin_note.setObjectName("muted")
        self.pin_note.setWordWrap(True)
        self.pin_message = QLabel()
        self.pin_message.setWordWrap(True)
        self.pin_message.setMinimumHeight(self.pin_message.fontMetrics().height() * 3)
        pin_row = QHBoxLayout()
        pin_row.setSpacing(8)
        pin_row.addWidget(self.pin_label, 1)
        pin_row.addWidget(self.reset_button)
        self.extras.addWidget(self.pin_title)
        self.extras.addLayout(pin_row)
        self.extras.addWidget(self.pin_note)
        self.extras.addWidget(self.pin_message)
        self._fill_companies(None)

    def _fill_companies(self, keep: uuid.UUID | None) -> None:
        blocked = self.company_combo.blockSignals(True)
        self.company_combo.clear()
        self.company_combo.addItem(self.tr("(kies een leerbedrijf)"), None)
        try:
            choices = self._service.companies(self._actor, keep)
        except ServiceError:
            choices = []
        for choice in choices:
            text = f"{choice.name} ({choice.code})"
            if choice.archived:
                text += self.tr(" (gearchiveerd)")
            self.company_combo.addItem(text, choice.id)
        self.company_combo.blockSignals(blocked)

    def data(self) -> TrainerData:
        company = self.company_combo.currentData()
        return TrainerData(self.code_edit.text(), self.name_edit.text(),
                           company if isinstance(company, uuid.UUID) else None,
                           self.email_edit.text() or None, self.phone_edit.text() or None)

    def set_data(self, data: TrainerData | None) -> None:
        data = data or TrainerData("", "", None)
        self._fill_companies(data.company_id)
        self.code_edit.setText(data.code)
        self.name_edit.setText(data.name)
        blocked = self.company_combo.blockSignals(True)
        # findData does not match a uuid.UUID: compare the items' data here.
        index = next((i for i in range(self.company_combo.count())
                      if data.company_id is not None
                      and self.company_combo.itemData(i) == data.company_id), 0)
        self.company_combo.setCurrentIndex(index)
        self.company_combo.blockSignals(blocked)
        self.email_edit.setText(data.email or "")
        self.phone_edit.setText(data.phone or "")

    def set_record(self, record_id: uuid.UUID | None) -> None:
        self.record_id = record_id
        self.row = None
        if record_id is not None:
            try:
                self.row = self._service.row(self._actor, record_id)
            except ServiceError:
                self.row = None
        set_form_message(self.pin_message, "", None)
        self._show_pin()

    def _show_pin(self) -> None:
        row = self.row
        for widget in (self.pin_title, self.pin_label, self.reset_button, self.pin_note,
                       self.pin_message):
            widget.setVisible(row is not None)
        if row is None:
            return
        self.pin_label.setText(pin_state(row))
        self.reset_button.setEnabled(self.may_reset and not row.archived and (
            row.has_pin or row.locked_until is not None))

    def reset_pin(self) -> bool:
        """Reset the trainer's PIN (asked first); administrators only."""
        row = self.row
        if row is None or not self.may_reset:
            return False
        if not self.confirm(self.tr(
                "De pincode van {name} ({company}) herstellen? De huidige pincode vervalt en "
                "een blokkade wordt opgeheven. Bij de volgende aftekening kiest {name} zelf een "
                "nieuwe pincode (5 tot 8 cijfers).").format(name=row.name, company=row.company),
                self.tr("Pincode herstellen")):
            return False
        try:
            self._signoffs.reset_pin(self._actor, row.id)
        except ServiceError as exc:
            set_form_message(self.pin_message, str(exc), "formError")
            return False
        self.pin_reset.emit(row.id)  # the panel reads its list again
        self.set_record(row.id)
        set_form_message(self.pin_message, self.tr(
            "De pincode van {name} is hersteld; bij de volgende aftekening kiest {name} een "
            "nieuwe pincode.").format(name=row.name), "formSuccess")
        return True


def trainers_panel(service: TrainerService, signoffs: SignOffService, actor: Actor,
                   parent: QWidget | None = None) -> RecordPanel[TrainerRow, TrainerData]:
    translate = QCoreApplication.translate
    section: RecordSection[TrainerRow, TrainerData] = RecordSection(
        key="trainers",
        title=translate("TrainersPanel", "Praktijkopleiders"),
        explanation=translate(
            "TrainersPanel", "De praktijkopleiders van de leerbedrijven: zij tekenen af en "
            "beoordelen in de praktijk. Een praktijkopleider hoort bij één leerbedrijf."),
        noun=translate("TrainersPanel", "praktijkopleider"),
        plural=translate("TrainersPanel", "praktijkopleiders"),
        new_title=translate("TrainersPanel", "Nieuwe praktijkopleider"),
        service=service,
        columns=[
            Column(translate("TrainersPanel", "Code"), lambda r: r.code, width=80,
                   colour=archived_colour),
            Column(translate("TrainersPanel", "Naam"), with_archived(lambda r: r.name),
                   colour=archived_colour),
            Column(translate("TrainersPanel", "Leerbedrijf"), lambda r: r.company),
            Column(translate("TrainersPanel", "Pincode"), pin_column, width=110,
                   colour=_pin_colour,
                   sort_key=lambda r: (r.locked_until is None, not r.has_pin)),
        ],
        make_form=lambda: TrainerForm(service, signoffs, actor),
        describe=lambda r: translate("TrainersPanel", "Praktijkopleider {code}").format(
            code=r.code),
        search_text=lambda r: f"{r.code} {r.name} {r.company} {r.company_code} "
                              f"{r.email or ''}",
    )
    panel: RecordPanel[TrainerRow, TrainerData] = RecordPanel(section, actor, parent)
    form = panel.form
    if isinstance(form, TrainerForm):
        # The list's PIN column again; unsaved edits in the form are kept.
        form.pin_reset.connect(lambda _id: None if panel.dirty else panel.reload())
    return panel
