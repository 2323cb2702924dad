"""The command line for the exchange format: `template`, `import` and `export`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bvmdesk.domain.text import missing_folder_text, plural

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> dict[str, Handler]:
    """Add the three commands to `bvmdesk`'s subparsers; returns their handlers by name."""
    from bvmdesk.cli import JSON_HELP

    template = subparsers.add_parser("template", help="een leeg uitwisselbestand (.xlsx)")
    template.add_argument("file", metavar="BESTAND.xlsx", help="het bestand om te maken")
    template.add_argument("--json", action="store_true", help=JSON_HELP)

    imp = subparsers.add_parser(
        "import", help="importeer een werkmap of map met CSV-bestanden (alles of niets)")
    imp.add_argument("path", metavar="BESTAND.xlsx|MAP",
                     help="een werkmap, of een map met een CSV-bestand per blad")
    imp.add_argument("--dry-run", action="store_true",
                     help="alleen controleren en samenvatten, niets schrijven")
    imp.add_argument("--json", action="store_true", help=JSON_HELP)

    exp = subparsers.add_parser("export",
                                help="alles exporteren: .xlsx, of een map met CSV-bestanden")
    exp.add_argument("path", metavar="BESTAND.xlsx|MAP",
                     help="een .xlsx-bestand, of een map voor de CSV-bestanden")
    exp.add_argument("--json", action="store_true", help=JSON_HELP)
    return {"template": _cmd_template, "import": _cmd_import, "export": _cmd_export}


def _cmd_template(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, CliError, _emit
    from bvmdesk.services.exchange import ExchangeService

    path = Path(args.file)
    if path.suffix.lower() != ".xlsx":
        raise CliError(f"Het sjabloon is een Excel-werkmap: geef een naam op die eindigt op "
                       f".xlsx ({path}).")
    if not path.parent.exists():
        raise CliError(missing_folder_text(path.parent))
    ExchangeService.write_template(path)
    _emit(args, {"template": str(path)}, f"Sjabloon geschreven: {path}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, EXIT_REFUSED, _emit, _open
    from bvmdesk.services.base import Actor

    services = _open(args)
    try:
        result = services.exchange.import_file(
            Actor.cli(), Path(args.path), dry_run=args.dry_run)
    finally:
        services.close()
    if result.errors:
        if args.json:
            _emit(args, {"errors": [e.as_dict() for e in result.errors]}, "")
        else:
            for error in result.errors:
                print(error, file=sys.stderr)
        count = plural(len(result.errors), "fout", "fouten")
        print(f"bvmdesk: import geweigerd: {count} in {args.path}; "
              "er is niets gewijzigd.", file=sys.stderr)
        return EXIT_REFUSED
    assert result.summary is not None
    head = ("Controle geslaagd (--dry-run): er is niets geschreven. Een import zou:"
            if result.dry_run else "Import geslaagd:")
    _emit(args, result.summary.as_dict(),
          "\n".join([head, *(f"  {line}" for line in result.summary.lines())]))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, CliError, _emit, _open
    from bvmdesk.services.base import Actor

    path = Path(args.path)
    if not path.parent.exists():
        raise CliError(missing_folder_text(path.parent))
    services = _open(args)
    try:
        result = services.exchange.export(Actor.cli(), path)
    finally:
        services.close()
    _emit(args, {"path": str(path), "rows": result.rows},
          "\n".join([f"Geëxporteerd naar {path}:",
                     *(f"  {name}: {count}" for name, count in result.rows.items())]))
    return EXIT_OK
