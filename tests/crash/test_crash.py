"""Crash proof (issue 10, point 8): writers killed with SIGKILL at random moments.

200 kills on SQLite (the register's marks, an import, `bvmdesk demo`), a smaller run on
PostgreSQL, and proof that the checks themselves catch a lost mark and a half import.
`make bench` runs 1,000 kills (bench/bench_crash.py).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from tests.crash.harness import Figures, ImportStream, MarksStream, run_lanes
from tests.crash.launch import Cold, Zygote
from tests.crash.ledger import AckLog, MarksLedger, WholeLedger, added
from tests.crash.probe import probe, service_check
from tests.crash.suite import MARKS_WINDOW, prepare, reference_imports, run_sqlite
from tests.crash.world import build_marks_world, build_site, copy_database, write_import_folders
from tests.pg_server import PostgresServer

SQLITE_KILLS = {"marks": 110, "import": 60, "demo": 30}  # 200
PG_KILLS = {"marks": 20, "import": 8}


def _data_dir() -> Path:
    return Path(os.environ["BVMDESK_DATA_DIR"])


def _report(figures: list[Figures], seconds: float) -> None:
    kills = sum(f.kills for f in figures)
    print()
    for f in figures:
        print(f"  {f.line()}")
        for failure in f.failures:
            print(f"    {failure}")
    print(f"  {kills} kills in {seconds:.1f} s = {kills / seconds:.1f} kills/s")


def _assert_sound(f: Figures, kills: int) -> None:
    assert f.failures == []
    assert f.kills >= kills
    assert f.cut_rolled_back > 0  # some kills landed inside a unit of work
    assert len(f.verify_seconds) == f.runs


@pytest.mark.slow
def test_two_hundred_kills_lose_no_acknowledged_write_on_sqlite(tmp_path: Path) -> None:
    zygote = Zygote()
    try:
        prepared = prepare(tmp_path / "crash", _data_dir(), zygote)
    finally:
        zygote.close()
    figures, seconds = run_sqlite(prepared, SQLITE_KILLS)
    _report(figures, seconds)
    marks, imports, demos = figures
    for f, mode in zip(figures, ("marks", "import", "demo"), strict=True):
        _assert_sound(f, SQLITE_KILLS[mode])
    assert sum(f.kills for f in figures) >= 200
    # The register's writer was killed in all three places, and often enough mid-stream.
    assert set(marks.phases) == {"opstarten", "in een schrijfactie", "tussen schrijfacties"}
    assert marks.acked >= 2 * SQLITE_KILLS["marks"]
    # Whole units: some were cut off (nothing left), some finished (all of it there).
    assert imports.completed + imports.cut_committed >= 1
    assert demos.completed + demos.cut_committed >= 1


def test_the_standalone_writer_runs_and_acknowledges(tmp_path: Path) -> None:
    """`python -m tests.crash.writer` (a cold start, as the bench also kills it)."""
    database = build_site(tmp_path / "site.sqlite")
    build_marks_world(str(database), tmp_path / "world", participants=12, groups=2, lessons=2)
    acks = tmp_path / "writer.acks"
    outcome = Cold().run(["marks", "--db", str(database), "--acks", str(acks), "--units", "4"],
                         None, tmp_path / "writer.log")
    assert outcome.status == 0 and not outcome.killed
    log = AckLog.read(acks)
    assert log.ready and log.in_flight is None
    assert len(log.acked) + log.refused == 4
    with probe(str(database)) as p:
        rows = p.marks()
    for _n, changes in log.acked:
        for mark, lesson, person, status, _supersedes in changes:
            assert rows[mark].lesson == lesson and rows[mark].person == person
            assert rows[mark].status == status


# --- the checks can fail ----------------------------------------------------------------
def _marks_world(tmp_path: Path) -> Path:
    database = build_site(tmp_path / "site.sqlite")
    build_marks_world(str(database), tmp_path / "world", participants=12, groups=2, lessons=2)
    return database


def test_a_lost_acknowledged_mark_is_reported(tmp_path: Path) -> None:
    database = _marks_world(tmp_path)
    ledger = MarksLedger()
    with probe(str(database)) as p:
        ledger.start(p)
        some = next(iter(p.marks().values()))
    acks = tmp_path / "lost.acks"
    ghost = uuid.uuid4().hex
    acks.write_text(f"ready\nbegin 1 mark {some.lesson} {some.person}\n"
                    f'ack 1 [["{ghost}", "{some.lesson}", "{some.person}", "ziek", null]]\n')
    with probe(str(database)) as p:
        verdict = ledger.verify(p, AckLog.read(acks))
    assert any(ghost in problem and "ontbreekt" in problem for problem in verdict.problems)


def test_a_mark_nobody_was_writing_is_reported(tmp_path: Path) -> None:
    database = _marks_world(tmp_path)
    ledger = MarksLedger()
    with probe(str(database)) as p:
        ledger.start(p)
    acks = tmp_path / "stray.acks"
    Cold().run(["marks", "--db", str(database), "--acks", str(acks), "--units", "6",
                "--seed", "5"], None, tmp_path / "w.log")
    # Forget the last unit that wrote a mark, begin and ack: its mark is then one that
    # nobody acknowledged and no cut-off unit of work can explain.
    lines = acks.read_text().splitlines()
    last = max(i for i, line in enumerate(lines) if line.startswith("ack ")
               and not line.endswith(" []"))
    lines = [line for i, line in enumerate(lines)
             if i != last and line != "begin " + lines[last].split(" ")[1]
             and not line.startswith(f"begin {lines[last].split(' ')[1]} ")]
    acks.write_text("\n".join(lines) + "\n")
    with probe(str(database)) as p:
        new = len(p.marks()) - len(ledger.known)
        verdict = ledger.verify(p, AckLog.read(acks))
    assert new >= 1
    assert any("zonder bevestiging en zonder lopende actie" in problem
               for problem in verdict.problems)


def test_a_half_import_is_reported(tmp_path: Path) -> None:
    """A ledger that expects all of import A sees only its participants: half written."""
    database = build_site(tmp_path / "site.sqlite")
    first, _second = write_import_folders(tmp_path, participants=20, groups=2, lessons=2)
    zygote = Zygote()
    try:
        reference = tmp_path / "reference.sqlite"
        copy_database(database, reference)
        deltas, _ = reference_imports(zygote, str(reference), (first,), _data_dir(), tmp_path)
    finally:
        zygote.close()
    part = tmp_path / "only-people"
    part.mkdir()
    (part / "Deelnemers.csv").write_bytes((first / "Deelnemers.csv").read_bytes())
    delta = deltas[0][1]
    ledger = WholeLedger(lambda before: added(before, delta))
    with probe(str(database)) as p:
        ledger.start(p)
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services

    services = open_services(str(database), backup=False)
    try:
        assert not services.exchange.import_file(Actor.cli(), part).errors
    finally:
        services.close()
    with probe(str(database)) as p:
        verdict = ledger.verify(p, AckLog())
    assert verdict.problems and "half geschreven" in verdict.problems[0]
    assert not ledger.complete
    assert service_check(str(database)) == []  # the database itself is in order


# --- PostgreSQL --------------------------------------------------------------------------
@pytest.mark.postgres
@pytest.mark.slow
def test_kills_on_postgresql_lose_no_acknowledged_write(
        pg_server: PostgresServer, _pg_site_template: object, tmp_path: Path) -> None:
    copies = _pg_site_template
    taken: list[str] = []

    def fresh() -> str:
        name = copies.take()  # type: ignore[attr-defined]
        taken.append(name)
        return pg_server.url(name)

    try:
        marks_url = fresh()
        build_marks_world(marks_url, tmp_path / "world")
        folders = write_import_folders(tmp_path, participants=150, groups=6, lessons=20)
        zygote = Zygote()
        try:
            deltas, seconds = reference_imports(zygote, fresh(), folders, _data_dir(),
                                                tmp_path)
        finally:
            zygote.close()
        marks = MarksStream("presentie (PostgreSQL)", tmp_path / "marks", marks_url,
                            MARKS_WINDOW, 11, _data_dir())
        imports = ImportStream("import (PostgreSQL)", tmp_path / "import", fresh, deltas,
                               seconds, 12, _data_dir())
        seconds = run_lanes([[(marks, PG_KILLS["marks"])], [(imports, PG_KILLS["import"])]])
        _report([marks.figures, imports.figures], seconds)
        _assert_sound(marks.figures, PG_KILLS["marks"])
        _assert_sound(imports.figures, PG_KILLS["import"])
        assert marks.figures.acked >= PG_KILLS["marks"]
    finally:
        for name in taken:
            copies.drop(name)  # type: ignore[attr-defined]
