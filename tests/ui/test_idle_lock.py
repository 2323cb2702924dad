"""The idle lock of the main window (issue 16), with an injected clock instead of waiting:
it locks after the site's idle time and not before, input starts the time again, nothing of
the data shows while locked, the same person's password unlocks (a wrong one is refused and
counts), work in progress survives, "Ander account" logs out, and a badge scanned at the
lock screen writes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from bvmdesk.config import Settings
from bvmdesk.db.models import User
from bvmdesk.domain.sites import SiteData
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.attendance.mark_details import MarkDetailsDialog
from bvmdesk.ui.common import reauth
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.start.lock_screen import Cover, LockDialog, LockScreen, locked_title
from bvmdesk.ui.start.recovery import NextStep
from tests.ui.conftest import ADMIN_PASSWORD, INSTRUCTOR, INSTRUCTOR_PASSWORD, activate
from tests.ui.devices import UsbScanner
from tests.ui.test_register_helpers import DAY, NOW, FakeClock, make_lesson, stored

SHOTS = Path("/tmp/a16/shots")


def _window(qtbot, services: Services, actor: Actor, clock: FakeClock) -> MainWindow:
    window = MainWindow(services, actor, Settings(), clock=clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"lock-{name}.png"))


def _idle(window: MainWindow, clock: FakeClock, minutes: float) -> bool:
    clock.advance(minutes * 60)
    return window.lock.check_idle()


def _type(edit: QLineEdit, clock: FakeClock, text: str, enter: bool = True) -> None:
    """A person types into `edit`: a key every quarter second (no scan), then Enter."""
    for char in text:
        clock.advance(0.25)
        QTest.keyClicks(edit, char)
    if enter:
        clock.advance(0.25)
        QTest.keyClick(edit, Qt.Key.Key_Return)


def _failed_attempts(services: Services, username: str) -> int:
    with sessions_of(services).read() as s:
        return s.scalars(select(User.failed_attempts).where(User.username == username)).one()


def _visible_outside_lock(window: MainWindow) -> list[QWidget]:
    """Widgets of the window that a passer-by could see, other than the lock screen, the
    status bar and the window's own frame."""
    screen, bar = window.lock.screen, window.statusBar()
    return [w for w in window.findChildren(QWidget)
            if w.isVisible() and w is not window.lock.stack
            and not (w is screen or screen.isAncestorOf(w))
            and not (w is bar or bar.isAncestorOf(w))]


def test_it_locks_after_the_idle_time_and_not_before(qtbot, services: Services,
                                                     instructor: Actor) -> None:
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    assert window.lock.watcher.minutes == 10  # the default: the site has no own setting
    assert not _idle(window, clock, 9.9)
    assert not window.lock.locked and window.stack.isVisible()
    assert _idle(window, clock, 0.1)
    assert window.lock.locked and window.lock.screen.isVisible()
    assert not window.stack.isVisible() and not window.rail.isVisible()
    assert window.lock.screen.password_edit.hasFocus()
    assert not window.lock.check_idle()  # locked once; nothing more happens


def test_input_starts_the_idle_time_again(qtbot, services: Services,
                                         instructor: Actor) -> None:
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    assert not _idle(window, clock, 8)
    QTest.keyClick(window.current_page, Qt.Key.Key_Control)
    assert not _idle(window, clock, 8)  # 8 minutes after the key, 16 after the start
    QTest.mouseMove(window.rail.buttons[1], QPoint(5, 5))
    QTest.mouseMove(window.rail.buttons[2], QPoint(6, 6))
    assert not _idle(window, clock, 9.5)
    assert _idle(window, clock, 0.5)


def test_the_lock_screen_shows_only_site_and_person(qtbot, services: Services,
                                                   instructor: Actor) -> None:
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    zoe = services.participants.find_by_badge(instructor, "BADGE0007")
    assert zoe is not None
    window.open_participant(zoe)
    qtbot.waitUntil(lambda: any("Zoë" in w.text() for w in window.findChildren(QLabel)
                                if w.isVisible()))
    title = window.windowTitle()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # at once
    assert window.lock.locked
    assert _visible_outside_lock(window) == []
    assert window.windowTitle() == locked_title()
    screen = window.lock.screen
    assert screen.site_label.text() == "Locatie Zwolle (ZWL)"
    assert screen.person_label.text() == "Ingelogd: Petra Bakker"
    assert not window.lock.lock_button.isVisible()
    assert "Ingelogd: pbakker" in window.status_label.text()  # the status bar may say so
    _shot(window, "window")
    _type(screen.password_edit, clock, INSTRUCTOR_PASSWORD)
    assert not window.lock.locked and window.windowTitle() == title
    assert window.current_page is window.participants_page and window.stack.isVisible()
    assert window.lock.lock_button.isVisible()
    window.lock.lock_button.click()  # "Vergrendelen" in the status bar
    assert window.lock.locked


def test_a_wrong_password_is_refused_and_counts_toward_the_lockout(
        qtbot, services: Services, instructor: Actor) -> None:
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    window.lock.lock()
    screen = window.lock.screen
    _type(screen.password_edit, clock, "niet-het-goede")
    assert window.lock.locked and screen.password_edit.text() == ""
    assert "onjuist" in screen.error_label.text().lower()
    assert _failed_attempts(services, INSTRUCTOR) == 1
    QTest.keyClick(screen.password_edit, Qt.Key.Key_Return)  # empty: asked, not counted
    assert screen.error_label.text() == "Typ uw wachtwoord om verder te gaan."
    assert _failed_attempts(services, INSTRUCTOR) == 1
    for _ in range(4):
        _type(screen.password_edit, clock, "nog-steeds-fout")
    _type(screen.password_edit, clock, INSTRUCTOR_PASSWORD)  # too late: the account is locked
    assert window.lock.locked
    try:
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    except ServiceError as exc:
        assert screen.error_label.text() == str(exc)
    else:
        raise AssertionError("the account should be locked")


def test_the_right_password_unlocks_and_the_register_stays_open(
        qtbot, services: Services, admin: Actor, instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    window.open_lesson(lesson_id, DAY)
    register = window.register_page
    register.table.setFocus()
    register.table.selectRow(3)
    password_clock = reauth.current()
    assert password_clock is window.password_clock
    clock.advance(6 * 60)
    assert not password_clock.fresh()
    assert _idle(window, clock, 10)
    assert not register.isVisible()
    _type(window.lock.screen.password_edit, clock, INSTRUCTOR_PASSWORD)
    assert not window.lock.locked
    assert register.isVisible() and register.register is not None
    assert register.register.lesson.id == lesson_id and register.current_row() == 3
    assert register.table.hasFocus()
    assert password_clock.fresh()  # the password was just typed: no question for 5 minutes
    assert not _idle(window, clock, 9.9)  # the idle time starts again at the unlock
    assert _idle(window, clock, 0.1)


def test_a_half_filled_dialog_is_covered_and_keeps_its_text(
        qtbot, services: Services, admin: Actor, instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    window.open_lesson(lesson_id, DAY)
    register = window.register_page
    register.table.setFocus()
    register.table.selectRow(0)
    seen: dict[str, object] = {}

    def while_the_dialog_is_open() -> None:
        dialog = register.details_dialog
        assert isinstance(dialog, MarkDetailsDialog)
        try:
            title = dialog.windowTitle()
            assert "Presentie van" in title  # a participant's name
            QTest.keyClicks(dialog.note_edit, "Kwam met de trein")
            assert _idle(window, clock, 10)
            qtbot.waitUntil(lambda: window.lock.dialog is not None
                            and window.lock.dialog.isVisible())
            lock_dialog = window.lock.dialog
            assert isinstance(lock_dialog, LockDialog)
            covers = dialog.findChildren(Cover)
            assert len(covers) == 1 and covers[0].isVisible()
            assert covers[0].geometry() == dialog.rect()
            assert dialog.windowTitle() == locked_title()
            assert QApplication.activeModalWidget() is lock_dialog
            _shot(dialog, "covered-dialog")
            _shot(lock_dialog, "lock-dialog")
            form = lock_dialog.form
            _type(form.password_edit, clock, "fout-wachtwoord")
            assert window.lock.locked and "onjuist" in form.error_label.text().lower()
            QTest.keyClick(form.password_edit, Qt.Key.Key_Escape)  # does not unlock or close
            assert lock_dialog.isVisible() and dialog.isVisible()
            _type(form.password_edit, clock, INSTRUCTOR_PASSWORD)
            assert not window.lock.locked
            seen["note"] = dialog.note_edit.text()
            seen["title"] = dialog.windowTitle() == title
            seen["covers"] = [c for c in dialog.findChildren(Cover) if c.isVisible()]
            seen["open"] = dialog.isVisible()
        finally:
            dialog.reject()

    QTimer.singleShot(0, while_the_dialog_is_open)
    register.open_details()  # exec(): returns when the timer above rejected it
    assert seen == {"note": "Kwam met de trein", "title": True, "covers": [], "open": True}
    assert stored(services, instructor, lesson_id) == {
        name: None for name in stored(services, instructor, lesson_id)}


def test_ander_account_logs_out(qtbot, services: Services, instructor: Actor) -> None:
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    assert reauth.current() is window.password_clock
    assert _idle(window, clock, 10)
    qtbot.mouseClick(window.lock.screen.other_button, Qt.MouseButton.LeftButton)
    assert window.next_step == NextStep(services.location, logout=True)
    assert not window.isVisible()
    assert reauth.current() is None  # no password clock without a login


def test_a_scan_at_the_lock_screen_writes_no_mark(qtbot, services: Services, admin: Actor,
                                                  instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    services.attendance.now = lambda: NOW
    window.register_page._now = lambda: NOW
    window.open_lesson(lesson_id, DAY)
    window.register_page.table.setFocus()
    assert _idle(window, clock, 10)
    screen = window.lock.screen
    assert QApplication.focusWidget() is screen.password_edit
    UsbScanner(clock.advance).scan("BADGE0007")  # Shift with each capital, then Enter
    assert window.lock.locked
    assert all(status is None for status in stored(services, instructor, lesson_id).values())
    assert screen.password_edit.text() == "" and "scan is niet verwerkt" in \
        screen.error_label.text()
    assert _failed_attempts(services, INSTRUCTOR) == 0  # a scan is no password attempt
    _type(screen.password_edit, clock, INSTRUCTOR_PASSWORD)
    assert QApplication.focusWidget() is window.register_page.table
    UsbScanner(clock.advance).scan("BADGE0007")  # unlocked, the same scan marks her
    assert stored(services, instructor, lesson_id)["Zoë van 't Hek"] == "te_laat"


def test_the_site_setting_sets_the_idle_time(qtbot, services: Services, admin: Actor) -> None:
    own = services.sites.local_site_id()
    assert own is not None
    services.sites.save(admin, own, SiteData("ZWL", "Zwolle", idle_lock_minutes=3))
    clock = FakeClock()
    window = _window(qtbot, services, admin, clock)
    assert window.lock.watcher.minutes == 3
    assert not _idle(window, clock, 2.9)
    assert _idle(window, clock, 0.1)
    _type(window.lock.screen.password_edit, clock, ADMIN_PASSWORD)
    # Beheer > Locaties: a new time counts at once on this PC.
    window.show_page_key("admin")
    window.admin_page.show_section("sites")
    panel = window.admin_page.panels["sites"]
    qtbot.waitUntil(lambda: panel.select(own))
    assert panel.form.idle_box.text() == "3"
    panel.form.idle_box.setValue(0)
    assert panel.form.idle_box.text() == "standaard (10 minuten)"
    panel.form.idle_box.setValue(20)
    assert panel.save() and panel.message_label.text() == "Opgeslagen."
    assert services.sites.get(admin, own).idle_lock_minutes == 20
    assert window.lock.watcher.minutes == 20
    assert not _idle(window, clock, 19.9)
    assert _idle(window, clock, 0.1)


def test_the_smoke_test_viewer_is_never_locked(qtbot, services: Services) -> None:
    clock = FakeClock()
    window = _window(qtbot, services, Actor.viewer(), clock)
    assert not window.lock.lock_button.isVisible()
    clock.advance(3600)
    window.lock.check_idle()
    assert not window.lock.locked and window.stack.isVisible()


def test_tab_stays_on_the_lock_screen(qtbot, services: Services, instructor: Actor) -> None:
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    window.lock.lock()
    screen: LockScreen = window.lock.screen
    reached = []
    for _ in range(6):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None and screen.isAncestorOf(focus)
        reached.append(focus)
    assert set(reached) == {screen.password_edit, screen.unlock_button, screen.other_button}


def test_ander_account_with_a_dialog_open_closes_it_unsaved(
        qtbot, services: Services, admin: Actor, instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    window.open_lesson(lesson_id, DAY)
    register = window.register_page
    register.table.selectRow(0)
    seen: dict[str, object] = {}

    def while_the_dialog_is_open() -> None:
        dialog = register.details_dialog
        assert isinstance(dialog, MarkDetailsDialog)
        try:
            QTest.keyClicks(dialog.note_edit, "half getypt")
            window.lock.lock()
            qtbot.waitUntil(lambda: window.lock.dialog is not None
                            and window.lock.dialog.isVisible())
            assert window.lock.dialog is not None
            window.lock.dialog.form.other_button.click()
            seen["dialog open"] = dialog.isVisible()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, while_the_dialog_is_open)
    register.open_details()
    assert seen == {"dialog open": False}
    assert window.next_step == NextStep(services.location, logout=True)
    assert not window.isVisible()
    assert all(status is None for status in stored(services, instructor, lesson_id).values())


def test_a_window_that_opens_while_locked_is_covered(qtbot, services: Services,
                                                     instructor: Actor) -> None:
    from PySide6.QtWidgets import QMessageBox

    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    window.lock.lock()
    box = QMessageBox(QMessageBox.Icon.Information, "Rapport van Zoë van 't Hek",
                      "Het rapport van Zoë van 't Hek is klaar.", parent=window)
    seen: dict[str, object] = {}

    def while_the_box_is_open() -> None:
        try:
            qtbot.waitUntil(lambda: window.lock.dialog is not None
                            and QApplication.activeModalWidget() is window.lock.dialog)
            covers = [c for c in box.findChildren(Cover) if c.isVisible()]
            seen["covered"] = len(covers) == 1 and covers[0].geometry() == box.rect()
            seen["title"] = box.windowTitle()
            assert window.lock.dialog is not None
            _type(window.lock.dialog.form.password_edit, clock, INSTRUCTOR_PASSWORD)
            seen["after"] = (window.lock.locked, box.isVisible(), box.windowTitle(),
                             [c for c in box.findChildren(Cover) if c.isVisible()])
        finally:
            box.reject()

    QTimer.singleShot(0, while_the_box_is_open)
    box.exec()  # as a background task's result would show it
    assert seen == {"covered": True, "title": locked_title(),
                    "after": (False, True, "Rapport van Zoë van 't Hek", [])}


def test_marking_the_register_by_keys_keeps_it_unlocked(
        qtbot, services: Services, admin: Actor, instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    window = _window(qtbot, services, instructor, clock)
    services.attendance.now = lambda: NOW  # during the lesson: a mark needs no reason
    window.register_page._now = lambda: NOW
    window.open_lesson(lesson_id, DAY)
    register = window.register_page
    register.table.setFocus()
    register.table.selectRow(0)
    assert not _idle(window, clock, 9)
    # The register's scanner filter takes the status key's press for itself.
    QTest.keyClick(register.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: any(stored(services, instructor, lesson_id).values()))
    assert not _idle(window, clock, 9)
    assert _idle(window, clock, 1)
