"""The import's findings as tables: every error (sortable, copyable) and the counts per sheet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bvmdesk.services.exchange import CellError, ImportSummary
from bvmdesk.services.exchange.format import SHEET_BY_NAME, SHEETS
from bvmdesk.ui.formatting import format_count

_Index = QModelIndex | QPersistentModelIndex
_SHEET_ORDER = {s.name: i for i, s in enumerate(SHEETS)}


def _column_position(error: CellError) -> int:
    sheet = SHEET_BY_NAME.get(error.sheet)
    return sheet.names.index(error.column) if sheet and error.column in sheet.names else -1


def _place(error: CellError) -> tuple[int, int, int]:
    """The order of the file: sheet, row, column (ties under any sort fall back to this)."""
    return _SHEET_ORDER.get(error.sheet, -1), error.row, _column_position(error)


_SORT_KEYS: tuple[Callable[[CellError], Any], ...] = (
    lambda e: _place(e),
    lambda e: (e.row, _place(e)),
    lambda e: (e.column.casefold(), _place(e)),
    lambda e: (e.message.casefold(), _place(e)),
)


class ErrorTableModel(QAbstractTableModel):
    """Blad, Rij, Kolom, Melding for each error; sorted here (a few thousand rows at most)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: list[CellError] = []
        self._headers = [QCoreApplication.translate("ImportResults", "Blad"),
                         QCoreApplication.translate("ImportResults", "Rij"),
                         QCoreApplication.translate("ImportResults", "Kolom"),
                         QCoreApplication.translate("ImportResults", "Melding")]
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_errors(self, errors: Sequence[CellError]) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self._sort_rows()
        self.endResetModel()

    @property
    def errors(self) -> list[CellError]:
        """The errors in the order shown."""
        return list(self._errors)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._errors):
            return None
        error = self._errors[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(error)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        key = _SORT_KEYS[column] if 0 <= column < len(_SORT_KEYS) else _SORT_KEYS[0]
        self._errors.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    @staticmethod
    def _cells(error: CellError) -> tuple[str, str, str, str]:
        return error.sheet, str(error.row), error.column, error.message

    def as_text(self) -> str:
        """All errors, in the order shown, as tab-separated lines under a header line."""
        lines = ["\t".join(self._headers)]
        for error in self._errors:
            lines.append("\t".join(" ".join(cell.split()) for cell in self._cells(error)))
        return "\n".join(lines) + "\n"


class SummaryTableModel(QAbstractTableModel):
    """Blad, Nieuw, Gewijzigd, Ongewijzigd for each sheet in the file, plus a total row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, int, int]] = []
        self._headers = [QCoreApplication.translate("ImportResults", "Blad"),
                         QCoreApplication.translate("ImportResults", "Nieuw"),
                         QCoreApplication.translate("ImportResults", "Gewijzigd"),
                         QCoreApplication.translate("ImportResults", "Ongewijzigd")]

    def set_summary(self, summary: ImportSummary | None) -> None:
        self.beginResetModel()
        self._rows = []
        if summary is not None:
            self._rows = [(name, c.created, c.updated, c.unchanged)
                          for name, c in summary.counts]
            if len(self._rows) > 1:
                self._rows.append((
                    QCoreApplication.translate("ImportResults", "Totaal"),
                    sum(r[1] for r in self._rows), sum(r[2] for r in self._rows),
                    sum(r[3] for r in self._rows)))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[index.column()]
            return value if isinstance(value, str) else format_count(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1 \
                and len(self._rows) > 2:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _configure(view: QTableView) -> None:
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(30)


class ErrorTable(QTableView):
    """The error list; a click on a header sorts, Ctrl+C copies every error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_model = ErrorTableModel(self)
        self.setModel(self.error_model)
        _configure(self)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header = self.horizontalHeader()
        for column, width in ((0, 150), (1, 64), (2, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def copy_all(self) -> None:
        """Put every error on the clipboard as tab-separated text (for Excel or an e-mail)."""
        QGuiApplication.clipboard().setText(self.error_model.as_text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_all()
            event.accept()
            return
        super().keyPressEvent(event)


class SummaryTable(QTableView):
    """What an import creates, updates and leaves alone, per sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_model = SummaryTableModel(self)
        self.setModel(self.summary_model)
        _configure(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMaximumWidth(720)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_summary(self, summary: ImportSummary | None) -> None:
        """Show `summary`, all rows at once (at most fourteen sheets and a total)."""
        self.summary_model.set_summary(summary)
        rows = self.summary_model.rowCount()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height()
                            + rows * self.verticalHeader().defaultSectionSize()
                            + 2 * self.frameWidth())
