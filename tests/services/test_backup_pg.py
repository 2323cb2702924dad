"""Backups of a PostgreSQL database: pg_dump in custom format, checked with pg_restore."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bvmdesk.db.head import ChainHead, head_path_for_file, read_head, write_head
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import BackupError
from bvmdesk.services.base import Actor
from tests.db import support
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgres
ADMIN = Actor.cli()


@pytest.fixture
def pg_location(pg_server: PostgresServer, _pg_site_template: support.PgCopies) -> Iterator[str]:
    name = _pg_site_template.take()
    try:
        yield pg_server.url(name)
    finally:
        _pg_site_template.drop(name)


def _head(location: str) -> ChainHead:
    engine = create_engine(location)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT sequence, hash FROM audit_events "
                                    "ORDER BY sequence DESC LIMIT 1")).one()
    finally:
        engine.dispose()
    return ChainHead(int(row[0]), str(row[1]))


def test_pg_dump_makes_a_checked_private_dump_with_its_head(
        pg_location: str, tmp_path: Path) -> None:
    backups = BackupService(pg_location, default_dir=tmp_path / "backups")
    assert not backups.automatic  # a server's backups are scheduled on the server
    info = backups.create(ADMIN)
    assert info.path.suffix == ".dump" and info.path.parent == tmp_path / "backups"
    assert info.ok, info.problems
    head = _head(pg_location)
    assert info.head_sequence == head.sequence
    assert read_head(head_path_for_file(info.path)) == head
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert [i.path for i in backups.list_all()] == [info.path]

    write_head(head_path_for_file(info.path), ChainHead(head.sequence + 1, "b" * 64),
               only_forward=False)
    assert not backups.verify(info.path).ok
    info.path.write_bytes(b"PGDMP kapot")
    assert "niet leesbaar" in backups.verify(info.path).problems[0]


def test_restoring_a_server_database_is_left_to_pg_restore(
        pg_location: str, tmp_path: Path) -> None:
    backups = BackupService(pg_location, default_dir=tmp_path / "backups")
    info = backups.create(ADMIN)
    with pytest.raises(BackupError, match="pg_restore"):
        backups.restore(ADMIN, info.path)


def test_without_pg_dump_a_clear_message(pg_location: str, tmp_path: Path) -> None:
    backups = BackupService(pg_location, default_dir=tmp_path / "backups",
                            find_tool=lambda _name: None)
    with pytest.raises(BackupError, match=r"pg_dump is niet gevonden.*postgresql-client"):
        backups.create(ADMIN)
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())
