"""The command line for assessments: `report assessment CODE -o FILE.pdf`, `report
assessment-form FORMCODE -o FILE.pdf` and `report assessments --participant NUMBER`.

The three join the `report` command of cli_attendance: `register` adds them to its
subcommands and returns a handler that passes every other report on.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bvmdesk.cli_args import int_arg

Handler = Callable[[argparse.Namespace], int]
OURS = ("assessment", "assessment-form", "assessments")
MAX_VERSION = 10_000


def register(subparsers: Any, report_handler: Handler) -> dict[str, Handler]:
    """Add the assessment reports to the `report` command made by cli_attendance."""
    rsub = _report_subparsers(subparsers)
    one = rsub.add_parser("assessment", help="een praktijkbeoordeling als PDF")
    one.add_argument("code", metavar="CODE", help="de code van de beoordeling, bijvoorbeeld "
                     "ZWL-BO-2026-00042")
    one.add_argument("--version", type=int_arg(1, MAX_VERSION), metavar="N",
                     help="deze versie (standaard: de nieuwste)")
    _pdf_option(one)

    form = rsub.add_parser("assessment-form", help="een leeg beoordelingsformulier als PDF, om "
                           "op papier in te vullen")
    form.add_argument("form_code", metavar="FORMULIERCODE", help="de code van het formulier "
                      "(de huidige versie wordt afgedrukt)")
    _pdf_option(form)

    overview = rsub.add_parser("assessments", help="alle beoordelingen en de voortgang per "
                               "werkproces van een deelnemer")
    overview.add_argument("--participant", required=True, metavar="NUMMER",
                          help="het deelnemernummer")
    output = overview.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true",
                        help="schrijf één JSON-document naar stdout in plaats van tekst")
    output.add_argument("-o", "--output", metavar="BESTAND.pdf", type=Path,
                        help="schrijf het overzicht als PDF")

    def handle(args: argparse.Namespace) -> int:
        if getattr(args, "report", None) in OURS:
            return _cmd(args)
        return report_handler(args)

    return {"report": handle}


_KIND_WORDS = {"opdracht": "praktijkopdrachten", "examen": "examenbewijs",
               "bpv": "bpv-voortgang"}


def _report_subparsers(subparsers: Any) -> Any:
    """The subcommands of `report` (made by cli_attendance.register)."""
    report = subparsers.choices["report"]
    for action in report._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("het rapport-commando heeft geen subcommando's")


def _pdf_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", type=Path,
                        help="het PDF-bestand om te schrijven")


def _cmd(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.assessment_reports import check_pdf_target, write_pdf
    from bvmdesk.services.base import Actor

    output: Path | None = args.output
    if output is not None:
        check_pdf_target(output, None)  # before the database is opened
    services = _open(args)
    actor = Actor.cli()
    try:
        database = services.backups.database_path if services.backups.is_sqlite else None
        if output is not None:
            check_pdf_target(output, database)
        if args.report == "assessments" and output is None:
            data = services.assessments.report(actor, args.participant)
            _emit(args, data, _overview_text(services, actor, args.participant, data))
            return EXIT_OK
        content, done = _pdf(services, actor, args)
    finally:
        services.close()
    assert output is not None
    write_pdf(output, content, database)
    _emit(args, {}, f"{done}: {output}")
    return EXIT_OK


def _pdf(services: Any, actor: Any, args: argparse.Namespace) -> tuple[bytes, str]:
    """The PDF's bytes and the sentence that says what was written."""
    from bvmdesk.services import assessment_reports as build

    meta = services.reports.meta(actor)
    if args.report == "assessment":
        info = services.assessments.by_code(actor, args.code.strip(), args.version)
        return build.assessment_pdf(info, meta), (f"Beoordeling {info.code} versie "
                                                  f"{info.version} geschreven")
    if args.report == "assessment-form":
        form = services.assessments.current_form(actor, args.form_code.strip())
        return build.empty_form_pdf(form, meta), (f"Leeg formulier {form.code} versie "
                                                  f"{form.version} geschreven")
    person_id, name = _participant(services, actor, args.participant)
    summaries = services.assessments.for_participant(actor, person_id)
    progress = services.assessments.participant_progress(actor, person_id)
    content = build.participant_pdf(args.participant.strip(), name, summaries, progress, meta)
    return content, f"Overzicht van de beoordelingen van {name} geschreven"


def _participant(services: Any, actor: Any, number: str) -> tuple[Any, str]:
    """The id and name of the participant with exactly this number."""
    from bvmdesk.services.base import NotFound

    wanted = number.strip()
    ids = services.participants.search_ids(actor, wanted)
    for row in services.participants.rows(actor, ids):
        if row.number == wanted:
            return row.id, row.name
    raise NotFound(f"Deelnemer {wanted} bestaat niet.")


# --- text ----------------------------------------------------------------------------------
_RESULTS = {"onvoldoende": "Onvoldoende", "voldoende": "Voldoende", "goed": "Goed"}


def _overview_text(services: Any, actor: Any, number: str, data: dict[str, Any]) -> str:
    """A readable table: every version, then the latest result per work process."""
    person_id, name = _participant(services, actor, number)
    lines = [f"Beoordelingen van {name} ({data['participant']})"]
    items = data["assessments"]
    if not items:
        lines.append("Nog geen beoordelingen.")
        return "\n".join(lines)
    lines.append(f"{'Code':<18} {'Versie':>6}  {'Formulier':<16} {'Soort':<9} {'Datum':<10}  "
                 f"{'Status':<11} Resultaat")
    for item in items:
        if item["passed"] is None:
            result = "voorlopig"
        else:
            result = "behaald" if item["passed"] else "niet behaald"
        status = item["status"]
        later = item.get("superseded_by")
        if later:
            result += f" (vervangen door versie {later})"
        day = item["date"]
        shown = f"{day[8:10]}-{day[5:7]}-{day[0:4]}"
        lines.append(f"{item['code']:<18} {item['version']:>6}  {item['form'][:16]:<16} "
                     f"{item['kind']:<9} {shown:<10}  {status:<11} {result}")
    progress = services.assessments.participant_progress(actor, person_id)
    for kind in ("opdracht", "examen", "bpv"):   # kept apart, as everywhere
        latest = progress.latest_by_kind.get(kind)
        if not latest:
            continue
        lines.append("")
        lines.append(f"Voortgang per werkproces, {_KIND_WORDS[kind]} (laatste definitieve "
                     "resultaat):")
        for code, wp_name in progress.work_processes:
            cell = latest.get(code)
            word = _RESULTS.get(cell.result, cell.result) if cell else "-"
            where = f"  ({cell.assessment_code}, {cell.date:%d-%m-%Y})" if cell else ""
            lines.append(f"  {code:<14} {wp_name[:40]:<40} {word}{where}")
    return "\n".join(lines)
