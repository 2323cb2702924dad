"""Runs each GUI test file (tests/ui/test_*.py) in its own pytest process and sums up.

Why: in one long process of several hundred windows, PySide6 (6.11) now and then crashed in
a paint or in the garbage collector, on memory freed too early (the traceback never pointed
at our code; see README, Tests). One process per file keeps a crash, should it happen, to
that file, where it is reported as such, and keeps the files independent of each other.
Small files share a process, a few together (`BATCH_BYTES`): starting Python, pytest and Qt
costs about 1.5 s a process, 66 times over. A batch whose process crashes is run again file
by file, so a crash still ends up at its file.
Usage: `python scripts/test_ui_files.py [pytest args]`; exit 1 when any file fails.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = re.compile(r"(\d+) (passed|failed|errors?|skipped)")


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           *args], cwd=ROOT, capture_output=True, text=True)


def _one_by_one(name: str, totals: dict[str, int]) -> list[str]:
    """A file whose process crashed: each of its tests in a process of its own. Every test
    still runs and must pass; the crash itself is reported (see the module docstring)."""
    listed = _run(["--collect-only", *sys.argv[1:], name])  # _run adds -q: node ids
    ids = [line for line in listed.stdout.splitlines() if "::" in line]
    bad = []
    for test_id in ids:
        done = _run([*sys.argv[1:], test_id])
        last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
        for number, kind in COUNT.findall(last):
            totals["error" if kind.startswith("error") else kind] += int(number)
        if done.returncode not in (0, 5):
            if done.returncode < 0 or not COUNT.findall(last):
                totals["failed"] += 1
            bad.append(f"{test_id} (exit {done.returncode})")
            sys.stdout.write(done.stdout[-6000:] + done.stderr[-3000:])
    print(f"{name}: het proces stortte in (exit -11, PySide6); de {len(ids)} tests daarom "
          f"elk in een eigen proces: {len(ids) - len(bad)} geslaagd", flush=True)
    return bad


# Files whose tests measure real time between key events (a scanner tells itself from a
# person by milliseconds): they run alone, after the others, so that no other test
# process on the machine stretches those milliseconds; together in one process.
ALONE = frozenset({"test_scanner.py", "test_scanner_devices.py", "test_scanner_x11.py",
                   "test_register_scanner.py", "test_assessment_scanner.py",
                   "test_login_x11.py"})  # (the two X11 files: one Xvfb at a time)
WORKERS = 2


# Files are put in one process until their sources add up to this many bytes; a bigger
# file has a process of its own.
BATCH_BYTES = 40_000


def _file(name: str) -> subprocess.CompletedProcess[str]:
    return _batch([name])


def _batch(names: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           *sys.argv[1:], *names], cwd=ROOT, capture_output=True, text=True)


def _batches(names: list[str]) -> list[list[str]]:
    """`names` (biggest first) in groups whose sources add up to at most BATCH_BYTES."""
    groups: list[list[str]] = []
    size = 0
    for name in names:
        bytes_ = (ROOT / name).stat().st_size
        if not groups or size + bytes_ > BATCH_BYTES:
            groups.append([])
            size = 0
        groups[-1].append(name)
        size += bytes_
    return groups


def _shared_template(folder: Path) -> None:
    """Builds the GUI tests' template database once (tests/ui/conftest.py, build_database)
    and names it to every pytest process, which would otherwise build its own: two seconds
    a file. Each test still gets a copy of its own."""
    import os

    path = folder / "bvmdesk.sqlite"
    data = folder / "data"
    data.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BVMDESK_DATA_DIR": str(data)}
    env.pop("BVMDESK_DB", None)
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                    "from tests.ui.conftest import build_database; "
                    "build_database(Path(sys.argv[1]))", str(path)],
                   cwd=ROOT, env=env, check=True)
    os.environ["BVMDESK_TEST_UI_TEMPLATE"] = str(path)


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bvm-ui-template-") as folder:
        _shared_template(Path(folder))
        return _run_files()


def _run_files() -> int:
    from concurrent.futures import ThreadPoolExecutor

    files = sorted((ROOT / "tests" / "ui").glob("test_*.py"))
    totals = {"passed": 0, "failed": 0, "error": 0, "skipped": 0}
    bad: list[str] = []
    crashed: list[str] = []
    started = time.monotonic()
    names = [str(path.relative_to(ROOT)) for path in files]
    # The biggest files first, so that the two workers end at about the same time.
    together = sorted((n for n in names if Path(n).name not in ALONE),
                      key=lambda n: -(ROOT / n).stat().st_size)
    alone = [n for n in names if Path(n).name in ALONE]
    groups = _batches(together)
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(zip(groups, pool.map(_batch, groups), strict=True))
    if alone:  # one process for all of them (each start costs 1.5 s); alone on the machine
        results.append((alone, _batch(alone)))
    while results:
        group, done = results.pop(0)
        if done.returncode < 0 and len(group) > 1:  # a crash in a batch: each file alone
            sys.stdout.write(done.stderr[-1500:])
            print(f"{' + '.join(group)}: het proces stortte in; elk bestand apart", flush=True)
            results[:0] = [([name], _file(name)) for name in group]
            continue
        name = " + ".join(group)
        last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
        counts = COUNT.findall(last)
        for number, kind in counts:
            totals["error" if kind.startswith("error") else kind] += int(number)
        if done.returncode < 0:  # a crash of the process, not a failing test
            sys.stdout.write(done.stderr[-1500:])
            bad += _one_by_one(name, totals)
            crashed.append(name)
            continue
        if done.returncode not in (0, 5):  # 5: a helper module without tests
            bad.append(f"{name} (exit {done.returncode})")
            if not counts or done.returncode < 0:
                totals["failed"] += 1  # a crash: the file's tests did not all run
            sys.stdout.write(done.stdout[-6000:] + done.stderr[-3000:])
        print(f"{name}: {last or 'geen uitvoer'}", flush=True)
    seconds = time.monotonic() - started
    if crashed:
        print("Let op, proces ingestort (PySide6) en per test herhaald: " + ", ".join(crashed))
    if bad:
        print("Mislukt: " + ", ".join(bad))
    failed = totals["failed"] + totals["error"]
    print(f"{totals['passed']} passed, {failed} failed, {totals['skipped']} skipped "
          f"in {seconds:.0f}s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
