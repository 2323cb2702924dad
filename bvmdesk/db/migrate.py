"""Schema migrations with Alembic; the SQLite file is backed up before any migration runs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision; a test keeps it equal to Alembic's head, so a normal start
# can compare it with the database without importing Alembic.
HEAD_REVISION = "0006"


class MigrationError(Exception):
    """The database could not be brought up to date; the message is for the user."""


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
        MigrationError: the migration failed; the database is as it was.
    """
    if not needs_upgrade(engine):
        return None
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
                conn.commit()
            finally:
                if sqlite:
                    conn.rollback()
                    conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    except Exception as exc:
        raise MigrationError(f"De database kon niet worden bijgewerkt: {exc}") from exc
    return backup
