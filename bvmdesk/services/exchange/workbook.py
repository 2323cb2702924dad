"""Opening a workbook (.xlsx) for import: the file's kind, its zip, its sheets as raw rows.

Whatever is not a workbook gets a message of its own (an old .xls, a password-protected
workbook, an OpenDocument sheet, a text file, ...), told by content, never by the name. A
workbook is read within `limits.LIMITS`; see `sheetxml` for how rows are read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, WINDOWS_EPOCH

from bvmdesk.services.base import ServiceError
from bvmdesk.services.exchange import limits as default_limits
from bvmdesk.services.exchange import sniff
from bvmdesk.services.exchange.limits import WorkbookLimits
from bvmdesk.services.exchange.package import (
    READ_ERRORS,
    Package,
    Relation,
    check_directory,
    damaged,
    number,
    truncated,
)
from bvmdesk.services.exchange.readers import RawSheet, Source
from bvmdesk.services.exchange.sheetxml import CellBudget, Row, SheetRows, read_shared_strings

_ODS = "application/vnd.oasis.opendocument.spreadsheet"
_ROW_BYTES_AT_LEAST = 20  # `<row><c><v>1</v></c></row>`: the dimension is only a hint
_ROW_BYTES_TYPICAL = 150


class Workbook:
    """An open workbook: the file, its zip and the sheets' row readers; close when done."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.archive: zipfile.ZipFile | None = None
        self.readers: list[Iterator[Row]] = []

    def close(self) -> None:
        for reader in self.readers:
            close = getattr(reader, "close", None)
            if close is not None:
                close()
        self.readers = []
        if self.archive is not None:
            self.archive.close()
            self.archive = None
        self.handle.close()


def open_workbook(path: Path, limits: WorkbookLimits | None = None) -> Source:
    """The sheets of the workbook at `path`, each with its header row read.

    `limits` defaults to `limits.LIMITS` (looked up at each call).

    Raises:
        ServiceError: not a regular file, not a workbook (with what it is instead), damaged,
            or over one of `limits`.
    """
    handle = sniff.open_regular(path)
    workbook = Workbook(handle)
    try:
        source = Source(path, _workbook=workbook)
        source.sheets.extend(_sheets(workbook, path.name, limits or default_limits.LIMITS))
        return source
    except BaseException:
        workbook.close()
        raise


def _sheets(workbook: Workbook, file: str, limits: WorkbookLimits) -> list[RawSheet]:
    handle = workbook.handle
    kind = sniff.kind_of(handle)
    if kind is sniff.Kind.CFB:
        raise ServiceError(sniff.cfb_message(file, sniff.cfb_streams(handle)))
    if kind is not sniff.Kind.ZIP:
        raise ServiceError(sniff.other_message(file, kind))
    check_directory(handle, file, limits)
    try:
        workbook.archive = zipfile.ZipFile(handle)
    except (zipfile.LargeZipFile, *READ_ERRORS) as exc:
        raise truncated(file, "de inhoudsopgave van het zip-archief is niet te lezen") from exc
    package = Package(workbook.archive, file, limits)
    main = _main_part(package)
    epoch, sheets = _workbook_part(package, main)
    if len(sheets) > limits.max_sheets:
        raise ServiceError(
            f"{file} heeft {number(len(sheets))} bladen; een werkmap mag er hoogstens "
            f"{number(limits.max_sheets)} hebben (de grens; het uitwisselformaat kent er 11). "
            "Verwijder de bladen die niet bij de import horen.")
    relations = {r.id: r for r in package.relations(main)}
    shared = _shared_strings(package, relations.values())
    dates, timedeltas = _date_styles(package, relations.values())
    budget = CellBudget(limits.max_cells)
    found: list[RawSheet] = []
    for name, relation_id in sheets:
        relation = relations.get(relation_id)
        if relation is None or relation.type != "worksheet":
            continue  # a chart sheet or macro sheet holds no rows
        info = package.find(relation.target)
        if info is None:
            raise damaged(file, f"blad '{name}'", f"het onderdeel {relation.target} ontbreekt")
        where = f"blad '{name}'"

        def open_stream(info: zipfile.ZipInfo = info, where: str = where) -> IO[bytes]:
            return package.open(info, where, limits.max_sheet_bytes)

        rows = SheetRows(open_stream, file=file, sheet=name, shared=shared, date_styles=dates,
                         timedelta_styles=timedeltas, epoch=epoch, limits=limits, budget=budget)
        found.append(_raw_sheet(workbook, name, rows, info.file_size))
    return found


def _raw_sheet(workbook: Workbook, name: str, rows: SheetRows, size: int) -> RawSheet:
    reader = iter(rows)
    workbook.readers.append(reader)
    first = next(reader, None)
    header: list[Any] = []
    rest: Iterator[Row] = reader
    if first is not None and first[0] == 1:
        header = first[1]
    elif first is not None:
        rest = _chain(first, reader)
    hinted = rows.dimension_rows - 1
    estimate = hinted if 0 < hinted <= size // _ROW_BYTES_AT_LEAST else size // _ROW_BYTES_TYPICAL
    return RawSheet(name, header, rest, estimate, from_csv=False)


def _chain(first: Row, rest: Iterator[Row]) -> Iterator[Row]:
    yield first
    yield from rest


def _main_part(package: Package) -> str:
    """The workbook part's name, or a message saying what kind of zip this is instead."""
    file = package.file
    mimetype = package.find("mimetype")
    if mimetype is not None:
        with package.open(mimetype, "mimetype", 1024) as stream:
            kind = stream.read(1024).decode("ascii", "replace").strip()
        if kind.startswith(_ODS):
            raise ServiceError(
                f"{file} is een OpenDocument-rekenblad (.ods, van LibreOffice of OpenOffice), "
                "geen Excel-werkmap. Sla het op als Excel-werkmap (in LibreOffice: Bestand > "
                "Opslaan als > Excel 2007-365 (.xlsx)) en importeer dat bestand.")
        if kind.startswith("application/vnd.oasis.opendocument"):
            raise ServiceError(f"{file} is een OpenDocument-bestand maar geen rekenblad. "
                               "Kies een Excel-werkmap (.xlsx) of een map met .csv-bestanden.")
    main = next((r.target for r in package.relations("") if r.type == "officeDocument"),
                "xl/workbook.xml")
    if main.lower().endswith(".bin"):
        raise ServiceError(
            f"{file} is een binaire Excel-werkmap (.xlsb). Open hem in Excel en sla hem op "
            "als Excel-werkmap (.xlsx) (Bestand > Opslaan als), en importeer dat bestand.")
    if package.find(main) is not None and not main.lower().startswith(("word/", "ppt/")):
        return main
    raise not_a_workbook(package)


def not_a_workbook(package: Package) -> ServiceError:
    """A zip without a workbook part: a Word or PowerPoint file, or any other zip."""
    for prefix, what in (("word/", "een Word-document (.docx)"),
                         ("ppt/", "een PowerPoint-bestand (.pptx)")):
        if package.has_prefix(prefix):
            return ServiceError(f"{package.file} is {what}, geen Excel-werkmap. Kies een "
                                "Excel-werkmap (.xlsx), een .csv-bestand of een map met "
                                ".csv-bestanden.")
    return ServiceError(
        f"{package.file} is een zip-bestand maar geen Excel-werkmap (er staat geen werkmap in). "
        "Kies een Excel-werkmap (.xlsx), een .csv-bestand of een map met .csv-bestanden.")


def _workbook_part(package: Package, main: str) -> tuple[datetime, list[tuple[str, str]]]:
    """The date system and the sheets (name, relation id) of the workbook part."""
    info = package.find(main)
    assert info is not None
    epoch = WINDOWS_EPOCH
    sheets: list[tuple[str, str]] = []
    root = True
    for event, element in package.elements(info, f"de inhoudsopgave ({main})",
                                           ("start", "end")):
        tag = element.tag.rpartition("}")[2]
        if root and tag != "workbook":
            raise not_a_workbook(package)
        root = False
        if event == "start":
            continue
        if tag == "sheet":
            relation = next((v for k, v in element.attrib.items() if k.endswith("}id")), "")
            sheets.append((element.get("name") or "", relation))
        elif tag == "workbookPr" and element.get("date1904") in ("1", "true"):
            epoch = CALENDAR_MAC_1904
    return epoch, sheets


def _shared_strings(package: Package, relations: Iterable[Relation]) -> list[str]:
    target = next((r.target for r in relations if r.type == "sharedStrings"), None)
    info = package.find(target or "xl/sharedStrings.xml")
    if info is None:
        return []
    where = f"de tekstenlijst ({info.filename})"
    stream = package.open(info, where, package.limits.max_shared_strings_bytes)
    return read_shared_strings(stream, package.file, where, package.limits)


def _date_styles(package: Package,
                 relations: Iterable[Relation]) -> tuple[frozenset[str], frozenset[str]]:
    """The style numbers (as written in `s="..."`) whose number format is a date or time."""
    target = next((r.target for r in relations if r.type == "styles"), None)
    info = package.find(target or "xl/styles.xml")
    if info is None:
        return frozenset(), frozenset()
    custom: dict[int, str] = {}
    formats: list[int] = []
    in_cell_formats = False
    for event, element in package.elements(info, f"de opmaak ({info.filename})",
                                           ("start", "end")):
        tag = element.tag.rpartition("}")[2]
        if tag == "cellXfs":
            in_cell_formats = event == "start"
        elif event == "start" and tag == "numFmt":
            custom[_int(element.get("numFmtId"))] = element.get("formatCode") or ""
        elif event == "start" and tag == "xf" and in_cell_formats:
            formats.append(_int(element.get("numFmtId")))
    dates: set[str] = set()
    timedeltas: set[str] = set()
    for index, format_id in enumerate(formats):
        code = custom[format_id] if format_id in custom else BUILTIN_FORMATS.get(format_id)
        if is_date_format(code):
            dates.add(str(index))
        if is_timedelta_format(code):
            timedeltas.add(str(index))
    return frozenset(dates), frozenset(timedeltas)


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return -1
