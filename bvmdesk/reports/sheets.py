"""Writing machine-readable sheets with openpyxl: typed cells, text never read as a formula."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from io import BytesIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bvmdesk.reports.formatting import time_text

Value = str | int | float | date | datetime | time | None
"""What a cell may hold; a time is written as `HH:MM` text."""

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_BOLD = Font(bold=True)
_MIN_WIDTH, _MAX_WIDTH = 8, 48


def new_book() -> tuple[Workbook, Worksheet]:
    """An empty workbook and its first sheet."""
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    return book, sheet


def put(sheet: Worksheet, row: int, column: int, value: Value) -> None:
    """Write one value with the right cell type.

    A str is always a text cell (so `=SUM(A1)` stays text), a date a real date, a time
    `HH:MM` text, None an empty cell.
    """
    cell = sheet.cell(row=row, column=column)
    if value is None:
        return
    if isinstance(value, time):
        value = time_text(value)
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    elif isinstance(value, datetime):
        cell.value = value
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        cell.value = value


def _display_length(value: Value) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.2f}")
    return len(time_text(value) if isinstance(value, time) else str(value))


def write_table(sheet: Worksheet, title: str, headers: Sequence[str],
                rows: Sequence[Sequence[Value]], *,
                number_formats: dict[int, str] | None = None) -> None:
    """Headers in row 1 (bold, frozen, with a filter), one row per item from row 2.

    Args:
        sheet: the sheet to fill.
        title: the sheet's name.
        headers: the column titles.
        rows: the values, one sequence per row, as long as `headers`.
        number_formats: a number format per column index (0-based) for numbers.
    """
    sheet.title = title
    widths = [len(h) for h in headers]
    for column, header in enumerate(headers, start=1):
        put(sheet, 1, column, header)
        sheet.cell(row=1, column=column).font = _BOLD
    formats = number_formats or {}
    for row_index, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            put(sheet, row_index, column, value)
            if column - 1 in formats and isinstance(value, int | float):
                sheet.cell(row=row_index, column=column).number_format = formats[column - 1]
            widths[column - 1] = max(widths[column - 1], _display_length(value))
    for column, width in enumerate(widths, start=1):
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"


def add_table_sheet(book: Workbook, title: str, headers: Sequence[str],
                    rows: Sequence[Sequence[Value]], *,
                    number_formats: dict[int, str] | None = None) -> Worksheet:
    """A further data sheet, filled as `write_table` does."""
    sheet = book.create_sheet(title)
    write_table(sheet, title, headers, rows, number_formats=number_formats)
    return sheet


def add_info_sheet(book: Workbook, pairs: Sequence[tuple[str, Value]]) -> Worksheet:
    """The sheet "Info": what the report is, where and when it was made (label, value)."""
    sheet = book.create_sheet("Info")
    for row, (label, value) in enumerate(pairs, start=1):
        put(sheet, row, 1, label)
        sheet.cell(row=row, column=1).font = _BOLD
        put(sheet, row, 2, value)
    sheet.column_dimensions["A"].width = max([len(label) for label, _ in pairs] + [10]) + 2
    sheet.column_dimensions["B"].width = min(
        max([_display_length(value) for _, value in pairs] + [12]) + 2, 60)
    return sheet


def to_bytes(book: Workbook) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
