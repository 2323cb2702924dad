"""A group's progress: its participants x the work processes of its module, each cell the
latest final result (a word or letter with its colour, the sentence in the tooltip).

Read through services.assessments.group_progress (and the groups of
services.attendance.groups) only; the page never touches the database.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.assessment_types import GroupProgress, ProgressCell
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.assessments.progress_cells import KINDS, cell_data, kind_label, legend
from bvmdesk.ui.formatting import format_count

if TYPE_CHECKING:
    from bvmdesk.services.container import Services

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 32
WORDS_UP_TO = 7          # more work processes than this: letters, so that it fits
COLUMN_NAME, COLUMN_NUMBER = 0, 1
FIXED_COLUMNS = 2


class GroupProgressModel(QAbstractTableModel):
    """Participants (rows) x work processes (columns)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._progress: GroupProgress | None = None
        self._kind: str | None = None
        self.letters = False

    def set_progress(self, progress: GroupProgress | None, kind: str | None = None) -> None:
        self.beginResetModel()
        self._progress, self._kind = progress, kind
        self.letters = progress is not None and len(progress.work_processes) > WORDS_UP_TO
        self.endResetModel()

    @property
    def progress(self) -> GroupProgress | None:
        return self._progress

    def cell(self, row: int, column: int) -> ProgressCell | None:
        progress = self._progress
        if progress is None or column < FIXED_COLUMNS or not 0 <= row < len(progress.rows):
            return None
        person = progress.rows[row]
        code = progress.work_processes[column - FIXED_COLUMNS][0]
        if self._kind is None:
            return person.latest.get(code)
        return person.latest_by_kind.get(self._kind, {}).get(code)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._progress is None:
            return 0
        return len(self._progress.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._progress is None:
            return 0
        return FIXED_COLUMNS + len(self._progress.work_processes)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._progress is None:
            return None
        row, column = index.row(), index.column()
        person = self._progress.rows[row]
        if column == COLUMN_NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return person.participant_name
            return None
        if column == COLUMN_NUMBER:
            if role == Qt.ItemDataRole.DisplayRole:
                return person.participant_number
            return None
        return cell_data(self.cell(row, column), role, letter=self.letters)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._progress is None:
            return None
        if section == COLUMN_NAME:
            return self.tr("Deelnemer") if role == Qt.ItemDataRole.DisplayRole else None
        if section == COLUMN_NUMBER:
            return self.tr("Nummer") if role == Qt.ItemDataRole.DisplayRole else None
        code, name = self._progress.work_processes[section - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return code
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code}: {name}" if name and name != code else code
        return None

    def participant_at(self, row: int) -> uuid.UUID | None:
        if self._progress is None or not 0 <= row < len(self._progress.rows):
            return None
        return self._progress.rows[row].participant_id


class GroupProgressView(QWidget):
    """"Voortgang per groep": pick a group (and a kind), see everyone's latest results."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessments = services.assessments
        self._attendance = services.attendance
        self._actor = actor
        self._loaded = False
        self.model = GroupProgressModel(self)

        self.group_combo = QComboBox()
        self.group_combo.setMinimumContentsLength(30)
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_current_index_changed)
        group_label = QLabel(self.tr("&Groep"))
        group_label.setBuddy(self.group_combo)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Alle soorten"), None)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setToolTip(self.tr(
            "Opdrachten, examens en bpv-voortgang staan apart; kies er één om alleen die "
            "te zien."))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        kind_label_widget = QLabel(self.tr("&Soort"))
        kind_label_widget.setBuddy(self.kind_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(group_label)
        top.addWidget(self.group_combo)
        top.addSpacing(8)
        top.addWidget(kind_label_widget)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label = QLabel()
        self.message_label.setObjectName("muted")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message_label)
        self.stack.addWidget(self.table)
        self.legend_label = QLabel(legend())
        self.legend_label.setObjectName("muted")
        self.legend_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend_label)
        self._say(self.tr("Kies een groep om de voortgang per werkproces te zien."))

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Read the groups once (when first shown)."""
        if not self._loaded:
            self.load_groups()

    def load_groups(self) -> None:
        """Fill the group choice again, keeping the chosen group when it is still there."""
        self._loaded = True
        keep = self.group_combo.currentData()
        try:
            groups = self._attendance.groups(self._actor)
        except ServiceError as exc:
            self._say(str(exc))
            return
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("Kies een groep…"), None)
        for group in groups:
            self.group_combo.addItem(f"{group.code} · {group.module_name}", group.id)
            self.group_combo.setItemData(self.group_combo.count() - 1, group.name,
                                         Qt.ItemDataRole.ToolTipRole)
        self.group_combo.setCurrentIndex(max(self._index_of(keep), 0))
        self.group_combo.blockSignals(False)
        self.refresh()

    @property
    def group_id(self) -> uuid.UUID | None:
        data = self.group_combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    @property
    def kind(self) -> str | None:
        data = self.kind_combo.currentData()
        return str(data) if data else None

    def show_group(self, group_id: uuid.UUID) -> bool:
        """Choose `group_id` (e.g. from another page); False when it is not offered."""
        self.ensure_loaded()
        index = self._index_of(group_id)
        if index < 0:
            return False
        if index == self.group_combo.currentIndex():
            self.refresh()
        else:
            self.group_combo.setCurrentIndex(index)
        return True

    def _index_of(self, group_id: object) -> int:
        """The combo's row of `group_id` (findData does not compare Python objects)."""
        if group_id is None:
            return -1
        return next((i for i in range(self.group_combo.count())
                     if self.group_combo.itemData(i) == group_id), -1)

    def refresh(self) -> None:
        """Read the chosen group's progress again."""
        group_id = self.group_id
        if group_id is None:
            self.model.set_progress(None)
            self.count_label.clear()
            self._say(self.tr("Kies een groep om de voortgang per werkproces te zien."))
            return
        try:
            progress = self._assessments.group_progress(self._actor, group_id)
        except ServiceError as exc:
            self.model.set_progress(None)
            self._say(str(exc))
            return
        self._show(progress)

    def _show(self, progress: GroupProgress) -> None:
        self.model.set_progress(progress, self.kind)
        people = len(progress.rows)
        self.count_label.setText(self.tr("1 deelnemer") if people == 1 else self.tr(
            "{count} deelnemers").format(count=format_count(people)))
        if not progress.rows:
            self._say(self.tr("In deze groep is niemand ingeschreven."))
        elif not progress.work_processes:
            self._say(self.tr("De module van deze groep heeft nog geen werkprocessen; maak "
                              "eerst een beoordelingsformulier voor de module."))
        else:
            self.stack.setCurrentWidget(self.table)
            self._size_columns()

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        sample = "G" if self.model.letters else "Onvoldoende"
        least = metrics.horizontalAdvance(sample) + 24
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(least, metrics.horizontalAdvance(title) + 24))

    # --- reacting --------------------------------------------------------------------------
    def _on_group_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        progress = self.model.progress
        if progress is not None:
            self._show(progress)
