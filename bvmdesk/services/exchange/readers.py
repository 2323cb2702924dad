"""Reading a workbook (.xlsx) or a folder of CSV files into raw sheets of cells."""

from __future__ import annotations

import zipfile
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
    if suffix not in (".xlsx", ".xlsm"):
        raise ServiceError("Kies een Excel-werkmap (.xlsx) of een map met .csv-bestanden.")
    return _xlsx_source(path)


def _xlsx_source(path: Path) -> Source:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ServiceError(f"{path.name} is geen leesbare Excel-werkmap (.xlsx): {exc}") from exc
    source = Source(path, _workbook=workbook)
    for sheet in workbook.worksheets:
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        estimated = max(0, (sheet.max_row or 1) - 1)
        source.sheets.append(RawSheet(str(sheet.title), list(header or ()),
                                      _numbered(rows), estimated, from_csv=False))
    return source


def _numbered(rows: Iterator[Cells]) -> Iterator[tuple[int, Cells]]:
    yield from enumerate(rows, start=2)
