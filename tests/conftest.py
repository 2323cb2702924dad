"""Shared fixtures: offscreen Qt, a private data directory, and databases on SQLite and on
a real PostgreSQL server that the test suite starts itself."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_runtime = tempfile.mkdtemp(prefix="bvm-xdg-")
os.chmod(_runtime, 0o700)
os.environ.setdefault("XDG_RUNTIME_DIR", _runtime)
os.environ["BVMDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="bvm-data-")
os.environ.pop("BVMDESK_DB", None)

import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.pg_server import PostgresServer  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own user data directory (settings, backups, logs)."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("BVMDESK_DATA_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole run, on a socket in a temporary directory."""
    server = PostgresServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _sqlite_site_template() -> Iterator[Path]:
    """A SQLite database with site ZWL and its first accounts (tests/db/support), made once
    per test process; tests take copies of it. Defined here only: a test module that named
    the fixture again would get a template of its own, built again for that module."""
    from tests.db.support import sqlite_site_template

    yield from sqlite_site_template()


@pytest.fixture(scope="session")
def _pg_site_template(pg_server: PostgresServer) -> Iterator[object]:
    """The same on PostgreSQL: `PgCopies` of a template database, made once per process."""
    from tests.db.support import pg_site_template

    yield from pg_site_template(pg_server)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend: a SQLite file path, or a fresh PostgreSQL URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.sqlite")
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    server.create_database(name)
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def sqlite_location(tmp_path: Path) -> str:
    """An empty SQLite file path (for tests that are about SQLite itself)."""
    return str(tmp_path / "test.sqlite")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slowest tests first: those marked `slow` (the crash runs, the large import), then
    the heavy corpus files, then the rest in their usual order. With pytest-xdist's work
    stealing the processes then finish together, instead of all waiting on the one that
    drew a two-minute test last (issue 17: `make test` under 15 minutes on two cores)."""

    def rank(item: pytest.Item) -> int:
        if item.get_closest_marker("slow") is not None:
            return 0
        callspec = getattr(item, "callspec", None)
        case = callspec.params.get("case") if callspec is not None else None
        return 1 if getattr(case, "heavy", False) else 2

    items.sort(key=rank)  # stable: the order within each rank stays as collected
