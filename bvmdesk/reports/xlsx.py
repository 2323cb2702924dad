"""Excel builders: the same report values as the PDFs, as machine-readable workbooks.

Sheet 1 holds the data (Dutch headers in row 1, one row per item); the sheet "Info" says
what the report is, for which site and period, and when it was made.
"""

from __future__ import annotations

from bvmdesk.reports.formatting import (
    dutch_date,
    dutch_period,
    participant_type_label,
    status_label,
)
from bvmdesk.reports.model import (
    AttendanceReport,
    FundersReport,
    HoursStatement,
    Presentielijst,
    ReportMeta,
    VerzuimReport,
)
from bvmdesk.reports.sheets import (
    Value,
    add_info_sheet,
    add_table_sheet,
    new_book,
    to_bytes,
    write_table,
)

ATTENDANCE_HEADERS = ("Deelnemer", "Naam", "Gepland (min)", "Aanwezig (min)",
                      "Geoorloofd (min)", "Ongeoorloofd (min)", "Niet gemarkeerd (min)",
                      "Aanwezigheid (%)")
VERZUIM_HEADERS = ("Deelnemer", "Naam", "Venster van", "Venster tot", "Ongeoorloofd (min)",
                   "Lesdagen", "Overgedragen op", "Overgedragen door", "Geboortedatum",
                   "School", "Studentnummer")
VERZUIM_LESSON_HEADERS = ("Deelnemer", "Naam", "Venster van", "Datum", "Groep", "Begintijd",
                          "Eindtijd", "Status", "Ongeoorloofd (min)")
HOURS_HEADERS = ("Datum", "Groep", "Module", "Begintijd", "Eindtijd", "Status",
                 "Vooraf gemeld", "Aankomst", "Vertrek", "Gepland (min)", "Aanwezig (min)",
                 "Geoorloofd (min)", "Ongeoorloofd (min)", "Niet gemarkeerd (min)")
FUNDERS_HEADERS = ("Financier", "Maand", "Deelnemers", "Aanwezig (min)", "Aanwezig (uren)")
PRESENTIELIJST_HEADERS = ("Groep", "Datum", "Begintijd", "Eindtijd", "Nummer", "Naam",
                          "Status", "Vooraf gemeld", "Aankomst", "Vertrek", "Les vervallen")
NO_FUNDER = "Geen financier"


def _yes_no(flag: bool) -> str:
    return "ja" if flag else "nee"


def _info(report: str, meta: ReportMeta, period: str,
          *details: tuple[str, Value]) -> list[tuple[str, Value]]:
    """The rows of the sheet "Info": the same first rows in every workbook."""
    return [("Rapport", report), ("Locatie", meta.site), ("Periode", period),
            ("Afgedrukt op", meta.printed_at.replace(second=0, microsecond=0)),
            ("Organisatie", meta.organisation), *details]


def attendance_xlsx(report: AttendanceReport, meta: ReportMeta) -> bytes:
    """The attendance overview of a group: minutes per participant (sheet "Presentie")."""
    book, sheet = new_book()
    rows: list[list[Value]] = [
        [r.participant, r.name, r.planned_minutes, r.attended_minutes, r.excused_minutes,
         r.unexcused_minutes, r.unmarked_minutes, r.percentage] for r in report.rows]
    write_table(sheet, "Presentie", ATTENDANCE_HEADERS, rows, number_formats={7: "0.0"})
    add_info_sheet(book, _info(
        f"Presentieoverzicht {report.group}", meta,
        dutch_period(report.from_date, report.to_date),
        ("Van", report.from_date), ("Tot en met", report.to_date),
        ("Groep", report.group), ("Groepsnaam", report.group_name),
        ("Module", report.module_name), ("Groepslocatie", report.location),
        ("Gehouden lessen", report.lessons),
        ("Minimum aanwezigheid (%)", report.min_attendance_pct),
    ))
    return to_bytes(book)


def verzuim_xlsx(report: VerzuimReport, meta: ReportMeta) -> bytes:
    """The verzuim signals (sheet "Verzuim") and the lessons behind them (sheet "Lessen")."""
    book, sheet = new_book()
    rows: list[list[Value]] = [
        [s.participant, s.name, s.window_start, s.window_end, s.unexcused_minutes,
         ", ".join(d.isoformat() for d in s.lesson_dates), s.handed_over_on,
         s.handed_over_by, s.birth_date, s.school, s.student_number]
        for s in report.signals]
    write_table(sheet, "Verzuim", VERZUIM_HEADERS, rows)
    lessons: list[list[Value]] = [
        [s.participant, s.name, s.window_start, lesson.date, lesson.group, lesson.start_time,
         lesson.end_time, status_label(lesson.status), lesson.unexcused_minutes]
        for s in report.signals
        for lesson in sorted(s.lessons, key=lambda x: (x.date, x.start_time))]
    add_table_sheet(book, "Lessen", VERZUIM_LESSON_HEADERS, lessons)
    add_info_sheet(book, _info(
        "Verzuimsignalen", meta, f"tot en met {dutch_date(report.as_of)}",
        ("Stand op", report.as_of),
        ("Meldgrens (min)", report.threshold_minutes),
        ("Venster (schoolweken)", report.window_weeks),
        ("Leeftijdsgrens (jonger dan)", report.age_limit),
        ("Signalen", len(report.signals)),
    ))
    return to_bytes(book)


def hours_xlsx(statement: HoursStatement, meta: ReportMeta) -> bytes:
    """The hours statement of one participant: a row per lesson (sheet "Uren").

    The totals are on the sheet "Info", so the data sheet stays one row per lesson.
    """
    book, sheet = new_book()
    days = sorted(statement.days, key=lambda d: (d.date, d.start_time))
    rows: list[list[Value]] = [
        [d.date, d.group, d.module_name, d.start_time, d.end_time, status_label(d.status),
         _yes_no(d.reported), d.arrival_time, d.departure_time, d.planned_minutes,
         d.attended_minutes, d.excused_minutes, d.unexcused_minutes, d.unmarked_minutes]
        for d in days]
    write_table(sheet, "Uren", HOURS_HEADERS, rows)
    add_info_sheet(book, _info(
        f"Urenverantwoording {statement.name}", meta,
        dutch_period(statement.from_date, statement.to_date),
        ("Van", statement.from_date), ("Tot en met", statement.to_date),
        ("Deelnemer", statement.participant), ("Naam", statement.name),
        ("Geboortedatum", statement.birth_date),
        ("Doelgroep", participant_type_label(statement.participant_type)),
        ("School", statement.school), ("Studentnummer", statement.student_number),
        ("Financier", statement.funder), ("Leerbedrijf", statement.company),
        ("Praktijkopleider", statement.trainer), ("Instructeur", statement.instructor),
        ("Groepen", ", ".join(statement.groups)),
        ("Lessen", len(statement.days)),
        ("Gepland (min)", statement.planned_minutes),
        ("Aanwezig (min)", statement.attended_minutes),
        ("Geoorloofd (min)", statement.excused_minutes),
        ("Ongeoorloofd (min)", statement.unexcused_minutes),
        ("Niet gemarkeerd (min)", statement.unmarked_minutes),
        ("Aanwezigheid (%)", statement.percentage),
    ))
    return to_bytes(book)


def funders_xlsx(report: FundersReport, meta: ReportMeta) -> bytes:
    """Attended hours per funder and month (sheet "Financiers")."""
    book, sheet = new_book()
    rows: list[list[Value]] = [
        [r.funder if r.funder and r.funder.strip() else NO_FUNDER, r.month, r.participants,
         r.attended_minutes, round(r.attended_minutes / 60, 2)] for r in report.rows]
    write_table(sheet, "Financiers", FUNDERS_HEADERS, rows, number_formats={4: "0.00"})
    total = sum(r.attended_minutes for r in report.rows)
    add_info_sheet(book, _info(
        "Financiersoverzicht", meta, dutch_period(report.from_date, report.to_date),
        ("Van", report.from_date), ("Tot en met", report.to_date),
        ("Aanwezig totaal (min)", total),
        ("Aanwezig totaal (uren)", round(total / 60, 2)),
    ))
    return to_bytes(book)


def presentielijst_xlsx(data: Presentielijst, meta: ReportMeta) -> bytes:
    """The presentielijst of a group on one date: a row per participant per lesson."""
    book, sheet = new_book()
    rows: list[list[Value]] = [
        [lesson.group, lesson.date, lesson.start_time, lesson.end_time, row.number, row.name,
         status_label(row.status), _yes_no(row.reported),
         row.arrival_time, row.departure_time, _yes_no(lesson.cancelled)]
        for lesson in data.lessons for row in lesson.rows]
    write_table(sheet, "Presentielijst", PRESENTIELIJST_HEADERS, rows)
    instructors = sorted({lesson.instructor for lesson in data.lessons if lesson.instructor})
    add_info_sheet(book, _info(
        f"Presentielijst {data.group}", meta, dutch_period(data.date, data.date),
        ("Datum", data.date),
        ("Groep", data.group),
        ("Lessen", len(data.lessons)),
        ("Instructeur", ", ".join(instructors)),
    ))
    return to_bytes(book)
