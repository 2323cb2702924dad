"""Beheer > Groepen, enrolling participants: several at once (search by name or number, or
scan a badge), with a start and end date, a leerbedrijf and a praktijkopleider of that
leerbedrijf; and changing one enrolment's dates, leerbedrijf and praktijkopleider. One
service call each: all or nothing, a refusal is shown in the dialog."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.admin.move_dialog import _show_refusal
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.common.participant_picker import ParticipantPicker, row_text
from bvmdesk.ui.common.widgets import DialogButtons, grow_to_fit
from bvmdesk.ui.icons import icon

if TYPE_CHECKING:
    from bvmdesk.services.enrolments import EnrolmentRow, EnrolmentService
    from bvmdesk.services.participants import ParticipantRow, ParticipantService

OWN = "__own__"  # the company combo's "the participant's own leerbedrijf"


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(22)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


class CompanyTrainer:
    """The leerbedrijf combo and the praktijkopleider combo limited to its trainers.

    `own`: the company combo starts with "the participant's own leerbedrijf" (None to the
    service); `own_company()` gives that company's code when it is one for all, so that its
    trainers can be chosen."""

    def __init__(self, service: EnrolmentService, actor: Actor, owner: QWidget, *,
                 own: bool) -> None:
        self._service, self._actor = service, actor
        self.own_company: Callable[[], str | None] = lambda: None
        self.company_combo = _combo()
        self.trainer_combo = _combo()
        self.error = ""
        if own:
            self.company_combo.addItem(QCoreApplication.translate(
                "CompanyTrainer", "Eigen leerbedrijf van de deelnemer"), OWN)
        else:
            self.company_combo.addItem(QCoreApplication.translate("CompanyTrainer",
                                                                   "Geen leerbedrijf"), None)
        try:
            for code, name in service.company_choices(actor):
                self.company_combo.addItem(f"{name} ({code})", code)
        except ServiceError as exc:
            self.error = str(exc)
        self.company_combo.currentIndexChanged.connect(lambda _i: self.fill_trainers())
        self.fill_trainers()

    def company_code(self) -> str | None:
        value = self.company_combo.currentData()
        return value if isinstance(value, str) and value != OWN else None

    def trainer_code(self) -> str | None:
        value = self.trainer_combo.currentData()
        return value if isinstance(value, str) else None

    def set_company(self, code: str | None) -> None:
        index = self.company_combo.findData(code) if code else 0
        self.company_combo.setCurrentIndex(max(index, 0))
        self.fill_trainers()

    def set_trainer(self, code: str | None) -> None:
        index = self.trainer_combo.findData(code) if code else 0
        self.trainer_combo.setCurrentIndex(max(index, 0))

    def fill_trainers(self) -> None:
        """The trainers of the chosen company (of the participants' own one, when it is the
        same for all); the choice is kept when that trainer is still in the list."""
        keep = self.trainer_code()
        company = self.company_code()
        if company is None and self.company_combo.currentData() == OWN:
            company = self.own_company()
        self.trainer_combo.clear()
        self.trainer_combo.addItem(QCoreApplication.translate(
            "CompanyTrainer", "Geen praktijkopleider"), None)
        if company is None:
            return
        try:
            trainers = self._service.trainer_choices(self._actor, company)
        except ServiceError as exc:
            self.error = str(exc)
            return
        for trainer in trainers:
            self.trainer_combo.addItem(f"{trainer.name} ({trainer.code})", trainer.code)
        self.set_trainer(keep)


class EnrolDialog(QDialog):
    """Deelnemers toevoegen: pick participants into a list, then one `add` for them all."""

    def __init__(self, service: EnrolmentService, participants: ParticipantService,
                 actor: Actor, group_id: uuid.UUID, group_label: str, start: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor, self._group_id = service, actor, group_id
        self.chosen: dict[uuid.UUID, ParticipantRow] = {}
        self.added: list[uuid.UUID] = []
        self.setWindowTitle(self.tr("Deelnemers toevoegen aan {group}").format(
            group=group_label))
        self.picker = ParticipantPicker(participants, actor, list_height=150,
                                        placeholder=self.tr(
                                            "Zoek op naam of nummer, of scan een badge"))
        self.picker.submitted.connect(self.take_current)
        self.picker.results.itemDoubleClicked.connect(lambda _item: self.take_current())
        self.take_button = QPushButton(icon("fa6s.plus"), self.tr("Toevoegen aan de lijst"))
        self.take_button.setToolTip(self.tr("De gekozen deelnemer in de lijst hieronder "
                                            "zetten (Enter in het zoekveld)"))
        self.take_button.setAutoDefault(False)
        self.take_button.clicked.connect(self.take_current)
        self.chosen_label = QLabel()
        self.chosen_list = QListWidget()
        self.chosen_list.setFixedHeight(120)
        self.chosen_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.remove_button = QPushButton(icon("fa6s.xmark"), self.tr("Uit de lijst"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.start_edit = DateInput(start)
        self.end_edit = DateInput(None, optional=True)
        self.company = CompanyTrainer(service, actor, self, own=True)
        self.company.own_company = self._own_company
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("Startdatum"), self.start_edit)
        form.addRow(self.tr("Einddatum"), self.end_edit)
        form.addRow(self.tr("Leerbedrijf"), self.company.company_combo)
        form.addRow(self.tr("Praktijkopleider"), self.company.trainer_combo)
        self.buttons = DialogButtons(self, self.tr("Inschrijven"))
        self.buttons.save_button.clicked.connect(self.save)
        take_row = QHBoxLayout()
        take_row.addStretch(1)
        take_row.addWidget(self.take_button)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.picker)
        layout.addLayout(take_row)
        layout.addLayout(chosen_row)
        layout.addWidget(self.chosen_list)
        layout.addLayout(form)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        if self.company.error:
            self._refuse(self.company.error)
        self._update_chosen()
        self.resize(560, 0)
        grow_to_fit(self)
        self.picker.setFocus()

    def _own_company(self) -> str | None:
        codes = {row.company for row in self.chosen.values()}
        return next(iter(codes)) if len(codes) == 1 else None

    def take_current(self) -> bool:
        """Put the participant chosen in the picker in the list (once)."""
        row = self.picker.current
        if row is None:
            return False
        if row.id not in self.chosen:
            self.chosen[row.id] = row
            item = QListWidgetItem(row_text(row))
            item.setToolTip(row_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.chosen_list.addItem(item)
            self._update_chosen()
        self.picker.search_edit.selectAll()
        return True

    def remove_selected(self) -> None:
        for item in self.chosen_list.selectedItems():
            self.chosen.pop(item.data(Qt.ItemDataRole.UserRole), None)
            self.chosen_list.takeItem(self.chosen_list.row(item))
        self._update_chosen()

    def _update_chosen(self) -> None:
        self.chosen_label.setText(self.tr("Gekozen deelnemers: {n}").format(n=len(self.chosen)))
        self.remove_button.setEnabled(bool(self.chosen))
        self.buttons.save_button.setEnabled(bool(self.chosen))
        if self.company.company_combo.currentData() == OWN:
            self.company.fill_trainers()

    def _refuse(self, text: str) -> None:
        self.buttons.message_label.setText(text)
        self.buttons.message_label.show()
        grow_to_fit(self)

    def save(self) -> None:
        if not self.chosen:
            self._refuse(self.tr("Kies eerst een of meer deelnemers."))
            return
        start = self.start_edit.commit()
        end = self.end_edit.commit()
        if start is None or self.end_edit.error:
            if start is None and not self.start_edit.error:
                self.start_edit.set_error(self.tr("Vul de startdatum in."))
            return
        try:
            self.added = self._service.add(self._actor, self._group_id, list(self.chosen),
                                           start, end, self.company.company_code(),
                                           self.company.trainer_code())
        except ServiceError as exc:
            _show_refusal(self.buttons, exc)
            grow_to_fit(self)
            return
        self.accept()


class EnrolmentDialog(QDialog):
    """One enrolment: start and end date, leerbedrijf and praktijkopleider (`update`)."""

    def __init__(self, service: EnrolmentService, actor: Actor, row: EnrolmentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor, self._row = service, actor, row
        self.setWindowTitle(self.tr("Inschrijving van {name}").format(name=row.name))
        self.start_edit = DateInput(row.start_date)
        self.end_edit = DateInput(row.end_date, optional=True)
        self.company = CompanyTrainer(service, actor, self, own=False)
        self.company.set_company(row.company_code)
        self.company.set_trainer(row.trainer_code)
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("Deelnemer"), QLabel(f"{row.name} ({row.number})"))
        form.addRow(self.tr("Startdatum"), self.start_edit)
        form.addRow(self.tr("Einddatum"), self.end_edit)
        form.addRow(self.tr("Leerbedrijf"), self.company.company_combo)
        form.addRow(self.tr("Praktijkopleider"), self.company.trainer_combo)
        self.buttons = DialogButtons(self, self.tr("Opslaan"))
        self.buttons.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        if self.company.error:
            _show_refusal(self.buttons, ServiceError(self.company.error))
        self.resize(480, 0)
        grow_to_fit(self)

    def save(self) -> None:
        start = self.start_edit.commit()
        end = self.end_edit.commit()
        if start is None or self.end_edit.error:
            if start is None and not self.start_edit.error:
                self.start_edit.set_error(self.tr("Vul de startdatum in."))
            return
        try:
            self._service.update(self._actor, self._row.id, start, end,
                                 self.company.company_code(), self.company.trainer_code())
        except ServiceError as exc:
            _show_refusal(self.buttons, exc)
            grow_to_fit(self)
            return
        self.accept()
