"""The criteria of a beoordelingsformulier as an editable table, grouped by work process:
werkproces, its name, number, description, kritisch and weight; keyboard first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bvmdesk.services.assessment_types import CriterionInfo, CriterionSpec

COL_WP, COL_WP_NAME, COL_NUMBER, COL_TEXT, COL_CRITICAL, COL_WEIGHT = range(6)
_NUMBERS = (COL_NUMBER, COL_WEIGHT)
_REPEATED = QColor("#8A96A3")  # a work process repeated from the row above: quieter


class _NumberDelegate(QStyledItemDelegate):
    """A spin box (1 to 999) for the number and the weight."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() in _NUMBERS:
            box = QSpinBox(parent)
            box.setRange(1, 999)
            box.setFrame(False)
            return box
        return super().createEditor(parent, option, index)


class CriteriaTable(QTableWidget):
    """One row per criterion, in number order. Enter edits the current cell, Delete
    removes the row, Space ticks kritisch. A new row continues the work process of the
    current one; while the numbers run 1..n in table order they are kept that way."""

    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self._filling = False
        self._read_only = False
        self.setHorizontalHeaderLabels([
            self.tr("Werkproces"), self.tr("Naam werkproces"), self.tr("Nr."),
            self.tr("Omschrijving"), self.tr("Kritisch"), self.tr("Gewicht")])
        self.setItemDelegate(_NumberDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(32)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, width in ((COL_WP, 116), (COL_WP_NAME, 240), (COL_NUMBER, 52),
                              (COL_CRITICAL, 84), (COL_WEIGHT, 80)):
            title = self.horizontalHeaderItem(column)
            need = metrics.horizontalAdvance(title.text() if title else "") + 2 * 8 + 8
            self.setColumnWidth(column, max(width, need))  # a large font widens them
        name_title = self.horizontalHeaderItem(COL_WP_NAME)
        self._name_minimum = metrics.horizontalAdvance(
            name_title.text() if name_title else "") + 2 * 8 + 8
        self.itemChanged.connect(self._on_item_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The work process's name takes a third of what the numbers leave; the description
        the rest (in a narrow dialog the description must stay readable)."""
        super().resizeEvent(event)
        fixed = sum(self.columnWidth(c) for c in (COL_WP, COL_NUMBER, COL_CRITICAL,
                                                  COL_WEIGHT))
        room = self.viewport().width() - fixed
        self.setColumnWidth(COL_WP_NAME, max(self._name_minimum, min(280, room // 3)))

    # --- contents --------------------------------------------------------------------------
    def set_criteria(self, criteria: Sequence[CriterionInfo]) -> None:
        self.setRowCount(0)
        for c in criteria:
            self._insert(self.rowCount(), c.work_process_code, c.work_process_name, c.number,
                         c.description, c.critical, c.weight)
        self._restyle()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row in range(self.rowCount()):
            self._set_check_flags(row)

    def specs(self) -> tuple[CriterionSpec, ...]:
        """The rows as criteria; rows without work process and description are left out."""
        result = []
        for row in range(self.rowCount()):
            code, name, text = (self.text(row, COL_WP), self.text(row, COL_WP_NAME),
                                self.text(row, COL_TEXT))
            if not code and not text:
                continue
            result.append(CriterionSpec(
                work_process=code, work_process_name=name, number=self.number(row, COL_NUMBER),
                description=text, critical=self.critical(row),
                weight=self.number(row, COL_WEIGHT)))
        return tuple(result)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def number(self, row: int, column: int) -> int:
        item = self.item(row, column)
        value = item.data(Qt.ItemDataRole.EditRole) if item is not None else None
        return int(value) if isinstance(value, int) else 1

    def critical(self, row: int) -> bool:
        item = self.item(row, COL_CRITICAL)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    # --- actions ---------------------------------------------------------------------------
    def add_criterion(self) -> int:
        """A new row below the current one, in the same work process; returns its row."""
        current = self.currentRow()
        row = current + 1 if current >= 0 else self.rowCount()
        code = self.text(current, COL_WP) if current >= 0 else ""
        name = self.text(current, COL_WP_NAME) if current >= 0 else ""
        # Below the last row of that work process, so that the group stays together.
        while row < self.rowCount() and code and self.text(row, COL_WP) == code:
            row += 1
        self._add_row(row, code, name)
        self._start_editing(row, COL_TEXT if code else COL_WP)
        return row

    def add_work_process(self) -> int:
        """A new row at the end for a new work process; its code is edited first."""
        row = self.rowCount()
        self._add_row(row, "", "")
        self._start_editing(row, COL_WP)
        return row

    def remove_current(self) -> None:
        row = self.currentRow()
        if not 0 <= row < self.rowCount():
            return
        sequential = self._sequential()
        self.removeRow(row)
        if sequential:
            self._renumber()
        self._restyle()
        if self.rowCount():
            self.setCurrentCell(min(row, self.rowCount() - 1), max(self.currentColumn(), 0))
        self.rows_changed.emit()

    def move_current(self, delta: int) -> None:
        """Move the current row up (-1) or down (+1); the numbers follow the order."""
        row = self.currentRow()
        target = row + delta
        if not (0 <= row < self.rowCount() and 0 <= target < self.rowCount()):
            return
        column = max(self.currentColumn(), 0)
        self._filling = True
        try:
            for col in range(self.columnCount()):
                if col == COL_NUMBER:  # the numbers stay where they are: order is number
                    continue
                upper, lower = self.takeItem(row, col), self.takeItem(target, col)
                self.setItem(row, col, lower)
                self.setItem(target, col, upper)
        finally:
            self._filling = False
        self._restyle()
        self.setCurrentCell(target, column)
        self.rows_changed.emit()

    # --- keys --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and not self._read_only:
            index = self.currentIndex()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
                if index.column() == COL_CRITICAL:
                    self._toggle_critical(index.row())
                else:
                    self.edit(index)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Delete and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                self.remove_current()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Space and index.column() == COL_CRITICAL:
                self._toggle_critical(index.row())
                event.accept()
                return
        super().keyPressEvent(event)

    # --- internals -------------------------------------------------------------------------
    def _add_row(self, row: int, code: str, name: str) -> None:
        sequential = self._sequential()
        numbers = [self.number(r, COL_NUMBER) for r in range(self.rowCount())]
        self._insert(row, code, name, max(numbers, default=0) + 1, "", False, 1)
        if sequential:
            self._renumber()
        self._restyle()
        self.rows_changed.emit()

    def _insert(self, row: int, code: str, name: str, number: int, text: str,
                critical: bool, weight: int) -> None:
        self._filling = True
        try:
            self.insertRow(row)
            self.setItem(row, COL_WP, QTableWidgetItem(code))
            named = QTableWidgetItem(name)
            named.setToolTip(name)
            self.setItem(row, COL_WP_NAME, named)
            for column, value in ((COL_NUMBER, number), (COL_WEIGHT, weight)):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.EditRole, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
            described = QTableWidgetItem(text)
            described.setToolTip(text)
            self.setItem(row, COL_TEXT, described)
            check = QTableWidgetItem()
            check.setCheckState(Qt.CheckState.Checked if critical else Qt.CheckState.Unchecked)
            check.setToolTip(self.tr("Een kritisch criterium dat onvoldoende is, maakt het "
                                     "werkproces onvoldoende (spatie: aan of uit)."))
            self.setItem(row, COL_CRITICAL, check)
            self._set_check_flags(row)
        finally:
            self._filling = False

    def _set_check_flags(self, row: int) -> None:
        item = self.item(row, COL_CRITICAL)
        if item is None:
            return
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)

    def _toggle_critical(self, row: int) -> None:
        item = self.item(row, COL_CRITICAL)
        if item is not None:
            item.setCheckState(Qt.CheckState.Unchecked if self.critical(row)
                               else Qt.CheckState.Checked)

    def _start_editing(self, row: int, column: int) -> None:
        self.setCurrentCell(row, column)
        self.setFocus()
        item = self.item(row, column)
        if not self._read_only and item is not None:
            self.editItem(item)

    def _sequential(self) -> bool:
        return all(self.number(r, COL_NUMBER) == r + 1 for r in range(self.rowCount()))

    def _renumber(self) -> None:
        self._filling = True
        try:
            for row in range(self.rowCount()):
                item = self.item(row, COL_NUMBER)
                if item is not None:
                    item.setData(Qt.ItemDataRole.EditRole, row + 1)
        finally:
            self._filling = False

    def _restyle(self) -> None:
        """A work process repeated from the row above is drawn quieter: the groups show."""
        self._filling = True
        try:
            previous = None
            for row in range(self.rowCount()):
                code = self.text(row, COL_WP)
                repeated = bool(code) and code == previous
                for column in (COL_WP, COL_WP_NAME):
                    item = self.item(row, column)
                    if item is not None:
                        item.setForeground(QBrush(_REPEATED) if repeated else QBrush())
                previous = code
        finally:
            self._filling = False

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, column = item.row(), item.column()
        code = self.text(row, COL_WP)
        if column == COL_WP_NAME and code:
            # One name per work process: the same code elsewhere gets it too.
            self._set_names(code, item.text().strip(), skip=row)
        elif column == COL_WP and code and not self.text(row, COL_WP_NAME):
            known = next((self.text(r, COL_WP_NAME) for r in range(self.rowCount())
                          if r != row and self.text(r, COL_WP) == code), "")
            if known:
                self._set_names(code, known, skip=-1)
        if column in (COL_WP, COL_WP_NAME):
            self._restyle()
        self.rows_changed.emit()

    def _set_names(self, code: str, name: str, *, skip: int) -> None:
        self._filling = True
        try:
            for row in range(self.rowCount()):
                item = self.item(row, COL_WP_NAME)
                if row != skip and self.text(row, COL_WP) == code and item is not None:
                    item.setText(name)
        finally:
            self._filling = False
