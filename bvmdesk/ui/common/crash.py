"""The crash dialog: an unexpected error is logged and the user is told where the log is."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("bvmdesk.ui")
_showing: list[bool] = []


def crash_text(kind: str, log_file: str) -> str:
    """The crash message; `kind` (the Python class name) goes to the log, not to the user."""
    return QCoreApplication.translate(
        "CrashDialog",
        "BVM Desk is op een onverwachte fout gestuit. Wat al was opgeslagen, blijft "
        "bewaard. De details staan in het logbestand:\n{path}\n\nGeef dat bestand aan de "
        "beheerder. U kunt doorgaan, maar herstart BVM Desk als er iets vreemd blijft.",
    ).format(path=log_file)


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from bvmdesk.logs import log_path, setup_logging

    setup_logging()
    log.critical("onverwachte fout", exc_info=(kind, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    _showing.append(True)
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, "BVM Desk",
                          crash_text(kind.__name__, str(log_path())))
        box.setObjectName("crashDialog")
        quit_button = box.addButton(QCoreApplication.translate("CrashDialog", "Afsluiten"),
                                    QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QCoreApplication.translate("CrashDialog", "Doorgaan"),
                      QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is quit_button:
            QApplication.exit(1)
    finally:
        _showing.clear()


def install_crash_handler() -> None:
    """Route uncaught exceptions (also those raised in slots) to the crash dialog."""
    sys.excepthook = _excepthook
