"""The scoring grid's view: spanned work process rows, fixed row heights, inline editors for
a grade, a toelichting and an opmerking (Enter commits, Esc cancels)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from bvmdesk.ui.assessments.scoring_model import (
    COLUMN_CRITICAL,
    COLUMN_DESCRIPTION,
    COLUMN_NUMBER,
    COLUMN_RATING,
    COLUMN_REASON,
    COLUMN_REMARK,
    COLUMN_WEIGHT,
    HEADER_ROW_HEIGHT,
    ROW_HEIGHT,
    ScoringModel,
)

MAX_TEXT = 2000
MIN_DESCRIPTION = 140


class ScoringDelegate(QStyledItemDelegate):
    """A line editor; `initial_text` (the digit that opened a grade editor) replaces the
    stored text once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.initial_text: str | None = None
        self.editor: QLineEdit | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName(f"scoringEditor{index.column()}")
        editor.setMaxLength(8 if index.column() == COLUMN_RATING else MAX_TEXT)
        editor.setFrame(False)
        self.editor = editor
        editor.destroyed.connect(self._on_editor_destroyed)
        return editor

    def setEditorData(self, editor: QWidget,
                      index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        if self.initial_text is not None:
            editor.setText(self.initial_text)
            self.initial_text = None
        else:
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def _on_editor_destroyed(self) -> None:
        self.editor = None


class ScoringTableView(QTableView):
    """Whole-row selection over criteria; a work process row spans the table. `edit_closed`
    after an inline editor closed (committed or not), to give the keys back to the grid."""

    edit_closed = Signal()

    def __init__(self, model: ScoringModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scoring = model
        self._wanted: dict[int, int] = {}
        self.delegate = ScoringDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setModel(model)
        self.setObjectName("scoringGrid")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        horizontal = self.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(False)
        horizontal.setMinimumSectionSize(40)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setSectionResizeMode(COLUMN_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()
        model.modelReset.connect(self._on_model_reset)
        self.delegate.closeEditor.connect(self._on_delegate_close_editor)

    def fit_columns(self) -> None:
        """Widths from the font (a larger font widens them); the description takes what is
        left, whole in its tooltip."""
        bold = QFont(self.font())
        bold.setBold(True)
        header = QFontMetrics(bold)
        texts = {column: str(self.scoring.headerData(column, Qt.Orientation.Horizontal))
                 for column in range(self.scoring.columnCount())}
        minimum = {COLUMN_NUMBER: 40, COLUMN_CRITICAL: 76, COLUMN_WEIGHT: 80,
                   COLUMN_RATING: 146, COLUMN_REASON: 160, COLUMN_REMARK: 104}
        sample = {COLUMN_CRITICAL: "kritisch", COLUMN_RATING: "O  Onvoldoende"}
        for column, least in minimum.items():
            need = header.horizontalAdvance(texts[column]) + 24
            if column in sample:
                need = max(need, header.horizontalAdvance(sample[column]) + 20)
            self._wanted[column] = max(least, need)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """Never wider than the view: on a narrow view (a large font at 1280 px) the
        toelichting and opmerking give way first, so the description keeps some room."""
        horizontal = self.horizontalHeader()
        room = self.viewport().width()
        fixed = sum(self._wanted.values())
        flexible = (COLUMN_REASON, COLUMN_REMARK)
        shortage = fixed + MIN_DESCRIPTION - room
        for column, width in self._wanted.items():
            if shortage > 0 and column in flexible:
                share = sum(self._wanted[c] for c in flexible)
                width = max(72, width - round(shortage * width / share) - 1)
            horizontal.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def _on_model_reset(self) -> None:
        self.clearSpans()
        model = self.scoring
        for row in range(model.rowCount()):
            entry = model.entry(row)
            if entry is not None and entry.criterion is None:
                self.setSpan(row, 0, 1, model.columnCount())
                self.verticalHeader().resizeSection(row, HEADER_ROW_HEIGHT)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if self.scoring.criterion_at(row) is None:
            return
        index = self.scoring.index(row, COLUMN_RATING)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        if row > 0 and self.scoring.criterion_at(row - 1) is None:
            self.scrollTo(self.scoring.index(row - 1, 0))  # its work process stays in view

    def edit_cell(self, row: int, column: int, initial: str | None = None) -> bool:
        """Open the inline editor of one cell (`initial`: its starting text)."""
        index = self.scoring.index(row, column)
        if not self.scoring.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        self.select_row(row)
        self.delegate.initial_text = initial
        self.setCurrentIndex(index)
        opened = self.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers,
                           None)  # type: ignore[call-overload]
        if not opened:
            self.delegate.initial_text = None
            return False
        editor = self.delegate.editor
        if editor is not None:
            editor.setFocus()
            if initial is not None:
                editor.deselect()
                editor.end(False)
        return True

    @property
    def editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Left and Right move nothing in a row-selected grid: no sideways scrolling either.
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_delegate_close_editor(self, _editor: QWidget,
                                  _hint: QAbstractItemDelegate.EndEditHint) -> None:
        self.setFocus()
        self.edit_closed.emit()

