"""A real USB-scanner stream on a real X server: Xvfb, the register on Qt's xcb platform in
its own process, and xdotool typing the badge with real key events (Shift pressed and
released around every capital) at a fast (3 ms) and a slow (28 ms) scanner's pace.

Issue 9: on a real X keyboard `ZW12345` marked the selected student Ziek and reported
"Onbekende badge: W12345". Xvfb and xdotool come with scripts/install-system-deps.sh.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from tests.ui.test_register_helpers import DAY, make_lesson, stored
from tests.ui.test_scanner_devices import give_badges
from tests.ui.x11_register import TITLE

ROOT = Path(__file__).resolve().parents[2]


def _free_display() -> int:
    for number in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and \
                not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("geen vrij X-display")


@pytest.fixture
def x_display() -> Iterator[str]:
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} ontbreekt: make system-deps installeert het"
    display = f":{_free_display()}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x720x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
        assert time.monotonic() < deadline and server.poll() is None, "Xvfb start niet"
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(timeout=10)


def _xdotool(display: str, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=30, check=True)
    return done.stdout


def test_xdotool_scans_mark_their_owners_only(x_display: str, services: Services,
                                              db_path: Path, admin: Actor,
                                              instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    owners = give_badges(services, ["ZW12345", "LAZGOV", "ZwL-00042"])
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen([sys.executable, "-m", "tests.ui.x11_register", str(db_path),
                            DAY.isoformat()], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "READY", \
            app.stderr.read() if app.stderr else ""
        window = _xdotool(x_display, "search", "--sync", "--name", TITLE).split()[0]
        _xdotool(x_display, "windowfocus", "--sync", window)
        time.sleep(0.5)
        expected: dict[str, str] = {}
        for badge, delay in (("ZW12345", "3"), ("LAZGOV", "28"), ("ZwL-00042", "28")):
            _xdotool(x_display, "type", "--delay", delay, badge)
            _xdotool(x_display, "key", "Return")
            expected[owners[badge]] = "te_laat"  # 08:40, the lesson began at 08:30
            deadline = time.monotonic() + 10
            while True:
                marks = {name: status for name, status in
                         stored(services, instructor, lesson_id).items() if status}
                if marks == expected or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
            assert marks == expected, f"na {badge} ({delay} ms per teken)"
    finally:
        app.terminate()
        app.wait(timeout=10)
