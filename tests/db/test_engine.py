"""SQLite settings, write locks, refused locations and crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from bvmdesk.db import engine as engine_module
from bvmdesk.db.engine import (
    BUSY_TIMEOUT_MS,
    DatabaseLocationError,
    describe,
    is_network_path,
    make_engine,
)
from bvmdesk.db.migrate import APP_VERSION_KEY, upgrade
from bvmdesk.db.models import LocalSetting
from bvmdesk.db.session import Sessions


@pytest.fixture
def migrated(sqlite_location: str):  # type: ignore[no-untyped-def]
    engine = make_engine(sqlite_location)
    upgrade(engine)
    yield engine
    engine.dispose()


def test_every_connection_gets_the_pragmas(migrated) -> None:  # type: ignore[no-untyped-def]
    assert BUSY_TIMEOUT_MS == 5000
    # Two connections at once: both must have the settings, not just the first.
    with migrated.connect() as one, migrated.connect() as two:
        for conn in (one, two):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def _try_begin_immediate(path: str) -> str | None:
    """The error a second process-like connection gets for BEGIN IMMEDIATE, or None."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        other.execute("PRAGMA busy_timeout=0")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return None
    except sqlite3.OperationalError as exc:
        return str(exc)
    finally:
        other.close()


def test_a_write_session_holds_the_write_lock_from_its_first_statement(
    migrated, sqlite_location: str  # type: ignore[no-untyped-def]
) -> None:
    sessions = Sessions(migrated)
    with sessions.write("test") as s:
        s.scalars(select(LocalSetting)).all()  # only a read, yet the lock is taken
        assert _try_begin_immediate(sqlite_location) == "database is locked"
    assert _try_begin_immediate(sqlite_location) is None


def test_a_read_session_does_not_block_writers(
    migrated, sqlite_location: str  # type: ignore[no-untyped-def]
) -> None:
    sessions = Sessions(migrated)
    with sessions.read() as s:
        s.scalars(select(LocalSetting)).all()
        assert _try_begin_immediate(sqlite_location) is None


def test_a_second_writer_waits_for_the_first(
    migrated  # type: ignore[no-untyped-def]
) -> None:
    sessions = Sessions(migrated)
    first_has_lock, order = threading.Event(), []

    def second() -> None:
        first_has_lock.wait(5)
        with sessions.write("tweede") as s:
            s.add(LocalSetting(key="b", value="2"))
        order.append("second")

    thread = threading.Thread(target=second)
    thread.start()
    with sessions.write("eerste") as s:
        s.add(LocalSetting(key="a", value="1"))
        s.flush()
        first_has_lock.set()
        thread.join(0.3)  # the second writer is blocked meanwhile, not failing
        order.append("first")
    thread.join(10)
    assert order == ["first", "second"]
    with sessions.read() as s:
        keys = {x.key for x in s.scalars(select(LocalSetting))}
        assert keys - {APP_VERSION_KEY} == {"a", "b"}


def test_missing_file_is_refused_with_must_exist(tmp_path: Path) -> None:
    path = tmp_path / "weg.sqlite"
    with pytest.raises(DatabaseLocationError) as info:
        make_engine(str(path), must_exist=True)
    assert str(info.value) == f"Database niet gevonden: {path}"
    assert not path.exists()


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "geen-map" / "db.sqlite"
    with pytest.raises(DatabaseLocationError, match="Map bestaat niet"):
        make_engine(str(path))
    assert not path.parent.exists()


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseLocationError, match="Dit is een map"):
        make_engine(str(tmp_path))
    with pytest.raises(DatabaseLocationError, match="Dit is een map"):
        make_engine(str(tmp_path), must_exist=True)


def test_a_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not is_network_path(tmp_path / "db.sqlite")
    seen: list[Path] = []

    def nfs(path: Path) -> str:
        seen.append(path)
        return "nfs"

    monkeypatch.setattr(engine_module, "_mount_fs_type", nfs)
    with pytest.raises(DatabaseLocationError, match="netwerkschijf"):
        make_engine(str(tmp_path / "db.sqlite"))
    assert seen == [tmp_path]
    assert not (tmp_path / "db.sqlite").exists()


def test_unc_paths_are_network_shares() -> None:
    assert is_network_path(Path("//server/share/db.sqlite"))


def test_mount_table_lookup_finds_the_longest_mount_point(tmp_path: Path) -> None:
    # Our own helper against the real /proc/mounts: / is always mounted.
    assert engine_module._mount_fs_type(Path("/")) is not None
    assert engine_module._mount_fs_type(tmp_path) is not None


@pytest.mark.parametrize("name", ["met spatie.sqlite", "vraag?teken.sqlite", "hekje#1.sqlite",
                                  "procent%20.sqlite"])
def test_file_names_with_url_characters_work(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    engine = make_engine(str(path))
    try:
        upgrade(engine)
        assert describe(engine) == name
    finally:
        engine.dispose()
    assert path.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == [name]


_CHILD = textwrap.dedent(
    """
    import os, sys
    from bvmdesk.db.engine import make_engine
    from bvmdesk.db.models import LocalSetting
    from bvmdesk.db.session import Sessions

    sessions = Sessions(make_engine(sys.argv[1], must_exist=True))
    with sessions.write("kind") as s:
        s.add(LocalSetting(key="committed", value="ja"))
    # A transaction that is still open when the process dies must vanish.
    cm = sessions.write("kind")
    s = cm.__enter__()
    s.add(LocalSetting(key="open", value="nee"))
    s.flush()
    print("ready", flush=True)
    if sys.argv[2] == "exit":
        os._exit(0)
    sys.stdin.readline()  # wait to be killed
    """
)


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_a_killed_process_loses_no_committed_record(
    migrated, sqlite_location: str, how: str  # type: ignore[no-untyped-def]
) -> None:
    migrated.dispose()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, sqlite_location, how], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        if how == "kill":
            os.kill(child.pid, signal.SIGKILL)
        child.wait(20)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == (0 if how == "exit" else -signal.SIGKILL)
    assert Path(sqlite_location + "-wal").exists()  # the commit sits in the WAL
    reopened = make_engine(sqlite_location, must_exist=True)
    try:
        with reopened.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            keys = conn.exec_driver_sql("SELECT key FROM local_settings WHERE key <> "
                                        f"'{APP_VERSION_KEY}'").scalars().all()
        assert keys == ["committed"]
    finally:
        reopened.dispose()
