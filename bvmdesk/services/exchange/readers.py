"""Reading a workbook (.xlsx) or a folder of CSV files into raw sheets of cells."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bvmdesk.services.base import ServiceError

Cells = Sequence[Any]


@dataclass
class RawSheet:
    """One sheet as found: its name, header cells and data rows (row number, cells).

    `problem` is set when the sheet could not be read at all (e.g. an unknown encoding).
    """

    name: str
    headers: list[Any]
    rows: Iterator[tuple[int, Cells]]
    estimated_rows: int
    from_csv: bool
    problem: str | None = None


@dataclass
class Source:
    """The sheets of one file or folder; close it when done (xlsx reads lazily)."""

    path: Path
    sheets: list[RawSheet] = field(default_factory=list)
    _workbook: Any = None

    @property
    def label(self) -> str:
        """The file or folder name, as an import reason names it."""
        return self.path.name

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None


def open_source(path: Path) -> Source:
    """Open an .xlsx workbook, a folder of `SHEET.csv` files, or one `SHEET.csv` file.

    Raises:
        ServiceError: the path does not exist or is not a readable workbook or folder.
    """
    from bvmdesk.services.exchange import textfiles  # it builds on RawSheet

    if path.is_dir():
        return Source(path, textfiles.csv_sheets(textfiles.csv_files(path)))
    if not path.exists():
        raise ServiceError(f"Bestand of map niet gevonden: {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return Source(path, textfiles.csv_sheets([path]))
    # Anything else is told by its content (a workbook, or what it is instead), not its name.
    from bvmdesk.services.exchange.workbook import open_workbook

    return open_workbook(path)
