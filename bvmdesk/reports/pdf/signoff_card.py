"""The aftekenkaart (A4 portrait): participant, company and trainer, the tasks with boxes to
write date, initials and signature by pen, and a QR code holding the card's code, which the
USB scanner types back when the signed card returns.

The head of the card (with the QR) is drawn on every page, so a page that gets separated
from the first still says whose card it is. Several cards make one PDF (a group): each
starts on a page of its own and counts its own pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from io import BytesIO
from typing import Any

import segno
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from bvmdesk.reports.formatting import dutch_date
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.blocks import data_table, info_grid, para
from bvmdesk.reports.pdf.document import fit
from bvmdesk.reports.pdf.fonts import FONT, FONT_BOLD, register_fonts
from bvmdesk.reports.pdf.styles import (
    ACCENT,
    BODY,
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_X,
    MUTED,
    PORTRAIT,
    RULE,
    RULE_STRONG,
    TEXT,
)
from bvmdesk.reports.signoff_model import CardSheet

TITLE = "Aftekenkaart"
INSTRUCTION = ("Teken per taak af met datum, paraaf en handtekening; geef de kaart terug aan "
               "de instructeur.")
QR_SIZE = 32 * mm            # the symbol with its quiet zone; the modules span about 26 mm
QR_BORDER = 4                # modules of quiet zone, as the QR standard asks
ROW_HEIGHT = 15 * mm         # room to write a date and sign with a pen
_HEAD_TOP = 20 * mm          # from the top of the page: where the card's head starts
_HEAD_HEIGHT = 50 * mm
_FRAME_TOP = _HEAD_TOP + _HEAD_HEIGHT + 4 * mm
_HEADER = ("Code", "Taak", "Werkproces", "Verplicht", "Datum", "Paraaf", "Handtekening")
_WIDTHS: tuple[float | None, ...] = (20 * mm, None, 22 * mm, 15 * mm, 23 * mm, 16 * mm,
                                     34 * mm)
_ALIGN = ("left", "left", "left", "center", "left", "left", "left")
_WRITE_COLUMNS = (4, 5, 6)
_PAD_Y = 2.5 + 3             # data_table's top and bottom padding
NO_TASKS = "Deze kaart heeft geen taken."


def card_pdf(cards: Sequence[CardSheet], meta: ReportMeta) -> bytes:
    """One or more aftekenkaarten as one PDF, each card on pages of its own.

    Raises:
        ValueError: no cards.
        FontMissingError: the embedded fonts are missing from the installation.
    """
    if not cards:
        raise ValueError("no cards to print")
    register_fonts()
    buffer = BytesIO()
    width, height = PORTRAIT
    first = cards[0]
    doc = BaseDocTemplate(
        buffer, pagesize=PORTRAIT, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=_FRAME_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{TITLE} {first.code}" if len(cards) == 1 else f"{TITLE}en ({len(cards)})",
        author=meta.organisation, subject=f"{TITLE} {first.workplace.participant_name}",
        creator="BVM Desk", producer="BVM Desk", lang="nl-NL", displayDocTitle=1,
        initialFontName=FONT, initialFontSize=9.5)
    templates = []
    story: list[Flowable] = []
    for index, card in enumerate(cards):
        head_height = _head_height(card)
        frame_height = height - _HEAD_TOP - head_height - 4 * mm - MARGIN_BOTTOM
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, frame_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                      id=f"body{index}")
        templates.append(PageTemplate(id=f"card{index}", frames=[frame],
                                      onPage=partial(_draw_head, card=card, meta=meta,
                                                     head_height=head_height)))
        if index:
            story += [NextPageTemplate(f"card{index}"), PageBreak()]
        story += _body(card)
    doc.addPageTemplates(templates)
    printed = f"Gedrukt op {dutch_date(meta.printed_at)} {meta.printed_at:%H:%M}"
    doc.build(story, canvasmaker=partial(_CardCanvas, footer_text=printed))
    return buffer.getvalue()


def _body(card: CardSheet) -> list[Flowable]:
    rows: list[list[object]] = []
    for task in card.tasks:
        # An empty flowable as tall as a row must be: a long description may make the row
        # taller, never shorter than there is room to sign.
        room = Spacer(1, ROW_HEIGHT - _PAD_Y)
        rows.append([task.code, task.description, task.work_process or "",
                     "ja" if task.required else "nee", "", "", room])
    if not rows:
        return [para(INSTRUCTION, BODY), Spacer(1, 4), para(NO_TASKS, BODY)]
    table = data_table(_HEADER, rows, _WIDTHS, align=_ALIGN)
    table.setStyle(TableStyle([
        ("GRID", (_WRITE_COLUMNS[0], 0), (-1, -1), 0.6, RULE_STRONG),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE_STRONG),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
    ]))
    return [para(INSTRUCTION, BODY), Spacer(1, 4), table]


_TEXT_WIDTH = CONTENT_WIDTH - QR_SIZE - 8 * mm
_GRID_TOP = 22.0             # under the title


def _head_grid(card: CardSheet) -> Table:
    place = card.workplace
    sbb = f" (SBB {place.company_sbb_id})" if place.company_sbb_id else ""
    return info_grid([
        ("Deelnemer", place.participant_name), ("Nummer", place.participant_number),
        ("Groep", place.group), ("Module", place.module),
        ("Leerbedrijf", f"{place.company or '-'}{sbb}"),
        ("Praktijkopleider", place.trainer or "-"),
    ], columns=2, label_width=82, bold_first=True, shares=(0.45, 0.55), width=_TEXT_WIDTH)


def _head_height(card: CardSheet) -> float:
    """The card's head: 50 mm, or taller when long names wrap onto more lines."""
    _, grid_height = _head_grid(card).wrap(_TEXT_WIDTH, PORTRAIT[1])
    return float(max(_HEAD_HEIGHT, _GRID_TOP + grid_height + 2 * mm))


def _draw_head(canvas: Canvas, doc: BaseDocTemplate, *, card: CardSheet,
               meta: ReportMeta, head_height: float = _HEAD_HEIGHT) -> None:
    """The running header, the card's details and its QR code."""
    canvas.saveState()
    canvas._card_code = card.code  # for the footer: pages are counted per card
    page_width, page_height = doc.pagesize
    left, right = MARGIN_X, page_width - MARGIN_X
    top = page_height - 12 * mm
    half = CONTENT_WIDTH / 2 - 6
    canvas.setFillColor(TEXT)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawString(left, top, fit(meta.organisation, FONT_BOLD, 9, half))
    canvas.drawRightString(right, top, TITLE)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8.5)
    canvas.drawString(left, top - 11, fit(meta.site, FONT, 8.5, half))
    canvas.drawRightString(right, top - 11, f"{card.code} versie {card.version}")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 17, right, top - 17)

    head_top = page_height - _HEAD_TOP
    qr_left = right - QR_SIZE
    draw_qr(canvas, card.code, qr_left, head_top - QR_SIZE, QR_SIZE)
    canvas.setFillColor(TEXT)
    canvas.setFont(FONT_BOLD, 10)
    centre = qr_left + QR_SIZE / 2
    canvas.drawCentredString(centre, head_top - QR_SIZE - 11, card.code)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 7.5)
    canvas.drawCentredString(centre, head_top - QR_SIZE - 21,
                             f"versie {card.version} van {card.printed_on:%d-%m-%Y}")

    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT_BOLD, 16)
    canvas.drawString(left, head_top - 14, TITLE)
    grid = _head_grid(card)
    _, grid_height = grid.wrapOn(canvas, _TEXT_WIDTH, head_height)
    grid.drawOn(canvas, left, head_top - _GRID_TOP - grid_height)
    canvas.setStrokeColor(RULE)
    canvas.line(left, head_top - head_height, right, head_top - head_height)
    canvas.restoreState()


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code (error level M) holding exactly `text`, as vector squares: sharp at any
    print size. `size` includes the quiet zone; (x, y) is its lower left corner."""
    symbol = segno.make(text, error="m", micro=False, boost_error=False)
    matrix = symbol.matrix
    count = len(matrix) + 2 * QR_BORDER
    module = size / count
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + QR_BORDER) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.rect(x + (start + QR_BORDER) * module, top - module,
                      (column - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class _CardCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end so that the footer can say "blad N van M" per card."""

    def __init__(self, *args: Any, footer_text: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_text = footer_text
        self._card_code = ""
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[str, int] = {}
        for state in self._pages:
            totals[state["_card_code"]] = totals.get(state["_card_code"], 0) + 1
        seen: dict[str, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            code = state["_card_code"]
            seen[code] = seen.get(code, 0) + 1
            self._draw_footer(code, seen[code], totals[code])
            super().showPage()
        super().save()

    def _draw_footer(self, code: str, number: int, total: int) -> None:
        y = 10 * mm
        left, right = MARGIN_X, self._pagesize[0] - MARGIN_X
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, y + 10, right, y + 10)
        self.setFillColor(MUTED)
        self.setFont(FONT, 8)
        self.drawString(left, y, self._footer_text)
        self.drawRightString(right, y, f"{TITLE} {code} · blad {number} van {total}")
        self.restoreState()

