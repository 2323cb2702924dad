"""The page of a certificate (A4 landscape): everything it states, drawn at fixed places.

Top: logo, number, title, the name (large; it shrinks to a minimum and then wraps, never
cut), date of birth, the module and its particulars. Middle: the results per work process
(a certificaat). Bottom: place and date with the signatory, the issuing organisation, the QR
with its caption, and the sentence that this is no MBO diploma.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.boxstuff import aspectRatioFix
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from bvmdesk.reports.certificate_model import (
    CertificateArt,
    CertificateDocument,
    WorkProcessResult,
)
from bvmdesk.reports.pdf.certificate_texts import (
    Words,
    hours_words,
    long_date,
    percentage,
    result_word,
    words,
)
from bvmdesk.reports.pdf.fitting import fit_lines, fitting, shrunk
from bvmdesk.reports.pdf.fonts import FONT, FONT_BOLD
from bvmdesk.reports.pdf.styles import ACCENT, FAINT, MUTED, RULE, RULE_STRONG, TEXT

PAGE = landscape(A4)
WIDTH, HEIGHT = PAGE
EDGE = 18 * mm  # left and right edge of the content
QR_SIZE = 28 * mm
QR_X = WIDTH - EDGE - QR_SIZE
QR_Y = 25 * mm
NAME_MAX, NAME_MIN, NAME_FLOOR = 28.0, 17.0, 8.0
NAME_WIDTH = WIDTH - 2 * 38 * mm
BOTTOM_TOP = 57 * mm  # the signature block starts below this
CONTENT_TOP = HEIGHT - 31 * mm  # the heading starts below this (the logo may reach lower)
TABLE_GAP = 6 * mm
_SIGNATORY_WIDTH = 80 * mm  # place, signatory and function: shrunk to stay left of the issuer
DrawQr = Callable[[Canvas, str, float, float, float], None]


def draw_page(canvas: Canvas, doc: CertificateDocument, art: CertificateArt,
              draw_code: DrawQr, *, specimen: bool = False) -> None:
    """Draw the certificate `doc` on the current page of `canvas`."""
    w = words(doc.language)
    canvas.setFillColor(TEXT)
    _frame(canvas)
    _header(canvas, doc, art, w)
    lines = _heading_lines(doc, w)
    heading = sum(line.before for line in lines)
    available = CONTENT_TOP - BOTTOM_TOP
    table: Table | None = None
    table_height = 0.0
    if doc.kind == "certificaat" and doc.results:
        table, table_height = _results(doc, w, available - heading - TABLE_GAP)
    block = heading + (TABLE_GAP + table_height if table is not None else 0.0)
    top = CONTENT_TOP - max(0.0, min((available - block) / 2, 14 * mm))
    y = _draw_lines(canvas, lines, top)
    if table is not None:
        table_width = sum(table._colWidths)  # ReportLab keeps them here
        fits = min(1.0, (y - TABLE_GAP - BOTTOM_TOP) / max(table_height, 1.0))
        canvas.saveState()
        canvas.translate((WIDTH - table_width * fits) / 2, y - TABLE_GAP - table_height * fits)
        canvas.scale(fits, fits)  # the last resort: never over the signature block
        table.drawOn(canvas, 0, 0)
        canvas.restoreState()
    _signatory(canvas, doc, art)
    _issuer(canvas, doc, w)
    _code(canvas, doc, w, draw_code)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(WIDTH / 2, 14.5 * mm, w.disclaimer)
    if specimen:
        _specimen(canvas, w)


def _frame(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.4)
    canvas.rect(8 * mm, 8 * mm, WIDTH - 16 * mm, HEIGHT - 16 * mm, stroke=1, fill=0)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.rect(10 * mm, 10 * mm, WIDTH - 20 * mm, HEIGHT - 20 * mm, stroke=1, fill=0)
    canvas.restoreState()


def _header(canvas: Canvas, doc: CertificateDocument, art: CertificateArt, w: Words) -> None:
    if art.logo:
        _image(canvas, art.logo, EDGE, HEIGHT - 36 * mm, 55 * mm, 20 * mm, anchor="nw")
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(WIDTH - EDGE, HEIGHT - 20 * mm, w.number)
    canvas.setFont(FONT_BOLD, 10)
    canvas.setFillColor(TEXT)
    canvas.drawRightString(WIDTH - EDGE, HEIGHT - 25 * mm, doc.number or "-")


@dataclass(frozen=True)
class _Line:
    """One centred line of the heading: `before` is the distance from the line above
    (baseline to baseline); an empty text with `rule` draws the rule under the name."""

    text: str
    font: str
    size: float
    color: colors.Color
    before: float
    rule: bool = False


def _heading_lines(doc: CertificateDocument, w: Words) -> list[_Line]:
    """Title, name, birth date, the module and its particulars."""
    title = w.title_certificate if doc.kind == "certificaat" else w.title_participation
    lines = [_Line(title, FONT_BOLD, 30, ACCENT, 30 * 0.8),
             _Line(w.awarded_to, FONT, 10.5, MUTED, 10 * mm)]
    size, names = fit_name(doc.full_name, NAME_WIDTH)
    for index, name in enumerate(names):
        lines.append(_Line(name, FONT_BOLD, size, TEXT, size * (1.25 if index == 0 else 1.15)))
    lines.append(_Line("", FONT, 0, RULE_STRONG, size * 0.3 + 2.5 * mm, rule=True))
    if doc.birth_date is not None:
        lines.append(_Line(w.born.format(date=long_date(doc.birth_date, doc.language)), FONT,
                           10.5, TEXT, 6.5 * mm))
    lines.append(_Line(w.passed if doc.kind == "certificaat" else w.took_part, FONT, 10.5,
                       TEXT, 5.5 * mm if doc.birth_date is not None else 6.5 * mm))
    module_size, modules = fit_lines(doc.module_name, FONT_BOLD, 17, 10, 6, NAME_WIDTH)
    for index, text in enumerate(modules):
        lines.append(_Line(text, FONT_BOLD, module_size,
                           TEXT, 8.5 * mm if index == 0 else module_size * 1.2))
    for index, particular in enumerate(_particulars(doc, w)):
        size, parts = fit_lines(particular, FONT, 9.5, 8, 5, NAME_WIDTH)
        for number, text in enumerate(parts):
            before = (6 if index == 0 else 4.6) * mm if number == 0 else size * 1.25
            lines.append(_Line(text, FONT, size, MUTED, before))
    return lines


def _draw_lines(canvas: Canvas, lines: list[_Line], top: float) -> float:
    """Draw the heading from `top` down; returns the baseline of its last line."""
    y = top
    for line in lines:
        y -= line.before
        if line.rule:
            canvas.setStrokeColor(line.color)
            canvas.setLineWidth(0.5)
            canvas.line(WIDTH / 2 - 60 * mm, y, WIDTH / 2 + 60 * mm, y)
            continue
        canvas.setFont(line.font, line.size)
        canvas.setFillColor(line.color)
        canvas.drawCentredString(WIDTH / 2, y, line.text)
    return y


def _particulars(doc: CertificateDocument, w: Words) -> list[str]:
    """The lines under the module name: programme, crebo, level and hours."""
    lines = []
    if doc.programme_name:
        lines.append(w.programme.format(name=doc.programme_name))
    facts = []
    if doc.crebo:
        facts.append(w.crebo.format(crebo=doc.crebo))
    if doc.level is not None:
        facts.append(w.level.format(level=doc.level))
    planned = hours_words(doc.planned_hours * 60, doc.language)
    if doc.kind == "certificaat":
        facts.append(w.hours_planned.format(hours=planned))
    else:
        pct = percentage(doc.attendance_pct, doc.language) if doc.attendance_pct is not None \
            else "-"
        facts.append(w.hours_attended.format(
            attended=hours_words(doc.attended_minutes, doc.language), planned=planned, pct=pct))
    lines.append("  ·  ".join(facts))
    return [line for line in lines if line]


def fit_name(name: str, width: float) -> tuple[float, list[str]]:
    """The font size and lines of `name`: one line from NAME_MAX down to NAME_MIN points,
    then two lines (split at the space that balances them best) down to NAME_FLOOR."""
    return fit_lines(name, FONT_BOLD, NAME_MAX, NAME_MIN, NAME_FLOOR, width)


def _results(doc: CertificateDocument, w: Words, available: float) -> tuple[Table, float]:
    """The table of work processes and its height: one column, or two or three side by
    side, the font shrinking until every row fits in `available` (the smallest is scaled
    down further when it is drawn)."""
    table: Table | None = None
    height = 0.0
    for columns, size in ((1, 9.0), (1, 8.0), (2, 8.0), (2, 7.5), (2, 7.0), (2, 6.5),
                          (2, 6.0), (3, 6.0), (3, 5.5), (3, 5.0)):
        table = _table(doc.results, w, columns, size)
        _, height = table.wrap(WIDTH - 2 * EDGE, available)
        if height <= available:
            break
    assert table is not None
    return table, height


def _table(rows: Sequence[WorkProcessResult], w: Words, columns: int, size: float) -> Table:
    cell = _cell_style(size, False)
    bold = _cell_style(size, True)
    head = _cell_style(size - 1, True, MUTED)
    per_column = -(-len(rows) // columns)
    width = {1: 190 * mm, 2: 125 * mm, 3: 84 * mm}[columns]
    code_w, result_w = (24 if columns < 3 else 18) * mm, (24 if columns < 3 else 18) * mm
    gap = 6 * mm
    col_widths: list[float] = []
    header: list[object] = []
    for index in range(columns):
        if index:
            col_widths.append(gap)
            header.append("")
        col_widths += [code_w, width - code_w - result_w, result_w]
        header += [Paragraph(escape(text), head) for text in w.results_head]
    data: list[list[object]] = [header]
    for line in range(per_column):
        row: list[object] = []
        for index in range(columns):
            if index:
                row.append("")
            at = index * per_column + line
            if at < len(rows):
                item = rows[at]
                row += [Paragraph(escape(item.code), cell), Paragraph(escape(item.name), cell),
                        Paragraph(escape(result_word(item.result, w)), bold)]
            else:
                row += ["", "", ""]
        data.append(row)
    table = Table(data, colWidths=col_widths, repeatRows=0)
    pad = 1.2 if size < 8 else 2.0
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    for index in range(columns):
        first = index * 4
        style += [("LINEBELOW", (first, 0), (first + 2, 0), 0.6, RULE_STRONG),
                  ("LINEBELOW", (first, 1), (first + 2, -2), 0.3, RULE)]
    table.setStyle(TableStyle(style))
    return table


@lru_cache(maxsize=32)
def _cell_style(size: float, bold: bool, color: colors.Color = TEXT) -> ParagraphStyle:
    return ParagraphStyle(f"cert-{size}-{bold}", fontName=FONT_BOLD if bold else FONT,
                          fontSize=size, leading=size * 1.22, textColor=color)


def _signatory(canvas: Canvas, doc: CertificateDocument, art: CertificateArt) -> None:
    left, line_width = 25 * mm, 75 * mm
    canvas.setFillColor(TEXT)
    place = f"{doc.place}, {long_date(doc.issued_on, doc.language)}"
    canvas.setFont(FONT, shrunk(place, FONT, 10, _SIGNATORY_WIDTH))
    canvas.drawString(left, 50 * mm, place)
    if art.signature:
        _image(canvas, art.signature, left, 31 * mm, line_width, 15 * mm, anchor="sw")
    canvas.setStrokeColor(RULE_STRONG)
    canvas.setLineWidth(0.6)
    canvas.line(left, 30 * mm, left + line_width, 30 * mm)
    canvas.setFont(FONT_BOLD, shrunk(doc.signatory_name, FONT_BOLD, 10, _SIGNATORY_WIDTH))
    canvas.drawString(left, 25.5 * mm, doc.signatory_name)
    canvas.setFont(FONT, shrunk(doc.signatory_function, FONT, 9, _SIGNATORY_WIDTH))
    canvas.setFillColor(MUTED)
    canvas.drawString(left, 21.5 * mm, doc.signatory_function)


def _issuer(canvas: Canvas, doc: CertificateDocument, w: Words) -> None:
    centre = WIDTH / 2 + 8 * mm
    lines: list[tuple[str, str, float, colors.Color]] = [
        (FONT, w.issued_by.format(organisation=doc.organisation, site=doc.site_name), 9, TEXT)]
    if doc.expires_on is not None:
        lines.append((FONT_BOLD, w.valid_until.format(
            date=long_date(doc.expires_on, doc.language)), 10, TEXT))
    if doc.supersedes:
        lines.append((FONT, w.supersedes.format(number=doc.supersedes), 9, MUTED))
    y = 42 * mm
    limit = 2 * (QR_X - 6 * mm - centre)
    for font, text, size, color in lines:
        canvas.setFont(font, fitting(text, font, size, 6.5, limit))
        canvas.setFillColor(color)
        canvas.drawCentredString(centre, y, text)
        y -= 5.5 * mm


def _code(canvas: Canvas, doc: CertificateDocument, w: Words, draw_code: DrawQr) -> None:
    right = QR_X + QR_SIZE
    if doc.qr_text:
        draw_code(canvas, doc.qr_content, QR_X, QR_Y, QR_SIZE)
    else:
        canvas.saveState()
        canvas.setStrokeColor(FAINT)
        canvas.setDash(2, 2)
        canvas.rect(QR_X, QR_Y, QR_SIZE, QR_SIZE, stroke=1, fill=0)
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(MUTED)
        for index, part in enumerate(w.specimen_code.split("\n")):
            canvas.drawCentredString(QR_X + QR_SIZE / 2, QR_Y + QR_SIZE / 2 - index * 8, part)
        canvas.restoreState()
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 7)
    canvas.drawRightString(right, QR_Y - 3.5 * mm, w.check)
    canvas.setFillColor(TEXT)
    canvas.setFont(FONT, 7.5)
    canvas.drawRightString(right, QR_Y - 7 * mm, doc.number or "-")


def _specimen(canvas: Canvas, w: Words) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.18))
    canvas.translate(WIDTH / 2, HEIGHT / 2)
    canvas.rotate(22)
    canvas.setFont(FONT_BOLD, 110)
    canvas.drawCentredString(0, -35, w.specimen)
    canvas.restoreState()


@dataclass(frozen=True)
class _Picture:
    """A logo or signature made into a PDF image once per process: a batch of 1,000 would
    otherwise decode, hash and compress the same pixels 2,000 times."""

    name: str
    image: pdfdoc.PDFImageXObject
    mask: pdfdoc.PDFImageXObject | None


@lru_cache(maxsize=8)
def _picture(content: bytes) -> _Picture | None:
    try:
        reader = ImageReader(BytesIO(content))
        reader.getSize()
    except Exception:  # any broken picture: the certificate is made without it
        return None
    name = "cert" + hashlib.sha256(content).hexdigest()[:24]
    image = pdfdoc.PDFImageXObject(name, reader, mask="auto")
    mask = getattr(image, "_smask", None)
    if mask is not None:
        del image._smask
    return _Picture(name, image, mask)


def _image(canvas: Canvas, content: bytes, x: float, y: float, width: float, height: float,
           *, anchor: str) -> None:
    """Draw the picture `content` into the box, aspect kept: what Canvas.drawImage does,
    with the image objects made once (copies per document, as each document numbers its
    own objects)."""
    picture = _picture(content)
    if picture is None:
        return
    doc = canvas._doc
    reg_name = doc.getXObjectName(picture.name)
    if doc.idToObject.get(reg_name) is None:
        image = copy.copy(picture.image)
        image.name = picture.name
        doc.Reference(image, reg_name)
        doc.addForm(picture.name, image)
        if picture.mask is not None:
            mask = copy.copy(picture.mask)
            mask_name = doc.getXObjectName(mask.name)
            image.smask = doc.Reference(mask, mask_name)
    image = doc.idToObject[reg_name]
    x, y, width, height, _ = aspectRatioFix(True, anchor, x, y, width, height, image.width,
                                            image.height)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas.addLiteral(f"/{reg_name} Do")
    canvas.restoreState()
    canvas._formsinuse.append(picture.name)
    canvas._currentPageHasImages = 1
