"""Helpers for the backup tests: damaging SQLite files the way disks and people do."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from bvmdesk.domain.clock import LOCAL_ZONE, Clock


def root_page_offset(path: Path, table: str) -> int:
    """The file offset of the b-tree page header of `table`'s root page."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    return (root - 1) * page_size + (100 if root == 1 else 0)


def damage_table(path: Path, table: str = "participants") -> None:
    """Overwrite the root page header of `table`: SQLite then calls the file malformed
    when it reads that table (and quick_check says so), while it still opens."""
    offset = root_page_offset(path, table)
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(b"\xff" * 12)


def damage_header(path: Path) -> None:
    """Overwrite the file header: SQLite no longer sees a database at all."""
    with open(path, "r+b") as f:
        f.write(b"this is not a database, no longer..")


class SteppedClock(Clock):
    """A clock at a settable Amsterdam wall-clock time."""

    def __init__(self, local: datetime) -> None:
        self.local = local
        super().__init__(lambda: self.local.replace(tzinfo=LOCAL_ZONE))
