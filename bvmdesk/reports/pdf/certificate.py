"""Certificates as PDF: A4 landscape, fonts embedded, the signed code as a vector QR.

Frozen PDFs are made in ReportLab's invariant mode (no creation date, a fixed document id),
so the same document gives the same bytes. The signed code is also in the PDF's keywords, so
that `certificates verify FILE.pdf` reads it from the document itself.

Speed (a batch of 1,000): the QR of a code is encoded once (level M, a fixed mask) and its
modules turned once into PDF path operators in module units; the frozen PDF and the page of
the print PDF both draw those operators, scaled into place. No ASCII85 (useA85 = 0) and
rl_accel make the rest. The page itself is drawn by certificate_page.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from io import BytesIO
from typing import Any  # segno's stubs omit the list of (text, mode) segments

import segno
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from segno import consts

from bvmdesk.domain.certificate_code import PREFIX
from bvmdesk.reports.certificate_model import CertificateArt, CertificateDocument
from bvmdesk.reports.pdf.certificate_page import PAGE, QR_SIZE, draw_page
from bvmdesk.reports.pdf.fonts import register_fonts

__all__ = ["PAGE", "QR_SIZE", "code_in_pdf", "draw_qr", "qr_matrix", "render_certificate",
           "render_print"]

QR_BORDER = 4
KEYWORD = "bvmdesk-certificaat"
QR_CACHE = 4096
"""Codes whose QR operators are kept: more than any batch, so that the print PDF after a
batch finds every code it needs."""
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
_CODE_RE = re.compile(rb"BVM1:[0-9A-Z $%*+\-./:]+")


def qr_matrix(text: str) -> Sequence[Sequence[int]]:
    """The QR modules of `text`: level M, a fixed mask (the mask search is most of the
    encoding time, and any mask reads). The address form `ADDRESS#CODE` is two segments:
    the address in byte mode, the code after the `#` in the denser alphanumeric mode (its
    `%20` and `%25` are alphanumeric too), two QR versions smaller than one byte segment."""
    head, hash_sign, tail = text.partition("#")
    content: Any = text
    if hash_sign and tail and set(tail) <= _ALPHANUMERIC:
        content = [(head + hash_sign, consts.MODE_BYTE), (tail, consts.MODE_ALPHANUMERIC)]
    return segno.make(content, error="m", micro=False, boost_error=False, mask=1).matrix


def qr_operators(matrix: Sequence[Sequence[int]]) -> str:
    """The dark modules as PDF rectangles in module units (origin at the bottom left of the
    symbol), horizontal runs merged, filled once."""
    count = len(matrix)
    parts = []
    for row_index, row in enumerate(matrix):
        y = count - 1 - row_index
        column = 0
        width = len(row)
        while column < width:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < width and row[column]:
                column += 1
            parts.append(f"{start} {y} {column - start} 1 re")
    parts.append("f")
    return "\n".join(parts)


class _OperatorCache:
    """QR operators by code: encoded once per code, kept for the last QR_CACHE codes. A
    render process hands its operators back, so the print PDF never encodes a code again."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, tuple[str, int]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, text: str) -> tuple[str, int]:
        with self._lock:
            found = self._items.get(text)
            if found is not None:
                self._items.move_to_end(text)
                return found
        matrix = qr_matrix(text)
        value = (qr_operators(matrix), len(matrix))
        self.remember(text, value)
        return value

    def remember(self, text: str, value: tuple[str, int]) -> None:
        with self._lock:
            self._items[text] = value
            self._items.move_to_end(text)
            while len(self._items) > QR_CACHE:
                self._items.popitem(last=False)

    def cache_clear(self) -> None:
        with self._lock:
            self._items.clear()


_code_operators = _OperatorCache()


def _draw_operators(canvas: Canvas, operators: str, count: int, x: float, y: float,
                    size: float) -> None:
    module = size / (count + 2 * QR_BORDER)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x + QR_BORDER * module, y + QR_BORDER * module)
    canvas.scale(module, module)
    canvas.addLiteral(operators)
    canvas.restoreState()


def draw_qr(canvas: Canvas, matrix: Sequence[Sequence[int]], x: float, y: float,
            size: float) -> None:
    """Dark modules as merged horizontal runs in one path, with a white quiet zone."""
    _draw_operators(canvas, qr_operators(matrix), len(matrix), x, y, size)


def _draw_code(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    operators, count = _code_operators(text)
    _draw_operators(canvas, operators, count, x, y, size)


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


def render_certificate(doc: CertificateDocument, art: CertificateArt, *,
                       specimen: bool = False) -> bytes:
    """The frozen PDF of one certificate: the same document always gives the same bytes.
    `specimen`: a preview, marked VOORBEELD / SPECIMEN across the page (an empty qr_text
    draws a dashed box where the code will be)."""
    buffer = BytesIO()
    canvas = _canvas(buffer, f"{doc.number} {doc.full_name}".strip(), doc.qr_text)
    draw_page(canvas, doc, art, _draw_code, specimen=specimen)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_frozen(doc: CertificateDocument, art: CertificateArt
                  ) -> tuple[bytes, tuple[str, int]]:
    """`render_certificate`, with the QR operators it drew (for another process's cache)."""
    return render_certificate(doc, art), _code_operators(doc.qr_content)


def remember_operators(text: str, value: tuple[str, int]) -> None:
    """Keep the QR operators another process made for `text`."""
    _code_operators.remember(text, value)


PRINT_TITLE = "Certificaten"  # the title of a batch's print PDF (is_print_file)


def is_print_file(data: bytes) -> bool:
    """Whether `data` is a print PDF of a batch made by BVM Desk (no code of its own)."""
    return (b"/Creator (BVM Desk)" in data
            and f"/Title ({PRINT_TITLE})".encode("ascii") in data)


class PrintDocument:
    """The print PDF of a batch, page by page as certificates are issued."""

    def __init__(self, art: CertificateArt) -> None:
        self._art = art
        self._buffer = BytesIO()
        self._canvas = _canvas(self._buffer, PRINT_TITLE)
        self.pages = 0

    def add(self, doc: CertificateDocument) -> None:
        draw_page(self._canvas, doc, self._art, _draw_code)
        self._canvas.showPage()
        self.pages += 1

    def finish(self) -> bytes:
        self._canvas.save()
        return self._buffer.getvalue()


def render_print(docs: Iterable[CertificateDocument], art: CertificateArt) -> bytes:
    """One PDF with a page per certificate, for printing a batch."""
    document = PrintDocument(art)
    for doc in docs:
        document.add(doc)
    return document.finish()


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
