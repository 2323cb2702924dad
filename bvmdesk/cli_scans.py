"""The command line for a badge scanner's log: `attendance scans FILE.csv`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bvmdesk.domain.text import os_error_text

if TYPE_CHECKING:  # only for annotations: `bvmdesk --version` imports no services
    from bvmdesk.services.scanlog import ScanLine, ScanLogSummary, ScanMark

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `attendance scans` to `bvmdesk`'s subparsers; returns the handler."""
    from bvmdesk.cli import JSON_HELP
    from bvmdesk.cli_args import Parser

    attendance = subparsers.add_parser("attendance", help="presentie: scannerlogboeken")
    asub = attendance.add_subparsers(dest="action", required=True, metavar="ACTIE",
                                     parser_class=Parser, help="wat u inleest")
    scans = asub.add_parser(
        "scans", help="een logboek van de badgescanner inlezen (badge;tijdstip per regel)",
        description="Leest een logboek van de badgescanner (per regel badge;tijdstip, "
        "tijden in Nederlandse tijd) en legt aankomst en vertrek vast bij de lessen die op "
        "die tijden bezig waren. Alles of niets; nog een keer inlezen verandert niets.")
    scans.add_argument("file", metavar="BESTAND.csv", type=Path,
                       help="het logboek (.csv of .txt; UTF-8 of Windows-1252)")
    scans.add_argument("--json", action="store_true", help=JSON_HELP)
    return {"attendance": _cmd_attendance}


def _read(services: Any, path: Path) -> bytes:
    """The log's bytes; a pipe, a device or the database itself is refused unread, so is a
    file over the limit."""
    from bvmdesk.cli import CliError

    try:
        return bytes(services.scanlog.read_log(path))
    except FileNotFoundError as exc:
        raise CliError(f"Bestand niet gevonden: {path}") from exc
    except IsADirectoryError as exc:
        raise CliError(f"Dit is een map, geen bestand: {path}") from exc
    except OSError as exc:
        raise CliError(f"Bestand niet te lezen: {path} ({os_error_text(exc)})") from exc


def _cmd_attendance(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor

    services = _open(args)  # first: a missing database is named before a missing file
    try:
        data = _read(services, args.file)
        summary = services.scanlog.import_scans(Actor.cli(), data, args.file.name)
    finally:
        services.close()
    _emit(args, payload(summary), text(summary))
    return EXIT_OK


def _hhmm(value: time | None) -> str | None:
    return None if value is None else f"{value:%H:%M}"


def _mark(mark: ScanMark) -> dict[str, Any]:
    return {"participant": mark.participant, "name": mark.name, "group": mark.group,
            "date": mark.date.isoformat(), "start_time": _hhmm(mark.start_time),
            "status": mark.status, "arrival_time": _hhmm(mark.arrival_time),
            "departure_time": _hhmm(mark.departure_time), "lines": list(mark.lines)}


def _line(line: ScanLine) -> dict[str, Any]:
    return {"line": line.line, "badge": line.badge, "timestamp": line.timestamp,
            "reason": line.reason}


def payload(summary: ScanLogSummary) -> dict[str, Any]:
    """The --json document."""
    return {"file": summary.filename, "lines": summary.lines, "scans": summary.scans,
            "marked": [_mark(m) for m in summary.marked],
            "unchanged": [_mark(m) for m in summary.unchanged],
            "skipped": [_line(line) for line in summary.skipped],
            "unmatched": [_line(line) for line in summary.unmatched]}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def sentence(summary: ScanLogSummary) -> str:
    """`14 scans in scans.csv: 9 markeringen vastgelegd, 3 ongewijzigd, 1 overgeslagen,
    1 zonder les.`"""
    return (f"{_count(summary.scans, 'scan', 'scans')} in {summary.filename}: "
            f"{_count(len(summary.marked), 'markering', 'markeringen')} vastgelegd, "
            f"{len(summary.unchanged)} ongewijzigd, {len(summary.skipped)} overgeslagen, "
            f"{len(summary.unmatched)} zonder les.")


def line_text(line: ScanLine) -> str:
    """`regel 5: BADGE9 2026-11-27T08:01 — onbekende badge`."""
    what = " ".join(part for part in (line.badge, line.timestamp) if part)
    return f"regel {line.line}: {what} — {line.reason}"


def text(summary: ScanLogSummary) -> str:
    """The summary sentence, then the unmatched lines, then the skipped ones."""
    return "\n".join([sentence(summary), *map(line_text, summary.unmatched),
                      *map(line_text, summary.skipped)])
