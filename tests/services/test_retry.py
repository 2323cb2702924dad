"""`run_write`: a fresh attempt after a race on PostgreSQL, and a Dutch message for every
database error a write can meet, on both backends (real errors, no mocks)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from bvmdesk.db.models import LocalSetting
from bvmdesk.db.session import LOCAL_SITE_KEY
from bvmdesk.services import retry
from bvmdesk.services.base import Conflict, DatabaseProblem, ServiceError
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.db import support

site_location = support.site_location
services = support.services


def _settings(services: Services) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(LocalSetting)) or 0)


def _postgres(services: Services) -> bool:
    return sessions_of(services).engine.dialect.name == "postgresql"


def test_a_unique_clash_runs_the_work_again_on_postgresql(services: Services) -> None:
    """On PostgreSQL a clash is another PC's doing: the second attempt reads again and
    succeeds. On SQLite writers never overlap, so it is a refusal in Dutch at once."""
    before = _settings(services)
    attempts: list[int] = []

    def work(s: Session) -> str:
        attempts.append(1)
        s.add(LocalSetting(key="demo", value="x"))
        if len(attempts) == 1:  # as if another PC stored this key a moment earlier
            s.add(LocalSetting(key=LOCAL_SITE_KEY, value="dubbel"))
        return "klaar"

    if _postgres(services):
        assert retry.run_write(sessions_of(services), "test", work) == "klaar"
        assert len(attempts) == 2 and _settings(services) == before + 1
    else:
        with pytest.raises(DatabaseProblem, match=r"dubbele sleutel\); er is niets gewijzigd"):
            retry.run_write(sessions_of(services), "test", work)
        assert len(attempts) == 1 and _settings(services) == before


def test_a_race_that_keeps_coming_back_becomes_a_conflict(services: Services) -> None:
    attempts: list[int] = []

    def work(s: Session) -> None:
        attempts.append(1)
        s.add(LocalSetting(key=LOCAL_SITE_KEY, value="dubbel"))

    expected = Conflict if _postgres(services) else DatabaseProblem
    with pytest.raises(expected) as caught:
        retry.run_write(sessions_of(services), "test", work, attempts=3)
    assert len(attempts) == (3 if _postgres(services) else 1)
    assert not isinstance(caught.value.__cause__, ServiceError)
    if _postgres(services):
        assert str(caught.value) == ("Een andere computer wijzigde dit tegelijk; er is niets "
                                     "gewijzigd. Probeer het opnieuw.")


def test_the_works_own_errors_pass_unchanged_and_are_not_retried(services: Services) -> None:
    attempts: list[int] = []

    def refuse(s: Session) -> None:
        attempts.append(1)
        raise ServiceError("Nee.")

    def bug(s: Session) -> None:
        attempts.append(1)
        raise KeyError("fout")

    with pytest.raises(ServiceError, match=r"^Nee\.$"):
        retry.run_write(sessions_of(services), "test", refuse)
    with pytest.raises(KeyError):
        retry.run_write(sessions_of(services), "test", bug)
    assert len(attempts) == 2


def _create_refusing_trigger(s: Session) -> None:
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'feiten zijn onveranderlijk'; END $$"))
        s.execute(text("CREATE TRIGGER no_update BEFORE UPDATE ON local_settings "
                       "FOR EACH ROW EXECUTE FUNCTION refuse()"))
    else:
        s.execute(text("CREATE TRIGGER no_update BEFORE UPDATE ON local_settings "
                       "BEGIN SELECT RAISE(ABORT, 'feiten zijn onveranderlijk'); END"))


def test_database_refusals_become_dutch_messages(services: Services) -> None:
    """A foreign key, a NOT NULL and a trigger's refusal (as the fact triggers give)."""
    with sessions_of(services).write("test") as s:
        _create_refusing_trigger(s)

    def update(s: Session) -> None:
        s.execute(text("UPDATE local_settings SET value = 'x'"))

    def orphan(s: Session) -> None:
        s.execute(text("INSERT INTO number_sequences (site_id, kind, last_value) "
                       "VALUES (:id, 'x', 0)"), {"id": "0" * 32 if not _postgres(services)
                                                 else "00000000-0000-0000-0000-000000000000"})

    def empty(s: Session) -> None:
        s.execute(text("INSERT INTO local_settings (key, value) VALUES ('k', NULL)"))

    for work, message in [(update, "vastgelegd gegeven"), (orphan, "bestaat niet (meer)"),
                          (empty, "weigerde deze wijziging")]:
        with pytest.raises(DatabaseProblem) as caught:
            retry.run_write(sessions_of(services), "test", work)
        assert message in str(caught.value) and "niets gewijzigd" in str(caught.value)


@pytest.fixture
def busy_file(site_location: str) -> Iterator[sqlite3.Connection]:
    """Another program holds the SQLite file's write lock."""
    holder = sqlite3.connect(site_location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield holder
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.parametrize("site_location", ["sqlite"], indirect=True)
def test_a_busy_sqlite_file_is_a_dutch_message_not_a_crash(
        site_location: str, busy_file: sqlite3.Connection) -> None:
    opened = open_services(site_location)
    try:
        # Waiting five seconds (busy_timeout) proves nothing more: give up at once.
        def impatient(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA busy_timeout=0")

        event.listen(sessions_of(opened).engine, "connect", impatient)
        sessions_of(opened).engine.dispose()
        with pytest.raises(Conflict, match=r"De database is bezet.*Probeer het zo opnieuw"):
            retry.run_write(sessions_of(opened), "test",
                            lambda s: s.add(LocalSetting(key="k", value="v")))
    finally:
        opened.close()
    assert Path(site_location).exists()


def test_every_service_write_goes_through_run_write() -> None:
    """So that no IntegrityError or lost race escapes a write. The demo is the one
    exception: it fills an empty database once, and refuses any other."""
    root = Path(retry.__file__).parent
    direct = sorted(str(path.relative_to(root)) for path in root.rglob("*.py")
                    if "sessions.write(" in path.read_text(encoding="utf-8")
                    and path.name != "retry.py" and path.parent.name != "demo")
    assert direct == []
