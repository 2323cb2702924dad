"""The signature pad: mouse drags become strokes as data, "Wissen" empties the pad."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from bvmdesk.domain.signature import decode
from bvmdesk.ui.common.signature_pad import SignaturePad


def _mouse(widget, kind, point: QPoint, buttons) -> None:
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(point), widget.mapToGlobal(QPointF(point)), button,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(widget, points: list[tuple[int, int]]) -> None:
    """A press, moves with the button held and a release, as a mouse sends them."""
    left = Qt.MouseButton.LeftButton
    first = QPoint(*points[0])
    _mouse(widget, QMouseEvent.Type.MouseButtonPress, first, left)
    for x, y in points[1:]:
        _mouse(widget, QMouseEvent.Type.MouseMove, QPoint(x, y), left)
    _mouse(widget, QMouseEvent.Type.MouseButtonRelease, QPoint(*points[-1]),
           Qt.MouseButton.NoButton)


def _pad(qtbot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(440, 200)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_drags_make_a_signature_and_wissen_empties_it(qtbot):
    pad = _pad(qtbot)
    assert pad.is_empty and pad.text() is None
    assert not pad.clear_button.isEnabled()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        drag(pad.canvas, [(20, 100), (40, 80), (60, 110), (80, 70)])
    drag(pad.canvas, [(120, 90), (150, 95), (200, 60)])
    assert not pad.is_empty
    text = pad.text()
    assert text is not None
    signature = decode(text)
    assert len(signature.strokes) == 2
    assert signature.strokes[0] == ((20, 100), (40, 80), (60, 110), (80, 70))
    assert (signature.width, signature.height) == (pad.canvas.width(), pad.canvas.height())
    assert pad.clear_button.isEnabled()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty and pad.text() is None
    assert not pad.clear_button.isEnabled()


def test_a_tap_is_no_signature(qtbot):
    pad = _pad(qtbot)
    drag(pad.canvas, [(50, 50)])
    assert pad.is_empty and pad.text() is None
    assert pad.clear_button.isEnabled()  # the dot can be wiped


def test_a_stored_signature_is_shown_and_kept_until_drawn_over(qtbot):
    pad = _pad(qtbot)
    drag(pad.canvas, [(10, 10), (100, 100)])
    stored = pad.text()
    other = _pad(qtbot)
    other.set_text(stored)
    assert other.text() == stored
    image = other.canvas.grab().toImage()
    inked = [image.pixelColor(x, x).name() for x in range(20, 90, 10)]
    assert all(colour != "#ffffff" for colour in inked)  # the line is drawn again
    drag(other.canvas, [(200, 20), (220, 40)])
    assert decode(other.text()).strokes == (((200, 20), (220, 40)),)


def test_read_only_pad_ignores_drawing(qtbot):
    pad = _pad(qtbot)
    pad.set_read_only(True)
    drag(pad.canvas, [(10, 10), (100, 100)])
    assert pad.is_empty
    assert not pad.clear_button.isVisible()
