"""Writing workbooks part by part, compound (OLE) files, and damaging zips, for the corpus.

Nothing here uses openpyxl's writer: the corpus needs workbooks no well-behaved writer
makes (a stale dimension, a bomb, broken XML), so each part is written as bytes.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
COMPANIES = [["code", "naam"], ["LB1", "Metaal BV"], ["LB2", "Staal & Zn"],
             ["LB3", "Lasbedrijf Oost"]]
Part = bytes | Iterable[bytes]


def cell(column: str, row: int, value: object) -> str:
    if isinstance(value, int | float):
        return f'<c r="{column}{row}"><v>{value}</v></c>'
    return f'<c r="{column}{row}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def rows_xml(rows: Sequence[Sequence[object]], first: int = 1) -> str:
    lines = []
    for number, row in enumerate(rows, start=first):
        cells = "".join(cell(chr(65 + i), number, v) for i, v in enumerate(row) if v != "")
        lines.append(f'<row r="{number}">{cells}</row>')
    return "".join(lines)


def sheet(body: str, dimension: str | None = None) -> bytes:
    """A worksheet whose sheetData holds `body` (row elements)."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
            f'xmlns="{MAIN}" xmlns:r="{REL}">{dim}<sheetData>{body}</sheetData></worksheet>'
            ).encode()


def table(rows: Sequence[Sequence[object]], dimension: str | None = None) -> bytes:
    return sheet(rows_xml(rows), dimension)


def shared_strings(texts: Iterable[str]) -> Iterator[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN}">'.encode()
    batch: list[str] = []
    for text in texts:
        batch.append(f"<si><t>{escape(text)}</t></si>")
        if len(batch) == 10_000:
            yield "".join(batch).encode()
            batch.clear()
    yield ("".join(batch) + "</sst>").encode()


def workbook(path: Path, sheets: dict[str, Part], *, shared: Part | None = None,
             workbook_xml: bytes | None = None, extra: dict[str, Part] | None = None,
             level: int = 6) -> Path:
    """An .xlsx with `sheets` (name -> worksheet XML) in order, written part by part."""
    names = list(sheets)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(names) + 1))
    if shared is not None:
        overrides += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                      'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}</Types>")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" '
                 'Target="xl/workbook.xml"/></Relationships>')
    sheet_list = "".join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, n in enumerate(names, start=1))
    book = workbook_xml or (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f"<sheets>{sheet_list}</sheets></workbook>").encode()
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" '
                   f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(names) + 1))
    if shared is not None:
        rels += (f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" '
                 'Target="sharedStrings.xml"/>')
    parts: dict[str, Part] = {
        "[Content_Types].xml": content_types.encode(), "_rels/.rels": root_rels.encode(),
        "xl/workbook.xml": book,
        "xl/_rels/workbook.xml.rels": (f'<?xml version="1.0" encoding="UTF-8"?>'
                                       f'<Relationships xmlns="{PKG_REL}">{rels}'
                                       "</Relationships>").encode()}
    for i, name in enumerate(names, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheets[name]
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    parts.update(extra or {})
    write_zip(path, parts, level)
    return path


def write_zip(path: Path, parts: dict[str, Part], level: int = 6) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in parts.items():
            if isinstance(data, bytes):
                archive.writestr(name, data)
            else:
                with archive.open(name, "w", force_zip64=True) as stream:
                    for chunk in data:
                        stream.write(chunk)
    return path


def repeat(piece: bytes, times: int, before: bytes = b"", after: bytes = b"") -> Iterator[bytes]:
    """`before`, `piece` `times` times, `after`: a large part written in 4 MB chunks."""
    yield before
    per_chunk = max(1, 4_000_000 // len(piece))
    while times > 0:
        count = min(per_chunk, times)
        yield piece * count
        times -= count
    yield after


def patch_central_directory(path: Path, name: str, *, size: int | None = None,
                            crc: int | None = None, method: int | None = None) -> Path:
    """Rewrite fields of `name`'s central directory entry (and local header's method)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + length]) == encoded:
            if size is not None:
                struct.pack_into("<I", data, at + 24, size)
            if crc is not None:
                struct.pack_into("<I", data, at + 16, crc)
            if method is not None:
                struct.pack_into("<H", data, at + 10, method)
                local = struct.unpack_from("<I", data, at + 42)[0]
                struct.pack_into("<H", data, local + 8, method)
            path.write_bytes(bytes(data))
            return path
        at = data.find(b"PK\x01\x02", at + 4)
    raise KeyError(name)


def compressed_range(path: Path, name: str) -> tuple[int, int]:
    """Where `name`'s compressed bytes are in the file: (start, length)."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    data = path.read_bytes()
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset + 30 + name_length + extra_length, info.compress_size


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (version 3, 512-byte sectors) holding `streams`.

    Every stream is padded to 4096 bytes so it lives in regular sectors (no mini stream).
    """
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    names = list(streams)
    entries = ["Root Entry", *names]
    directory_sectors = (len(entries) + 3) // 4
    fat = [fat_sector] + [0] * directory_sectors
    for i in range(directory_sectors):
        fat[1 + i] = 2 + i if i < directory_sectors - 1 else end
    data_sectors: list[bytes] = []
    starts: list[int] = []
    sizes: list[int] = []
    for name in names:
        payload = streams[name].ljust(4096, b"\x00")
        sizes.append(len(payload))
        count = len(payload) // 512 + (1 if len(payload) % 512 else 0)
        first = len(fat)
        starts.append(first)
        fat.extend(first + k + 1 if k < count - 1 else end for k in range(count))
        data_sectors.extend(payload[k * 512:(k + 1) * 512].ljust(512, b"\x00")
                            for k in range(count))
    assert len(fat) <= 128, "one FAT sector is enough for the corpus"
    fat.extend([free] * (128 - len(fat)))
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end)
    struct.pack_into("<I", header, 72, 0)
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    directory = bytearray()
    for index, entry in enumerate(entries):
        raw = bytearray(128)
        encoded = entry.encode("utf-16-le")
        raw[0:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded) + 2, 5 if index == 0 else 2, 1)
        right = index + 1 if 0 < index < len(entries) - 1 else free
        child = 1 if index == 0 and len(entries) > 1 else free
        struct.pack_into("<III", raw, 68, free, right, child)
        start, size = (end, 0) if index == 0 else (starts[index - 1], sizes[index - 1])
        struct.pack_into("<IQ", raw, 116, start, size)
        directory += raw
    directory = directory.ljust(directory_sectors * 512, b"\x00")
    return bytes(header) + struct.pack("<128I", *fat) + bytes(directory) + b"".join(data_sectors)
