"""The Qt binding itself: calls that return no object must not cost Python a reference.

PySide6 6.12.0 decremented None's reference count each time a function returned a null
QObject pointer (`QApplication.focusWidget()` with no focus, `activeWindow()`, ...). The
scanner's filter asks for the focus widget on every key press, so after a few thousand key
presses CPython aborted with "deallocating None". pyproject.toml excludes that version.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_calls_returning_no_object_keep_none_alive(qapp) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        assert widget.focusWidget() is None
        QApplication.focusObject()
    assert sys.getrefcount(None) >= before - 50  # a leak costs 4,000 here
