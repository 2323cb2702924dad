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
    Parser,
    date_arg,
    dutch_argparse,
)

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

    from bvmdesk.cli_site import register as register_site

    _HANDLERS.update(register_site(sub))
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


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}
