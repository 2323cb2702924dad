"""The command line for retention terms (issue 16), on the service behind Beheer >
Bewaartermijnen:

    bvmdesk retention list [--json]
    bvmdesk retention purge --confirm [--reason TEXT] [--json]

`purge` without `--confirm` changes nothing: it says what it would delete and exits 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for annotations: `bvmdesk --version` imports no services
    from bvmdesk.services.retention_policy import CategoryDue

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `retention` to `bvmdesk`'s subparsers; returns its handler."""
    from bvmdesk.cli import JSON_HELP
    from bvmdesk.cli_args import Parser

    retention = subparsers.add_parser("retention", help="bewaartermijnen (AVG)")
    rsub = retention.add_subparsers(dest="action", required=True, metavar="ACTIE",
                                    parser_class=Parser, help="wat u met bewaartermijnen doet")
    rlist = rsub.add_parser("list", help="wat per soort gegevens over de bewaartermijn is")
    rlist.add_argument("--json", action="store_true", help=JSON_HELP)
    purge = rsub.add_parser("purge", help="verwijder alles wat over de bewaartermijn is")
    purge.add_argument("--confirm", action="store_true",
                       help="echt verwijderen (zonder: alleen zeggen wat weg zou gaan)")
    purge.add_argument("--reason", default="", metavar="TEKST",
                       help="een toelichting bij de verwijdering in de audit (geen namen)")
    purge.add_argument("--json", action="store_true", help=JSON_HELP)
    return {"retention": _cmd_retention}


def _iso(category: CategoryDue) -> str | None:
    return category.oldest.isoformat() if category.oldest else None


def _line(category: CategoryDue) -> str:
    oldest = f", oudste {category.oldest:%d-%m-%Y}" if category.oldest else ""
    what = f": {', '.join(category.parts)}" if category.parts else ""
    return (f"{category.label:<30} {category.term:<14} {category.due:>7} over de "
            f"termijn{oldest}{what}")


def _cmd_retention(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, CliError, _emit, _open
    from bvmdesk.services.base import Actor

    actor = Actor.cli()
    services = _open(args)
    try:
        if args.action == "list":
            found = services.retention.overview(actor)
            _emit(args, {"retention": [
                {"category": c.category.value, "label": c.label, "term": c.term,
                 "due": c.due, "oldest": _iso(c)} for c in found]},
                "\n".join(_line(c) for c in found))
            return EXIT_OK
        if not args.confirm:
            found = services.retention.overview(actor)
            due = [c for c in found if c.due]
            what = "; ".join(f"{c.label.lower()}: {', '.join(c.parts)}" for c in due)
            raise CliError(f"Zou verwijderen: {what}. Geef --confirm om dat echt te doen; er "
                           "is niets gewijzigd." if due else
                           "Er is niets over de bewaartermijn; er is niets gewijzigd.")
        result = services.retention.purge_due(actor, args.reason)
    finally:
        services.close()
    counts = result.purged
    _emit(args, {"purged": counts},
          f"Verwijderd. Persoonsdossiers: {counts.get('personal', 0)}, presentieregels: "
          f"{counts.get('attendance', 0)}, beoordelingen: {counts.get('assessment', 0)} "
          f"({result.rows} records in totaal). Het register van uitgegeven certificaten "
          "blijft.")
    return EXIT_OK
