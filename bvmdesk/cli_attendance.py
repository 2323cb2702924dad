"""The command line for attendance reports: `report attendance` and `report verzuim`.

"Today" is Europe/Amsterdam's date, or `BVMDESK_TODAY` (YYYY-MM-DD) when set (for tests):
see `bvmdesk.services.attendance_common.report_today`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bvmdesk.services.attendance_types import AttendanceReport, VerzuimReport

Handler = Callable[[argparse.Namespace], int]

ATTENDANCE_HEADERS = ("Deelnemer", "Naam", "Gepland (min)", "Aanwezig (min)",
                      "Geoorloofd (min)", "Ongeoorloofd (min)", "Niet gemarkeerd (min)",
                      "Aanwezigheid (%)")
VERZUIM_HEADERS = ("Deelnemer", "Naam", "Venster van", "Venster tot", "Ongeoorloofd (min)",
                   "Lesdagen")


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `report attendance|verzuim` to `bvmdesk`'s subparsers; returns the handler."""
    from bvmdesk.cli import _iso_date, _Parser

    report = subparsers.add_parser("report", help="rapporten: presentie en verzuim")
    rsub = report.add_subparsers(dest="report", required=True, parser_class=_Parser)

    attendance = rsub.add_parser("attendance", help="presentieminuten per deelnemer van een "
                                 "groep")
    attendance.add_argument("--group", required=True, metavar="CODE")
    attendance.add_argument("--from", dest="from_date", type=_iso_date, metavar="JJJJ-MM-DD")
    attendance.add_argument("--to", dest="to_date", type=_iso_date, metavar="JJJJ-MM-DD")
    _output_options(attendance)

    verzuim = rsub.add_parser("verzuim", help="verzuimsignalen (leerplicht) van alle "
                              "deelnemers")
    verzuim.add_argument("--as-of", dest="as_of", type=_iso_date, metavar="JJJJ-MM-DD")
    _output_options(verzuim)
    return {"report": _cmd_report}


def _output_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true")
    group.add_argument("-o", "--output", metavar="BESTAND.xlsx", type=Path)


def _check_output(path: Path | None) -> None:
    from bvmdesk.cli import CliError

    if path is None:
        return
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise CliError("PDF volgt in een latere versie; gebruik .xlsx of --json.")
    if suffix != ".xlsx":
        raise CliError(f"Onbekend bestandstype '{path.suffix or path.name}': gebruik .xlsx "
                       "of --json.")
    if not path.parent.exists():
        raise CliError(f"Map bestaat niet: {path.parent}")


def _cmd_report(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor

    _check_output(args.output)
    services = _open(args)
    try:
        if args.report == "attendance":
            report = services.reports.attendance(Actor.cli(), args.group, args.from_date,
                                                 args.to_date)
            payload, headers, rows = _attendance(report)
            text = _attendance_text(report)
            sheet = "Presentie"
        else:
            verzuim = services.reports.verzuim(Actor.cli(), args.as_of)
            payload, headers, rows = _verzuim(verzuim)
            text = _verzuim_text(verzuim)
            sheet = "Verzuim"
    finally:
        services.close()
    if args.output is not None:
        _write_xlsx(args.output, sheet, headers, rows)
        _emit(args, payload, f"Rapport geschreven: {args.output}")
    else:
        _emit(args, payload, text)
    return EXIT_OK


def _attendance(report: AttendanceReport) -> tuple[dict[str, Any], Sequence[str],
                                                   list[tuple[Any, ...]]]:
    rows = [(r.participant, r.name, r.planned_minutes, r.attended_minutes, r.excused_minutes,
             r.unexcused_minutes, r.unmarked_minutes, r.percentage) for r in report.rows]
    keys = ("participant", "name", "planned_minutes", "attended_minutes", "excused_minutes",
            "unexcused_minutes", "unmarked_minutes", "percentage")
    payload = {"group": report.group, "from": report.from_date.isoformat(),
               "to": report.to_date.isoformat(),
               "rows": [dict(zip(keys, row, strict=True)) for row in rows]}
    return payload, ATTENDANCE_HEADERS, rows


def _verzuim(report: VerzuimReport) -> tuple[dict[str, Any], Sequence[str],
                                             list[tuple[Any, ...]]]:
    payload = {"as_of": report.as_of.isoformat(), "signals": [
        {"participant": s.participant, "name": s.name,
         "window_start": s.window_start.isoformat(), "window_end": s.window_end.isoformat(),
         "unexcused_minutes": s.unexcused_minutes,
         "lesson_dates": [d.isoformat() for d in s.lesson_dates]} for s in report.signals]}
    rows = [(s.participant, s.name, s.window_start, s.window_end, s.unexcused_minutes,
             ", ".join(d.isoformat() for d in s.lesson_dates)) for s in report.signals]
    return payload, VERZUIM_HEADERS, rows


def _hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _attendance_text(report: AttendanceReport) -> str:
    lines = [f"Presentie groep {report.group}, {report.from_date:%d-%m-%Y} t/m "
             f"{report.to_date:%d-%m-%Y} (uren:minuten)",
             f"{'Deelnemer':<12} {'Naam':<32} {'Gepland':>8} {'Aanwezig':>9} {'Geoorl.':>8} "
             f"{'Ongeoorl.':>9} {'Open':>7} {'%':>6}"]
    for r in report.rows:
        pct = "-" if r.percentage is None else f"{r.percentage:.1f}".replace(".", ",")
        lines.append(f"{r.participant:<12} {r.name[:32]:<32} {_hours(r.planned_minutes):>8} "
                     f"{_hours(r.attended_minutes):>9} {_hours(r.excused_minutes):>8} "
                     f"{_hours(r.unexcused_minutes):>9} {_hours(r.unmarked_minutes):>7} "
                     f"{pct:>6}")
    if not report.rows:
        lines.append("Geen deelnemers in deze groep.")
    return "\n".join(lines)


def _verzuim_text(report: VerzuimReport) -> str:
    if not report.signals:
        return f"Geen verzuimsignalen tot en met {report.as_of:%d-%m-%Y}."
    lines = [f"Verzuimsignalen tot en met {report.as_of:%d-%m-%Y}: {len(report.signals)}"]
    for s in report.signals:
        days = ", ".join(f"{d:%d-%m}" for d in s.lesson_dates)
        lines.append(f"{s.participant:<12} {s.name[:32]:<32} {s.window_start:%d-%m-%Y} t/m "
                     f"{s.window_end:%d-%m-%Y}  {_hours(s.unexcused_minutes)} uur  ({days})")
    return "\n".join(lines)


def _write_xlsx(path: Path, title: str, headers: Sequence[str],
                rows: list[tuple[Any, ...]]) -> None:
    """One sheet with Dutch headers; every text is a text cell, never a formula."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row_index, values in enumerate([tuple(headers), *rows], start=1):
        for col_index, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_index, column=col_index, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
    for column in "ABCDEFGH"[:len(headers)]:
        sheet.column_dimensions[column].width = 18
    sheet.column_dimensions["B"].width = 32
    book.save(path)
