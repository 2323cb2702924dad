"""The funders summary (financiersoverzicht): hours attended per funder and month, as PDF."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby

from reportlab.platypus import Flowable, KeepTogether

from bvmdesk.reports.formatting import dutch_month, dutch_period, hours_cell
from bvmdesk.reports.model import FunderRow, FundersReport, ReportMeta
from bvmdesk.reports.pdf.blocks import data_table, para, title_block
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.styles import BODY, HEADING, NOTE

TITLE = "Financiersoverzicht"
NO_FUNDER = "Geen financier"
_HEADER = ("Maand", "Deelnemers", "Uren aanwezig")
_WIDTHS: tuple[float | None, ...] = (190, 90, 100)
_ALIGN = ("left", "right", "right")


def funder_name(funder: str | None) -> str:
    """The funder as the report prints it; None is "Geen financier"."""
    return funder if funder and funder.strip() else NO_FUNDER


def month_label(month: str) -> str:
    """`2026-09` -> `september 2026`; anything else is shown unchanged."""
    try:
        year, number = (int(part) for part in month.split("-", 1))
        return dutch_month(year, number)
    except ValueError:
        return month


def by_funder(rows: Sequence[FunderRow]) -> Iterator[tuple[str | None, list[FunderRow]]]:
    """The rows per funder in report order (the report sorts them; None comes last)."""
    for funder, group in groupby(rows, key=lambda r: r.funder):
        yield funder, list(group)


def funders_pdf(report: FundersReport, meta: ReportMeta) -> bytes:
    """The funders summary as PDF: a table per funder with a subtotal, and a grand total.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()  # paragraphs look up their fonts when they are made
    period = dutch_period(report.from_date, report.to_date)
    story: list[Flowable] = title_block(TITLE, period)
    story.append(para("Aanwezige uren per financier en maand, zoals vastgelegd in het "
                      "presentieregister. Deelnemers: het aantal deelnemers van de "
                      "financier met ten minste één ingevulde les in die maand.", BODY))
    if not report.rows:
        story.append(para("Geen aanwezige uren in deze periode.", BODY))
    subtotals: list[tuple[str, int]] = []
    for funder, rows in by_funder(report.rows):
        subtotal = sum(r.attended_minutes for r in rows)
        subtotals.append((funder_name(funder), subtotal))
        body: list[list[object]] = [[month_label(r.month), str(r.participants),
                                     hours_cell(r.attended_minutes)] for r in rows]
        body.append([f"Subtotaal {funder_name(funder)}", "", hours_cell(subtotal)])
        last = len(body) - 1
        story.append(KeepTogether([
            para(funder_name(funder), HEADING),
            data_table(_HEADER, body, _WIDTHS, align=_ALIGN, bold_rows=[last],
                       total_rows=[last]),
        ]))
    if report.rows:
        body = [[name, hours_cell(minutes)] for name, minutes in subtotals]
        body.append(["Totaal alle financiers", hours_cell(sum(m for _, m in subtotals))])
        last = len(body) - 1
        story.append(KeepTogether([
            para("Totaal", HEADING),
            data_table(("Financier", "Uren aanwezig"), body, (280, 100), align=("left", "right"),
                       bold_rows=[last], total_rows=[last]),
        ]))
        story.append(para("Een deelnemer die in meer maanden les had, telt in elke maand mee; "
                          "daarom staat bij de subtotalen geen aantal deelnemers.", NOTE))
    return build_pdf(story, meta, title=TITLE, period=period,
                     subject="Aanwezige uren per financier en maand")
