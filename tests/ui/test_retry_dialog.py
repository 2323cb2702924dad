"""A busy database (another process holds the write lock): the failure dialog offers
"Opnieuw proberen", which runs the same action again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.workers import run_task
from tests.corpus.test_db_faults import lock_held_by_another_process
from tests.ui.dialog_script import click


@pytest.fixture(autouse=True)
def _short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BVMDESK_BUSY_TIMEOUT_MS", "200")


def test_a_busy_database_offers_to_try_the_same_task_again(
        qtbot, answer: Callable, services: Services, db_path: Path, admin: Actor) -> None:
    attempts: list[int] = []
    done: list[str] = []
    lock = lock_held_by_another_process(db_path)
    lock.__enter__()

    def release_then_retry(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox) and widget.objectName() == "retryDialog"
        lock.__exit__(None, None, None)  # the other program is done now
        click("Opnieuw proberen")(widget)

    script = answer([release_then_retry])

    def work(_context: object) -> str:
        attempts.append(1)
        return services.accounts.add_user(admin, f"nieuw{len(attempts)}",
                                          admin.role, "een lang wachtwoord").username

    try:
        run_task(None, work, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    finally:
        if script.actions:  # the dialog never came: do not leave the lock behind
            lock.__exit__(None, None, None)
    assert len(attempts) == 2 and done == ["nieuw2"]
    assert "De database is bezet" in script.seen[0]


def test_cancel_leaves_it(qtbot, answer: Callable, services: Services, db_path: Path,
                          admin: Actor) -> None:
    failures: list[str] = []
    script = answer([click("Annuleren")])
    with lock_held_by_another_process(db_path):
        run_task(None, lambda _c: services.accounts.add_user(
            admin, "nooit", admin.role, "een lang wachtwoord"), failures.append)
        qtbot.waitUntil(lambda: bool(script.seen), timeout=10_000)
    assert failures == [] and "De database is bezet" in script.seen[0]
    assert "nooit" not in [u.username for u in services.accounts.list_users(admin)]


def test_a_mark_saved_on_retry_clears_the_busy_message(
        qtbot, answer: Callable, services: Services, db_path: Path, admin: Actor,
        instructor: Actor) -> None:
    """The register: a key press meets a busy database; after "Opnieuw proberen" the mark
    is stored and the red message above the list makes way for "Opgeslagen."."""
    from PySide6.QtCore import Qt

    from tests.ui.test_register_helpers import FakeClock, make_lesson, open_page, press, stored

    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    name = page.model.row_at(0).name
    lock = lock_held_by_another_process(db_path)
    lock.__enter__()
    seen_message: list[str] = []

    def release_then_retry(widget: QWidget) -> None:
        seen_message.append(page.scan_label.text())
        lock.__exit__(None, None, None)
        click("Opnieuw proberen")(widget)

    script = answer([release_then_retry])
    try:
        press(qtbot, page, clock, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: page.scan_label.text() == "Opgeslagen.", timeout=10_000)
    finally:
        if script.actions:
            lock.__exit__(None, None, None)
    assert "De database is bezet" in seen_message[0]
    assert stored(services, instructor, lesson_id)[name] == "aanwezig"
