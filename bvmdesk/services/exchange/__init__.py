"""Excel/CSV exchange: template, validated all-or-nothing import, and export (issue 3).

The GUI wizard and the command line use `ExchangeService`:

    plan = exchange.validate(actor, path, progress, cancelled)   # reads, writes nothing
    plan.errors / plan.summary                                     # every error, or counts
    summary = exchange.apply(actor, plan, progress, cancelled)    # one transaction

or in one go `exchange.import_file(actor, path, dry_run=...)`. `progress(done, total)` is
called every few thousand rows; `cancelled()` returning True rolls everything back and
raises ServiceError("Geannuleerd: er is niets gewijzigd.").
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from bvmdesk.db.audit import Chain
from bvmdesk.db.session import Sessions, local_site_id, stamp_of
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import os_error_text
from bvmdesk.services import audit, locks
from bvmdesk.services.base import Actor, ServiceError, refuse_own_database
from bvmdesk.services.exchange.apply import Writer
from bvmdesk.services.exchange.export import Collector, write_csv_folder, write_workbook
from bvmdesk.services.exchange.format import CANCELLED, NO_LOCAL_SITE, SHEETS
from bvmdesk.services.exchange.readers import open_source
from bvmdesk.services.exchange.resolve import Resolution, Resolver
from bvmdesk.services.exchange.results import (
    CellError,
    ExportResult,
    ImportPlan,
    ImportRefused,
    ImportResult,
    ImportSummary,
    SheetCounts,
    sort_errors,
)
from bvmdesk.services.exchange.signoff_apply import SignOffPlan, plan_signoffs, wanted
from bvmdesk.services.exchange.template import write_template
from bvmdesk.services.exchange.validate import ParsedWorkbook, Parser
from bvmdesk.services.retry import run_write

Progress = Callable[[int, int], None]
IMPORT_ATTEMPTS = 3  # an import is long: a few tries, not many
Cancelled = Callable[[], bool]

__all__ = [
    "CellError", "ExchangeService", "ExportResult", "ImportPlan", "ImportRefused",
    "ImportResult", "ImportSummary", "SheetCounts", "write_template",
]


class _Meter:
    """Counts work done against an estimate; asks `cancelled` at every report."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None,
                 total: int = 0) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = max(total, 1)
        self.done = 0

    def tick(self, rows: int) -> None:
        self.done += rows
        self.total = max(self.total, self.done)
        if self._cancelled is not None and self._cancelled():
            raise ServiceError(CANCELLED)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


def _no_data(path: Path, notices: list[str]) -> str:
    """Geen gegevens gevonden in NAME: what was expected (a folder, one CSV file, a workbook),
    and what was skipped (an export-only sheet)."""
    rows = "een kopregel en ten minste één rij daaronder"
    if path.is_dir():
        expected = (f"CSV-bestanden met {rows}, genoemd naar de bladen: "
                    + ", ".join(f"{sheet.name}.csv" for sheet in SHEETS))
    elif path.suffix.lower() == ".csv":
        expected = rows
    else:
        expected = f"bladen met {rows}: " + ", ".join(sheet.name for sheet in SHEETS)
    skipped = "".join(f" Let op: {notice}." for notice in notices)
    return f"Geen gegevens gevonden in {path.name}: verwacht {expected}.{skipped}"


def _resolve(s: Session, parsed: ParsedWorkbook,
             tick: Callable[[int], None]) -> tuple[Resolution, SignOffPlan | None]:
    """Every sheet against the database: the sign-off sheets (issue 13) after the rest."""
    resolution = Resolver(s, parsed, tick).run()
    return resolution, plan_signoffs(s, parsed, resolution, tick) if wanted(parsed) else None


class _Rollback(Exception):
    """Leaves a write transaction without committing (errors found inside it)."""

    def __init__(self, errors: list[CellError]) -> None:
        self.errors = errors


class ExchangeService:
    """Import and export of the exchange workbook or CSV folder (DESIGN.md)."""

    def __init__(self, sessions: Sessions, today: Callable[[], date] | None = None) -> None:
        self._sessions = sessions
        self.clock = sessions.clock  # the one clock; pages ask it for "today"
        self._today = today or sessions.clock.today

    # --- import --------------------------------------------------------------------------
    def validate(self, actor: Actor, path: Path | str, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ImportPlan:
        """Read and check the whole file against the database; write nothing.

        Returns:
            A plan with every error (`plan.ok` is False), or the summary of what
            `apply` would create, update and leave unchanged per sheet.
        Raises:
            PermissionDenied; ServiceError: unreadable file, no local site, cancelled.
        """
        actor.require(Permission.MANAGE_DATA)
        path = Path(path)
        parsed, meter = self._parse(path, progress, cancelled)
        with self._sessions.read() as s:
            self._require_site(s)
            resolution, _signoffs = _resolve(s, parsed, meter.tick)
        errors = sort_errors(parsed.errors + resolution.errors)
        meter.finish()
        summary = None if errors else self._summary(parsed, resolution)
        return ImportPlan(path, parsed.label, tuple(errors), summary, parsed)

    def apply(self, actor: Actor, plan: ImportPlan, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> ImportSummary:
        """Write a validated plan in one transaction (references are checked again).

        Raises:
            ImportRefused: the plan has errors, or the database changed so that it has
                now; nothing was written.
            ServiceError: cancelled (nothing was written); PermissionDenied.
        """
        actor.require(Permission.MANAGE_DATA)
        if plan.errors:
            raise ImportRefused(list(plan.errors))
        parsed: ParsedWorkbook = plan.parsed
        meter = _Meter(progress, cancelled, 2 * parsed.rows)
        try:
            summary = self._write(actor, parsed, meter)
        except _Rollback as stop:
            raise ImportRefused(stop.errors) from None
        meter.finish()
        return summary

    def import_file(self, actor: Actor, path: Path | str, dry_run: bool = False,
                    progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> ImportResult:
        """Validate and (unless `dry_run`) write a file, all or nothing.

        Returns:
            The errors (nothing written) or the summary per sheet present in the file.
        Raises:
            PermissionDenied; ServiceError: unreadable file, no local site, cancelled.
        """
        actor.require(Permission.MANAGE_DATA)
        path = Path(path)
        if dry_run:
            plan = self.validate(actor, path, progress, cancelled)
            return ImportResult(plan.errors, plan.summary, dry_run=True, written=False)
        parsed, meter = self._parse(path, progress, cancelled)
        if parsed.errors:
            with self._sessions.read() as s:
                self._require_site(s)
                resolution, _signoffs = _resolve(s, parsed, meter.tick)
            errors = sort_errors(parsed.errors + resolution.errors)
            return ImportResult(tuple(errors), None, dry_run=False, written=False)
        try:
            summary = self._write(actor, parsed, meter)
        except _Rollback as stop:
            return ImportResult(tuple(stop.errors), None, dry_run=False, written=False)
        meter.finish()
        return ImportResult((), summary, dry_run=False, written=True)

    def _parse(self, path: Path, progress: Progress | None,
               cancelled: Cancelled | None) -> tuple[ParsedWorkbook, _Meter]:
        refuse_own_database(self._sessions.engine.url.database, path)
        source = open_source(path)
        try:
            estimate = sum(sheet.estimated_rows for sheet in source.sheets)
            meter = _Meter(progress, cancelled, 3 * estimate)
            parsed = Parser(self._today(), meter.tick).parse(source)
        finally:
            source.close()
        if not parsed.errors and not any(sheet.records for sheet in parsed.sheets.values()):
            raise ServiceError(_no_data(path, parsed.notices))  # an empty folder, only empty sheets
        meter.total = max(meter.done + 2 * parsed.rows, 1)
        return parsed, meter

    def _write(self, actor: Actor, parsed: ParsedWorkbook, meter: _Meter) -> ImportSummary:
        """Resolve and write in one transaction. Imports run one at a time, and every other
        writer of marks waits while one runs (it supersedes marks in bulk). A unique key
        another PC stored meanwhile (a participant number, a lesson) makes the import
        resolve again: that row is then updated instead of inserted."""
        done = meter.done

        def work(s: Session) -> ImportSummary:
            meter.done = done  # a second attempt counts from the same point
            locks.exchange_import(s)
            self._require_site(s)
            resolution, signoffs = _resolve(s, parsed, meter.tick)
            if resolution.errors:
                raise _Rollback(sort_errors(resolution.errors))
            Writer(s.connection(), stamp_of(s), Chain.of(s), parsed.label,
                   meter.tick).write(resolution, signoffs)
            summary = self._summary(parsed, resolution)
            audit.record(s, actor.name, "exchange.import", "exchange", None,
                         after=summary.as_dict(),
                         detail=json.dumps({"file": parsed.label}, ensure_ascii=False))
            return summary
        return run_write(self._sessions, actor.name, work, attempts=IMPORT_ATTEMPTS)

    @staticmethod
    def _require_site(s: Session) -> uuid.UUID:
        site_id = local_site_id(s)
        if site_id is None:
            raise ServiceError(NO_LOCAL_SITE)
        return site_id

    @staticmethod
    def _summary(parsed: ParsedWorkbook, resolution: Resolution) -> ImportSummary:
        summary = resolution.summary([s.name for s in SHEETS if s.name in parsed.sheets])
        return replace(summary, notices=tuple(parsed.notices))

    # --- export --------------------------------------------------------------------------
    def export(self, actor: Actor, path: Path | str, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ExportResult:
        """Write everything: `*.xlsx` as a workbook, any other path as a CSV folder.

        Raises:
            PermissionDenied; ServiceError: cancelled, or the path cannot be written.
        """
        actor.require(Permission.MANAGE_DATA)
        path = Path(path)
        meter = _Meter(progress, cancelled)
        with self._sessions.read() as s:
            rows = Collector(s, meter.tick).collect()
        try:
            if path.suffix.lower() == ".xlsx":
                write_workbook(path, rows)
            else:
                write_csv_folder(path, rows)
        except OSError as exc:
            raise ServiceError(f"Kan niet schrijven naar {path}: {os_error_text(exc)}") \
                from exc
        meter.finish()
        return ExportResult(path, {name: len(sheet_rows) for name, sheet_rows in rows.items()})

    # --- template ------------------------------------------------------------------------
    @staticmethod
    def write_template(path: Path | str) -> None:
        """The empty workbook with headers, instructions and validation lists.

        Raises:
            ServiceError: the path cannot be written.
        """
        try:
            write_template(Path(path))
        except OSError as exc:
            raise ServiceError(f"Kan niet schrijven naar {path}: {os_error_text(exc)}") \
                from exc
