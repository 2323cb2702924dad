"""Pieces of the assessment forms: boxes to tick, lines to write on, the form's head and
the blocks of the assessors."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from bvmdesk.domain.assessment import SCALE_VALUES, Scale
from bvmdesk.reports.assessment_model import FormHead, kind_label
from bvmdesk.reports.pdf.blocks import para
from bvmdesk.reports.pdf.fonts import FONT, FONT_BOLD
from bvmdesk.reports.pdf.styles import LABEL, RULE, RULE_STRONG, TEXT, VALUE, VALUE_BOLD

BOX = 8.0          # side of a tick box in points
_GAP = 3.0         # between a box and its label
_SPACE = 8.0       # between one choice and the next
SCALE_NAMES = {
    Scale.OVG: "O/V/G (onvoldoende, voldoende, goed)",
    Scale.ACCEPTABLE: "A/NA (acceptabel, niet acceptabel)",
    Scale.GRADE: "cijfer van 1,0 tot en met 10,0",
}
VALUE_WORDS = {"O": "onvoldoende", "V": "voldoende", "G": "goed", "A": "acceptabel",
               "NA": "niet acceptabel"}


def scale_of_form(form: FormHead) -> Scale:
    try:
        return Scale(form.scale)
    except ValueError:
        return Scale.OVG


def score_text(value: str | None) -> str:
    """A stored value as shown: `7.5` -> `7,5`; O/V/G and A/NA as they are."""
    if value is None:
        return "-"
    return value.replace(".", ",")


def tick_values(scale: Scale) -> tuple[str, ...]:
    """The values to tick on paper, from high to low (as the eye expects: G first)."""
    return tuple(reversed(SCALE_VALUES[scale]))


class Choices(Flowable):  # type: ignore[misc]
    """Empty boxes to tick, each with its label: `[ ] G  [ ] V  [ ] O`.

    Args:
        labels: the choices in order.
        size: the label's font size.
        bold: labels in bold.
    """

    def __init__(self, labels: Sequence[str], *, size: float = 8.5, bold: bool = False) -> None:
        super().__init__()
        self.labels = tuple(labels)
        self.size = size
        self.font = FONT_BOLD if bold else FONT
        widths = [BOX + _GAP + stringWidth(label, self.font, size) for label in self.labels]
        self.width = sum(widths) + _SPACE * max(len(widths) - 1, 0)
        self.height = max(BOX, size) + 2

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE_STRONG)
        canvas.setFillColor(TEXT)
        canvas.setLineWidth(0.6)
        canvas.setFont(self.font, self.size)
        x = 0.0
        base = 1.0
        for label in self.labels:
            canvas.rect(x, base, BOX, BOX, stroke=1, fill=0)
            x += BOX + _GAP
            canvas.drawString(x, base + 0.8, label)
            x += stringWidth(label, self.font, self.size) + _SPACE
        canvas.restoreState()


class GradeBox(Flowable):  # type: ignore[misc]
    """An empty box to write a grade in (the cijfer scale)."""

    def __init__(self, width: float = 34, height: float = 16) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE_STRONG)
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        self.canv.restoreState()


class WriteLines(Flowable):  # type: ignore[misc]
    """`count` ruled lines across the available width, to write on by hand."""

    def __init__(self, count: int = 2, spacing: float = 15) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.width = 0.0
        self.height = count * spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for index in range(self.count):
            y = index * self.spacing + 1
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


def rating_cell(scale: Scale) -> Flowable:
    """What an empty form shows to rate one criterion."""
    if scale is Scale.GRADE:
        return GradeBox()
    return Choices(tick_values(scale))


def form_pairs(form: FormHead) -> list[tuple[str, str]]:
    """The form's own facts, as label/value pairs."""
    scale = scale_of_form(form)
    return [
        ("Formulier", f"{form.code} versie {form.version}: {form.name}"),
        ("Module", form.module),
        ("Soort", kind_label(form.kind)),
        ("Schaal", SCALE_NAMES[scale]),
        ("Cesuur", form.cesuur or "-"),
        ("Verplicht", "ja, telt mee voor het certificaat" if form.required
         else "nee, telt niet mee voor het certificaat"),
    ]


def scale_legend(form: FormHead, *, paper: bool) -> str:
    """One sentence on how the scale is read (and, on paper, how to fill it in)."""
    scale = scale_of_form(form)
    if scale is Scale.GRADE:
        text = ("Per criterium een cijfer van 1,0 tot en met 10,0 (hoogstens één decimaal)."
                if paper else "Cijfers van 1,0 tot en met 10,0.")
    else:
        words = ", ".join(f"{v} = {VALUE_WORDS[v]}" for v in tick_values(scale))
        text = (f"Kruis per criterium één waarde aan: {words}." if paper
                else f"Schaal: {words}.")
    if form.reasons_required and scale is not Scale.GRADE:
        needed = " en ".join(v for v in tick_values(scale) if v in ("G", "O", "NA"))
        text += f" Bij {needed} is een toelichting verplicht."
    text += " Een kritisch criterium dat onvoldoende is, maakt het werkproces onvoldoende." \
        if scale is Scale.OVG else ""
    return text


def person_block(title: str, rows: Sequence[tuple[str, object]], width: float, *,
                 write: bool = False) -> Table:
    """An assessor: a bold title over label/value rows; a value may be a flowable.

    Args:
        write: the values are empty lines to write on (an empty form).
    """
    label_width = 78
    body: list[list[object]] = [[para(title, VALUE_BOLD), ""]]
    for label, value in rows:
        cell = para(value, VALUE) if isinstance(value, str) else value
        body.append([para(label, LABEL), cell])
    least = [16.0] + [22.0 if write and not _tall(value, width) else 0.0 for _, value in rows]
    table = Table(body, colWidths=[label_width, width - label_width], minRowHeights=least,
                  hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("SPAN", (0, 0), (1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM" if write else "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if write:
        commands += [("VALIGN", (0, index), (-1, index), "TOP")
                     for index, (_, value) in enumerate(rows, start=1)
                     if _tall(value, width)]
        commands += [("LINEBELOW", (1, index), (1, index), 0.6, RULE_STRONG)
                     for index, (_, value) in enumerate(rows, start=1) if value == ""]
    table.setStyle(TableStyle(commands))
    return table


def _tall(value: object, width: float) -> bool:
    """A flowable higher than a line to write on (a signature box)."""
    return isinstance(value, Flowable) and value.wrap(width, 0)[1] > 30
