"""One participant's progress on the Deelnemers page: work processes x final assessments.

Rows are the work processes; per kind (opdracht, examen, bpv: kept apart) a column with the
latest final result, then one column per final assessment, by kind (of a corrected one only
its newest final version, as the service counts). Each cell says its result as a word
or letter and has a colour; its tooltip gives the sentence, the assessment and the date.
Read through services.assessments.participant_progress only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.assessment_types import ParticipantProgress, ProgressCell, ProgressColumn
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.assessments.progress_cells import (
    KINDS,
    cell_data,
    kind_label,
    legend,
    result_word,
)
from bvmdesk.ui.common.section_card import CARD_STYLE, SectionCard
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.assessments import AssessmentService

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 30
VISIBLE_ROWS = 6


@dataclass(frozen=True)
class _Column:
    """A latest-result column of a kind (`assessment` None) or one assessment's column."""

    kind: str
    assessment: ProgressColumn | None = None


class ParticipantProgressModel(QAbstractTableModel):
    """Work processes (rows) x the latest result per kind and each final assessment."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._progress: ParticipantProgress | None = None
        self._kind: str | None = None
        self._rows: list[tuple[str, str]] = []
        self._columns: list[_Column] = []

    def set_progress(self, progress: ParticipantProgress | None, kind: str | None = None) -> None:
        """Show `progress`, only the assessments of `kind` when given."""
        self.beginResetModel()
        self._progress, self._kind = progress, kind
        self._rows, self._columns = [], []
        if progress is not None:
            kinds = [k for k in KINDS if (kind is None or k == kind)
                     and any(c.kind == k for c in progress.columns)]
            kinds += sorted({c.kind for c in progress.columns} - set(KINDS)
                            if kind is None else set())
            # The latest result of each kind first (always in sight), then each assessment,
            # by kind.
            self._columns = [_Column(k) for k in kinds]
            for k in kinds:
                self._columns += [_Column(k, c) for c in progress.columns if c.kind == k]
            shown = {c.assessment.assessment_id for c in self._columns if c.assessment}
            used = {wp for (wp, aid) in progress.cells if aid in shown}
            self._rows = [(code, name) for code, name in progress.work_processes
                          if code in used]
        self.endResetModel()

    @property
    def kinds(self) -> list[str]:
        return [c.kind for c in self._columns if c.assessment is None]

    def cell(self, row: int, column: int) -> ProgressCell | None:
        """The result in a cell (column 0 is the work process itself)."""
        if self._progress is None or column < 1 or not 0 <= row < len(self._rows):
            return None
        code = self._rows[row][0]
        spec = self._columns[column - 1]
        if spec.assessment is None:
            return self._progress.latest_by_kind.get(spec.kind, {}).get(code)
        return self._progress.cells.get((code, spec.assessment.assessment_id))

    def column_spec(self, column: int) -> _Column | None:
        return self._columns[column - 1] if 1 <= column <= len(self._columns) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == 0:
            code, name = self._rows[row]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{code}: {name}" if name and name != code else code
            return None
        spec = self._columns[column - 1]
        return cell_data(self.cell(row, column), role, letter=spec.assessment is not None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Werkproces")
            return None
        spec = self._columns[section - 1]
        column = spec.assessment
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return self.tr("Laatste\n{kind}").format(kind=kind_label(spec.kind).lower())
            version = f" v{column.version}" if column.version > 1 else ""
            day = format_date(column.date, weekday=False)
            return f"{column.code}{version}\n{kind_label(column.kind).lower()} · {day}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is None:
                return self.tr("Het laatste definitieve resultaat per werkproces ({kind})"
                               ).format(kind=kind_label(spec.kind).lower())
            version = (self.tr(" (versie {n}: de nieuwste telt)").format(n=column.version)
                       if column.version > 1 else "")
            return self.tr("{kind} {code}{version}, formulier {form}, {day}").format(
                kind=kind_label(column.kind), code=column.code, version=version,
                form=column.form_code, day=format_date(column.date))
        return None


class ParticipantAssessmentsPanel(SectionCard):
    """"Beoordelingen" on the participant card, with a choice of kind."""

    def __init__(self, service: AssessmentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        table = QTableView()
        super().__init__(QCoreApplication.translate("ParticipantAssessmentsPanel",
                                                    "Beoordelingen"), table, parent)
        self.model = ParticipantProgressModel(self)
        self.setStyleSheet(CARD_STYLE)
        self._service = service
        self._actor = actor
        self.participant_id: uuid.UUID | None = None
        self._progress: ParticipantProgress | None = None
        self.view = table
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # tooltips and scrolling by keys
        table.setWordWrap(False)
        table.setShowGrid(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Alle soorten"), None)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setToolTip(self.tr(
            "Opdrachten, examens en bpv-voortgang staan apart; kies er één om alleen die "
            "te zien."))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.legend_label = QLabel(legend())
        self.legend_label.setObjectName("cardCount")
        self.legend_label.setWordWrap(True)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.legend_label, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, filters)   # under the title, above the table
        self._fit_height()

    def _fit_height(self) -> None:
        header = self.view.horizontalHeader().sizeHint().height()
        rows = max(1, min(self.model.rowCount(), VISIBLE_ROWS))
        scroll = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setFixedHeight(header + rows * ROW_HEIGHT + scroll + 4)

    @property
    def kind(self) -> str | None:
        data = self.kind_combo.currentData()
        return str(data) if data else None

    def show_participant(self, participant_id: uuid.UUID | None) -> None:
        """Read the progress of `participant_id` (None: empty)."""
        self.participant_id = participant_id
        self._progress = None
        if participant_id is None:
            self.model.set_progress(None)
            self.show_message("")
            return
        try:
            self._progress = self._service.participant_progress(self._actor, participant_id)
        except ServiceError as exc:
            self.model.set_progress(None)
            self.show_message(str(exc))
            return
        self._show()

    def refresh(self) -> None:
        self.show_participant(self.participant_id)

    def _show(self) -> None:
        progress = self._progress
        self.model.set_progress(progress, self.kind)
        if progress is None or not progress.columns:
            self.show_message(self.tr("Nog geen definitieve beoordelingen."), count=0)
        elif self.model.rowCount() == 0:
            self.show_message(self.tr("Geen definitieve beoordelingen van deze soort."))
        else:
            shown = sum(1 for c in progress.columns if self.kind in (None, c.kind))
            self.show_table(shown)
        self._fit_height()

    def summary(self) -> list[tuple[str, str, str]]:
        """(work process, kind, result word) of the latest results shown: for tests and
        screen readers."""
        if self._progress is None:
            return []
        return [(wp, kind, result_word(cell.result))
                for kind, cells in self._progress.latest_by_kind.items()
                if self.kind in (None, kind) for wp, cell in sorted(cells.items())]

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self._show()
