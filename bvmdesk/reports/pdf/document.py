"""One A4 document frame for every report: running header, footer with page N of M, metadata."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm as _mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from bvmdesk.reports.formatting import dutch_date
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.fonts import FONT, FONT_BOLD, register_fonts
from bvmdesk.reports.pdf.styles import (
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PORTRAIT,
    RULE,
    TEXT,
)

_CREATOR = "BVM Desk"


@dataclass(frozen=True)
class PageHeader:
    """What the top of every page says: who made it (left) and what it is (right)."""

    organisation: str
    site: str
    title: str
    period: str


def build_pdf(story: Sequence[Flowable], meta: ReportMeta, *, title: str, period: str,
              subject: str = "", wide: bool = False) -> bytes:
    """Lay out `story` on A4 pages with the running header and footer; the PDF's bytes.

    Args:
        story: the flowables of the document body.
        meta: organisation, site and the moment of printing.
        title: the report's title, on every page and in the PDF metadata.
        period: the period or date the report covers, under the title on every page.
        subject: the PDF metadata subject.
        wide: landscape pages (for tables with many columns).
    """
    register_fonts()
    buffer = BytesIO()
    page_width, page_height = LANDSCAPE if wide else PORTRAIT
    doc = BaseDocTemplate(
        buffer, pagesize=(page_width, page_height), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{title} – {period}" if period else title, author=meta.organisation,
        subject=subject or title, creator=_CREATOR, producer=_CREATOR, lang="nl-NL",
        displayDocTitle=1, initialFontName=FONT, initialFontSize=9.5)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, page_width - 2 * MARGIN_X,
                  page_height - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    header = PageHeader(meta.organisation, meta.site, title, period)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=partial(_draw_header, header=header))])
    printed = f"Afgedrukt op {dutch_date(meta.printed_at)} {meta.printed_at:%H:%M}"
    doc.build(list(story), canvasmaker=partial(_NumberedCanvas, footer_text=printed))
    return buffer.getvalue()


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis where it would be wider than `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_header(canvas: Canvas, doc: BaseDocTemplate, *, header: PageHeader) -> None:
    page_width, page_height = doc.pagesize
    top = page_height - 12 * _mm
    left, right = MARGIN_X, page_width - MARGIN_X
    half = (right - left) / 2 - 6
    canvas.saveState()
    canvas.setFillColor(TEXT)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawString(left, top, fit(header.organisation, FONT_BOLD, 9, half))
    canvas.drawRightString(right, top, fit(header.title, FONT_BOLD, 9, half))
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8.5)
    canvas.drawString(left, top - 11, fit(header.site, FONT, 8.5, half))
    canvas.drawRightString(right, top - 11, fit(header.period, FONT, 8.5, half))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 17, right, top - 17)
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end so that the footer can say "Pagina N van M"."""

    def __init__(self, *args: Any, footer_text: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_text = footer_text
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        y = 10 * _mm
        left, right = MARGIN_X, self._pagesize[0] - MARGIN_X
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, y + 10, right, y + 10)
        self.setFillColor(MUTED)
        self.setFont(FONT, 8)
        self.drawString(left, y, self._footer_text)
        self.drawRightString(right, y, f"Pagina {number} van {total}")
        self.restoreState()
