"""Streaming a sheet's XML into rows of values, and reading the shared strings.

The sheet's `<dimension>` is never trusted for reading: every `<row>` is read, and a row is
as long as its last cell with a value (empty cells and rows cost a parser event, nothing
more). Values are converted as openpyxl does with `data_only=True`: numbers, shared and
inline strings, booleans, a formula's cached value (None without one), and a number in a
date format as a datetime (a time, or a timedelta for `[h]:mm`).
"""

from __future__ import annotations

import pyexpat
from collections.abc import Callable, Generator, Iterator
from datetime import datetime
from typing import IO, Any

from openpyxl.utils.datetime import from_excel, from_ISO8601

from bvmdesk.services.base import ServiceError
from bvmdesk.services.exchange.limits import WorkbookLimits
from bvmdesk.services.exchange.package import (
    CHUNK,
    READ_ERRORS,
    RESAVE,
    SPLIT,
    XmlGuard,
    damaged,
    number,
    unpack_problem,
)

_NAMESPACES = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
               "http://purl.oclc.org/ooxml/spreadsheetml/main")


def _tags(local: str) -> frozenset[str]:
    return frozenset(f"{ns} {local}" for ns in _NAMESPACES)


_C, _V, _ROW, _IS, _T, _RPH, _SI = (_tags(t) for t in ("c", "v", "row", "is", "t", "rPh", "si"))
_DIMENSION = _tags("dimension")
_DIGITS = "0123456789"
_MAX_EXCEL_COLUMN = 16_384
Row = tuple[int, list[Any]]
_DONE = object()


class CellBudget:
    """The cells every sheet of one workbook may still use together."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0


def _parser() -> pyexpat.XMLParserType:
    parser = pyexpat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    return parser


def _feed(parser: pyexpat.XMLParserType, stream: IO[bytes], guard: XmlGuard, file: str,
          where: str) -> Generator[None, None, None]:
    """Parse `stream` chunk by chunk; yields after each chunk (handlers collect results)."""
    try:
        while chunk := stream.read(CHUNK):
            guard.check(chunk)
            parser.Parse(chunk, False)
            yield
        parser.Parse(b"", True)
        yield
    except pyexpat.ExpatError as exc:
        raise damaged(file, where,
                      f"ongeldige XML bij regel {exc.lineno}, teken {exc.offset + 1}") from exc
    except READ_ERRORS as exc:
        raise damaged(file, where, unpack_problem(exc)) from exc
    finally:
        stream.close()


def read_shared_strings(stream: IO[bytes], file: str, where: str,
                        limits: WorkbookLimits) -> list[str]:
    """Every `<si>` text (rich text runs joined, phonetic runs left out), as openpyxl reads it.

    Raises:
        ServiceError: more than `max_shared_strings`, or malformed.
    """
    strings: list[str] = []
    parts: list[str] = []
    collecting = False
    phonetic = 0
    limit = limits.max_shared_strings

    def start(name: str, _attrs: dict[str, str]) -> None:
        nonlocal collecting, phonetic
        if name in _T:
            collecting = not phonetic
        elif name in _SI:
            parts.clear()
            if len(strings) >= limit:
                raise ServiceError(
                    f"{file}: {where} bevat meer dan {number(limit)} verschillende teksten (de "
                    f"grens). {SPLIT}")
        elif name in _RPH:
            phonetic += 1

    def end(name: str) -> None:
        nonlocal collecting, phonetic
        if name in _T:
            collecting = False
        elif name in _SI:
            strings.append("".join(parts).replace("x005F_", ""))
        elif name in _RPH:
            phonetic -= 1

    def data(text: str) -> None:
        if collecting:
            parts.append(text)

    parser = _parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    for _ in _feed(parser, stream, XmlGuard(file, where, limits), file, where):
        pass
    return strings


def _column(letters: str) -> int:
    """'A' -> 0, 'XFD' -> 16383; -1 for anything that is no column."""
    if not (0 < len(letters) <= 3 and letters.isascii() and letters.isalpha()
            and letters.isupper()):
        return -1
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1 if index <= _MAX_EXCEL_COLUMN else -1


def column_letters(index: int) -> str:
    """0 -> 'A', 1023 -> 'AMJ'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class SheetRows:
    """The rows of one sheet that hold a value: (row number, values), read on demand.

    `dimension_rows` is the row count the sheet's `<dimension>` claims (0 if none): a hint
    for the progress bar once the first row has been read, nothing more.
    """

    def __init__(self, open_stream: Callable[[], IO[bytes]], *, file: str, sheet: str,
                 shared: list[str], date_styles: frozenset[str],
                 timedelta_styles: frozenset[str], epoch: datetime, limits: WorkbookLimits,
                 budget: CellBudget) -> None:
        self._open = open_stream
        self._file = file
        self._sheet = sheet
        self._shared = shared
        self._dates = date_styles
        self._timedeltas = timedelta_styles
        self._epoch = epoch
        self._limits = limits
        self._budget = budget
        self.dimension_rows = 0

    def _refuse(self, message: str) -> ServiceError:
        return ServiceError(f"{self._file}: blad '{self._sheet}' {message}")

    def _damaged(self, place: str, detail: str) -> ServiceError:
        return damaged(self._file, f"blad '{self._sheet}'", f"{place}: {detail}")

    def __iter__(self) -> Iterator[Row]:
        limits, shared, dates, timedeltas = self._limits, self._shared, self._dates, \
            self._timedeltas
        max_rows, max_columns, max_in_row = limits.max_rows, limits.max_columns, \
            limits.max_cells_per_row
        epoch = self._epoch
        budget = self._budget
        ready: list[Row] = []
        values: list[Any] = []
        parts: list[str] | None = None
        collecting = inline = False
        phonetic = 0
        row = 0  # the current row's number
        in_row = 0  # cell elements in the current row
        column = -1  # the current cell's column (0 = A)
        cells = 0  # cell elements (and padding) in this sheet
        stop = 0  # `cells` at which the workbook's cell budget is spent
        attributes: dict[str, str] = {}  # of the current cell
        pending: dict[str, str] | None = None  # an empty cell whose column is not yet needed
        columns: dict[str, int] = {}

        def column_of(ref: str) -> int:
            letters = ref.rstrip(_DIGITS)
            found = columns.get(letters)
            if found is None:
                found = columns[letters] = _column(letters)
            if found < 0:
                raise self._damaged(f"rij {row}", f"ongeldige celverwijzing '{ref[:20]}'")
            return found

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal parts, collecting, inline, phonetic, row, in_row, column, cells, \
                attributes, pending
            if name in _C:
                cells += 1
                in_row += 1
                if cells > stop or in_row > max_in_row:
                    raise self._too_many_cells(row) if cells > stop else self._refuse(
                        f"heeft in rij {row} meer dan {number(max_in_row)} cellen (het maximum "
                        f"van Excel). {RESAVE}")
                attributes = attrs
                parts = None
            elif name in _V or (name in _T and inline and not phonetic):
                collecting = True
                if parts is None:
                    parts = []
            elif name in _ROW:
                number_text = attrs.get("r")
                try:
                    found = int(number_text) if number_text else row + 1
                except ValueError:
                    raise self._damaged(f"rij na rij {row}",
                                        f"ongeldig rijnummer '{(number_text or '')[:20]}'"
                                        ) from None
                if found <= row:
                    raise self._damaged(f"rij {found}", f"staat na rij {row}")
                if found > max_rows:
                    raise self._refuse(f"heeft meer dan {number(max_rows)} rijen (de grens, "
                                       f"het maximum van Excel). {SPLIT}")
                row, in_row, column, pending = found, 0, -1, None
                values.clear()
            elif name in _IS:
                inline = True
            elif name in _RPH:
                phonetic += 1
            elif name in _DIMENSION:
                self.dimension_rows = _dimension_rows(attrs.get("ref", ""))

        def end(name: str) -> None:
            nonlocal collecting, inline, phonetic, column, cells, pending
            if name in _C:
                ref = attributes.get("r")
                if not parts and ref:
                    pending = attributes  # empty: its column matters only to a cell without r
                    return
                if ref:
                    column = column_of(ref)
                else:
                    if pending is not None:
                        previous = pending.get("r")
                        column = column_of(previous) if previous else column + 1
                    column += 1
                pending = None
                if not parts:
                    return
                text = "".join(parts)
                kind = attributes.get("t")
                if kind == "s":
                    try:
                        value: Any = shared[int(text)] if text[0] != "-" else None
                    except (ValueError, IndexError):
                        value = None
                    if value is None:
                        raise self._cell(row, column, f"verwijst naar gedeelde tekst nummer "
                                                      f"'{text[:20]}', die niet bestaat")
                elif kind == "inlineStr" or kind == "str":
                    value = text
                else:
                    value = self._value(text, kind, attributes.get("s"), dates, timedeltas,
                                        epoch, row, column)
                if value is None or value == "":
                    return
                width = len(values)
                if column == width and column < max_columns:
                    values.append(value)
                elif column >= max_columns:
                    raise self._refuse(
                        f"heeft in rij {row} een waarde in kolom {column_letters(column)}; "
                        f"hoogstens {number(max_columns)} kolommen (t/m "
                        f"{column_letters(max_columns - 1)}) mogen iets bevatten (de grens). "
                        "Maak de kolommen rechts van de gegevens leeg.")
                elif column > width:
                    cells += column - width
                    if cells > stop:
                        raise self._too_many_cells(row)
                    values.extend([None] * (column - width))
                    values.append(value)
                elif values[column] is None:
                    values[column] = value
                else:
                    raise self._damaged(f"rij {row}", f"cel {column_letters(column)}{row} "
                                                      "staat er twee keer in")
            elif name in _V or name in _T:
                collecting = False
            elif name in _ROW:
                if values:
                    ready.append((row, values.copy()))
            elif name in _IS:
                inline = False
            elif name in _RPH:
                phonetic -= 1

        def data(text: str) -> None:
            if collecting and parts is not None:
                parts.append(text)

        parser = _parser()
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = data
        where = f"blad '{self._sheet}'"
        guard = XmlGuard(self._file, where, limits)
        stream = self._open()
        feed = _feed(parser, stream, guard, self._file, where)
        try:
            while True:
                before = cells
                stop = cells + budget.limit - budget.used
                if next(feed, _DONE) is _DONE:
                    break
                budget.used += cells - before
                yield from ready
                ready.clear()
        finally:
            feed.close()

    def _too_many_cells(self, row: int) -> ServiceError:
        return ServiceError(
            f"{self._file}: de werkmap heeft meer dan {number(self._limits.max_cells)} cellen "
            f"(de grens; bereikt in blad '{self._sheet}', rij {row}). {SPLIT}")

    def _value(self, text: str, kind: str | None, style: str | None, dates: frozenset[str],
               timedeltas: frozenset[str], epoch: datetime, row: int, column: int) -> Any:
        """A number, boolean, ISO date or error cell's value, as openpyxl reads it."""
        if kind is None or kind == "n":
            try:
                value: Any = float(text) if "." in text or "E" in text or "e" in text \
                    else int(text)
            except ValueError:
                raise self._cell(row, column, f"ongeldig getal '{text[:20]}'") from None
            if style is not None and style in dates:
                try:
                    return from_excel(value, epoch, timedelta=style in timedeltas)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return value
        if kind == "b":
            if text in ("1", "true"):
                return True
            if text in ("0", "false"):
                return False
            raise self._cell(row, column, f"ongeldige waarheidswaarde '{text[:20]}'")
        if kind == "d":
            try:
                return from_ISO8601(text)
            except ValueError:
                raise self._cell(row, column, f"ongeldige datum '{text[:20]}'") from None
        return text  # e (#N/A) or an unknown type: the text

    def _cell(self, row: int, column: int, detail: str) -> ServiceError:
        return self._damaged(f"cel {column_letters(column)}{row}", detail)


def _dimension_rows(ref: str) -> int:
    last = ref.rpartition(":")[2].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ$").lstrip("$")
    return int(last) if last.isdigit() and len(last) <= 7 else 0
