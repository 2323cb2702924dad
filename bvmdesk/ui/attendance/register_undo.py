"""The register's Ctrl+Z: batches of mark changes, newest last (no Qt, no database)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bvmdesk.services.attendance_types import MarkChange


class MarkUndoStack:
    """One batch per user action (a key, a scan, "Iedereen aanwezig")."""

    def __init__(self) -> None:
        self._batches: list[list[MarkChange]] = []

    def __bool__(self) -> bool:
        return bool(self._batches)

    def __len__(self) -> int:
        return len(self._batches)

    def push(self, changes: list[MarkChange]) -> None:
        self._batches.append(list(changes))

    def last(self) -> list[MarkChange] | None:
        return self._batches[-1] if self._batches else None

    def pop(self) -> None:
        self._batches.pop()

    def clear(self) -> None:
        self._batches.clear()

    def rebase(self, undone: list[MarkChange]) -> None:
        """An undo writes a new row; the earlier change of that person now ends in it, so
        that the next Ctrl+Z can take that one back too."""
        for result in undone:
            for batch in reversed(self._batches):
                found = [i for i, c in enumerate(batch)
                         if c.participant_id == result.participant_id]
                if found:
                    batch[found[-1]] = replace(batch[found[-1]], current=result.current)
                    break
