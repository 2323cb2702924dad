"""The crash harness: writers killed with SIGKILL at random moments, then checked.

A stream is one database and one kind of writer (`marks`, `import`, `demo`). Each run starts
the writer, kills it after a random delay (seeded), opens the database as a fresh process
would and checks it: `integrity_check` and `foreign_key_check` (SQLite), what the ledger of
the stream demands (every acknowledged write present; an import or demo all or nothing),
and `bvmdesk check`. Lanes of streams run in parallel, each with its own fork server.
"""

from __future__ import annotations

import random
import re
import shutil
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bvmdesk.config import is_url
from tests.crash.launch import Cold, Launcher, Outcome, Zygote
from tests.crash.ledger import AckLog, MarksLedger, State, Verdict, WholeLedger, added
from tests.crash.probe import Probe, probe, service_check
from tests.crash.world import SIDE_FILES

PG_GONE_SECONDS = 5.0
_EXPECTED = re.compile(r"^(.*\.sqlite(-wal|-shm|-journal|\.head)?|run-\d+\.(acks|log)|fout-\d+)$")


@dataclass
class Figures:
    """What one stream did: the figures the test asserts on and the bench prints."""

    name: str
    runs: int = 0
    kills: int = 0
    completed: int = 0  # runs whose writer finished before its kill came
    phases: Counter[str] = field(default_factory=Counter)
    acked: int = 0  # acknowledged writes found present
    cut_committed: int = 0  # the unit of work the kill cut off had committed (no ack)
    cut_rolled_back: int = 0  # ... had not: nothing of it is in the database
    verify_seconds: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    leftovers: Counter[str] = field(default_factory=Counter)  # stray files beside the db

    def line(self) -> str:
        times = self.verify_seconds or [0.0]
        phases = ", ".join(f"{k} {v}" for k, v in sorted(self.phases.items()))
        return (f"{self.name}: {self.kills} keer gedood ({phases}), {self.completed} keer "
                f"voltooid; {self.acked} bevestigde schrijfacties aanwezig; afgebroken actie "
                f"vastgelegd {self.cut_committed} / teruggedraaid {self.cut_rolled_back}; "
                f"herstel en controle gemiddeld {statistics.mean(times) * 1000:.0f} ms "
                f"(max {max(times) * 1000:.0f} ms); fouten: {len(self.failures)}"
                + (f"; achtergebleven bestanden: {dict(self.leftovers)}"
                   if self.leftovers else ""))


class Stream:
    """One database, one kind of writer, killed again and again."""

    mode = ""

    def __init__(self, name: str, workdir: Path, location: str, window: float, seed: int,
                 data_dir: Path) -> None:
        self.figures = Figures(name)
        self.workdir = workdir
        self.location = location
        self.window = window  # kill delays are uniform in [0, window) seconds
        self.rng = random.Random(seed)
        self.seed = seed
        self.data_dir = data_dir
        self.ledger: MarksLedger | WholeLedger = MarksLedger()
        self._seen: set[str] = set()
        workdir.mkdir(parents=True, exist_ok=True)

    @property
    def failed(self) -> bool:
        return bool(self.figures.failures)

    def writer_args(self) -> list[str]:
        return []

    def before_run(self) -> None:
        """Choose the database and the work of the next run."""

    def next_delay(self) -> float | None:
        """Seconds until the kill (None: let the writer finish)."""
        return self.rng.uniform(0, self.window)

    def adapt(self, outcome: Outcome, ack_log: AckLog, delay: float | None) -> None:
        """Follow the writer's pace (for whole units: see `WholeStream`)."""

    def after_run(self, verdict: Verdict) -> None:
        """Move on (a new database) once a unit was found complete."""

    def run_once(self, launcher: Launcher) -> Outcome:
        """One run: start, kill after a random delay, check. Problems go to the figures."""
        self.before_run()
        n = self.figures.runs + 1
        acks, log = self.workdir / f"run-{n}.acks", self.workdir / f"run-{n}.log"
        location = self._writer_location(n)
        with probe(self.location) as p:
            self.ledger.start(p)
        argv = [self.mode, "--db", location, "--acks", str(acks), "--data-dir",
                str(self.data_dir), "--seed", str(self.seed * 100_000 + n), *self.writer_args()]
        delay = self.next_delay()
        outcome = launcher.run(argv, delay, log)
        started = time.perf_counter()
        ack_log = AckLog.read(acks)
        self.adapt(outcome, ack_log, delay)
        problems, verdict = self._check(ack_log, location, outcome)
        self.figures.verify_seconds.append(time.perf_counter() - started)
        self._count(outcome, ack_log, verdict)
        self._leftovers()
        if problems:
            self._keep_evidence(n, acks, log, problems)
        else:
            acks.unlink(missing_ok=True)
            log.unlink(missing_ok=True)
            self.after_run(verdict)
        return outcome

    def _writer_location(self, n: int) -> str:
        if not is_url(self.location):
            return self.location
        return f"{self.location}&application_name=crash-{self.seed}-{n}"

    def _check(self, ack_log: AckLog, location: str,
               outcome: Outcome) -> tuple[list[str], Verdict]:
        problems: list[str] = []
        if not outcome.killed and outcome.status != 0:
            problems.append(f"schrijver stopte zelf met status {outcome.status}")
        with probe(self.location) as p:
            problems += p.integrity()
            verdict = self.ledger.verify(p, ack_log)
            problems += verdict.problems
            has_schema = bool(p.tables())
            if not p.sqlite:
                problems += self._pg_released(p, location)
        if has_schema:
            problems += service_check(self.location)
        return problems, verdict

    @staticmethod
    def _pg_released(p: Probe, location: str) -> list[str]:
        """The server has ended the killed client's session (its transaction rolled back)."""
        name = location.rsplit("application_name=", 1)[-1]
        deadline = time.monotonic() + PG_GONE_SECONDS
        while p.backends_named(name):
            if time.monotonic() > deadline:
                return [f"de server houdt de sessie {name} van de gedode schrijver open"]
            time.sleep(0.02)
        return []

    def _count(self, outcome: Outcome, ack_log: AckLog, verdict: Verdict) -> None:
        f = self.figures
        f.runs += 1
        if outcome.killed:
            f.kills += 1
            f.phases[ack_log.phase] += 1
        else:
            f.completed += 1
        f.acked += verdict.acked
        if outcome.killed and verdict.in_flight_committed is True:
            f.cut_committed += 1
        elif outcome.killed and verdict.in_flight_committed is False:
            f.cut_rolled_back += 1

    def _leftovers(self) -> None:
        """Files a killed writer left beside the database (other than the database, its
        WAL, shared memory and head file, and the harness's own files)."""
        for path in self.workdir.iterdir():
            if not _EXPECTED.match(path.name) and path.name not in self._seen:
                self._seen.add(path.name)  # counted once, and left alone (a hot journal!)
                self.figures.leftovers[re.sub(r"\d+", "N", path.name)] += 1

    def _keep_evidence(self, n: int, acks: Path, log: Path, problems: list[str]) -> None:
        """Keep the database and the writer's files; the stream stops (its state is off)."""
        keep = self.workdir / f"fout-{n}"
        keep.mkdir(exist_ok=True)
        if not is_url(self.location):
            for suffix in ("", *SIDE_FILES):
                source = Path(f"{self.location}{suffix}")
                if source.exists():
                    shutil.copyfile(source, keep / source.name)
        for path in (acks, log):
            if path.exists():
                shutil.copyfile(path, keep / path.name)
        where = f" (bewaard in {keep})"
        self.figures.failures += [f"{self.mode} run {n}: {p}{where}" for p in problems[:10]]


class MarksStream(Stream):
    """The register's writes on one database that grows run after run.

    Its kill window is the writer's start-up (as long as it takes now: the ack file says
    when it was over) plus `writing` seconds, so that on a busy machine too most kills hit
    the writing and not only the start.
    """

    mode = "marks"

    def __init__(self, name: str, workdir: Path, location: str, writing: float, seed: int,
                 data_dir: Path, startup: float = 0.2) -> None:
        super().__init__(name, workdir, location, startup + writing, seed, data_dir)
        self.writing = writing
        self.startup = startup  # seconds, as last seen

    def adapt(self, outcome: Outcome, ack_log: AckLog, delay: float | None) -> None:
        if delay is None:
            return
        if ack_log.ready_at is not None:
            took = ack_log.ready_at - outcome.started
            self.startup = 0.7 * self.startup + 0.3 * took
        elif delay > self.startup:
            self.startup = 1.05 * delay  # killed still starting, later than expected
        self.window = self.startup + self.writing


class WholeStream(Stream):
    """A writer with one unit of work that ends by itself (an import, a demo).

    Its kill window follows how long a whole run takes now (the machine may be busier than
    when the reference run was timed): a run that finished shows its duration, a run
    killed still inside its unit shows that the unit takes longer than the kill's delay.
    Kills then keep reaching the commit at the end, and some runs finish.
    """

    REACH = 1.25  # the window reaches this far past the expected end of a whole run
    UNFINISHED = 6  # after this many runs without a complete unit, one runs to its end

    def __init__(self, name: str, workdir: Path, location: str, seconds: float, seed: int,
                 data_dir: Path) -> None:
        super().__init__(name, workdir, location, self.REACH * seconds, seed, data_dir)
        self.expected = seconds
        self.unfinished = 0  # runs since the last complete unit

    def next_delay(self) -> float | None:
        # Never only cut-off units: the next stage (import B over A, a new demo file) and
        # the "all of it" side of the check need complete ones too.
        return None if self.unfinished >= self.UNFINISHED else super().next_delay()

    def adapt(self, outcome: Outcome, ack_log: AckLog, delay: float | None) -> None:
        if not outcome.killed and outcome.status == 0:
            self.expected = 0.7 * self.expected + 0.3 * outcome.seconds
        elif ack_log.in_flight is not None and delay is not None and delay > self.expected:
            self.expected = 1.05 * delay
        self.window = self.REACH * self.expected

    def after_run(self, verdict: Verdict) -> None:
        assert isinstance(self.ledger, WholeLedger)
        self.unfinished = 0 if self.ledger.complete else self.unfinished + 1


class ImportStream(WholeStream):
    """Import A into a fresh copy, then B over it (superseding marks), then again."""

    mode = "import"

    def __init__(self, name: str, workdir: Path, fresh: Callable[[], str],
                 folders: list[tuple[Path, State]], seconds: float, seed: int,
                 data_dir: Path) -> None:
        super().__init__(name, workdir, fresh(), seconds, seed, data_dir)
        self.fresh = fresh
        self.folders = folders  # (folder, rows it adds), in order
        self.stage = 0

    def before_run(self) -> None:
        if self.stage == len(self.folders):
            self.location, self.stage = self.fresh(), 0
        delta = self.folders[self.stage][1]
        self.ledger = WholeLedger(lambda before: added(before, delta), extras=import_extras)

    def writer_args(self) -> list[str]:
        return ["--folder", str(self.folders[self.stage][0])]

    def after_run(self, verdict: Verdict) -> None:
        super().after_run(verdict)
        assert isinstance(self.ledger, WholeLedger)
        if self.ledger.complete:
            self.stage += 1


class DemoStream(WholeStream):
    """`bvmdesk demo` into a new file; a run that left nothing is retried on that file."""

    mode = "demo"

    def __init__(self, name: str, workdir: Path, complete: State, nothing: tuple[State, ...],
                 seconds: float, seed: int, data_dir: Path, args: list[str]) -> None:
        super().__init__(name, workdir, str(workdir / "demo-1.sqlite"), seconds, seed,
                         data_dir)
        self.files = 1
        self.args = args
        self.ledger = WholeLedger(lambda _before: complete, nothing, extras=demo_extras)

    def writer_args(self) -> list[str]:
        return self.args

    def after_run(self, verdict: Verdict) -> None:
        super().after_run(verdict)
        assert isinstance(self.ledger, WholeLedger)
        if self.ledger.complete:
            for suffix in ("", *SIDE_FILES):
                Path(f"{self.location}{suffix}").unlink(missing_ok=True)
            self.files += 1
            self.location = str(self.workdir / f"demo-{self.files}.sqlite")


def import_extras(p: Probe) -> State:
    """Marks per import reason, and import events: "no rows with its reason" made countable."""
    rows = p.rows("SELECT reason, count(*) FROM attendance_marks WHERE reason LIKE ? "
                  "GROUP BY reason", ("import %",))
    extras = {f"~reden {r}": int(k) for r, k in rows}
    extras["~audit exchange.import"] = p.actions("exchange.import")
    return extras


def demo_extras(p: Probe) -> State:
    if "audit_events" not in p.tables():
        return {}
    return {"~audit demo.generate": p.actions("demo.generate")}


Lane = list[tuple[Stream, int]]  # streams with their kill targets, one after the other


def run_lanes(lanes: list[Lane], launchers: list[Callable[[], Launcher]] | None = None,
              max_runs: float = 4) -> float:
    """Run each lane in its own thread with its own launcher (a Zygote unless `launchers`
    says otherwise); returns the wall seconds.

    A stream stops at its number of kills, at its first failure, or after `max_runs` times
    as many runs as kills asked (a window too short to kill anything).
    """
    factories = launchers or [Zygote] * len(lanes)
    errors: list[BaseException] = []

    def lane(items: Lane, factory: Callable[[], Launcher]) -> None:
        try:
            launcher = factory()
            try:
                for stream, kills in items:
                    while (stream.figures.kills < kills and not stream.failed
                           and stream.figures.runs < max_runs * kills):
                        stream.run_once(launcher)
            finally:
                launcher.close()
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)

    begin = time.perf_counter()
    threads = [threading.Thread(target=lane, args=(items, factory))
               for items, factory in zip(lanes, factories, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return time.perf_counter() - begin


__all__ = ["Cold", "DemoStream", "Figures", "ImportStream", "Lane", "MarksStream", "Stream",
           "Zygote", "run_lanes"]
