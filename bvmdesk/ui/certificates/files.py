"""A frozen certificate PDF outside the app: opened in the desktop's PDF viewer (a temporary
file named after the certificate) or saved where the user chooses."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from bvmdesk.services.base import ServiceError
from bvmdesk.ui.signoffs.pdf_files import ask_pdf_path

CONTEXT = "CertificateFiles"
_temp_dir: list[Path] = []  # one folder per session for the PDFs opened in a viewer


def temp_dir() -> Path:
    """This session's folder for PDFs handed to a viewer (removed by the system later)."""
    if not _temp_dir or not _temp_dir[0].is_dir():
        _temp_dir[:] = [Path(tempfile.mkdtemp(prefix="bvmdesk-certificaten-"))]
    return _temp_dir[0]


def safe_name(name: str) -> str:
    """`name` fit for a file name (a number is, but a batch name may not be)."""
    kept = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name.strip())
    return kept.strip(".") or "certificaat"


def open_in_viewer(data: bytes, name: str) -> Path:
    """Write `data` to NAME.pdf in the session's temporary folder and open it in the
    desktop's PDF viewer. Raises ServiceError (Dutch) when it cannot be written or opened."""
    path = temp_dir() / f"{safe_name(name)}.pdf"
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ServiceError(
            QCoreApplication.translate(
                "CertificateFiles", "Het PDF-bestand kon niet worden klaargezet ({error})."
            ).format(error=exc.strerror or exc)
        ) from exc
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise ServiceError(
            QCoreApplication.translate(
                "CertificateFiles",
                "Er is geen programma gevonden dat PDF-bestanden opent. Het bestand "
                "staat hier: {path}",
            ).format(path=path)
        )
    return path


def save_as(
    parent: QWidget | None, data: bytes, name: str, database: str | None = None
) -> Path | None:
    """Ask where to save `data` (suggesting NAME.pdf) and write it whole; the file, or None
    when the user cancelled. Raises ServiceError when it cannot be written."""
    target = ask_pdf_path(
        parent,
        QCoreApplication.translate("CertificateFiles", "Certificaat opslaan"),
        f"{safe_name(name)}.pdf",
    )
    if target is None:
        return None
    from bvmdesk.services.assessment_reports import write_pdf

    write_pdf(target, data, Path(database) if database else None)
    return target
