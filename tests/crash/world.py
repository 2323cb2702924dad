"""The databases and files the crash harness starts from, made once per run.

- the site template: site ZWL, admin `beheer`, instructor `docent` (tests/db/support.py);
- the marks world: that, plus a small school imported through the exchange format (groups,
  enrolled participants with badges, past lessons with marks) and a lesson today for every
  group (one cancelled), taught by `docent`, so that the register sees final and open
  lessons of groups the instructor teaches;
- two import folders: A (a few thousand marks) and B (the same keys, a third of the marks
  changed: an import that supersedes marks).
A SQLite template is checkpointed, so a copy of the file (and its head file) is a database.
"""

from __future__ import annotations

import csv
import shutil
from datetime import time
from pathlib import Path

from bvmdesk.config import is_url
from tests.services.exchange.large import write_large_folder

SIDE_FILES = ("-wal", "-shm", ".head")
_NEXT_STATUS = {"aanwezig": "ziek", "te_laat": "aanwezig", "ziek": "ongeoorloofd",
                "ongeoorloofd": "geoorloofd", "geoorloofd": "aanwezig", "vroeg_weg": "ziek"}


def remove_database(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_database(source: Path, target: Path) -> None:
    """A checkpointed SQLite template, with its head file when it has one."""
    remove_database(target)
    shutil.copyfile(source, target)
    head = Path(f"{source}.head")
    if head.exists():
        shutil.copyfile(head, Path(f"{target}.head"))


def checkpoint(location: str) -> None:
    """Fold the WAL into the file (SQLite), so that the file alone is the database."""
    if is_url(location):
        return
    import sqlite3

    conn = sqlite3.connect(location)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build_site(path: Path) -> Path:
    from tests.db.support import _set_up

    remove_database(path)
    _set_up(str(path))
    checkpoint(str(path))
    return path


def build_marks_world(location: str, folder: Path, participants: int = 120,
                      groups: int = 6, lessons: int = 8) -> None:
    """Fill a set-up database (site template) with a small school and today's lessons."""
    from bvmdesk.domain.clock import SYSTEM_CLOCK
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services

    write_large_folder(folder, participants=participants, groups=groups, lessons=lessons)
    services = open_services(location, backup=False)
    try:
        actor = Actor.cli()
        result = services.exchange.import_file(actor, folder)
        assert not result.errors, result.errors[:3]
        today = SYSTEM_CLOCK.today()
        # The writer's instructor `docent` teaches today's lesson of every group, so that
        # they see and mark every group (an instructor sees only their own groups).
        docent = _user_id(services, "docent")
        added = [services.lessons.add_lesson(actor, g.id, today, time(8, 30), time(16, 0),
                                             instructor_id=docent, topic="Crashproef")
                 for g in services.attendance.groups(actor)]
        services.lessons.cancel_lesson(actor, added[-1].id, "Docent ziek")
    finally:
        services.close()
    checkpoint(location)


def _user_id(services: object, username: str) -> object:
    from sqlalchemy import select

    from bvmdesk.db.models import User
    from bvmdesk.services.container import sessions_of

    with sessions_of(services).read() as s:  # type: ignore[arg-type]
        return s.scalars(select(User.id).where(User.username == username)).one()


def write_import_folders(root: Path, participants: int, groups: int,
                         lessons: int) -> tuple[Path, Path]:
    """Folder A (new participants, groups, lessons, marks) and folder B (A with every third
    mark's status changed: importing B after A supersedes those marks)."""
    first, second = root / "import-a", root / "import-b"
    for folder in (first, second):
        shutil.rmtree(folder, ignore_errors=True)
    write_large_folder(first, participants=participants, groups=groups, lessons=lessons)
    shutil.copytree(first, second)
    sheet = second / "Presentie.csv"
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    for i, row in enumerate(rows):
        if i % 3 == 0:
            row["status"] = _NEXT_STATUS[row["status"]]
            row["aanwezig_van"] = "09:20" if row["status"] == "te_laat" else ""
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fields, delimiter=";", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return first, second
