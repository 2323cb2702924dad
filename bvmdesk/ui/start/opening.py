"""Opening the database in the background while the first dialog shows and the person types.

The first dialog needs only Qt; SQLAlchemy, the models and the migration check load in a
worker. What needs the database (the login button) waits for it only if it is not ready
yet, with a busy cursor while the window keeps painting. A failure ends the dialog so that
the app can show its message instead (app.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from bvmdesk.services.base import ServiceError
from bvmdesk.ui.workers import is_synchronous, run_task

if TYPE_CHECKING:
    from bvmdesk.services.accounts import AccountService
    from bvmdesk.services.container import Services

# A dialog ended because the database could not be opened (not accepted, not cancelled).
OPEN_FAILED = 2


class OpeningFailed(ServiceError):
    """The database did not open; `ServicesOpening.error` says why (the app shows it)."""


class ServicesOpening(QObject):
    """`opener()` run in the thread pool; `finished` once it returned or raised."""

    finished = Signal()

    def __init__(self, opener: Callable[[], Services]) -> None:
        super().__init__()
        self.services: Services | None = None
        self.error: BaseException | None = None
        self.done = False
        self._started = False
        self._dialogs: list[QDialog] = []
        self._opener = opener
        if is_synchronous():
            self._start()
        else:  # once the event loop runs: the first dialog gets the first turn to paint
            QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        if self.done or self._started:
            return
        self._started = True
        run_task(None, lambda _ctx: self._opener(), self._on_task_done,
                 on_error=self._on_task_failed)

    def _on_task_done(self, services: Services) -> None:
        self.services = services
        self._finish()

    def _on_task_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()

    def _finish(self) -> None:
        self.done = True
        if self.error is not None:
            for dialog in self._dialogs:
                if dialog.isVisible():
                    dialog.done(OPEN_FAILED)
        self.finished.emit()

    def end_on_failure(self, dialog: QDialog) -> None:
        """Close `dialog` with OPEN_FAILED if the opening fails while it shows."""
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._dialogs.remove(dialog))

    def wait(self) -> Services:
        """The opened services, waiting (busy cursor, events running) until they are.

        Raises:
            OpeningFailed: the database did not open (see `error`).
        """
        self._start()  # no event loop ran yet (no dialog before the wait)
        if not self.done:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                loop = QEventLoop()
                self.finished.connect(loop.quit)
                loop.exec()
                self.finished.disconnect(loop.quit)
            finally:
                QApplication.restoreOverrideCursor()
        if self.services is None:
            raise OpeningFailed(str(self.error))
        return self.services

    def accounts(self) -> AccountService:
        """The account service, once the database is open (for the first dialogs)."""
        return self.wait().accounts

    def replace(self, services: Services) -> None:
        """Work with `services` (the demo database) instead of what was being opened."""
        self.close()
        self.error = None
        self.services = services

    def close(self) -> None:
        """Close what was opened (after it finished: never leave an engine behind)."""
        self._start()
        if not self.done:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()
        if self.services is not None:
            self.services.close()
            self.services = None
