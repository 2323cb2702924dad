"""A damaged database at start: a clear choice, never a crash; the restore itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bvmdesk import app as gui_app
from bvmdesk.config import Settings
from bvmdesk.services.base import Actor
from bvmdesk.services.container import backup_service, open_services
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.start.login import LoginDialog
from bvmdesk.ui.start.recovery import NextStep, RecoveryDialog, restore_backup
from tests.services.backup_support import damage_header, damage_table
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.dialog_script import accept_box, click


@pytest.fixture
def backed_up(db_path: Path) -> Path:
    """The test database with one good backup of it."""
    backup_service(str(db_path)).create(Actor.cli())
    return db_path


def _log_in(widget: QWidget) -> None:
    assert isinstance(widget, LoginDialog)
    widget.username_edit.setText(ADMIN)
    widget.password_edit.setText(ADMIN_PASSWORD)
    widget.login_button.click()


def test_the_dialog_offers_the_newest_good_backup(qtbot, backed_up: Path) -> None:
    backups = backup_service(str(backed_up))
    newest = backups.newest_good()
    dialog = RecoveryDialog(str(backed_up), ["het bestand is geen (leesbare) database"],
                            newest)
    qtbot.addWidget(dialog)
    dialog.show()
    assert newest is not None and str(newest.path) in dialog.backup_label.text()
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.choice == "restore"
    empty = RecoveryDialog(str(backed_up), ["kapot"], None)
    qtbot.addWidget(empty)
    assert not empty.restore_button.isEnabled()
    assert "geen goede back-up" in empty.backup_label.text()


def test_a_file_that_is_no_database_any_more_leads_to_a_restore(
        qtbot, answer, backed_up: Path) -> None:
    damage_header(backed_up)
    app = QApplication.instance()
    script = answer([click("Nieuwste back-up terugzetten")])
    step = gui_app._run_session(app, str(backed_up), Settings.load())
    assert "database beschadigd" in script.seen[0]
    assert isinstance(step, NextStep) and step.location == str(backed_up)
    assert step.restore is not None and step.actor is not None

    script = answer([accept_box])
    assert restore_backup(backup_service(step.location), step.actor, step.restore)
    assert "is teruggezet" in script.seen[0] and "voor-herstel" in script.seen[0]
    opened = open_services(str(backed_up))
    try:
        assert opened.maintenance.check().ok
    finally:
        opened.close()


def test_closing_from_the_recovery_dialog_ends_without_a_crash(
        qtbot, answer, backed_up: Path) -> None:
    damage_header(backed_up)
    script = answer([click("BVM Desk sluiten")])
    code = gui_app._run_session(QApplication.instance(), str(backed_up), Settings.load())
    assert code == 1 and script.seen


def test_damage_found_by_the_quick_check_after_the_window_shows(
        qtbot, answer, backed_up: Path, tmp_path: Path) -> None:
    # A table nothing reads at start: the window opens, quick_check finds the damage.
    damage_table(backed_up, "outreach_activities")
    other = tmp_path / "ander.sqlite"
    script = answer([_log_in, lambda w: w.open_other(str(other))])
    step = gui_app._run_session(QApplication.instance(), str(backed_up), Settings.load())
    assert script.seen[1] == "BVM Desk: database beschadigd"
    assert step == NextStep(str(other))
    assert [p.name for p in backed_up.parent.glob("*afsluiten*")] == []  # none of a bad file


def test_a_sound_database_gets_its_daily_and_exit_backups(qtbot, answer, db_path: Path) -> None:
    backups = backup_service(str(db_path))
    while_open: list[tuple[str, list[str]]] = []

    def close_window() -> None:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        while_open.append((window.backup_label.text(), [i.kind for i in backups.list_all()]))
        window.close()

    def close_after_the_daily_backup() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.backup_label.text()]
        if windows:  # a second later: the exit backup is the newer one
            QTimer.singleShot(1100, close_window)
        else:
            QTimer.singleShot(50, close_after_the_daily_backup)

    def log_in_and_close(widget: QWidget) -> None:
        _log_in(widget)
        close_after_the_daily_backup()

    answer([log_in_and_close])
    code = gui_app._run_session(QApplication.instance(), str(db_path), Settings.load())
    assert code == 0
    label, kinds = while_open[0]
    assert label.startswith("Laatste back-up: ") and kinds == ["dagelijks"]
    # One backup per day is kept: the newest, made when the window closed.
    assert [i.kind for i in backups.list_all()] == ["afsluiten"]
