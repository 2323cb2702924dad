"""The limits a workbook (.xlsx) is read within: a hostile or broken file is refused early.

Every limit is checked before the expensive work where the file tells its size up front
(the zip directory: number of parts, uncompressed size per part and in total), and while
streaming otherwise (rows, columns, cells, shared strings). A file over a limit is refused
with a message that names the file, the sheet or part, and the limit; nothing is written.

The defaults fit a workbook export of ten times the reference dataset (20,000 participants,
17,500 lessons, 24,500 enrolments, 1,000,000 attendance marks) wherever Excel's own format
allows it: one sheet holds at most 1,048,576 rows, so ten times the marks never fit one sheet,
but a Presentie sheet filled to Excel's last row does. Measured on that export (inline
strings, as `bvmdesk export` writes them): Presentie 349 bytes of XML per row (366 MB at
1,048,576 rows), ten times Deelnemers 112 MB, all sheets together about 640 MB, 14 million
cells; saved by Excel (shared strings) ten times the reference has about 0.9 million distinct
texts in about 27 MB of XML. The admin guide (docs/beheer.md) lists these defaults.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class WorkbookLimits:
    """How much of a workbook BVM Desk reads before it refuses the file."""

    max_parts: int = 10_000
    """Parts (files) in the zip; a workbook from Excel has a few dozen."""
    max_directory_bytes: int = 16 * MB
    """The zip's central directory, read before any part is opened."""
    max_total_bytes: int = 2048 * MB
    """All parts together, uncompressed."""
    max_sheet_bytes: int = 1024 * MB
    """One sheet's XML, uncompressed (Presentie at Excel's last row: about 366 MB)."""
    max_sheets: int = 100
    """Sheets in the workbook (the exchange format has 17); each is opened at once to read
    its header, at some 350 kB of buffers apiece."""
    max_part_bytes: int = 32 * MB
    """Each other part that is read: workbook.xml, the relations, styles.xml."""
    max_shared_strings_bytes: int = 64 * MB
    """xl/sharedStrings.xml, uncompressed; it is read into memory whole."""
    max_shared_strings: int = 2_000_000
    """Distinct texts in xl/sharedStrings.xml."""
    max_rows: int = 1_048_576
    """Rows per sheet: Excel's own maximum."""
    max_columns: int = 1_024
    """The last column (AMJ) that may hold a value; the exchange sheets use 13 at most."""
    max_cells_per_row: int = 16_384
    """Cell elements in one row, empty ones too: Excel's own maximum (column XFD)."""
    max_cells: int = 25_000_000
    """Cells in all sheets together (cell elements, and the empty cells a value's column
    adds before it)."""
    max_token_bytes: int = 1 * MB
    """The longest run of XML without a `<`: one text or tag (a cell holds at most 32,767
    characters in Excel, at most 6 bytes each when escaped)."""


LIMITS = WorkbookLimits()
"""The limits every import uses."""
