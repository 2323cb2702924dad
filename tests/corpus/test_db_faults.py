"""Fault injection (issue 11 point 6): SQLite really reports "locked" and "disk full", and
every path says so in Dutch, with nothing changed.

- Locked: another process holds `BEGIN IMMEDIATE` on the file; the wait is cut to 0.3 s
  with BVMDESK_BUSY_TIMEOUT_MS (the default stays 5 s).
- Disk full: `PRAGMA max_page_count` on every connection of this process caps the file at
  its current size (SQLite then answers SQLITE_FULL as on a full disk); the backup goes to
  a real tmpfs of 256 kB mounted in a mount namespace of its own (`unshare`).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from bvmdesk.cli import main
from bvmdesk.services.base import Actor, DatabaseBusy, DatabaseProblem, ServiceError
from bvmdesk.services.container import Services, open_services
from tests.corpus.db_cases import ROOT, run_cli
from tests.corpus.dump import logical_dump
from tests.db.support import ADMIN, build_lesson_world, user_actor

BUSY = "De database is bezet"
WHO = "een ander BVM Desk-venster of een andere pc, een back-up, of een synchronisatieprogramma"
FULL = "De schijf van de database is vol"
REASON = "nagekomen presentielijst"  # the lesson lies in the past
_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
conn.rollback()
"""


@pytest.fixture
def site_file(tmp_path: Path, _sqlite_site_template: Path) -> Path:
    path = tmp_path / "site.sqlite"
    shutil.copyfile(_sqlite_site_template, path)
    head = _sqlite_site_template.with_name(_sqlite_site_template.name + ".head")
    shutil.copyfile(head, path.with_name(path.name + ".head"))
    return path


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("BVMDESK_BUSY_TIMEOUT_MS", "300")
    return {"BVMDESK_BUSY_TIMEOUT_MS": "300"}


@contextmanager
def lock_held_by_another_process(path: Path) -> Iterator[None]:
    """Another process holds the write lock of `path` until the block ends."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(20)


def _csv_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "import"
    folder.mkdir()
    (folder / "Deelnemers.csv").write_text(
        "nummer;voornamen;tussenvoegsel;achternaam;geboortedatum;doelgroep\n"
        + "".join(f"F-{i:04d};Femke;van;Vol {i};2008-03-0{1 + i % 9};BBL\n"
                  for i in range(400)), encoding="utf-8")
    return folder


# --- locked -------------------------------------------------------------------------------
def test_a_mark_save_while_another_process_holds_the_lock(site_file: Path,
                                                          short_wait: dict[str, str]) -> None:
    services = open_services(str(site_file))
    try:
        world = build_lesson_world(services)
        teacher = user_actor(services, ADMIN)
        before = logical_dump(str(site_file))
        with lock_held_by_another_process(site_file):
            with pytest.raises(DatabaseBusy) as caught:
                services.attendance.set_mark(teacher, world.lesson_id, world.participant_id,
                                             "aanwezig", reason=REASON)
            assert logical_dump(str(site_file)) == before
        message = str(caught.value)
        assert BUSY in message and WHO in message and "0,3 seconden" in message
        assert "Probeer het zo opnieuw" in message
        # Trying again once the other program is done works.
        services.attendance.set_mark(teacher, world.lesson_id, world.participant_id,
                                     "aanwezig", reason=REASON)
    finally:
        services.close()


def test_commands_while_another_process_holds_the_lock(site_file: Path, tmp_path: Path,
                                                       short_wait: dict[str, str]) -> None:
    """Writes inside and outside run_write: an import, a login's counters, a new user,
    a restore, and the migration of `init`; each exit 1 with the busy message."""
    env = {**short_wait, "BVMDESK_DATA_DIR": str(tmp_path / "data")}
    db = str(site_file)
    services = open_services(db, backup=False)
    try:
        backup = services.backups.create(Actor.cli(), tmp_path / "kopie.sqlite").path
        with lock_held_by_another_process(site_file), pytest.raises(DatabaseBusy):
            services.accounts.authenticate(ADMIN, "een verkeerd wachtwoord")
    finally:
        services.close()
    before = logical_dump(db)
    with lock_held_by_another_process(site_file):
        results = [
            run_cli(["--db", db, "import", str(_csv_folder(tmp_path))], env=env),
            run_cli(["--db", db, "import", str(tmp_path / "import"), "--json"], env=env),
            run_cli(["--db", db, "user", "add", "piet", "--role", "instructor",
                     "--password-stdin"], env=env, stdin="een lang wachtwoord\n"),
            run_cli(["--db", db, "backup", "restore", str(backup)], env=env),
        ]
        assert logical_dump(db) == before
    for result in results:
        assert result.code == 1, result
        assert result.err.startswith("bvmdesk: ") and BUSY in result.err, result
        assert WHO in result.err and len(result.err.strip().splitlines()) == 1
        assert "Traceback" not in result.err and "onverwachte fout" not in result.err
    assert BUSY in results[1].out  # --json: the reason in the document too
    assert logical_dump(db) == before

    fresh = tmp_path / "nieuw.sqlite"
    with lock_held_by_another_process(fresh):  # the holder made the (empty) file
        made = run_cli(["--db", str(fresh), "init", "--site-code", "ZWL", "--site-name",
                        "Zwolle", "--admin", "beheer", "--password-stdin"], env=env,
                       stdin="een lang wachtwoord\n")
    assert made.code == 1 and made.err.startswith(f"bvmdesk: {BUSY}"), made
    assert fresh.stat().st_size == 0
    assert not (tmp_path / "data" / "backups").exists()


# --- disk full ----------------------------------------------------------------------------
@contextmanager
def disk_full_at_current_size(path: Path) -> Iterator[None]:
    """Every SQLite connection this process opens on `path` from now on cannot grow it."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()

    def cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(Engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(Engine, "connect", cap)


def _fill_until_full(services: Services, world: Any, actor: Actor) -> ServiceError:
    """Save marks (each a new record: facts are never overwritten) until the file can grow
    no more; the last save's error, with the dump before it checked."""
    statuses = ["aanwezig", "te_laat"]
    for attempt in range(5000):
        location = services.location
        before = logical_dump(location)
        try:
            services.attendance.set_mark(actor, world.lesson_id, world.participant_id,
                                         statuses[attempt % 2], note="x" * 400,
                                         reason=REASON)
        except ServiceError as exc:
            assert logical_dump(location) == before
            return exc
    raise AssertionError("the file never filled up")


def test_a_mark_save_on_a_full_disk(site_file: Path) -> None:
    services = open_services(str(site_file))
    try:
        world = build_lesson_world(services)
        actor = user_actor(services, ADMIN)
    finally:
        services.close()
    with disk_full_at_current_size(site_file):
        services = open_services(str(site_file))
        try:
            error = _fill_until_full(services, world, actor)
        finally:
            services.close()
    assert isinstance(error, DatabaseProblem)
    assert str(error).startswith(FULL) and "niets gewijzigd" in str(error)


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_an_import_on_a_full_disk(site_file: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _csv_folder(tmp_path)
    before = logical_dump(str(site_file))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with disk_full_at_current_size(site_file):
        code, _out, err = _main(["--db", str(site_file), "import", str(folder)], capsys)
        json_code, json_out, _ = _main(["--db", str(site_file), "import", str(folder),
                                        "--json"], capsys)
    assert code == 1 and err.startswith(f"bvmdesk: {FULL}"), err
    assert json_code == 1 and FULL in json_out
    assert "Traceback" not in err and "onverwachte fout" not in err
    assert logical_dump(str(site_file)) == before


def _unshare() -> list[str]:
    """A mount namespace of our own: as root directly, else as root of a user namespace."""
    return ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]


def test_a_backup_to_a_full_disk(site_file: Path, tmp_path: Path) -> None:
    """`backup create -o` onto a real 256 kB tmpfs: the copy does not fit."""
    small = tmp_path / "stick"
    small.mkdir()
    target = small / "kopie.sqlite"
    before = logical_dump(str(site_file))
    script = ('mount -t tmpfs -o size=256k tmpfs "$0" && shift && exec "$@"')
    proc = subprocess.run(
        [*_unshare(), "sh", "-c", script, str(small), "--", sys.executable, "-m", "bvmdesk",
         "--db", str(site_file), "backup", "create", "-o", str(target)],
        capture_output=True, text=True, timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL,
        env={**os.environ, "BVMDESK_DATA_DIR": str(tmp_path / "data")})
    assert proc.returncode == 1, proc
    assert proc.stderr.startswith("bvmdesk: De back-up kon niet worden geschreven"), proc.stderr
    assert "de schijf is vol" in proc.stderr
    assert "Traceback" not in proc.stderr and "onverwachte fout" not in proc.stderr
    assert logical_dump(str(site_file)) == before
    assert not any(small.iterdir())  # the tmpfs is gone with its namespace; nothing here


