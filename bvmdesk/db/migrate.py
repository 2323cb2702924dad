"""Schema migrations with Alembic; the SQLite file is backed up before any migration runs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision; a test keeps it equal to Alembic's head, so a normal start
# can compare it with the database without importing Alembic.
HEAD_REVISION = "0011"
# Every revision this version knows, oldest first; a test keeps it equal to Alembic's.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
                   "0010", "0011")
# The key in `local_settings` of the version of BVM Desk that last created or migrated the
# database: a newer database names the version to update to. Every version writes it.
APP_VERSION_KEY = "app_version"


class MigrationError(Exception):
    """The database could not be brought up to date; the message is for the user."""


class NewerSchemaError(MigrationError):
    """The database was made by a newer version of BVM Desk (its revision is unknown here);
    nothing was changed and nothing backed up."""

    def __init__(self, revision: str, app_version: str | None) -> None:
        from bvmdesk import __version__

        target = f"versie {app_version} of nieuwer" if app_version else "de nieuwste versie"
        made_by = f" (versie {app_version})" if app_version else ""
        super().__init__(
            f"Deze database is gemaakt met een nieuwere versie van BVM Desk{made_by} dan "
            f"deze ({__version__}; databaseschema {revision} is hier onbekend). Er is niets "
            f"gewijzigd. Werk BVM Desk bij naar {target}.")
        self.revision = revision
        self.app_version = app_version


@dataclass(frozen=True)
class SchemaState:
    """What a database holds before it is opened: its revision (None: no version row),
    whether it has Alembic's table, and how many other tables it has."""

    revision: str | None
    versioned: bool
    tables: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.tables and not self.versioned

    @property
    def foreign(self) -> bool:
        """Tables, but not ours: another program's database."""
        return bool(self.tables) and not self.versioned

    @property
    def newer(self) -> bool:
        return self.revision is not None and self.revision not in KNOWN_REVISIONS


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config(stdout=sys.stdout)  # the default is bound when alembic is imported
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty database."""
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except (OperationalError, ProgrammingError):
        return None
    return str(row[0]) if row else None


def schema_state(engine: Engine) -> SchemaState:
    """The revision and tables of the database, read with one connection.

    Raises:
        sqlalchemy.exc.DBAPIError: the database cannot be reached or read (locked, damaged,
            read-only folder, server down, wrong password ...): the caller says which.
    """
    from sqlalchemy import inspect

    with engine.connect() as conn:
        names = inspect(conn).get_table_names()
        revision: str | None = None
        if "alembic_version" in names:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            revision = str(row[0]) if row else None
    others = tuple(sorted(n for n in names if n != "alembic_version"))
    return SchemaState(revision, "alembic_version" in names, others)


def recorded_app_version(engine: Engine) -> str | None:
    """The version of BVM Desk that last created or migrated the database (None: unknown,
    e.g. a database from before versions were recorded)."""
    try:
        with engine.connect() as conn:
            value = conn.execute(text("SELECT value FROM local_settings WHERE key = :key"),
                                 {"key": APP_VERSION_KEY}).scalar()
    except (OperationalError, ProgrammingError):
        return None
    return str(value) if value else None


def _record_app_version(conn: Connection) -> None:
    from bvmdesk import __version__

    conn.execute(text("DELETE FROM local_settings WHERE key = :key"), {"key": APP_VERSION_KEY})
    conn.execute(text("INSERT INTO local_settings (key, value) VALUES (:key, :value)"),
                 {"key": APP_VERSION_KEY, "value": __version__})


def _has_tables(engine: Engine) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(engine).get_table_names())


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != HEAD_REVISION


def backup_sqlite_file(engine: Engine, backup_dir: Path, label: str) -> Path | None:
    """Copy the SQLite file with SQLite's backup API; None for other databases or empty files."""
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return None
    source_path = Path(engine.url.database)
    if not source_path.exists() or source_path.stat().st_size == 0:
        return None
    from bvmdesk.db.backup import copy_database
    from bvmdesk.domain.backups import backup_name
    from bvmdesk.domain.clock import SYSTEM_CLOCK

    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    now, serial = SYSTEM_CLOCK.local_now(), 1
    while True:
        target = backup_dir / backup_name(source_path.stem, now, label, ".sqlite",
                                          serial).file_name
        if not target.exists():
            break
        serial += 1
    copy_database(source_path, target)
    return target


def upgrade(engine: Engine, *, backup_dir: Path | None = None,
            make_backup: Callable[[], Path | None] | None = None) -> Path | None:
    """Bring the schema to head. A SQLite file that already has data is backed up first.

    Args:
        backup_dir: where `backup_sqlite_file` puts that backup.
        make_backup: makes that backup instead (the backup service: named, verified, with
            its head file); its failure stops the migration.

    Returns:
        The backup's path, when one was made.

    Raises:
        NewerSchemaError: a newer version of BVM Desk made the database (refused before
            any backup).
        MigrationError: the migration failed; the database is as it was.
    """
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return None
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(revision, recorded_app_version(engine))
    from alembic import command

    from bvmdesk.db.triggers import drop_fact_triggers, install_fact_triggers

    backup: Path | None = None
    sqlite = engine.dialect.name == "sqlite"
    # Any file with tables is backed up, also one at the base revision (no version row).
    if sqlite and (make_backup or backup_dir) and _has_tables(engine):
        if make_backup is not None:
            backup = make_backup()
        elif backup_dir is not None:
            backup = backup_sqlite_file(engine, backup_dir, "voor-migratie")
    try:
        with engine.connect() as conn:
            if sqlite:
                # Batch migrations copy tables; foreign keys stay off until they are done.
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            try:
                # The fact triggers are off while migrations run and made again after, in
                # the same transaction: a batch migration on SQLite rebuilds a table (which
                # drops its triggers, and fails on a trigger naming a table it replaces),
                # and a data migration may have to correct facts.
                drop_fact_triggers(conn)
                command.upgrade(alembic_config(conn), "head")
                install_fact_triggers(conn)
                _record_app_version(conn)
                conn.commit()
            finally:
                if sqlite:
                    conn.rollback()
                    conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    except Exception as exc:  # the cause tells a busy or full database (services.open_errors)
        raise MigrationError(f"De database kon niet worden bijgewerkt: {exc}") from exc
    return backup
