"""The lists Vandaag, Rapportages and the participant share: absences reported in advance,
verzuim signals (with the handover to the school) and attendance warnings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.attendance_types import (
    AttendanceWarning,
    PlannedAbsenceInfo,
    VerzuimReport,
    VerzuimSignalRow,
)
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.attendance.register_model import AMBER, GREEN, RED
from bvmdesk.ui.attendance.text import (
    absence_scope,
    absence_when,
    hours_text,
    kind_colour,
    kind_text,
    percentage_text,
    period_text,
    recorded_text,
)
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.section_card import SectionCard, confirm
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.absences import AbsenceService
    from bvmdesk.services.attendance_reports import ReportService

class PlannedAbsencesPanel(SectionCard):
    """Absences reported in advance, with "Intrekken"; `with_names`: the list of a day
    (who), else the list of one participant (when)."""

    absences_changed = Signal()

    def __init__(self, absences: AbsenceService, actor: Actor, *, with_names: bool,
                 day: date | None = None, title: str | None = None,
                 parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        note = Column[PlannedAbsenceInfo](translate("Panels", "Notitie"), lambda a: a.note or "",
                                          None, tooltip=recorded_text)
        if with_names:  # the day's list, in a narrow card: the note shows under the table
            columns = [
                Column[PlannedAbsenceInfo](translate("Panels", "Naam"), lambda a: a.name, None,
                                           tooltip=lambda a: f"{a.name} · {a.participant}"),
                Column[PlannedAbsenceInfo](
                    translate("Panels", "Soort"), lambda a: kind_text(a.kind, short=True), 124,
                    colour=lambda a: kind_colour(a.kind), bold=True),
                Column[PlannedAbsenceInfo](translate("Panels", "Wat"),
                                           lambda a: absence_scope(a, self.day), 124,
                                           tooltip=lambda a: absence_scope(a))]
        else:
            columns = [
                Column[PlannedAbsenceInfo](translate("Panels", "Wanneer"), absence_when, 200,
                                           sort_key=lambda a: (a.from_date, a.to_date),
                                           tooltip=lambda a: absence_scope(a)),
                Column[PlannedAbsenceInfo](
                    translate("Panels", "Soort"), lambda a: kind_text(a.kind, short=True), 124,
                    colour=lambda a: kind_colour(a.kind), bold=True), note]
        super().__init__(title or translate("Panels", "Vooraf gemeld"), RowTable(columns), parent)
        self._absences = absences
        self._actor = actor
        self.day = day
        self.list: RowTable[PlannedAbsenceInfo] = self.table  # type: ignore[assignment]
        self.confirm: Callable[[str], bool] = lambda text: confirm(
            self, text, translate("PlannedAbsencesPanel", "Intrekken"))
        self.withdraw_button = QPushButton(translate("PlannedAbsencesPanel", "Intrekken"))
        self.withdraw_button.setToolTip(translate("PlannedAbsencesPanel",
                                                  "De gekozen melding intrekken"))
        self.withdraw_button.setVisible(actor.may(Permission.RECORD_ATTENDANCE))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("muted")
        self.detail_label.setWordWrap(True)
        self.detail_label.setVisible(with_names)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):  # under the table, above the buttons
            layout.insertWidget(layout.count() - 1, self.detail_label)
        self.add_button(self.withdraw_button)
        self.list.current_changed.connect(self._on_list_current_changed)
        self.empty_text = translate("PlannedAbsencesPanel", "Niemand is vooraf afgemeld.")

    def set_absences(self, absences: Sequence[PlannedAbsenceInfo]) -> None:
        self.list.set_rows(absences)
        if absences:
            self.show_table(len(absences))
        else:
            self.show_message(self.empty_text)
        self.withdraw_button.setEnabled(False)

    def withdraw_selected(self) -> bool:
        """Withdraw the selected absence after asking; True when it was withdrawn."""
        item = self.list.current_item()
        if item is None:
            return False
        question = QCoreApplication.translate(
            "PlannedAbsencesPanel", "Melding van {name} ({kind}, {when}) intrekken?").format(
            name=item.name, kind=kind_text(item.kind).split(maxsplit=1)[-1].lower(),
            when=absence_scope(item))
        if not self.confirm(question):
            return False
        try:
            self._absences.withdraw(self._actor, item.id)
        except ServiceError as exc:
            QMessageBox.warning(self, "BVM Desk", str(exc))
            return False
        remaining = [a for a in self.list.table_model.rows() if a.id != item.id]
        self.set_absences(remaining)
        self.absences_changed.emit()
        return True

    def _on_list_current_changed(self, item: object) -> None:
        self.withdraw_button.setEnabled(item is not None)
        chosen = item if isinstance(item, PlannedAbsenceInfo) else None
        self.detail_label.setText(recorded_text(chosen) if chosen is not None else "")

    def _on_withdraw_button_clicked(self) -> None:
        self.withdraw_selected()


class VerzuimPanel(SectionCard):
    """Verzuim signals: those still to hand over (Vandaag) or all (Rapportages), with
    "Overgedragen aan school…", "Overdracht intrekken" and "Naar deelnemer"."""

    participant_requested = Signal(object)  # uuid.UUID
    handovers_changed = Signal()

    def __init__(self, absences: AbsenceService, actor: Actor, *, today: Callable[[], date],
                 all_signals: bool, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        columns = [
            Column[VerzuimSignalRow](translate("Panels", "Naam"), lambda r: r.name, None),
            Column[VerzuimSignalRow](translate("Panels", "Nummer"), lambda r: r.participant, 96),
            Column[VerzuimSignalRow](
                translate("Panels", "Periode"), lambda r: period_text(r.window_start, r.window_end),
                160, sort_key=lambda r: (r.window_start, r.window_end),
                tooltip=lambda r: translate("Panels", "{count} lessen met ongeoorloofd verzuim")
                .format(count=len(r.lesson_dates))),
            Column[VerzuimSignalRow](translate("Panels", "Ongeoorloofd"),
                                     lambda r: hours_text(r.unexcused_minutes), 132,
                                     sort_key=lambda r: r.unexcused_minutes, right=True)]
        if all_signals:
            columns.append(Column[VerzuimSignalRow](
                translate("Panels", "Overdracht"), _handover_text, 230,
                colour=lambda r: GREEN if r.handed_over_on else RED, bold=True,
                sort_key=lambda r: (r.handed_over_on is not None, r.handed_over_on or date.min),
                tooltip=lambda r: r.handover_note or _handover_text(r)))
        super().__init__(translate("Panels", "Verzuimsignalen"), RowTable(columns), parent)
        self._absences = absences
        self._actor = actor
        self._today = today
        self.all_signals = all_signals
        self.report: VerzuimReport | None = None
        self.list: RowTable[VerzuimSignalRow] = self.table  # type: ignore[assignment]
        may_record = actor.may(Permission.RECORD_ATTENDANCE)
        self.confirm: Callable[[str], bool] = lambda text: confirm(
            self, text, self.tr("Overdracht intrekken"))
        self.run_dialog: Callable[[QDialog], Any] = lambda dialog: dialog.exec()
        self.handover_button = QPushButton(self.tr("Overgedragen aan school…"))
        self.handover_button.setToolTip(self.tr(
            "Vastleggen dat dit signaal aan de school is doorgegeven (die meldt het bij DUO)"))
        self.undo_button = QPushButton(self.tr("Overdracht intrekken"))
        self.person_button = QPushButton(self.tr("Naar deelnemer"))
        self.handover_button.setVisible(may_record)
        self.undo_button.setVisible(may_record and all_signals)
        for button in (self.handover_button, self.undo_button, self.person_button):
            button.setEnabled(False)
            self.add_button(button)
        self.handover_button.clicked.connect(self._on_handover_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.person_button.clicked.connect(self._on_person_button_clicked)
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.row_activated.connect(self._on_list_row_activated)
        self.show_message(self.tr("Bezig met laden…"))

    def set_loading(self) -> None:
        """Say so while the scan runs; rows already shown stay until the new ones arrive."""
        if self.report is None:
            self.show_message(self.tr("Bezig met laden…"))
        else:
            self.count_label.setText(self.tr("(bijwerken…)"))

    def set_error(self, text: str) -> None:
        self.report = None
        self.list.set_rows([])
        self.show_message(self.tr("De verzuimsignalen konden niet worden gelezen: {error}")
                          .format(error=text))

    def set_report(self, report: VerzuimReport) -> None:
        self.report = report
        rows = [r for r in report.signals if self.all_signals or r.handed_over_on is None]
        self.list.set_rows(rows)
        if rows:
            self.show_table(len(rows))
        elif self.all_signals:
            self.show_message(self.tr("Geen verzuimsignalen tot en met {day}.").format(
                day=format_date(report.as_of)))
        else:
            self.show_message(self.tr(
                "Geen verzuimsignalen die nog aan de school moeten worden overgedragen."))

    def signals(self) -> list[VerzuimSignalRow]:
        return self.list.table_model.rows()

    # --- actions -------------------------------------------------------------------------
    def hand_over_selected(self) -> bool:
        """Open the handover dialog for the selected signal; True when it was saved."""
        from bvmdesk.ui.today.handover import HandoverDialog

        row = self.list.current_item()
        if row is None or row.handed_over_on is not None or row.participant_id is None:
            return False
        dialog = HandoverDialog(self._absences, self._actor, row, today=self._today(),
                                report=self.report, parent=self)
        self.run_dialog(dialog)
        if not dialog.saved:
            return False
        self.handovers_changed.emit()
        return True

    def undo_selected(self) -> bool:
        """Take back the handover of the selected signal, after asking."""
        row = self.list.current_item()
        if row is None or row.handed_over_on is None or row.participant_id is None:
            return False
        question = self.tr("Overdracht van het verzuimsignaal van {name} ({period}) "
                           "intrekken?").format(name=row.name, period=period_text(
                               row.window_start, row.window_end))
        if not self.confirm(question):
            return False
        try:
            self._absences.undo_handover(self._actor, row.participant_id, row.window_start,
                                         row.window_end)
        except ServiceError as exc:
            QMessageBox.warning(self, "BVM Desk", str(exc))
            return False
        self.handovers_changed.emit()
        return True

    def _on_list_current_changed(self, row: object) -> None:
        chosen = row if isinstance(row, VerzuimSignalRow) else None
        self.person_button.setEnabled(chosen is not None and chosen.participant_id is not None)
        self.handover_button.setEnabled(chosen is not None and chosen.handed_over_on is None)
        self.undo_button.setEnabled(chosen is not None and chosen.handed_over_on is not None)

    def _on_list_row_activated(self, row: object) -> None:
        if isinstance(row, VerzuimSignalRow) and row.participant_id is not None:
            self.participant_requested.emit(row.participant_id)

    def _on_handover_button_clicked(self) -> None:
        self.hand_over_selected()

    def _on_undo_button_clicked(self) -> None:
        self.undo_selected()

    def _on_person_button_clicked(self) -> None:
        row = self.list.current_item()
        if row is not None and row.participant_id is not None:
            self.participant_requested.emit(row.participant_id)


def _handover_text(row: VerzuimSignalRow) -> str:
    if row.handed_over_on is None:
        return QCoreApplication.translate("Panels", "Nog niet overgedragen")
    return QCoreApplication.translate("Panels", "Overgedragen {day}").format(
        day=format_date(row.handed_over_on))


class WarningsPanel(SectionCard):
    """Enrolments below their module's minimum attendance, with "Naar deelnemer"."""

    participant_requested = Signal(object)  # uuid.UUID

    def __init__(self, *, with_number: bool = False, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        columns = [Column[AttendanceWarning](translate("Panels", "Naam"), lambda w: w.name, None,
                                             tooltip=lambda w: f"{w.name} · {w.participant}")]
        if with_number:
            columns.append(Column[AttendanceWarning](translate("Panels", "Nummer"),
                                                     lambda w: w.participant, 100))
        columns += [
            Column[AttendanceWarning](translate("Panels", "Groep"), lambda w: w.group, 96,
                                      tooltip=lambda w: w.group_name),
            Column[AttendanceWarning](translate("Panels", "Module"), lambda w: w.module_name, None),
            Column[AttendanceWarning](
                translate("Panels", "Aanwezig"), lambda w: percentage_text(w.percentage, w.minimum),
                176, colour=lambda w: RED if w.percentage < w.minimum - 10 else AMBER,
                sort_key=lambda w: w.percentage,
                tooltip=lambda w: translate("Panels", "{attended} aanwezig van {marked} ingevuld")
                .format(attended=hours_text(w.attended_minutes),
                        marked=hours_text(w.marked_minutes)))]
        super().__init__(translate("Panels", "Aanwezigheidswaarschuwingen"), RowTable(columns),
                         parent)
        self.list: RowTable[AttendanceWarning] = self.table  # type: ignore[assignment]
        self.person_button = QPushButton(self.tr("Naar deelnemer"))
        self.person_button.setEnabled(False)
        self.person_button.clicked.connect(self._on_person_button_clicked)
        self.add_button(self.person_button)
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.row_activated.connect(self._on_list_row_activated)
        self.loaded = False
        self.show_message(self.tr("Bezig met laden…"))

    def set_loading(self) -> None:
        if not self.loaded:
            self.show_message(self.tr("Bezig met laden…"))
        else:
            self.count_label.setText(self.tr("(bijwerken…)"))

    def set_error(self, text: str) -> None:
        self.loaded = False
        self.list.set_rows([])
        self.show_message(self.tr("De waarschuwingen konden niet worden gelezen: {error}")
                          .format(error=text))

    def set_warnings(self, warnings: Sequence[AttendanceWarning]) -> None:
        self.loaded = True
        self.list.set_rows(warnings)
        if warnings:
            self.show_table(len(warnings))
        else:
            self.show_message(self.tr(
                "Iedereen zit op of boven de minimale aanwezigheid van zijn module."))

    def _on_list_current_changed(self, row: object) -> None:
        self.person_button.setEnabled(row is not None)

    def _on_list_row_activated(self, row: object) -> None:
        if isinstance(row, AttendanceWarning):
            self.participant_requested.emit(row.participant_id)

    def _on_person_button_clicked(self) -> None:
        row = self.list.current_item()
        if row is not None:
            self.participant_requested.emit(row.participant_id)



class WatchlistLoader:
    """Loads the verzuim signals and the warnings into two panels, off the GUI thread (up
    to a few seconds on a big database); a newer load makes an older result void."""

    def __init__(self, parent: QWidget, reports: ReportService, actor: Actor,
                 verzuim: VerzuimPanel, warnings: WarningsPanel) -> None:
        self._parent = parent
        self._reports = reports
        self._actor = actor
        self._verzuim = verzuim
        self._warnings = warnings
        self._generation = 0

    def load(self, on_loaded: Callable[[VerzuimReport, list[AttendanceWarning]], None]
             | None = None) -> None:
        from bvmdesk.ui.workers import TaskContext, run_task

        self._generation += 1
        generation = self._generation
        reports, actor = self._reports, self._actor
        self._verzuim.set_loading()
        self._warnings.set_loading()

        def work(_context: TaskContext) -> tuple[VerzuimReport, list[AttendanceWarning]]:
            return reports.verzuim(actor), reports.warnings(actor)

        def done(result: tuple[VerzuimReport, list[AttendanceWarning]]) -> None:
            if generation == self._generation:
                self._verzuim.set_report(result[0])
                self._warnings.set_warnings(result[1])
                if on_loaded is not None:
                    on_loaded(*result)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if not isinstance(exc, ServiceError):
                from bvmdesk.ui.common.messages import show_error

                show_error(self._parent, exc)
            self._verzuim.set_error(str(exc))
            self._warnings.set_error(str(exc))

        run_task(self._parent, work, done, on_error=failed)
