"""The command line for reports: `report attendance|verzuim|hours|funders|presentielijst`.

Every report prints text, or one JSON document with `--json`, or writes `-o FILE.pdf|.xlsx`.
"Today" is the date of the injected clock: Europe/Amsterdam's date, or `BVMDESK_TODAY`
(YYYY-MM-DD) when set (read by `bvmdesk.config.environment_clock` only).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the classes are imported where a report is described
    from bvmdesk.reports.model import (
        AttendanceReport,
        FundersReport,
        HoursStatement,
        Presentielijst,
        VerzuimReport,
    )

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `report ...` to `bvmdesk`'s subparsers; returns the handler."""
    from bvmdesk.cli_args import Parser, date_arg
    from bvmdesk.domain.dates import DATE_FORMS

    def dates(parser: argparse.ArgumentParser, *, required: bool, first: str,
              last: str) -> None:
        parser.add_argument("--from", dest="from_date", required=required, type=date_arg,
                            metavar="DATUM", help=f"{first} ({DATE_FORMS})")
        parser.add_argument("--to", dest="to_date", required=required, type=date_arg,
                            metavar="DATUM", help=f"{last} ({DATE_FORMS})")

    report = subparsers.add_parser(
        "report", help="rapporten: presentie, verzuim, uren, financiers, presentielijst")
    rsub = report.add_subparsers(dest="report", required=True, metavar="RAPPORT",
                                 parser_class=Parser, help="welk rapport")

    attendance = rsub.add_parser("attendance", help="presentieminuten per deelnemer van een "
                                 "groep")
    attendance.add_argument("--group", required=True, metavar="CODE", help="de groep")
    dates(attendance, required=False, first="eerste dag (standaard: start van de groep)",
          last="laatste dag (standaard: vandaag of het einde van de groep)")
    _output_options(attendance)

    verzuim = rsub.add_parser("verzuim", help="verzuimsignalen (leerplicht) van alle "
                              "deelnemers")
    verzuim.add_argument("--as-of", dest="as_of", type=date_arg, metavar="DATUM",
                         help=f"stand op deze dag (standaard: vandaag; {DATE_FORMS})")
    _output_options(verzuim)

    hours = rsub.add_parser("hours", help="urenverantwoording van een deelnemer, dag voor dag")
    hours.add_argument("--participant", required=True, metavar="NUMMER",
                       help="het deelnemernummer")
    dates(hours, required=True, first="eerste dag", last="laatste dag")
    _output_options(hours)

    funders = rsub.add_parser("funders", help="uren per financier per maand")
    dates(funders, required=True, first="eerste dag", last="laatste dag")
    _output_options(funders)

    paper = rsub.add_parser("presentielijst", help="presentielijst van een les, om af te "
                            "drukken")
    paper.add_argument("--group", required=True, metavar="CODE", help="de groep")
    paper.add_argument("--date", dest="day", required=True, type=date_arg, metavar="DATUM",
                       help=f"de dag van de les ({DATE_FORMS})")
    _output_options(paper)
    return {"report": _cmd_report}


def _output_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true",
                       help="schrijf één JSON-document naar stdout in plaats van tekst")
    group.add_argument("-o", "--output", metavar="BESTAND.pdf|.xlsx", type=Path,
                       help="schrijf het rapport als PDF of Excel-werkmap")


def _cmd_report(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor
    from bvmdesk.services.report_files import check_target, write_report

    if args.output is not None:
        check_target(args.output)
    services = _open(args)
    actor = Actor.cli()
    try:
        database = services.backups.database_path if services.backups.is_sqlite else None
        data = _build(services.reports, actor, args)
        meta = services.reports.meta(actor) if args.output is not None else None
    finally:
        services.close()
    payload, text = _describe(data)
    if args.output is not None and meta is not None:
        write_report(args.output, data, meta, database)
        _emit(args, payload, f"Rapport geschreven: {args.output}")
    else:
        _emit(args, payload, text)
    return EXIT_OK


def _build(reports: Any, actor: Any, args: argparse.Namespace) -> object:
    kind = args.report
    if kind == "attendance":
        return reports.attendance(actor, args.group, args.from_date, args.to_date)
    if kind == "verzuim":
        return reports.verzuim(actor, args.as_of)
    if kind == "hours":
        return reports.hours(actor, args.participant, args.from_date, args.to_date)
    if kind == "funders":
        return reports.funders(actor, args.from_date, args.to_date)
    return reports.presentielijst(actor, args.group, args.day)


def _describe(data: object) -> tuple[dict[str, Any], str]:
    """The JSON payload and the text of a report."""
    from bvmdesk.reports.model import (
        AttendanceReport,
        FundersReport,
        HoursStatement,
        Presentielijst,
        VerzuimReport,
    )

    if isinstance(data, AttendanceReport):
        return _attendance(data), _attendance_text(data)
    if isinstance(data, VerzuimReport):
        return _verzuim(data), _verzuim_text(data)
    if isinstance(data, HoursStatement):
        return _hours_json(data), _hours_text(data)
    if isinstance(data, FundersReport):
        return _funders(data), _funders_text(data)
    assert isinstance(data, Presentielijst)
    return _paper(data), _paper_text(data)


def _clock(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _hours(minutes: int) -> str:
    """`22 uur 30 min` (never `22:30`, which reads as a time); JSON keeps the minutes."""
    from bvmdesk.domain.text import duration_text

    return duration_text(minutes)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}".replace(".", ",")


# --- attendance ------------------------------------------------------------------------------
def _attendance(report: AttendanceReport) -> dict[str, Any]:
    return {"group": report.group, "from": report.from_date.isoformat(),
            "to": report.to_date.isoformat(),
            "rows": [{"participant": r.participant, "name": r.name,
                      "planned_minutes": r.planned_minutes,
                      "attended_minutes": r.attended_minutes,
                      "excused_minutes": r.excused_minutes,
                      "unexcused_minutes": r.unexcused_minutes,
                      "unmarked_minutes": r.unmarked_minutes, "percentage": r.percentage}
                     for r in report.rows]}


def _attendance_text(report: AttendanceReport) -> str:
    lines = [f"Presentie groep {report.group}, {report.from_date:%d-%m-%Y} t/m "
             f"{report.to_date:%d-%m-%Y}",
             f"{'Deelnemer':<12} {'Naam':<32} {'Gepland':>14} {'Aanwezig':>14} "
             f"{'Geoorl.':>14} {'Ongeoorl.':>14} {'Open':>14} {'%':>6}"]
    for r in report.rows:
        lines.append(f"{r.participant:<12} {r.name[:32]:<32} {_hours(r.planned_minutes):>14} "
                     f"{_hours(r.attended_minutes):>14} {_hours(r.excused_minutes):>14} "
                     f"{_hours(r.unexcused_minutes):>14} {_hours(r.unmarked_minutes):>14} "
                     f"{_pct(r.percentage):>6}")
    if not report.rows:
        lines.append("Geen deelnemers in deze groep.")
    return "\n".join(lines)


# --- verzuim ---------------------------------------------------------------------------------
def _verzuim(report: VerzuimReport) -> dict[str, Any]:
    return {"as_of": report.as_of.isoformat(), "signals": [
        {"participant": s.participant, "name": s.name,
         "window_start": s.window_start.isoformat(), "window_end": s.window_end.isoformat(),
         "unexcused_minutes": s.unexcused_minutes,
         "lesson_dates": [d.isoformat() for d in s.lesson_dates]} for s in report.signals]}


def _verzuim_text(report: VerzuimReport) -> str:
    if not report.signals:
        return f"Geen verzuimsignalen tot en met {report.as_of:%d-%m-%Y}."
    lines = [f"Verzuimsignalen tot en met {report.as_of:%d-%m-%Y}: {len(report.signals)}"]
    for s in report.signals:
        days = ", ".join(f"{d:%d-%m}" for d in s.lesson_dates)
        handed = (f"  overgedragen {s.handed_over_on:%d-%m-%Y}" if s.handed_over_on else "")
        lines.append(f"{s.participant:<12} {s.name[:32]:<32} {s.window_start:%d-%m-%Y} t/m "
                     f"{s.window_end:%d-%m-%Y}  {_hours(s.unexcused_minutes)}  ({days})"
                     f"{handed}")
    return "\n".join(lines)


# --- hours -----------------------------------------------------------------------------------
def _hours_json(st: HoursStatement) -> dict[str, Any]:
    return {
        "participant": st.participant, "name": st.name, "from": st.from_date.isoformat(),
        "to": st.to_date.isoformat(),
        "days": [{"date": d.date.isoformat(), "group": d.group,
                  "start_time": _clock(d.start_time), "end_time": _clock(d.end_time),
                  "status": d.status, "reported_in_advance": d.reported,
                  "arrival_time": _clock(d.arrival_time),
                  "departure_time": _clock(d.departure_time),
                  "planned_minutes": d.planned_minutes, "attended_minutes": d.attended_minutes,
                  "excused_minutes": d.excused_minutes,
                  "unexcused_minutes": d.unexcused_minutes,
                  "unmarked_minutes": d.unmarked_minutes} for d in st.days],
        "planned_minutes": st.planned_minutes, "attended_minutes": st.attended_minutes,
        "excused_minutes": st.excused_minutes, "unexcused_minutes": st.unexcused_minutes,
        "unmarked_minutes": st.unmarked_minutes, "percentage": st.percentage}


def _hours_text(st: HoursStatement) -> str:
    lines = [f"Urenverantwoording {st.name} ({st.participant}), {st.from_date:%d-%m-%Y} t/m "
             f"{st.to_date:%d-%m-%Y}"]
    from bvmdesk.reports.formatting import status_label

    for d in st.days:
        status = status_label(d.status)  # `Te laat`; the JSON keeps `te_laat`
        if d.reported:
            status += " (vooraf gemeld)"
        lines.append(f"{d.date:%d-%m-%Y} {d.group:<14} {d.start_time:%H:%M}-{d.end_time:%H:%M} "
                     f"{status:<28} aanwezig {_hours(d.attended_minutes):>14}")
    if not st.days:
        lines.append("Geen lessen in deze periode.")
    lines.append(f"Totaal: gepland {_hours(st.planned_minutes)}, aanwezig "
                 f"{_hours(st.attended_minutes)}, geoorloofd {_hours(st.excused_minutes)}, "
                 f"ongeoorloofd {_hours(st.unexcused_minutes)}, aanwezigheid "
                 f"{_pct(st.percentage)}%")
    return "\n".join(lines)


# --- funders ---------------------------------------------------------------------------------
def _funders(report: FundersReport) -> dict[str, Any]:
    return {"from": report.from_date.isoformat(), "to": report.to_date.isoformat(),
            "rows": [{"funder": r.funder, "month": r.month, "participants": r.participants,
                      "attended_minutes": r.attended_minutes} for r in report.rows]}


def _funders_text(report: FundersReport) -> str:
    lines = [f"Uren per financier, {report.from_date:%d-%m-%Y} t/m {report.to_date:%d-%m-%Y}",
             f"{'Financier':<24} {'Maand':<8} {'Deelnemers':>10} {'Uren':>15}"]
    for r in report.rows:
        lines.append(f"{(r.funder or '(geen financier)')[:24]:<24} {r.month:<8} "
                     f"{r.participants:>10} {_hours(r.attended_minutes):>15}")
    if not report.rows:
        lines.append("Geen presentie in deze periode.")
    return "\n".join(lines)


# --- presentielijst --------------------------------------------------------------------------
def _paper(data: Presentielijst) -> dict[str, Any]:
    return {"group": data.group, "date": data.date.isoformat(), "lessons": [
        {"start_time": _clock(x.start_time), "end_time": _clock(x.end_time),
         "cancelled": x.cancelled, "instructor": x.instructor,
         "rows": [{"participant": r.number, "name": r.name, "status": r.status,
                   "reported_in_advance": r.reported} for r in x.rows]}
        for x in data.lessons]}


def _paper_text(data: Presentielijst) -> str:
    from bvmdesk.reports.formatting import status_label

    lines = []
    for x in data.lessons:
        state = "  VERVALLEN" if x.cancelled else ""
        lines.append(f"Presentielijst {x.group} {x.date:%d-%m-%Y} {x.start_time:%H:%M}-"
                     f"{x.end_time:%H:%M}{state}")
        for i, r in enumerate(x.rows, start=1):
            status = ((status_label(r.status) if r.status else "")
                      + (" (vooraf gemeld)" if r.reported else ""))
            lines.append(f"{i:>3}. {r.name[:36]:<36} {r.number:<12} {status}")
    return "\n".join(lines)

