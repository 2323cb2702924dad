"""A small read-only table over a list of DTOs: columns declared once, sorting in Python.

For the short lists of Vandaag and Rapportages (lessons of a day, signals, warnings, absences
reported in advance): tens of rows, so sorting the DTOs in memory is fine. Long lists (the
participant list) use their own lazy models.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 34


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, its text, and optionally colour, tooltip, sort key, width.

    `width` None stretches the column; `bold` draws the text bold (a status word).
    """

    header: str
    text: Callable[[T], str]
    width: int | None = None
    colour: Callable[[T], str | None] | None = None
    tooltip: Callable[[T], str | None] | None = None
    sort_key: Callable[[T], Any] | None = None
    bold: bool = False
    right: bool = False


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of DTOs shown through `Column`s; rows are replaced as a whole, never edited."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        self._original: list[T] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._original = list(rows)
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip is not None else column.text(item)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(item)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and column.bold:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The header also as tooltip: a narrow card at a large font cuts it off.
        if (role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's sort key (else its text); column -1: the order as given."""
        self.layoutAboutToBeChanged.emit()
        if 0 <= column < len(self.columns):
            spec = self.columns[column]
            key = spec.sort_key or (lambda item: spec.text(item).casefold())
            self._rows = sorted(self._original, key=key,
                                reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            self._rows = list(self._original)
        self.layoutChanged.emit()


class RowTable(QTableView, Generic[T]):
    """A `RowTableModel` in a view with fixed row heights, alternating rows and sortable
    headers, never scrolling sideways; `row_activated(item)` on Enter (and, with
    `open_on_click`, on a single click)."""

    row_activated = Signal(object)
    current_changed = Signal(object)  # the selected DTO, or None

    def __init__(self, columns: Sequence[Column[T]], *, sortable: bool = True,
                 open_on_click: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_model: RowTableModel[T] = RowTableModel(columns, self)
        self.setModel(self.table_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        horizontal = self.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(False)
        horizontal.setMinimumSectionSize(48)
        for index, column in enumerate(columns):
            if column.width is None:
                horizontal.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            else:
                horizontal.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                horizontal.resizeSection(index, column.width)
        if sortable:
            horizontal.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.setSortingEnabled(True)
        self._open_on_click = open_on_click
        self.clicked.connect(self._on_clicked)
        self.doubleClicked.connect(self._on_double_clicked)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show `rows` (in the column the user sorted on, if any)."""
        self.table_model.set_rows(rows)
        header = self.horizontalHeader()
        if self.isSortingEnabled() and header.sortIndicatorSection() >= 0:
            self.table_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.current_changed.emit(self.current_item())

    def current_item(self) -> T | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return self.table_model.row_at(index.row())

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.table_model.rowCount():
            return
        index = self.table_model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.current_item()
            if item is not None:
                self.row_activated.emit(item)
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        if self._open_on_click and index.isValid():
            item = self.table_model.row_at(index.row())
            if item is not None:
                self.row_activated.emit(item)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if not self._open_on_click and index.isValid():
            item = self.table_model.row_at(index.row())
            if item is not None:
                self.row_activated.emit(item)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.table_model.row_at(current.row())
                                  if current.isValid() else None)
