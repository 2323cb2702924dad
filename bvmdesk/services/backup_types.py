"""What the backup service hands out: backups, folders and restores as frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bvmdesk.domain.backups import KIND_LABELS
from bvmdesk.services.base import ServiceError


class BackupError(ServiceError):
    """A backup could not be made, read or restored; the message says why (Dutch)."""


class DatabaseDamagedError(ServiceError):
    """SQLite reports the database file as damaged; the message names the way out."""

    def __init__(self, location: str, detail: str) -> None:
        super().__init__(damaged_text(location, detail))
        self.location = location
        self.detail = detail


def damaged_text(location: str | None, detail: str) -> str:
    where = f" ({location})" if location else ""
    return (f"De database is beschadigd{where}: {detail}. Zet een back-up terug: "
            "Beheer → Back-ups, of 'bvmdesk backup list' en 'bvmdesk backup restore BESTAND'.")


def damage_message(exc: BaseException, location: str | None = None) -> str | None:
    """The user's message when `exc` is SQLite reporting a damaged database, else None."""
    from bvmdesk.db.backup import damage_detail, is_damage_error

    if isinstance(exc, DatabaseDamagedError):
        return str(exc)
    return damaged_text(location, damage_detail(exc)) if is_damage_error(exc) else None


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what its verification found.

    `ok` is False when a problem was found (a damaged file, a head that does not match);
    `warnings` do not make it unusable (e.g. its head file is missing).
    """

    path: Path
    created_at: datetime | None  # local wall-clock time, from the name (else the file's)
    kind: str  # one of domain.backups.KINDS, or "" for a file named by someone else
    size: int
    ok: bool
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    head_sequence: int | None = None
    fully_checked: bool = False

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, "los bestand")


@dataclass(frozen=True)
class BackupFolder:
    """Where automatic and manual backups go now.

    `chosen` is the admin's folder (a USB stick, say); when it is missing, `path` is the
    default folder and `fallback` says so.
    """

    path: Path
    default: Path
    chosen: Path | None

    @property
    def fallback(self) -> bool:
        return self.chosen is not None and self.path != self.chosen

    @property
    def note(self) -> str | None:
        if not self.fallback:
            return None
        return (f"De gekozen back-upmap {self.chosen} is niet bereikbaar (is de USB-stick "
                f"aangesloten?); de back-ups gaan nu naar {self.default}.")


@dataclass(frozen=True)
class RestoreResult:
    """A restore that happened: from which backup, into which file, and where the previous
    database was kept."""

    backup: Path
    database: Path
    aside: Path
    head_sequence: int | None
