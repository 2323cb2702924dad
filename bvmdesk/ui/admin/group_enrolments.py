"""Beheer > Groepen, on a stored group's Inschrijvingen tab: its enrolments (Naam, Start,
Einde, Status; number, company and trainer in the name's tooltip) and the buttons
that add participants, change a status, move someone to another group, and (Enter or a
double click) change one enrolment. Read-only for an actor without MANAGE_DATA."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.admin.enrol_dialog import EnrolDialog, EnrolmentDialog
from bvmdesk.ui.admin.move_dialog import MoveDialog, StatusDialog, status_label
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.formatting import format_date
from bvmdesk.ui.icons import icon

if TYPE_CHECKING:
    from bvmdesk.services.enrolments import EnrolmentRow, EnrolmentService
    from bvmdesk.services.groups import GroupService
    from bvmdesk.services.participants import ParticipantService


def enrolment_columns() -> list[Column[EnrolmentRow]]:
    """Name, start, end and status; the number, the company and the trainer in the name's
    tooltip: four columns fit beside the list at 1280x720."""
    translate = QCoreApplication.translate

    def who(e: EnrolmentRow) -> str:
        return translate("GroupEnrolments", "{name} ({number}); leerbedrijf: {company}; "
                         "praktijkopleider: {trainer}").format(
            name=e.name, number=e.number, company=e.company or "-", trainer=e.trainer or "-")

    return [
        Column(translate("GroupEnrolments", "Naam"), lambda e: e.name, tooltip=who),
        Column(translate("GroupEnrolments", "Start"),
               lambda e: format_date(e.start_date, weekday=False),
               width=96, sort_key=lambda e: e.start_date),
        Column(translate("GroupEnrolments", "Einde"),
               lambda e: format_date(e.end_date, weekday=False),
               width=96, sort_key=lambda e: e.end_date or date.max),
        Column(translate("GroupEnrolments", "Status"), lambda e: status_label(e.status),
               width=72),
    ]


class GroupEnrolments(QWidget):
    """The enrolments of one group and what an administrator does with them."""

    changed = Signal()  # an enrolment was added, changed or moved

    def __init__(self, enrolments: EnrolmentService, participants: ParticipantService,
                 groups: GroupService, actor: Actor, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._participants, self._groups = enrolments, participants, groups
        self._actor, self._today = actor, today
        self.may_edit = actor.may(Permission.MANAGE_DATA)
        self.editable = self.may_edit
        self.group_id: uuid.UUID | None = None
        self.group_label = ""
        self.group_start: date | None = None
        self.rows: list[EnrolmentRow] = []
        # Replaced in tests: how a dialog is run (modal, its result).
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

        self.title = QLabel(self.tr("Inschrijvingen"))
        self.title.setObjectName("sectionTitle")
        self.table: RowTable[EnrolmentRow] = RowTable(enrolment_columns())
        self.table.setMinimumHeight(180)
        self.table.row_activated.connect(self.edit_enrolment)
        self.table.current_changed.connect(lambda _row: self._update_buttons())
        # A click moves the current row before it selects it: look again once selected.
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_buttons())
        self.add_button = QPushButton(icon("fa6s.user-plus"), self.tr("Deelnemers toevoegen…"))
        self.add_button.setToolTip(self.tr("Een of meer deelnemers in deze groep inschrijven "
                                           "(zoeken of badge scannen)"))
        self.add_button.clicked.connect(self.add_participants)
        self.status_button = QPushButton(icon("fa6s.flag"), self.tr("Status wijzigen…"))
        self.status_button.setToolTip(self.tr("Actief, afgerond of gestopt met een datum"))
        self.status_button.clicked.connect(self.change_status)
        self.move_button = QPushButton(icon("fa6s.right-left"), self.tr("Naar andere groep…"))
        self.move_button.setToolTip(self.tr("Stopt de inschrijving hier en begint er een in "
                                            "een andere groep"))
        self.move_button.clicked.connect(self.move_enrolment)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.buttons = QGridLayout()
        self.buttons.setSpacing(8)
        # Two columns (the lessons button comes in the fourth place, see groups.py).
        self.buttons.addWidget(self.add_button, 0, 0)
        self.buttons.addWidget(self.status_button, 0, 1)
        self.buttons.addWidget(self.move_button, 1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message_label)
        self._update_buttons()

    # --- showing -------------------------------------------------------------------------
    def set_group(self, group_id: uuid.UUID | None, label: str = "",
                  start: date | None = None) -> None:
        if group_id != self.group_id:
            set_form_message(self.message_label, "", None)
        self.group_id, self.group_label, self.group_start = group_id, label, start
        self.refresh()

    def set_editable(self, editable: bool) -> None:
        """Editable only for an actor with MANAGE_DATA (and a group that is not archived)."""
        self.editable = editable and self.may_edit
        self._update_buttons()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self.rows = []
        if self.group_id is not None:
            try:
                self.rows = self._service.enrolments(self._actor, self.group_id)
            except ServiceError as exc:
                set_form_message(self.message_label, str(exc), "formError")
        self.table.set_rows(self.rows)
        self.title.setText(self.tr("Inschrijvingen ({n})").format(n=len(self.rows)))
        if select is not None:
            for index, row in enumerate(self.table.table_model.rows()):
                if row.id == select:
                    self.table.select_row(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.current_item() is not None
        self.add_button.setEnabled(self.editable and self.group_id is not None)
        self.status_button.setEnabled(self.editable and chosen)
        self.move_button.setEnabled(self.editable and chosen)

    def select(self, number: str) -> bool:
        """Select the enrolment of participant `number` (tests, and after a change)."""
        for index, row in enumerate(self.table.table_model.rows()):
            if row.number == number:
                self.table.select_row(index)
                return True
        return False

    # --- changing ------------------------------------------------------------------------
    def _done(self, text: str, select: uuid.UUID | None = None) -> None:
        self.refresh(select)
        set_form_message(self.message_label, text, "formSuccess")
        self.changed.emit()

    def default_start(self) -> date:
        """The group's start, or today when the group started already."""
        today = self._today()
        return max(self.group_start, today) if self.group_start is not None else today

    def add_participants(self) -> None:
        if not self.editable or self.group_id is None:
            return
        dialog = EnrolDialog(self._service, self._participants, self._actor, self.group_id,
                             self.group_label, self.default_start(), self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        added = len(dialog.added)
        self._done(self.tr("1 deelnemer ingeschreven.") if added == 1
                   else self.tr("{n} deelnemers ingeschreven.").format(n=added))

    def change_status(self) -> None:
        row = self.table.current_item()
        if not self.editable or row is None:
            return
        dialog = StatusDialog(self._service, self._actor, row, self._today(), self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        self._done(self.tr("Status van {name} gewijzigd.").format(name=row.name), row.id)

    def move_enrolment(self) -> None:
        row = self.table.current_item()
        if not self.editable or row is None:
            return
        try:
            groups = [g for g in self._groups.records(self._actor)
                      if g.id != self.group_id and not g.archived]
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return
        if not groups:
            set_form_message(self.message_label, self.tr(
                "Er is geen andere groep om naar te verplaatsen."), "formError")
            return
        dialog = MoveDialog(self._service, self._actor, row, groups, self._today(), self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        target = dialog.group_combo.currentText()
        self._done(self.tr("{name} is verplaatst naar {group}.").format(
            name=row.name, group=target), row.id)

    def edit_enrolment(self, row: EnrolmentRow | None = None) -> None:
        row = row or self.table.current_item()
        if not self.editable or row is None:
            return
        dialog = EnrolmentDialog(self._service, self._actor, row, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        self._done(self.tr("Inschrijving van {name} opgeslagen.").format(name=row.name),
                   row.id)
