"""Saving a sign-off PDF (receipt, aftekenkaart, praktijkoverzicht): ask where, make it in
the background, write it whole or not at all, and offer to open it for printing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from bvmdesk.services.base import ServiceError
from bvmdesk.ui.common.file_dialogs import save_file_name
from bvmdesk.ui.common.messages import show_error
from bvmdesk.ui.workers import TaskContext, run_task

_last_dir: list[str] = []  # the folder chosen last, offered again (one per process)


def ask_pdf_path(parent: QWidget | None, caption: str, suggested_name: str) -> Path | None:
    """The file to write (`.pdf` added when the name lacks it), or None when cancelled."""
    folder = _last_dir[0] if _last_dir else str(Path.home())
    name, _ = save_file_name(parent, caption, str(Path(folder) / suggested_name),
                             QCoreApplication.translate("SignOffPdf", "PDF-bestand (*.pdf)"))
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(f"{target.name}.pdf")
    _last_dir[:] = [str(target.parent)]
    return target


def save_pdf(parent: QWidget, make: Callable[[], bytes], target: Path,
             on_done: Callable[[Path], None], on_error: Callable[[BaseException], None], *,
             database: str | None = None, label: str | None = None) -> None:
    """Make the PDF with `make()` in a worker and write it to `target`. A failure goes to
    `on_error`; an unexpected one also to the error dialog that names the log."""

    def work(_context: TaskContext) -> Path:
        from bvmdesk.services.assessment_reports import write_pdf

        content = make()
        write_pdf(target, content, Path(database) if database else None)
        return target

    def failed(exc: BaseException) -> None:
        on_error(exc)
        if not isinstance(exc, ServiceError):
            show_error(parent, exc)

    run_task(parent, work, on_done, label=label, on_error=failed)


def open_file(path: Path) -> bool:
    """Open `path` in the desktop's PDF viewer (to print it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
