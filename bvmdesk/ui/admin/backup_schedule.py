"""Automatic backups while the window is open: today's daily one after the window shows (and
again when the day changes), and one when BVM Desk closes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bvmdesk.domain.backups import KIND_EXIT
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import BackupInfo
from bvmdesk.ui.workers import run_task

log = logging.getLogger("bvmdesk.ui")
CHECK_INTERVAL_MS = 15 * 60 * 1000  # a day change is noticed within a quarter of an hour


class BackupSchedule(QObject):
    """Runs the automatic backups of a SQLite database (a server's are scheduled there)."""

    backup_made = Signal(object)  # BackupInfo
    backup_failed = Signal(str)  # the Dutch reason

    def __init__(self, backups: BackupService, parent: QWidget) -> None:
        super().__init__(parent)
        self._backups = backups
        self._parent = parent
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.run_daily)

    def start(self) -> None:
        """Make today's daily backup when there is none yet, and watch for the next day."""
        if not self._backups.automatic:
            return
        self.run_daily()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def run_daily(self) -> None:
        if self._busy:
            return
        self._busy = True
        backups = self._backups
        run_task(self._parent, lambda _ctx: backups.ensure_daily(), self._on_daily_finished,
                 on_error=self._on_daily_failed)

    def _on_daily_finished(self, info: BackupInfo | None) -> None:
        self._busy = False
        if info is not None:
            log.info("dagelijkse back-up gemaakt: %s", info.path)
            self.backup_made.emit(info)

    def _on_daily_failed(self, exc: BaseException) -> None:
        self._busy = False
        log.warning("dagelijkse back-up mislukt", exc_info=exc)
        self.backup_failed.emit(_reason(exc))

    def at_exit(self) -> str | None:
        """The backup at closing time (the window is gone; this waits for it).

        Returns:
            None when it was made (or is not ours to make), else the reason it failed.
        """
        self.stop()
        if not self._backups.automatic:
            return None
        try:
            info = self._backups.create_automatic(KIND_EXIT)
        except Exception as exc:
            log.warning("back-up bij afsluiten mislukt", exc_info=exc)
            return _reason(exc)
        log.info("back-up bij afsluiten gemaakt: %s", info.path)
        return None


def _reason(exc: BaseException) -> str:
    from bvmdesk.ui.common.messages import is_expected

    return str(exc) if is_expected(exc) else "onverwachte fout; zie het logbestand"
