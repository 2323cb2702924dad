"""A drawn signature in a PDF: the pad's strokes as vector paths, scaled into a box.

Never a bitmap: the strokes (domain.signature) are drawn again with lines, so the signature
stays sharp at any zoom and the PDF holds what was drawn, not a picture of it. Used for the
second assessor of an assessment, later for sign-offs.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from bvmdesk.domain.signature import Signature
from bvmdesk.reports.pdf.styles import RULE_STRONG, TEXT

INK_WIDTH = 1.1   # points: a ballpoint pen's line at the usual box size
_PADDING = 3.0


class SignatureDrawing(Flowable):  # type: ignore[misc]
    """`signature` scaled to fit `width` x `height` points (aspect kept, centred).

    Args:
        signature: the strokes; None or an empty signature draws only the box.
        width, height: the box in points.
        box: draw a thin frame around the box.
    """

    def __init__(self, signature: Signature | None, width: float, height: float, *,
                 box: bool = True) -> None:
        super().__init__()
        self.signature = signature
        self.width = width
        self.height = height
        self.box = box

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self.box:
            canvas.setStrokeColor(RULE_STRONG)
            canvas.setLineWidth(0.6)
            canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        if self.signature is not None and not self.signature.is_empty:
            self._draw_strokes(self.signature)
        canvas.restoreState()

    def _draw_strokes(self, signature: Signature) -> None:
        canvas = self.canv
        inner_w = max(self.width - 2 * _PADDING, 1.0)
        inner_h = max(self.height - 2 * _PADDING, 1.0)
        # Scale the drawn part, not the whole pad: a small signature in a corner of a
        # large pad still fills the box.
        xs = [x for stroke in signature.strokes for x, _ in stroke]
        ys = [y for stroke in signature.strokes for _, y in stroke]
        left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
        span_x, span_y = max(right - left, 1), max(bottom - top, 1)
        scale = min(inner_w / span_x, inner_h / span_y)
        offset_x = _PADDING + (inner_w - span_x * scale) / 2
        offset_y = _PADDING + (inner_h - span_y * scale) / 2

        def point(x: int, y: int) -> tuple[float, float]:
            # The pad counts y downwards, a PDF upwards.
            return offset_x + (x - left) * scale, offset_y + (bottom - y) * scale

        canvas.setStrokeColor(TEXT)
        canvas.setLineWidth(INK_WIDTH)
        canvas.setLineCap(1)    # round
        canvas.setLineJoin(1)   # round
        path = canvas.beginPath()
        for stroke in signature.strokes:
            if not stroke:
                continue
            x0, y0 = point(*stroke[0])
            path.moveTo(x0, y0)
            if len(stroke) == 1:  # a dot (the i's): a line of no length shows as one
                path.lineTo(x0 + 0.01, y0)
            for x, y in stroke[1:]:
                path.lineTo(*point(x, y))
        canvas.drawPath(path, stroke=1, fill=0)
