"""Aftekeningen on the participant card: per enrolment with a workplace how many required
tasks are signed and how many bpv hours are approved against the norm, and a button to
the Aftekenen page for this participant.

Read through services.signoffs and services.bpv_hours only.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from bvmdesk.domain.signoff import format_hours
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import EnrolmentRef, HoursTotals, TaskState
from bvmdesk.ui.common.section_card import CARD_STYLE, SectionCard
from bvmdesk.ui.icons import icon

if TYPE_CHECKING:
    from bvmdesk.services.placement_hours import HoursService
    from bvmdesk.services.signoffs import SignOffService

CONTEXT = "ParticipantSignOffsPanel"


def signed_required(tasks: tuple[TaskState, ...]) -> tuple[int, int]:
    """(required tasks signed, required tasks) of the module's current tasks."""
    required = [t for t in tasks if t.task.required and not t.task.archived]
    return sum(1 for t in required if t.current is not None), len(required)


def summary_line(ref: EnrolmentRef, tasks: tuple[TaskState, ...],
                 totals: HoursTotals | None) -> str:
    """`LAS-ZWL-1 · Metaalwerk BV — Aftekeningen: 3 van 5 verplicht · Bpv-uren: 96 van 610
    goedgekeurd`."""
    translate = QCoreApplication.translate
    signed, required = signed_required(tasks)
    text = translate("ParticipantSignOffsPanel",
                     "{group} · {company}: Aftekeningen: {signed} van {required} "
                     "verplicht").format(group=ref.group_code, company=ref.company or "",
                                         signed=signed, required=required)
    if totals is None:
        return text
    approved = format_hours(totals.approved_minutes)
    if totals.norm_hours is None:
        hours = translate("ParticipantSignOffsPanel",
                          "Bpv-uren: {approved} goedgekeurd (norm onbekend)").format(
            approved=approved)
    else:
        hours = translate("ParticipantSignOffsPanel",
                          "Bpv-uren: {approved} van {norm} goedgekeurd").format(
            approved=approved, norm=totals.norm_hours)
    return f"{text} · {hours}"


class ParticipantSignOffsPanel(SectionCard):
    """"Aftekeningen" on the participant card."""

    signoffs_requested = Signal(object)   # uuid.UUID of the participant

    def __init__(self, signoffs: SignOffService, hours: HoursService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        body = QWidget()
        super().__init__(QCoreApplication.translate("ParticipantSignOffsPanel", "Aftekeningen"),
                         body, parent)
        self.setStyleSheet(CARD_STYLE)
        self._signoffs = signoffs
        self._hours = hours
        self._actor = actor
        self.participant_id: uuid.UUID | None = None
        self.lines: list[str] = []
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(4)
        self.open_button = QPushButton(icon("fa6s.signature"), self.tr("Naar Aftekenen"))
        self.open_button.setToolTip(self.tr("Aftekeningen en bpv-uren van deze deelnemer "
                                            "vastleggen"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.add_button(self.open_button)

    def show_participant(self, participant_id: uuid.UUID | None) -> None:
        """Read the sign-offs of `participant_id` (None: empty)."""
        self.participant_id = participant_id
        self.lines = []
        self._clear_lines()
        self.open_button.setEnabled(participant_id is not None)
        if participant_id is None:
            self.show_message("")
            return
        try:
            refs = [r for r in self._signoffs.participant_enrolments(self._actor,
                                                                     participant_id)
                    if r.has_workplace]
            for ref in refs:
                state = self._signoffs.enrolment(self._actor, ref.id)
                totals = self._hours.sheet(self._actor, ref.id).totals
                self.lines.append(summary_line(ref, state.tasks, totals))
        except ServiceError as exc:
            self.show_message(str(exc))
            return
        if not self.lines:
            self.show_message(self.tr(
                "Geen inschrijving met een leerbedrijf en praktijkopleider: aftekenen kan "
                "pas als die bij de inschrijving zijn ingevuld."), count=0)
            return
        for line in self.lines:
            label = QLabel(line)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._body.addWidget(label)
        self.show_table(len(self.lines))

    def refresh(self) -> None:
        self.show_participant(self.participant_id)

    def _clear_lines(self) -> None:
        while self._body.count():
            item = self._body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _on_open_button_clicked(self) -> None:
        if self.participant_id is not None:
            self.signoffs_requested.emit(self.participant_id)
