"""Crash proof (issue 10, point 8): writers killed with SIGKILL at random moments.

200 kills on SQLite (the register's marks, an import, `bvmdesk demo`), a smaller run on
PostgreSQL, and proof that the checks themselves catch a lost mark and a half import.
`make bench` runs 1,000 kills (bench/bench_crash.py).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.crash.harness import Figures, ImportStream, MarksStream, import_extras, run_lanes
from tests.crash.launch import Cold, Zygote
from tests.crash.ledger import AckLog, MarksLedger, WholeLedger, added, difference
from tests.crash.probe import MarkRow, probe, service_check
from tests.crash.suite import MARKS_WINDOW, prepare, reference_imports, run_sqlite
from tests.crash.world import build_marks_world, copy_database, write_import_folders
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


def _assert_sound(f: Figures, kills: int, *, rolled_back: bool = True) -> None:
    """No failures, the kills asked, and kills that landed inside a unit of work: with
    `rolled_back` some before its commit (nothing of it may remain), else either side."""
    assert f.failures == []
    assert f.kills >= kills
    assert f.cut_rolled_back > 0 if rolled_back else f.cut_rolled_back + f.cut_committed > 0
    assert len(f.verify_seconds) == f.runs


@pytest.mark.slow
def test_two_hundred_kills_lose_no_acknowledged_write_on_sqlite(
        _sqlite_site_template: Path, tmp_path: Path) -> None:
    zygote = Zygote()  # prepares, then serves the first lane
    try:
        prepared = prepare(tmp_path / "crash", _data_dir(), zygote,
                           site_template=_sqlite_site_template)
    except BaseException:
        zygote.close()
        raise
    figures, seconds = run_sqlite(prepared, SQLITE_KILLS,
                                  launchers=[lambda: zygote, Zygote, Zygote])
    _report(figures, seconds)
    marks, imports, demos = figures
    for f, mode in zip(figures, ("marks", "import", "demo"), strict=True):
        _assert_sound(f, SQLITE_KILLS[mode])
    assert sum(f.kills for f in figures) >= 200
    # The register's writer was killed in all three places, and often enough mid-stream.
    assert set(marks.phases) == {"opstarten", "in een schrijfactie", "tussen schrijfacties"}
    assert marks.acked >= SQLITE_KILLS["marks"]
    # Whole units: some were cut off (nothing left), some finished (all of it there).
    assert imports.completed + imports.cut_committed >= 1
    assert demos.completed + demos.cut_committed >= 1


@dataclass(frozen=True)
class Written:
    """A marks world, its marks before a writer ran, and that writer's ack file."""

    database: Path
    before: dict[str, MarkRow]
    acks: Path


@pytest.fixture(scope="module")
def written(_sqlite_site_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Written:
    """`python -m tests.crash.writer marks --units 8` run to its end (a cold start)."""
    folder = tmp_path_factory.mktemp("written")
    database = folder / "marks.sqlite"
    copy_database(_sqlite_site_template, database)
    build_marks_world(str(database), folder / "world", participants=12, groups=2, lessons=2)
    with probe(str(database)) as p:
        before = p.marks()
    acks = folder / "writer.acks"
    outcome = Cold().run(["marks", "--db", str(database), "--acks", str(acks), "--units", "8",
                          "--seed", "5"], None, folder / "writer.log")
    assert outcome.status == 0 and not outcome.killed, (folder / "writer.log").read_text()
    return Written(database, before, acks)


def _ledger(written: Written) -> MarksLedger:
    ledger = MarksLedger()
    ledger.known = dict(written.before)
    return ledger


def test_the_standalone_writer_acknowledges_what_it_wrote(written: Written) -> None:
    log = AckLog.read(written.acks)
    assert log.ready and log.in_flight is None
    assert len(log.acked) + log.refused == 8
    with probe(str(written.database)) as p:
        verdict = _ledger(written).verify(p, log)
        rows = p.marks()
    assert verdict.problems == []
    assert verdict.acked >= 1
    for _n, changes in log.acked:
        for mark, lesson, person, status, _supersedes in changes:
            assert (rows[mark].lesson, rows[mark].person, rows[mark].status) == \
                (lesson, person, status)


# --- the checks can fail ----------------------------------------------------------------
def test_a_lost_acknowledged_mark_is_reported(written: Written, tmp_path: Path) -> None:
    some = next(iter(written.before.values()))
    ghost = uuid.uuid4().hex
    acks = tmp_path / "lost.acks"
    acks.write_text(written.acks.read_text() + f"begin 99 mark {some.lesson} {some.person}\n"
                    f'ack 99 [["{ghost}", "{some.lesson}", "{some.person}", "ziek", null]]\n')
    with probe(str(written.database)) as p:
        verdict = _ledger(written).verify(p, AckLog.read(acks))
    assert [p for p in verdict.problems if ghost in p and "ontbreekt" in p]
    # ... and it should be the current mark of that lesson and participant, which it is not.
    assert [p for p in verdict.problems if "huidige markering" in p and ghost in p]


def test_a_mark_nobody_was_writing_is_reported(written: Written, tmp_path: Path) -> None:
    """Forget the last unit that wrote a mark (its begin and its ack): its mark is then one
    that nobody acknowledged and no cut-off unit of work explains."""
    lines = written.acks.read_text().splitlines()
    last = max(i for i, line in enumerate(lines) if line.startswith("ack ")
               and not line.endswith(" []"))
    n = lines[last].split(" ")[1]
    kept = [line for i, line in enumerate(lines)
            if i != last and not line.startswith(f"begin {n} ")]
    acks = tmp_path / "stray.acks"
    acks.write_text("\n".join(kept) + "\n")
    with probe(str(written.database)) as p:
        verdict = _ledger(written).verify(p, AckLog.read(acks))
    assert [p for p in verdict.problems if "zonder bevestiging en zonder lopende actie" in p]


def test_a_half_import_is_reported(_sqlite_site_template: Path, tmp_path: Path) -> None:
    """A ledger that expects all of import A sees only A's participants: half written."""
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services

    first, _second = write_import_folders(tmp_path, participants=20, groups=2, lessons=2)
    part = tmp_path / "only-people"
    part.mkdir()
    (part / "Deelnemers.csv").write_bytes((first / "Deelnemers.csv").read_bytes())
    states = []
    for name, folder in (("whole", first), ("part", part)):
        database = tmp_path / f"{name}.sqlite"
        copy_database(_sqlite_site_template, database)
        with probe(str(database)) as p:
            before = p.counts() | import_extras(p)
        services = open_services(str(database), backup=False)
        try:
            assert not services.exchange.import_file(Actor.cli(), folder).errors
        finally:
            services.close()
        states.append((database, before))
    (whole, whole_before), (half, half_before) = states
    with probe(str(whole)) as p:
        delta = difference(p.counts() | import_extras(p), whole_before)
    ledger = WholeLedger(lambda before: added(before, delta), extras=import_extras)
    ledger.before = half_before
    with probe(str(half)) as p:
        verdict = ledger.verify(p, AckLog())
    assert verdict.problems and "half geschreven" in verdict.problems[0]
    assert not ledger.complete
    assert service_check(str(half)) == []  # the database itself is in order


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
        zygote = Zygote()  # measures, then serves the first lane
        try:
            deltas, seconds = reference_imports(zygote, fresh(), folders, _data_dir(),
                                                tmp_path)
        except BaseException:
            zygote.close()
            raise
        marks = MarksStream("presentie (PostgreSQL)", tmp_path / "marks", marks_url,
                            MARKS_WINDOW, 11, _data_dir())
        imports = ImportStream("import (PostgreSQL)", tmp_path / "import", fresh, deltas,
                               seconds, 12, _data_dir())
        seconds = run_lanes([[(marks, PG_KILLS["marks"])], [(imports, PG_KILLS["import"])]],
                            [lambda: zygote, Zygote])
        _report([marks.figures, imports.figures], seconds)
        # Of 20 kills of the register about 4 land inside a write, and on PostgreSQL all of
        # them may come after the commit (seen once in a full run): the marks stream may have only
        # committed cut-offs; the import stream shows the rolled-back ones.
        _assert_sound(marks.figures, PG_KILLS["marks"], rolled_back=False)
        _assert_sound(imports.figures, PG_KILLS["import"])
        assert marks.figures.acked >= PG_KILLS["marks"]
        assert imports.figures.completed + imports.figures.cut_committed >= 1
    finally:
        for name in taken:
            copies.drop(name)  # type: ignore[attr-defined]
