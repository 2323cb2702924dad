"""GUI start against a bare PySide6 window, each started as a fresh process in the same run,
interleaved: the first visible window on a real X server (Xvfb + xdotool), `gui
--smoke-test` on the reference database, and the app's own peak memory."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Report, workspace

RUNS = 5
PAINT_TIMEOUT = 60.0
WINDOW_NAME = "BVM Desk"
BARE_WINDOW = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("BVM Desk")
window.resize(1366, 768)
window.show()
app.processEvents()
if "--stay" not in sys.argv:
    QTimer.singleShot(50, app.quit)
sys.exit(app.exec())
"""
# A small parent: a child forked from the benchmark itself would count the benchmark's
# pages in ru_maxrss (fork, then exec, keeps the high-water mark of the parent's memory).
PEAK_RSS = """\
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
_pid, status, usage = os.wait4(child.pid, 0)
code = os.waitstatus_to_exitcode(status)
if code != 0:
    sys.stderr.write(child.stderr.read().decode(errors="replace"))
    sys.exit(code)
print(usage.ru_maxrss)
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


def _child_env() -> dict[str, str]:
    """The children's environment, with bytecode cached as in an installed app (and in
    the frozen one): with PYTHONDONTWRITEBYTECODE every start would compile each module
    again. The cache lives in the bench workspace; the warm-up runs fill it."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(workspace() / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _offscreen_env() -> dict[str, str]:
    return dict(_child_env(),
                QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))


def _run(args: list[str]) -> float:
    """Wall-clock seconds of one child process; it must exit 0."""
    start = time.perf_counter()
    result = subprocess.run(args, env=_offscreen_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} gaf exitcode {result.returncode}: "
                           f"{result.stderr.decode(errors='replace')}")
    return elapsed


def _peak_rss(args: list[str]) -> float:
    """Peak RSS (MB) of `args` alone, spawned from a small parent."""
    result = subprocess.run([sys.executable, "-c", PEAK_RSS, *args], env=_offscreen_env(),
                            stdin=subprocess.DEVNULL, capture_output=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} gaf exitcode {result.returncode}: "
                           f"{result.stderr.decode(errors='replace')}")
    return int(result.stdout.split()[-1]) / 1024  # kilobytes on Linux


class XServer:
    """The X display to measure on: $DISPLAY, or an Xvfb started here on a free one."""

    def __init__(self) -> None:
        self.display = os.environ.get("DISPLAY", "")
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> str | None:
        """The display, or why the first paint cannot be measured."""
        if shutil.which("xdotool") is None:
            return "xdotool ontbreekt (apt-get install xdotool)"
        if self.display:
            return None
        if shutil.which("Xvfb") is None:
            return "Xvfb ontbreekt en DISPLAY is leeg (apt-get install xvfb)"
        # -displayfd: Xvfb picks a free display itself and writes its number, so that two
        # benchmarks started at once never share one. -noreset: without it the server
        # resets whenever its last client leaves, and a window opened then fails.
        read_end, write_end = os.pipe()
        self._process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24",
             "-nolisten", "tcp", "-noreset"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end, "rb") as reader:
            number = reader.readline().decode().strip()
        if not number or self._process.poll() is not None:
            return "Xvfb startte niet"
        self.display = f":{number}"
        return None

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)


def _first_paint(args: list[str], display: str) -> float:
    """Seconds from launch until xdotool sees a visible "BVM Desk" window of the process."""
    env = dict(_child_env(), DISPLAY=display)
    env.pop("QT_QPA_PLATFORM", None)
    env["BVMDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="bvm-bench-paint-")
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(process.pid),
                 "--name", WINDOW_NAME], env=env, capture_output=True, check=False)
            elapsed = time.perf_counter() - start
            if found.returncode == 0 and found.stdout.strip():
                return elapsed
            if process.poll() is not None:
                stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"{' '.join(args)} stopte (exitcode {process.returncode}) "
                                   f"zonder venster: {stderr}")
            if elapsed > PAINT_TIMEOUT:
                raise RuntimeError(f"{' '.join(args)}: geen venster na {PAINT_TIMEOUT} s")
            time.sleep(0.005)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        shutil.rmtree(env["BVMDESK_DATA_DIR"], ignore_errors=True)


def _ratio(report: Report, name: str, app: list[float], bare: list[float],
           target: str) -> None:
    """The ratio of each interleaved pair, and the ratio of the medians in its name."""
    pairs = [a / b for a, b in zip(app, bare, strict=True)]
    medians = statistics.median(app) / statistics.median(bare)
    report.add(f"{name} (verhouding medianen {medians:.2f}x; per paar:)", pairs, "x", target)


def _measure_first_paint(report: Report, database: Path, bare_script: Path) -> None:
    server = XServer()
    problem = server.start()
    if problem is not None:
        print(f"GUI eerste venster: overgeslagen: {problem}", flush=True)
        return
    try:
        app = [sys.executable, "-m", "bvmdesk", "--db", str(database), "gui"]
        bare = [sys.executable, str(bare_script), "--stay"]
        _first_paint(bare, server.display)  # warm the file cache for both
        _first_paint(app, server.display)
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(RUNS):  # interleaved, so both see the same machine load
            bare_times.append(_first_paint(bare, server.display))
            app_times.append(_first_paint(app, server.display))
    finally:
        server.stop()
    report.add(f"GUI eerste venster (Xvfb {server.display}) kaal QMainWindow", bare_times, "s")
    report.add("GUI eerste venster bvmdesk gui (inlogvenster)", app_times, "s")
    _ratio(report, "GUI eerste venster bvmdesk / kaal", app_times, bare_times, "<= 2x")


def run(report: Report) -> None:
    database = _reference_database()
    bare_script = workspace() / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    _measure_first_paint(report, database, bare_script)

    command = [sys.executable, "-m", "bvmdesk", "--db", str(database), "gui"]
    smoke = [*command, "--smoke-test"]
    every_page = [*command, "--smoke-test=all"]
    bare = [sys.executable, str(bare_script)]
    _run(bare)  # warm the file cache for both
    _run(smoke)
    smoke_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        bare_times.append(_run(bare))
        smoke_times.append(_run(smoke))
    report.add("GUI klaar: kaal PySide6-venster", bare_times, "s")
    report.add(f"GUI klaar: gui --smoke-test ({database.name})", smoke_times, "s")
    _ratio(report, "GUI klaar: smoke-test / kaal", smoke_times, bare_times, "<= 5x")

    report.add("GUI piekgeheugen gui --smoke-test (alleen het proces zelf)",
               [_peak_rss(smoke) for _ in range(3)], "MB")
    report.add("GUI piekgeheugen gui --smoke-test=all (elke pagina eenmaal getoond)",
               [_peak_rss(every_page) for _ in range(3)], "MB", "<= 250 MB")
