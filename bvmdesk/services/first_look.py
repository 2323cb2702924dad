"""A first look at a SQLite database before it is opened: is it set up, for which site.

The GUI shows its first dialog (first start or login) from this while the real opening
(SQLAlchemy, the models, the migration check) runs in the background, so it may use
nothing but the standard library's sqlite3. Anything it cannot tell for sure (a server
URL, a file that does not read as expected) is None: then the GUI waits for the opening.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bvmdesk.config import is_url

# The key of the local site in `local_settings` (db.session.LOCAL_SITE_KEY; not imported:
# that module loads SQLAlchemy).
_LOCAL_SITE_KEY = "site_id"


@dataclass(frozen=True)
class FirstLook:
    """`site_label`: "Zwolle (ZWL)", empty when the database is not set up."""

    set_up: bool
    site_label: str
    database_label: str


def first_look(location: str) -> FirstLook | None:
    """What the file at `location` says about itself, read-only; None when unsure."""
    if is_url(location):
        return None
    path = Path(location)
    label = path.name
    if not path.exists():
        return FirstLook(set_up=False, site_label="", database_label=label)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(
            "SELECT s.name, s.code FROM local_settings AS l JOIN sites AS s "
            "ON s.id = replace(lower(l.value), '-', '') WHERE l.key = ?",
            (_LOCAL_SITE_KEY,)).fetchone()
    except sqlite3.Error:  # damaged, locked, no BVM Desk database, or not yet migrated
        return None
    finally:
        connection.close()
    if row is None:
        return FirstLook(set_up=False, site_label="", database_label=label)
    return FirstLook(set_up=True, site_label=f"{row[0]} ({row[1]})", database_label=label)
