"""Messages for failures: expected ones in the user's words, unexpected ones name the log."""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

log = logging.getLogger("bvmdesk.ui")


def is_expected(exc: BaseException) -> bool:
    """True for failures the user can act on (their message is Dutch text for them)."""
    from bvmdesk.services.base import ServiceError
    from bvmdesk.services.container import DatabaseLocationError, MigrationError

    return isinstance(exc, ServiceError | DatabaseLocationError | MigrationError | OSError)


def unexpected_text(exc: BaseException) -> str:
    from bvmdesk.logs import log_path

    return QCoreApplication.translate(
        "Messages",
        "Er ging iets mis dat we niet hadden verwacht. Uw opgeslagen gegevens zijn "
        "veilig. Geef het logbestand aan de beheerder: {path}",
    ).format(path=log_path())


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A warning with the service's own message, or a crash message that names the log."""
    title = QCoreApplication.translate("Messages", "BVM Desk")
    if is_expected(exc):
        QMessageBox.warning(parent, title, str(exc))
        return
    from bvmdesk.logs import setup_logging

    setup_logging()
    log.error("onverwachte fout", exc_info=exc)
    QMessageBox.critical(parent, title, unexpected_text(exc))


def set_form_message(label: QLabel, text: str, style: str | None) -> None:
    """Show `text` in a page's message line, styled by the theme's object name
    (`formError`, `formSuccess`; None: plain)."""
    label.setObjectName(style or "")
    label.setText(text)
    with contextlib.suppress(RuntimeError):  # the label may be going away with its page
        label.style().unpolish(label)
        label.style().polish(label)


def show_task_failure(parent: QWidget, label: QLabel, exc: BaseException,
                      unexpected: str) -> None:
    """A background task failed: its Dutch message in the page's message line, or for an
    unexpected failure `unexpected` there and the error dialog that names the log."""
    from bvmdesk.services.base import ServiceError

    if isinstance(exc, ServiceError):
        set_form_message(label, str(exc), "formError")
    else:
        set_form_message(label, unexpected, "formError")
        show_error(parent, exc)
