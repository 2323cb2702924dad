"""What the harness knows a database must hold after a kill, per kind of writer.

A ledger reads the writer's ack file, looks at the database with a `Probe` and returns the
problems it finds; it then takes the database's state as the start of the next run (the
`marks` database accumulates across kills, like a real day).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.crash.probe import MarkRow, Probe


@dataclass(frozen=True)
class Begin:
    n: int
    op: str
    lesson: str
    person: str


@dataclass
class AckLog:
    """The writer's ack file, read after it died."""

    ready: bool = False
    ready_at: float | None = None  # the monotonic clock when start-up was over
    acked: list[tuple[int, Any]] = field(default_factory=list)
    refused: int = 0
    in_flight: Begin | None = None  # the unit of work it was in when it died

    @classmethod
    def read(cls, path: Path) -> AckLog:
        log = cls()
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        for line in text.splitlines(keepends=True):
            if not line.endswith("\n"):
                break  # cut by the kill: not an acknowledgement
            kind, _, rest = line.rstrip("\n").partition(" ")
            if kind == "ready":
                log.ready = True
                log.ready_at = float(rest) if rest else None
            elif kind == "begin":
                n, op, lesson, person = rest.split(" ")
                log.in_flight = Begin(int(n), op, lesson, person)
            elif kind == "ack":
                n, _, payload = rest.partition(" ")
                log.acked.append((int(n), json.loads(payload)))
                log.in_flight = None
            elif kind == "refused":
                log.refused += 1
                log.in_flight = None
        return log

    @property
    def phase(self) -> str:
        """Where the kill hit: start-up, inside a unit of work, or between two."""
        if not self.ready:
            return "opstarten"
        return "in een schrijfactie" if self.in_flight is not None else "tussen schrijfacties"


@dataclass
class Verdict:
    problems: list[str] = field(default_factory=list)
    acked: int = 0  # acknowledged writes verified
    in_flight_committed: bool | None = None  # None: no unit of work was cut off


class MarksLedger:
    """Attendance marks: every acknowledged mark present, current, audited; no strays."""

    def __init__(self) -> None:
        self.known: dict[str, MarkRow] = {}
        self.current: dict[tuple[str, str], str] = {}  # (lesson, person) -> mark id

    def start(self, probe: Probe) -> None:
        self.known = probe.marks()

    def verify(self, probe: Probe, log: AckLog) -> Verdict:
        verdict = Verdict()
        rows = probe.marks()
        lost = self.known.keys() - rows.keys()
        verdict.problems += [f"markering {i} is verdwenen" for i in sorted(lost)[:5]]
        acked_ids: set[str] = set()
        for n, changes in log.acked:
            for mark, lesson, person, status, supersedes in changes:
                verdict.acked += 1
                acked_ids.add(mark)
                self.current[(lesson, person)] = mark
                want = (lesson, person, status, supersedes)
                row = rows.get(mark)
                if row is None:
                    verdict.problems.append(f"bevestigde markering {mark} (actie {n}) ontbreekt")
                elif (row.lesson, row.person, row.status, row.supersedes) != want:
                    verdict.problems.append(f"bevestigde markering {mark} (actie {n}) is "
                                            f"{row} in plaats van {want}")
        stray = {i: rows[i] for i in rows.keys() - self.known.keys() - acked_ids}
        verdict.problems += self._strays(stray, log.in_flight)
        if log.in_flight is not None:
            verdict.in_flight_committed = bool(stray)
        audited = probe.audited("attendance_marks")
        new = rows.keys() - self.known.keys()
        verdict.problems += [f"markering {i} heeft geen audit-gebeurtenis"
                             for i in sorted(new - audited)[:5]]
        verdict.problems += self._chains(rows, stray)
        self.known = rows
        return verdict

    @staticmethod
    def _strays(stray: dict[str, MarkRow], begin: Begin | None) -> list[str]:
        """Marks nobody acknowledged: only the unit of work the kill cut off may have
        committed them (its ack was never written)."""
        if not stray:
            return []
        if begin is None:
            return [f"{len(stray)} markering(en) zonder bevestiging en zonder lopende actie"]
        single = begin.op != "all"
        wrong = [i for i, r in stray.items()
                 if r.lesson != begin.lesson or (single and r.person != begin.person)]
        if wrong or (single and len(stray) > 1):
            return [f"onbevestigde markeringen die niet bij de afgebroken actie {begin} "
                    f"horen: {sorted(stray)[:5]}"]
        return []

    def _chains(self, rows: dict[str, MarkRow], stray: dict[str, MarkRow]) -> list[str]:
        """Each mark superseded at most once, one current mark per lesson and person, and
        that is the last acknowledged one (or what the cut-off unit wrote over it)."""
        problems: list[str] = []
        times = Counter(r.supersedes for r in rows.values() if r.supersedes is not None)
        problems += [f"markering {i} is {k} keer vervangen" for i, k in times.items() if k > 1]
        heads: dict[tuple[str, str], list[str]] = {}
        for i, r in rows.items():
            if i not in times:
                heads.setdefault((r.lesson, r.person), []).append(i)
        problems += [f"{len(h)} huidige markeringen voor les/deelnemer {p}"
                     for p, h in heads.items() if len(h) > 1]
        for pair, mark in self.current.items():
            head = heads.get(pair, [None])[0]
            if head == mark:
                continue
            if head in stray and rows[head].supersedes == mark:
                self.current[pair] = head
                continue
            problems.append(f"huidige markering van {pair} is {head}, bevestigd was {mark}")
        for i, r in stray.items():
            self.current[(r.lesson, r.person)] = i
        return problems


State = dict[str, int]


class WholeLedger:
    """A unit that is all or nothing (an import, a demo): afterwards the database is as it
    was before, or exactly as a complete run leaves it (the rows of every table, and the
    `extras` a probe counts, such as marks with the import's reason), never in between."""

    def __init__(self, complete: Callable[[State], State], nothing: tuple[State, ...] = (),
                 extras: Callable[[Probe], State] | None = None) -> None:
        self.complete_from = complete  # the state a complete run leaves, from the one before
        self.nothing = nothing  # other states that hold nothing of the unit (a demo: none)
        self.extras = extras
        self.before: State = {}
        self.complete = False

    def state(self, probe: Probe) -> State:
        counts = probe.counts()
        if counts and self.extras is not None:
            counts |= self.extras(probe)
        return counts

    def start(self, probe: Probe) -> None:
        self.before = self.state(probe)
        self.complete = False

    def verify(self, probe: Probe, log: AckLog) -> Verdict:
        verdict = Verdict(acked=int(bool(log.acked)))
        after = self.state(probe)
        whole = self.complete_from(self.before)
        if after == whole:
            self.complete = True
        elif after == self.before or after in self.nothing:
            if log.acked:
                verdict.problems.append("bevestigd, maar niets ervan staat in de database")
        else:
            odd = {k: (self.before.get(k, 0), after.get(k, 0), whole.get(k, 0))
                   for k in sorted(self.before.keys() | after.keys() | whole.keys())
                   if after.get(k, 0) not in (self.before.get(k, 0), whole.get(k, 0))
                   or after.get(k, 0) != whole.get(k, 0)}
            verdict.problems.append(f"half geschreven (voor, na, compleet): {odd}")
        if log.in_flight is not None:
            verdict.in_flight_committed = self.complete
        return verdict


def added(before: State, delta: State) -> State:
    """`before` plus the rows a run adds (`delta`)."""
    return {k: before.get(k, 0) + delta.get(k, 0) for k in before.keys() | delta.keys()}


def difference(after: State, before: State) -> State:
    """What a run added: `after` minus `before`, without the zeros."""
    out = {k: after.get(k, 0) - before.get(k, 0) for k in after.keys() | before.keys()}
    return {k: v for k, v in out.items() if v}
