"""The workbook corpus (issue 11): every bad .xlsx-like file, with its exit code and message.

Each case has a builder that writes the file into a folder and returns its path. `REFUSED`
must be refused (exit 1) with `message` in the one Dutch line; `ACCEPTED` imports (exit 0)
and creates `created` companies. `heavy` cases are also run as a real process, timed and
measured (`seconds`, `megabytes`); a case too slow to run six times in-process runs only so
(`in_process=False`), and runs in-process with a lower limit under another name.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.xlsx_build import (
    COMPANIES,
    MAIN,
    compound_file,
    compressed_range,
    patch_central_directory,
    repeat,
    rows_xml,
    shared_strings,
    sheet,
    table,
    workbook,
    write_zip,
)

Builder = Callable[[Path], Path]
MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    name: str
    build: Builder
    message: str  # a part of the Dutch message (exit 1), or "" for an accepted file
    code: int = 1
    created: int = 0  # accepted files: companies created
    heavy: bool = False  # also run as a real process, with `seconds` and `megabytes`
    seconds: float = 30.0
    megabytes: int = 300
    in_process: bool = True  # False: too slow to run six times; the process run covers it
    limits: tuple[tuple[str, int], ...] = ()  # smaller limits for the in-process runs


def companies(path: Path, name: str = "in.xlsx") -> Path:
    """A valid workbook: Leerbedrijven with three rows."""
    return workbook(path / name, {"Leerbedrijven": table(COMPANIES)})


def _with_sheet(body: bytes | list[bytes], name: str = "in.xlsx") -> Builder:
    return lambda folder: workbook(folder / name, {"Leerbedrijven": body})


def _body(extra: str) -> bytes:
    """The companies sheet with `extra` (XML) after its rows."""
    return sheet(rows_xml(list(COMPANIES)) + extra)


# --- accepted -----------------------------------------------------------------------------
def stale_dimension(folder: Path) -> Path:
    return workbook(folder / "oud.xlsx", {"Leerbedrijven": table(COMPANIES, "A1:M1")})


def header_only_sheet(folder: Path) -> Path:
    return workbook(folder / "kop.xlsx", {"Locaties": table([["code", "naam", "plaats"]]),
                                          "Leerbedrijven": table(COMPANIES)})


def near_empty_rows(folder: Path) -> Path:
    """Dimension A1:XFD1048576 and a million rows with an empty styled cell in XFD (5 MB)."""
    head = sheet("", "A1:XFD1048576").split(b"</sheetData>")[0]
    empty = (f'<row r="{n}"><c r="XFD{n}" s="0"/></row>' for n in range(5, 1_000_005))
    body = [head, rows_xml(list(COMPANIES)).encode(), *_chunks(empty),
            b"</sheetData></worksheet>"]
    return workbook(folder / "leeg.xlsx", {"Leerbedrijven": body}, level=9)


def _chunks(lines: Iterator[str], size: int = 50_000) -> Iterator[bytes]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) == size:
            yield "".join(batch).encode()
            batch.clear()
    yield "".join(batch).encode()


def xlsx_named_xls(folder: Path) -> Path:
    return companies(folder, "eigenlijk-xlsx.xls")


def xlsm(folder: Path) -> Path:
    return companies(folder, "macro.xlsm")


ACCEPTED = [
    Case("stale-dimension", stale_dimension, "", code=0, created=3),
    Case("header-only-sheet", header_only_sheet, "", code=0, created=3),
    Case("near-empty-rows-huge-dimension", near_empty_rows, "", code=0, created=3, heavy=True,
         seconds=60),
    Case("xlsx-named-xls", xlsx_named_xls, "", code=0, created=3),
    Case("xlsm", xlsm, "", code=0, created=3),
]


# --- refused: not a workbook ---------------------------------------------------------------
def encrypted(folder: Path) -> Path:
    path = folder / "beveiligd.xlsx"
    path.write_bytes(compound_file({"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00",
                                    "EncryptedPackage": os.urandom(600)}))
    return path


def _xls(name: str) -> Builder:
    def build(folder: Path) -> Path:
        path = folder / name
        # A BIFF8 BOF record opens the Workbook stream of a real .xls.
        path.write_bytes(compound_file({"Workbook": b"\x09\x08\x10\x00\x00\x06\x05\x00",
                                        "\x05SummaryInformation": b""}))
        return path
    return build


def _ods(name: str) -> Builder:
    def build(folder: Path) -> Path:
        return write_zip(folder / name, {
            "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": b'<?xml version="1.0"?><office:document-content xmlns:office='
                           b'"urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
            "META-INF/manifest.xml": b"<manifest/>"}, level=0)
    return build


def csv_named_xlsx(folder: Path) -> Path:
    path = folder / "lijst.xlsx"
    path.write_bytes("code;naam\r\nLB1;Metaal BV\r\nLB2;Café Oost\r\n".encode("utf-8-sig"))
    return path


def docx(folder: Path) -> Path:
    return write_zip(folder / "brief.xlsx", {
        "[Content_Types].xml": b"<Types/>",
        "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       b'relationships"><Relationship Id="rId1" Type="http://schemas.'
                       b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                       b'Target="word/document.xml"/></Relationships>',
        "word/document.xml": b"<w:document xmlns:w='urn:w'/>"})


def plain_zip(folder: Path) -> Path:
    return write_zip(folder / "archief.xlsx", {"leesmij.txt": b"hallo", "data/a.csv": b"x;y"})


def xlsb(folder: Path) -> Path:
    return write_zip(folder / "binair.xlsx", {
        "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       b'relationships"><Relationship Id="rId1" Type="http://schemas.'
                       b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                       b'Target="xl/workbook.bin"/></Relationships>',
        "xl/workbook.bin": b"\x83\x01\x00"})


def empty_file(folder: Path) -> Path:
    path = folder / "leeg.xlsx"
    path.write_bytes(b"")
    return path


def fifo(folder: Path) -> Path:
    path = folder / "pijp.xlsx"
    os.mkfifo(path)
    return path


def device_link(folder: Path) -> Path:
    path = folder / "nul.xlsx"
    path.symlink_to("/dev/zero")
    return path


def dev_zero(_folder: Path) -> Path:
    return Path("/dev/zero")


# --- refused: damaged ----------------------------------------------------------------------
def truncated_zip(folder: Path) -> Path:
    path = companies(folder, "half.xlsx")
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    return path


def bad_crc(folder: Path) -> Path:
    path = companies(folder, "crc.xlsx")
    return patch_central_directory(path, "xl/worksheets/sheet1.xml", crc=0x12345678)


def garbage_deflate(folder: Path) -> Path:
    path = workbook(folder / "rommel.xlsx", {"Leerbedrijven": table(
        [["code", "naam"], *([f"LB{i}", f"Bedrijf {i * 7919 % 1000}"] for i in range(5000))])})
    start, length = compressed_range(path, "xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    data[start + length // 2:start + length // 2 + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    return path


def unknown_compression(folder: Path) -> Path:
    path = companies(folder, "methode.xlsx")
    return patch_central_directory(path, "xl/worksheets/sheet1.xml", method=99)


def broken_sheet_xml(folder: Path) -> Path:
    return workbook(folder / "xml.xlsx", {"Leerbedrijven": table(COMPANIES).replace(
        b"</row><row", b"</rw><row", 1)})


def broken_workbook_xml(folder: Path) -> Path:
    return workbook(folder / "inhoud.xlsx", {"Leerbedrijven": table(COMPANIES)},
                    workbook_xml=f'<workbook xmlns="{MAIN}"><sheets><sheet name="x"'.encode())


def broken_shared_strings(folder: Path) -> Path:
    return workbook(folder / "teksten.xlsx", {"Leerbedrijven": table(COMPANIES)},
                    shared=f'<sst xmlns="{MAIN}"><si><t>a</si></sst>'.encode())


def missing_sheet_part(folder: Path) -> Path:
    path = companies(folder, "zonderblad.xlsx")
    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i) for i in source.infolist()
                 if i.filename != "xl/worksheets/sheet1.xml"}
    return write_zip(path, dict(parts))


def doctype(folder: Path) -> Path:
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
              ']>')
    body = table(COMPANIES).replace(b"\n<worksheet", f"\n{laughs}<worksheet".encode())
    return _with_sheet(body, "entiteiten.xlsx")(folder)


def utf16_sheet(folder: Path) -> Path:
    body = table(COMPANIES).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return _with_sheet(body.encode("utf-16"), "utf16.xlsx")(folder)


def rows_out_of_order(folder: Path) -> Path:
    body = sheet(rows_xml([["code", "naam"]]) + rows_xml([["LB2", "Staal"]], first=3)
                 + rows_xml([["LB1", "Metaal"]], first=2))
    return _with_sheet(body, "volgorde.xlsx")(folder)


def duplicate_cell(folder: Path) -> Path:
    return _with_sheet(_body('<row r="5"><c r="A5" t="inlineStr"><is><t>LB4</t></is></c>'
                             '<c r="A5" t="inlineStr"><is><t>LB5</t></is></c></row>'),
                       "dubbel.xlsx")(folder)


def bad_shared_index(folder: Path) -> Path:
    return workbook(folder / "index.xlsx", {"Leerbedrijven": _body(
        '<row r="5"><c r="A5" t="s"><v>99</v></c></row>')}, shared=b"".join(
        shared_strings(["Metaal"])))


def bad_number(folder: Path) -> Path:
    return _with_sheet(_body('<row r="5"><c r="B5"><v>12,5x</v></c></row>'),
                       "getal.xlsx")(folder)


def bad_reference(folder: Path) -> Path:
    return _with_sheet(_body('<row r="5"><c r="ZZZZ5"><v>1</v></c></row>'),
                       "verwijzing.xlsx")(folder)


# --- refused: over a limit -----------------------------------------------------------------
def too_many_parts(folder: Path) -> Path:
    path = companies(folder, "onderdelen.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        for i in range(10_001):
            archive.writestr(f"xl/media/image{i}.png", b"")
    return path


def too_many_sheets(folder: Path) -> Path:
    return workbook(folder / "bladen.xlsx", {f"Blad{i}": table([["code"], ["x"]])
                                             for i in range(1, 102)})


def huge_shared_string(folder: Path) -> Path:
    """One unused shared string of 400 MB (the issue's case: 865 MB of memory, accepted)."""
    texts = repeat(b"a", 400 * MB, f'<sst xmlns="{MAIN}"><si><t>'.encode(),
                   b"</t></si></sst>")
    return workbook(folder / "tekst.xlsx", {"Leerbedrijven": table(COMPANIES)}, shared=texts,
                    level=1)


def long_shared_string(folder: Path) -> Path:
    """A shared string of 2 MB: under every size limit, over the longest text."""
    return workbook(folder / "lang.xlsx", {"Leerbedrijven": table(COMPANIES)},
                    shared=b"".join(shared_strings(["x" * (2 * MB)])))


def sheet_bomb(folder: Path) -> Path:
    """A sheet that unpacks to 1.1 GB of whitespace (a few MB packed)."""
    head, tail = table(COMPANIES).split(b"</sheetData>")
    body = repeat(b" " * 4096, 1100 * MB // 4096, head, b"</sheetData>" + tail)
    return workbook(folder / "bom.xlsx", {"Leerbedrijven": body}, level=1)


def sheet_size_claimed(folder: Path) -> Path:
    path = companies(folder, "groot.xlsx")
    return patch_central_directory(path, "xl/worksheets/sheet1.xml", size=1500 * MB)


def total_size_claimed(folder: Path) -> Path:
    path = workbook(folder / "totaal.xlsx", {name: table([["code", "naam"]]) for name in
                                             ("Leerbedrijven", "Locaties", "Modules")})
    for i in (1, 2, 3):
        patch_central_directory(path, f"xl/worksheets/sheet{i}.xml", size=900 * MB)
    return path


def too_many_shared_strings(folder: Path) -> Path:
    texts = shared_strings(f"t{i}" for i in range(2_000_001))
    return workbook(folder / "teksten.xlsx", {"Leerbedrijven": table(COMPANIES)}, shared=texts)


def some_shared_strings(folder: Path) -> Path:
    """100,001 texts: over the lower limit of the in-process run."""
    texts = shared_strings(f"t{i}" for i in range(100_001))
    return workbook(folder / "teksten.xlsx", {"Leerbedrijven": table(COMPANIES)}, shared=texts)


def row_beyond_excel(folder: Path) -> Path:
    return _with_sheet(_body('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'),
                       "rij.xlsx")(folder)


def too_many_rows(folder: Path) -> Path:
    """1,048,577 rows without a row number (each counts on from the one before)."""
    head, tail = table(COMPANIES).split(b"</sheetData>")
    body = repeat(b"<row/>", 1_048_573, head, b"</sheetData>" + tail)
    return _with_sheet(list(body), "rijen.xlsx")(folder)


def too_many_columns(folder: Path) -> Path:
    return _with_sheet(_body('<row r="5"><c r="AMK5"><v>1</v></c></row>'),
                       "kolommen.xlsx")(folder)


def too_many_cells_in_row(folder: Path) -> Path:
    return _with_sheet(_body('<row r="5">' + "<c/>" * 16_385 + "</row>"), "cellen.xlsx")(folder)


def too_many_cells(folder: Path) -> Path:
    """25,000,001 empty cells in rows of 10,000 (100 MB of XML, 100 kB packed)."""
    head, tail = table(COMPANIES).split(b"</sheetData>")
    row = b"<row>" + b"<c/>" * 10_000 + b"</row>"
    body = repeat(row, 2_501, head, b"</sheetData>" + tail)
    return workbook(folder / "cellen.xlsx", {"Leerbedrijven": body}, level=9)


RESAVE = "sla hem opnieuw op"
REFUSED = [
    Case("password-protected", encrypted, "beveiligd.xlsx is met een wachtwoord beveiligd"),
    Case("xls-named-xlsx", _xls("oud.xlsx"), "oud.xlsx is in het oude Excel-formaat (.xls)"),
    Case("xls", _xls("oud.xls"), "oud.xls is in het oude Excel-formaat (.xls)"),
    Case("ods-named-xlsx", _ods("reken.xlsx"), "reken.xlsx is een OpenDocument-rekenblad"),
    Case("ods", _ods("reken.ods"), "reken.ods is een OpenDocument-rekenblad (.ods"),
    Case("csv-named-xlsx", csv_named_xlsx, "lijst.xlsx is een tekstbestand, geen Excel-werkmap"),
    Case("docx-named-xlsx", docx, "brief.xlsx is een Word-document (.docx)"),
    Case("plain-zip", plain_zip, "archief.xlsx is een zip-bestand maar geen Excel-werkmap"),
    Case("xlsb", xlsb, "binair.xlsx is een binaire Excel-werkmap (.xlsb)"),
    Case("empty-file", empty_file, "leeg.xlsx is leeg (0 bytes)"),
    Case("fifo", fifo, "pijp.xlsx is geen gewoon bestand", heavy=True, seconds=20),
    Case("link-to-dev-zero", device_link, "nul.xlsx is geen gewoon bestand", heavy=True,
         seconds=20),
    Case("dev-zero", dev_zero, "zero is geen gewoon bestand"),
    Case("truncated-zip", truncated_zip, "half.xlsx is beschadigd of onvolledig"),
    Case("bad-crc", bad_crc, "crc.xlsx: blad 'Leerbedrijven' is beschadigd (niet uit te pakken: "
         "de controlesom klopt niet)"),
    Case("garbage-deflate", garbage_deflate, "rommel.xlsx: blad 'Leerbedrijven' is beschadigd ("),
    Case("unknown-compression", unknown_compression, "methode.xlsx: blad 'Leerbedrijven' is "
         "beschadigd (niet uit te pakken: onbekende compressiemethode)"),
    Case("malformed-sheet-xml", broken_sheet_xml,
         "xml.xlsx: blad 'Leerbedrijven' is beschadigd (ongeldige XML bij regel 2"),
    Case("malformed-workbook-xml", broken_workbook_xml,
         "inhoud.xlsx: de inhoudsopgave (xl/workbook.xml) is beschadigd (ongeldige XML"),
    Case("malformed-shared-strings", broken_shared_strings, "teksten.xlsx: de tekstenlijst "
         "(xl/sharedStrings.xml) is beschadigd (ongeldige XML bij regel 1"),
    Case("missing-sheet-part", missing_sheet_part, "zonderblad.xlsx: blad 'Leerbedrijven' is "
         "beschadigd (het onderdeel xl/worksheets/sheet1.xml ontbreekt)"),
    Case("doctype-entities", doctype, "entiteiten.xlsx: blad 'Leerbedrijven' bevat XML-opmaak "
         "die een werkmap niet gebruikt (DOCTYPE"),
    Case("utf16-sheet", utf16_sheet, "utf16.xlsx: blad 'Leerbedrijven' is in UTF-16 opgeslagen"),
    Case("rows-out-of-order", rows_out_of_order,
         "volgorde.xlsx: blad 'Leerbedrijven' is beschadigd (rij 2: staat na rij 3)"),
    Case("duplicate-cell", duplicate_cell, "(rij 5: cel A5 staat er twee keer in)"),
    Case("shared-string-out-of-range", bad_shared_index,
         "(cel A5: verwijst naar gedeelde tekst nummer '99', die niet bestaat)"),
    Case("bad-number", bad_number, "getal.xlsx: blad 'Leerbedrijven' is beschadigd (cel B5: "
         "ongeldig getal '12,5x')"),
    Case("bad-cell-reference", bad_reference, "(rij 5: ongeldige celverwijzing 'ZZZZ5')"),
    Case("too-many-parts", too_many_parts,
         "onderdelen.xlsx bevat 10.006 onderdelen; een werkmap mag er hoogstens 10.000"),
    Case("too-many-sheets", too_many_sheets, "bladen.xlsx heeft 101 bladen; een werkmap mag er "
         "hoogstens 100 hebben"),
    Case("shared-string-400mb", huge_shared_string, "tekst.xlsx: de tekstenlijst "
         "(xl/sharedStrings.xml) is uitgepakt 401 MB groot; de grens is 64 MB", heavy=True),
    Case("long-shared-string", long_shared_string, "lang.xlsx: de tekstenlijst "
         "(xl/sharedStrings.xml) bevat een tekst of XML-element van meer dan 1 MB"),
    Case("sheet-bomb", sheet_bomb, "bom.xlsx: blad 'Leerbedrijven' is uitgepakt 1.101 MB groot; "
         "de grens is 1.024 MB", heavy=True),
    Case("sheet-size-claimed", sheet_size_claimed,
         "groot.xlsx: blad 'Leerbedrijven' is uitgepakt 1.500 MB groot; de grens is 1.024 MB"),
    Case("total-size-claimed", total_size_claimed,
         "totaal.xlsx is uitgepakt 2.701 MB groot; de grens is 2.048 MB"),
    Case("too-many-shared-strings", too_many_shared_strings, "teksten.xlsx: de tekstenlijst "
         "(xl/sharedStrings.xml) bevat meer dan 2.000.000 verschillende teksten",
         heavy=True, in_process=False),
    Case("too-many-shared-strings-lower-limit", some_shared_strings, "teksten.xlsx: de "
         "tekstenlijst (xl/sharedStrings.xml) bevat meer dan 100.000 verschillende teksten",
         limits=(("max_shared_strings", 100_000),)),
    Case("row-beyond-excel", row_beyond_excel,
         "rij.xlsx: blad 'Leerbedrijven' heeft meer dan 1.048.576 rijen"),
    Case("too-many-rows", too_many_rows,
         "rijen.xlsx: blad 'Leerbedrijven' heeft meer dan 1.048.576 rijen", heavy=True),
    Case("too-many-columns", too_many_columns, "kolommen.xlsx: blad 'Leerbedrijven' heeft in "
         "rij 5 een waarde in kolom AMK; hoogstens 1.024 kolommen"),
    Case("too-many-cells-in-row", too_many_cells_in_row,
         "cellen.xlsx: blad 'Leerbedrijven' heeft in rij 5 meer dan 16.384 cellen"),
    Case("too-many-cells", too_many_cells, "cellen.xlsx: de werkmap heeft meer dan 25.000.000 "
         "cellen (de grens; bereikt in blad 'Leerbedrijven', rij 2504)", heavy=True,
         seconds=120, in_process=False),
    Case("too-many-cells-lower-limit", too_many_cells, "cellen.xlsx: de werkmap heeft meer "
         "dan 1.000.000 cellen (de grens; bereikt in blad 'Leerbedrijven', rij 104)",
         limits=(("max_cells", 1_000_000),)),
]
CASES = ACCEPTED + REFUSED
