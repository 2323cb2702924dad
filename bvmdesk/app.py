"""The GUI composition root: application, style, translations, services, dialogs, window."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from bvmdesk import APP_ID, APP_NAME, __version__, config, platform_check

if TYPE_CHECKING:
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import Services
    from bvmdesk.services.first_look import FirstLook
    from bvmdesk.ui.main_window import MainWindow
    from bvmdesk.ui.start.next_step import NextStep
    from bvmdesk.ui.start.opening import ServicesOpening


def _make_application(settings: config.Settings) -> QApplication:
    from bvmdesk.ui.i18n import install_translations
    from bvmdesk.ui.theme import apply_theme

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon_path = config.resources_dir() / "icons" / "bvmdesk.svg"
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    apply_theme(app)
    _translators.extend(install_translations(app, settings.language))
    return app


_translators: list[Any] = []  # kept alive for as long as the application runs


def _open(location: str, *, create: bool, backup: bool = True) -> Services:
    from bvmdesk.services.container import open_services

    return open_services(location, create=create, backup=backup)


def _starting_location(location: str, settings: config.Settings) -> str:
    """The location given wins; only an absent default database yields to the demo file
    that was opened last time."""
    from bvmdesk.ui.start.demo import demo_location

    default = str(config.data_dir() / config.DEFAULT_DB_NAME)
    demo = demo_location()
    if (location == default and settings.last_database == str(demo) and demo.exists()
            and not _is_set_up(default)):
        return str(demo)
    if location == default:  # our own folder: make it; a path the user gave, never
        Path(default).parent.mkdir(parents=True, exist_ok=True)
    return location


def _is_set_up(location: str) -> bool:
    """Whether the database at `location` belongs to a site (False when it cannot be read)."""
    from bvmdesk.services.first_look import first_look

    look = first_look(location)
    if look is not None:
        return look.set_up
    try:
        services = _open(location, create=False, backup=False)
    except Exception:
        return False
    try:
        return services.accounts.is_set_up()
    finally:
        services.close()


def _site_label(services: Services) -> str:
    site = services.accounts.local_site()
    return f"{site.name} ({site.code})" if site else ""


def _open_failed(exc: BaseException, location: str,
                 settings: config.Settings) -> int | NextStep | None:
    """The message (or recovery choice) for a database that did not open, as it was before
    the first dialog; None: try again."""
    from bvmdesk.services.backup_types import DatabaseDamagedError
    from bvmdesk.ui.common.messages import ask_retry, can_retry, show_error
    from bvmdesk.ui.start.recovery import ask_recovery

    if isinstance(exc, DatabaseDamagedError):
        from bvmdesk.services.container import backup_service

        return ask_recovery(None, backup_service(location, settings), [exc.detail]) or 1
    if can_retry(exc):  # busy: "Opnieuw proberen" opens it again
        return None if ask_retry(None, exc) else 1
    show_error(None, exc)
    return 1


def _log_in(opening: ServicesOpening, look: FirstLook | None) -> tuple[Services, Actor] | int:
    """The first-start dialog while the database is not set up, then the login dialog.

    Returns:
        The opened services and who logged in, or the exit code (0: the person closed a
        dialog; 1: the database did not open, `opening.error` says why).
    """
    from bvmdesk.services.first_look import FirstLook
    from bvmdesk.ui.start.opening import OpeningFailed

    try:
        if look is None:  # a server, or a file the first look could not read: wait for it
            opened = opening.wait()
            look = FirstLook(opened.accounts.is_set_up(), _site_label(opened),
                             opened.database_label)
        username = ""
        while not look.set_up:
            from bvmdesk.ui.start.demo import open_demo_database
            from bvmdesk.ui.start.first_start import CHOICE_DEMO, FirstStartDialog

            if opening.error is not None:
                return 1
            first = FirstStartDialog(opening.accounts, look.database_label)
            opening.end_on_failure(first)
            if first.exec() != QDialog.DialogCode.Accepted:
                return 1 if opening.error is not None else 0
            if first.choice == CHOICE_DEMO:
                demo = open_demo_database(None)
                if demo is not None:
                    opening.replace(demo[0])
                    username = demo[1]
            else:
                username = first.admin_username
            opened = opening.wait()
            look = FirstLook(opened.accounts.is_set_up(), _site_label(opened),
                             opened.database_label)

        from bvmdesk.ui.start.login import LoginDialog

        if opening.error is not None:
            return 1
        login = LoginDialog(opening.accounts, look.site_label, look.database_label, username)
        opening.end_on_failure(login)
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return 1 if opening.error is not None else 0
        return opening.wait(), login.actor
    except OpeningFailed:
        return 1


def _run_smoke_test(location: str, every_page: bool = False) -> int:
    """Build the real main window read-only, let the event loop settle, exit 0 (1 on error).
    With `every_page` each page is shown once first, its background work done."""
    errors: list[BaseException] = []
    try:
        from bvmdesk.services.base import Actor
        from bvmdesk.ui.main_window import MainWindow

        settings = config.Settings.load()
        app = _make_application(settings)
        sys.excepthook = lambda _kind, exc, _tb: errors.append(exc)
        services = _open(location, create=True, backup=False)
        try:
            window = MainWindow(services, Actor.viewer(), settings)
            window.show()
            app.processEvents()
            if every_page:
                _visit_every_page(app, window)
            QTimer.singleShot(50, app.quit)
            app.exec()
            window.close()
        finally:
            services.close()
    except Exception as exc:
        errors.append(exc)
    finally:
        sys.excepthook = sys.__excepthook__
    if errors:
        first = errors[0]
        print(f"bvmdesk: smoke-test mislukt: {_failure_text(first)}", file=sys.stderr)
        return 1
    return 0


def _visit_every_page(app: QApplication, window: MainWindow) -> None:
    """Show each page of `window` once and let what it starts (loading in a worker) end."""
    from PySide6.QtCore import QThreadPool

    for index in range(len(window.specs)):
        window.show_page(index)
        app.processEvents()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
    window.show_page(0)


def _failure_text(exc: BaseException) -> str:
    """The user's words for a failure: an expected one its own Dutch message, anything else
    a pointer to the log (which has the traceback); never a Python class name."""
    from bvmdesk.ui.common.messages import is_expected

    if is_expected(exc):
        return str(exc)
    from bvmdesk.logs import log_path, setup_logging

    setup_logging()
    logging.getLogger("bvmdesk.ui").error("onverwachte fout", exc_info=exc)
    return f"onverwachte fout; de details staan in {log_path()}"


def run_gui(location: str, smoke_test: bool = False, every_page: bool = False) -> int:
    """Start the desktop app on `location`; returns the exit code.

    With `smoke_test`: no dialogs, no waiting, no backup; the main window is built read-only
    and the program exits 0 once the event loop has settled (1 on any error);
    `every_page`: it shows every page once first.
    """
    if not platform_check.screen_available(os.environ):
        if not smoke_test:
            print(platform_check.NO_SCREEN_MESSAGE, file=sys.stderr)
            return 1
        # The smoke test builds the same window on Qt's offscreen platform.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if smoke_test:
        return _run_smoke_test(location, every_page)
    from bvmdesk.logs import setup_logging

    setup_logging()
    settings = config.Settings.load()
    app = _make_application(settings)
    from bvmdesk.ui.common.crash import install_crash_handler
    from bvmdesk.ui.common.messages import show_error

    install_crash_handler()
    from bvmdesk.ui.start.next_step import NextStep

    try:
        location = _starting_location(location, settings)
    except OSError as exc:
        show_error(None, exc)
        return 1
    while True:
        step = _run_session(app, location, settings)
        if not isinstance(step, NextStep):
            return step
        if step.restore is not None:
            from bvmdesk.services.container import backup_service
            from bvmdesk.ui.start.recovery import recovery_actor, restore_backup

            restore_backup(backup_service(step.location, settings),
                           step.actor or recovery_actor(), step.restore)
        location = step.location


def _run_session(app: QApplication, location: str, settings: config.Settings) -> int | NextStep:
    """Open `location`, log in and run the main window until it closes.

    The first dialog shows at once; the database opens in the background meanwhile.

    Returns:
        The exit code, or the next step: a backup to restore (the database is closed by
        now) or another database to open; then the user logs in again.
    """
    from bvmdesk.services.first_look import first_look
    from bvmdesk.ui.common.messages import show_error
    from bvmdesk.ui.start.opening import ServicesOpening

    while True:
        look = first_look(location)
        opening = ServicesOpening(lambda: _open(location, create=True))
        outcome = _log_in(opening, look)
        if opening.error is not None:
            step = _open_failed(opening.error, location, settings)
            if step is None:  # "Opnieuw proberen"
                continue
            return step
        if not isinstance(outcome, tuple):
            opening.close()
            return outcome
        services, actor = outcome
        break
    try:
        if not config.is_url(services.location):
            settings.last_database = services.location
            with contextlib.suppress(OSError):
                settings.save()

        from bvmdesk.services.backup_types import damage_message
        from bvmdesk.ui.admin.backup_schedule import BackupSchedule
        from bvmdesk.ui.main_window import MainWindow
        from bvmdesk.ui.start.recovery import ask_recovery
        from bvmdesk.ui.workers import run_task

        window = MainWindow(services, actor, settings)
        schedule = BackupSchedule(services.backups, window)
        window.attach_backup_schedule(schedule)
        window.fit_to_screen()
        window.show()
        # The login dialog had the keyboard; hand it to the window, or the shortcuts
        # (Ctrl+L, Ctrl+F) wait for a click where no window manager activates it.
        window.raise_()
        window.activateWindow()
        opened_services = services
        damaged: list[str] = []

        def on_checked(problems: list[str]) -> None:
            """After the window shows: a damaged database gets the recovery choice; a sound
            one its daily backup."""
            if not problems:
                schedule.start()
                return
            damaged.extend(problems)
            step = ask_recovery(window, opened_services.backups, problems)
            if step is None:
                window.close()
            else:
                window.close_for(step)

        def on_check_failed(exc: BaseException) -> None:
            # SQLite may also refuse the check itself on a damaged page.
            damage = damage_message(exc, location)
            if damage is None:
                show_error(window, exc)
            else:
                on_checked([damage])

        QTimer.singleShot(0, lambda: run_task(
            window, lambda _ctx: opened_services.maintenance.quick_check(), on_checked,
            on_error=on_check_failed))
        code = app.exec()
        if window.next_step is not None:
            return window.next_step
        if not damaged:
            failure = schedule.at_exit()
            if failure is not None:
                QMessageBox.warning(None, APP_NAME, QCoreApplication.translate(
                    "App", "De back-up bij het afsluiten is mislukt: {reason}").format(
                        reason=failure))
        return code
    except Exception as exc:
        show_error(None, exc)
        return 1
    finally:
        services.close()
