"""Building blocks the reports share: titles, label/value grids, data tables, signature fields."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from bvmdesk.reports.pdf.fonts import FONT
from bvmdesk.reports.pdf.styles import (
    CELL_SIZE,
    CONTENT_WIDTH,
    HEAD_FILL,
    HEADING,
    LABEL,
    MUTED_HEX,
    NOTICE,
    RULE,
    RULE_STRONG,
    SUBTITLE,
    SUBTOTAL_FILL,
    TITLE,
    VALUE,
    VALUE_BOLD,
    cell_style,
    head_style,
)

PAD = 3.0
# Also for empty cells: otherwise ReportLab selects (and the PDF names) Helvetica.
_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT)


def esc(text: str) -> str:
    """Plain text made safe for ReportLab's paragraph markup."""
    return escape(text)


class Cell(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width: a table asks each cell for its
    size several times (row heights, the split over pages, drawing), always at the
    column's width. Long words are broken (the style's splitLongWords)."""

    _wrapped_at: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Paragraph.split drops its lines when it cannot split; then they are made again.
        if self._wrapped_at != available_width or "blPara" not in self.__dict__:
            super().wrap(available_width, available_height)
            self._wrapped_at = available_width
        return self.width, self.height


# The parsed fragments of plain texts: tables repeat the same few (`0 min`, `Aanwezig`,
# a group code), and parsing is most of the cost of making a paragraph. Fragments are
# only read once made; ReportLab itself shares them between the parts of a split.
_FRAGS: dict[tuple[str, int], list[object]] = {}
_FRAGS_MAX = 4096


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (no markup is interpreted); a line break stays one."""
    markup = esc(text).replace("\n", "<br/>")
    key = (markup, id(style))
    frags = _FRAGS.get(key)
    if frags is None:
        made = Cell(markup, style)
        if len(_FRAGS) >= _FRAGS_MAX:
            _FRAGS.clear()
        _FRAGS[key] = made.frags
        return made
    return Cell(markup, style, frags=list(frags))


def heading(text: str, *, room: float = 90) -> list[Flowable]:
    """A section heading that starts a new page unless `room` points are left under it.

    (ReportLab's keepWithNext would move a whole long table to the next page.)
    """
    return [CondPageBreak(room), para(text, HEADING)]


def title_block(title: str, subtitle: str) -> list[Flowable]:
    """The document title in the accent colour, with the period or date under it."""
    return [para(title, TITLE), para(subtitle, SUBTITLE)]


def info_grid(pairs: Sequence[tuple[str, str]], *, columns: int = 2,
              label_width: float = 75, bold_first: bool = False,
              shares: Sequence[float] | None = None, width: float = CONTENT_WIDTH) -> Table:
    """Labels and values in `columns` columns, filled top to bottom, then left to right.

    Args:
        pairs: (label, value) in reading order; an empty value shows as `-`.
        columns: how many label/value columns side by side.
        label_width: the width of each label column in points.
        bold_first: print the first value in bold (the name a page is about).
        shares: the part of the line each column takes (default: equal parts).
        width: the line width (wider on a landscape page).
    """
    per_column = -(-len(pairs) // columns) if pairs else 0
    parts = list(shares) if shares is not None else [1 / columns] * columns
    rows: list[list[object]] = []
    for line in range(per_column):
        row: list[object] = []
        for column in range(columns):
            index = column * per_column + line
            if index < len(pairs):
                label, value = pairs[index]
                style = VALUE_BOLD if bold_first and index == 0 else VALUE
                row += [para(label, LABEL), para(value or "-", style)]
            else:
                row += ["", ""]
        rows.append(row)
    if not rows:
        return Table([[""]], colWidths=[width])
    widths: list[float] = []
    for part in parts:
        widths += [label_width, width * part - label_width]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        _FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def notice(text: str, width: float = CONTENT_WIDTH) -> Table:
    """A short message in a box across the page, e.g. that a lesson is cancelled."""
    table = Table([[para(text, NOTICE)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([
        _FONT,
        ("BOX", (0, 0), (-1, -1), 1, RULE_STRONG),
        ("TOPPADDING", (0, 0), (-1, -1), 10),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return table


def resolve_widths(widths: Sequence[float | None], total: float = CONTENT_WIDTH) -> list[float]:
    """Column widths in points; the columns given as None share what the others leave."""
    fixed = sum(w for w in widths if w is not None)
    flexible = sum(1 for w in widths if w is None)
    rest = max(total - fixed, 0) / flexible if flexible else 0
    return [rest if w is None else w for w in widths]


def data_table(header: Sequence[str], rows: Sequence[Sequence[object]],
               widths: Sequence[float | None], *, align: Sequence[str] | None = None,
               bold_rows: Collection[int] = (), shaded_rows: Collection[int] = (),
               total_rows: Collection[int] = (), row_height: float | None = None,
               width: float = CONTENT_WIDTH, label_span: int = 1) -> Table:
    """A table whose header row repeats on every page it runs over.

    Args:
        header: the column titles.
        rows: the body; a str cell becomes a wrapping paragraph, anything else (a ready
            flowable) is used as it is.
        widths: points per column; None shares the rest of the line width.
        align: left, right or center per column (default: all left).
        bold_rows: body rows printed in bold (subtotals, totals).
        shaded_rows: body rows on a light grey ground (subtotals).
        total_rows: body rows with a strong rule above (totals).
        row_height: the least height of every body row (room to write or sign); a row
            with more wrapped text grows.
        width: the line width that the None widths share (wider on a landscape page).
        label_span: how many columns the first cell of a bold row may use (its label).
    """
    aligns = list(align) if align is not None else ["left"] * len(header)
    body: list[list[object]] = [[para(text, head_style(aligns[i])) for i, text in
                                 enumerate(header)]]
    for index, row in enumerate(rows):
        bold = index in bold_rows
        body.append([para(cell, cell_style(aligns[i], bold=bold)) if isinstance(cell, str)
                     else cell for i, cell in enumerate(row)])
    least = None if row_height is None else [0.0] + [row_height] * len(rows)
    table = Table(body, colWidths=resolve_widths(widths, width), minRowHeights=least,
                  repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        _FONT,
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.75, RULE_STRONG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, RULE_STRONG),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]
    for column in range(1, len(aligns)):
        if aligns[column - 1] == "right" and aligns[column] == "left":
            # keep a number clear of the text that starts right after it
            commands.append(("LEFTPADDING", (column, 0), (column, -1), 3 * PAD))
    if label_span > 1:
        commands += [("SPAN", (0, index + 1), (label_span - 1, index + 1)) for index in bold_rows]
    for index in shaded_rows:
        commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), SUBTOTAL_FILL))
    for index in total_rows:
        commands.append(("LINEABOVE", (0, index + 1), (-1, index + 1), 0.75, RULE_STRONG))
        commands.append(("LINEBELOW", (0, index + 1), (-1, index + 1), 0.75, RULE_STRONG))
    table.setStyle(TableStyle(commands))
    return table


def write_in_line(fields: Sequence[tuple[str, float]], *,
                  space_before: float = 14) -> list[Flowable]:
    """Labels each followed by an empty ruled field to write in: `Datum: ______`.

    Args:
        fields: (label, width of the field in points).
        space_before: room above the line.
    """
    cells: list[object] = []
    widths: list[float] = []
    lines: list[int] = []
    for label, width in fields:
        if cells:
            cells.append("")
            widths.append(18)
        cells += [para(label, VALUE), ""]
        widths += [stringWidth(label, FONT, VALUE.fontSize) + 6, width]
        lines.append(len(cells) - 1)
    table = Table([cells], colWidths=widths, rowHeights=[22], hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        _FONT,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    commands += [("LINEBELOW", (column, 0), (column, 0), 0.6, RULE_STRONG) for column in lines]
    table.setStyle(TableStyle(commands))
    return [Spacer(1, space_before), table]


def status_paragraph(label: str, reported: bool) -> Paragraph:
    """A status word in a table cell, with "(vooraf gemeld)" under it when reported ahead."""
    text = esc(label)
    if reported:
        text += f'<br/><font size="7" color="{MUTED_HEX}">(vooraf gemeld)</font>'
    return Paragraph(text, cell_style())


def signature_block(role: str, name: str | None, width: float) -> Table:
    """A field to sign: the role, the name (prefilled when known), a date line and a box."""
    label_width = 72
    rows: list[list[object]] = [
        [para(role, VALUE_BOLD), ""],
        [para("Naam", LABEL), para(name, VALUE) if name else ""],
        [para("Datum", LABEL), ""],
        [para("Handtekening", LABEL), ""],
        ["", ""],
    ]
    # Least heights: a long name wraps and its row grows instead of running over the date.
    table = Table(rows, colWidths=[label_width, width - label_width],
                  minRowHeights=[16, 20, 20, 14, 54], hAlign="LEFT")
    table.setStyle(TableStyle([
        _FONT,
        ("SPAN", (0, 0), (1, 0)),
        ("SPAN", (0, 4), (1, 4)),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (1, 1), (1, 2), 0.6, RULE_STRONG),
        ("BOX", (0, 4), (1, 4), 0.6, RULE_STRONG),
    ]))
    return table


def side_by_side(blocks: Sequence[Flowable], *, gap: float = 24,
                 line_width: float = CONTENT_WIDTH) -> Table:
    """Flowables next to each other, each in an equal share of the line."""
    width = block_width(len(blocks), gap, line_width)
    cells: list[object] = []
    widths: list[float] = []
    for index, block in enumerate(blocks):
        if index:
            cells.append("")
            widths.append(gap)
        cells.append(block)
        widths.append(width)
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        _FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def block_width(count: int, gap: float = 24, line_width: float = CONTENT_WIDTH) -> float:
    """The width of each of `count` blocks placed by `side_by_side`."""
    return (line_width - gap * (count - 1)) / count
