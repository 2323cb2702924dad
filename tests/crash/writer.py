"""The writer process of the crash harness: writes through the services, then acknowledges.

Run as `python -m tests.crash.writer MODE --db LOCATION --acks FILE ...`, or forked by the
zygote (tests/crash/zygote.py) that has these modules loaded already. It writes until it is
killed (`marks`) or until its one unit of work is done (`import`, `demo`).

Every line it appends to the ack file is a single `write(2)` of the page cache, so it
survives a SIGKILL of the writer; a line is written only after the call it acknowledges
has returned, i.e. after the commit:
    ready T                    the services are open (start-up is over) at T, the
                               system's monotonic clock (as the harness reads it)
    begin N OP LESSON PERSON   unit of work N starts (`-` where not applicable)
    ack N JSON                 unit N returned; JSON: marks [[id, lesson, person, status,
                               supersedes], ...], or the import summary, or the demo counts
    refused N MESSAGE          unit N was refused with a ServiceError: nothing written
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import monotonic
from typing import Any

ACTOR_NAME = "docent"  # the instructor of the site template (tests/db/support.py)
REASON = "crashproef: correctie na de lesdag"
# What the zygote loads before it forks: everything a writer needs, so a fork starts warm.
PRELOAD = ("bvmdesk.services.container", "bvmdesk.services.demo", "bvmdesk.cli",
           "bvmdesk.services.exchange", "sqlalchemy.dialects.sqlite",
           "sqlalchemy.dialects.postgresql", "psycopg")


class Acks:
    """The ack file: appended to with one `os.write` per line."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def line(self, *parts: object) -> None:
        text = " ".join(str(p) for p in parts).replace("\n", " ")
        os.write(self._fd, (text + "\n").encode("utf-8"))


def _hex(value: uuid.UUID | None) -> str | None:
    return value.hex if value is not None else None


def _changes(changes: Sequence[Any]) -> str:
    """MarkChange objects as the JSON of an ack line."""
    return json.dumps([[c.current.id.hex, c.lesson_id.hex, c.participant_id.hex,
                        c.current.status, _hex(c.current.supersedes_id)] for c in changes])


def _cheap_argon2() -> None:
    """Argon2id with small costs for the demo's accounts (as tests/db/support.py does).

    The demo hashes its one password before its transaction begins; the cost only makes
    each run slower, it does not change what a kill can hit.
    """
    from argon2 import PasswordHasher

    from bvmdesk.services import accounts

    accounts._hasher = lambda: PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


# --- marks: what the register does ---------------------------------------------------------
class MarksWriter:
    """Takes the register like a person: opens a lesson, marks, corrects, undoes, scans."""

    STATUSES = ("aanwezig", "aanwezig", "te_laat", "vroeg_weg", "ziek", "geoorloofd",
                "ongeoorloofd")

    def __init__(self, services: Any, acks: Acks, rng: random.Random) -> None:
        from sqlalchemy import select

        from bvmdesk.db.models import User
        from bvmdesk.domain.enums import Role
        from bvmdesk.services.base import Actor
        from bvmdesk.services.container import sessions_of

        self.service = services.attendance
        # The logged-in instructor's actor: an account that teaches the lessons it marks
        # (tests/crash/world.py), as an instructor sees only their own groups.
        with sessions_of(services).read() as s:
            user = s.scalars(select(User).where(User.username == ACTOR_NAME)).one()
            self.actor = Actor(user.username, Role(user.role), user.id, user.display_name)
        self.acks = acks
        self.rng = rng
        self.lessons = [lesson for group in self.service.groups(self.actor)
                        for lesson in self.service.lessons_of_group(
                            self.actor, group.id, date(2000, 1, 1), date(2100, 1, 1))]
        if not self.lessons:
            raise SystemExit("geen lessen in de database")
        self.last: Any = None  # the last single change: what Ctrl+Z takes back

    def run(self, units: int | None = None) -> None:
        n = 0
        while units is None or n < units:
            n += 1
            self.one(n)

    def one(self, n: int) -> None:
        from bvmdesk.services.base import ServiceError

        lesson = self.rng.choice(self.lessons)
        register = self.service.register(self.actor, lesson.id)  # what the page shows
        reason = REASON if register.final else None  # the register asks for one
        roll = self.rng.random()
        try:
            if roll < 0.15 and self.last is not None:
                change = self.last
                self.acks.line("begin", n, "undo", change.lesson_id.hex,
                               change.participant_id.hex)
                done = [self.service.undo(self.actor, change, reason)]
                self.last = None
            elif roll < 0.22:
                self.acks.line("begin", n, "all", lesson.id.hex, "-")
                done = self.service.mark_all_present(self.actor, lesson.id, reason)
            elif roll < 0.40 and not register.final and register.rows:
                row = self.rng.choice(register.rows)
                at = datetime.combine(lesson.date, lesson.start_time) + timedelta(
                    minutes=self.rng.randint(-20, 60))
                self.acks.line("begin", n, "scan", lesson.id.hex, row.participant_id.hex)
                result = self.service.scan(self.actor, lesson.id, row.badge or "-", at)
                done = [result.change] if result.change is not None else []
                self.last = result.change or self.last
            else:
                row = self.rng.choice(register.rows)
                status = self.rng.choice(self.STATUSES)
                arrival, departure = self._times(lesson, status)
                note = row.mark.note if row.mark is not None else None
                self.acks.line("begin", n, "mark", lesson.id.hex, row.participant_id.hex)
                change = self.service.set_mark(self.actor, lesson.id, row.participant_id,
                                               status, arrival, departure, note, reason)
                done = [change]
                self.last = change
        except ServiceError as exc:
            self.acks.line("refused", n, str(exc))
            return
        self.acks.line("ack", n, _changes(done))

    def _times(self, lesson: Any, status: str) -> tuple[time | None, time | None]:
        start = datetime.combine(lesson.date, lesson.start_time)
        end = datetime.combine(lesson.date, lesson.end_time)
        if status == "te_laat":
            return (start + timedelta(minutes=self.rng.randint(5, 90))).time(), None
        if status == "vroeg_weg":
            return None, (end - timedelta(minutes=self.rng.randint(15, 120))).time()
        return None, None


def write_marks(args: argparse.Namespace, acks: Acks) -> int:
    from bvmdesk.services.container import open_services

    services = open_services(args.db, backup=False)
    try:
        writer = MarksWriter(services, acks, random.Random(args.seed))
        acks.line("ready", f"{monotonic():.6f}")
        writer.run(args.units)
    finally:
        services.close()
    return 0


def write_import(args: argparse.Namespace, acks: Acks) -> int:
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services

    services = open_services(args.db, backup=False)
    try:
        acks.line("ready", f"{monotonic():.6f}")
        acks.line("begin", 1, "import", Path(args.folder).name, "-")
        result = services.exchange.import_file(Actor.cli(), args.folder)
    finally:
        services.close()
    if result.errors or result.summary is None:
        print(f"import geweigerd: {result.errors[:3]}", file=sys.stderr)
        return 1
    acks.line("ack", 1, json.dumps(result.summary.as_dict()))
    return 0


def write_demo(args: argparse.Namespace, acks: Acks) -> int:
    """`bvmdesk --db FILE demo ...`, the command line itself."""
    from bvmdesk.cli import main

    if args.cheap_hash:
        _cheap_argon2()
    acks.line("ready", f"{monotonic():.6f}")
    acks.line("begin", 1, "demo", "-", "-")
    code = main(["--db", args.db, "demo", "--participants", str(args.participants),
                 "--seed", str(args.seed), "--today", args.today, "--json"])
    if code == 0:
        acks.line("ack", 1, "{}")
    return code


MODES = {"marks": write_marks, "import": write_import, "demo": write_demo}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tests.crash.writer")
    p.add_argument("mode", choices=sorted(MODES))
    p.add_argument("--db", required=True, help="SQLite file or PostgreSQL URL")
    p.add_argument("--acks", required=True, type=Path)
    p.add_argument("--data-dir", help="BVMDESK_DATA_DIR (head files of server databases)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--units", type=int, help="marks: stop after this many units of work")
    p.add_argument("--folder", help="import: the CSV folder or workbook")
    p.add_argument("--participants", type=int, default=30, help="demo")
    p.add_argument("--today", default="2026-11-26", help="demo")
    p.add_argument("--cheap-hash", action="store_true", help="demo: cheap Argon2 costs")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.data_dir:
        os.environ["BVMDESK_DATA_DIR"] = args.data_dir
    return MODES[args.mode](args, Acks(args.acks))


if __name__ == "__main__":
    sys.exit(main())
