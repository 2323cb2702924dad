"""The participant list model: ids from a SQL search plus a lazy cache of row DTOs.

The Anki browser pattern: the view asks for visible rows only; rows are fetched from the
service in pages of ROW_PAGE_SIZE and kept until the next search. A long result need not come
whole: `set_result` takes its first page of ids and its length, and reads the other pages
of ids when their rows are first shown (a one-letter search at 20,000 people).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from bvmdesk.domain.enums import participant_type_label
from bvmdesk.services.participants import ParticipantRow
from bvmdesk.ui.theme import MUTED

PAGE_SIZE = 200  # ids read at once
# Rows read at once: a screenful and more. Building a row costs far more than reading an id,
# and a keystroke shows only the first screenful (<= 30 ms per keystroke).
ROW_PAGE_SIZE = 50
COLUMN_NUMBER, COLUMN_NAME, COLUMN_TYPE, COLUMN_GROUPS, COLUMN_COMPANY = range(5)
AnyIndex = QModelIndex | QPersistentModelIndex


def type_label(value: str) -> str:
    """`MBO BBL` for `BBL`: domain.enums.participant_type_label, as every screen and PDF."""
    return participant_type_label(value)


IdPage = Callable[[int, int], list[uuid.UUID]]  # (offset, limit) -> ids
Locate = Callable[[uuid.UUID], int | None]  # id -> its row in the whole result, or None


class ParticipantTableModel(QAbstractTableModel):
    """Rows of participants; `fetch(ids)` returns their `ParticipantRow`s in order."""

    def __init__(self, fetch: Callable[[Sequence[uuid.UUID]], list[ParticipantRow]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[uuid.UUID | None] = []  # None: not read yet (see set_result)
        self._load_ids: IdPage | None = None
        self._locate: Locate | None = None
        self._positions: dict[uuid.UUID, int] = {}
        self._cache: dict[uuid.UUID, ParticipantRow] = {}
        self._headers = [self.tr("Nummer"), self.tr("Naam"), self.tr("Doelgroep"),
                         self.tr("Groepen"), self.tr("Leerbedrijf")]
        self._muted = QColor(MUTED)

    # --- contents ------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[uuid.UUID]) -> None:
        """Show these participants, in this order (a new search result)."""
        self.set_result(ids, len(ids))

    def set_result(self, first: Sequence[uuid.UUID], total: int, load_ids: IdPage | None = None,
                   locate: Locate | None = None) -> None:
        """Show a search result of `total` participants of which `first` are the first.

        Args:
            load_ids: reads the ids of the result from an offset (needed when `first` is
                shorter than `total`).
            locate: finds the row of an id not read yet (for `row_of`).
        """
        self.beginResetModel()
        self._ids = [*first, *([None] * max(total - len(first), 0))]
        self._load_ids = load_ids
        self._locate = locate
        self._positions = {pid: row for row, pid in enumerate(first)}
        self._cache.clear()
        self.endResetModel()

    def id_at(self, row: int) -> uuid.UUID | None:
        if not 0 <= row < len(self._ids):
            return None
        if self._ids[row] is None:
            self._read_ids(row)
        return self._ids[row]

    def row_of(self, participant_id: uuid.UUID) -> int:
        """The row of `participant_id`, or -1 when it is not in the list."""
        row = self._positions.get(participant_id)
        if row is not None:
            return row
        if self._locate is None or len(self._positions) == len(self._ids):
            return -1
        found = self._locate(participant_id)
        if found is None or not 0 <= found < len(self._ids):
            return -1
        if self._ids[found] is None:
            self._ids[found] = participant_id
            self._positions[participant_id] = found
        return found if self._ids[found] == participant_id else -1

    def _read_ids(self, row: int) -> None:
        """Reads the page of ids around `row` (a list that changed meanwhile leaves gaps,
        shown as empty rows until the next search)."""
        if self._load_ids is None:
            return
        start = row - row % PAGE_SIZE
        for offset, pid in enumerate(self._load_ids(start, PAGE_SIZE), start):
            if offset >= len(self._ids) or pid in self._positions:
                continue
            if self._ids[offset] is None:
                self._ids[offset] = pid
                self._positions[pid] = offset

    def refresh(self, participant_id: uuid.UUID) -> None:
        """Fetch one participant's row again (after an edit)."""
        row = self.row_of(participant_id)
        if row < 0:
            return
        self._cache.pop(participant_id, None)
        for fresh in self._fetch([participant_id]):
            self._cache[fresh.id] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def cached_count(self) -> int:
        return len(self._cache)

    def _row(self, row: int) -> ParticipantRow | None:
        pid = self.id_at(row)
        if pid is None:
            return None
        found = self._cache.get(pid)
        if found is None:
            start = row - row % ROW_PAGE_SIZE  # within the page of ids read for `row`
            wanted = [i for i in self._ids[start:start + ROW_PAGE_SIZE]
                      if i is not None and i not in self._cache]
            for fetched in self._fetch(wanted):
                self._cache[fetched.id] = fetched
            found = self._cache.get(pid)
        return found

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            item = self._row(index.row())
            if item is None:  # deleted meanwhile
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            column = index.column()
            if column == COLUMN_NUMBER:
                return item.number
            if column == COLUMN_NAME:
                return item.name
            if column == COLUMN_TYPE:
                return type_label(item.type)
            if column == COLUMN_GROUPS:
                return ", ".join(item.groups)
            if column == COLUMN_COMPANY:
                if role == Qt.ItemDataRole.ToolTipRole and item.company_name:
                    return f"{item.company_name} ({item.company})"
                return item.company or ""
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COLUMN_NUMBER:
            return self._muted
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
