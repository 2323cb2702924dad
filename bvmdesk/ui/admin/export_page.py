"""Beheer > Exporteren: everything as a workbook or a CSV folder, and the empty template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor
from bvmdesk.services.exchange import ExchangeService, ExportResult
from bvmdesk.services.exchange.format import EXPORT_SHEETS
from bvmdesk.ui.common.file_dialogs import existing_directory, save_file_name
from bvmdesk.ui.common.messages import set_form_message, show_task_failure
from bvmdesk.ui.formatting import format_count, role_label
from bvmdesk.ui.workers import TaskContext, run_task

_SHEET_FILES = {f"{s.name}.csv" for s in EXPORT_SHEETS}


def csv_target(folder: Path, today: date) -> Path:
    """The folder to write CSV files to: `folder` itself when it is empty or holds an
    earlier export, otherwise a new `bvmdesk-export-DATE` folder inside it (an export
    folder holds the sheets and nothing else)."""
    if not folder.exists() or all(p.name in _SHEET_FILES for p in folder.iterdir()):
        return folder
    base = folder / f"bvmdesk-export-{today.isoformat()}"
    target, n = base, 1
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    return target


class ExportPanel(QWidget):
    """Export buttons, the template button, and where the last export went with its rows."""

    exported = Signal(object)  # ExportResult

    def __init__(self, exchange: ExchangeService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self._actor = actor
        self._allowed = actor.may(Permission.MANAGE_DATA)
        self._last_dir = str(Path.home())

        title = QLabel(self.tr("Exporteren"))
        title.setObjectName("sectionTitle")
        intro = QLabel(self.tr(
            "Schrijft alle gegevens in het uitwisselformaat: een Excel-werkmap met tien "
            "bladen, of een map met tien CSV-bestanden (UTF-8, puntkomma). Zo'n export kan "
            "later weer worden geïmporteerd, hier of in een andere BVM Desk."))
        intro.setWordWrap(True)
        self.permission_label = QLabel(self.tr(
            "Alleen een beheerder kan gegevens exporteren; u bent ingelogd als {name} "
            "({role}).").format(name=actor.name, role=role_label(actor.role)))
        self.permission_label.setObjectName("formError")
        self.permission_label.setVisible(not self._allowed)

        self.workbook_button = QPushButton(self.tr("Als Excel-werkmap opslaan…"))
        self.workbook_button.setObjectName("primary")
        self.folder_button = QPushButton(self.tr("Als CSV-map opslaan…"))
        self.template_button = QPushButton(self.tr("Leeg sjabloon opslaan…"))
        self.template_button.setToolTip(self.tr(
            "Een lege werkmap met alle bladen, kolomkoppen, een toelichting en keuzelijsten"))
        for button in (self.workbook_button, self.folder_button):
            button.setEnabled(self._allowed)
        self.workbook_button.clicked.connect(self._on_workbook_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.workbook_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.template_button)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Blad"), self.tr("Rijen")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumWidth(480)
        self.table.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.permission_label)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)

    # --- actions -------------------------------------------------------------------------
    def export_to(self, path: Path | str) -> None:
        """Export everything to `path` (`.xlsx`: a workbook, otherwise a CSV folder)."""
        if not self._allowed:
            return
        target, actor, exchange = Path(path), self._actor, self._exchange

        def work(context: TaskContext) -> ExportResult:
            return exchange.export(actor, target, context.progress, context.cancelled)

        self._set_message("", None)
        run_task(self, work, self._on_export_finished,
                 label=self.tr("Bezig met exporteren naar {name}…").format(name=target.name),
                 on_error=self._on_task_failed, on_cancelled=self._on_export_cancelled)

    def save_template_to(self, path: Path | str) -> None:
        """Write the empty template workbook to `path`."""
        target = Path(path)

        def work(context: TaskContext) -> Path:
            ExchangeService.write_template(target)
            return target

        self._set_message("", None)
        run_task(self, work, self._on_template_finished, on_error=self._on_task_failed)

    # --- results -------------------------------------------------------------------------
    def _on_export_finished(self, result: ExportResult) -> None:
        total = sum(result.rows.values())
        what = self.tr("Excel-werkmap") if result.path.suffix.lower() == ".xlsx" \
            else self.tr("CSV-map")
        rows = (self.tr("1 rij") if total == 1 else
                self.tr("{count} rijen").format(count=format_count(total)))
        self._set_message(self.tr("Klaar: alle gegevens ({rows}) staan in de {what} "
                                  "{path}").format(rows=rows, what=what, path=result.path),
                          "formSuccess")
        names = [s.name for s in EXPORT_SHEETS if s.name in result.rows]
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            count = QTableWidgetItem(format_count(result.rows[name]))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, count)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + 30 * len(names) + 2 * self.table.frameWidth())
        self.table.show()
        self.exported.emit(result)

    def _on_export_cancelled(self) -> None:
        self._set_message(self.tr("Geannuleerd: er is niets geschreven."), "formError")

    def _on_template_finished(self, path: Path) -> None:
        self._set_message(self.tr("Het lege sjabloon staat in {path}. Vul het in Excel in "
                                  "en importeer het via Beheer → Importeren.").format(
                                      path=path), "formSuccess")

    def _on_task_failed(self, exc: BaseException) -> None:
        show_task_failure(self, self.message_label, exc, self.tr("Er is niets geschreven."))
        self.table.hide()

    def _set_message(self, text: str, style: str | None) -> None:
        set_form_message(self.message_label, text, style)
        self.table.hide()

    # --- dialogs -------------------------------------------------------------------------
    def _on_workbook_button_clicked(self) -> None:
        today = self._exchange.clock.today().isoformat()
        suggested = str(Path(self._last_dir) / f"bvmdesk-{today}.xlsx")
        name, _ = save_file_name(self, self.tr("Excel-werkmap opslaan"),
                                              suggested, self.tr("Excel-werkmap (*.xlsx)"))
        if name:
            path = Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")
            self._last_dir = str(path.parent)
            self.export_to(path)

    def _on_folder_button_clicked(self) -> None:
        name = existing_directory(
            self, self.tr("Map voor de CSV-bestanden kiezen"), self._last_dir)
        if name:
            self._last_dir = name
            self.export_to(csv_target(Path(name), self._exchange.clock.today()))

    def _on_template_button_clicked(self) -> None:
        suggested = str(Path(self._last_dir) / "bvmdesk-sjabloon.xlsx")
        name, _ = save_file_name(self, self.tr("Leeg sjabloon opslaan"),
                                              suggested, self.tr("Excel-werkmap (*.xlsx)"))
        if name:
            path = Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")
            self._last_dir = str(path.parent)
            self.save_template_to(path)
