"""Logging to a rotating file in the user data directory (the crash dialog points to it).

The file and its folder are made when the first record is written, and every record has
the passwords of database URLs hidden (`MaskingFormatter`).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import Any

from bvmdesk.config import data_dir, mask_passwords

_configured: list[tuple[Path, logging.Handler]] = []


def log_path() -> Path:
    return data_dir() / "logs" / "bvmdesk.log"


class MaskingFormatter(logging.Formatter):
    """Formats a record, its traceback included, with every URL password hidden: a
    PostgreSQL error may quote the URL it was given."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_passwords(super().format(record))


class _LazyFileHandler(logging.handlers.RotatingFileHandler):
    """Opens (and makes the folder of) the log file only when a record comes: a command
    that logs nothing leaves no file behind."""

    def _open(self) -> Any:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        """A log that cannot be written (full or read-only disk) says nothing on stderr."""


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to the log file; safe to call more than once (a later call after
    the data directory changed moves the log there)."""
    path = log_path()
    root = logging.getLogger("bvmdesk")
    if _configured:
        if _configured[0][0] == path:
            return
        old = _configured.pop()[1]
        root.removeHandler(old)
        old.close()
    handler: logging.Handler = _LazyFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                encoding="utf-8", delay=True)
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _configured.append((path, handler))
    root.setLevel(level)
    root.addHandler(handler)
