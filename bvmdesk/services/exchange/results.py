"""What an import reports: errors per cell, and what it created, updated or left alone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bvmdesk.domain.text import plural
from bvmdesk.services.base import ServiceError
from bvmdesk.services.exchange.format import SHEET_BY_NAME, SHEETS


@dataclass(frozen=True)
class CellError:
    """One problem: `row` is the spreadsheet row (the header is row 1), `column` the header.

    Problems with a whole sheet (an unknown sheet) have row 1 and an empty column.
    """

    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        place = f"{self.sheet}, rij {self.row}"
        return f"{place}, {self.column}: {self.message}" if self.column else \
            f"{place}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "message": self.message}


def sort_errors(errors: list[CellError]) -> list[CellError]:
    """In sheet order, then row, then column order (unknown sheets and columns first)."""
    order = {s.name: i for i, s in enumerate(SHEETS)}

    def key(e: CellError) -> tuple[int, int, int]:
        sheet = SHEET_BY_NAME.get(e.sheet)
        column = sheet.names.index(e.column) if sheet and e.column in sheet.names else -1
        return order.get(e.sheet, -1), e.row, column

    return sorted(errors, key=key)


@dataclass(frozen=True)
class SheetCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class ImportSummary:
    """Per sheet present in the file (in the format's order): how many rows did what."""

    counts: tuple[tuple[str, SheetCounts], ...]
    notices: tuple[str, ...] = ()  # what the import skipped, e.g. an export-only sheet

    def __getitem__(self, sheet: str) -> SheetCounts:
        return dict(self.counts)[sheet]

    @property
    def sheets(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.counts)

    @property
    def rows(self) -> int:
        return sum(c.created + c.updated + c.unchanged for _, c in self.counts)

    def as_dict(self) -> dict[str, Any]:
        """`{"created": {SHEET: n}, "updated": {...}, "unchanged": {...}}` (the --json shape),
        with `"notices": [...]` only when the import skipped something."""
        data: dict[str, Any] = {
            "created": {name: c.created for name, c in self.counts},
            "updated": {name: c.updated for name, c in self.counts},
            "unchanged": {name: c.unchanged for name, c in self.counts},
        }
        if self.notices:
            data["notices"] = list(self.notices)
        return data

    def lines(self) -> list[str]:
        """One Dutch line per sheet, then one per notice ("Let op: ...")."""
        return [*(f"{name}: {c.created} nieuw, {c.updated} gewijzigd, "
                  f"{c.unchanged} ongewijzigd" for name, c in self.counts),
                *(f"Let op: {notice}." for notice in self.notices)]


@dataclass(frozen=True)
class ImportPlan:
    """A validated file, ready for `ExchangeService.apply` when `ok`.

    `summary` is what an import would do now (None when there are errors); nothing has
    been written. The parsed rows travel along, so applying does not read the file again.
    """

    path: Path
    label: str
    errors: tuple[CellError, ...]
    summary: ImportSummary | None
    parsed: Any  # validate.ParsedWorkbook (kept opaque for callers)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ImportResult:
    """The outcome of `import_file`: errors (nothing written) or the summary."""

    errors: tuple[CellError, ...]
    summary: ImportSummary | None
    dry_run: bool
    written: bool

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[str, int]


class ImportRefused(ServiceError):
    """The file (or the database since validating it) gave errors; nothing was written."""

    def __init__(self, errors: list[CellError]) -> None:
        super().__init__(f"Import geweigerd: {plural(len(errors), 'fout', 'fouten')}; "
                         "er is niets gewijzigd.")
        self.errors = tuple(errors)
