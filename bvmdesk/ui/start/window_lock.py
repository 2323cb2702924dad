"""Locking the main window (issue 16): after the site's idle time, or at once with
Ctrl+L / "Vergrendelen", nothing of the data stays visible until the same person types
their password again, or chooses "Ander account" (a clean logout).

Work in progress is left alone: the pages are only hidden behind the lock screen, an open
dialog is covered (hiding it would end it) and keeps what was typed in it. While locked an
application event filter lets keys, clicks and shortcuts reach the lock screen only, so a
badge scan or a key cannot reach a register or a covered dialog; a window that opens while
locked (a background task's result) is covered as it shows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QToolButton, QWidget

from bvmdesk.domain.sites import DEFAULT_IDLE_LOCK_MINUTES
from bvmdesk.services.accounts import WRONG_LOGIN
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common import reauth
from bvmdesk.ui.icons import icon
from bvmdesk.ui.start.idle import IdleWatcher
from bvmdesk.ui.start.lock_screen import Cover, LockDialog, LockScreen, locked_title

if TYPE_CHECKING:
    from bvmdesk.services.accounts import AccountService
    from bvmdesk.services.sites import SiteService

LOCK_SHORTCUT = "Ctrl+L"

# Input that reaches nothing but the lock screen while locked.
_BLOCKED = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut, QEvent.Type.InputMethod,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
    QEvent.Type.ToolTip, QEvent.Type.WhatsThis, QEvent.Type.DragEnter,
    QEvent.Type.DragMove, QEvent.Type.Drop, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
})
_NOT_COVERED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class WindowLock(QObject):
    """The lock of one main window: idle watcher, lock screen, covers and the filter."""

    locked_changed = Signal(bool)
    logout_requested = Signal()  # "Ander account": the window closes for a new login

    def __init__(self, window: QWidget, accounts: AccountService, sites: SiteService,
                 actor: Actor, site_text: str, *,
                 clock: Callable[[], float] = time.monotonic,
                 prefix: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._accounts = accounts
        self._sites = sites
        self._actor = actor
        self._clock = clock
        self._prefix = prefix
        self._site_text = site_text
        self._person = actor.display_name or actor.name
        # Only an account can unlock with a password (not the smoke test's viewer).
        self.enabled = actor.user_id is not None and not actor.read_only
        self.locked = False
        self.watcher = IdleWatcher(self._site_minutes(), clock, self)
        self.watcher.idle_reached.connect(self._on_watcher_idle_reached)
        self.screen = self._new_screen()
        self.stack = QStackedWidget()
        self.content: QWidget | None = None
        self.dialog: LockDialog | None = None
        self._covers: list[Cover] = []
        self._titles: list[tuple[QWidget, str]] = []
        self._focus: QWidget | None = None

        self.lock_button = QToolButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setIcon(icon("fa6s.lock"))
        self.lock_button.setText(self.tr("Vergrendelen"))
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.setAutoRaise(True)
        self.lock_button.setToolTip(self.tr("BVM Desk vergrendelen als u de pc verlaat "
                                            "({key})").format(key=LOCK_SHORTCUT))
        self.lock_button.setVisible(self.enabled)
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        # From anywhere in the application, also from a dialog that is open.
        self.shortcut = QShortcut(QKeySequence(LOCK_SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self._on_shortcut_activated)

    def _new_screen(self) -> LockScreen:
        screen = LockScreen(self._site_text, self._person, self._clock, self._prefix)
        screen.unlock_requested.connect(self._on_screen_unlock_requested)
        screen.logout_requested.connect(self._on_screen_logout_requested)
        return screen

    def wrap(self, content: QWidget) -> QStackedWidget:
        """The window's central widget: `content`, or the lock screen in its place."""
        self.content = content
        self.stack.addWidget(content)
        self.stack.addWidget(self.screen)
        self.stack.setCurrentWidget(content)
        return self.stack

    # --- watching ------------------------------------------------------------------------
    def start(self) -> None:
        if self.enabled:
            self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()
        self._unfilter()

    def _site_minutes(self) -> int:
        try:
            return self._sites.idle_lock_minutes(self._actor)
        except ServiceError:
            return DEFAULT_IDLE_LOCK_MINUTES

    def read_minutes(self, *_args: object) -> None:
        """Read the site's idle time again (Beheer > Locaties was saved)."""
        self.watcher.set_minutes(self._site_minutes())

    def check_idle(self) -> bool:
        """Lock when nobody touched keyboard or mouse for the idle time (the watcher's
        timer calls this every 15 s; tests after moving their clock)."""
        return self.watcher.check_idle()

    # --- locking -------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything behind the lock screen; what was open stays as it was."""
        if self.locked or not self.enabled:
            return
        self.locked = True
        self.watcher.pause()
        self._focus = QApplication.focusWidget()
        for _ in range(10):  # a menu or a list that was open closes
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        self._titles = []
        self._retitle(self.window)
        self.lock_button.hide()
        self.stack.setCurrentWidget(self.screen)
        self.screen.start()
        for widget in QApplication.topLevelWidgets():
            if self._coverable(widget):
                self._cover(widget)
        app = QApplication.instance()
        if app is not None:  # after the screens' scanner filters: this one runs first
            app.installEventFilter(self)
        self._arrange()
        self.locked_changed.emit(True)

    def unlock(self, password: str, screen: LockScreen | None = None) -> bool:
        """Unlock with the logged-in person's password; a wrong one counts toward the
        account's lockout like a failed login, and the screen says why."""
        if not self.locked:
            return True
        screen = screen or self.screen
        try:
            self._accounts.authenticate(self._actor.name, password)
        except ServiceError as exc:
            # The login's words name the user name too; here only the password was typed.
            screen.refuse(self.tr("Onjuist wachtwoord. Probeer het opnieuw.")
                          if str(exc) == WRONG_LOGIN else str(exc))
            return False
        self._release()
        self.stack.setCurrentWidget(self.content or self.screen)
        clock = reauth.current()
        if clock is not None:
            clock.entered()  # the password was just typed
        self.watcher.resume()
        self.lock_button.show()
        self._restore_focus()
        self.locked_changed.emit(False)
        return True

    def logout(self) -> None:
        """"Ander account": every open dialog is closed unsaved (what was stored stays),
        then `logout_requested` closes the window for a new login."""
        self._release(restore_titles=False)
        for _ in range(50):
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and self._coverable(widget):
                widget.close()
        self.logout_requested.emit()

    # --- what the lock does to the windows ------------------------------------------------
    def _coverable(self, widget: QWidget) -> bool:
        return (widget.isWindow() and widget.isVisible() and widget is not self.window
                and widget is not self.dialog and widget.windowType() not in _NOT_COVERED
                and not any(c.parentWidget() is widget for c in self._covers
                            if shiboken6.isValid(c)))

    def _cover(self, widget: QWidget) -> None:
        self._covers.append(Cover(widget))
        self._retitle(widget)

    def _retitle(self, widget: QWidget) -> None:
        self._titles.append((widget, widget.windowTitle()))
        widget.setWindowTitle(locked_title())

    def _arrange(self) -> None:
        """The form goes where the keyboard can reach it: the main window, or, while a
        modal dialog holds the keyboard, a lock window of its own above that dialog."""
        if not self.locked:
            return
        modal = QApplication.activeModalWidget()
        if modal is None or modal is self.dialog:
            target = self.dialog.form if self.dialog is not None else self.screen
            target.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            target.window().activateWindow()
            return
        if self.dialog is None:
            self.dialog = LockDialog(self._new_screen(), self.window)
        self.dialog.hide()  # shown again: the newest modal window, above `modal`
        self.dialog.locked = True
        self.dialog.form.start()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.form.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.screen.setEnabled(False)  # the keyboard is in the lock window

    def _release(self, restore_titles: bool = True) -> None:
        self._unfilter()
        self.locked = False
        if self.dialog is not None:
            self.dialog.locked = False
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.screen.setEnabled(True)
        self.screen.password_edit.clear()
        for cover in self._covers:
            if shiboken6.isValid(cover):
                cover.remove()
        self._covers = []
        if restore_titles:
            for widget, title in reversed(self._titles):
                if shiboken6.isValid(widget):
                    widget.setWindowTitle(title)
        self._titles = []

    def _restore_focus(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.activateWindow()
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unfilter(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _inside_lock(self, widget: QWidget) -> bool:
        for screen in (self.screen, self.dialog):
            if screen is not None and (screen is widget or screen.isAncestorOf(widget)):
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked:
            return False
        kind = event.type()
        if kind in _BLOCKED:
            target: QObject | None = watched
            if kind == QEvent.Type.Shortcut and not isinstance(watched, QWidget):
                target = watched.parent()  # a QShortcut or QAction: where it belongs
                if not isinstance(target, QWidget):
                    return True
            if not isinstance(target, QWidget):
                return False  # the window system's QWindow: it hands the event on
            return not self._inside_lock(target)
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        if kind == QEvent.Type.Close and watched is not self.window and \
                watched is not self.dialog:
            event.ignore()  # a covered dialog stays open (and keeps what was typed)
            return True
        if kind == QEvent.Type.Show and self._coverable(watched):
            self._cover(watched)  # opened while locked: covered before it is painted
            QTimer.singleShot(0, self._arrange)  # its modality is known after showing
        return False

    # --- slots ---------------------------------------------------------------------------
    def _on_watcher_idle_reached(self) -> None:
        self.lock()

    def _on_lock_button_clicked(self) -> None:
        self.lock()

    def _on_shortcut_activated(self) -> None:
        self.lock()

    def _on_screen_unlock_requested(self, password: str) -> None:
        sender = self.sender()
        self.unlock(password, sender if isinstance(sender, LockScreen) else None)

    def _on_screen_logout_requested(self) -> None:
        self.logout()
