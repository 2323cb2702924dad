"""The command line for certificates: `certificates verify|public-key|key|eligibility|issue|
list|revoke|reprint|correct` (the certificates issue, points 4-7) and `verify-address|
verify-page` (issue 18, in cli_verify_page.py).

`verify` with `--public-key` opens no database at all (and creates none): an employer
checks a code with the published key alone. The register commands (eligibility, issuing,
the list) are in cli_certificate_register.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bvmdesk.services.certificate_types import VerifyResult

Handler = Callable[[argparse.Namespace], int]
ENV_PASSPHRASE = "BVMDESK_KEY_PASSPHRASE"
ENV_NEW_PASSPHRASE = "BVMDESK_KEY_NEW_PASSPHRASE"

VERDICTS = {
    "valid": "Geldig",
    "tampered": "Ongeldig (gewijzigd)",
    "unknown_key": "Onbekende sleutel",
    "revoked": "Ingetrokken",
    "superseded": "Vervangen",
    "expired": "Verlopen",
}
KIND_LABELS = {"certificaat": "certificaat", "deelname": "bewijs van deelname"}


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `certificates ...` to `bvmdesk`'s subparsers; returns the handler."""
    from bvmdesk.cli import JSON_HELP
    from bvmdesk.cli_args import Parser
    from bvmdesk.cli_certificate_register import add_register_commands
    from bvmdesk.cli_verify_page import add_commands as add_page_commands

    certificates = subparsers.add_parser(
        "certificates", help="certificaten: uitgeven, controleren, intrekken, sleutel",
        description="Certificaten en bewijzen van deelname: wie er recht op heeft, uitgeven "
        "(genummerd, bevroren, ondertekend), de QR-code controleren, intrekken en opnieuw "
        "afdrukken; de sleutel waarmee deze locatie ondertekent.")
    csub = certificates.add_subparsers(dest="action", required=True, metavar="ACTIE",
                                       parser_class=Parser, help="wat u met certificaten doet")

    verify = csub.add_parser(
        "verify", help="controleer een certificaatcode of een certificaat-PDF",
        description="Controleert de ondertekende code van een certificaat (de tekst van de "
        "QR-code, of een PDF van BVM Desk). Exit 0 alleen als het certificaat geldig is, 3 bij "
        "elk ander oordeel, 1 als de invoer geen certificaatcode is.")
    verify.add_argument("code", metavar="TEKST_OF_PDF",
                        help="de tekst van de QR-code (BVM1:... of https://...#BVM1:...) of "
                        "een PDF-bestand")
    verify.add_argument("--public-key", metavar="BESTAND", type=Path,
                        help="controleer met deze openbare sleutel (PEM), zonder database")
    verify.add_argument("--json", action="store_true", help=JSON_HELP)

    public = csub.add_parser("public-key", help="de openbare sleutel van deze locatie (PEM)")
    public.add_argument("-o", "--output", metavar="BESTAND", type=Path,
                        help="schrijf de sleutel naar dit bestand (standaard: stdout)")

    key = csub.add_parser(
        "key", help="de geheime sleutel naar een tweede pc van deze locatie overzetten",
        description="De geheime sleutel staat als bestand op deze pc, nooit in de database. "
        f"De wachtwoordzin komt uit {ENV_PASSPHRASE} of wordt gevraagd op de terminal.")
    ksub = key.add_subparsers(dest="key_action", required=True, metavar="ACTIE",
                              parser_class=Parser, help="wat u met de sleutel doet")
    export = ksub.add_parser("export", help="schrijf de geheime sleutel, beveiligd met een "
                             "wachtwoordzin (minstens 8 tekens), naar een bestand")
    export.add_argument("file", metavar="BESTAND", type=Path, help="het bestand om te schrijven")
    export.add_argument("--json", action="store_true", help=JSON_HELP)
    load = ksub.add_parser("import", help="neem een geëxporteerde sleutel over op deze pc")
    load.add_argument("file", metavar="BESTAND", type=Path, help="de geëxporteerde sleutel")
    load.add_argument("--json", action="store_true", help=JSON_HELP)
    protect = ksub.add_parser(
        "passphrase", help="beveilig de sleutel op deze pc met een wachtwoordzin",
        description="Zet een wachtwoordzin op het sleutelbestand van deze pc (gevraagd op de "
        f"terminal of uit {ENV_NEW_PASSPHRASE}); die wordt dan één keer per sessie gevraagd "
        "bij het ondertekenen.")
    protect.add_argument("--remove", action="store_true", help="haal de wachtwoordzin eraf")
    protect.add_argument("--json", action="store_true", help=JSON_HELP)

    add_register_commands(csub)
    add_page_commands(csub)
    return {"certificates": _cmd}


def _cmd(args: argparse.Namespace) -> int:
    from bvmdesk.cli_certificate_register import REGISTER_COMMANDS

    if args.action == "verify":
        return _cmd_verify(args)
    if args.action == "public-key":
        return _cmd_public_key(args)
    if args.action == "key":
        return _cmd_key(args)
    if args.action in ("verify-address", "verify-page"):
        from bvmdesk.cli_verify_page import cmd_verify_address, cmd_verify_page

        return (cmd_verify_address if args.action == "verify-address" else cmd_verify_page)(args)
    return REGISTER_COMMANDS[args.action](args)


# --- passphrases -------------------------------------------------------------------------
def read_passphrase(prompt: str, *, confirm: bool = False, env: str = ENV_PASSPHRASE) -> str:
    """A passphrase from the environment variable `env`, or typed at a terminal.

    Raises:
        CliError: no variable and no terminal to ask at, or the two entries differ.
    """
    from bvmdesk.cli import CliError

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"Geen wachtwoordzin: zet {env} of gebruik een terminal. Er is niets "
                       "gewijzigd.")
    import getpass

    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nog een keer: ") != first:
        raise CliError("De twee wachtwoordzinnen zijn niet gelijk. Er is niets gewijzigd.")
    return first


def ask_passphrase(key_id: str) -> str | None:
    """The PassphraseAsk of the command line: a protected key file's passphrase."""
    return read_passphrase(f"Wachtwoordzin van sleutel {key_id}: ")


# --- verify ------------------------------------------------------------------------------
def _cmd_verify(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_CHECK_FAILED, EXIT_OK, CliError, _emit
    from bvmdesk.domain.certificate_code import NotACodeError, PrintFileError

    try:
        text = _code_of(args.code)
        if args.public_key is not None:
            result = _verify_offline(text, args.public_key)
        else:
            result = _verify_here(args, text)
    except PrintFileError as exc:  # its message says what to check instead
        raise CliError(str(exc)) from None
    except NotACodeError as exc:
        raise CliError(f"{exc} Geef de tekst van de QR-code (BVM1:... of het webadres met "
                       "#BVM1:...) of een PDF van een certificaat.") from None
    _emit(args, result.json(), "" if args.json else verify_text(result))
    return EXIT_OK if result.status == "valid" else EXIT_CHECK_FAILED


def _code_of(argument: str) -> str:
    """The code text: the argument itself, or the code inside a PDF file it names.

    Raises:
        NotACodeError: a PDF without a certificate code. CliError: the file cannot be read.
    """
    from bvmdesk.cli import CliError
    from bvmdesk.services.certificate_verify import code_of_pdf

    path = Path(argument)
    try:
        is_file = len(argument) < 4096 and path.is_file()
    except (OSError, ValueError):
        is_file = False
    if not is_file:
        return argument
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
            if path.suffix.lower() != ".pdf" and head != b"%PDF-":
                return argument
            data = head + handle.read()
    except OSError as exc:
        from bvmdesk.domain.text import os_error_text

        raise CliError(f"Kan {path} niet lezen ({os_error_text(exc)}).") from None
    return code_of_pdf(data)


def _verify_offline(text: str, key_file: Path) -> VerifyResult:
    """The verdict with one public key: no database is opened or created."""
    from bvmdesk.cli import CliError
    from bvmdesk.config import ClockSettingError, environment_clock
    from bvmdesk.services.certificate_verify import verify_with_key
    from bvmdesk.services.signing_keys import read_public_pem

    try:
        data = key_file.read_bytes()
    except OSError as exc:
        from bvmdesk.domain.text import os_error_text

        raise CliError(f"Kan de openbare sleutel {key_file} niet lezen "
                       f"({os_error_text(exc)}).") from None
    public = read_public_pem(data)
    try:
        today = environment_clock().today()
    except ClockSettingError as exc:
        raise CliError(str(exc)) from None
    return verify_with_key(text, public, today)


def _verify_here(args: argparse.Namespace, text: str) -> VerifyResult:
    from bvmdesk.cli import _open
    from bvmdesk.services.base import Actor

    services = _open(args)
    try:
        return services.certificate_verify.verify(Actor.cli(), text)  # type: ignore[no-any-return]
    finally:
        services.close()


def dutch_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "-"


def verify_text(result: VerifyResult) -> str:
    """The verdict in words, then the record's fields (when the code could be read)."""
    lines = [VERDICTS.get(result.status, result.status)]
    if result.number is not None:
        rows = [("Nummer", result.number), ("Naam", result.name or ""),
                ("Module", result.module or ""), ("Uitgegeven", dutch_date(result.issued)),
                ("Soort", KIND_LABELS.get(result.kind or "", result.kind or "")),
                ("Locatie", result.site or ""),
                ("Verloopt", dutch_date(result.expires) if result.expires else "nooit"),
                ("Sleutel", result.key_id or "")]
        lines += [f"  {label + ':':<12}{value}" for label, value in rows]
    if result.detail:
        lines.append(result.detail)
    return "\n".join(lines)


# --- the key -----------------------------------------------------------------------------
def _cmd_public_key(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _open
    from bvmdesk.services.base import Actor

    services = _open(args)
    try:
        info = services.signing_keys.info(Actor.cli())
    finally:
        services.close()
    if args.output is None:
        sys.stdout.write(info.public_pem)
        return EXIT_OK
    from bvmdesk.services.report_files import write_atomically

    write_atomically(args.output, info.public_pem.encode("ascii"))
    print(f"Openbare sleutel {info.key_id} van locatie {info.site_code} geschreven: "
          f"{args.output}", file=sys.stderr)
    return EXIT_OK


def _cmd_key(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, CliError, _emit, _open
    from bvmdesk.services.base import Actor
    from bvmdesk.services.signing_keys import MIN_PASSPHRASE

    actor = Actor.cli()
    if args.key_action == "export":
        if args.file.exists() and args.file.is_dir():
            raise CliError(f"{args.file} is een map; geef een bestandsnaam. Er is niets "
                           "geschreven.")
        if not args.file.parent.exists():
            from bvmdesk.domain.text import missing_folder_text

            raise CliError(missing_folder_text(args.file.parent))
    services = _open(args)
    try:
        keys = services.signing_keys
        if args.key_action == "export":
            passphrase = read_passphrase(
                f"Wachtwoordzin voor de export (minstens {MIN_PASSPHRASE} tekens): ",
                confirm=True)
            if len(passphrase) < MIN_PASSPHRASE:
                raise CliError(f"Een export van de sleutel heeft een wachtwoordzin van "
                               f"minstens {MIN_PASSPHRASE} tekens nodig; er is niets "
                               "geschreven.")
            key_id = keys.export(actor, args.file, passphrase, ask_passphrase)
            done = (f"Sleutel {key_id} geëxporteerd naar {args.file}. Neem hem over op de "
                    "andere pc met 'bvmdesk certificates key import'.")
        elif args.key_action == "import":
            passphrase = read_passphrase(f"Wachtwoordzin van {args.file.name}: ")
            key_id = keys.import_file(actor, args.file, passphrase)
            done = f"Sleutel {key_id} staat nu op deze pc; deze pc kan certificaten uitgeven."
        else:
            new: str | None = None
            if not args.remove:
                new = read_passphrase(
                    f"Nieuwe wachtwoordzin (minstens {MIN_PASSPHRASE} tekens): ",
                    confirm=True, env=ENV_NEW_PASSPHRASE)
                if len(new) < MIN_PASSPHRASE:
                    raise CliError(f"Een wachtwoordzin heeft minstens {MIN_PASSPHRASE} "
                                   "tekens; er is niets gewijzigd.")
            keys.set_passphrase(actor, new, ask_passphrase)
            key_id = keys.info(actor).key_id
            done = (f"De wachtwoordzin van sleutel {key_id} is verwijderd." if new is None
                    else f"Sleutel {key_id} is nu beveiligd met een wachtwoordzin.")
    finally:
        services.close()
    _emit(args, {"key_id": key_id}, done)
    return EXIT_OK
