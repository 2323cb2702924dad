"""The command line for backups: `backup create [-o FILE] | list [--verify] | restore FILE`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bvmdesk.domain.clock import LOCAL_ZONE
from bvmdesk.domain.text import plural

if TYPE_CHECKING:
    from bvmdesk.services.backup import BackupService
    from bvmdesk.services.backup_types import BackupInfo

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `backup create|list|restore` to `bvmdesk`'s subparsers; returns the handler."""
    from bvmdesk.cli import JSON_HELP
    from bvmdesk.cli_args import Parser

    backup = subparsers.add_parser(
        "backup", help="back-ups maken, bekijken en terugzetten",
        description="Back-ups van de database: SQLite met de back-up-API van SQLite, "
        "PostgreSQL met pg_dump. Elke back-up krijgt een kopbestand (.head) met de kop van "
        "de audit-keten en wordt na het maken gecontroleerd.")
    bsub = backup.add_subparsers(dest="action", required=True, metavar="ACTIE",
                                 parser_class=Parser, help="wat u met back-ups doet")
    create = bsub.add_parser("create", help="maak nu een back-up (wordt nooit opgeruimd)")
    create.add_argument("-o", "--output", metavar="BESTAND", type=Path,
                        help="schrijf de back-up naar dit bestand (standaard: de back-upmap)")
    create.add_argument("--json", action="store_true", help=JSON_HELP)
    listing = bsub.add_parser("list", help="de back-ups in de back-upmap, nieuwste eerst")
    listing.add_argument("--verify", action="store_true",
                         help="controleer elke back-up helemaal (quick_check en audit-keten); "
                         "exit 3 als er een niet in orde is")
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    restore = bsub.add_parser(
        "restore", help="zet een back-up terug (de huidige database wordt apart gezet)",
        description="Controleert de back-up, zet de huidige database apart als "
        "NAAM.voor-herstel-DATUM-TIJD.sqlite in dezelfde map, en zet de back-up terug. "
        "Sluit eerst BVM Desk op deze database.")
    restore.add_argument("file", metavar="BESTAND", type=Path, help="de back-up")
    restore.add_argument("--json", action="store_true", help=JSON_HELP)
    return {"backup": _cmd_backup}


def _service(args: argparse.Namespace) -> BackupService:
    from bvmdesk.cli import CliError, _location
    from bvmdesk.services.container import backup_service

    service = backup_service(_location(args))
    if service.is_sqlite and not service.database_path.exists():
        raise CliError(f"Database niet gevonden: {service.database_path}")
    return service


def _cmd_backup(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_CHECK_FAILED, EXIT_OK, _emit
    from bvmdesk.services.base import Actor

    service = _service(args)
    note = service.folder().note
    if args.action == "create":
        info = service.create(Actor.cli(), args.output)
        lines = [f"Back-up gemaakt en gecontroleerd: {info.path} ({size_text(info.size)}, "
                 f"audit-gebeurtenis {info.head_sequence})."]
        lines += [f"Let op: {w}" for w in info.warnings]
        if note and args.output is None:
            lines.append(note)
        _emit(args, {"backup": payload(info), "folder_note": note}, "\n".join(lines))
        return EXIT_OK
    if args.action == "list":
        items = service.list_all(full=args.verify)
        bad = [i for i in items if not i.ok]
        text = "\n".join(line(i) for i in items) or "Geen back-ups gevonden."
        if note:
            text += f"\n{note}"
        document: dict[str, Any] = {"folder": str(service.folder().path),
                                    "folder_note": note,
                                    "backups": [payload(i) for i in items]}
        if args.verify and bad:
            document["error"] = (f"{plural(len(bad), 'back-up', 'back-ups')} niet in orde.")
        _emit(args, document, text)
        return EXIT_CHECK_FAILED if args.verify and bad else EXIT_OK
    result = service.restore(Actor.cli(), args.file)
    _emit(args, {"restored": str(result.backup), "database": str(result.database),
                 "aside": str(result.aside), "head_sequence": result.head_sequence},
          f"Back-up {result.backup} teruggezet in {result.database}.\n"
          f"De vorige database staat in {result.aside}.")
    return EXIT_OK


def payload(info: BackupInfo) -> dict[str, Any]:
    """One backup in --json."""
    created = info.created_at.replace(tzinfo=LOCAL_ZONE).isoformat() \
        if info.created_at else None
    return {"path": str(info.path), "created_at": created, "kind": info.kind or None,
            "size": info.size, "ok": info.ok, "verified": info.fully_checked,
            "problems": list(info.problems), "warnings": list(info.warnings),
            "head_sequence": info.head_sequence}


def size_text(size: int) -> str:
    """`512 kB`, `3,4 MB`."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def line(info: BackupInfo) -> str:
    """`2026-09-01 08:30  dagelijks      1,2 MB  in orde  /pad/naar/back-up`."""
    when = f"{info.created_at:%Y-%m-%d %H:%M}" if info.created_at else "?"
    state = "in orde" if info.ok else "NIET IN ORDE: " + "; ".join(info.problems)
    if info.ok and info.warnings:
        state += " (let op: " + "; ".join(info.warnings) + ")"
    return f"{when}  {info.kind_label:<14} {size_text(info.size):>8}  {state}  {info.path}"
