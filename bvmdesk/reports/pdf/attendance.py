"""The attendance overview (presentieoverzicht) of a group over a period, as PDF."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from bvmdesk.domain.hours import Minutes
from bvmdesk.reports.formatting import dutch_period, hours_cell, percent_text
from bvmdesk.reports.model import AttendanceReport, AttendanceRow, ReportMeta
from bvmdesk.reports.pdf.blocks import data_table, info_grid, para, title_block
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.styles import BODY, NOTE, cell_style

TITLE = "Presentieoverzicht"
FLAG = "!"
_HEADER = ("Nummer", "Naam", "Gepland", "Aanwezig", "Geoorloofd", "Ongeoorloofd",
           "Niet ingevuld", "% aanwezig")
# Five columns of worded hours (`82 uur 30 min`) and a whole name fit on one line only a
# size smaller (styles.COMPACT_CELL_SIZE): a line per participant keeps a group on two pages.
_WIDTHS: tuple[float | None, ...] = (50, None, 59, 59, 57, 61, 59, 46)
_ALIGN = ("left", "left", "right", "right", "right", "right", "right", "right")


def below_minimum(row: AttendanceRow, minimum: int | None) -> bool:
    """True when the row has a percentage and it is under the module's minimum."""
    return minimum is not None and row.percentage is not None and row.percentage < minimum


def attendance_pdf(report: AttendanceReport, meta: ReportMeta) -> bytes:
    """The attendance overview of one group as PDF: hours per participant and a total.

    A participant under the module's minimum percentage is marked with "!" in its own
    column (never by colour alone) and counted under the table.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()  # paragraphs look up their fonts when they are made
    period = dutch_period(report.from_date, report.to_date)
    minimum = report.min_attendance_pct
    group = f"{report.group} – {report.group_name}" if report.group_name else report.group
    story: list[Flowable] = title_block(f"{TITLE} {report.group}", period)
    pairs = [("Groep", group), ("Module", report.module_name), ("Locatie", report.location),
             ("Periode", period), ("Gehouden lessen", str(report.lessons)),
             ("Deelnemers", str(len(report.rows)))]
    if minimum is not None:
        pairs.append(("Minimum", f"{minimum}% aanwezigheid"))
    story.append(info_grid(pairs, label_width=82, shares=(0.62, 0.38)))
    story.append(Spacer(1, 8))
    if not report.rows:
        story.append(para("Geen deelnemers in deze groep in deze periode.", BODY))
        return _build(story, report, meta, period)

    header = list(_HEADER)
    widths = list(_WIDTHS)
    align = list(_ALIGN)
    if minimum is not None:
        header.append(FLAG)
        widths.append(12)
        align.append("center")
    rows: list[list[object]] = []
    total = Minutes()
    for row in report.rows:
        total += Minutes(row.planned_minutes, row.attended_minutes, row.excused_minutes,
                         row.unexcused_minutes, row.unmarked_minutes)
        rows.append(_cells(row.participant, row.name, row, row.percentage, minimum,
                           below_minimum(row, minimum)))
    rows.append(_cells("", "Totaal", total, total.percentage, minimum, False, bold=True))
    last = len(rows) - 1
    story.append(data_table(header, rows, widths, align=align, bold_rows=[last],
                            total_rows=[last]))
    story.append(para("Uren over de gehouden lessen. % aanwezig = "
                      "aanwezig ÷ (gepland − niet ingevuld); '-' als er nog niets is "
                      "ingevuld.", NOTE))
    if minimum is not None:
        under = sum(1 for row in report.rows if below_minimum(row, minimum))
        story.append(para(f"{FLAG} = aanwezigheid onder het minimum van {minimum}% van de "
                          f"module. {_count(under)} onder het minimum.", BODY))
    return _build(story, report, meta, period)


def _count(n: int) -> str:
    return f"{n} deelnemer" if n == 1 else f"{n} deelnemers"


def _cells(number: str, name: str, minutes: AttendanceRow | Minutes, percentage: float | None,
           minimum: int | None, flagged: bool, *, bold: bool = False) -> list[object]:
    if isinstance(minutes, AttendanceRow):
        values = (minutes.planned_minutes, minutes.attended_minutes, minutes.excused_minutes,
                  minutes.unexcused_minutes, minutes.unmarked_minutes)
    else:
        values = (minutes.planned, minutes.attended, minutes.excused, minutes.unexcused,
                  minutes.unmarked)
    left, right = cell_style("left", bold=bold, compact=True), cell_style(
        "right", bold=bold, compact=True)
    cells: list[object] = [para(number, left), para(name, left),
                           *(para(hours_cell(v), right) for v in values),
                           para(percent_text(percentage), right)]
    if minimum is not None:
        cells.append(FLAG if flagged else "")
    return cells


def _build(story: list[Flowable], report: AttendanceReport, meta: ReportMeta,
           period: str) -> bytes:
    return build_pdf(story, meta, title=f"{TITLE} {report.group}", period=period,
                     subject=f"Presentie van groep {report.group}")
