"""Answering modal dialogs in a test: each one that opens gets the next scripted action."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

Action = Callable[[QWidget], None]


class DialogScript:
    """Polls for a new modal dialog and hands it to the next action, in order.

    `seen` keeps the text of each dialog it answered, for the test to check; a dialog
    nobody scripted, or an action that fails, is closed and noted in `errors` (a test
    never hangs on a modal dialog).
    """

    def __init__(self, actions: list[Action]) -> None:
        self.actions = list(actions)
        self.seen: list[str] = []
        self.errors: list[str] = []
        # The dialogs themselves, not their id(): a new dialog may get the id() of one that
        # was answered and collected (a question, then the password dialog after it).
        self._handled: list[QWidget] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or any(w is widget for w in self._handled) or not widget.isVisible():
            return
        self._handled.append(widget)
        self.seen.append(widget.text() if isinstance(widget, QMessageBox)
                         else widget.windowTitle())
        if not self.actions:
            self.errors.append(f"onverwacht venster: {self.seen[-1]}")
            self._close(widget)
            return
        try:
            self.actions.pop(0)(widget)
        except Exception as exc:  # never leave a modal dialog open: the test would hang
            self.errors.append(repr(exc))
            self._close(widget)

    @staticmethod
    def _close(widget: QWidget) -> None:
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def stop(self) -> None:
        """Stop polling and let go of the answered dialogs while Qt still has them: a
        reference kept past the test's teardown outlives the parent that deletes them (a
        segmentation fault when it is dropped at last)."""
        self.timer.stop()
        self._handled.clear()


def click(text: str) -> Action:
    """Click the button labelled `text` in the dialog."""

    def act(widget: QWidget) -> None:
        for button in widget.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"geen knop {text!r} in {widget.windowTitle()}")

    return act


def accept_box(widget: QWidget) -> None:
    """Press the default (or only) button of a message box."""
    assert isinstance(widget, QMessageBox)
    button = widget.defaultButton() or widget.buttons()[0]
    button.click()


@pytest.fixture
def answer() -> Iterator[Callable[[list[Action]], DialogScript]]:
    """`answer([click("Annuleren")])`: script the next dialogs; at the end of the test every
    script stops, and none may have met a dialog it did not expect."""
    scripts: list[DialogScript] = []

    def make(actions: list[Action]) -> DialogScript:
        for earlier in scripts:
            earlier.stop()
        scripts.append(DialogScript(actions))
        return scripts[-1]

    yield make
    for script in scripts:
        script.stop()
    errors = [e for s in scripts for e in s.errors]
    assert errors == [], errors
