"""Reading a workbook (.xlsx) or a folder of CSV files into raw sheets of cells."""

from __future__ import annotations

import codecs
import csv
import io
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
    if path.is_dir():
        source = Source(path)
        for file in sorted(path.iterdir(), key=lambda p: p.name):
            if file.is_file() and file.suffix.lower() == ".csv":
                source.sheets.append(_csv_sheet(file))
        return source
    if not path.exists():
        raise ServiceError(f"Bestand of map niet gevonden: {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return Source(path, [_csv_sheet(path)])
    # Anything else is told by its content (a workbook, or what it is instead), not its name.
    from bvmdesk.services.exchange.workbook import open_workbook

    return open_workbook(path)


def _numbered(rows: Iterator[Cells]) -> Iterator[tuple[int, Cells]]:
    yield from enumerate(rows, start=2)


def decode(data: bytes) -> str:
    """A BOM means UTF-8; otherwise strict UTF-8; otherwise Windows-1252.

    Raises:
        UnicodeDecodeError: the bytes are neither (an undefined Windows-1252 byte).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def detect_separator(header_line: str) -> str:
    """`;` or `,`, whichever the header line uses (more) outside quotes; `;` if neither."""
    semicolons = commas = 0
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char == ";":
            semicolons += 1
        elif not quoted and char == ",":
            commas += 1
    return "," if commas > semicolons else ";"


def _csv_sheet(path: Path) -> RawSheet:
    name = path.stem
    try:
        text = decode(path.read_bytes())
    except UnicodeDecodeError:
        return RawSheet(name, [], iter(()), 0, True,
                        problem="het bestand is geen UTF-8- of Windows-1252-tekst")
    except OSError as exc:
        return RawSheet(name, [], iter(()), 0, True, problem=f"niet te lezen ({exc})")
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_separator(first_line))
    header = next(reader, [])
    return RawSheet(name, list(header), _numbered(reader), text.count("\n"), from_csv=True)
