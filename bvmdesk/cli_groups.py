"""The command line for groups and enrolments (issue 15), on the same services as Beheer:

    bvmdesk group add CODE --name N --module M --site S --start D [--end D] [--json]
    bvmdesk enrol add NUMBER GROUP --start D [--end D] [--trainer CODE] [--json]
    bvmdesk enrol stop NUMBER GROUP --date D [--json]

A refusal (unknown participant, group, module or site, a trainer of another company, an
enrolment that exists already or overlaps, a taken code) is one Dutch line on stderr and
exit 1 (`cli.main` does that, and with --json prints {"error": ...} as well).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from bvmdesk.domain.dates import DATE_FORMS

if TYPE_CHECKING:  # only for annotations: `bvmdesk --version` imports no services
    from bvmdesk.services.enrolments import EnrolmentSummary

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `group` and `enrol` to `bvmdesk`'s subparsers; returns their handlers."""
    from bvmdesk.cli import JSON_HELP
    from bvmdesk.cli_args import Parser, date_arg

    group = subparsers.add_parser("group", help="groepen")
    gsub = group.add_subparsers(dest="action", required=True, metavar="ACTIE",
                                parser_class=Parser, help="wat u met een groep doet")
    gadd = gsub.add_parser("add", help="een groep toevoegen")
    gadd.add_argument("code", metavar="CODE", help="code van de groep, bijvoorbeeld LAS-2026-1")
    gadd.add_argument("--name", required=True, metavar="NAAM", help="naam van de groep")
    gadd.add_argument("--module", required=True, metavar="MODULE", help="code van de module")
    gadd.add_argument("--site", required=True, metavar="LOCATIE",
                      help="code van de locatie, bijvoorbeeld ZWL")
    gadd.add_argument("--start", required=True, type=date_arg, metavar="DATUM",
                      help=f"startdatum ({DATE_FORMS})")
    gadd.add_argument("--end", type=date_arg, metavar="DATUM",
                      help=f"einddatum ({DATE_FORMS}); zonder: open")
    gadd.add_argument("--json", action="store_true", help=JSON_HELP)

    enrol = subparsers.add_parser("enrol", help="inschrijvingen van deelnemers in groepen")
    esub = enrol.add_subparsers(dest="action", required=True, metavar="ACTIE",
                                parser_class=Parser, help="wat u met een inschrijving doet")
    eadd = esub.add_parser("add", help="een deelnemer in een groep inschrijven")
    eadd.add_argument("number", metavar="NUMMER", help="deelnemernummer")
    eadd.add_argument("group", metavar="GROEP", help="code van de groep")
    eadd.add_argument("--start", required=True, type=date_arg, metavar="DATUM",
                      help=f"startdatum van de inschrijving ({DATE_FORMS})")
    eadd.add_argument("--end", type=date_arg, metavar="DATUM",
                      help=f"einddatum ({DATE_FORMS}); zonder: open")
    eadd.add_argument("--trainer", metavar="CODE",
                      help="code van de praktijkopleider (het leerbedrijf volgt uit hem); "
                      "zonder: het leerbedrijf van de deelnemer")
    eadd.add_argument("--json", action="store_true", help=JSON_HELP)
    estop = esub.add_parser("stop", help="een inschrijving beëindigen (status gestopt)")
    estop.add_argument("number", metavar="NUMMER", help="deelnemernummer")
    estop.add_argument("group", metavar="GROEP", help="code van de groep")
    estop.add_argument("--date", required=True, type=date_arg, metavar="DATUM",
                       help=f"de laatste dag, de einddatum ({DATE_FORMS})")
    estop.add_argument("--json", action="store_true", help=JSON_HELP)
    return {"group": _cmd_group, "enrol": _cmd_enrol}


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _period(start: date | None, end: date | None) -> str:
    """"van 01-09-2026 tot 31-01-2027", or "vanaf 01-09-2026" without an end."""
    if start is None:
        return ""
    if end is None:
        return f"vanaf {start:%d-%m-%Y}"
    return f"van {start:%d-%m-%Y} tot {end:%d-%m-%Y}"


def _cmd_group(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor

    actor = Actor.cli()
    services = _open(args)
    try:
        made = services.groups.add(actor, args.code, args.name, args.module, args.site,
                                   args.start, args.end)
        data = services.groups.get(actor, made)
    finally:
        services.close()
    _emit(args, {"group": {"code": data.code, "name": data.name, "module": data.module_code,
                           "site": data.site_code, "start_date": _iso(data.start_date),
                           "end_date": _iso(data.end_date)}},
          f"Groep {data.code} ({data.name}) toegevoegd: module {data.module_code}, locatie "
          f"{data.site_code}, {_period(data.start_date, data.end_date)}.")
    return EXIT_OK


def _cmd_enrol(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor

    actor = Actor.cli()
    services = _open(args)
    try:
        if args.action == "add":
            made = services.enrolments.add_by_codes(actor, args.number, args.group,
                                                    args.start, args.end, args.trainer)
        else:
            made = services.enrolments.stop_by_codes(actor, args.number, args.group,
                                                     args.date)
        summary = services.enrolments.summary(actor, made)
    finally:
        services.close()
    done = "ingeschreven in" if args.action == "add" else "gestopt in"
    _emit(args, {"enrolment": payload(summary)},
          f"Deelnemer {summary.participant} {done} groep {summary.group}: "
          f"{_period(summary.start_date, summary.end_date)}, status "
          f"{summary.status}" + (f", leerbedrijf {summary.company}" if summary.company else "")
          + (f", praktijkopleider {summary.trainer}" if summary.trainer else "") + ".")
    return EXIT_OK


def payload(summary: EnrolmentSummary) -> dict[str, Any]:
    """The --json document's "enrolment"."""
    return {"participant": summary.participant, "group": summary.group,
            "start_date": _iso(summary.start_date), "end_date": _iso(summary.end_date),
            "status": summary.status, "trainer": summary.trainer, "company": summary.company}
