"""The command line: parses, calls services, prints text or --json (DESIGN.md)."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from bvmdesk import __version__
from bvmdesk.cli_args import (
    MAX_DEMO_PARTICIPANTS,
    MAX_SEED,
    Parser,
    date_arg,
    demo_participants,
    dutch_argparse,
    seed_arg,
)
from bvmdesk.domain.dates import DATE_FORMS

EXIT_OK, EXIT_REFUSED, EXIT_CHECK_FAILED = 0, 1, 3
JSON_HELP = "schrijf één JSON-document naar stdout in plaats van tekst"
_PASSWORD_HELP = "lees het wachtwoord als één regel van stdin (anders: twee keer typen)"
log = logging.getLogger("bvmdesk.cli")


class CliError(Exception):
    """Bad input or a refused action: exit 1 with this one-line Dutch reason."""


_iso_date = date_arg  # the former name, for modules that still import it


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; argparse's own texts (help, `gebruik:`) are Dutch."""
    with dutch_argparse():
        return _build_parser()


_GUI_OPTIONS = {"--smoke-test", "--smoke-test=main", "--smoke-test=all"}


def _is_plain_gui(argv: list[str]) -> bool:
    """Whether `argv` is a valid start of the GUI (`[--db X] [gui [--smoke-test[=all]]]`):
    then only the GUI's part of the parser is built, sparing the other commands' imports
    (SQLAlchemy, the services) before the first window. Anything else, help and errors
    included, goes through the whole parser."""
    rest = list(argv)
    if rest[:1] == ["--db"] and len(rest) >= 2 and not rest[1].startswith("-"):
        rest = rest[2:]
    elif rest[:1] and rest[0].startswith("--db="):
        rest = rest[1:]
    if not rest:
        return True
    if rest[0] != "gui":
        return False
    options = rest[1:]
    if options[:1] == ["--smoke-test"] and options[1:] in (["main"], ["all"]):
        return True
    return len(options) == 0 or (len(options) == 1 and options[0] in _GUI_OPTIONS)


def _build_parser(*, gui_only: bool = False) -> argparse.ArgumentParser:
    parser = Parser(prog="bvmdesk", description="BVM Desk: presentie, beoordelingen, "
                     "aftekeningen en certificaten voor een Bedrijfsvakschool Metaaltechniek.")
    parser.add_argument("--version", action="version", version=f"bvmdesk {__version__}",
                        help="toon het versienummer en stop")
    parser.add_argument("--db", metavar="PAD_OF_URL",
                        help="SQLite-bestand of SQLAlchemy-URL (standaard: BVMDESK_DB of de "
                        "gebruikersmap)")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=Parser,
                                help="zonder opdracht: gui")

    gui = sub.add_parser("gui", help="de desktopapplicatie (standaard)")
    gui.add_argument("--smoke-test", nargs="?", const="main", choices=("main", "all"),
                     help="bouw het hoofdvenster alleen-lezen op en sluit meteen af "
                     "(=all: toon eerst elke pagina eenmaal)")
    if gui_only:
        return parser

    init = sub.add_parser("init", help="richt deze database in voor een locatie")
    init.add_argument("--site-code", required=True, metavar="CODE",
                      help="code van de locatie, bijvoorbeeld ZWL")
    init.add_argument("--site-name", required=True, metavar="NAAM",
                      help="naam van de locatie, bijvoorbeeld Zwolle")
    init.add_argument("--admin", required=True, metavar="GEBRUIKERSNAAM",
                      help="de eerste beheerder")
    init.add_argument("--password-stdin", action="store_true", help=_PASSWORD_HELP)
    init.add_argument("--json", action="store_true", help=JSON_HELP)

    demo = sub.add_parser("demo", help="vul de database met realistische demogegevens")
    demo.add_argument("--participants", type=demo_participants, default=120,
                      metavar="AANTAL", help="aantal deelnemers, 1 tot en met "
                      f"{MAX_DEMO_PARTICIPANTS:,} (standaard 120)".replace(",", "."))
    demo.add_argument("--seed", type=seed_arg, default=1, metavar="GETAL",
                      help="startgetal van het toeval (0 tot en met "
                      f"{MAX_SEED}): hetzelfde getal geeft dezelfde gegevens")
    demo.add_argument("--today", type=date_arg, metavar="DATUM",
                      help=f"de dag van vandaag voor de demo ({DATE_FORMS})")
    demo.add_argument("--json", action="store_true", help=JSON_HELP)

    participants = sub.add_parser("participants", help="deelnemers")
    psub = participants.add_subparsers(dest="action", required=True, metavar="ACTIE",
                                       parser_class=Parser, help="wat u met deelnemers doet")
    plist = psub.add_parser("list", help="alle deelnemers op alle locaties")
    plist.add_argument("--search", default="", metavar="TEKST",
                       help="deel van een naam, het nummer of de badge")
    plist.add_argument("--json", action="store_true", help=JSON_HELP)
    from bvmdesk.cli_privacy import add_export_person

    add_export_person(psub)

    check = sub.add_parser("check", help="controleer integriteit, verwijzingen en audit")
    check.add_argument("--json", action="store_true", help=JSON_HELP)

    from bvmdesk.cli_exchange import register as register_exchange

    _HANDLERS.update(register_exchange(sub))
    from bvmdesk.cli_attendance import register as register_attendance
    _HANDLERS.update(register_attendance(sub))
    from bvmdesk.cli_assessments import register as register_assessments
    _HANDLERS.update(register_assessments(sub, _HANDLERS["report"]))
    from bvmdesk.cli_signoffs import register as register_signoffs
    _HANDLERS.update(register_signoffs(sub, _HANDLERS["report"]))
    from bvmdesk.cli_scans import register as register_scans
    _HANDLERS.update(register_scans(sub))
    from bvmdesk.cli_backup import register as register_backup
    _HANDLERS.update(register_backup(sub))
    from bvmdesk.cli_certificates import register as register_certificates
    _HANDLERS.update(register_certificates(sub))
    from bvmdesk.cli_groups import register as register_groups
    _HANDLERS.update(register_groups(sub))
    from bvmdesk.cli_users import register as register_users
    _HANDLERS.update(register_users(sub))
    from bvmdesk.cli_retention import register as register_retention
    _HANDLERS.update(register_retention(sub))
    return parser


def read_password(from_stdin: bool) -> str:
    """One password: a line from stdin, or typed twice at a terminal.

    Raises:
        CliError: no terminal and no --password-stdin, or the two entries differ.
    """
    if from_stdin:
        from bvmdesk.domain.passwords import MAX_PASSWORD_LENGTH

        # A bounded read: an endless stream without a newline (< /dev/zero) must not hang.
        line = sys.stdin.readline(MAX_PASSWORD_LENGTH + 2)
        if len(line) > MAX_PASSWORD_LENGTH and not line.endswith("\n"):
            raise CliError(f"Een wachtwoord heeft hoogstens {MAX_PASSWORD_LENGTH} tekens.")
        return line.removesuffix("\n").removesuffix("\r")
    if not sys.stdin.isatty():
        raise CliError("Geen wachtwoord: gebruik --password-stdin of een terminal.")
    import getpass

    first = getpass.getpass("Wachtwoord (minstens 10 tekens): ")
    if getpass.getpass("Nog een keer: ") != first:
        raise CliError("De twee wachtwoorden zijn niet gelijk.")
    return first


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if getattr(args, "json", False):
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif text:
        print(text)


def _location(args: argparse.Namespace) -> str:
    from bvmdesk.config import default_db_location

    return str(args.db) if args.db else default_db_location()


_gui_ran: list[bool] = []


def entry() -> None:
    """The `bvmdesk` program: run `main` and exit with its code.

    After the GUI, everything that matters is closed and flushed (database, log, settings),
    so the process ends at once instead of tearing down Qt and every module one by one
    (that took about half a second).
    """
    import multiprocessing

    # A frozen program (PyInstaller) started as a certificate render worker does only that.
    multiprocessing.freeze_support()
    code = main()
    if _gui_ran:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    given = list(sys.argv[1:] if argv is None else argv)
    if _is_plain_gui(given):
        with dutch_argparse():
            args = _build_parser(gui_only=True).parse_args(given)
    else:
        args = build_parser().parse_args(given)
    command = args.command or "gui"
    if command == "gui":
        # Before Qt is imported: a missing X11 library would make Qt abort without a word.
        from bvmdesk.platform_check import xcb_problem

        problem = xcb_problem(os.environ)
        if problem is not None:
            print(problem, file=sys.stderr)
            return EXIT_REFUSED
        from bvmdesk.app import run_gui

        _gui_ran.append(True)
        smoke_test = getattr(args, "smoke_test", None)
        return int(run_gui(_location(args), smoke_test=smoke_test is not None,
                           every_page=smoke_test == "all"))
    handler = _HANDLERS[command]
    from bvmdesk.logs import setup_logging

    setup_logging()  # warnings go to the log file (opened only when one comes), not stderr
    try:
        return handler(args)
    except BrokenPipeError:
        # The reader went away (`... | head`): not an error of ours, and nothing to say.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # every failure becomes one Dutch line, never a traceback
        from bvmdesk.config import mask_passwords

        message = mask_passwords(_user_message(exc))
        try:
            if getattr(args, "json", False):
                _emit(args, {"error": message}, "")
            print(f"bvmdesk: {message}", file=sys.stderr)
        except BrokenPipeError:
            _silence_stdout()
        return EXIT_REFUSED


def _silence_stdout() -> None:
    """Point stdout at devnull, so that flushing at exit raises no second BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _user_message(exc: Exception) -> str:
    from bvmdesk.services.base import ServiceError, ValidationFailed
    from bvmdesk.services.container import DatabaseLocationError, MigrationError

    if isinstance(exc, ValidationFailed):
        return "; ".join(e.message for e in exc.errors)
    if isinstance(exc, UnicodeEncodeError):  # argv bytes that are no UTF-8 (surrogates)
        return ("De invoer bevat tekens die geen geldige tekst (UTF-8) zijn. Typ ze opnieuw "
                "of laat ze weg; er is niets gewijzigd.")
    if isinstance(exc, CliError | ServiceError | DatabaseLocationError | MigrationError):
        return str(exc)
    from bvmdesk.services.backup_types import damage_message

    damaged = damage_message(exc)
    if damaged is not None:  # a page SQLite found damaged while the command read it
        return damaged
    from bvmdesk.services.base import database_problem

    problem = database_problem(exc)  # busy, disk full, read-only, server gone
    if problem is not None:
        log.warning("databasefout: %s", problem, exc_info=exc)
        return str(problem)
    from bvmdesk.logs import log_path, setup_logging

    setup_logging()
    log.error("onverwachte fout", exc_info=exc)
    return f"onverwachte fout; de details staan in {log_path()}"


def _open(args: argparse.Namespace, create: bool = False) -> Any:
    from pathlib import Path

    from bvmdesk.config import DEFAULT_DB_NAME, data_dir
    from bvmdesk.services.container import open_services

    location = _location(args)
    if create and not args.db and location == str(data_dir() / DEFAULT_DB_NAME):
        Path(location).parent.mkdir(parents=True, exist_ok=True)  # our own folder
    clock = None
    if getattr(args, "today", None) is not None:  # `--today` fixes the one clock's date
        from bvmdesk.domain.clock import Clock

        clock = Clock(today=args.today)
    return open_services(location, create=create, clock=clock)


def _cmd_init(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bvmdesk.config import is_url
    from bvmdesk.services.base import Actor

    location = _location(args)
    new_file = None if is_url(location) else Path(location).expanduser()
    if new_file is not None and new_file.exists():
        new_file = None
    try:
        services = _open(args, create=True)
        try:
            if services.accounts.is_set_up():
                raise CliError("Deze database is al ingericht voor een locatie.")
            password = read_password(args.password_stdin)
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
    _emit(args, {"site": {"code": site.code, "name": site.name}, "admin": args.admin,
                 "key_id": key.key_id},
          f"Locatie {site.code} ({site.name}) ingericht; beheerder: {args.admin}.\n"
          f"Sleutel om certificaten te ondertekenen: {key.key_id} (alleen op deze pc; zet "
          "hem over met 'bvmdesk certificates key export').")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    services = _open(args, create=True)
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
    _emit(args, {"accounts": accounts, "participants": result.participants,
                 "groups": result.groups, "lessons": result.lessons, "marks": result.marks,
                 "pin_trainer": result.pin_trainer},
          "\n".join(lines))
    return EXIT_OK


def _cmd_participants(args: argparse.Namespace) -> int:
    from bvmdesk.domain.text import MAX_SEARCH_LENGTH, cut_search
    from bvmdesk.services.base import Actor

    if args.action == "export-person":
        from bvmdesk.cli_privacy import cmd_export_person

        return cmd_export_person(args)

    search, cut = cut_search(args.search)
    services = _open(args)
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
    _emit(args, payload, text)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from bvmdesk.services.backup_types import DatabaseDamagedError
    from bvmdesk.services.integrity import damaged_report

    try:
        services = _open(args)
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
    _emit(args, payload, "\n".join(lines))
    return EXIT_OK if report.ok else EXIT_CHECK_FAILED


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "participants": _cmd_participants,
    "check": _cmd_check,
}
