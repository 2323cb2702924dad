"""The command line for the certificate register: `certificates eligibility|issue|list|
revoke|reprint|correct` (the certificates issue, point 7). Each calls CertificateService."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bvmdesk.services.certificate_types import CertificateInfo, GroupEligibility

Handler = Callable[[argparse.Namespace], int]
KINDS = ("certificaat", "deelname")
LANGUAGES = ("nl", "en")
STATUSES = ("valid", "revoked", "superseded")
STATUS_LABELS = {"valid": "geldig", "revoked": "ingetrokken", "superseded": "vervangen"}


def add_register_commands(csub: Any) -> None:
    """The register's subcommands, under `certificates`."""
    from bvmdesk.cli import JSON_HELP

    eligibility = csub.add_parser("eligibility", help="wie in een groep een certificaat mag "
                                  "krijgen, en waarom (niet)")
    eligibility.add_argument("--group", required=True, metavar="CODE", help="de groepscode")
    eligibility.add_argument("--kind", choices=KINDS,
                             help="certificaat of deelname (standaard: wat de module geeft)")
    eligibility.add_argument("--json", action="store_true", help=JSON_HELP)

    issue = csub.add_parser(
        "issue", help="geef certificaten uit aan wie er recht op heeft",
        description="Geeft elke deelnemer van de groep die er recht op heeft en nog geen "
        "geldig certificaat voor die inschrijving heeft een certificaat: genummerd, "
        "ondertekend en bevroren. -o BESTAND.pdf schrijft één PDF met alle bladzijden om af "
        "te drukken; -o MAP schrijft per certificaat NUMMER.pdf in die map.")
    issue.add_argument("--group", required=True, metavar="CODE", help="de groepscode")
    issue.add_argument("--participant", metavar="NUMMER",
                       help="alleen deze deelnemer (deelnemernummer)")
    issue.add_argument("--kind", choices=KINDS,
                       help="certificaat of deelname (standaard: wat de module geeft)")
    issue.add_argument("--language", choices=LANGUAGES, default="nl",
                       help="taal van het certificaat (standaard nl)")
    issue.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf|MAP", type=Path,
                       help="één PDF om af te drukken, of een map voor een PDF per certificaat")
    issue.add_argument("--json", action="store_true", help=JSON_HELP)

    listing = csub.add_parser("list", help="de uitgegeven certificaten, nieuwste eerst")
    listing.add_argument("--group", metavar="CODE", help="alleen deze groep")
    listing.add_argument("--participant", metavar="NUMMER", help="alleen deze deelnemer")
    listing.add_argument("--status", choices=STATUSES, help="alleen deze status")
    listing.add_argument("--expiring", action="store_true",
                         help="alleen geldige certificaten die binnen 90 dagen verlopen")
    listing.add_argument("--json", action="store_true", help=JSON_HELP)

    revoke = csub.add_parser("revoke", help="trek een certificaat in (met een reden)")
    revoke.add_argument("number", metavar="NUMMER", help="het certificaatnummer")
    revoke.add_argument("--reason", required=True, metavar="TEKST",
                        help="waarom het certificaat wordt ingetrokken")
    revoke.add_argument("--json", action="store_true", help=JSON_HELP)

    reprint = csub.add_parser("reprint", help="schrijf de bevroren PDF van een certificaat "
                              "opnieuw (altijd dezelfde bytes)")
    reprint.add_argument("number", metavar="NUMMER", help="het certificaatnummer")
    reprint.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", type=Path,
                         help="het PDF-bestand om te schrijven")

    correct = csub.add_parser(
        "correct", help="vervang een certificaat door een nieuw met de gegevens van nu",
        description="Maakt een nieuw certificaat met de gegevens van vandaag dat het oude "
        "vervangt; het oude wordt bij controle 'vervangen'.")
    correct.add_argument("number", metavar="NUMMER", help="het te vervangen certificaat")
    correct.add_argument("--language", choices=LANGUAGES,
                         help="taal van het nieuwe certificaat (standaard: als het oude)")
    correct.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", type=Path,
                         help="het PDF-bestand van het nieuwe certificaat")
    correct.add_argument("--json", action="store_true", help=JSON_HELP)


def _database(services: Any) -> Path | None:
    return services.backups.database_path if services.backups.is_sqlite else None


# --- eligibility -------------------------------------------------------------------------
def eligibility_json(data: GroupEligibility) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for row in data.rows:
        item: dict[str, Any] = {
            "participant": row.participant, "name": row.name, "eligible": row.eligible,
            "conditions": [{"name": c.name, "met": c.met, "detail": c.detail}
                           for c in row.conditions]}
        if row.override is not None:
            item["override"] = row.override
        if row.certificate is not None:
            item["certificate"] = row.certificate
        rows.append(item)
    return {"group": data.group, "rows": rows}


def _eligibility_text(data: GroupEligibility) -> str:
    from bvmdesk.cli_certificates import KIND_LABELS

    lines = [f"Groep {data.group} ({data.group_name}), module {data.module} "
             f"{data.module_name}: {KIND_LABELS.get(data.kind, data.kind)}"]
    if not data.rows:
        lines.append("Geen inschrijvingen in deze groep.")
    for row in data.rows:
        verdict = "ja " if row.eligible else "nee"
        line = f"  {row.participant:<12} {row.name[:36]:<36} {verdict}  {row.summary}"
        if row.override:
            line += f" (toegestaan door beheerder: {row.override})"
        if row.certificate:
            line += f" [certificaat {row.certificate}]"
        lines.append(line)
    eligible = sum(1 for row in data.rows if row.eligible and not row.certificate)
    lines.append(f"Klaar voor een certificaat: {eligible} van {len(data.rows)}.")
    return "\n".join(lines)


def _cmd_eligibility(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor

    services = _open(args)
    try:
        data = services.certificates.eligibility(Actor.cli(), args.group.strip(), args.kind)
    finally:
        services.close()
    _emit(args, eligibility_json(data), "" if args.json else _eligibility_text(data))
    return EXIT_OK


# --- issuing -----------------------------------------------------------------------------
def _check_output(output: Path) -> bool:
    """Whether `output` is one print PDF (True) or a folder (False); refused before the
    database is opened when it can be neither."""
    from bvmdesk.cli import CliError
    from bvmdesk.services.assessment_reports import check_pdf_target

    if output.suffix.lower() == ".pdf":
        check_pdf_target(output, None)
        return True
    if output.exists() and not output.is_dir():
        raise CliError(f"{output} is een bestand en geen map; geef een map of een naam die "
                       "op .pdf eindigt. Er is niets uitgegeven.")
    if output.suffix and not output.exists():
        raise CliError(f"{output} eindigt niet op .pdf; geef een naam die op .pdf eindigt "
                       "(één PDF om af te drukken) of een map (een PDF per certificaat). "
                       "Er is niets uitgegeven.")
    return False


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rUitgegeven: {done} van {total}", end="" if done < total else "\n",
              file=sys.stderr, flush=True)


def _cmd_issue(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, EXIT_REFUSED, _emit, _open
    from bvmdesk.cli_certificates import ask_passphrase
    from bvmdesk.services.assessment_reports import check_pdf_target, write_pdf
    from bvmdesk.services.base import Actor

    output: Path = args.output
    single = _check_output(output)
    services = _open(args)
    made_folder = False
    try:
        database = _database(services)
        if single:
            check_pdf_target(output, database)
        elif not output.exists():
            output.mkdir(parents=True)
            made_folder = True
        participants = [args.participant.strip()] if args.participant else None
        result = services.certificates.issue(
            Actor.cli(), args.group.strip(), participants, kind=args.kind,
            language=args.language, ask=ask_passphrase, progress=_progress,
            out_dir=None if single else output, with_print=single)
    except BaseException:
        if made_folder and not any(output.iterdir()):
            output.rmdir()
        raise
    finally:
        services.close()
    if single and result.print_pdf is not None:
        write_pdf(output, result.print_pdf, database)
    if made_folder and not result.issued:
        output.rmdir()
    issued = [{"number": item.number, "participant": item.participant, "sha256": item.sha256,
               "file": str(output) if single else item.file} for item in result.issued]
    skipped = [{"participant": item.participant, "reason": item.reason}
               for item in result.skipped]
    lines = [f"Uitgegeven: {item.number} aan {item.participant}" for item in result.issued]
    lines += [f"Overgeslagen: {item.participant}: {item.reason}" for item in result.skipped]
    if result.issued:
        where = f"één PDF om af te drukken: {output}" if single else f"map {output}"
        lines.append(f"{len(result.issued)} uitgegeven; {where}.")
    else:
        lines.append("Er is niets uitgegeven: niemand in deze keuze heeft nu recht op een "
                     "nieuw certificaat.")
    _emit(args, {"issued": issued, "skipped": skipped}, "\n".join(lines))
    if participants and not result.issued:
        return EXIT_REFUSED  # the one person asked for got nothing
    return EXIT_OK


# --- the register ------------------------------------------------------------------------
def certificate_json(info: CertificateInfo) -> dict[str, Any]:
    return {"number": info.number, "participant": info.participant, "name": info.name,
            "kind": info.kind, "language": info.language, "module": info.module,
            "module_name": info.module_name, "group": info.group,
            "issued": info.issued_on.isoformat(), "issued_at": info.issued_at.isoformat(),
            "issued_by": info.issued_by, "status": info.status, "sha256": info.sha256,
            "expires": info.expires_on.isoformat() if info.expires_on else None,
            "revocation_reason": info.revocation_reason, "supersedes": info.supersedes,
            "superseded_by": info.superseded_by}


def _line(info: CertificateInfo) -> str:
    from bvmdesk.cli_certificates import KIND_LABELS, dutch_date

    status = STATUS_LABELS.get(info.status, info.status)
    if info.superseded_by:
        status += f" door {info.superseded_by}"
    expires = f", verloopt {dutch_date(info.expires_on)}" if info.expires_on else ""
    return (f"{info.number:<16} {dutch_date(info.issued_on)}  {info.participant:<12} "
            f"{info.name[:32]:<32} {info.module:<10} {KIND_LABELS.get(info.kind, info.kind)}"
            f", {status}{expires}")


def _cmd_list(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor

    services = _open(args)
    try:
        if args.expiring:
            items = services.certificates.expiring(Actor.cli())
            items = [i for i in items
                     if (not args.group or i.group == args.group)
                     and (not args.participant or i.participant == args.participant)]
        else:
            items = services.certificates.list(Actor.cli(), group=args.group,
                                               participant=args.participant,
                                               status=args.status)
    finally:
        services.close()
    _emit(args, {"certificates": [certificate_json(i) for i in items]},
          "\n".join(_line(i) for i in items) or "Geen certificaten gevonden.")
    return EXIT_OK


def _cmd_revoke(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor

    services = _open(args)
    try:
        info = services.certificates.revoke(Actor.cli(), args.number.strip(), args.reason)
    finally:
        services.close()
    _emit(args, {"certificate": certificate_json(info)},
          f"Certificaat {info.number} ({info.name}) is ingetrokken: {info.revocation_reason}")
    return EXIT_OK


def _cmd_reprint(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _open
    from bvmdesk.services.assessment_reports import check_pdf_target, write_pdf
    from bvmdesk.services.base import Actor

    check_pdf_target(args.output, None)
    services = _open(args)
    try:
        database = _database(services)
        check_pdf_target(args.output, database)
        content = services.certificates.pdf(Actor.cli(), args.number.strip())
    finally:
        services.close()
    write_pdf(args.output, content, database)
    print(f"Certificaat {args.number.strip()} geschreven: {args.output}")
    return EXIT_OK


def _cmd_correct(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.cli_certificates import ask_passphrase
    from bvmdesk.services.assessment_reports import check_pdf_target, write_pdf
    from bvmdesk.services.base import Actor

    check_pdf_target(args.output, None)
    services = _open(args)
    try:
        database = _database(services)
        check_pdf_target(args.output, database)
        actor = Actor.cli()
        info = services.certificates.correct(actor, args.number.strip(),
                                             language=args.language, ask=ask_passphrase)
        content = services.certificates.pdf(actor, info.number)
    finally:
        services.close()
    write_pdf(args.output, content, database)
    _emit(args, {"certificate": certificate_json(info), "file": str(args.output)},
          f"Certificaat {info.number} vervangt {args.number.strip()}; geschreven: "
          f"{args.output}")
    return EXIT_OK


REGISTER_COMMANDS: dict[str, Handler] = {
    "eligibility": _cmd_eligibility,
    "issue": _cmd_issue,
    "list": _cmd_list,
    "revoke": _cmd_revoke,
    "reprint": _cmd_reprint,
    "correct": _cmd_correct,
}
