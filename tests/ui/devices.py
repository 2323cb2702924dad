"""What real input devices send, as Qt key events: a USB badge scanner and a person.

A USB (HID) scanner is a keyboard. For a capital it sends Shift's press, the letter's press
(with Shift held, text "Z"), the letter's release and Shift's release; some scanners keep
Shift down over a run of capitals. A character that the keyboard layout puts under AltGr
comes with AltGr's press and release around it, and a layout with dead keys sends the dead
key (no text) before the composed character. Every key is pressed and released; the
characters are a few ms apart (a fast scanner) or 25-30 ms (a slow one), and the code ends
with Enter. Events go to the widget with the keyboard focus, as the window system sends
them, and pass the application's event filters like real ones.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT_GR = Qt.KeyboardModifier.GroupSwitchModifier

# Characters a layout may put under AltGr (the US-international and many European ones).
ALT_GR_CHARS = {"@": Qt.Key.Key_At, "€": Qt.Key.Key_unknown, "\\": Qt.Key.Key_Backslash}
# Characters typed with a dead key first (US-international): the dead key, then the letter.
DEAD_KEYS = {"é": Qt.Key.Key_Dead_Acute, "ë": Qt.Key.Key_Dead_Diaeresis}
SHIFTED_SYMBOLS = {"$": Qt.Key.Key_Dollar, "#": Qt.Key.Key_NumberSign, "_": Qt.Key.Key_Underscore}
PLAIN_SYMBOLS = {"-": Qt.Key.Key_Minus, ".": Qt.Key.Key_Period, "/": Qt.Key.Key_Slash}


def key_of(char: str) -> tuple[int, Qt.KeyboardModifier]:
    """The Qt key and the modifier a US/NL keyboard needs for `char`."""
    if char in ALT_GR_CHARS:
        return ALT_GR_CHARS[char], ALT_GR
    if char in SHIFTED_SYMBOLS:
        return SHIFTED_SYMBOLS[char], SHIFT
    if char in PLAIN_SYMBOLS:
        return PLAIN_SYMBOLS[char], NO
    if char in DEAD_KEYS:
        return Qt.Key.Key_E, NO
    if char.isdigit():
        return Qt.Key.Key_0 + int(char), NO
    if char.isalpha() and char.isascii():
        return Qt.Key.Key_A + (ord(char.upper()) - ord("A")), SHIFT if char.isupper() else NO
    raise ValueError(f"no key for {char!r}")


class Device:
    """Sends key events to the focused widget; the time between events passes on `clock`
    (a test's fake clock, advanced by hand) or really (`clock` None: time.sleep)."""

    def __init__(self, clock: Callable[[float], None] | None = None) -> None:
        self._advance = clock

    def wait(self, seconds: float) -> None:
        if self._advance is not None:
            self._advance(seconds)
        else:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                QCoreApplication.processEvents()
                time.sleep(0.0005)

    def send(self, kind: QEvent.Type, key: int, modifiers: Qt.KeyboardModifier,
             text: str = "") -> None:
        target: QWidget | None = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "no widget has the keyboard focus"
        event = QKeyEvent(kind, key, modifiers, text)
        QCoreApplication.sendEvent(target, event)

    def press(self, key: int, modifiers: Qt.KeyboardModifier = NO, text: str = "") -> None:
        self.send(QEvent.Type.KeyPress, key, modifiers, text)

    def release(self, key: int, modifiers: Qt.KeyboardModifier = NO, text: str = "") -> None:
        self.send(QEvent.Type.KeyRelease, key, modifiers, text)

    def stroke(self, key: int, modifier: Qt.KeyboardModifier, char: str) -> None:
        """One key pressed and released, with Shift pressed around it when it needs it."""
        if modifier == SHIFT:
            self.press(Qt.Key.Key_Shift, NO)
        self.press(key, modifier, char)
        self.release(key, modifier, char)
        if modifier == SHIFT:
            self.release(Qt.Key.Key_Shift, SHIFT)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return, NO, "\r")
        self.release(Qt.Key.Key_Return, NO, "\r")


# What a QR code holds besides key_of's characters (Base45, a web address), as a US keyboard
# types it: a scanner is a keyboard.
QR_KEYS = {" ": (Qt.Key.Key_Space, NO), "%": (Qt.Key.Key_Percent, SHIFT),
           "*": (Qt.Key.Key_Asterisk, SHIFT), "+": (Qt.Key.Key_Plus, SHIFT),
           ":": (Qt.Key.Key_Colon, SHIFT)}


class QrScanner(Device):
    """A USB scanner reading a QR code (a certificate's): every key pressed and released,
    Shift around each capital and shifted symbol, Enter at the end."""

    def scan(self, text: str) -> None:
        for char in text:
            key, modifier = QR_KEYS.get(char) or key_of(char)
            self.stroke(key, modifier, char)
        self.enter()


class UsbScanner(Device):
    """A badge scanner: `delay` seconds from one character to the next (0.003 fast, 0.028
    slow); `hold_shift` keeps Shift down over a run of capitals, as some scanners do."""

    def __init__(self, clock: Callable[[float], None] | None = None, *, delay: float = 0.003,
                 hold_shift: bool = False, enter: bool = True) -> None:
        super().__init__(clock)
        self.delay = delay
        self.hold_shift = hold_shift
        self.with_enter = enter

    def scan(self, code: str) -> None:
        shift_down = False
        for index, char in enumerate(code):
            key, modifier = key_of(char)
            if modifier == SHIFT and not shift_down:
                self.press(Qt.Key.Key_Shift, NO)
                shift_down = True
            elif modifier != SHIFT and shift_down:
                self.release(Qt.Key.Key_Shift, SHIFT)
                shift_down = False
            if modifier == ALT_GR:
                self.press(Qt.Key.Key_AltGr, NO)
            if char in DEAD_KEYS:
                self.press(DEAD_KEYS[char], NO)
                self.release(DEAD_KEYS[char], NO)
            self.press(key, modifier, char)
            self.wait(self.delay / 2)
            self.release(key, modifier, char)
            if modifier == ALT_GR:
                self.release(Qt.Key.Key_AltGr, ALT_GR)
            following = code[index + 1] if index + 1 < len(code) else ""
            keep = self.hold_shift and following and key_of(following)[1] == SHIFT
            if shift_down and not keep:
                self.release(Qt.Key.Key_Shift, SHIFT)
                shift_down = False
            self.wait(self.delay / 2)
        if self.with_enter:
            self.enter()


class Person(Device):
    """A person at the keyboard: a key, then a pause well over a scanner's."""

    def __init__(self, clock: Callable[[float], None] | None = None,
                 pause: float = 0.25) -> None:
        super().__init__(clock)
        self.pause = pause

    def type(self, text: str) -> None:
        for char in text:
            key, modifier = key_of(char)
            self.stroke(key, modifier, char)
            self.wait(self.pause)
