"""The file dialogs never open the files they list (ui/common/file_dialogs.py).

On Linux, closing any descriptor of a file drops this process's POSIX locks on it, also
SQLite's on the open database. Qt's stock dialog reads each listed file to tell its type;
with the database in the folder shown, another program closing its connection then deletes
the WAL, and what this process writes next is lost. Found by hand: a mark shown as saved
after the import wizard's folder dialog had listed the database's folder was not in the
database.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bvmdesk.ui.common import file_dialogs

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX locks: Linux only")


def _wal_survives(qtbot, folder: Path, make: Callable[[str], QFileDialog]) -> bool:
    """Show a dialog on `folder` (holding a database this process has open), then let
    another process open and close that database: is our WAL still there?"""
    database = folder / "bvmdesk.sqlite"
    ours = sqlite3.connect(database)
    ours.execute("PRAGMA journal_mode=WAL")
    ours.execute("CREATE TABLE marks (x)")
    ours.execute("INSERT INTO marks VALUES (1)")
    ours.commit()
    ours.execute("SELECT * FROM marks").fetchall()
    dialog = make(str(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(1500)  # the dialog's model lists the folder (and, stock, reads the files)
    subprocess.run([sys.executable, "-c", "import sqlite3, sys\n"
                    "c = sqlite3.connect(sys.argv[1])\n"
                    "c.execute('SELECT * FROM marks').fetchall()\nc.close()", str(database)],
                   check=True, timeout=30)
    survives = (folder / "bvmdesk.sqlite-wal").exists()
    dialog.close()
    ours.close()
    return survives


def test_our_dialogs_leave_the_databases_locks_alone(qtbot, tmp_path: Path) -> None:
    for name, make in [
        ("open", lambda d: file_dialogs._dialog(None, "Kies", d, "Alle bestanden (*)")),
        ("folder", lambda d: file_dialogs._dialog(None, "Kies een map", d)),
    ]:
        folder = tmp_path / name
        folder.mkdir()
        assert _wal_survives(qtbot, folder, make), name


def test_the_stock_dialog_would_lose_them(qtbot, tmp_path: Path) -> None:
    """Why the dialogs above exist: Qt's own widget dialog reads the listed files."""

    def stock(directory: str) -> QFileDialog:
        dialog = QFileDialog(None, "Kies", directory, "Alle bestanden (*)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        return dialog

    assert not _wal_survives(qtbot, tmp_path, stock)
