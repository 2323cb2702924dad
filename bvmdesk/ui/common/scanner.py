"""Tells a USB badge scanner from a person at the keyboard by timing (UI.md, DESIGN.md).

A scanner types every character within a few milliseconds and ends with Enter; a person
needs well over 50 ms per key. `KeystrokeClassifier` is pure (timestamps in, events out) so
that it is tested with synthetic clocks; `ScannerKeyFilter` feeds it from Qt key events.

A status key (A, L, V, Z, G, O) is held for `hold` seconds before it is applied: if more
characters follow quickly it was the start of a badge (`A123`) and no mark is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

STATUS_KEYS = "ALVZGO"
HOLD_SECONDS = 0.05  # a status key waits this long for a possible badge behind it
SCAN_GAP_SECONDS = 0.035  # at most this long between two characters of one scan
MIN_SCAN_LENGTH = 3
_ENTER = ("\r", "\n")


@dataclass(frozen=True)
class StatusKey:
    """A person pressed one status key (upper case)."""

    letter: str


@dataclass(frozen=True)
class Scan:
    """A badge was scanned (the closing Enter is swallowed)."""

    code: str


@dataclass(frozen=True)
class EnterKey:
    """A person pressed Enter (not the end of a scan)."""


@dataclass(frozen=True)
class Dropped:
    """Characters that were neither a status key nor a scan (a person typing letters)."""

    text: str


KeyEvent = StatusKey | Scan | EnterKey | Dropped


class KeystrokeClassifier:
    """Feed characters with their time; get status keys, scans and Enter presses back.

    Args:
        hold: how long a lone character waits before it is taken as a key press.
        gap: the longest pause between two characters of one scan.
        min_length: the shortest badge code.
        prefix: an optional character the scanner sends first; everything after it up to
            Enter is a badge code whatever the timing.
    """

    def __init__(self, *, hold: float = HOLD_SECONDS, gap: float = SCAN_GAP_SECONDS,
                 min_length: int = MIN_SCAN_LENGTH, prefix: str | None = None,
                 status_keys: str = STATUS_KEYS) -> None:
        self.hold = hold
        self.gap = gap
        self.min_length = min_length
        self.prefix = prefix or None
        self.status_keys = status_keys.upper()
        self._buffer = ""
        self._last_at = 0.0
        self._prefixed = False

    @property
    def pending(self) -> str:
        """The characters held back, not yet classified."""
        return self._buffer

    @property
    def busy(self) -> bool:
        return bool(self._buffer) or self._prefixed

    def deadline(self) -> float | None:
        """When the held characters are due to be classified (None: nothing held, or a
        prefixed scan that waits for its Enter)."""
        if not self._buffer or self._prefixed:
            return None
        return self._last_at + self.hold

    def feed(self, text: str, at: float) -> list[KeyEvent]:
        """One character (or Enter as "\\r") typed at time `at` (seconds, monotonic)."""
        if text in _ENTER:
            return self.enter(at)
        events = self.poll(at)
        if self._buffer and not self._prefixed and at - self._last_at > self.gap:
            events.extend(self.flush())
        if self.prefix is not None and text == self.prefix and not self._prefixed:
            events.extend(self.flush())
            self._prefixed = True
            self._last_at = at
            return events
        self._buffer += text
        self._last_at = at
        return events

    def enter(self, at: float) -> list[KeyEvent]:
        """Enter at time `at`: the end of a scan (swallowed) or a key press of its own."""
        if self._prefixed:
            code, self._buffer, self._prefixed = self._buffer, "", False
            return [Scan(code)] if code else [EnterKey()]
        if (len(self._buffer) >= self.min_length and at - self._last_at <= self.hold):
            code, self._buffer = self._buffer, ""
            return [Scan(code)]
        events = self.flush()
        events.append(EnterKey())
        return events

    def poll(self, now: float) -> list[KeyEvent]:
        """Classify the held characters when their time is up."""
        deadline = self.deadline()
        if deadline is None or now < deadline:
            return []
        return self.flush()

    def flush(self) -> list[KeyEvent]:
        """Classify the held characters now (another key came, or the page lost focus).

        A prefixed scan without its Enter is dropped."""
        text, self._buffer = self._buffer, ""
        if self._prefixed:
            self._prefixed = False
            return [Dropped(text)] if text else []
        if not text:
            return []
        if len(text) == 1 and text.upper() in self.status_keys:
            return [StatusKey(text.upper())]
        if len(text) >= self.min_length:
            return [Scan(text)]  # a scanner set up without the closing Enter
        return [Dropped(text)]


def _is_text_input(widget: QObject | None) -> bool:
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox)


class ScannerKeyFilter(QObject):
    """Watches the key presses of one window (while `active`) and reports what they mean.

    On the table and buttons the characters are held back (status keys, scans). In a text
    field the person's typing goes through as usual; a scan is taken out of the field again
    and its Enter swallowed. `clock` is injectable for tests (`QKeyEvent.timestamp()` is 0
    for synthetic events).
    """

    status_key_pressed = Signal(str)
    badge_scanned = Signal(str)
    enter_pressed = Signal()

    def __init__(self, watched: QWidget, clock: Callable[[], float] = time.monotonic,
                 prefix: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched = watched
        self.clock = clock
        self.classifier = KeystrokeClassifier(prefix=prefix)
        self._text_field: QObject | None = None  # where the held characters were typed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.active = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.active:
            app.installEventFilter(self)
            self.active = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self.active:
            app.removeEventFilter(self)
        self.active = False
        self._timer.stop()
        self._dispatch(self.classifier.flush(), self._text_field)

    def poll(self) -> None:
        """Apply what is due by the clock now (the timer calls this; tests may too)."""
        self._dispatch(self.classifier.poll(self.clock()), self._text_field)
        self._arm()

    def _arm(self) -> None:
        deadline = self.classifier.deadline()
        if deadline is None:
            self._timer.stop()
            return
        self._timer.start(max(1, int((deadline - self.clock()) * 1000) + 1))

    def _on_timer_timeout(self) -> None:
        self.poll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        window = self._watched.window()
        focus = QApplication.focusWidget()
        target = focus if focus is not None else window
        if watched is not target or window is None or not self._watched.isVisible():
            return False
        if focus is not None and focus.window() is not window:
            return False
        return self._key_pressed(event, focus)

    def _key_pressed(self, event: QKeyEvent, focus: QObject | None) -> bool:
        now = self.clock()
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        key = event.key()
        in_text = _is_text_input(focus)
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and modifiers == Qt.KeyboardModifier.NoModifier:
            events = self.classifier.enter(now)
            self._arm()
            scanned = any(isinstance(e, Scan) for e in events)
            if in_text:
                self._dispatch([e for e in events if not isinstance(e, EnterKey)], focus)
                return scanned
            self._dispatch(events, None)
            return True
        text = event.text()
        if (modifiers != Qt.KeyboardModifier.NoModifier or len(text) != 1
                or not text.isprintable() or text.isspace()):
            # Arrows, shortcuts, space (buttons): a scanner never sends these, so what is
            # held is a key press.
            self._timer.stop()
            self._dispatch(self.classifier.flush(), self._text_field)
            return False
        events = self.classifier.feed(text, now)
        self._dispatch(events, self._text_field)
        self._text_field = focus if in_text else None
        self._arm()
        return not in_text

    def _dispatch(self, events: list[KeyEvent], text_field: QObject | None) -> None:
        """Report `events`; in a text field only scans count (the person was typing)."""
        for item in events:
            if isinstance(item, Scan):
                if isinstance(text_field, QLineEdit) and text_field.text().endswith(item.code):
                    text_field.setText(text_field.text()[:-len(item.code)])
                self.badge_scanned.emit(item.code)
            elif isinstance(item, StatusKey) and text_field is None:
                self.status_key_pressed.emit(item.letter)
            elif isinstance(item, EnterKey) and text_field is None:
                self.enter_pressed.emit()
