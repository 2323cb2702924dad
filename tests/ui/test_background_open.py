"""The first dialog shows while the database opens in the background (issue 17): the login
button waits for it when needed, and a database that does not open replaces the dialog with
its message."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bvmdesk import app as gui_app
from bvmdesk.config import Settings
from bvmdesk.services.container import Services, open_services
from bvmdesk.services.first_look import first_look
from bvmdesk.ui.start.login import LoginDialog
from bvmdesk.ui.start.opening import ServicesOpening
from bvmdesk.ui.workers import set_synchronous
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.dialog_script import accept_box


@pytest.fixture
def in_the_background() -> Iterator[None]:
    """Workers on the thread pool, as in the app (the suite runs them synchronously)."""
    set_synchronous(False)
    yield
    set_synchronous(True)


def test_the_first_look_reads_the_site_without_opening(db_path: Path, tmp_path: Path) -> None:
    look = first_look(str(db_path))
    assert look is not None and look.set_up and look.site_label.endswith("(ZWL)")
    new = first_look(str(tmp_path / "nieuw.sqlite"))
    assert new is not None and not new.set_up
    assert first_look("postgresql+psycopg://bvm@server/bvm") is None


def test_login_typed_before_the_database_is_open_waits_and_logs_in(
        qtbot, in_the_background: None, db_path: Path) -> None:
    gate = threading.Event()
    during_wait: list[tuple[bool, bool]] = []

    def opener() -> Services:
        gate.wait(30)
        return open_services(str(db_path))

    opening = ServicesOpening(opener)
    try:
        dialog = LoginDialog(opening.accounts, "Zwolle (ZWL)", db_path.name)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.username_edit, ADMIN)
        qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
        assert not opening.done

        def open_now() -> None:  # runs inside the wait: the window keeps handling events
            cursor = QApplication.overrideCursor()
            during_wait.append((cursor is not None
                                and cursor.shape() == Qt.CursorShape.WaitCursor,
                                dialog.login_button.isEnabled()))
            gate.set()

        QTimer.singleShot(50, open_now)
        dialog.login_button.click()
        assert during_wait == [(True, False)]  # busy cursor, no second click meanwhile
        assert dialog.actor is not None and dialog.actor.name == ADMIN
        assert dialog.result() == LoginDialog.DialogCode.Accepted
        assert QApplication.overrideCursor() is None
    finally:
        gate.set()
        opening.close()


def _newer(db_path: Path) -> None:
    """The database as a later version of BVM Desk leaves it: a schema this one lacks."""
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")


def test_a_database_that_fails_to_open_in_the_background_replaces_the_login(
        qtbot, answer, in_the_background: None, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _newer(db_path)
    login_shown = threading.Event()
    real_open = gui_app._open

    def open_after_the_login_shows(location: str, *, create: bool,
                                   backup: bool = True) -> Services:
        login_shown.wait(30)
        return real_open(location, create=create, backup=backup)

    monkeypatch.setattr(gui_app, "_open", open_after_the_login_shows)

    def login_appears(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        login_shown.set()  # the person is still typing when the opening fails

    script = answer([login_appears, accept_box])
    try:
        code = gui_app._run_session(QApplication.instance(), str(db_path), Settings.load())
    finally:
        login_shown.set()
    assert code == 1
    assert script.seen[0] == "BVM Desk: inloggen"
    assert "nieuwere versie van BVM Desk" in script.seen[1]
    assert not script.errors
