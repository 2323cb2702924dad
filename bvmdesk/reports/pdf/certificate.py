"""Certificates as PDF: A4 landscape, fonts embedded, the signed code as a vector QR.

Frozen PDFs are made in ReportLab's invariant mode (no creation date, a fixed document id),
so the same document gives the same bytes. The signed code is also in the PDF's keywords, so
that `certificates verify FILE.pdf` reads it from the document itself.

(First version: the layout is plain; see the certificates issue for what it grows into.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from io import BytesIO

import segno
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bvmdesk.domain.certificate_code import PREFIX
from bvmdesk.reports.certificate_model import CertificateArt, CertificateDocument
from bvmdesk.reports.pdf.fonts import FONT, FONT_BOLD, register_fonts

PAGE = landscape(A4)
QR_SIZE = 28 * mm
QR_BORDER = 4
KEYWORD = "bvmdesk-certificaat"
_CODE_RE = re.compile(rb"BVM1:[0-9A-Z $%*+\-./:]+")


def qr_matrix(text: str) -> Sequence[Sequence[int]]:
    """The QR modules of `text`: level M, a fixed mask (the mask search is most of the
    encoding time, and any mask reads)."""
    return segno.make(text, error="m", micro=False, boost_error=False, mask=1).matrix


def draw_qr(canvas: Canvas, matrix: Sequence[Sequence[int]], x: float, y: float,
            size: float) -> None:
    """Dark modules as merged horizontal runs in one path, with a white quiet zone."""
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
        width = len(row)
        while column < width:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < width and row[column]:
                column += 1
            path.rect(x + (start + QR_BORDER) * module, top - module,
                      (column - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _draw_page(canvas: Canvas, doc: CertificateDocument, art: CertificateArt) -> None:
    del art  # the first version draws no artwork
    width, height = PAGE
    title = "Certificaat" if doc.kind == "certificaat" else "Bewijs van deelname"
    canvas.setFont(FONT_BOLD, 30)
    canvas.drawCentredString(width / 2, height - 50 * mm, title)
    canvas.setFont(FONT, 24)
    canvas.drawCentredString(width / 2, height - 75 * mm, doc.full_name)
    canvas.setFont(FONT, 14)
    canvas.drawCentredString(width / 2, height - 90 * mm, f"{doc.module_code} {doc.module_name}")
    canvas.drawCentredString(width / 2, height - 100 * mm,
                             f"{doc.organisation}, {doc.place}, {doc.issued_on.isoformat()}")
    canvas.setFont(FONT, 10)
    canvas.drawString(20 * mm, 20 * mm, f"Nummer {doc.number}. Dit is een certificaat van de "
                      "BVM en geen mbo-diploma of mbo-certificaat.")
    draw_qr(canvas, qr_matrix(doc.qr_text), width - 20 * mm - QR_SIZE, 15 * mm, QR_SIZE)


def _canvas(buffer: BytesIO, title: str, code: str = "") -> Canvas:
    register_fonts()
    rl_config.useA85 = 0
    canvas = Canvas(buffer, pagesize=PAGE, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("BVM Desk")
    canvas.setCreator("BVM Desk")
    if code:
        canvas.setKeywords(f"{KEYWORD} {code}")
    return canvas


def render_certificate(doc: CertificateDocument, art: CertificateArt) -> bytes:
    """The frozen PDF of one certificate: the same document always gives the same bytes."""
    buffer = BytesIO()
    canvas = _canvas(buffer, f"{doc.number} {doc.full_name}", doc.qr_text)
    _draw_page(canvas, doc, art)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_print(docs: Iterable[CertificateDocument], art: CertificateArt) -> bytes:
    """One PDF with a page per certificate, for printing a batch."""
    buffer = BytesIO()
    canvas = _canvas(buffer, "Certificaten")
    for doc in docs:
        _draw_page(canvas, doc, art)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def code_in_pdf(data: bytes) -> str | None:
    """The signed code a BVM Desk certificate PDF carries in its keywords, or None."""
    marker = data.find(KEYWORD.encode("ascii"))
    if marker < 0:
        return None
    found = _CODE_RE.search(data, marker)
    if found is None:
        return None
    text = found.group().decode("ascii")
    return text if text.startswith(PREFIX) else None
