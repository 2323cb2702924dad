"""What a file really is, told by its first bytes and never by its name.

A workbook (.xlsx) is a zip; an old Excel file (.xls) and a password-protected workbook are
both an OLE compound file (CFB), told apart by the names of the streams in its directory.
Only a regular file is opened at all: a pipe or a device could make a read wait forever.
"""

from __future__ import annotations

import codecs
import os
import stat
import struct
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from bvmdesk.services.base import ServiceError

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_DIRECTORY_ENTRIES = 4096  # a real Office file has a few dozen streams


class Kind(Enum):
    """The kinds of file that get a message of their own."""

    ZIP = "zip"
    CFB = "cfb"
    TEXT = "text"
    EMPTY = "empty"
    OTHER = "other"


def open_regular(path: Path) -> BinaryIO:
    """Open `path` for reading if it is a regular file; a FIFO or device is never read.

    Raises:
        ServiceError: not found, not readable, or not a regular file.
    """
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise ServiceError(not_regular(path.name))
        # O_NONBLOCK: should the path become a FIFO after the check, opening does not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ServiceError(f"Bestand of map niet gevonden: {path}") from None
    except PermissionError:
        raise ServiceError(f"{path.name} is niet te lezen: u hebt geen leesrechten op dit "
                           "bestand. Kopieer het naar een eigen map of vraag de eigenaar om "
                           "leesrechten.") from None
    except OSError as exc:
        raise ServiceError(f"{path.name} is niet te lezen: {exc.strerror or exc}.") from exc
    handle = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        raise ServiceError(not_regular(path.name))
    return handle


def not_regular(name: str) -> str:
    return (f"{name} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pipe) en "
            "wordt niet gelezen. Kies een Excel-werkmap (.xlsx), een .csv-bestand of een map "
            "met .csv-bestanden.")


def kind_of(handle: BinaryIO) -> Kind:
    """The kind of file from its first bytes; the handle is left at its start."""
    handle.seek(0)
    head = handle.read(4096)
    handle.seek(0)
    if not head:
        return Kind.EMPTY
    if head.startswith(ZIP_MAGIC):
        return Kind.ZIP
    if head.startswith(CFB_MAGIC):
        return Kind.CFB
    return Kind.TEXT if _looks_like_text(head) else Kind.OTHER


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\x00" in head:
        return False
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return control * 20 < len(head)


def cfb_streams(handle: BinaryIO) -> set[str] | None:
    """The names of the streams and storages in a compound file; None if it is damaged.

    Reads the header, the FAT sectors the directory chain needs, and the directory: a few
    sectors of any size of file. Every chain is walked at most once around the file.
    """
    try:
        return _CfbDirectory(handle).names()
    except (struct.error, ValueError, OSError):
        return None


class _CfbDirectory:
    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        handle.seek(0, os.SEEK_END)
        self._size = handle.tell()
        header = self._read(0, 512)
        if len(header) < 512 or not header.startswith(CFB_MAGIC):
            raise ValueError("header")
        shift = struct.unpack_from("<H", header, 30)[0]
        if shift not in (9, 12):
            raise ValueError("sector size")
        self._sector = 1 << shift
        self._first_directory = struct.unpack_from("<I", header, 48)[0]
        self._difat = list(struct.unpack_from("<109I", header, 76))
        next_difat, difat_sectors = struct.unpack_from("<II", header, 68)
        self._extend_difat(next_difat, difat_sectors)
        self._fat_cache: dict[int, tuple[int, ...]] = {}

    def _read(self, offset: int, length: int) -> bytes:
        self._handle.seek(offset)
        return self._handle.read(length)

    def _sector_data(self, number: int) -> bytes:
        data = self._read((number + 1) * self._sector, self._sector)
        if len(data) != self._sector:
            raise ValueError("sector beyond the end of the file")
        return data

    def _extend_difat(self, sector: int, count: int) -> None:
        per_sector = self._sector // 4 - 1
        for _ in range(min(count, self._size // self._sector + 1)):
            if sector >= _END_OF_CHAIN:
                break
            entries = struct.unpack(f"<{per_sector + 1}I", self._sector_data(sector))
            self._difat.extend(entries[:per_sector])
            sector = entries[per_sector]

    def _next(self, sector: int) -> int:
        per_sector = self._sector // 4
        index, slot = divmod(sector, per_sector)
        if index >= len(self._difat):
            raise ValueError("FAT")
        if index not in self._fat_cache:
            data = self._sector_data(self._difat[index])
            self._fat_cache[index] = struct.unpack(f"<{per_sector}I", data)
        return int(self._fat_cache[index][slot])

    def names(self) -> set[str]:
        names: set[str] = set()
        sector = self._first_directory
        for _ in range(self._size // self._sector + 1):
            if sector >= _END_OF_CHAIN or len(names) > _MAX_DIRECTORY_ENTRIES:
                break
            data = self._sector_data(sector)
            for offset in range(0, self._sector, 128):
                length = struct.unpack_from("<H", data, offset + 64)[0]
                kind = data[offset + 66]
                if kind in (1, 2, 5) and 2 <= length <= 64:
                    names.add(data[offset:offset + length - 2].decode("utf-16-le", "replace"))
            sector = self._next(sector)
        return names


def cfb_message(name: str, streams: set[str] | None) -> str:
    """The message for a compound file: encrypted workbook, old .xls, or another file."""
    if streams is not None and {"EncryptionInfo", "EncryptedPackage"} & streams:
        return (f"{name} is met een wachtwoord beveiligd. Haal het wachtwoord eraf in Excel "
                "(Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: maak het "
                "wachtwoord leeg), sla op en probeer het opnieuw.")
    if streams is not None and "WordDocument" in streams:
        return (f"{name} is een Word-document (.doc), geen Excel-werkmap. Kies een "
                "Excel-werkmap (.xlsx), een .csv-bestand of een map met .csv-bestanden.")
    if streams is not None and "PowerPoint Document" in streams:
        return (f"{name} is een PowerPoint-bestand (.ppt), geen Excel-werkmap. Kies een "
                "Excel-werkmap (.xlsx), een .csv-bestand of een map met .csv-bestanden.")
    return (f"{name} is in het oude Excel-formaat (.xls). Open het in Excel en sla het op als "
            "Excel-werkmap (.xlsx) (Bestand > Opslaan als), en importeer dat bestand.")


def other_message(name: str, kind: Kind) -> str:
    """The message for an empty file, a text file or an unknown kind of file."""
    if kind is Kind.EMPTY:
        return (f"{name} is leeg (0 bytes). Kies het juiste bestand, of sla de werkmap "
                "opnieuw op in Excel.")
    if kind is Kind.TEXT:
        return (f"{name} is een tekstbestand, geen Excel-werkmap. Is het een CSV-bestand? "
                "Geef het dan een naam die eindigt op .csv; anders: open het in Excel en sla "
                "het op als Excel-werkmap (.xlsx).")
    return (f"{name} is geen Excel-werkmap en geen CSV-bestand. Kies een Excel-werkmap "
            "(.xlsx), een .csv-bestand of een map met .csv-bestanden.")
