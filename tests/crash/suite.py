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
    Lane,
    MarksStream,
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

MARKS_WINDOW = 0.8  # seconds of writing after the start-up (MarksStream)
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
            import_size: tuple[int, int, int] = (150, 6, 20),
            site_template: Path | None = None) -> Prepared:
    """Templates, import folders, and one complete run of each whole unit.

    `site_template`: a checkpointed site template to copy (else one is built).
    """
    root.mkdir(parents=True, exist_ok=True)
    site = root / "site.sqlite"
    if site_template is None:
        build_site(site)
    else:
        copy_database(site_template, site)
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


def marks_stream(prepared: Prepared, seed: int, name: str = "presentie (register)",
                 startup: float = 0.2, writing: float = MARKS_WINDOW) -> MarksStream:
    """The register's writer on its own copy of the marks world (grows run after run)."""
    workdir = prepared.root / f"marks-{seed}"
    workdir.mkdir(parents=True, exist_ok=True)
    copy_database(prepared.marks, workdir / "marks.sqlite")
    return MarksStream(name, workdir, str(workdir / "marks.sqlite"), writing, seed,
                       prepared.data_dir, startup)


def import_stream(prepared: Prepared, seed: int) -> ImportStream:
    """Import A, then B, into fresh copies of the site template."""
    workdir = prepared.root / f"import-{seed}"
    copies = [0]

    def fresh() -> str:
        copies[0] += 1
        target = workdir / f"import-{copies[0]}.sqlite"
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(prepared.site, target)
        return str(target)

    return ImportStream("import", workdir, fresh, prepared.folders, prepared.import_seconds,
                        seed, prepared.data_dir)


def demo_stream(prepared: Prepared, seed: int) -> DemoStream:
    return DemoStream("demo", prepared.root / f"demo-{seed}", prepared.demo_complete,
                      prepared.demo_nothing, prepared.demo_seconds, seed, prepared.data_dir,
                      DEMO_ARGS)


def run_sqlite(prepared: Prepared, kills: dict[str, int], seed: int = 1,
               launchers: list[Callable[[], Launcher]] | None = None,
               ) -> tuple[list[Figures], float]:
    """`kills` per mode in three lanes (writers in parallel, each on its own files): the
    register's writer on two databases (60 % and 40 % of the marks kills), the second
    followed by the demo; the import in the third. A Zygote per lane unless `launchers`."""
    first = marks_stream(prepared, seed)
    second = marks_stream(prepared, seed + 1)
    imports, demos = import_stream(prepared, seed + 2), demo_stream(prepared, seed + 3)
    share = round(0.6 * kills["marks"])
    work: list[Lane] = [[(first, share)],
                        [(second, kills["marks"] - share), (demos, kills["demo"])],
                        [(imports, kills["import"])]]
    seconds = run_lanes(work, launchers)
    marks = merged("presentie (register)", [first.figures, second.figures])
    return [marks, imports.figures, demos.figures], seconds


def merged(name: str, parts: list[Figures]) -> Figures:
    """The figures of several streams of one kind as one."""
    out = Figures(name)
    for f in parts:
        out.runs += f.runs
        out.kills += f.kills
        out.completed += f.completed
        out.phases.update(f.phases)
        out.acked += f.acked
        out.cut_committed += f.cut_committed
        out.cut_rolled_back += f.cut_rolled_back
        out.verify_seconds += f.verify_seconds
        out.failures += f.failures
        out.leftovers.update(f.leftovers)
    return out


def cleanup(prepared: Prepared) -> None:
    shutil.rmtree(prepared.root, ignore_errors=True)
