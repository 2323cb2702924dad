"""The idle watcher: no keyboard or mouse input to the application for a site's number of
minutes (Beheer > Locaties, "Vergrendelen na") means the person left the PC.

An application event filter notes the time of every input event; a timer asks every
15 seconds whether the time is up (`check_idle`). The clock is injectable (monotonic
seconds), so tests move time and call `check_idle` instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from bvmdesk.domain.sites import DEFAULT_IDLE_LOCK_MINUTES

POLL_MS = 15_000  # the lock comes at most this much later than the idle time

# What a person does: keys, clicks, moving the mouse or a wheel, touch. Paint, timer and
# focus events are the application's own and never keep it unlocked.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits `idle_reached` once when nobody touched keyboard or mouse for `minutes`.

    After that it waits until `resume` (the window was unlocked) before it watches again.
    """

    idle_reached = Signal()

    def __init__(self, minutes: int = DEFAULT_IDLE_LOCK_MINUTES,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.last_input = clock()
        self.paused = False
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Watch the application's input from now on."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.last_input = self.clock()
        self._timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
        self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        """A new idle time (the site setting was saved); counted from the last input."""
        self.minutes = minutes

    def pause(self) -> None:
        """Locked: nothing to watch until `resume`."""
        self.paused = True

    def resume(self) -> None:
        """Unlocked: the idle time counts again from now."""
        self.paused = False
        self.last_input = self.clock()

    def idle_seconds(self) -> float:
        return self.clock() - self.last_input

    def check_idle(self) -> bool:
        """True (and `idle_reached`) when the idle time has passed; the timer calls this."""
        app = QApplication.instance()
        if app is not None and self._installed:
            # Back to the front of the application's filters: a filter installed later (a
            # page's scanner) may take a key press before this one would see it.
            app.installEventFilter(self)
        if self.paused or self.idle_seconds() < self.minutes * 60:
            return False
        self.paused = True
        self.idle_reached.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.paused:
            self.last_input = self.clock()
        return False

    def _on_timer_timeout(self) -> None:
        self.check_idle()
