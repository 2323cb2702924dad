"""The command line for the access export (AVG art. 15, issue 16):

    bvmdesk participants export-person NUMMER -o BESTAND.zip [--json]

An existing file with that name is replaced (whoever typed the name chose it); a folder
that does not exist, a name that is no .zip, an unknown number: one Dutch line on stderr
and exit 1 (`cli.main` does that, and with --json prints {"error": ...} as well).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_export_person(psub: Any) -> None:
    """`export-person` under `participants`."""
    from bvmdesk.cli import JSON_HELP

    export = psub.add_parser(
        "export-person", help="alle gegevens van één deelnemer in een zip (inzageverzoek, "
        "AVG artikel 15)",
        description="Schrijft één zip-bestand met alles wat BVM Desk over de deelnemer "
        "bewaart: gegevens.json (elke rij), bijlagen, de PDF's van de certificaten, "
        "overzicht.pdf (leesbaar overzicht) en LEESMIJ.txt. Een bestaand bestand met die "
        "naam wordt vervangen.")
    export.add_argument("number", metavar="NUMMER", help="het deelnemernummer")
    export.add_argument("-o", "--output", required=True, metavar="BESTAND.zip", type=Path,
                        help="het zip-bestand om te schrijven (de map moet bestaan)")
    export.add_argument("--json", action="store_true", help=JSON_HELP)


def cmd_export_person(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.domain.text import plural
    from bvmdesk.services.base import Actor
    from bvmdesk.services.person_export import check_target

    target = Path(args.output).expanduser()
    check_target(target, None)  # before the database is opened: a typo costs nothing
    services = _open(args)
    try:
        summary = services.person_export.export_person(Actor.cli(), args.number, target)
    finally:
        services.close()
    _emit(args, {"export": {"participant": summary.participant, "file": summary.file,
                            "rows": summary.rows, "attachments": summary.attachments,
                            "certificates": summary.certificates}},
          f"Inzage van deelnemer {summary.participant} geschreven: {summary.file} "
          f"({plural(summary.rows, 'rij', 'rijen')}, "
          f"{plural(summary.attachments, 'bijlage', 'bijlagen')}, "
          f"{plural(summary.certificates, 'certificaat', 'certificaten')}).")
    return EXIT_OK
