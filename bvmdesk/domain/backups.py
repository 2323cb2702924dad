"""Backup file names and rotation: which automatic backups to keep (7 daily, 4 weekly).

A backup is named `<database stem>-YYYYMMDD-HHMMSS-<kind>.<ext>` in local (Amsterdam) time,
for example `bvmdesk-20260901-083000-dagelijks.sqlite`; two backups made in the same second
get `-2`, `-3` after the kind. Only the automatic kinds (daily and at exit) are rotated;
manual and pre-migration backups stay until someone removes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

KIND_DAILY = "dagelijks"
KIND_EXIT = "afsluiten"
KIND_MANUAL = "handmatig"
KIND_MIGRATION = "voor-migratie"
KINDS = (KIND_DAILY, KIND_EXIT, KIND_MANUAL, KIND_MIGRATION)
ROTATED_KINDS = frozenset({KIND_DAILY, KIND_EXIT})
KEEP_DAILY = 7
KEEP_WEEKLY = 4

KIND_LABELS = {
    KIND_DAILY: "dagelijks",
    KIND_EXIT: "bij afsluiten",
    KIND_MANUAL: "handmatig",
    KIND_MIGRATION: "voor bijwerken",
}


@dataclass(frozen=True, order=True)
class BackupName:
    """What a backup's file name says: when (local time), which kind, and its stem."""

    created: datetime
    serial: int
    stem: str
    kind: str
    suffix: str

    @property
    def file_name(self) -> str:
        extra = f"-{self.serial}" if self.serial > 1 else ""
        return f"{self.stem}-{self.created:%Y%m%d-%H%M%S}-{self.kind}{extra}{self.suffix}"

    @property
    def rotated(self) -> bool:
        return self.kind in ROTATED_KINDS


def backup_name(stem: str, created: datetime, kind: str, suffix: str,
                serial: int = 1) -> BackupName:
    """The name of a new backup (`created` is local wall-clock time, seconds kept)."""
    if kind not in KINDS:
        raise ValueError(f"onbekend soort back-up: {kind}")
    return BackupName(created.replace(microsecond=0, tzinfo=None), serial, stem, kind, suffix)


def parse_backup_name(stem: str, file_name: str) -> BackupName | None:
    """The parts of `file_name` when it is a backup of the database `stem`, else None."""
    kinds = "|".join(re.escape(k) for k in KINDS)
    pattern = (rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})-({kinds})(?:-(\d+))?"
               r"(\.sqlite|\.dump)$")
    match = re.match(pattern, file_name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    serial = int(match.group(3)) if match.group(3) else 1
    return BackupName(created, serial, stem, match.group(2), match.group(4))


def to_remove(names: Iterable[BackupName], *, keep_daily: int = KEEP_DAILY,
              keep_weekly: int = KEEP_WEEKLY) -> list[BackupName]:
    """The automatic backups rotation removes; manual and pre-migration ones never.

    Kept: the newest backup of each of the `keep_daily` most recent days that have one,
    and, of the older days, the newest backup of each of the `keep_weekly` most recent ISO
    weeks. So after 40 days of daily backups exactly 7 + 4 remain.
    """
    automatic = sorted((n for n in names if n.rotated), reverse=True)
    kept: set[BackupName] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for name in automatic:
        day = name.created.date()
        if day in days:
            continue
        if len(days) < keep_daily:
            days.append(day)
            kept.add(name)
            continue
        week = day.isocalendar()[:2]
        if week in weeks or len(weeks) >= keep_weekly:
            continue
        if days and week == days[-1].isocalendar()[:2]:
            continue  # the oldest kept day already stands for this week
        weeks.append(week)
        kept.add(name)
    return [n for n in automatic if n not in kept]


def newest_of_kind(names: Sequence[BackupName], kind: str) -> BackupName | None:
    candidates = [n for n in names if n.kind == kind]
    return max(candidates) if candidates else None
