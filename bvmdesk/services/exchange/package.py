"""The zip of a workbook: its directory checked before anything is unpacked, and its parts.

A part is read as a stream through `XmlGuard`, which refuses what no spreadsheet program
writes and what would make the XML parser hold much in memory: a DOCTYPE (entities), a
comment, CDATA or processing instruction, UTF-16, and a text or tag of more than
`max_token_bytes` (the parser keeps a whole tag in memory; the guard sees every byte).
"""

from __future__ import annotations

import codecs
import posixpath
import struct
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, BinaryIO, Literal

from bvmdesk.services.base import ServiceError
from bvmdesk.services.exchange.limits import MB, WorkbookLimits

RESAVE = ("Open de werkmap in Excel, sla hem opnieuw op (Bestand > Opslaan als > "
          "Excel-werkmap) en probeer het opnieuw.")
SPLIT = ("Verdeel de gegevens over meer werkmappen en importeer die na elkaar (zie de "
         "beheerhandleiding, 'Grenzen van de import').")
READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
               RuntimeError, ValueError)
CHUNK = 64 * 1024
Event = Literal["start", "end"]
_REL_TYPES = ("officeDocument", "worksheet", "sharedStrings", "styles")


def number(value: int) -> str:
    """1048576 -> '1.048.576' (Dutch thousands separator)."""
    return f"{value:,}".replace(",", ".")


def megabytes(value: int) -> str:
    """A size in whole MB, rounded up: a size just over a limit never reads as the limit."""
    return f"{number(max(1, -(-value // MB)))} MB"


def damaged(file: str, where: str, detail: str) -> ServiceError:
    return ServiceError(f"{file}: {where} is beschadigd ({detail}). {RESAVE}")


def unpack_problem(exc: BaseException) -> str:
    """What went wrong unpacking a part, in Dutch (zipfile and zlib speak English)."""
    if isinstance(exc, NotImplementedError):
        return "niet uit te pakken: onbekende compressiemethode"
    if isinstance(exc, RuntimeError):
        return "niet uit te pakken: het onderdeel is versleuteld"
    if isinstance(exc, zipfile.BadZipFile) and "CRC" in str(exc):
        return "niet uit te pakken: de controlesom klopt niet"
    if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
        return f"niet te lezen: {exc.strerror or exc}"
    return "niet uit te pakken: de gecomprimeerde gegevens zijn kapot of afgebroken"


class XmlGuard:
    """Checks every chunk of one XML part before the parser sees it."""

    def __init__(self, file: str, where: str, limits: WorkbookLimits) -> None:
        self._file = file
        self._where = where
        self._limit = limits.max_token_bytes
        self._run = 0  # bytes since the last '<'
        self._last = b""
        self._first = True

    def check(self, chunk: bytes) -> None:
        if self._first:
            self._first = False
            chunk = self._declaration(chunk)
        if b"<!" in chunk or b"<?" in chunk or (
                self._last == b"<" and chunk[:1] in (b"!", b"?")):
            raise ServiceError(
                f"{self._file}: {self._where} bevat XML-opmaak die een werkmap niet gebruikt "
                f"(DOCTYPE, commentaar, CDATA of een verwerkingsinstructie) en wordt niet "
                f"gelezen. {RESAVE}")
        first = chunk.find(b"<")
        if first < 0:
            self._run += len(chunk)
        else:
            if self._run + first > self._limit:
                self._too_long()
            self._run = len(chunk) - chunk.rfind(b"<") - 1
        if self._run > self._limit:
            self._too_long()
        self._last = chunk[-1:] or self._last

    def _declaration(self, chunk: bytes) -> bytes:
        if chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"<\x00", b"\x00<")):
            raise ServiceError(f"{self._file}: {self._where} is in UTF-16 opgeslagen; BVM Desk "
                               f"leest werkmappen in UTF-8, zoals Excel ze schrijft. {RESAVE}")
        body = chunk[3:] if chunk.startswith(codecs.BOM_UTF8) else chunk
        if body.lstrip().startswith(b"<?xml"):
            end = body.find(b"?>")
            if end >= 0:
                return body[end + 2:]
        return chunk

    def _too_long(self) -> None:
        raise ServiceError(
            f"{self._file}: {self._where} bevat een tekst of XML-element van meer dan "
            f"{megabytes(self._limit)} aan één stuk (de grens; een cel in Excel houdt hoogstens "
            f"32.767 tekens). {RESAVE}")


class GuardedReader:
    """A part's stream for ElementTree.iterparse, checked by an XmlGuard chunk by chunk."""

    def __init__(self, stream: IO[bytes], guard: XmlGuard) -> None:
        self._stream = stream
        self._guard = guard

    def read(self, size: int = CHUNK) -> bytes:
        chunk = self._stream.read(size if 0 < size <= CHUNK else CHUNK)
        if chunk:
            self._guard.check(chunk)
        return chunk


def check_directory(handle: BinaryIO, file: str, limits: WorkbookLimits) -> None:
    """Refuse a zip whose end record announces too many parts or too large a directory.

    Runs before zipfile reads the directory (which holds an object per part in memory).
    """
    handle.seek(0, 2)
    size = handle.tell()
    tail_length = min(size, 22 + 65_535)
    handle.seek(size - tail_length)
    tail = handle.read(tail_length)
    handle.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        raise truncated(file, "het einde van het zip-archief ontbreekt")
    parts, directory = struct.unpack_from("<HI", tail, at + 10)
    if (parts == 0xFFFF or directory == 0xFFFFFFFF) and at >= 20 \
            and tail[at - 20:at - 16] == b"PK\x06\x07":
        offset = struct.unpack_from("<Q", tail, at - 12)[0]
        handle.seek(offset)
        record = handle.read(56)
        handle.seek(0)
        if len(record) == 56 and record.startswith(b"PK\x06\x06"):
            parts, directory = struct.unpack_from("<QQ", record, 32)
    if parts > limits.max_parts:
        raise too_many_parts(file, parts, limits)
    if directory > limits.max_directory_bytes:
        raise ServiceError(
            f"{file}: de inhoudsopgave van het zip-archief is {megabytes(directory)} groot; "
            f"de grens is {megabytes(limits.max_directory_bytes)}. {RESAVE}")


def too_many_parts(file: str, parts: int, limits: WorkbookLimits) -> ServiceError:
    return ServiceError(
        f"{file} bevat {number(parts)} onderdelen; een werkmap mag er hoogstens "
        f"{number(limits.max_parts)} hebben (de grens). Is dit wel een Excel-werkmap? {RESAVE}")


def truncated(file: str, detail: str) -> ServiceError:
    return ServiceError(
        f"{file} is beschadigd of onvolledig ({detail}): het zip-archief van de werkmap is niet "
        "te lezen. Kopieer het bestand opnieuw, of open het in Excel en sla het opnieuw op.")


@dataclass(frozen=True)
class Relation:
    id: str
    type: str  # the last part of the relation's type URI: "worksheet", "styles", ...
    target: str  # the part's name in the zip


class Package:
    """The parts of an opened zip, found by name regardless of case."""

    def __init__(self, archive: zipfile.ZipFile, file: str, limits: WorkbookLimits) -> None:
        self.archive = archive
        self.file = file
        self.limits = limits
        infos = archive.infolist()
        if len(infos) > limits.max_parts:
            raise too_many_parts(file, len(infos), limits)
        total = sum(info.file_size for info in infos)
        if total > limits.max_total_bytes:
            raise ServiceError(
                f"{file} is uitgepakt {megabytes(total)} groot; de grens is "
                f"{megabytes(limits.max_total_bytes)}. {SPLIT}")
        self._by_name = {info.filename: info for info in infos}
        self._by_folded = {info.filename.lower(): info for info in infos}

    def find(self, name: str) -> zipfile.ZipInfo | None:
        name = name.lstrip("/")
        return self._by_name.get(name) or self._by_folded.get(name.lower())

    def has_prefix(self, prefix: str) -> bool:
        return any(name.lower().startswith(prefix) for name in self._by_folded)

    def open(self, info: zipfile.ZipInfo, where: str, limit: int) -> IO[bytes]:
        """A part's stream, refused first if its uncompressed size is over `limit`."""
        if info.file_size > limit:
            raise ServiceError(
                f"{self.file}: {where} is uitgepakt {megabytes(info.file_size)} groot; de "
                f"grens is {megabytes(limit)}. {SPLIT}")
        try:
            return self.archive.open(info)
        except READ_ERRORS as exc:
            raise damaged(self.file, where, unpack_problem(exc)) from exc

    def elements(self, info: zipfile.ZipInfo, where: str, events: tuple[Event, ...] = ("end",)
                 ) -> Iterator[tuple[str, ET.Element]]:
        """(event, element) of a small part, streamed; elements are cleared after use."""
        stream = self.open(info, where, self.limits.max_part_bytes)
        reader = GuardedReader(stream, XmlGuard(self.file, where, self.limits))
        try:
            for event, element in ET.iterparse(reader, events):
                yield event, element
                if event == "end":
                    element.clear()
        except ET.ParseError as exc:
            line, column = exc.position
            raise damaged(self.file, where,
                          f"ongeldige XML bij regel {line}, teken {column + 1}") from exc
        except READ_ERRORS as exc:
            raise damaged(self.file, where, unpack_problem(exc)) from exc
        finally:
            stream.close()

    def relations(self, part: str) -> list[Relation]:
        """The relations of `part` ('' for the package), with targets resolved to names."""
        folder, base = posixpath.split(part)
        info = self.find(posixpath.join(folder, "_rels", f"{base}.rels"))
        if info is None:
            return []
        found: list[Relation] = []
        for _, element in self.elements(info, f"het onderdeel {info.filename}"):
            if not element.tag.endswith("Relationship") or \
                    element.get("TargetMode") == "External":
                continue
            kind = (element.get("Type") or "").rsplit("/", 1)[-1]
            target = element.get("Target") or ""
            if kind in _REL_TYPES and target:
                name = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(folder, target))
                found.append(Relation(element.get("Id") or "", kind, name))
        return found
