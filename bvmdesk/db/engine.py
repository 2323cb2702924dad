"""Engines for SQLite files and PostgreSQL URLs, with the pragmas DESIGN.md prescribes."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError

from bvmdesk.config import DEFAULT_BUSY_TIMEOUT_MS, busy_timeout_ms, is_url, mask_location
from bvmdesk.domain.text import missing_folder_text

BUSY_TIMEOUT_MS = DEFAULT_BUSY_TIMEOUT_MS  # the default; BVMDESK_BUSY_TIMEOUT_MS overrides it
PG_CONNECT_TIMEOUT_S = 10  # an unreachable server is reported after this, not after minutes
WRITE_OPTION = "bvm_write"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "ncpfs"}


class DatabaseLocationError(Exception):
    """The database location cannot be used; the message is for the user (Dutch)."""


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """The URL of a SQLite file; `?`, `#` and `%` in the path are escaped, not parsed."""
    return URL.create("sqlite", database=str(Path(path))).render_as_string()


def _mount_fs_type(path: Path) -> str | None:
    """The file system type of the mount that holds `path` (Linux), else None."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    target = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    return best[1] if best else None


def is_network_path(path: Path) -> bool:
    """True when `path` lies on a network share (SQLite must not be used there)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE
    folder = path.parent if not path.exists() else path
    return _mount_fs_type(folder) in _NETWORK_FS


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own BEGIN is switched off; our "begin" hook emits BEGIN (IMMEDIATE).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    if _may_switch_to_wal(cursor):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    # INSERT OR REPLACE deletes the row it replaces; only with recursive triggers does that
    # delete meet the fact triggers (db.triggers), which refuse it.
    cursor.execute("PRAGMA recursive_triggers=ON")
    cursor.close()


def _may_switch_to_wal(cursor: Any) -> bool:
    """Whether this connection may put the file in WAL mode: it is not in it yet and it is
    new or ours. Another program's database is opened only to be refused, unchanged."""
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return False
    names = {str(row[0]) for row in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    return not names or "alembic_version" in names


def _on_sqlite_begin(connection: Any) -> None:
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(location: str, *, must_exist: bool = False, echo: bool = False) -> Engine:
    """An engine for a SQLite path or a SQLAlchemy URL.

    Args:
        location: a file path, or a URL such as `postgresql+psycopg://...`.
        must_exist: refuse a SQLite file that does not exist yet.

    Raises:
        DatabaseLocationError: missing file, missing folder or a network share.
    """
    if is_url(location):
        if location.startswith("sqlite"):
            engine = create_engine(location, echo=echo)
            _install_sqlite_hooks(engine)
            return engine
        try:
            backend = make_url(location).get_backend_name()
            if backend != "postgresql":
                raise DatabaseLocationError(
                    f"BVM Desk werkt met een SQLite-bestand of een PostgreSQL-server, niet met "
                    f"'{backend}': {mask_location(location)}. Schrijf bijvoorbeeld "
                    "postgresql+psycopg://GEBRUIKER@SERVER:5432/DATABASE.")
            try:
                return create_engine(location, echo=echo, pool_pre_ping=True,
                                     connect_args=_pg_connect_args(location))
            except ImportError:  # a driver BVM Desk does not ship (psycopg2, asyncpg, ...)
                raise DatabaseLocationError(
                    f"Het stuurprogramma '{make_url(location).get_driver_name()}' hoort niet "
                    f"bij BVM Desk: {mask_location(location)}. Schrijf de URL met "
                    "postgresql+psycopg:// (of postgresql://).") from None
        except (ArgumentError, ValueError):  # the message would quote the password
            raise DatabaseLocationError(
                f"Dit is geen geldige database-URL: {mask_location(location)}. Schrijf "
                "bijvoorbeeld postgresql+psycopg://GEBRUIKER:WACHTWOORD@SERVER:5432/DATABASE."
            ) from None
    path = Path(location).expanduser()
    if must_exist and not path.exists():
        raise DatabaseLocationError(f"Database niet gevonden: {location}")
    if not path.parent.exists():
        raise DatabaseLocationError(missing_folder_text(path.parent))
    if path.exists() and path.is_dir():
        raise DatabaseLocationError(f"Dit is een map, geen databasebestand: {location}")
    if is_network_path(path):
        raise DatabaseLocationError(
            f"De database staat op een netwerkschijf ({location}). SQLite kan daar beschadigd "
            "raken: zet het bestand op een lokale schijf, of gebruik een PostgreSQL-server."
        )
    if not path.exists():
        # Readable by the OS user only; SQLite gives its -wal and -shm files the same mode.
        from bvmdesk.db.backup import create_private

        try:
            create_private(path)
        except PermissionError:
            raise DatabaseLocationError(
                f"De map {path.parent} is alleen-lezen: hier kan geen database worden "
                "gemaakt. Kies een map waarin u mag schrijven, of vraag de beheerder om "
                "schrijfrechten op deze map.") from None
    engine = create_engine(sqlite_url(path), echo=echo)
    _install_sqlite_hooks(engine)
    return engine


def _pg_connect_args(location: str) -> dict[str, Any]:
    """psycopg's connection options: a connect timeout unless the URL sets its own."""
    return {} if "connect_timeout" in location else {"connect_timeout": PG_CONNECT_TIMEOUT_S}


def _install_sqlite_hooks(engine: Engine) -> None:
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions begin with BEGIN IMMEDIATE on SQLite."""
    return engine.execution_options(**{WRITE_OPTION: True})


def describe(engine: Engine) -> str:
    """A short name for the status bar: the file name, or the server and database (never
    the user or the password)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return Path(url.database or ":memory:").name
    return f"{url.host or 'lokaal'}/{url.database}"
