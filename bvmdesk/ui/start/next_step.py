"""What the app does after a main window or the recovery dialog is done (app.py's loop)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bvmdesk.services.base import Actor


@dataclass(frozen=True)
class NextStep:
    """What the app does after a main window (or the recovery dialog) is done: open
    `location` again, first restoring `restore` into it when set; the login dialog comes
    next (`logout`: "Ander account" on the lock screen, nothing else to do)."""

    location: str
    restore: Path | None = None
    actor: Actor | None = None
    logout: bool = False
