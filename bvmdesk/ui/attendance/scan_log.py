"""Reading a badge scanner's log: choose the file, import it in a worker, see every line
that made no mark and the marks that were written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import os_error_text
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.scanlog import ScanLine, ScanLogService, ScanLogSummary, ScanMark
from bvmdesk.ui.attendance.register_model import status_word
from bvmdesk.ui.common.file_dialogs import open_file_name
from bvmdesk.ui.common.messages import show_error
from bvmdesk.ui.common.reauth import confirm_identity
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.formatting import format_count, format_date, role_label
from bvmdesk.ui.workers import TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.container import Services

_Index = QModelIndex | QPersistentModelIndex


def _label(text: str = "", name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _hhmm(value: Any) -> str:
    return "" if value is None else f"{value:%H:%M}"


class ScanLogDialog(QDialog):
    """Bestand kiezen… reads the log at once (all or nothing, in a worker with Cancel);
    then the summary sentence, the lines that made no mark, and the marks written."""

    imported = Signal(object)  # ScanLogSummary, after an import that went through

    def __init__(self, scanlog: ScanLogService | Services, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scanlog = scanlog if isinstance(scanlog, ScanLogService) else scanlog.scanlog
        self._actor = actor
        self._allowed = actor.may(Permission.RECORD_ATTENDANCE)
        self._last_dir = str(Path.home())
        self._summary: ScanLogSummary | None = None
        self.setWindowTitle(self.tr("Scannerlogboek inlezen"))

        title = _label(self.tr("Scannerlogboek inlezen"), "sectionTitle")
        intro = _label(self.tr(
            "Kies het logboek van de badgescanner: een .csv- of .txt-bestand met per regel "
            "badge;tijdstip. Elke scan wordt aankomst of vertrek bij de les die op dat moment "
            "bezig was. Alles wordt in één keer vastgelegd; hetzelfde logboek nog een keer "
            "inlezen verandert niets. Ziek of afwezig gemelde deelnemers blijven zoals ze "
            "zijn."))
        self.permission_label = _label(self.tr(
            "U mag geen presentie vastleggen; u bent ingelogd als {name} ({role}).").format(
                name=actor.name, role=role_label(actor.role)), "formError")
        self.permission_label.setVisible(not self._allowed)
        self.choose_button = QPushButton(self.tr("&Bestand kiezen…"))
        self.choose_button.setObjectName("primary")
        self.choose_button.setEnabled(self._allowed)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)

        self.result_label = _label(name="formSuccess")
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_title = _label(name="sectionTitle")
        self.lines_table: RowTable[ScanLine] = RowTable([
            Column(self.tr("Regel"), lambda x: str(x.line), 64, right=True,
                   sort_key=lambda x: x.line),
            Column(self.tr("Badge"), lambda x: x.badge, 130),
            Column(self.tr("Tijdstip"), lambda x: x.timestamp, 180),
            Column(self.tr("Reden"), lambda x: x.reason)])
        self.lines_model = self.lines_table.table_model
        self.marks_title = _label(name="sectionTitle")
        self.marks_table: RowTable[ScanMark] = RowTable([
            Column(self.tr("Deelnemer"), lambda m: m.participant, 110),
            Column(self.tr("Naam"), lambda m: m.name, 220),
            Column(self.tr("Groep"), lambda m: m.group, 110),
            Column(self.tr("Datum"), lambda m: format_date(m.date, weekday=True), 130,
                   sort_key=lambda m: m.date),
            Column(self.tr("Les"), lambda m: _hhmm(m.start_time), 60),
            Column(self.tr("Status"), lambda m: status_word(m.status), 110),
            Column(self.tr("Aankomst"), lambda m: _hhmm(m.arrival_time), 100),
            Column(self.tr("Vertrek"), lambda m: _hhmm(m.departure_time))])
        self.marks_model = self.marks_table.table_model
        self.results = QWidget()
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.setSpacing(8)
        results.addWidget(self.lines_title)
        results.addWidget(self.lines_table, 1)
        results.addWidget(self.marks_title)
        results.addWidget(self.marks_table, 1)
        self.results.hide()
        self.result_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.permission_label)
        layout.addLayout(choose_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.results, 100)
        layout.addStretch(1)  # keeps a lone message at the top when there are no tables
        layout.addWidget(buttons)
        self.resize(1000, 680)
        self.choose_button.setFocus()

    @property
    def summary(self) -> ScanLogSummary | None:
        """What the last import did; None before one went through."""
        return self._summary

    def import_file(self, path: Path | str) -> None:
        """Read and import `path` in a worker (the file dialog ends here)."""
        if not self._allowed or not confirm_identity(self, self.tr("een scanlog importeren")):
            return
        path = Path(path)
        scanlog, actor = self._scanlog, self._actor
        unreadable = self.tr("{name} is niet te lezen ({reason}).")
        done: list[ScanLogSummary] = []  # a Cancel that came after the commit changes nothing

        def work(context: TaskContext) -> ScanLogSummary:
            try:
                data = scanlog.read_log(path)  # a pipe, a device or the database: refused
            except OSError as exc:
                raise ServiceError(unreadable.format(
                    name=path.name, reason=os_error_text(exc))) from exc
            summary = scanlog.import_scans(actor, data, path.name,
                                           progress=context.progress,
                                           cancelled=context.cancelled)
            done.append(summary)
            return summary

        def cancelled() -> None:
            if done:
                self._on_import_finished(done[0])
            else:
                self._on_import_cancelled()

        self.choose_button.setEnabled(False)
        run_task(self, work, self._on_import_finished,
                 label=self.tr("{name} wordt ingelezen…").format(name=path.name),
                 on_error=self._on_import_failed, on_cancelled=cancelled)

    # --- results -------------------------------------------------------------------------
    def sentence(self, summary: ScanLogSummary) -> str:
        """`14 scans in scans.csv: 9 markeringen vastgelegd, 3 ongewijzigd, …`."""
        scans = (self.tr("1 scan") if summary.scans == 1 else
                 self.tr("{n} scans").format(n=format_count(summary.scans)))
        marked = (self.tr("1 markering vastgelegd") if len(summary.marked) == 1 else
                  self.tr("{n} markeringen vastgelegd").format(
                      n=format_count(len(summary.marked))))
        return self.tr("{scans} in {file}: {marked}, {unchanged} ongewijzigd, {skipped} "
                       "overgeslagen, {unmatched} zonder les.").format(
            scans=scans, file=summary.filename, marked=marked,
            unchanged=format_count(len(summary.unchanged)),
            skipped=format_count(len(summary.skipped)),
            unmatched=format_count(len(summary.unmatched)))

    def _show_summary(self, summary: ScanLogSummary) -> None:
        self._set_result(self.sentence(summary), error=False)
        lines = [*summary.unmatched, *summary.skipped]  # what needs a look first
        self.lines_table.set_rows(lines)
        self.lines_title.setText(
            self.tr("Regels zonder markering: {unmatched} zonder les, {skipped} "
                    "overgeslagen").format(unmatched=format_count(len(summary.unmatched)),
                                           skipped=format_count(len(summary.skipped)))
            if lines else self.tr("Elke scan is verwerkt."))
        self.lines_table.setVisible(bool(lines))
        self.marks_table.set_rows(summary.marked)
        self.marks_title.setText(self.tr("Vastgelegde markeringen ({n})").format(
            n=format_count(len(summary.marked))))
        self.marks_table.setVisible(bool(summary.marked))
        self.results.show()

    def _set_result(self, text: str, *, error: bool) -> None:
        self.result_label.setObjectName("formError" if error else "formSuccess")
        self.result_label.setText(text)
        self.result_label.show()
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)

    def _show_failure(self, text: str) -> None:
        self._set_result(text, error=True)
        self.results.hide()

    # --- slots ---------------------------------------------------------------------------
    def _on_import_finished(self, summary: ScanLogSummary) -> None:
        self.choose_button.setEnabled(self._allowed)
        self._summary = summary
        self._show_summary(summary)
        self.choose_button.setFocus()
        self.imported.emit(summary)

    def _on_import_failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(self._allowed)
        if not isinstance(exc, ServiceError):
            show_error(self, exc)
        self._show_failure(self.tr("Het logboek is niet ingelezen: {reason} Er is niets "
                                   "gewijzigd.").format(
            reason=str(exc) if isinstance(exc, ServiceError) else self.tr(
                "er ging iets onverwachts mis; de details staan in het logbestand.")))

    def _on_import_cancelled(self) -> None:
        self.choose_button.setEnabled(self._allowed)
        self._show_failure(self.tr("Geannuleerd: er is niets gewijzigd."))

    def _on_choose_button_clicked(self) -> None:
        name, _ = open_file_name(
            self, self.tr("Scannerlogboek kiezen"), self._last_dir,
            self.tr("Scannerlogboek (*.csv *.txt);;Alle bestanden (*)"))
        if name:
            self._last_dir = str(Path(name).parent)
            self.import_file(name)
