"""Beheer > Groepen, an enrolment's status (actief, afgerond, gestopt with a date) and moving
a participant to another group (the old enrolment ends, a new one starts). Each dialog calls
its service itself: a refusal stays in the dialog with the service's Dutch message, and the
dialog closes only when the change was stored."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.common.widgets import DialogButtons, grow_to_fit

if TYPE_CHECKING:
    from bvmdesk.services.enrolments import EnrolmentRow, EnrolmentService
    from bvmdesk.services.groups import GroupRow


def status_label(status: str) -> str:
    """The status word as the GUI shows it."""
    if status == EnrolmentStatus.ACTIVE:
        return QCoreApplication.translate("EnrolmentStatus", "actief")
    if status == EnrolmentStatus.COMPLETED:
        return QCoreApplication.translate("EnrolmentStatus", "afgerond")
    if status == EnrolmentStatus.STOPPED:
        return QCoreApplication.translate("EnrolmentStatus", "gestopt")
    return status


def _show_refusal(buttons: DialogButtons, exc: ServiceError) -> None:
    text = str(exc)
    if isinstance(exc, ValidationFailed):
        text = " ".join(e.message for e in exc.errors) or text
    buttons.message_label.setText(text)
    buttons.message_label.show()


class StatusDialog(QDialog):
    """Status wijzigen: actief, afgerond or gestopt; gestopt needs the last day."""

    def __init__(self, service: EnrolmentService, actor: Actor, row: EnrolmentRow,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor, self._row = service, actor, row
        self.setWindowTitle(self.tr("Status wijzigen"))
        intro = QLabel(self.tr("{name} ({number}), nu {status}.").format(
            name=row.name, number=row.number, status=status_label(row.status)))
        intro.setWordWrap(True)
        self.radios: dict[str, QRadioButton] = {}
        choice = QButtonGroup(self)
        radio_row = QHBoxLayout()
        for status in (EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED,
                       EnrolmentStatus.STOPPED):
            radio = QRadioButton(status_label(status))
            choice.addButton(radio)
            radio_row.addWidget(radio)
            self.radios[str(status)] = radio
        radio_row.addStretch(1)
        self.radios.get(row.status, self.radios[EnrolmentStatus.STOPPED]).setChecked(True)
        self.day_edit = DateInput(row.end_date or today, optional=True)
        self.day_note = QLabel()
        self.day_note.setObjectName("muted")
        self.day_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Status"), radio_row)
        form.addRow(self.tr("Datum"), self.day_edit)
        self.buttons = DialogButtons(self, self.tr("Opslaan"))
        self.buttons.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.day_note)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        for radio in self.radios.values():
            radio.toggled.connect(self._explain)
        self._explain()
        self.resize(460, 0)
        grow_to_fit(self)

    @property
    def status(self) -> str:
        return next(s for s, radio in self.radios.items() if radio.isChecked())

    def _explain(self, *_args: object) -> None:
        status = self.status
        if status == EnrolmentStatus.STOPPED:
            text = self.tr("Gestopt: de datum is de laatste dag in de groep (verplicht).")
        elif status == EnrolmentStatus.COMPLETED:
            text = self.tr("Afgerond: de datum is de einddatum; leeg is de einddatum van de "
                           "groep.")
        else:
            text = self.tr("Actief: de einddatum wordt leeggemaakt; de datum telt niet.")
        self.day_note.setText(text)
        self.day_edit.setEnabled(status != EnrolmentStatus.ACTIVE)

    def save(self) -> None:
        status = self.status
        day: date | None = None
        if status != EnrolmentStatus.ACTIVE:
            day = self.day_edit.commit()
            if self.day_edit.error:
                return
        try:
            self._service.set_status(self._actor, self._row.id, status, day)
        except ValidationFailed as exc:
            for error in exc.errors:
                if error.field == "day":
                    self.day_edit.set_error(error.message)
            _show_refusal(self.buttons, exc)
            return
        except ServiceError as exc:
            _show_refusal(self.buttons, exc)
            return
        self.accept()


class MoveDialog(QDialog):
    """Naar andere groep: the group and the first day there; the old enrolment ends the
    day before (status gestopt)."""

    def __init__(self, service: EnrolmentService, actor: Actor, row: EnrolmentRow,
                 groups: list[GroupRow], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor, self._row = service, actor, row
        self.new_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Naar andere groep"))
        intro = QLabel(self.tr(
            "{name} ({number}) stopt in deze groep de dag vóór de gekozen datum en begint "
            "dan in de andere groep, bij hetzelfde leerbedrijf en dezelfde "
            "praktijkopleider. De aanwezigheid blijft bij de lessen van deze groep."
        ).format(name=row.name, number=row.number))
        intro.setWordWrap(True)
        self.group_combo = QComboBox()
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.setMinimumContentsLength(24)
        for group in groups:
            self.group_combo.addItem(f"{group.code} · {group.name}", group.id)
        self.group_combo.currentTextChanged.connect(self.group_combo.setToolTip)
        self.group_combo.setToolTip(self.group_combo.currentText())
        self.day_edit = DateInput(today)
        form = QFormLayout()
        form.addRow(self.tr("Naar groep"), self.group_combo)
        form.addRow(self.tr("Eerste dag"), self.day_edit)
        self.buttons = DialogButtons(self, self.tr("Verplaatsen"))
        self.buttons.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        self.resize(500, 0)
        grow_to_fit(self)

    def choose_group(self, group_id: uuid.UUID) -> bool:
        # findData does not compare Python objects (a UUID) by value
        index = next((i for i in range(self.group_combo.count())
                      if self.group_combo.itemData(i) == group_id), -1)
        if index >= 0:
            self.group_combo.setCurrentIndex(index)
        return index >= 0

    def save(self) -> None:
        target = self.group_combo.currentData()
        if not isinstance(target, uuid.UUID):
            self.buttons.message_label.setText(self.tr("Kies de groep."))
            self.buttons.message_label.show()
            return
        day = self.day_edit.commit()
        if day is None:
            if not self.day_edit.error:
                self.day_edit.set_error(self.tr("Vul de datum in."))
            return
        try:
            self.new_id = self._service.move(self._actor, self._row.id, target, day)
        except ServiceError as exc:
            _show_refusal(self.buttons, exc)
            return
        self.accept()
