"""The table model and editing pieces of the Bpv-uren grid: weeks (newest first) x Week,
Van-tot, Uren (editable), Status, Ingevoerd door; hours typed and not saved are kept
here, marked, until the grid saves them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from bvmdesk.ui.signoffs.hours_rows import (
    Pending,
    WeekRow,
    entered_text,
    hours_text,
    range_text,
    read_pending,
    status_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMN_WEEK, COLUMN_RANGE, COLUMN_HOURS, COLUMN_STATUS, COLUMN_ENTERED = range(5)
COLUMNS = 5
APPROVED = ("#1B5E20", "#E3F2E4")
VOIDED = ("#7A4A00", "#FFE9C7")
CHANGED = ("#0D3C61", "#FFF6D6")
BAD = ("#8C1D18", "#FBE3E1")
HOURS_KEYS = set("0123456789,.:")


class HoursModel(QAbstractTableModel):
    """The weeks of one enrolment with what is typed and not saved yet."""

    pending_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[WeekRow] = []
        self.pending: dict[tuple[int, int], Pending] = {}
        self.editable = True

    def set_rows(self, rows: list[WeekRow], keep_pending: bool = False) -> None:
        self.beginResetModel()
        self.rows = rows
        if keep_pending:
            keys = {row.key for row in rows}
            self.pending = {k: p for k, p in self.pending.items() if k in keys}
        else:
            self.pending = {}
        self.endResetModel()
        self.pending_changed.emit()

    def row_of(self, key: tuple[int, int]) -> int:
        return next((n for n, row in enumerate(self.rows) if row.key == key), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COLUMN_HOURS and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Week"), self.tr("Van-tot"), self.tr("Uren"), self.tr("Status"),
                self.tr("Ingevoerd door"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        pending = self.pending.get(row.key)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, pending, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_RANGE:
                return range_text(row)
            if column == COLUMN_ENTERED:
                return entered_text(row, full=True) or None
            if column in (COLUMN_HOURS, COLUMN_STATUS):
                text = status_text(row, pending)
                if pending is not None and pending.error is None and row.hours is not None \
                        and row.hours.approval is not None:
                    text += self.tr("; bij opslaan vervalt de goedkeuring")
                return text or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_HOURS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        colours = self._colours(row, pending, column)
        if colours is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colours[0]))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colours[1]))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            font.setItalic(pending is not None)
            return font
        return None

    def _text(self, row: WeekRow, pending: Pending | None, column: int) -> str:
        if column == COLUMN_WEEK:
            return row.label
        if column == COLUMN_RANGE:
            return range_text(row, year=False)
        if column == COLUMN_HOURS:
            return pending.text if pending is not None else hours_text(row)
        if column == COLUMN_STATUS:
            return status_text(row, pending)
        return entered_text(row)

    @staticmethod
    def _colours(row: WeekRow, pending: Pending | None,
                 column: int) -> tuple[str, str] | None:
        if column not in (COLUMN_HOURS, COLUMN_STATUS):
            return None
        if pending is not None:
            return BAD if pending.error is not None else CHANGED
        if column != COLUMN_STATUS or row.hours is None:
            return None
        if row.hours.approval is not None:
            return APPROVED
        if row.approval_voided:
            return VOIDED
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != COLUMN_HOURS
                or role != Qt.ItemDataRole.EditRole or not self.editable):
            return False
        row = self.rows[index.row()]
        pending = read_pending(str(value or ""), row)
        if pending is None:
            self.pending.pop(row.key, None)
        else:
            self.pending[row.key] = pending
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), COLUMNS - 1))
        self.pending_changed.emit()
        return True

    def forget(self, keys: set[tuple[int, int]]) -> None:
        """Drop what was typed in `keys` (saved)."""
        for key in keys:
            self.pending.pop(key, None)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, COLUMNS - 1))
        self.pending_changed.emit()


class HoursDelegate(QStyledItemDelegate):
    """A plain line editor for hours; Enter commits it and asks the grid to save and move
    down (`submitted`)."""

    submitted = Signal()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)


class HoursTable(QTableView):
    """Typing a digit on any column of a week edits that week's hours."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (event.text() and event.text() in HOURS_KEYS and current.isValid()
                and current.column() != COLUMN_HOURS
                and self.state() != QTableView.State.EditingState):
            model = self.model()
            target = model.index(current.row(), COLUMN_HOURS)
            selection = self.selectionModel()
            selection.setCurrentIndex(target, selection.SelectionFlag.NoUpdate)
        super().keyPressEvent(event)

    def commit_open_editor(self) -> None:
        """Take over what is typed in an open editor (before saving)."""
        if self.state() != QTableView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
