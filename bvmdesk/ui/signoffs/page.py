"""Aftekenen: a participant's sign-off tasks per enrolment (sign on screen, record a returned
card, print a card, withdraw, the praktijkoverzicht), their bpv hours, and per group."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from bvmdesk.domain.enums import Role
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import (
    ApprovalInfo,
    EnrolmentRef,
    EnrolmentSignOffs,
    SignOffInfo,
)
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.icons import icon
from bvmdesk.ui.signoffs.chooser import ParticipantChooser
from bvmdesk.ui.signoffs.evidence import EvidenceDialog
from bvmdesk.ui.signoffs.group_overview import GroupSignOffView
from bvmdesk.ui.signoffs.hours import HoursGrid
from bvmdesk.ui.signoffs.page_actions import (
    approve_weeks,
    show_evidence,
    withdraw_current,
    withdraw_hours_approval,
)
from bvmdesk.ui.signoffs.page_documents import (
    ask_to_save_hours,
    print_card,
    print_group_cards,
    save_overview,
)
from bvmdesk.ui.signoffs.paper_dialog import PaperDialog
from bvmdesk.ui.signoffs.sign_dialog import SignDialog, open_tasks
from bvmdesk.ui.signoffs.tasks_panel import TasksPanel, view_switch
from bvmdesk.ui.signoffs.tasks_view import method_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bvmdesk.services.participants import ParticipantService
    from bvmdesk.services.placement_hours import HoursService
    from bvmdesk.services.signoff_cards import CardService
    from bvmdesk.services.signoff_overview import SignOffOverview
    from bvmdesk.services.signoff_reports import SignOffReports
    from bvmdesk.services.signoffs import SignOffService

TASKS, HOURS, GROUPS = range(3)



class SignOffsPage(Page):
    """Find the participant, choose the enrolment, see and sign its tasks."""

    signoffs_changed = Signal(object)  # uuid.UUID of the enrolment written

    def __init__(self, signoffs: SignOffService, hours: HoursService, cards: CardService,
                 reports: SignOffReports, overview: SignOffOverview,
                 participants: ParticipantService, actor: Actor, *,
                 scanner_prefix: str | None = None, today: Callable[[], date] | None = None,
                 database: str | None = None, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("SignOffsPage", "Aftekenen"),
                         translate("SignOffsPage", "Aftekenen op het scherm"), None,
                         parent=parent)
        del clock  # the picker's scanner keeps its own clock
        self._service = signoffs
        self._hours = hours
        self._cards = cards
        self._reports = reports
        self._actor = actor
        self._today = today or date.today
        self._database = database
        self.data: EnrolmentSignOffs | None = None
        # One search field on this page: the participant picker's (Ctrl+F goes there).
        self.header.search_edit.hide()
        self.chooser = ParticipantChooser(participants, signoffs, actor,
                                          scanner_prefix=scanner_prefix)
        self.chooser.setMinimumWidth(270)
        self.chooser.setMaximumWidth(420)
        tasks_panel = TasksPanel()
        self.tasks = tasks_panel.tasks
        self.sign_button = self.header.action_button
        assert self.sign_button is not None
        self.sign_button.setIcon(icon("fa6s.signature", "#FFFFFF"))
        self.sign_button.setToolTip(translate(
            "SignOffsPage", "Aftekenen op het scherm (Ctrl+Enter)"))
        self.paper_button = tasks_panel.paper_button
        self.card_button = tasks_panel.card_button
        self.withdraw_button = tasks_panel.withdraw_button
        self.evidence_button = tasks_panel.evidence_button
        self.overview_button = tasks_panel.overview_button
        for button, keys in tasks_panel.keys:
            self._shortcut(keys, button.click)
        self.evidence_button.clicked.connect(self.show_evidence)
        self.hours_grid = HoursGrid(hours, actor, today=self._today)
        self.group_view = GroupSignOffView(overview, actor)
        self.inner = QStackedWidget()
        self.inner.addWidget(tasks_panel)
        self.inner.addWidget(self.hours_grid)
        participant_view = QSplitter(Qt.Orientation.Horizontal)
        participant_view.setChildrenCollapsible(False)
        participant_view.addWidget(self.chooser)
        participant_view.addWidget(self.inner)
        participant_view.setStretchFactor(1, 1)
        self.outer = QStackedWidget()
        self.outer.addWidget(participant_view)
        self.outer.addWidget(self.group_view)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.view_buttons = QButtonGroup(self)
        bar = view_switch(self.view_buttons)
        self.body.addLayout(bar)
        self.body.addWidget(self.message_label)
        self.body.addWidget(self.outer, 1)
        self.view_buttons.idToggled.connect(self._on_view_toggled)
        self.view_buttons.button(TASKS).setChecked(True)
        self.main_view = self.tasks.table
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            self._shortcut(keys, self._on_sign_button_clicked)
        self.paper_button.clicked.connect(self._on_paper_button_clicked)
        self.card_button.clicked.connect(self._on_card_button_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.overview_button.clicked.connect(self._on_overview_button_clicked)
        self.chooser.enrolment_chosen.connect(self._on_chooser_enrolment_chosen)
        self.chooser.card_entered.connect(self.open_card)
        self.tasks.current_changed.connect(self._on_tasks_current_changed)
        self.hours_grid.approve_requested.connect(self.approve_hours)
        self.hours_grid.withdraw_requested.connect(self.withdraw_approval)
        self.hours_grid.changed.connect(self._on_hours_grid_changed)
        self.group_view.participant_requested.connect(self._on_group_view_participant_requested)
        self.group_view.cards_requested.connect(self.print_group_cards)
        self._update_buttons()

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        """`keys` anywhere on the page (not on another page)."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- navigation ----------------------------------------------------------------------
    def focus_search(self) -> None:
        edit = self.chooser.picker.search_edit
        if self.outer.currentIndex() != 0:
            self.show_view(TASKS)
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def show_view(self, index: int) -> None:
        button = self.view_buttons.button(index)
        if button is not None:
            button.setChecked(True)

    @property
    def enrolment(self) -> EnrolmentRef | None:
        return self.chooser.enrolment

    def open_participant(self, participant_id: uuid.UUID,
                         enrolment_id: uuid.UUID | None = None) -> bool:
        """Show `participant_id`'s tasks (of `enrolment_id`, else the newest enrolment)."""
        if self.outer.currentIndex() != 0:
            self.show_view(TASKS)
        if not self.chooser.choose(participant_id, enrolment_id):
            if self._actor.role is Role.INSTRUCTOR and not self._actor.read_only:
                text = translate("SignOffsPage", "Deze deelnemer staat niet in een groep die "
                                 "u lesgeeft (of bestaat niet meer).")
            else:
                text = translate("SignOffsPage", "Deze deelnemer bestaat niet (meer).")
            self.show_message(text, error=True)
            return False
        self.show_message("")
        return True

    def open_card(self, code: str) -> bool:
        """A scanned or typed card code: its participant and enrolment, and the paper
        dialog to record what was signed on it."""
        try:
            found = self._cards.find_card(self._actor, code)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return False
        ref = found.card.enrolment
        if not self.open_participant(ref.participant_id, ref.id):
            return False
        self.record_paper(code=found.card.code)
        return True

    def refresh(self) -> None:
        """Read the enrolment's tasks again."""
        self._load(self.enrolment)

    def _load(self, ref: EnrolmentRef | None) -> None:
        ask_to_save_hours(self, self.hours_grid, ref.id if ref is not None else None)
        self.data = None
        if ref is not None:
            try:
                self.data = self._service.enrolment(self._actor, ref.id)
            except ServiceError as exc:
                self.show_message(str(exc), error=True)
        self.tasks.set_tasks(self.data.tasks if self.data is not None else ())
        self.hours_grid.show_enrolment(ref.id if ref is not None else None)
        self._update_buttons()

    def show_message(self, text: str, *, error: bool = False) -> None:
        set_form_message(self.message_label, text,
                         ("formError" if error else "formSuccess") if text else None)
        self.message_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        data, may = self.data, self._actor.may(Permission.RECORD_SIGNOFFS)
        workplace = data is not None and data.enrolment.has_workplace
        can_sign = may and workplace and data is not None and bool(open_tasks(data))
        assert self.sign_button is not None
        self.sign_button.setEnabled(can_sign)
        self.paper_button.setEnabled(can_sign)
        self.card_button.setEnabled(may and workplace and data is not None
                                    and bool(data.tasks))
        current = self.tasks.current()
        self.withdraw_button.setEnabled(may and current is not None
                                        and current.current is not None)
        self.evidence_button.setEnabled(
            current is not None and current.current is not None
            and current.current.evidence_attachment_id is not None)
        self.overview_button.setEnabled(self.chooser.participant is not None)

    def show_evidence(self) -> EvidenceDialog | None:
        """The photo of the card behind the chosen task's sign-off (the dialog, shown)."""
        return show_evidence(self, self._service, self._actor)

    # --- actions -------------------------------------------------------------------------
    def _refused(self) -> bool:
        data = self.data
        if data is None:
            self.show_message(translate("SignOffsPage", "Kies eerst een deelnemer."), error=True)
            return True
        if not self._actor.may(Permission.RECORD_SIGNOFFS):
            self.show_message(translate(
                "SignOffsPage", "U mag geen aftekeningen vastleggen."), error=True)
            return True
        if not data.enrolment.has_workplace:
            self.show_message(translate(
                "SignOffsPage", "Deze inschrijving heeft geen leerbedrijf of "
                                  "praktijkopleider: geen aftekentaken."), error=True)
            return True
        return False

    def make_sign_dialog(self) -> SignDialog | None:
        if self._refused() or self.data is None:
            return None
        ticked = [t.task.id for t in self.tasks.selected() if t.current is None]
        return SignDialog(self._service, self._reports, self._actor, self.data,
                          today=self._today, ticked=ticked, database=self._database,
                          parent=self)

    def sign_on_screen(self) -> list[SignOffInfo]:
        """The sign dialog; what it signed (nothing when cancelled or refused)."""
        dialog = self.make_sign_dialog()
        if dialog is None:
            return []
        dialog.exec()
        signed = dialog.signed
        dialog.deleteLater()
        if signed:
            text = (translate("SignOffsPage", "1 taak afgetekend door {trainer} (scherm).")
                    if len(signed) == 1 else translate(
                        "SignOffsPage", "{count} taken afgetekend door {trainer} (scherm)."))
            self.written(text.format(count=len(signed), trainer=signed[0].trainer))
        return signed

    def record_paper(self, code: str | None = None) -> list[SignOffInfo]:
        """The paper dialog (for the card `code` when given)."""
        if code is None and self._refused():
            return []
        if not self._actor.may(Permission.RECORD_SIGNOFFS):
            self.show_message(translate(
                "SignOffsPage", "U mag geen aftekeningen vastleggen."), error=True)
            return []
        dialog = PaperDialog(self._service, self._cards, self._actor, today=self._today,
                             data=self.data, code=code, database=self._database, parent=self)
        dialog.exec()
        recorded, data = dialog.recorded, dialog.data
        dialog.deleteLater()
        if recorded:
            if data is not None and (self.data is None
                                     or data.enrolment.id != self.data.enrolment.id):
                ref = data.enrolment
                self.open_participant(ref.participant_id, ref.id)
            text = (translate("SignOffsPage", "1 taak vastgelegd ({method}).")
                    if len(recorded) == 1 else translate(
                        "SignOffsPage", "{count} taken vastgelegd ({method})."))
            self.written(text.format(count=len(recorded), method=method_text(recorded[0])))
        return recorded

    def withdraw(self) -> SignOffInfo | None:
        """Withdraw the chosen task's sign-off, with a reason (page_actions.py)."""
        return withdraw_current(self, self._service, self._actor)

    def withdraw_approval(self, approval: ApprovalInfo) -> ApprovalInfo | None:
        """Withdraw an approval of bpv hours with a reason (page_actions.py)."""
        return withdraw_hours_approval(self, self._hours, self._actor, approval)

    def approve_hours(self, hours_ids: list[uuid.UUID]) -> None:
        """The weeks the hours grid chose, approved by the praktijkopleider."""
        approve_weeks(self, hours_ids, hours=self._hours, service=self._service,
                      reports=self._reports, actor=self._actor, today=self._today,
                      database=self._database)

    def written(self, text: str) -> None:
        """After a write: read again, say what happened, tell the other pages."""
        self.refresh()
        self.show_message(text)
        if self.data is not None:
            self.signoffs_changed.emit(self.data.enrolment.id)

    # --- PDFs (page_documents.py) -------------------------------------------------------
    def print_card(self, target: Path | None = None) -> None:
        """The enrolment's aftekenkaart as PDF (a new version when its tasks changed)."""
        if self.enrolment is not None and not self._refused():
            print_card(self, self._reports, self._actor, self.enrolment, target,
                       self._database)

    def print_group_cards(self, group_id: uuid.UUID, target: Path | None = None) -> None:
        code = self.group_view.group_combo.currentText().split(" · ")[0]
        print_group_cards(self, self._reports, self._actor, group_id, code, target,
                          self._database)

    def save_overview(self, target: Path | None = None) -> None:
        """The participant's praktijkoverzicht as PDF."""
        row = self.chooser.participant
        if row is not None:
            save_overview(self, self._reports, self._actor, row.id, row.number, target,
                          self._database)

    # --- slots ---------------------------------------------------------------------------
    def _on_view_toggled(self, index: int, on: bool) -> None:
        if not on:
            return
        self.outer.setCurrentIndex(1 if index == GROUPS else 0)
        if index != GROUPS:
            self.inner.setCurrentIndex(index)
        if index == GROUPS:
            self.group_view.refresh()
            ref = self.enrolment
            if self.group_view.group_id is None and ref is not None:
                self.group_view.show_group(ref.group_id)  # the group of whom is shown

    def _on_chooser_enrolment_chosen(self, ref: EnrolmentRef | None) -> None:
        self._load(ref)

    def _on_hours_grid_changed(self) -> None:
        ref = self.enrolment
        if ref is not None:
            self.signoffs_changed.emit(ref.id)

    def _on_group_view_participant_requested(self, participant_id: uuid.UUID) -> None:
        self.open_participant(participant_id)

    def _on_tasks_current_changed(self, _state: object) -> None:
        self._update_buttons()

    def _on_sign_button_clicked(self) -> None:
        self.sign_on_screen()

    def _on_paper_button_clicked(self) -> None:
        self.record_paper()

    def _on_card_button_clicked(self) -> None:
        self.print_card()

    def _on_withdraw_button_clicked(self) -> None:
        self.withdraw()

    def _on_overview_button_clicked(self) -> None:
        self.save_overview()
