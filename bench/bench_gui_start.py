"""GUI start: `gui --smoke-test` on the reference database against a bare PySide6 window,
both started as a fresh process in the same run; plus the smoke test's peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Report, workspace

RUNS = 5
BARE_WINDOW = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
QTimer.singleShot(50, app.quit)
sys.exit(app.exec())
"""


def _reference_database() -> Path:
    """The shared reference dataset when bench.dataset exists, else a small one made here."""
    try:
        from bench.dataset import reference_dataset
    except ImportError:
        return _small_database()
    return Path(reference_dataset())


def _small_database() -> Path:
    from datetime import date

    from bvmdesk.domain.participants import ParticipantData
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services

    path = workspace() / "gui-start-klein.sqlite"
    if path.exists():
        return path
    services = open_services(str(path), create=True, backup=False)
    try:
        actor = Actor.cli()
        services.accounts.setup_site(actor, "ZWL", "Zwolle", "beheer", "bench-wachtwoord")
        for n in range(200):
            services.participants.create(actor, ParticipantData(
                number="", first_names=f"Deelnemer{n}", prefix=None, last_name=f"Bench{n}",
                birth_date=date(2005, 1, 1 + n % 28), type="BBL"))
    finally:
        services.close()
    print(f"(bench.dataset ontbreekt: kleine database met 200 deelnemers: {path})", flush=True)
    return path


def _run(args: list[str]) -> tuple[float, float]:
    """Wall-clock seconds and peak RSS (MB) of one child process; it must exit 0."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} gaf exitcode {process.returncode}: {stderr}")
    peak_kb = usage.ru_maxrss  # kilobytes on Linux
    return elapsed, peak_kb / 1024


def run(report: Report) -> None:
    database = _reference_database()
    bare_script = workspace() / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    smoke = [sys.executable, "-m", "bvmdesk", "--db", str(database), "gui", "--smoke-test"]
    bare = [sys.executable, str(bare_script)]
    _run(bare)  # warm the file cache for both
    _run(smoke)
    smoke_times: list[float] = []
    bare_times: list[float] = []
    smoke_rss: list[float] = []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        elapsed, _rss = _run(bare)
        bare_times.append(elapsed)
        elapsed, rss = _run(smoke)
        smoke_times.append(elapsed)
        smoke_rss.append(rss)
    report.add("GUI-start kaal PySide6-venster", bare_times, "s")
    report.add(f"GUI-start gui --smoke-test ({database.name})", smoke_times, "s")
    ratio = statistics.median(smoke_times) / statistics.median(bare_times)
    report.add("GUI-start verhouding smoke-test / kaal venster (medianen)", [ratio], "x",
               "<= 2x")
    report.add("GUI-start piekgeheugen smoke-test (RSS)", smoke_rss, "MB", "<= 250 MB")
