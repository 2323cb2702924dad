"""The command line for sign-offs: `report signoffs --participant NUMBER [--json]`, `report
praktijkoverzicht --participant NUMBER -o FILE.pdf` and `report aftekenkaart --participant
NUMBER [--group CODE] -o FILE.pdf`.

The three join the `report` command of cli_attendance, like cli_assessments: `register`
adds them to its subcommands and returns a handler that passes every other report on.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

Handler = Callable[[argparse.Namespace], int]
OURS = ("signoffs", "praktijkoverzicht", "aftekenkaart")


def register(subparsers: Any, report_handler: Handler) -> dict[str, Handler]:
    """Add the sign-off reports to the `report` command made by cli_attendance."""
    from bvmdesk.cli_assessments import _report_subparsers

    rsub = _report_subparsers(subparsers)
    overview = rsub.add_parser("signoffs", help="de aftekeningen en bpv-uren van een "
                               "deelnemer")
    _participant_option(overview)
    overview.add_argument("--json", action="store_true",
                          help="schrijf één JSON-document naar stdout in plaats van tekst")

    evidence = rsub.add_parser("praktijkoverzicht", help="het praktijkoverzicht van een "
                               "deelnemer als PDF (bewijs voor de praktijkverklaring)")
    _participant_option(evidence)
    _pdf_option(evidence)

    card = rsub.add_parser("aftekenkaart", help="de aftekenkaart van een inschrijving als PDF, "
                           "met QR-code, om op papier af te tekenen")
    _participant_option(card)
    card.add_argument("--group", metavar="CODE", help="de groep van de inschrijving (nodig "
                      "als de deelnemer meer inschrijvingen met aftekentaken heeft)")
    _pdf_option(card)

    def handle(args: argparse.Namespace) -> int:
        if getattr(args, "report", None) in OURS:
            return _cmd(args)
        return report_handler(args)

    return {"report": handle}


def _participant_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--participant", required=True, metavar="NUMMER",
                        help="het deelnemernummer")


def _pdf_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", type=Path,
                        help="het PDF-bestand om te schrijven")


def _cmd(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.cli_assessments import _participant
    from bvmdesk.services.base import Actor
    from bvmdesk.services.signoff_reports import check_pdf_target, write_pdf

    output: Path | None = getattr(args, "output", None)
    if output is not None:
        check_pdf_target(output, None)  # before the database is opened
    services = _open(args)
    actor = Actor.cli()
    number = args.participant.strip()
    try:
        database = services.backups.database_path if services.backups.is_sqlite else None
        if output is not None:
            check_pdf_target(output, database)
        if args.report == "signoffs":
            data = services.signoff_overview.participant_report(actor, number)
            _emit(args, data, "" if args.json else _text(services, actor, number, data))
            return EXIT_OK
        person_id, name = _participant(services, actor, number)
        reports = services.signoff_reports
        if args.report == "praktijkoverzicht":
            content = reports.praktijkoverzicht(actor, person_id)
            done = f"Praktijkoverzicht van {name} geschreven"
        else:
            card, content = reports.participant_card(actor, person_id, args.group)
            done = (f"Aftekenkaart {card.code} versie {card.version} ({name}, "
                    f"{card.enrolment.group_code}) geschreven")
    finally:
        services.close()
    assert output is not None
    write_pdf(output, content, database)
    _emit(args, {}, f"{done}: {output}")
    return EXIT_OK


# --- text ----------------------------------------------------------------------------------
def _day(iso: str | None) -> str:
    if not iso:
        return "-"
    return f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]}"


def _hours(value: float | int | None) -> str:
    if value is None:
        return "-"
    return f"{value:g}".replace(".", ",")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _text(services: Any, actor: Any, number: str, data: dict[str, Any]) -> str:
    """A readable table: every task with who signed it when and how, then the hours."""
    from bvmdesk.cli_assessments import _participant

    _, name = _participant(services, actor, number)
    lines = [f"Aftekeningen van {name} ({data['participant']})"]
    tasks = data["tasks"]
    if not tasks:
        lines.append("Geen aftekentaken: geen inschrijving met een leerbedrijf en "
                     "praktijkopleider, of de module heeft geen taken.")
    else:
        lines.append(f"{'Groep':<10} {'Taak':<8} {'Omschrijving':<36} {'Verplicht':<9} "
                     f"{'Afgetekend':<10}  {'Praktijkopleider':<20} Wijze")
        for task in tasks:
            required = "ja" if task["required"] else "nee"
            signed = _day(task["date"]) if task["signed"] else "open"
            lines.append(f"{(task.get('group') or '')[:10]:<10} {task['code'][:8]:<8} "
                         f"{_cut(task['description'], 36):<36} {required:<9} {signed:<10}  "
                         f"{(task['trainer'] or '-')[:20]:<20} {task['method'] or '-'}")
        signed_count = sum(1 for t in tasks if t["signed"])
        open_required = [t["code"] for t in tasks if t["required"] and not t["signed"]]
        summary = f"Afgetekend: {signed_count} van {len(tasks)} taken"
        summary += (f"; open verplicht: {', '.join(open_required)}." if open_required
                    else "; alle verplichte taken zijn afgetekend.")
        lines.append(summary)
    hours = data["bpv_hours"]
    norm = f"{_hours(hours['norm'])} per jaar" if hours["norm"] is not None else "geen"
    lines.append(f"Bpv-uren: ingevoerd {_hours(hours['entered'])}, goedgekeurd "
                 f"{_hours(hours['approved'])}, norm {norm}.")
    return "\n".join(lines)
