"""Advisory locks and the errors a retry cures, on real PostgreSQL and SQLite databases."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError, ProgrammingError
from sqlalchemy.orm import Session

from bvmdesk.db.concurrency import (
    is_retryable,
    is_unique_violation,
    lock,
    lock_key,
    lock_many,
    sqlstate,
)
from bvmdesk.db.engine import make_engine, writer


@pytest.fixture
def engine(db_location: str) -> Iterator[Engine]:
    made = make_engine(db_location)
    try:
        yield made
    finally:
        made.dispose()


def _session(engine: Engine) -> Session:
    return Session(writer(engine))


def _raised(engine: Engine, *statements: str) -> DBAPIError:
    """The error the last statement raises inside one transaction."""
    with pytest.raises(DBAPIError) as caught, _session(engine) as s, s.begin():
        for statement in statements:
            s.execute(text(statement))
    return caught.value


def test_lock_keys_are_stable_signed_64_bit_numbers() -> None:
    # Two PCs must compute the same key for the same thing, whatever their version.
    assert lock_key("mark", "a", "b") == lock_key("mark", "a", "b")
    assert lock_key("number", "ZWL", "participant") == 623695535239375077
    keys = {lock_key("mark", n) for n in range(10_000)}
    assert len(keys) == 10_000
    assert all(-(2**63) <= key < 2**63 for key in keys)


@pytest.mark.postgres
@pytest.mark.parametrize("db_location", ["postgresql"], indirect=True)
def test_a_lock_makes_a_second_writer_wait_until_the_first_commits(engine: Engine) -> None:
    order: list[str] = []
    first_holds = threading.Event()

    def second() -> None:
        first_holds.wait(5)
        with _session(engine) as s, s.begin():
            lock(s, "mark", "L1", "P1")
            order.append("second has the lock")

    thread = threading.Thread(target=second)
    thread.start()
    with _session(engine) as s, s.begin():
        lock(s, "mark", "L1", "P1")
        lock(s, "mark", "L1", "P1")  # taking it again in the same transaction is fine
        first_holds.set()
        time.sleep(0.3)
        order.append("first commits")
    thread.join(10)
    assert order == ["first commits", "second has the lock"]


@pytest.mark.postgres
@pytest.mark.parametrize("db_location", ["postgresql"], indirect=True)
def test_lock_many_takes_each_key_once_shared_or_exclusive(engine: Engine) -> None:
    with _session(engine) as s, s.begin():
        lock_many(s, exclusive=[("mark", 1), ("both",)], shared=[("marks",), ("both",)])
        held = s.execute(text(
            "SELECT (classid::bigint << 32) | objid::bigint, mode FROM pg_locks "
            "WHERE locktype = 'advisory' AND pid = pg_backend_pid()")).all()
    as_signed = {(key - 2**64 if key >= 2**63 else key, mode) for key, mode in held}
    assert as_signed == {(lock_key("mark", 1), "ExclusiveLock"),
                         (lock_key("both"), "ExclusiveLock"),
                         (lock_key("marks"), "ShareLock")}


@pytest.mark.parametrize("db_location", ["sqlite"], indirect=True)
def test_on_sqlite_locks_send_nothing(engine: Engine) -> None:
    """BEGIN IMMEDIATE already lets one writer in at a time."""
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sent.append(statement))
    with _session(engine) as s, s.begin():
        lock(s, "mark", "L1", "P1")
        lock_many(s, exclusive=[("a",)], shared=[("b",)])
        s.execute(text("SELECT 1"))
    assert sent == ["BEGIN IMMEDIATE", "SELECT 1"]


def test_a_unique_clash_is_retried_on_postgresql_only(engine: Engine) -> None:
    with _session(engine) as s, s.begin():
        s.execute(text("CREATE TABLE t (k INTEGER PRIMARY KEY)"))
        s.execute(text("INSERT INTO t VALUES (1)"))
    error = _raised(engine, "INSERT INTO t VALUES (1)")
    assert isinstance(error, IntegrityError) and is_unique_violation(error)
    # SQLite's writers never overlap: there the clash is no race and a retry would not help.
    assert is_retryable(error) == (engine.dialect.name == "postgresql")
    mistake = _raised(engine, "SELEC 1")
    assert isinstance(mistake, ProgrammingError | DBAPIError)
    assert not is_retryable(mistake) and not is_unique_violation(mistake)


@pytest.mark.postgres
@pytest.mark.parametrize("db_location", ["postgresql"], indirect=True)
def test_serialization_failures_and_deadlocks_are_retryable(engine: Engine) -> None:
    with _session(engine) as s, s.begin():
        s.execute(text("CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER)"))
        s.execute(text("INSERT INTO t VALUES (1, 0), (2, 0)"))
    # Serialization failure: two SERIALIZABLE transactions update the same row.
    with engine.connect() as one, engine.connect() as two:
        one.execute(text("BEGIN ISOLATION LEVEL SERIALIZABLE"))
        two.execute(text("BEGIN ISOLATION LEVEL SERIALIZABLE"))
        one.execute(text("SELECT v FROM t WHERE k = 1")).all()
        two.execute(text("SELECT v FROM t WHERE k = 1")).all()
        one.execute(text("UPDATE t SET v = 1 WHERE k = 1"))
        one.execute(text("COMMIT"))
        with pytest.raises(DBAPIError) as caught:
            two.execute(text("UPDATE t SET v = 2 WHERE k = 1"))
        two.rollback()
    assert sqlstate(caught.value) == "40001" and is_retryable(caught.value)
    # Deadlock: two transactions lock two keys in opposite orders.
    both_hold_one = threading.Barrier(2, timeout=10)
    errors: list[BaseException] = []

    def crosswise(first: str, second: str) -> None:
        try:
            with _session(engine) as s, s.begin():
                lock(s, first)
                both_hold_one.wait()
                lock(s, second)
        except DBAPIError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=crosswise, args=pair) for pair in [("a", "b"),
                                                                          ("b", "a")]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert len(errors) == 1
    assert sqlstate(errors[0]) == "40P01" and is_retryable(errors[0])
