"""Bpv-uren of one enrolment: a grid of ISO weeks (newest first) in which the instructor
types the week's hours (7,5 / 8 / 7:30), saves them (Enter for the week, Ctrl+S for every
changed week, in one go) and chooses weeks for the praktijkopleider to approve (Ctrl+G).

Read and written through services.bpv_hours (HoursService) only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.clock import SYSTEM_CLOCK
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import ApprovalInfo, HoursSheet, HoursTotals, WeekEntry
from bvmdesk.ui.icons import icon
from bvmdesk.ui.signoffs.hours_model import (
    COLUMN_ENTERED,
    COLUMN_HOURS,
    COLUMN_RANGE,
    COLUMN_STATUS,
    COLUMN_WEEK,
    HoursDelegate,
    HoursModel,
    HoursTable,
)
from bvmdesk.ui.signoffs.hours_rows import (
    WeekRow,
    approvable_ids,
    history_lines,
    totals_text,
    week_rows,
)

if TYPE_CHECKING:
    from bvmdesk.services.placement_hours import HoursService

ROW_HEIGHT = 32
HISTORY_LINES = 5


class HoursGrid(QWidget):
    """The weekly bpv hours of one enrolment ("Bpv-uren")."""

    approve_requested = Signal(list)   # current hours ids (uuid.UUID) to approve
    changed = Signal()                 # hours were saved
    withdraw_requested = Signal(object)  # ApprovalInfo of the current week to withdraw

    def __init__(self, hours: HoursService, actor: Actor, parent: QWidget | None = None,
                 *, today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self._hours = hours
        self._actor = actor
        self._today = today or SYSTEM_CLOCK.today
        self.enrolment_id: uuid.UUID | None = None
        self.sheet: HoursSheet | None = None
        self.may_write = actor.may(Permission.RECORD_SIGNOFFS)
        self.model = HoursModel(self)

        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setObjectName("muted")
        self.note_label.setWordWrap(True)

        self.table = HoursTable()
        self.table.setModel(self.model)
        self.delegate = HoursDelegate(self.table)
        self.table.setItemDelegateForColumn(COLUMN_HOURS, self.delegate)
        self.delegate.submitted.connect(self._on_delegate_submitted)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in (COLUMN_WEEK, COLUMN_RANGE, COLUMN_HOURS, COLUMN_ENTERED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(64)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.pending_changed.connect(self._update_buttons)

        self.totals_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFixedWidth(240)
        totals = QHBoxLayout()
        totals.setSpacing(8)
        totals.addWidget(self.totals_label, 1)
        totals.addWidget(self.progress)

        self.history_title = QLabel(self.tr("Geschiedenis"))
        self.history_title.setObjectName("muted")
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setTabChangesFocus(True)
        self.history.setFixedHeight(self.history.fontMetrics().lineSpacing() * HISTORY_LINES
                                    + 16)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.save_button = QPushButton(icon("fa6s.floppy-disk"), self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Alle gewijzigde weken opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.approve_button = QPushButton(icon("fa6s.signature", "#FFFFFF"),
                                          self.tr("Laten goedkeuren"))
        self.approve_button.setObjectName("primary")
        self.approve_button.setToolTip(self.tr(
            "De gekozen weken laten goedkeuren door de praktijkopleider (Ctrl+G)"))
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.withdraw_button = QPushButton(icon("fa6s.ban"), self.tr("Goedkeuring intrekken…"))
        self.withdraw_button.setToolTip(self.tr(
            "De goedkeuring van de gekozen week intrekken, met een reden"))
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        for button in (self.save_button, self.approve_button, self.withdraw_button):
            button.setVisible(self.may_write)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.approve_button)
        for sequence, slot in (("Ctrl+S", self.save), ("Ctrl+G", self.request_approval)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(totals)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addLayout(buttons)
        self.show_enrolment(None)

    # --- reading ---------------------------------------------------------------------------
    def show_enrolment(self, enrolment_id: uuid.UUID | None) -> None:
        """Read the hours of `enrolment_id` (None: empty); what was typed and not saved
        for another enrolment is dropped."""
        self.enrolment_id = enrolment_id
        self._say("")
        self._load(keep_pending=False)

    def refresh(self) -> None:
        """Read the shown enrolment's hours again, keeping what is typed and not saved."""
        self._load(keep_pending=True)

    def _load(self, *, keep_pending: bool) -> None:
        key = self._current_key()
        self.sheet = None
        if self.enrolment_id is not None:
            try:
                self.sheet = self._hours.sheet(self._actor, self.enrolment_id)
            except ServiceError as exc:
                self._say(str(exc), ok=False)
        sheet = self.sheet
        if sheet is None:
            self.title_label.setText(self.tr("Bpv-uren"))
            self.note_label.setText(self.tr("Kies een inschrijving om de bpv-uren te zien.")
                                    if self.enrolment_id is None else "")
            self.model.set_rows([])
            self._show_totals(None)
            self._update_buttons()
            return
        ref = sheet.enrolment
        self.title_label.setText(self.tr("Bpv-uren van {name} · {group}").format(
            name=ref.participant_name, group=ref.group_code))
        self.model.editable = self.may_write and ref.company_id is not None
        if ref.company_id is None:
            self.note_label.setText(self.tr(
                "Deze inschrijving heeft geen leerbedrijf: uren invoeren kan pas als het "
                "leerbedrijf is ingevuld (Deelnemers)."))
        elif self.may_write:
            self.note_label.setText(self.tr(
                "Typ de uren van een week (7,5 of 7:30) en druk op Enter; Ctrl+S slaat alle "
                "gewijzigde weken op. Kies weken en druk op Ctrl+G om ze te laten "
                "goedkeuren."))
        else:
            self.note_label.setText(self.tr("Alleen instructeurs en beheerders voeren "
                                            "bpv-uren in."))
        rows = week_rows(ref.start_date, self._today(), sheet)
        self.model.set_rows(rows, keep_pending=keep_pending)
        self._show_totals(sheet.totals)
        self._select(key if key is not None else (rows[0].key if rows else None))
        self._update_buttons()

    def _show_totals(self, totals: HoursTotals | None) -> None:
        if totals is None:
            self.totals_label.clear()
            self.progress.setVisible(False)
            return
        self.totals_label.setText(totals_text(totals))
        self.progress.setVisible(True)
        if totals.norm_hours:
            norm = totals.norm_hours * 60
            self.progress.setRange(0, norm)
            self.progress.setValue(min(totals.approved_minutes, norm))
            self.progress.setFormat(self.tr("%p% goedgekeurd"))
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("Norm onbekend"))

    # --- rows ------------------------------------------------------------------------------
    def _current_key(self) -> tuple[int, int] | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row].key if 0 <= row < len(self.model.rows) else None

    def _select(self, key: tuple[int, int] | None) -> None:
        row = self.model.row_of(key) if key is not None else -1
        if row < 0:
            self._show_history(None)
            return
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COLUMN_HOURS)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show_history(self.model.rows[row])

    def selected_rows(self) -> list[WeekRow]:
        """The chosen weeks, newest first (the current one when none is chosen)."""
        numbers = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not numbers and self.table.currentIndex().isValid():
            numbers = [self.table.currentIndex().row()]
        return [self.model.rows[n] for n in numbers if 0 <= n < len(self.model.rows)]

    def select_weeks(self, keys: list[tuple[int, int]]) -> None:
        """Choose the weeks `keys` (for another page, and tests)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        for key in keys:
            row = self.model.row_of(key)
            if row >= 0:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        if keys and self.model.row_of(keys[0]) >= 0:
            selection.setCurrentIndex(self.model.index(self.model.row_of(keys[0]),
                                                       COLUMN_HOURS),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)

    def _show_history(self, row: WeekRow | None) -> None:
        if row is None:
            self.history_title.setText(self.tr("Geschiedenis"))
            self.history.clear()
            return
        self.history_title.setText(self.tr("Geschiedenis van {week}").format(week=row.label))
        self.history.setPlainText("\n".join(history_lines(row)))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rows = self.model.rows
        self._show_history(rows[current.row()] if 0 <= current.row() < len(rows) else None)
        self._update_buttons()

    def current_approval(self) -> ApprovalInfo | None:
        """The approval that counts for the current week's hours, if any."""
        index = self.table.currentIndex()
        rows = self.model.rows
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        hours = rows[index.row()].hours
        return hours.approval if hours is not None else None

    def _on_withdraw_button_clicked(self) -> None:
        approval = self.current_approval()
        if approval is not None:
            self.withdraw_requested.emit(approval)

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Store every changed week with a valid number of hours in one go; weeks with a
        wrong value stay marked and unsaved. False when nothing was saved."""
        self.table.commit_open_editor()
        if self.enrolment_id is None or not self.model.editable:
            return False
        good = {k: p for k, p in self.model.pending.items() if p.minutes is not None}
        bad = [k for k, p in self.model.pending.items() if p.minutes is None]
        if not good:
            if bad:
                self._say(self.tr("Verbeter eerst de uren in rood; er is niets opgeslagen."),
                          ok=False)
            else:
                self._say(self.tr("Er zijn geen gewijzigde weken om op te slaan."))
            return False
        entries = [WeekEntry(y, w, p.minutes) for (y, w), p in sorted(good.items())
                   if p.minutes is not None]
        try:
            self.sheet = self._hours.enter_hours(self._actor, self.enrolment_id, entries)
        except ServiceError as exc:
            self._say(str(exc), ok=False)
            return False
        self.model.forget(set(good))
        self.refresh()
        count = len(entries)
        saved = (self.tr("1 week opgeslagen.") if count == 1 else
                 self.tr("{count} weken opgeslagen.").format(count=count))
        if bad:
            saved += " " + self.tr("Niet opgeslagen (in rood): {weeks}.").format(
                weeks=", ".join(f"{y}-W{w:02d}" for y, w in sorted(bad)))
        self._say(saved, ok=not bad)
        self.changed.emit()
        return True

    def _on_delegate_submitted(self) -> None:
        """Enter in the hours of a week: save it (and any other changed week), then the
        next (older) week."""
        key = self._current_key()
        pending = self.model.pending.get(key) if key is not None else None
        if pending is not None and pending.error is not None:
            self._say(pending.error, ok=False)
            return
        if pending is not None and not self.save():
            return
        row = self.model.row_of(key) if key is not None else -1
        if 0 <= row + 1 < len(self.model.rows):
            self._select_row(row + 1)

    # --- approving -------------------------------------------------------------------------
    def request_approval(self) -> None:
        """Ask the page to have the chosen weeks approved (their current hours ids)."""
        self.table.commit_open_editor()
        if not self.may_write or self.sheet is None:
            return
        rows = self.selected_rows()
        unsaved = [row.label for row in rows if row.key in self.model.pending]
        if unsaved:
            self._say(self.tr("Sla eerst de gewijzigde uren op (Ctrl+S): {weeks}; er is "
                              "niets goedgekeurd.").format(weeks=", ".join(unsaved)), ok=False)
            return
        ids, skipped = approvable_ids(rows)
        if not ids:
            self._say(self.tr("Er is niets om te laten goedkeuren: kies weken met uren die "
                              "nog niet zijn goedgekeurd."), ok=False)
            return
        if skipped:
            self._say(self.tr("{count} gekozen weken overgeslagen: al goedgekeurd of zonder "
                              "uren.").format(count=len(skipped)))
        else:
            self._say("")
        self.approve_requested.emit(ids)

    # --- the rest --------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        editable = self.model.editable and self.sheet is not None
        self.save_button.setEnabled(editable and bool(self.model.pending))
        self.approve_button.setEnabled(editable)
        self.withdraw_button.setEnabled(editable and self.current_approval() is not None)

    def _say(self, text: str, *, ok: bool = True) -> None:
        self.message_label.setObjectName("formSuccess" if ok else "formError")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)

    @property
    def unsaved_weeks(self) -> list[str]:
        """The weeks with hours typed and not saved (`2026-W37`), for the page to ask
        before it shows another enrolment (show_enrolment drops them)."""
        self.table.commit_open_editor()
        return [f"{y}-W{w:02d}" for y, w in sorted(self.model.pending, reverse=True)]

    @property
    def message(self) -> str:
        return self.message_label.text()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_approve_button_clicked(self) -> None:
        self.request_approval()
