"""The crash proof as the test and the bench run it: prepare once, then kill in two lanes.

`prepare` builds the templates (tests/crash/world.py) and runs each whole unit once without
a kill: the rows a complete import A, import B and demo leave are what a killed one must
match or not touch at all, and their durations set the kill windows.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.crash.harness import (
    DemoStream,
    Figures,
    ImportStream,
    MarksStream,
    Stream,
    demo_extras,
    import_extras,
    run_lanes,
)
from tests.crash.launch import Launcher, Outcome
from tests.crash.ledger import State, difference
from tests.crash.probe import probe
from tests.crash.world import (
    build_marks_world,
    build_site,
    copy_database,
    remove_database,
    write_import_folders,
)

MARKS_WINDOW = 1.0  # seconds: a forked marks writer is writing after ~0.15 s
DEMO_ARGS = ["--participants", "30", "--seed", "7", "--today", "2026-11-26", "--cheap-hash"]


@dataclass
class Prepared:
    root: Path
    data_dir: Path
    site: Path  # site template (checkpointed)
    marks: Path  # marks world template
    folders: list[tuple[Path, State]]  # import A and B, with the rows each adds
    import_seconds: float
    demo_complete: State
    demo_nothing: tuple[State, ...]
    demo_seconds: float


def _run_whole(launcher: Launcher, argv: list[str], workdir: Path) -> Outcome:
    outcome = launcher.run([*argv, "--acks", str(workdir / "reference.acks")], None,
                           workdir / "reference.log")
    if outcome.status != 0:
        log = (workdir / "reference.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"referentierun {argv[0]} mislukt ({outcome.status}): {log}")
    return outcome


def _state(location: str, extras: Callable[..., State]) -> State:
    with probe(location) as p:
        counts = p.counts()
        return counts | extras(p) if counts else counts


def reference_imports(launcher: Launcher, location: str, folders: tuple[Path, ...],
                      data_dir: Path, workdir: Path) -> tuple[list[tuple[Path, State]], float]:
    """Import each folder in turn, unkilled, into the set-up database at `location`: the
    rows each adds, and the longest run's seconds."""
    deltas: list[tuple[Path, State]] = []
    seconds = 0.0
    for folder in folders:
        before = _state(location, import_extras)
        outcome = _run_whole(launcher, ["import", "--db", location, "--data-dir",
                                        str(data_dir), "--folder", str(folder)], workdir)
        seconds = max(seconds, outcome.seconds)
        deltas.append((folder, difference(_state(location, import_extras), before)))
    return deltas, seconds


def prepare(root: Path, data_dir: Path, launcher: Launcher,
            import_size: tuple[int, int, int] = (150, 6, 20)) -> Prepared:
    """Templates, import folders, and one complete run of each whole unit."""
    root.mkdir(parents=True, exist_ok=True)
    site = build_site(root / "site.sqlite")
    marks = root / "marks-template.sqlite"
    copy_database(site, marks)
    build_marks_world(str(marks), root / "marks-world")
    folders = write_import_folders(root, *import_size)
    reference = root / "reference"
    reference.mkdir(exist_ok=True)
    target = reference / "import.sqlite"
    copy_database(site, target)
    deltas, seconds = reference_imports(launcher, str(target), folders, data_dir, reference)
    demo = reference / "demo.sqlite"
    remove_database(demo)
    outcome = _run_whole(launcher, ["demo", "--db", str(demo), "--data-dir", str(data_dir),
                                    *DEMO_ARGS], reference)
    complete = _state(str(demo), demo_extras)
    empty = reference / "empty.sqlite"
    remove_database(empty)
    from bvmdesk.services.container import open_services

    open_services(str(empty), create=True, backup=False).close()
    nothing: tuple[State, ...] = ({}, _state(str(empty), demo_extras))
    return Prepared(root, data_dir, site, marks, deltas, seconds, complete, nothing,
                    outcome.seconds)


def streams(prepared: Prepared, seed: int,
            fresh_marks: Callable[[Path], str] | None = None) -> dict[str, Stream]:
    """One stream per kind of writer, each on its own SQLite files under `prepared.root`."""
    root, data_dir = prepared.root, prepared.data_dir
    marks_file = root / f"marks-{seed}" / "marks.sqlite"
    marks_file.parent.mkdir(parents=True, exist_ok=True)
    copy_database(prepared.marks, marks_file)
    copies = {"n": 0}

    def fresh_import() -> str:
        copies["n"] += 1
        target = root / f"import-{seed}" / f"import-{copies['n']}.sqlite"
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(prepared.site, target)
        return str(target)

    return {
        "marks": MarksStream("presentie (register)", root / f"marks-{seed}", str(marks_file),
                             MARKS_WINDOW, seed, data_dir),
        "import": ImportStream("import", root / f"import-{seed}", fresh_import,
                               prepared.folders, prepared.import_seconds,
                               seed + 1, data_dir),
        "demo": DemoStream("demo", root / f"demo-{seed}", prepared.demo_complete,
                           prepared.demo_nothing, prepared.demo_seconds,
                           seed + 2, data_dir, DEMO_ARGS),
    }


def run_sqlite(prepared: Prepared, kills: dict[str, int], seed: int = 1,
               lanes: int = 2) -> tuple[list[Figures], float]:
    """`kills` per mode in parallel lanes: marks in one, import and demo in the other (or
    each in its own, with `lanes=3`)."""
    made = streams(prepared, seed)
    work = [[(made[mode], kills[mode])] for mode in ("marks", "import", "demo")]
    if lanes == 2:
        work = [work[0], work[1] + work[2]]
    seconds = run_lanes(work)
    return [s.figures for s in made.values()], seconds


def cleanup(prepared: Prepared) -> None:
    shutil.rmtree(prepared.root, ignore_errors=True)
