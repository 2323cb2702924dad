"""Tells a USB badge scanner from a person at the keyboard by timing (UI.md, DESIGN.md).

A scanner types every character within a few milliseconds and ends with Enter; a person
needs well over 50 ms per key. `KeystrokeClassifier` is pure (timestamps in, events out) so
that it is tested with synthetic clocks; `ScannerKeyFilter` feeds it from Qt key events.

A status key (A, L, V, Z, G, O) is held for `hold` seconds before it is applied: if more
characters follow quickly it was the start of a badge (`A123`) and no mark is written.

A scanner types like a keyboard, modifiers included: a capital comes as Shift press, the
letter (with Shift held), the letter's release and Shift's release; a layout may need AltGr
or a dead key for a character. Those key presses carry no text and are not keys a person
means, so they never end or split a scan (issue 9: `ZW12345` was taken as Z + `W12345`).
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
# At most this long between two characters of one scan: a slow scanner types a character
# every 25-30 ms, a person's fastest deliberate key presses are 60 ms or more apart.
SCAN_GAP_SECONDS = 0.045
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


# Keys that only change what the next key types: they carry no text of their own and never
# end a scan. Dead keys (an accent waiting for its letter) lie in one range of Qt.Key.
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Meta, Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R,
    Qt.Key.Key_Mode_switch, Qt.Key.Key_Multi_key, Qt.Key.Key_Codeinput,
    Qt.Key.Key_unknown,
})
_DEAD_KEYS = range(Qt.Key.Key_Dead_Grave.value, Qt.Key.Key_Dead_Longsolidusoverlay.value + 1)
# Modifiers that belong to typing a character, not to a shortcut.
_TYPING_MODIFIERS = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
                     | Qt.KeyboardModifier.GroupSwitchModifier)
_ALT_GR_AS_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def is_modifier_key(key: int) -> bool:
    """Shift, AltGr, a dead key and the like: a key that only shapes the next character."""
    return key in _MODIFIER_KEYS or key in _DEAD_KEYS


def typed_text(event: QKeyEvent) -> str | None:
    """The printable characters a key press types, or None for a shortcut or a control key.

    Shift, AltGr (X11's group switch, or Ctrl+Alt as Windows reports it) and the keypad
    type characters; Ctrl, Alt or Meta alone make a shortcut. Space is a key (it presses
    buttons), never part of a badge."""
    text = event.text()
    if not text or not all(ch.isprintable() and not ch.isspace() for ch in text):
        return None
    modifiers = event.modifiers() & ~_TYPING_MODIFIERS
    if modifiers in (Qt.KeyboardModifier.NoModifier, _ALT_GR_AS_CTRL_ALT):
        return text
    return None


class ScannerKeyFilter(QObject):
    """Watches the key presses of one window (while `active`) and reports what they mean:
    the one scanner component of the app, for every page and dialog that takes a badge.

    With `hold_keys` (the register) characters typed outside a text field are held back
    and become status keys or scans. Without it (Deelnemers, Vandaag, a participant picker)
    every key goes through as usual and only a scan is taken out: its characters are removed
    from the text field they went into and its Enter is swallowed. In a text field the
    person's typing always goes through. `clock` is injectable for tests
    (`QKeyEvent.timestamp()` is 0 for synthetic events); with a real device the gap between
    two characters is taken from the events' own timestamps, so that a busy GUI thread does
    not split a scan.
    """

    status_key_pressed = Signal(str)
    badge_scanned = Signal(str)
    enter_pressed = Signal()

    def __init__(self, watched: QWidget, clock: Callable[[], float] = time.monotonic,
                 prefix: str | None = None, parent: QObject | None = None, *,
                 hold_keys: bool = True, status_keys: str = STATUS_KEYS) -> None:
        super().__init__(parent)
        self._watched = watched
        self.clock = clock
        self.hold_keys = hold_keys
        self.classifier = KeystrokeClassifier(
            prefix=prefix, status_keys=status_keys if hold_keys else "")
        self._text_field: QObject | None = None  # where the held characters were typed
        self._device_time: tuple[int, float] | None = None  # last event timestamp, its time
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.active = False

    def install(self) -> None:
        """Start listening (the owner's showEvent calls this, its hideEvent `remove`)."""
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
        own = self._watched
        window = own.window()
        focus = QApplication.focusWidget()
        target = focus if focus is not None else window
        if watched is not target or window is None or not own.isVisible():
            return False
        if focus is not None and focus.window() is not window:
            return False
        return self._key_pressed(event, focus)

    def _now(self, event: QKeyEvent) -> float:
        """The time of `event`: the clock, or, for a real device, the previous key's time
        plus the gap between the two events' timestamps (never later than the clock)."""
        now = self.clock()
        stamp = event.timestamp()
        if stamp and self._device_time is not None:
            last_stamp, last_at = self._device_time
            if 0 <= stamp - last_stamp < 1000:
                now = min(now, last_at + (stamp - last_stamp) / 1000)
        self._device_time = (stamp, now) if stamp else None
        return now

    def _key_pressed(self, event: QKeyEvent, focus: QObject | None) -> bool:
        key = event.key()
        if is_modifier_key(key):
            return False  # Shift before a capital, AltGr, a dead key: part of what follows
        now = self._now(event)
        in_text = _is_text_input(focus)
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        modifiers = event.modifiers() & ~_TYPING_MODIFIERS
        if enter and modifiers == Qt.KeyboardModifier.NoModifier:
            events = self.classifier.enter(now)
            self._arm()
            scanned = any(isinstance(e, Scan) for e in events)
            if in_text or not self.hold_keys:
                self._dispatch([e for e in events if not isinstance(e, EnterKey)],
                               focus if in_text else None)
                return scanned
            self._dispatch(events, None)
            return True
        text = typed_text(event)
        if text is None:
            # Arrows, shortcuts, space (buttons): a scanner never sends these, so what is
            # held is a key press.
            self._timer.stop()
            self._dispatch(self.classifier.flush(), self._text_field)
            return False
        typed: list[KeyEvent] = []
        for char in text:
            typed += self.classifier.feed(char, now)
        self._dispatch(typed, self._text_field)
        self._text_field = focus if in_text else None
        self._arm()
        return self.hold_keys and not in_text

    def _dispatch(self, events: list[KeyEvent], text_field: QObject | None) -> None:
        """Report `events`; in a text field only scans count (the person was typing)."""
        for item in events:
            if isinstance(item, Scan):
                if isinstance(text_field, QLineEdit):
                    self._take_out(text_field, item.code)
                self.badge_scanned.emit(item.code)
            elif isinstance(item, StatusKey) and text_field is None:
                self.status_key_pressed.emit(item.letter)
            elif isinstance(item, EnterKey) and text_field is None:
                self.enter_pressed.emit()

    def _take_out(self, field: QLineEdit, code: str) -> None:
        """Remove a scanned code (and the prefix before it) from the end of a text field."""
        text = field.text()
        if not text.endswith(code):
            return
        text = text[:-len(code)]
        prefix = self.classifier.prefix
        if prefix and text.endswith(prefix):
            text = text[:-len(prefix)]
        field.setText(text)
