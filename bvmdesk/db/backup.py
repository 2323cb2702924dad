"""SQLite files at the file level: private creation, online-backup copies, checks, heads.

Every copy goes through SQLite's online backup API, never a plain file copy of a live WAL
database; new files are created readable by the OS user only (0600).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from bvmdesk.config import busy_timeout_ms
from bvmdesk.db.head import ChainHead

PRIVATE_MODE = 0o600
_SIDE_FILES = ("-wal", "-shm", "-journal")
# SQLite's primary result codes for a damaged file (the extended codes carry them in the
# low byte): SQLITE_CORRUPT and SQLITE_NOTADB.
_DAMAGE_CODES = frozenset({11, 26})


def create_private(path: Path) -> bool:
    """Create `path` as an empty file readable by the OS user only, unless it exists.

    SQLite gives its -wal and -shm files the mode of the database file, so a database
    created this way keeps all its files private.

    Returns:
        Whether the file was created.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def side_files(path: Path) -> list[Path]:
    """The -wal, -shm and -journal files that belong to the database `path`."""
    return [path.with_name(path.name + suffix) for suffix in _SIDE_FILES]


def is_damage_error(exc: BaseException) -> bool:
    """True when `exc` (or what it wraps) is SQLite saying the file is damaged or not a
    database at all."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.DatabaseError):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int) and code & 0xFF in _DAMAGE_CODES:
                return True
            text = str(current).lower()
            if "malformed" in text or "not a database" in text:
                return True
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else (
            current.__cause__ or current.__context__)
    return False


def damage_detail(exc: BaseException) -> str:
    """SQLite's complaint in Dutch: "geen database" or "beschadigd"."""
    text = str(exc).lower()
    while (orig := getattr(exc, "orig", None)) is not None and isinstance(orig, BaseException):
        exc, text = orig, str(orig).lower()
    if "not a database" in text:
        return "het bestand is geen (leesbare) database"
    return "de inhoud van het bestand is beschadigd"


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        yield conn
    finally:
        conn.close()


class DatabaseLockedError(sqlite3.OperationalError):
    """Another program held a lock on the database longer than the busy timeout while a
    backup or restore waited for it (SQLITE_BUSY)."""

    def __init__(self) -> None:
        super().__init__("database is locked")
        self.sqlite_errorcode = sqlite3.SQLITE_BUSY
        self.sqlite_errorname = "SQLITE_BUSY"


def _backup(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """`source.backup(target)`, giving up as any write does after the busy timeout:
    Python's backup retries a locked database for ever."""
    waiting_since: list[float] = []
    limit = busy_timeout_ms() / 1000

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            waiting_since.clear()
            return
        now = time.monotonic()
        if not waiting_since:
            waiting_since.append(now)
        elif now - waiting_since[0] >= limit:
            raise DatabaseLockedError()

    source.backup(target, progress=progress, sleep=0.05)


def copy_database(source: Path, target: Path) -> None:
    """Copy the database `source` to a new standalone file `target` (no -wal beside it).

    The copy is written under a temporary name in the target's folder and renamed when
    complete, so `target` never exists half-written.

    Raises:
        FileExistsError: `target` exists.
        sqlite3.Error: the source cannot be read (damaged, locked too long).
        OSError: the target cannot be written (disk full, no permission).
    """
    if target.exists():
        raise FileExistsError(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    for path in (tmp, *side_files(tmp)):
        path.unlink(missing_ok=True)
    create_private(tmp)
    try:
        with _connect(source) as src, _connect(tmp) as dst:
            _backup(src, dst)
            # A backup is one self-contained file: easy to copy to a stick, no -wal.
            dst.execute("PRAGMA journal_mode=DELETE")
        _fsync(tmp)
        os.replace(tmp, target)
    finally:
        for path in (tmp, *side_files(tmp)):
            path.unlink(missing_ok=True)
    _fsync_folder(target.parent)


def restore_into(backup: Path, database: Path) -> None:
    """Write the content of `backup` into the database file `database` (SQLite's backup API
    through a normal connection, so a reader elsewhere sees a whole database, before or
    after). A file SQLite cannot open as a database is replaced by a new private one.

    Raises:
        sqlite3.Error: the backup cannot be read.
    """
    try:
        _restore(backup, database)
    except sqlite3.DatabaseError as exc:
        if not is_damage_error(exc):
            raise
        # The current file is too damaged to write into; it has been kept aside already.
        for path in (database, *side_files(database)):
            path.unlink(missing_ok=True)
        _restore(backup, database)


def _restore(backup: Path, database: Path) -> None:
    create_private(database)
    with _connect(backup, read_only=True) as src, _connect(database) as dst:
        _backup(src, dst)
        dst.execute("PRAGMA journal_mode=WAL")
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def raw_copy(source: Path, target: Path) -> None:
    """A byte copy of a (damaged) database and its -wal file, private: for keeping a file
    aside that SQLite can no longer read whole."""
    wal = "-wal"
    pairs = [(source, target), (Path(f"{source}{wal}"), Path(f"{target}{wal}"))]
    for src, dst in pairs:
        if not src.exists():
            continue
        create_private(dst)
        with open(src, "rb") as reader, open(dst, "wb") as writer:
            while chunk := reader.read(1 << 20):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())


def quick_check(path: Path) -> list[str]:
    """`PRAGMA quick_check` of a database file, read-only; [] when it is fine."""
    try:
        with _connect(path, read_only=True) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stored in a database file (None: none or unreadable)."""
    try:
        with _connect(path, read_only=True) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def chain_head(path: Path) -> ChainHead | None:
    """The last audit event in a database file; None when it has none (or no such table).

    Raises:
        sqlite3.DatabaseError: the file is damaged or not a database.
    """
    with _connect(path, read_only=True) as conn:
        try:
            row = conn.execute("SELECT sequence, hash FROM audit_events "
                               "ORDER BY sequence DESC LIMIT 1").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise
    return ChainHead(int(row[0]), str(row[1])) if row else None


def read_only_url(path: Path) -> str:
    """A SQLAlchemy URL that opens a database file read-only (for checking a backup)."""
    return f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder
        return
    with contextlib.suppress(OSError):
        _fsync(folder)
