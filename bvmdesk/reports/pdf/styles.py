"""The look of every report: page geometry, the few colours and the paragraph styles."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from bvmdesk.reports.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC

PORTRAIT: tuple[float, float] = (A4[0], A4[1])
LANDSCAPE: tuple[float, float] = landscape(PORTRAIT)
MARGIN_X: float = 13 * mm
MARGIN_TOP: float = 25 * mm  # room for the running header
MARGIN_BOTTOM: float = 18 * mm  # room for the footer
CONTENT_WIDTH: float = PORTRAIT[0] - 2 * MARGIN_X
WIDE_CONTENT_WIDTH: float = LANDSCAPE[0] - 2 * MARGIN_X
"""The line width of a portrait page, and of a landscape page."""

# Black text, grey rules, one accent colour (titles only).
TEXT = colors.HexColor("#1A1A1A")
MUTED_HEX = "#5A5A5A"  # for <font color=...> in paragraphs
FAINT_HEX = "#8C8C8C"
MUTED = colors.HexColor(MUTED_HEX)
FAINT = colors.HexColor(FAINT_HEX)
RULE = colors.HexColor("#B4B4B4")
RULE_STRONG = colors.HexColor("#6E6E6E")
HEAD_FILL = colors.HexColor("#EDEDED")
SUBTOTAL_FILL = colors.HexColor("#F5F5F5")
ACCENT = colors.HexColor("#1F4E79")

BODY_SIZE = 9.5
CELL_SIZE = 8.5
HEAD_SIZE = 7

TITLE = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20, textColor=ACCENT,
                       spaceAfter=2)
SUBTITLE = ParagraphStyle("subtitle", fontName=FONT, fontSize=10, leading=13, textColor=MUTED,
                          spaceAfter=8)
HEADING = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=11, leading=14, textColor=TEXT,
                         spaceBefore=10, spaceAfter=4)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=13, textColor=TEXT,
                      spaceAfter=4)
BODY_BOLD = ParagraphStyle("body_bold", parent=BODY, fontName=FONT_BOLD)
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10.5, textColor=MUTED,
                       spaceAfter=3)
NOTE = ParagraphStyle("note", fontName=FONT_ITALIC, fontSize=8, leading=10.5, textColor=MUTED,
                      spaceBefore=6, spaceAfter=3)
NOTICE = ParagraphStyle("notice", fontName=FONT_BOLD, fontSize=15, leading=20, textColor=TEXT,
                        alignment=TA_CENTER)
LABEL = ParagraphStyle("label", fontName=FONT, fontSize=8.5, leading=11, textColor=MUTED)
VALUE = ParagraphStyle("value", fontName=FONT, fontSize=BODY_SIZE, leading=12, textColor=TEXT)
VALUE_BOLD = ParagraphStyle("value_bold", parent=VALUE, fontName=FONT_BOLD)

_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
_CELL_BASE = ParagraphStyle("cell", fontName=FONT, fontSize=CELL_SIZE, leading=10.5,
                            textColor=TEXT)
_HEAD_BASE = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=HEAD_SIZE, leading=8.5,
                            textColor=TEXT)
COMPACT_CELL_SIZE = 7.5
_cache: dict[tuple[str, str, bool, bool], ParagraphStyle] = {}


def cell_style(align: str = "left", *, bold: bool = False,
               compact: bool = False) -> ParagraphStyle:
    """The style of a table cell (`align`: left, right or center); `compact` is a size
    smaller, for a table with many columns of worded hours (`82 uur 30 min`)."""
    key = ("cell", align, bold, compact)
    if key not in _cache:
        extra = {"fontSize": COMPACT_CELL_SIZE, "leading": 9.5} if compact else {}
        _cache[key] = ParagraphStyle(f"cell-{align}-{bold}-{compact}", parent=_CELL_BASE,
                                     fontName=FONT_BOLD if bold else FONT,
                                     alignment=_ALIGN[align], **extra)
    return _cache[key]


def head_style(align: str = "left") -> ParagraphStyle:
    """The style of a table's header cell."""
    key = ("head", align, True, False)
    if key not in _cache:
        _cache[key] = ParagraphStyle(f"head-{align}", parent=_HEAD_BASE,
                                     alignment=_ALIGN[align])
    return _cache[key]
