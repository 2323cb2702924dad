"""Logging to a rotating file in the user data directory (the crash dialog points to it)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from bvmdesk.config import data_dir

_configured: list[bool] = []


def log_path() -> Path:
    return data_dir() / "logs" / "bvmdesk.log"


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to the log file; safe to call more than once."""
    if _configured:
        return
    _configured.append(True)
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("bvmdesk")
    root.setLevel(level)
    root.addHandler(handler)
