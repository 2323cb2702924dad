"""After logging in on a real X server (Xvfb, no window manager), the main window has the
keyboard at once: Ctrl+L locks without a click first.

The login dialog held the keyboard; when it closed, nothing made the new main window the
active one, and an application shortcut (Ctrl+L, Ctrl+F) did nothing until the person
clicked in the window, while typed keys did reach it. The app runs as a real process
(`bvmdesk gui` on Qt's xcb platform) and xdotool types as a person would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.ui.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.test_scanner_x11 import ROOT, _xdotool, x_display  # noqa: F401

LOCKED = "BVM Desk · vergrendeld"


def _wait_for(display: str, name: str, seconds: float = 20) -> str:
    """The id of a visible window whose title contains `name`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                               env={**os.environ, "DISPLAY": display}, capture_output=True,
                               text=True, timeout=30)
        if found.stdout.split():
            return found.stdout.split()[0]
        time.sleep(0.1)
    raise AssertionError(f"geen venster '{name}' binnen {seconds} s")


def test_ctrl_l_locks_right_after_the_login(x_display: str, db_path: Path,  # noqa: F811
                                            tmp_path: Path) -> None:
    data = tmp_path / "app-data"
    data.mkdir()
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb",
           "BVMDESK_DATA_DIR": str(data)}
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen([sys.executable, "-m", "bvmdesk", "--db", str(db_path), "gui"],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    try:
        login = _wait_for(x_display, "inloggen")
        _xdotool(x_display, "windowfocus", "--sync", login)
        _xdotool(x_display, "type", "--delay", "40", ADMIN)
        _xdotool(x_display, "key", "Tab")
        _xdotool(x_display, "type", "--delay", "40", ADMIN_PASSWORD)
        _xdotool(x_display, "key", "Return")
        _wait_for(x_display, "BVM Desk · Zwolle")  # the main window: "BVM Desk · site"
        time.sleep(1.0)  # the first page has painted
        _xdotool(x_display, "key", "ctrl+l")
        _wait_for(x_display, LOCKED, seconds=5)
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
