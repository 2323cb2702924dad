"""The scoring grid: a header row per work process (code, name, outcome sentence), then its
criteria (number, description, kritisch, weight, rating, toelichting, opmerking)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from bvmdesk.domain.assessment import (
    Outcome,
    Result,
    Scale,
    Score,
    WorkProcessOutcome,
    needs_reason,
    outcome,
)
from bvmdesk.services.assessment_types import AssessmentInfo, CriterionInfo, RatingInfo

AnyIndex = QModelIndex | QPersistentModelIndex
(COLUMN_NUMBER, COLUMN_DESCRIPTION, COLUMN_CRITICAL, COLUMN_WEIGHT, COLUMN_RATING,
 COLUMN_REASON, COLUMN_REMARK) = range(7)
EDITABLE_COLUMNS = (COLUMN_RATING, COLUMN_REASON, COLUMN_REMARK)
ROW_HEIGHT = 40
HEADER_ROW_HEIGHT = 56

GREEN, AMBER, RED, GREY = "#2E7D32", "#A15C00", "#B3261E", "#6B7785"
RESULT_COLOURS = {Result.FAIL: RED, Result.PASS: GREEN, Result.GOOD: GREEN}
RESULT_BACKGROUNDS = {Result.FAIL: "#FBE9E7", Result.PASS: "#E8F5E9", Result.GOOD: "#E8F5E9"}
VALUE_COLOURS = {"O": RED, "V": GREEN, "G": GREEN, "A": GREEN, "NA": RED}


def value_word(value: str) -> str:
    translate = QCoreApplication.translate
    words = {"O": translate("Scoring", "Onvoldoende"), "V": translate("Scoring", "Voldoende"),
             "G": translate("Scoring", "Goed"), "A": translate("Scoring", "Acceptabel"),
             "NA": translate("Scoring", "Niet acceptabel")}
    return words.get(value, value)


def value_label(scale: Scale, value: str | None) -> str:
    """`G   Goed`, `NA   Niet acceptabel`, `7,5`; `-` when not rated (never colour alone)."""
    if value is None:
        return "-"
    if scale is Scale.GRADE:
        return value.replace(".", ",")
    return f"{value}  {value_word(value)}"


def value_colour(scale: Scale, value: str | None, cesuur: float) -> str:
    if value is None:
        return GREY
    if scale is Scale.GRADE:
        try:
            return GREEN if float(value) >= cesuur else RED
        except ValueError:
            return GREY
    return VALUE_COLOURS.get(value, GREY)


def outcome_line(item: WorkProcessOutcome, draft: bool) -> str:
    """`Voorlopig: Voldoende: 80 % ...` for a draft, the sentence itself when final."""
    if not draft:
        return item.explanation
    return QCoreApplication.translate("Scoring", "Voorlopig: {text}").format(
        text=item.explanation)


@dataclass(frozen=True)
class Entry:
    """A row: a work process header (`criterion` None) or a criterion."""

    work_process: str
    work_process_name: str
    criterion: CriterionInfo | None = None


@dataclass(frozen=True)
class Values:
    value: str | None = None
    reason: str | None = None
    remark: str | None = None


class ScoringModel(QAbstractTableModel):
    """Rows of one assessment's form. `text_entered(criterion_id, column, text)` when an
    inline editor commits: the screen saves it through the service and calls `set_rating`
    with what was stored."""

    text_entered = Signal(object, int, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._values: dict[uuid.UUID, Values] = {}
        self._scale = Scale.OVG
        self._cesuur = 0.0
        self._threshold: Any = None
        self._reasons_required = True
        self._draft = True
        self._editable = False
        self._outcome = Outcome(())
        self._headers = [self.tr("Nr"), self.tr("Criterium"), self.tr("Kritisch"),
                         self.tr("Gewicht"), self.tr("Beoordeling"), self.tr("Toelichting"),
                         self.tr("Opmerking")]
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- contents ------------------------------------------------------------------------
    def set_assessment(self, info: AssessmentInfo | None, *, editable: bool) -> None:
        self.beginResetModel()
        self._entries = []
        self._values = {}
        if info is not None:
            form = info.form
            self._scale = Scale(form.scale)
            self._threshold = form.threshold
            self._cesuur = float(form.threshold)
            self._reasons_required = form.reasons_required
            self._draft = not info.is_final
            last = None
            for criterion in form.criteria:
                if criterion.work_process_code != last:
                    last = criterion.work_process_code
                    self._entries.append(Entry(last, criterion.work_process_name))
                self._entries.append(Entry(last, criterion.work_process_name, criterion))
            for rating in info.ratings:
                self._values[rating.criterion_id] = Values(rating.value, rating.reason,
                                                           rating.remark)
        self._editable = editable and info is not None
        self._recompute()
        self.endResetModel()

    @property
    def scale(self) -> Scale:
        return self._scale

    @property
    def editable(self) -> bool:
        return self._editable

    @property
    def outcome(self) -> Outcome:
        return self._outcome

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def criterion_at(self, row: int) -> CriterionInfo | None:
        entry = self.entry(row)
        return entry.criterion if entry is not None else None

    def values_of(self, criterion_id: uuid.UUID) -> Values:
        return self._values.get(criterion_id, Values())

    def row_of(self, criterion_id: uuid.UUID) -> int:
        for row, entry in enumerate(self._entries):
            if entry.criterion is not None and entry.criterion.id == criterion_id:
                return row
        return -1

    def row_of_number(self, number: int) -> int:
        for row, entry in enumerate(self._entries):
            if entry.criterion is not None and entry.criterion.number == number:
                return row
        return -1

    def criterion_rows(self) -> list[int]:
        return [row for row, e in enumerate(self._entries) if e.criterion is not None]

    def next_criterion_row(self, row: int, step: int = 1) -> int:
        """The next (or previous) criterion row from `row`; `row` itself at the end."""
        probe = row + step
        while 0 <= probe < len(self._entries):
            if self._entries[probe].criterion is not None:
                return probe
            probe += step
        return row

    def first_unrated_row(self) -> int:
        for row in self.criterion_rows():
            criterion = self._entries[row].criterion
            assert criterion is not None
            if self.values_of(criterion.id).value is None:
                return row
        rows = self.criterion_rows()
        return rows[0] if rows else -1

    def set_rating(self, rating: RatingInfo) -> None:
        """Show what the service stored for one criterion; outcomes follow."""
        self._values[rating.criterion_id] = Values(rating.value, rating.reason, rating.remark)
        row = self.row_of(rating.criterion_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        self._recompute(notify=True)

    def scores(self) -> list[Score]:
        result = []
        for entry in self._entries:
            c = entry.criterion
            if c is None:
                continue
            values = self.values_of(c.id)
            result.append(Score(c.number, c.work_process_code, values.value, c.critical,
                                c.weight, values.reason))
        return result

    def missing_reason(self, criterion_id: uuid.UUID) -> bool:
        values = self.values_of(criterion_id)
        return (self._reasons_required and needs_reason(values.value)
                and not (values.reason or "").strip())

    def rated_count(self) -> tuple[int, int]:
        scores = self.scores()
        return sum(1 for s in scores if s.value is not None), len(scores)

    def _recompute(self, notify: bool = False) -> None:
        if not self._entries:
            self._outcome = Outcome(())
            return
        self._outcome = outcome(self._scale, self._threshold, self.scores())
        if notify:
            for row, entry in enumerate(self._entries):
                if entry.criterion is None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or entry.criterion is None:
            return Qt.ItemFlag.NoItemFlags  # a header: the cursor skips it
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if entry.criterion is None:
            return self._header_data(entry, index.column(), role)
        return self._criterion_data(entry.criterion, index.column(), role)

    def _header_data(self, entry: Entry, column: int, role: int) -> Any:
        item = self._outcome.of(entry.work_process)
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            title = f"{entry.work_process}  {entry.work_process_name}".strip()
            line = outcome_line(item, self._draft) if item is not None else ""
            return f"{title}\n{line}"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and item is not None:
            return QColor(RESULT_COLOURS[item.result] if item.rated else GREY)
        if role == Qt.ItemDataRole.BackgroundRole:
            if item is None or not item.rated:
                return QColor("#E9EDF2")
            return QColor(RESULT_BACKGROUNDS[item.result])
        return None

    def _criterion_data(self, c: CriterionInfo, column: int, role: int) -> Any:
        values = self.values_of(c.id)
        missing = self.missing_reason(c.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._criterion_text(c, values, missing, column,
                                        role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.EditRole:
            if column == COLUMN_RATING:
                return (values.value or "").replace(".", ",")
            if column == COLUMN_REASON:
                return values.reason or ""
            if column == COLUMN_REMARK:
                return values.remark or ""
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COLUMN_RATING:
                return QColor(value_colour(self._scale, values.value, self._cesuur))
            if column == COLUMN_REASON and missing:
                return QColor(RED)
            if column == COLUMN_CRITICAL:
                return QColor(AMBER)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column in (COLUMN_RATING, COLUMN_CRITICAL) or (column == COLUMN_REASON
                                                              and missing):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COLUMN_NUMBER,
                                                                    COLUMN_WEIGHT):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def _criterion_text(self, c: CriterionInfo, values: Values, missing: bool, column: int,
                        tooltip: bool) -> str | None:
        translate = QCoreApplication.translate
        if column == COLUMN_NUMBER:
            return str(c.number)
        if column == COLUMN_DESCRIPTION:
            return c.description
        if column == COLUMN_CRITICAL:
            if not c.critical:
                return None if tooltip else ""
            return (translate("Scoring", "Kritisch criterium: een onvoldoende hierop maakt "
                              "het werkproces onvoldoende") if tooltip
                    else translate("Scoring", "kritisch"))
        if column == COLUMN_WEIGHT:
            return str(c.weight)
        if column == COLUMN_RATING:
            return value_label(self._scale, values.value)
        if column == COLUMN_REASON:
            if missing:
                if tooltip:
                    return translate("Scoring", "De toelichting ontbreekt: druk op Enter om "
                                     "haar te schrijven.")
                return translate("Scoring", "! Ontbreekt")
            return values.reason or ("" if not tooltip else None)
        if column == COLUMN_REMARK:
            return values.remark or ("" if not tooltip else None)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An inline editor committed: announced, stored by the screen (not here)."""
        c = self.criterion_at(index.row()) if index.isValid() else None
        if c is None or role != Qt.ItemDataRole.EditRole or not self._editable:
            return False
        if index.column() not in EDITABLE_COLUMNS:
            return False
        self.text_entered.emit(c.id, index.column(), str(value))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
