"""Delimited text: which separator a line uses, and its fields by the csv module's rules.

The one set of rules for every text file BVM Desk reads, the exchange's CSV sheets and a
badge scanner's log alike; `services/exchange/textfiles.py` reads and decodes the files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator


def detect_separator(line: str) -> str:
    """`;` or `,`, whichever the line uses (more) outside quotes; `;` if neither."""
    semicolons = commas = 0
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char == ";":
            semicolons += 1
        elif not quoted and char == ",":
            commas += 1
    return "," if commas > semicolons else ";"


def line_fields(line: str, separator: str | None = None) -> list[str]:
    """The fields of one line (quotes and doubled quotes as Excel writes them).

    Args:
        separator: `;` or `,`; detected from the line itself when None.
    Raises:
        csv.Error: a field longer than the csv module's limit (`csv.field_size_limit()`).
    """
    if separator is None:
        separator = detect_separator(line)
    return next(csv.reader((line,), delimiter=separator), [])


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """(1-based line number, line with its ending) as an editor numbers them: lines end at
    \\r\\n, \\n or \\r only (str.splitlines would also split at form feeds and others)."""
    yield from enumerate(io.StringIO(text, newline=""), start=1)
