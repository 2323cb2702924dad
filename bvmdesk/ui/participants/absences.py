"""One participant's absences reported in advance, under the detail panel on Deelnemers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.attendance.panels import PlannedAbsencesPanel
from bvmdesk.ui.common.section_card import CARD_STYLE

if TYPE_CHECKING:
    from bvmdesk.services.absences import AbsenceService
    from bvmdesk.services.participants import ParticipantService

VISIBLE_ROWS = 3


class ParticipantAbsencesPanel(PlannedAbsencesPanel):
    """"Vooraf gemelde afwezigheid" from today on, with "Afwezigheid melden…" and
    "Intrekken" for those who may record attendance."""

    def __init__(self, absences: AbsenceService, participants: ParticipantService,
                 actor: Actor, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(absences, actor, with_names=False,
                         title=QCoreApplication.translate("ParticipantAbsencesPanel",
                                                          "Vooraf gemelde afwezigheid"),
                         parent=parent)
        self._participants = participants
        self._today_of = today
        self.participant: tuple[uuid.UUID, str] | None = None
        self.run_dialog: Callable[[QDialog], Any] = lambda dialog: dialog.exec()
        self.setStyleSheet(CARD_STYLE)
        self.empty_text = self.tr("Geen afwezigheid vooraf gemeld.")
        self.record_button = QPushButton(self.tr("Afwezigheid melden…"))
        self.record_button.setVisible(actor.may(Permission.RECORD_ATTENDANCE))
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.add_button(self.record_button, left=True)
        self.list.setFixedHeight(self.list.horizontalHeader().sizeHint().height()
                                 + VISIBLE_ROWS * self.list.verticalHeader().defaultSectionSize()
                                 + 4)

    def show_participant(self, participant_id: uuid.UUID | None, name: str = "") -> None:
        """Read the absences of `participant_id` (None: empty the list)."""
        self.participant = (participant_id, name) if participant_id is not None else None
        if participant_id is None:
            self.set_absences([])
            return
        try:
            found = self._absences.of_participant(self._actor, participant_id)
        except ServiceError as exc:
            self.list.set_rows([])
            self.show_message(str(exc))
            return
        self.set_absences(found)

    def refresh(self) -> None:
        if self.participant is not None:
            self.show_participant(*self.participant)

    def record_absence(self) -> bool:
        """"Afwezigheid melden" for the shown participant; True when one was recorded."""
        from bvmdesk.ui.attendance.absence import AbsenceDialog

        if self.participant is None:
            return False
        dialog = AbsenceDialog(self._absences, self._participants, self._actor,
                               today=self._today_of(), participant=self.participant,
                               parent=self)
        self.run_dialog(dialog)
        if dialog.saved is None:
            return False
        self.refresh()
        self.absences_changed.emit()
        return True

    def _on_record_button_clicked(self) -> None:
        self.record_absence()
