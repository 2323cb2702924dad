"""Writing a report to a PDF or xlsx file: the builder by report and suffix, written safely."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bvmdesk.domain.text import missing_folder_text, os_error_text
from bvmdesk.reports.model import (
    AttendanceReport,
    FundersReport,
    HoursStatement,
    Presentielijst,
    ReportMeta,
    VerzuimReport,
)
from bvmdesk.services.base import ServiceError

SUFFIXES = (".pdf", ".xlsx")


def check_target(path: Path) -> str:
    """The format ('pdf' or 'xlsx') of `path`.

    Raises:
        ServiceError: another suffix, or a folder that does not exist.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ServiceError(f"Onbekend bestandstype '{path.suffix or path.name}': gebruik .pdf "
                           "of .xlsx.")
    if not path.parent.exists():
        raise ServiceError(missing_folder_text(path.parent))
    return suffix[1:]


def _builders() -> dict[tuple[type[Any], str], Callable[[Any, ReportMeta], bytes]]:
    # Imported when first needed: ReportLab and openpyxl are not on the start path.
    from bvmdesk.reports import pdf
    from bvmdesk.reports import xlsx as xlsx

    return {
        (AttendanceReport, "pdf"): pdf.attendance_pdf,
        (AttendanceReport, "xlsx"): xlsx.attendance_xlsx,
        (VerzuimReport, "pdf"): pdf.verzuim_pdf,
        (VerzuimReport, "xlsx"): xlsx.verzuim_xlsx,
        (HoursStatement, "pdf"): pdf.hours_pdf,
        (HoursStatement, "xlsx"): xlsx.hours_xlsx,
        (FundersReport, "pdf"): pdf.funders_pdf,
        (FundersReport, "xlsx"): xlsx.funders_xlsx,
        (Presentielijst, "pdf"): pdf.presentielijst_pdf,
        (Presentielijst, "xlsx"): xlsx.presentielijst_xlsx,
    }


def render(data: object, meta: ReportMeta, fmt: str) -> bytes:
    """The bytes of `data` as 'pdf' or 'xlsx'."""
    builder = _builders().get((type(data), fmt))
    if builder is None:
        raise ServiceError(f"Dit rapport bestaat niet als {fmt}.")
    return builder(data, meta)


def refuse_database_target(path: Path, database: Path | None) -> None:
    """Refuse `path` when it is our own database file (or its journal): writing a report
    over it would throw the data away.

    Args:
        database: the open SQLite file (None for PostgreSQL: nothing to refuse).

    Raises:
        ServiceError: with a Dutch reason; nothing is written.
    """
    if database is not None and _is_database(path, database):
        raise ServiceError(f"{path.name} is de database van BVM Desk zelf; kies een andere "
                           "bestandsnaam. Er is niets geschreven.")


def _is_database(path: Path, database: Path) -> bool:
    candidates = [database] + [Path(f"{database}{tail}") for tail in ("-wal", "-shm",
                                                                      "-journal")]
    try:
        target = path.expanduser().resolve()
    except OSError:
        return False
    for candidate in candidates:
        try:
            if target == candidate.expanduser().resolve():
                return True
            if path.exists() and candidate.exists() and os.path.samefile(path, candidate):
                return True
        except OSError:
            continue
    return False


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for a moment, for
    every thread): Linux tells it in /proc; elsewhere the usual 022."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def write_atomically(path: Path, content: bytes) -> None:
    """Write `content` to `path`: the file appears whole (and on disk) or not at all.

    Raises:
        ServiceError: the file cannot be written (open in a program that locks it, no
        permission, disk full).
    """
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".bvmdesk-", suffix=path.suffix,
                                             dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); a report is an ordinary file to share.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as exc:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        raise ServiceError(f"Kan {path.name} niet schrijven ({os_error_text(exc)}). Is het "
                           "bestand nog geopend in een ander programma?") from exc


def write_report(path: Path, data: object, meta: ReportMeta,
                 database: Path | None = None) -> None:
    """Write `data` to `path` (.pdf or .xlsx). A file appears whole or not at all.

    Args:
        database: the open SQLite file, which is never written over.

    Raises:
        ServiceError: unknown suffix, missing folder, our own database, or the file cannot
        be written (open in Excel, no permission, disk full).
    """
    fmt = check_target(path)
    refuse_database_target(path, database)
    write_atomically(path, render(data, meta, fmt))
