"""Aftekenen "Per groep": a group's participants x the sign-off tasks of its module (the
required ones first, marked), each cell the date the task was signed or, for an open
required task, a symbol and a colour; per row "x van y verplicht" and the approved bpv
hours against the norm. A double click asks for that participant.

Read through services.signoff_overview (SignOffOverview) only.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.signoff import format_hours
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import GroupSignOffRow, GroupSignOffs, HoursTotals
from bvmdesk.ui.formatting import format_count
from bvmdesk.ui.icons import icon
from bvmdesk.ui.signoffs.hours_rows import short_date

if TYPE_CHECKING:
    from bvmdesk.services.signoff_overview import SignOffOverview

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 32
COLUMN_NAME, COLUMN_REQUIRED, COLUMN_HOURS = 0, 1, 2
FIXED_COLUMNS = 3
NOT_SIGNED = "–"
OPEN_COLOURS = ("#7A4A00", "#FFE9C7")
SIGNED_COLOURS = ("#1B5E20", "#E3F2E4")
REQUIRED_MARK = " *"
CONTEXT = "GroupSignOffView"


def required_text(row: GroupSignOffRow, tasks: GroupSignOffs) -> str:
    """`3 van 5 verplicht`: the required tasks signed of all required tasks."""
    required = [t.task_id for t in tasks.tasks if t.required]
    signed = sum(1 for task_id in required if task_id in row.signed)
    return QCoreApplication.translate("GroupSignOffView", "{signed} van {total} verplicht").format(
        signed=signed, total=len(required))


def hours_text(totals: HoursTotals) -> str:
    """`96 / 610` approved against the norm (`96 / ?` without a norm)."""
    norm = str(totals.norm_hours) if totals.norm_hours is not None else "?"
    return f"{format_hours(totals.approved_minutes)} / {norm}"


class GroupSignOffModel(QAbstractTableModel):
    """Enrolments (rows) x: name, required done, bpv hours, then the tasks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview: GroupSignOffs | None = None

    def set_overview(self, overview: GroupSignOffs | None) -> None:
        self.beginResetModel()
        self.overview = overview
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return len(self.overview.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return FIXED_COLUMNS + len(self.overview.tasks)

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows (for tests and screen readers as well)."""
        value = self.data(self.index(row, column))
        return str(value) if value is not None else ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        overview = self.overview
        if not index.isValid() or overview is None:
            return None
        row, column = overview.rows[index.row()], index.column()
        ref = row.enrolment
        if column == COLUMN_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return ref.participant_name
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name} ({number}) · {company} · {trainer}").format(
                    name=ref.participant_name, number=ref.participant_number,
                    company=ref.company or "", trainer=ref.trainer or "")
            return None
        if column == COLUMN_REQUIRED:
            if role == Qt.ItemDataRole.DisplayRole:
                return required_text(row, overview)
            return None
        if column == COLUMN_HOURS:
            if role == Qt.ItemDataRole.DisplayRole:
                return hours_text(row.hours)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Bpv-uren: {approved} goedgekeurd van {entered} ingevoerd; "
                               "norm {norm}").format(
                    approved=format_hours(row.hours.approved_minutes),
                    entered=format_hours(row.hours.entered_minutes),
                    norm=(row.hours.norm_hours if row.hours.norm_hours is not None
                          else self.tr("onbekend")))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        return self._task_data(row, column, role)

    def _task_data(self, row: GroupSignOffRow, column: int, role: int) -> Any:
        assert self.overview is not None
        task = self.overview.tasks[column - FIXED_COLUMNS]
        signed = row.signed.get(task.task_id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.DisplayRole:
            if signed is not None:
                return short_date(signed)
            return self.tr("○ open") if task.required else NOT_SIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            if signed is not None:
                return self.tr("{code} afgetekend op {day}").format(
                    code=task.code, day=short_date(signed))
            return (self.tr("{code} (verplicht): nog niet afgetekend").format(code=task.code)
                    if task.required else
                    self.tr("{code}: nog niet afgetekend").format(code=task.code))
        colours = (SIGNED_COLOURS if signed is not None
                   else OPEN_COLOURS if task.required else None)
        if colours is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colours[0]))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colours[1]))
        if role == Qt.ItemDataRole.FontRole and signed is None:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.overview is None:
            return None
        fixed = (self.tr("Deelnemer"), self.tr("Verplicht"), self.tr("Bpv-uren"))
        if section < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return fixed[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == COLUMN_HOURS:
                return self.tr("Goedgekeurde bpv-uren / norm per jaar")
            return None
        task = self.overview.tasks[section - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return task.code + (REQUIRED_MARK if task.required else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = self.tr("verplicht") if task.required else self.tr("niet verplicht")
            return f"{task.code}: {task.description} ({kind})"
        return None

    def participant_at(self, row: int) -> uuid.UUID | None:
        if self.overview is None or not 0 <= row < len(self.overview.rows):
            return None
        return self.overview.rows[row].enrolment.participant_id


class GroupSignOffView(QWidget):
    """"Per groep": choose a group, see who has which task signed."""

    participant_requested = Signal(object)   # uuid.UUID of the participant
    cards_requested = Signal(object)         # uuid.UUID of the group: print its cards

    def __init__(self, overview: SignOffOverview, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview = overview
        self._actor = actor
        self._loaded = False
        self.model = GroupSignOffModel(self)

        self.group_combo = QComboBox()
        self.group_combo.setMinimumContentsLength(30)
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_current_index_changed)
        group_label = QLabel(self.tr("&Groep"))
        group_label.setBuddy(self.group_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(group_label)
        top.addWidget(self.group_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.cards_button = QPushButton(icon("fa6s.print"),
                                        self.tr("Aftekenkaarten van de groep…"))
        self.cards_button.setObjectName("groupCards")
        self.cards_button.setToolTip(self.tr(
            "Eén PDF met de aftekenkaart van iedereen in de groep die een leerbedrijf en "
            "praktijkopleider heeft"))
        self.cards_button.setEnabled(False)
        self.cards_button.clicked.connect(self._on_cards_button_clicked)
        top.addWidget(self.cards_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self._on_enter_activated)
        self.message_label = QLabel()
        self.message_label.setObjectName("muted")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message_label)
        self.stack.addWidget(self.table)
        self.legend_label = QLabel(self.tr(
            "* = verplicht · ○ open = verplichte taak nog niet afgetekend · – = niet "
            "verplicht, nog niet afgetekend · een datum = afgetekend op die dag. "
            "Dubbelklik of Enter opent de deelnemer."))
        self.legend_label.setObjectName("muted")
        self.legend_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend_label)
        self._say(self.tr("Kies een groep om de aftekeningen per deelnemer te zien."))

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.load_groups()

    def load_groups(self) -> None:
        """Fill the group choice again, keeping the chosen group when it is still there."""
        self._loaded = True
        keep = self.group_id
        try:
            groups = self._overview.groups(self._actor)
        except ServiceError as exc:
            self._say(str(exc))
            return
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("Kies een groep…"), None)
        for group_id, code, module_name in groups:
            self.group_combo.addItem(f"{code} · {module_name}", group_id)
        self.group_combo.setCurrentIndex(max(self._index_of(keep), 0))
        self.group_combo.blockSignals(False)
        if not groups:
            self.model.set_overview(None)
            self._say(self.tr("Geen groep heeft een module met aftekentaken; leg taken vast "
                              "onder Beheer > Aftekentaken."))
            return
        self.refresh_group()

    def _on_cards_button_clicked(self) -> None:
        group_id = self.group_id
        if group_id is not None:
            self.cards_requested.emit(group_id)

    @property
    def group_id(self) -> uuid.UUID | None:
        data = self.group_combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def show_group(self, group_id: uuid.UUID) -> bool:
        """Choose `group_id`; False when it is not offered."""
        self.ensure_loaded()
        index = self._index_of(group_id)
        if index < 0:
            return False
        if index == self.group_combo.currentIndex():
            self.refresh_group()
        else:
            self.group_combo.setCurrentIndex(index)
        return True

    def _index_of(self, group_id: object) -> int:
        if group_id is None:
            return -1
        return next((i for i in range(self.group_combo.count())
                     if self.group_combo.itemData(i) == group_id), -1)

    def refresh(self) -> None:
        """Read the groups and the chosen group's sign-offs again."""
        self.load_groups()

    def refresh_group(self) -> None:
        group_id = self.group_id
        self.cards_button.setEnabled(False)
        if group_id is None:
            self.model.set_overview(None)
            self.count_label.clear()
            self._say(self.tr("Kies een groep om de aftekeningen per deelnemer te zien."))
            return
        try:
            overview = self._overview.group(self._actor, group_id)
        except ServiceError as exc:
            self.model.set_overview(None)
            self._say(str(exc))
            return
        self.model.set_overview(overview)
        people = len(overview.rows)
        self.cards_button.setEnabled(bool(overview.rows and overview.tasks))
        self.count_label.setText(self.tr("1 deelnemer") if people == 1 else self.tr(
            "{count} deelnemers").format(count=format_count(people)))
        if not overview.rows:
            self._say(self.tr("Niemand in deze groep heeft een leerbedrijf met een "
                              "praktijkopleider; vul die in bij Deelnemers."))
        elif not overview.tasks:
            self._say(self.tr("De module van deze groep heeft geen aftekentaken."))
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

    # --- reacting --------------------------------------------------------------------------
    def _on_group_combo_current_index_changed(self, _index: int) -> None:
        self.refresh_group()

    def _on_enter_activated(self) -> None:
        self._on_table_double_clicked(self.table.currentIndex())

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        participant = self.model.participant_at(index.row())
        if participant is not None:
            self.participant_requested.emit(participant)
