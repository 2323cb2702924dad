"""The hours statement (urenverantwoording) of one participant: the proof funders ask for."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from bvmdesk.domain.hours import Minutes
from bvmdesk.reports.formatting import (
    dutch_date,
    dutch_period,
    hours_cell,
    hours_text,
    participant_type_label,
    percent_text,
    status_label,
    time_range,
    time_text,
)
from bvmdesk.reports.model import HoursDay, HoursStatement, ReportMeta
from bvmdesk.reports.pdf.blocks import (
    block_width,
    data_table,
    heading,
    info_grid,
    para,
    side_by_side,
    signature_block,
    status_paragraph,
    title_block,
)
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.styles import (
    BODY,
    BODY_BOLD,
    HEADING,
    NOTE,
    RULE_STRONG,
    SMALL,
    WIDE_CONTENT_WIDTH,
    cell_style,
)

TITLE = "Urenverantwoording"
_HEADER = ("Datum", "Groep", "Module", "Les", "Status", "Aanwezig van–tot", "Gepland",
           "Aanwezig", "Geoorloofd", "Ongeoorloofd")
_WIDTHS: tuple[float | None, ...] = (74, 74, None, 62, 100, 64, 70, 70, 70, 70)
_ALIGN = ("left", "left", "left", "left", "left", "left", "right", "right", "right", "right")
_BLANKS = ("", "", "", "", "")  # under Groep ... Aanwezig van–tot in a (sub)total row


def hours_pdf(statement: HoursStatement, meta: ReportMeta) -> bytes:
    """The hours statement of one participant as PDF, ready to be signed.

    Lists every lesson of the period with its hours, a subtotal per ISO week, the totals
    and the attendance percentage, then signature fields for the instructor and the
    praktijkopleider.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()  # paragraphs look up their fonts when they are made
    period = dutch_period(statement.from_date, statement.to_date)
    story: list[Flowable] = title_block(TITLE, period)
    story.append(info_grid(_participant_pairs(statement), columns=3, label_width=88,
                           bold_first=True, width=WIDE_CONTENT_WIDTH))
    story.append(Spacer(1, 6))
    story += heading("Lessen")
    if not statement.days:
        story.append(para("Geen lessen in deze periode.", BODY))
    rows, weeks, total_row = _rows(statement.days)
    table = data_table(_HEADER, rows, _WIDTHS, align=_ALIGN, bold_rows=[*weeks, total_row],
                       total_rows=[total_row], width=WIDE_CONTENT_WIDTH,
                       label_span=1 + len(_BLANKS))
    _mark_subtotals(table, weeks)
    story.append(table)
    if statement.days:
        story.append(para("Bij te laat en vroeg weg tellen de gemiste minuten als "
                          "ongeoorloofd afwezig.", NOTE))
    printed = f"{dutch_date(meta.printed_at)} {meta.printed_at:%H:%M}"
    gap = 60
    signer_width = block_width(2, gap, WIDE_CONTENT_WIDTH)
    # The totals stay on the page that is signed.
    closing: list[Flowable] = [
        Spacer(1, 6),
        *_totals(statement),
        Spacer(1, 6),
        para(f"Deze urenverantwoording is opgesteld uit het presentieregister van BVM Desk "
             f"({meta.organisation}, {meta.site}) op {printed}.", SMALL),
        para("Voor akkoord", HEADING),
        side_by_side([signature_block("Instructeur", statement.instructor, signer_width),
                      signature_block("Praktijkopleider", statement.trainer, signer_width)],
                     gap=gap, line_width=WIDE_CONTENT_WIDTH),
    ]
    story.append(KeepTogether(closing))
    return build_pdf(story, meta, title=f"{TITLE} {statement.name}", period=period,
                     subject=f"Urenverantwoording van {statement.name} ({statement.participant})",
                     wide=True)


def _participant_pairs(statement: HoursStatement) -> list[tuple[str, str]]:
    birth = dutch_date(statement.birth_date) if statement.birth_date else ""
    return [
        ("Deelnemer", statement.name),
        ("Nummer", statement.participant),
        ("Geboortedatum", birth),
        ("Doelgroep", participant_type_label(statement.participant_type)),
        ("Groepen", ", ".join(statement.groups)),
        ("School", statement.school or ""),
        ("Studentnummer", statement.student_number or ""),
        ("Financier", statement.funder or ""),
        ("Leerbedrijf", statement.company or ""),
        ("Praktijkopleider", statement.trainer or ""),
    ]


def _minutes(day: HoursDay) -> Minutes:
    return Minutes(day.planned_minutes, day.attended_minutes, day.excused_minutes,
                   day.unexcused_minutes, day.unmarked_minutes)


def _hours_cells(minutes: Minutes, *, bold: bool = False) -> list[object]:
    """Worded hours a size smaller, so that `187 uur 30 min` stays on one line."""
    style = cell_style("right", bold=bold, compact=True)
    return [para(hours_cell(value), style) for value in
            (minutes.planned, minutes.attended, minutes.excused, minutes.unexcused)]


def _present_between(day: HoursDay) -> str:
    """`09:15–16:00` when an arrival or departure time is known; the lesson's times fill in."""
    if day.arrival_time is None and day.departure_time is None:
        return ""
    return time_range(day.arrival_time or day.start_time, day.departure_time or day.end_time)


def _weeks(days: Sequence[HoursDay]) -> Iterator[tuple[tuple[int, int], list[HoursDay]]]:
    ordered = sorted(days, key=lambda d: (d.date, d.start_time))
    for key, group in groupby(ordered, key=lambda d: d.date.isocalendar()[:2]):
        yield (key[0], key[1]), list(group)


def _rows(days: Sequence[HoursDay]) -> tuple[list[list[object]], list[int], int]:
    """The body rows, the indexes of the week subtotals and the index of the total row."""
    rows: list[list[object]] = []
    weeks: list[int] = []
    total = Minutes()
    years = {d.date.isocalendar()[0] for d in days}
    for (year, week), week_days in _weeks(days):
        subtotal = Minutes()
        for day in week_days:
            minutes = _minutes(day)
            subtotal += minutes
            rows.append([dutch_date(day.date), day.group, day.module_name,
                         f"{time_text(day.start_time)}–{time_text(day.end_time)}",
                         status_paragraph(status_label(day.status), day.reported),
                         _present_between(day), *_hours_cells(minutes)])
        total += subtotal
        label = (f"Totaal week {week}" if len(years) == 1
                 else f"Totaal week {week} ({year})")
        weeks.append(len(rows))
        rows.append([para(label, cell_style("right", bold=True)), *_BLANKS,
                     *_hours_cells(subtotal, bold=True)])
    rows.append(["Totaal", *_BLANKS, *_hours_cells(total, bold=True)])
    return rows, weeks, len(rows) - 1


def _mark_subtotals(table: Table, weeks: Sequence[int]) -> None:
    """A week's subtotal reads as the sum under its lessons, not as a heading over the next
    ones: its label stands right beside the numbers, a rule runs above the hours, and a page
    never breaks between a week's last lesson and its subtotal."""
    first_hours = 1 + len(_BLANKS)
    commands: list[tuple[object, ...]] = []
    for index in weeks:
        row = index + 1  # the header is row 0
        commands.append(("LINEABOVE", (first_hours, row), (-1, row), 0.75, RULE_STRONG))
        commands.append(("NOSPLIT", (0, row - 1), (-1, row)))
    table.setStyle(TableStyle(commands))


def _totals(statement: HoursStatement) -> list[Flowable]:
    lessons = len(statement.days)
    lines = [f"Lessen: {lessons}. Gepland {hours_text(statement.planned_minutes)}, "
             f"aanwezig {hours_text(statement.attended_minutes)}, geoorloofd afwezig "
             f"{hours_text(statement.excused_minutes)}, ongeoorloofd afwezig "
             f"{hours_text(statement.unexcused_minutes)}."]
    if statement.unmarked_minutes:
        lines.append(f"Niet ingevuld: {hours_text(statement.unmarked_minutes)}; die uren "
                     "tellen niet mee in het percentage.")
    result = [para(line, BODY) for line in lines]
    percentage = (f"Aanwezigheid: {percent_text(statement.percentage)}%"
                  if statement.percentage is not None
                  else "Aanwezigheid: - (geen ingevulde lessen)")
    return [*result, para(percentage, BODY_BOLD)]
