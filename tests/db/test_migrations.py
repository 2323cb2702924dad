"""Migrations: `upgrade head` matches the models, and a file is backed up before it migrates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from bvmdesk import __version__
from bvmdesk.db.engine import make_engine
from bvmdesk.db.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    NewerSchemaError,
    alembic_config,
    current_revision,
    needs_upgrade,
    recorded_app_version,
    upgrade,
)
from bvmdesk.db.models import Base


def _dump(path: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_head_revision_constant_is_alembics_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION
    assert len(script.get_heads()) == 1


def test_upgrade_head_then_alembic_check_finds_no_difference(db_location: str) -> None:
    engine = make_engine(db_location)
    try:
        assert current_revision(engine) is None
        assert needs_upgrade(engine)
        assert upgrade(engine) is None  # a new database: nothing to back up
        assert current_revision(engine) == HEAD_REVISION
        assert not needs_upgrade(engine)
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            command.check(alembic_config(conn))  # raises when models and schema differ
    finally:
        engine.dispose()


def test_upgrade_at_head_does_nothing(db_location: str, tmp_path: Path) -> None:
    engine = make_engine(db_location)
    try:
        upgrade(engine)
        assert upgrade(engine, backup_dir=tmp_path / "backups") is None
        assert not (tmp_path / "backups").exists()
    finally:
        engine.dispose()


def test_foreign_keys_are_on_again_after_a_sqlite_migration(sqlite_location: str) -> None:
    engine = make_engine(sqlite_location)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        engine.dispose()


def test_an_older_sqlite_file_with_data_is_backed_up_before_it_migrates(
    sqlite_location: str, tmp_path: Path
) -> None:
    engine = make_engine(sqlite_location)
    try:
        upgrade(engine)
        # Take the schema back to before the first revision; what remains is data of an
        # older version (here a table the migrations know nothing of).
        with engine.connect() as conn:
            command.downgrade(alembic_config(conn), "base")
            conn.commit()
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (body TEXT)"))
            conn.execute(text("INSERT INTO notes VALUES ('bewaar mij')"))
        assert needs_upgrade(engine)

        backup = upgrade(engine, backup_dir=tmp_path / "backups")

        assert backup is not None and backup.parent == tmp_path / "backups"
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
    saved = sqlite3.connect(backup)
    try:
        assert saved.execute("SELECT body FROM notes").fetchall() == [("bewaar mij",)]
        assert saved.execute("SELECT count(*) FROM sqlite_master WHERE name = 'participants'"
                             ).fetchone() == (0,)
        assert saved.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        saved.close()


def test_a_file_from_a_newer_version_is_refused_unchanged_without_a_backup(
    sqlite_location: str, tmp_path: Path
) -> None:
    engine = make_engine(sqlite_location)
    try:
        upgrade(engine)
        assert recorded_app_version(engine) == __version__  # every migration records it
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
            conn.execute(text("UPDATE local_settings SET value = '3.1.0' "
                              "WHERE key = 'app_version'"))
        before = _dump(sqlite_location)
        with pytest.raises(NewerSchemaError, match=r"Werk BVM Desk bij naar versie 3\.1\.0"):
            upgrade(engine, backup_dir=tmp_path / "backups")
        assert current_revision(engine) == "9999"
        assert inspect(engine).has_table("participants")
    finally:
        engine.dispose()
    assert _dump(sqlite_location) == before
    assert not (tmp_path / "backups").exists()


def test_known_revisions_are_alembics() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in script.walk_revisions()]
    assert tuple(reversed(revisions)) == KNOWN_REVISIONS
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION
