"""A signature pad: draw with mouse, pen or finger; the strokes are data (domain.signature).

Used for the second assessor of an assessment and, later, for sign-offs by the
praktijkopleider. The pad keeps the points as drawn (pad pixels) and hands them out as a
`Signature` (`make_signature`) or its stored text (`encode`); a stored signature is drawn
again from its strokes, scaled to the pad.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bvmdesk.domain.signature import (
    MAX_POINTS,
    MAX_STROKES,
    Signature,
    SignatureError,
    decode,
    encode,
    make_signature,
)

PAD_SIZE = QSize(420, 150)
INK = "#14213D"
LINE = "#C9D1DB"


def signature_path(signature: Signature, box: QRectF) -> QPainterPath:
    """The strokes of `signature` scaled (keeping their proportions) into `box`."""
    scale = min(box.width() / signature.width, box.height() / signature.height)
    left = box.left() + (box.width() - signature.width * scale) / 2
    top = box.top() + (box.height() - signature.height * scale) / 2
    path = QPainterPath()
    for stroke in signature.strokes:
        if not stroke:
            continue
        x, y = stroke[0]
        path.moveTo(left + x * scale, top + y * scale)
        if len(stroke) == 1:  # a dot: a tiny line, so that the pen draws it
            path.lineTo(left + x * scale + 0.5, top + y * scale)
        for x, y in stroke[1:]:
            path.lineTo(left + x * scale, top + y * scale)
    return path


class SignatureCanvas(QWidget):
    """The white area that is drawn on; `changed` after every stroke and after clearing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureCanvas")
        self.setMinimumSize(PAD_SIZE)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._strokes: list[list[tuple[float, float]]] = []
        self._shown: Signature | None = None  # a stored signature, drawn until drawn over
        self._drawing = False
        self.read_only = False

    def sizeHint(self) -> QSize:
        return PAD_SIZE

    @property
    def has_ink(self) -> bool:
        """Anything on the pad, a single dot included."""
        return bool(self._strokes) or self._shown is not None

    @property
    def strokes(self) -> list[list[tuple[float, float]]]:
        return [list(s) for s in self._strokes]

    def clear(self) -> None:
        self._strokes.clear()
        self._shown = None
        self._drawing = False
        self.update()
        self.changed.emit()

    def show_signature(self, signature: Signature | None) -> None:
        """Show a stored signature (it is what `signature()` gives until drawn over)."""
        self._strokes.clear()
        self._shown = signature
        self.update()

    def signature(self) -> Signature:
        """What is on the pad, in pad pixels (a shown stored signature as it was stored).

        Raises:
            SignatureError: too many strokes or points.
        """
        if self._shown is not None and not self._strokes:
            return self._shown
        width, height = max(self.width(), 1), max(self.height(), 1)
        return make_signature(width, height, self._strokes)

    # --- drawing -----------------------------------------------------------------------
    def _begin(self, point: QPointF) -> None:
        if self.read_only or len(self._strokes) >= MAX_STROKES:
            return
        if self._shown is not None:  # drawing starts a new signature
            self._shown = None
        self._drawing = True
        self._strokes.append([(point.x(), point.y())])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if not self._drawing or not self._strokes:
            return
        if sum(len(s) for s in self._strokes) >= MAX_POINTS:
            return
        stroke = self._strokes[-1]
        x, y = point.x(), point.y()
        last_x, last_y = stroke[-1]
        if abs(x - last_x) + abs(y - last_y) < 1.5:  # the same pixel: no new point
            return
        stroke.append((x, y))
        self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: its own events, with sub-pixel positions (touch arrives as mouse events
        through Qt's synthesis)."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        painter.setPen(QPen(QColor(LINE), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        base = self.height() - 28
        painter.drawLine(16, base, self.width() - 16, base)  # the line to sign on
        painter.setPen(QPen(QColor(INK), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        if self._shown is not None and not self._strokes:
            painter.drawPath(signature_path(self._shown, QRectF(self.rect())))
        for stroke in self._strokes:
            if len(stroke) == 1:
                x, y = stroke[0]
                painter.drawPoint(QPointF(x, y))
                continue
            path = QPainterPath(QPointF(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(x, y)
            painter.drawPath(path)
        painter.end()


class SignaturePad(QWidget):
    """The canvas with a hint and a "Wissen" button; `changed` when the drawing changes.

    `signature()` gives the drawing as data, `text()` its stored form (None while empty).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = SignatureCanvas()
        self.hint_label = QLabel(QCoreApplication.translate(
            "SignaturePad", "Teken hier met muis, pen of vinger."))
        self.hint_label.setObjectName("muted")
        self.clear_button = QPushButton(QCoreApplication.translate("SignaturePad", "Wissen"))
        self.clear_button.setObjectName("signatureClear")
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.canvas.changed.connect(self._on_canvas_changed)
        foot = QHBoxLayout()
        foot.setContentsMargins(0, 0, 0, 0)
        foot.addWidget(self.hint_label, 1)
        foot.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(foot)
        self._update_buttons()

    @property
    def is_empty(self) -> bool:
        try:
            return self.canvas.signature().is_empty
        except SignatureError:
            return False

    def signature(self) -> Signature:
        """Raises SignatureError when the drawing is too big (too many lines)."""
        return self.canvas.signature()

    def text(self) -> str | None:
        """The stored form of the drawing, or None when nothing is drawn.

        Raises:
            SignatureError: too many strokes or points.
        """
        signature = self.canvas.signature()
        return None if signature.is_empty else encode(signature)

    def set_text(self, text: str | None) -> None:
        """Show a stored signature (an unreadable one is shown as an empty pad)."""
        signature = None
        if text:
            try:
                signature = decode(text)
            except SignatureError:
                signature = None
        self.canvas.show_signature(signature)
        self._update_buttons()

    def clear(self) -> None:
        self.canvas.clear()

    def set_read_only(self, read_only: bool) -> None:
        self.canvas.read_only = read_only
        self.clear_button.setVisible(not read_only)
        self.hint_label.setVisible(not read_only)

    def _update_buttons(self) -> None:
        self.clear_button.setEnabled(self.canvas.has_ink)

    def _on_clear_button_clicked(self) -> None:
        self.clear()

    def _on_canvas_changed(self) -> None:
        self._update_buttons()
        self.changed.emit()
