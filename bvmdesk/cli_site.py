"""The command line for a site's database as a whole:

    bvmdesk init --site-code CODE --site-name NAAM --admin GEBRUIKER [--password-stdin] [--json]
    bvmdesk demo [--participants N] [--seed N] [--today DATUM] [--json]
    bvmdesk participants list [--search TEKST] [--json]   (and export-person: cli_privacy)
    bvmdesk check [--json]                                 (exit 3 when the check fails)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from bvmdesk import cli
from bvmdesk.cli_args import (
    MAX_DEMO_PARTICIPANTS,
    MAX_SEED,
    Parser,
    date_arg,
    demo_participants,
    seed_arg,
)
from bvmdesk.domain.dates import DATE_FORMS

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> dict[str, Handler]:
    """Add `init`, `demo`, `participants` and `check` to `bvmdesk`'s subparsers; returns
    their handlers."""
    init = sub.add_parser("init", help="richt deze database in voor een locatie")
    init.add_argument("--site-code", required=True, metavar="CODE",
                      help="code van de locatie, bijvoorbeeld ZWL")
    init.add_argument("--site-name", required=True, metavar="NAAM",
                      help="naam van de locatie, bijvoorbeeld Zwolle")
    init.add_argument("--admin", required=True, metavar="GEBRUIKERSNAAM",
                      help="de eerste beheerder")
    init.add_argument("--password-stdin", action="store_true", help=cli._PASSWORD_HELP)
    init.add_argument("--json", action="store_true", help=cli.JSON_HELP)

    demo = sub.add_parser("demo", help="vul de database met realistische demogegevens")
    demo.add_argument("--participants", type=demo_participants, default=120,
                      metavar="AANTAL", help="aantal deelnemers, 1 tot en met "
                      f"{MAX_DEMO_PARTICIPANTS:,} (standaard 120)".replace(",", "."))
    demo.add_argument("--seed", type=seed_arg, default=1, metavar="GETAL",
                      help="startgetal van het toeval (0 tot en met "
                      f"{MAX_SEED}): hetzelfde getal geeft dezelfde gegevens")
    demo.add_argument("--today", type=date_arg, metavar="DATUM",
                      help=f"de dag van vandaag voor de demo ({DATE_FORMS})")
    demo.add_argument("--json", action="store_true", help=cli.JSON_HELP)

    participants = sub.add_parser("participants", help="deelnemers")
    psub = participants.add_subparsers(dest="action", required=True, metavar="ACTIE",
                                       parser_class=Parser, help="wat u met deelnemers doet")
    plist = psub.add_parser("list", help="alle deelnemers op alle locaties")
    plist.add_argument("--search", default="", metavar="TEKST",
                       help="deel van een naam, het nummer of de badge")
    plist.add_argument("--json", action="store_true", help=cli.JSON_HELP)
    from bvmdesk.cli_privacy import add_export_person

    add_export_person(psub)

    check = sub.add_parser("check", help="controleer integriteit, verwijzingen en audit")
    check.add_argument("--json", action="store_true", help=cli.JSON_HELP)

    return {"init": _init, "demo": _demo, "participants": _participants, "check": _check}


def _init(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bvmdesk.config import is_url
    from bvmdesk.services.base import Actor

    location = cli._location(args)
    new_file = None if is_url(location) else Path(location).expanduser()
    if new_file is not None and new_file.exists():
        new_file = None
    try:
        services = cli._open(args, create=True)
        try:
            if services.accounts.is_set_up():
                raise cli.CliError("Deze database is al ingericht voor een locatie.")
            password = cli.read_password(args.password_stdin)
            site = services.accounts.setup_site(Actor.cli(), args.site_code, args.site_name,
                                                args.admin, password)
            key = services.signing_keys.info(Actor.cli())  # the site's signing key pair
        finally:
            services.close()
    except BaseException:
        if new_file is not None:  # nothing half-made: the file this command created goes
            for path in (new_file, Path(f"{new_file}-wal"), Path(f"{new_file}-shm")):
                path.unlink(missing_ok=True)
        raise
    cli._emit(args, {"site": {"code": site.code, "name": site.name}, "admin": args.admin,
                 "key_id": key.key_id},
          f"Locatie {site.code} ({site.name}) ingericht; beheerder: {args.admin}.\n"
          f"Sleutel om certificaten te ondertekenen: {key.key_id} (alleen op deze pc; zet "
          "hem over met 'bvmdesk certificates key export').")
    return cli.EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    services = cli._open(args, create=True)
    try:
        result = services.generate_demo(participants=args.participants, seed=args.seed)
    finally:
        services.close()
    accounts = [{"username": a.username, "password": a.password, "role": a.role}
                for a in result.accounts]
    lines = [f"Demodatabase gemaakt: {result.participants} deelnemers, {result.groups} groepen, "
             f"{result.lessons} lessen, {result.marks} presentiemarkeringen.",
             "Demo-accounts (gebruikersnaam / wachtwoord / rol):"]
    lines += [f"  {a['username']} / {a['password']} / {a['role']}" for a in accounts]
    if result.pin_trainer:
        lines.append(f"Praktijkopleider met pincode 12345 (om aftekenen te proberen): "
                     f"{result.pin_trainer}")
    cli._emit(args, {"accounts": accounts, "participants": result.participants,
                 "groups": result.groups, "lessons": result.lessons, "marks": result.marks,
                 "pin_trainer": result.pin_trainer},
          "\n".join(lines))
    return cli.EXIT_OK


def _participants(args: argparse.Namespace) -> int:
    from bvmdesk.domain.text import MAX_SEARCH_LENGTH, cut_search
    from bvmdesk.services.base import Actor

    if args.action == "export-person":
        from bvmdesk.cli_privacy import cmd_export_person

        return cmd_export_person(args)

    search, cut = cut_search(args.search)
    services = cli._open(args)
    try:
        items = services.participants.list_all(Actor.cli(), search)
    finally:
        services.close()
    payload: dict[str, Any] = {"participants": [
        {"number": p.number, "first_names": p.first_names, "prefix": p.prefix,
         "last_name": p.last_name, "birth_date": p.birth_date.isoformat(), "type": p.type,
         "company": p.company, "groups": list(p.groups)} for p in items]}
    if cut:  # a notice, not an error: the search ran on the first characters
        notice = f"De zoektekst is ingekort tot {MAX_SEARCH_LENGTH} tekens."
        payload["notice"] = notice
        print(f"bvmdesk: let op: {notice}", file=sys.stderr)
    from bvmdesk.domain.enums import participant_type_label
    from bvmdesk.domain.text import display_name

    text = "\n".join(
        f"{p.number:<12} {display_name(p.first_names, p.prefix, p.last_name):<40} "
        f"{participant_type_label(p.type):<14} {', '.join(p.groups)}" for p in items
    ) or "Geen deelnemers gevonden."
    cli._emit(args, payload, text)
    return cli.EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from bvmdesk.services.backup_types import DatabaseDamagedError
    from bvmdesk.services.integrity import damaged_report

    try:
        services = cli._open(args)
    except DatabaseDamagedError as exc:  # a damaged file is a failed check (exit 3)
        report = damaged_report(str(exc))
    else:
        try:
            report = services.maintenance.check()
        finally:
            services.close()
    payload: dict[str, Any] = report.as_dict()
    if not report.ok:
        count = len(report.problems)
        payload["error"] = (f"Controle mislukt: {count} "
                            f"{'probleem' if count == 1 else 'problemen'} gevonden; de eerste: "
                            f"{report.problems[0]}")
    lines = [f"Let op: {w}" for w in report.warnings]
    if report.ok:
        lines.append("Controle geslaagd: integriteit, verwijzingen, audit-keten, kopbestand en "
                     "feiten in orde.")
    else:
        lines.append("Controle mislukt:")
        lines += [f"  [{p.kind}] {p}" for p in report.problems]
    cli._emit(args, payload, "\n".join(lines))
    return cli.EXIT_OK if report.ok else cli.EXIT_CHECK_FAILED
