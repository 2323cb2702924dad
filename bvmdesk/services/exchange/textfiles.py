"""Reading text files (the exchange's CSV sheets and a badge scanner's log) within limits.

A file is opened only when it is a regular file (never a pipe or a device, which could block
or never end) of at most the size limit, and it is inspected in chunks before it is parsed:
UTF-16/UTF-32, binary content, an encoding that is neither UTF-8 nor Windows-1252, and a line
longer than `MAX_LINE_BYTES` each get their own message. CSV rows are then read as a stream
(the csv module, the separator of the first line), so memory stays small however big the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from bvmdesk.domain.delimited import detect_separator
from bvmdesk.domain.text import os_error_text
from bvmdesk.services.base import ServiceError
from bvmdesk.services.exchange.readers import RawSheet

if TYPE_CHECKING:
    from _csv import Reader

# --- limits: the one place (docs/beheer.md states them) ----------------------------------
MAX_CSV_BYTES = 1_000_000_000
"""All CSV files of one import together: 1 GB. The reference data (1 million attendance
marks, Presentie.csv 54 MB, 57 MB in all) fits 17 times."""
MAX_SCAN_LOG_BYTES = 50_000_000
"""One scanner log: 50 MB, over a million scans (a scan line is some 30 bytes)."""
MAX_LINE_BYTES = 100_000
"""One line of a text file: 100 kB (a line of the exchange is under 1 kB). Below the csv
module's field limit, so that one line can never hold a field over it."""
MAX_FIELD_CHARS = csv.field_size_limit()
"""The csv module's own limit for one field (131072 characters); only a field in quotes that
spans lines (an unclosed quote) can reach it."""

CHUNK_BYTES = 1 << 20
SAVE_AS_UTF8 = ("sla het op als CSV UTF-8 (in Excel: Opslaan als > CSV UTF-8 (door komma's "
                "gescheiden))")
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_LINE_ENDS = bytes.maketrans(b"\r", b"\n")
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows (no FIFOs to open there)


class TextFileError(ServiceError):
    """A text file refused before or while it was read; the message names the file."""


@dataclass(frozen=True)
class TextInfo:
    """What an inspection found: the encoding to read with, the size and the line count."""

    encoding: str  # "utf-8-sig", "utf-8" or "cp1252"
    size: int
    lines: int  # line breaks (an estimate of the rows)


def megabytes(size: int) -> str:
    """`1,2 GB`, `57 MB`, `100 kB`: a size as the messages and the guide write it."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            value = size / factor
            text = f"{value:.1f}".replace(".", ",") if value < 10 else f"{value:.0f}"
            return f"{text.removesuffix(',0')} {unit}"
    return f"{size} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    return "geen gewoon bestand"


def require_regular(path: Path, status: os.stat_result | None = None) -> os.stat_result:
    """The file's status when it is a regular file (a symlink to one is fine).

    Raises:
        TextFileError: a pipe, a device, a socket or a folder; nothing was read.
        OSError: it cannot be looked at (not found, no permission).
    """
    status = status or path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise TextFileError(f"{path.name} is geen gewoon bestand maar {_kind(status.st_mode)}; "
                            "kies een CSV- of tekstbestand.")
    return status


def too_big(name: str, size: int, limit: int) -> TextFileError:
    return TextFileError(f"{name} is te groot ({megabytes(size)}; de grens is "
                         f"{megabytes(limit)}). Splits het in kleinere bestanden.")


def open_regular(path: Path, limit: int) -> BinaryIO:
    """Open a regular file of at most `limit` bytes for reading; never blocks on a pipe.

    Raises:
        TextFileError: not a regular file, or over the limit (nothing was read).
        OSError: not found, no permission.
    """
    # Returned open, so no `with`; O_NONBLOCK: opening a FIFO does not wait for a writer.
    handle = open(path, "rb",  # noqa: SIM115
                  opener=lambda name, flags: os.open(name, flags | _NONBLOCK))
    try:
        status = require_regular(path, os.fstat(handle.fileno()))
        if status.st_size > limit:
            raise too_big(path.name, status.st_size, limit)
    except BaseException:
        handle.close()
        raise
    return handle


def read_bytes(path: Path, limit: int = MAX_SCAN_LOG_BYTES) -> bytes:
    """A whole (small) text file: a scanner log.

    Raises:
        TextFileError: not a regular file, or over the limit, checked before reading.
        OSError: not found, a folder, no permission.
    """
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)  # a file that grows while it is read stops here
    if len(data) > limit:
        raise too_big(path.name, len(data), limit)
    return data


def _check_wide(head: bytes, name: str) -> None:
    """UTF-32 and UTF-16, by their byte order mark or by where the zero bytes fall."""
    wide = None
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        wide = "UTF-32"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        wide = "UTF-16"
    elif b"\x00" in head:
        sample = head[:4096]
        quarters = [sample[i::4].count(0) / max(len(sample[i::4]), 1) for i in range(4)]
        halves = [sample[i::2].count(0) / max(len(sample[i::2]), 1) for i in range(2)]
        if sorted(quarters)[1] > 0.9 and min(quarters) < 0.5:  # three of four bytes zero
            wide = "UTF-32"
        elif max(halves) > 0.5 and min(halves) < 0.1:  # latin text: every other byte zero
            wide = "UTF-16"
    if wide is not None:
        raise TextFileError(f"{name} is opgeslagen als {wide}; {wide} is niet ondersteund, "
                            f"{SAVE_AS_UTF8}.")


def _not_text(name: str, head: bytes) -> TextFileError:
    if head.startswith(b"PK\x03\x04"):
        return TextFileError(f"{name} is geen tekstbestand maar een zip-bestand (een "
                             "Excel-werkmap?); geef een werkmap de naam .xlsx, of "
                             f"{SAVE_AS_UTF8}.")
    return TextFileError(f"{name} is geen tekstbestand: het bevat nul-bytes en is geen UTF-8- "
                         f"of Windows-1252-tekst. Kies het juiste bestand, of {SAVE_AS_UTF8}.")


def inspect(chunks: Iterable[bytes], name: str, limit: int) -> TextInfo:
    """Check the bytes of a text file, chunk by chunk, and choose its encoding.

    A UTF-8 BOM means UTF-8; otherwise UTF-8 if every byte sequence is valid; otherwise
    Windows-1252.

    Raises:
        TextFileError: UTF-16 or UTF-32; binary (zero bytes); neither UTF-8 nor
            Windows-1252; a line over MAX_LINE_BYTES; more than `limit` bytes.
    """
    utf8 = codecs.getincrementaldecoder("utf-8")()
    utf8_ok = cp1252_ok = True
    head = b""
    size = newlines = returns = 0
    current = 0  # length of the line that runs on from the previous chunk
    for chunk in chunks:
        if not head:
            head = bytes(chunk[:4096])
            _check_wide(head, name)
            if not chunk:
                continue
        size += len(chunk)
        if size > limit:
            raise too_big(name, size, limit)
        if b"\x00" in chunk:
            raise _not_text(name, head)
        if utf8_ok:
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError:
                utf8_ok = False
        if cp1252_ok and _CP1252_UNDEFINED.search(chunk):
            cp1252_ok = False
        lengths = [len(line) for line in chunk.translate(_LINE_ENDS).split(b"\n")]
        lengths[0] += current
        if max(lengths) > MAX_LINE_BYTES:
            index = lengths.index(max(lengths))
            start = sum(lengths[:index]) + index - (current if index else 0)
            number = 1 + max(newlines + chunk.count(b"\n", 0, start),
                             returns + chunk.count(b"\r", 0, start))
            raise TextFileError(f"{name}: regel {number} is langer dan "
                                f"{megabytes(MAX_LINE_BYTES)}; zo'n regel hoort niet in een "
                                "tekstbestand voor BVM Desk. Kies het juiste bestand.")
        current = lengths[-1]
        newlines += chunk.count(b"\n")
        returns += chunk.count(b"\r")
    if utf8_ok:
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8_ok = False
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig" if utf8_ok else ""
    else:
        encoding = "utf-8" if utf8_ok else "cp1252" if cp1252_ok else ""
    if not encoding:
        raise TextFileError(f"{name} is geen UTF-8- of Windows-1252-tekst; {SAVE_AS_UTF8}.")
    return TextInfo(encoding, size, max(newlines, returns))


def decode_text(data: bytes, name: str, limit: int = MAX_SCAN_LOG_BYTES) -> str:
    """The text of a file's bytes, checked as `inspect` does.

    Raises:
        TextFileError: see `inspect`.
    """
    chunks = (data[i:i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES))
    info = inspect(chunks, name, limit)
    return data.decode(info.encoding)


# --- CSV sheets of the exchange ------------------------------------------------------------
def csv_files(folder: Path) -> list[Path]:
    """The `*.csv` entries of a folder, by name, each a regular file, together within
    MAX_CSV_BYTES: checked before anything is read.

    Raises:
        TextFileError: an entry named .csv that is no regular file; too big together.
    """
    files = sorted((p for p in folder.iterdir() if p.suffix.lower() == ".csv"),
                   key=lambda p: p.name)
    total = 0
    for path in files:
        try:
            total += require_regular(path).st_size
        except OSError as exc:  # a broken link, no permission
            raise TextFileError(f"{path.name} is niet te lezen ({os_error_text(exc)}).") \
                from exc
    if total > MAX_CSV_BYTES:
        raise TextFileError(f"De CSV-bestanden in {folder.name} zijn samen te groot "
                            f"({megabytes(total)}; de grens is {megabytes(MAX_CSV_BYTES)}). "
                            "Importeer ze in delen.")
    return files


def csv_sheets(paths: list[Path]) -> list[RawSheet]:
    """A sheet per CSV file, named after the file; rows are read when they are iterated.

    Raises:
        TextFileError: a file that is no regular file, too big (all files together), not
            text (see `inspect`) or not readable: the import is refused with that one
            message, whatever the other files hold.
    """
    sheets = []
    budget = MAX_CSV_BYTES
    for path in paths:
        sheet, size = _csv_sheet(path, budget)
        budget -= size
        sheets.append(sheet)
    return sheets


def _chunks(handle: BinaryIO) -> Iterator[bytes]:
    while chunk := handle.read(CHUNK_BYTES):
        yield chunk


def _reader(handle: BinaryIO, encoding: str) -> tuple[Reader, list[str]]:
    """A csv reader with the separator of the first line, and the header row."""
    text = io.TextIOWrapper(handle, encoding=encoding, newline="")
    first = text.readline()
    reader = csv.reader(itertools.chain((first,), text), delimiter=detect_separator(first))
    return reader, next(reader, [])


def _csv_sheet(path: Path, budget: int) -> tuple[RawSheet, int]:
    name = path.stem
    try:
        with open_regular(path, budget) as handle:
            info = inspect(_chunks(handle), path.name, budget)
            handle.seek(0)
            _, header = _reader(handle, info.encoding)
    except csv.Error as exc:  # the header: a quote not closed
        raise field_error(path.name, 1, exc) from exc
    except OSError as exc:
        raise TextFileError(f"{path.name} is niet te lezen ({os_error_text(exc)}).") from exc
    rows = _csv_rows(path, info)
    return RawSheet(name, header, rows, max(info.lines - 1, 0), from_csv=True), info.size


def _csv_rows(path: Path, info: TextInfo) -> Iterator[tuple[int, list[str]]]:
    """The data rows (row 2 on), read as a stream; the file is opened again, and must be
    the file that was inspected."""
    with open_regular(path, MAX_CSV_BYTES) as handle:
        if os.fstat(handle.fileno()).st_size != info.size:
            raise TextFileError(f"{path.name} is gewijzigd tijdens het lezen; probeer het "
                                "opnieuw.")
        reader, _ = _reader(handle, info.encoding)
        number = 1
        try:
            for number, row in enumerate(reader, start=2):
                yield number, row
        except csv.Error as exc:
            raise field_error(path.name, number + 1, exc) from exc


def field_error(name: str, row: int, exc: csv.Error) -> TextFileError:
    """The csv module's error (its only one for our text: a field over its limit) in Dutch;
    `row` is the exchange's row number (the header is row 1)."""
    if "field larger than field limit" in str(exc):
        limit = f"{MAX_FIELD_CHARS:,}".replace(",", ".")
        return TextFileError(f"{name}: in rij {row} is een veld langer dan {limit} tekens; "
                             "meestal is daar een aanhalingsteken (\") niet gesloten. Verbeter "
                             "die rij en sla het bestand opnieuw op.")
    return TextFileError(f"{name}: rij {row} is geen geldige CSV; {SAVE_AS_UTF8}.")
