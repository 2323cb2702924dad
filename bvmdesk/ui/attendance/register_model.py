"""The register table: one row per participant of a lesson, over `RegisterRow` DTOs."""

from __future__ import annotations

import uuid
from datetime import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from bvmdesk.domain.enums import AttendanceStatus
from bvmdesk.services.attendance_types import LessonInfo, MarkInfo, RegisterRow
from bvmdesk.ui.formatting import format_date
from bvmdesk.ui.theme import MUTED

COLUMN_NAME, COLUMN_NUMBER, COLUMN_STATUS, COLUMN_TIMES, COLUMN_NOTE = range(5)
AnyIndex = QModelIndex | QPersistentModelIndex
HIGHLIGHT = "#FFF1B8"
ROW_HEIGHT = 40

GREEN, AMBER, BLUE, RED, GREY = "#2E7D32", "#A15C00", "#1565C0", "#B3261E", "#6B7785"
STATUS_LETTERS: dict[str, str] = {
    AttendanceStatus.PRESENT: "A", AttendanceStatus.LATE: "L",
    AttendanceStatus.LEFT_EARLY: "V", AttendanceStatus.SICK: "Z",
    AttendanceStatus.EXCUSED: "G", AttendanceStatus.UNEXCUSED: "O",
}
LETTER_STATUS: dict[str, str] = {letter: status for status, letter in STATUS_LETTERS.items()}
STATUS_COLOURS: dict[str | None, str] = {
    AttendanceStatus.PRESENT: GREEN, AttendanceStatus.LATE: AMBER,
    AttendanceStatus.LEFT_EARLY: AMBER, AttendanceStatus.SICK: BLUE,
    AttendanceStatus.EXCUSED: BLUE, AttendanceStatus.UNEXCUSED: RED, None: GREY,
}


def status_word(status: str | None) -> str:
    """The Dutch word of a status; `Nog niet ingevuld` for none."""
    translate = QCoreApplication.translate
    words = {
        AttendanceStatus.PRESENT: translate("Register", "Aanwezig"),
        AttendanceStatus.LATE: translate("Register", "Te laat"),
        AttendanceStatus.LEFT_EARLY: translate("Register", "Vroeg weg"),
        AttendanceStatus.SICK: translate("Register", "Ziek"),
        AttendanceStatus.EXCUSED: translate("Register", "Geoorloofd afwezig"),
        AttendanceStatus.UNEXCUSED: translate("Register", "Ongeoorloofd afwezig"),
    }
    if status is None:
        return translate("Register", "Nog niet ingevuld")
    return str(words.get(status, status))  # type: ignore[call-overload]


def status_label(status: str | None) -> str:
    """`A   Aanwezig`: the letter first, so that colour is never the only sign."""
    letter = STATUS_LETTERS.get(status, "-") if status is not None else "-"
    return f"{letter}   {status_word(status)}"


def normalised_message(chosen: str, stored: str | None) -> str | None:
    """Why a saved mark has another status than the one chosen (an arrival after the start
    makes aanwezig te laat, a departure before the end vroeg weg), or None."""
    translate = QCoreApplication.translate
    if stored == chosen:
        return None
    if stored == AttendanceStatus.LATE:
        return translate("Register", "Opgeslagen als ‘Te laat’: de aankomst ligt na het "
                         "begin van de les.")
    if stored == AttendanceStatus.LEFT_EARLY:
        return translate("Register", "Opgeslagen als ‘Vroeg weg’: het vertrek ligt voor het "
                         "einde van de les.")
    return None


def format_times(arrival: time | None, departure: time | None) -> str:
    """`08:24`, `08:30 – 14:00`, `– 14:00` or nothing."""
    if arrival is None and departure is None:
        return ""
    if departure is None:
        return f"{arrival:%H:%M}"
    start = f"{arrival:%H:%M} " if arrival is not None else ""
    return f"{start}– {departure:%H:%M}"


def lesson_title(lesson: LessonInfo, metrics: QFontMetrics | None = None,
                 width: int = 0) -> str:
    """`Presentie — MAG-lassen 135 niveau 1 (groep LAS-ZWL-1)`; with `metrics` the module
    name is shortened (…) so that the title fits in `width` pixels."""
    pattern = QCoreApplication.translate("Register", "Presentie — {module} (groep {group})")
    module = lesson.module_name
    if metrics is not None and width > 0:
        rest = metrics.horizontalAdvance(pattern.format(module="", group=lesson.group_code))
        module = metrics.elidedText(module, Qt.TextElideMode.ElideRight,
                                    max(width - rest, 60))
    return pattern.format(module=module, group=lesson.group_code)


def lesson_line(lesson: LessonInfo) -> str:
    """`di 1 sep 2026 · 08:30–16:30 · Zwolle · Instructeur: P. Bakker`."""
    translate = QCoreApplication.translate
    parts = [format_date(lesson.date), f"{lesson.start_time:%H:%M}–{lesson.end_time:%H:%M}",
             lesson.location_name, translate("Register", "Instructeur: {name}").format(
                 name=lesson.instructor or translate("Register", "nog niet toegewezen"))]
    if lesson.topic:
        parts.append(lesson.topic)
    return " · ".join(parts)


def current_status(mark: MarkInfo | None) -> str | None:
    return mark.status if mark is not None else None


def row_status_label(item: RegisterRow) -> str:
    """The status column of a row; an absence reported in advance says so."""
    label = status_label(item.status)
    if item.reported:
        label += QCoreApplication.translate("Register", " · vooraf gemeld")
    return label


def row_note(item: RegisterRow) -> str:
    if item.mark is not None and item.mark.note:
        return item.mark.note
    if item.reported and item.planned is not None and item.planned.note:
        return item.planned.note
    return ""


class RegisterTableModel(QAbstractTableModel):
    """Deelnemer | Nummer | Status | Tijden | Notitie; rows are replaced, never edited."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._highlighted: uuid.UUID | None = None
        self._headers = [self.tr("Deelnemer"), self.tr("Nummer"), self.tr("Status"),
                         self.tr("Tijden"), self.tr("Notitie")]
        self._bold = QFont()
        self._bold.setBold(True)
        self._small = QFont()
        self._small.setPointSizeF(max(10.0, self._small.pointSizeF() - 1))
        self._reported = QFont()
        self._reported.setItalic(True)
        self._muted = QColor(MUTED)
        self._highlight = QColor(HIGHLIGHT)

    # --- contents ------------------------------------------------------------------------
    def set_rows(self, rows: tuple[RegisterRow, ...] | list[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RegisterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, participant_id: uuid.UUID) -> int:
        for row, item in enumerate(self._rows):
            if item.participant_id == participant_id:
                return row
        return -1

    def update_mark(self, participant_id: uuid.UUID, mark: MarkInfo | None) -> None:
        """Show `mark` as the current mark of one participant."""
        row = self.row_of(participant_id)
        if row < 0:
            return
        old = self._rows[row]
        self._rows[row] = RegisterRow(old.participant_id, old.number, old.name, old.badge, mark,
                                      old.planned)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_highlighted(self, participant_id: uuid.UUID | None) -> None:
        """Give one row (a scanned badge) a yellow background; None clears it."""
        rows = [self.row_of(pid) for pid in (self._highlighted, participant_id)
                if pid is not None]
        self._highlighted = participant_id
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1),
                                      [Qt.ItemDataRole.BackgroundRole])

    @property
    def highlighted(self) -> uuid.UUID | None:
        return self._highlighted

    def find(self, text: str) -> int:
        """The first row whose name or number contains `text` (any case), or -1."""
        needle = text.strip().casefold()
        if not needle:
            return -1
        for row, item in enumerate(self._rows):
            if needle in item.name.casefold() or needle in item.number.casefold():
                return row
        return -1

    def marked_count(self) -> int:
        """Rows with a status: marked, or reported absent in advance."""
        return sum(1 for r in self._rows if r.status is not None)

    def first_unmarked(self, after: int = -1) -> int:
        """The first row after `after` that has no mark, or -1."""
        for row in range(after + 1, len(self._rows)):
            if self._rows[row].status is None:
                return row
        return -1

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        status = item.status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_NAME:
                return item.name
            if column == COLUMN_NUMBER:
                return item.number
            if column == COLUMN_STATUS:
                return row_status_label(item)
            if column == COLUMN_TIMES:
                mark = item.mark
                return format_times(mark.arrival_time, mark.departure_time) if mark else ""
            if column == COLUMN_NOTE:
                return row_note(item)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_NAME:  # whole, also when a narrow window cuts it off
                return item.name
            if column == COLUMN_NOTE:
                return row_note(item) or None
            if column == COLUMN_STATUS and item.reported and item.planned is not None:
                return QCoreApplication.translate(
                    "Register", "Vooraf gemeld; een toets of scan legt de presentie vast.")
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COLUMN_STATUS:
                return QColor(STATUS_COLOURS.get(status, GREY))
            if column == COLUMN_NUMBER:
                return self._muted
        if role == Qt.ItemDataRole.FontRole:
            if column == COLUMN_STATUS:
                return self._reported if item.reported else self._bold
            if column == COLUMN_NUMBER:
                return self._small
        if (role == Qt.ItemDataRole.BackgroundRole and self._highlighted is not None
                and item.participant_id == self._highlighted):
            return self._highlight
        if role == Qt.ItemDataRole.UserRole:
            return status
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


class RegisterTableView(QTableView):
    """Fixed rows of 40 px, whole-row selection, no editing, no horizontal scrolling."""

    def __init__(self, model: RegisterTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        horizontal = self.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name gets whatever room is left: it is what people look for. A note is shown
        # whole in its tooltip.
        horizontal.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COLUMN_NUMBER, 110), (COLUMN_STATUS, 220), (COLUMN_TIMES, 120),
                              (COLUMN_NOTE, 200)):
            horizontal.resizeSection(column, width)
