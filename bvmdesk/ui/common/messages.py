"""Messages for failures: expected ones in the user's words, unexpected ones name the log."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from bvmdesk.config import mask_passwords

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


def can_retry(exc: BaseException) -> bool:
    """True when the same action may well succeed when tried again: the database was busy
    (another program held its write lock past the wait)."""
    from bvmdesk.services.base import DatabaseBusy

    return isinstance(exc, DatabaseBusy)


def ask_retry(parent: QWidget | None, exc: BaseException) -> bool:
    """The busy database's message with "Opnieuw proberen" and "Annuleren"; True when the
    user chose to try again."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Messages", "BVM Desk"), str(exc),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("retryDialog")
    again = box.addButton(QCoreApplication.translate("Messages", "Opnieuw proberen"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Messages", "Annuleren"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is again


def show_error(parent: QWidget | None, exc: BaseException,
               retry: Callable[[], object] | None = None) -> None:
    """A warning with the service's own message, or a crash message that names the log.

    Args:
        retry: runs the failed action again; offered ("Opnieuw proberen") when the
            database was busy.
    """
    title = QCoreApplication.translate("Messages", "BVM Desk")
    if retry is not None and can_retry(exc):
        if ask_retry(parent, exc):
            retry()
        return
    if is_expected(exc):
        QMessageBox.warning(parent, title, mask_passwords(str(exc)))
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
                      unexpected: str, retry: Callable[[], object] | None = None) -> None:
    """A background task failed: its Dutch message in the page's message line, or for an
    unexpected failure `unexpected` there and the error dialog that names the log. A busy
    database with `retry` also gets the dialog that offers to try again."""
    from bvmdesk.services.base import ServiceError

    if retry is not None and can_retry(exc):
        set_form_message(label, str(exc), "formError")
        show_error(parent, exc, retry)
    elif isinstance(exc, ServiceError):
        set_form_message(label, str(exc), "formError")
    else:
        set_form_message(label, unexpected, "formError")
        show_error(parent, exc)
