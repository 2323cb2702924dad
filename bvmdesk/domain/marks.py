"""Which attendance mark is current (DATA_MODEL.md): the one nothing supersedes; when two
sites both wrote one, the highest hlc wins, then the highest site code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

Row = TypeVar("Row", bound=Sequence[Any])


def current_marks(rows: Iterable[Row]) -> dict[Any, Row]:
    """The current row per key.

    Args:
        rows: tuples that start with (key, mark_id, supersedes_id, hlc, site_code); the key
            is what a mark is current for, e.g. (lesson_id, participant_id). Extra fields
            after these five are carried along.
    """
    marks = rows if isinstance(rows, list) else list(rows)
    superseded = {row[2] for row in marks if row[2] is not None}
    best: dict[Any, Row] = {}
    for row in marks:
        if row[1] in superseded:
            continue
        held = best.get(row[0])
        if held is None or (row[3], row[4] or "") > (held[3], held[4] or ""):
            best[row[0]] = row
    return best
