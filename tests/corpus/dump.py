"""A logical dump of a database: every table's rows, sorted, as text.

Two dumps are equal when the database holds exactly the same data; SQLite's file bytes can
differ after a read (WAL, checkpoints), PostgreSQL has no file to compare. The head file
beside a SQLite database is part of the dump: a refused import must not move it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from bvmdesk.config import is_url
from bvmdesk.db.engine import sqlite_url


def logical_dump(location: str) -> str:
    """Every table (sorted by name) with its columns and its rows, sorted, one per line."""
    url = location if is_url(location) else sqlite_url(location)
    engine = create_engine(url)
    lines: list[str] = []
    try:
        with engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                rows = conn.execute(text(f'SELECT * FROM "{table}"'))
                columns = list(rows.keys())
                lines.append(f"== {table} ({', '.join(columns)})")
                lines.extend(sorted(repr(tuple(row)) for row in rows))
    finally:
        engine.dispose()
    if not is_url(location):
        head = Path(location).with_name(Path(location).name + ".head")
        lines.append("== head file")
        lines.append(head.read_text() if head.exists() else "(none)")
    return "\n".join(lines)
