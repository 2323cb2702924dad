"""A day's scanner log of 1,000 marks imported in one go (target <= 0.5 s).

The world: 42 groups of 25 at one site, each with a lesson on DAY; 30 people were reported
ziek that morning, 20 stay away unannounced, the other 1,000 scan in (a few late, a few
twice) and most scan out (some early, some at lunch too); a few visitors' badges are
unknown. The log is written as a badge column writes it: a header, then one line per scan
in time order. Each run imports it into a fresh copy of the world (a second import would
change nothing); the second import is timed too. On SQLite, then on a PostgreSQL server the
benchmark starts itself (BVMDESK_BENCH_PG=0 leaves it out).
"""

from __future__ import annotations

import os
import random
import shutil
import time as clock
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from bench.common import Report, workspace
from bvmdesk.services.scanlog import ScanLogSummary

DAY = date(2026, 11, 26)  # a Thursday
GROUPS = 42
GROUP_SIZE = 25
SICK = 30
AWAY = 20
VISITORS = 12
RUNS = 5
PASSWORD = "een lang wachtwoord"
_STARTS = [(time(8, 0), time(15, 30)), (time(8, 30), time(16, 0)), (time(9, 0), time(16, 30))]


def _build(location: str) -> list[tuple[uuid.UUID, str, time, time]]:
    """The world in `path`; returns (participant, badge, start, end) of everyone enrolled."""
    from sqlalchemy import select

    from bvmdesk.db.models import AttendanceMark, Enrolment, Group, Lesson, Module, Participant
    from bvmdesk.db.session import local_site_id, utcnow
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services, sessions_of
    from bvmdesk.services.participants import participant_search_key

    services = open_services(location, create=True, backup=False)
    people: list[tuple[uuid.UUID, str, time, time]] = []
    try:
        services.accounts.setup_site(Actor.cli(), "ZWL", "Zwolle", "beheer", PASSWORD,
                                     admin_display_name="Beheerder")
        rng = random.Random(17)
        with sessions_of(services).write("bench") as s:
            site = local_site_id(s)
            assert site is not None
            module = Module(code="LAS", name="Lassen", planned_hours=400)
            s.add(module)
            s.flush()
            sick: list[tuple[uuid.UUID, uuid.UUID]] = []
            for g in range(GROUPS):
                start, end = _STARTS[g % len(_STARTS)]
                group = Group(code=f"G-{g + 1:02d}", name=f"Groep {g + 1}",
                              module_id=module.id, location_id=site,
                              start_date=date(2026, 8, 31))
                s.add(group)
                s.flush()
                for week in (14, 7, 0):  # the lesson of the day and two earlier ones
                    lesson = Lesson(group_id=group.id, date=DAY - timedelta(days=week),
                                    start_time=start, end_time=end)
                    s.add(lesson)
                s.flush()
                for i in range(GROUP_SIZE):
                    n = g * GROUP_SIZE + i
                    badge, number = f"B{n:05d}", f"S-{n:05d}"
                    first, last = rng.choice(_FIRST), rng.choice(_LAST)
                    person = Participant(
                        number=number, first_names=first, last_name=last,
                        birth_date=date(2006, 1, 1) + timedelta(days=n % 900), type="BBL",
                        badge=badge,
                        search_text=participant_search_key(first, None, last, number, badge))
                    s.add(person)
                    s.flush()
                    s.add(Enrolment(participant_id=person.id, group_id=group.id,
                                    start_date=date(2026, 8, 31), status="actief"))
                    people.append((person.id, badge, start, end))
                    if len(sick) < SICK and i == g % GROUP_SIZE:
                        sick.append((lesson.id, person.id))
            s.flush()
            for lesson_id, person_id in sick:
                s.add(AttendanceMark(lesson_id=lesson_id, participant_id=person_id,
                                     status="ziek", recorded_by="beheer", recorded_at=utcnow()))
            s.flush()
            ids = {pid for _, pid in sick}
            assert len(s.scalars(select(Participant.id)).all()) == GROUPS * GROUP_SIZE
        return [p for p in people if p[0] not in ids]
    finally:
        services.close()


def _at(minutes: float) -> datetime:
    whole = int(minutes * 60)
    return datetime(DAY.year, DAY.month, DAY.day) + timedelta(seconds=whole)


def _log(people: list[tuple[uuid.UUID, str, time, time]]) -> bytes:
    """The scanner's log: 1,000 people scanning, in time order."""
    rng = random.Random(26)
    scans: list[tuple[datetime, str]] = []
    present = people[:len(people) - AWAY]
    for _, badge, start, end in present:
        begin = start.hour * 60 + start.minute
        finish = end.hour * 60 + end.minute
        arrival = begin - rng.uniform(1, 25) if rng.random() > 0.08 else begin + rng.uniform(
            1, 40)
        scans.append((_at(arrival), badge))
        if rng.random() < 0.05:  # scanned twice at the door
            scans.append((_at(arrival + rng.uniform(0.1, 2)), badge))
        if rng.random() < 0.1:  # out for lunch and back
            scans.append((_at(12 * 60 + rng.uniform(0, 10)), badge))
            scans.append((_at(12 * 60 + rng.uniform(25, 35)), badge))
        roll = rng.random()
        if roll < 0.03:  # forgot to scan out
            continue
        departure = finish - rng.uniform(30, 120) if roll < 0.1 else finish + rng.uniform(0, 12)
        scans.append((_at(departure), badge))
    for v in range(VISITORS):
        scans.append((_at(8 * 60 + rng.uniform(0, 480)), f"GAST{v:02d}"))
    scans.sort()
    lines = ["badge;tijdstip"] + [f"{badge};{moment:%Y-%m-%dT%H:%M:%S}"
                                  for moment, badge in scans]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _one_run(location: str, data: bytes, name: str) -> tuple[float, float, ScanLogSummary]:
    """Seconds of the first import into the world at `location`, of the second (which
    changes nothing), and the first one's summary."""
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services

    services = open_services(location, backup=False)
    try:
        started = clock.perf_counter()
        first = services.scanlog.import_scans(Actor.cli(), data, name)
        middle = clock.perf_counter()
        again = services.scanlog.import_scans(Actor.cli(), data, name)
        finished = clock.perf_counter()
    finally:
        services.close()
    assert again.marked == () and again.unchanged == first.marked
    return middle - started, finished - middle, first


def _report(report: Report, label: str, runs: list[tuple[float, float, ScanLogSummary]],
            ) -> None:
    summary = runs[0][2]
    report.add(f"scanlog van een dag ({len(summary.marked)} markeringen, {label})",
               [first for first, _, _ in runs], "s", "<= 0.5 s")
    report.add(f"zelfde scanlog nogmaals, verandert niets ({label})",
               [again for _, again, _ in runs], "s")


def _sqlite(report: Report, data: bytes, name: str) -> None:
    world = workspace() / "scanlog-world.sqlite"
    work = workspace() / "scanlog-run.sqlite"
    runs = []
    for _ in range(RUNS):
        _remove(work)
        shutil.copyfile(world, work)
        runs.append(_one_run(str(work), data, name))
    _remove(work)
    _report(report, "SQLite", runs)


def _postgres(report: Report, name: str) -> None:
    """The same on a PostgreSQL server of its own (a fresh copy of the world per run)."""
    from tests.pg_server import PostgresServer

    server = PostgresServer.start()
    try:
        server.create_database("scanworld")
        data = _log(_build(server.url("scanworld")))
        runs = []
        for n in range(RUNS):
            server.create_database(f"scanrun{n}", template="scanworld")
            runs.append(_one_run(server.url(f"scanrun{n}"), data, name))
            server.drop_database(f"scanrun{n}")
        _report(report, "PostgreSQL", runs)
    finally:
        server.stop()


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".head"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run(report: Report) -> None:
    world = workspace() / "scanlog-world.sqlite"
    _remove(world)
    data = _log(_build(str(world)))
    name = f"scans-{DAY:%Y-%m-%d}.csv"
    (workspace() / name).write_bytes(data)
    scans = data.count(b"\n") - 1
    print(f"  log: {scans} scans ({workspace() / name})", flush=True)
    _sqlite(report, data, name)
    if os.environ.get("BVMDESK_BENCH_PG", "1") != "0":
        _postgres(report, name)
    _remove(world)


_FIRST = ["Anna", "Bram", "Cor", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Ilse", "Jan",
          "Kees", "Lotte", "Mehmet", "Noor", "Omar", "Pim", "Roos", "Sem", "Tess", "Yara"]
_LAST = ["Bakker", "de Vries", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
         "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Yilmaz", "Dekker", "Brouwer"]
