"""The workbook reader gives the values openpyxl gives, reads every row, and pads nothing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from bvmdesk.services.base import ServiceError
from bvmdesk.services.exchange.readers import open_source
from bvmdesk.services.exchange.sheetxml import column_letters
from tests.corpus.xlsx_build import MAIN, sheet, workbook, write_zip

Rows = dict[str, list[tuple[int, list[Any]]]]


def _trim(values: Any) -> list[Any]:
    values = list(values)
    while values and values[-1] in (None, ""):
        values.pop()
    return values


def ours(path: Path) -> Rows:
    source = open_source(path)
    try:
        return {s.name: [(1, _trim(s.headers))] + [(n, _trim(r)) for n, r in s.rows]
                for s in source.sheets}
    finally:
        source.close()


def openpyxls(path: Path) -> Rows:
    """openpyxl's read-only values, with the dimension reset (it would trust it)."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        found: Rows = {}
        for ws in book.worksheets:
            ws.reset_dimensions()  # type: ignore[union-attr]
            rows = [(n, _trim(r)) for n, r in enumerate(ws.iter_rows(values_only=True), 1)]
            found[ws.title] = [(n, r) for n, r in rows if r or n == 1]
        return found
    finally:
        book.close()


def _rich_workbook(path: Path, epoch: datetime | None = None) -> Path:
    book = Workbook()
    if epoch is not None:
        book.epoch = epoch
    ws = book.active
    assert ws is not None
    ws.title = "Alles"
    ws.append(["tekst", "getal", "datum", "tijd", "duur", "waar", "formule"])
    ws.append(["  Zoë ", 42, date(2026, 9, 1), time(8, 30), timedelta(hours=30), True, "=1+1"])
    ws.append(["'t Hart", -3.25, datetime(2007, 5, 17, 13, 45), time(23, 59), None, False])
    ws.append([None, 10**15, "1-9-2026", "8:30"])
    ws["K6"] = "ver weg"
    ws["B8"] = 0.5
    ws["B8"].number_format = "0%"
    ws["C9"] = 45000
    ws["C9"].number_format = "dd-mm-yyyy"
    ws["D9"] = 0.75
    ws["D9"].number_format = "[h]:mm"
    ws["A11"] = ""
    ws["A12"] = "Café € – “quotes” & <tags>"
    second = book.create_sheet("Leeg")
    second.append(["alleen", "een", "kop"])
    book.save(path)
    return path


@pytest.mark.parametrize("epoch", [None, CALENDAR_MAC_1904], ids=["1900", "1904"])
def test_values_are_those_of_openpyxl(tmp_path: Path, epoch: datetime | None) -> None:
    path = _rich_workbook(tmp_path / "alles.xlsx", epoch)
    assert ours(path) == openpyxls(path)
    rows = dict(ours(path)["Alles"])
    assert rows[2] == ["  Zoë ", 42, datetime(2026, 9, 1), time(8, 30), timedelta(hours=30),
                       True]  # a formula without a cached value reads as nothing
    assert rows[6] == [None] * 10 + ["ver weg"]
    assert 11 not in rows and rows[12] == ["Café € – “quotes” & <tags>"]


def test_xml_that_openpyxl_does_not_write(tmp_path: Path) -> None:
    """Shared rich text with phonetic runs, cells without r, typed cells, sparse rows."""
    shared = (f'<sst xmlns="{MAIN}"><si><t>code</t></si><si><r><t>Me</t></r><r><rPr><b/>'
              '</rPr><t>taal</t></r><rPh sb="0" eb="2"><t>METAAL</t></rPh></si>'
              '<si><t>a_x005F_x000D_b</t></si></sst>').encode()
    body = ('<row r="1"><c t="s"><v>0</v></c><c t="inlineStr"><is><t>naam</t></is></c></row>'
            '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="0"/><c t="inlineStr"><is>'
            '<r><t>Oo</t></r><r><t>st</t></r></is></c></row>'
            '<row r="4"><c r="B4" t="str"><v>uit formule</v></c><c r="C4" t="e"><v>#N/A</v>'
            '</c><c r="D4" t="b"><v>1</v></c><c r="E4" t="d"><v>2026-09-01T08:30:00</v></c>'
            '<c r="F4" t="s"><v>2</v></c><c r="G4"><f>SUM(A1)</f></c></row>'
            '<row r="7"/><row><c r="B8"><v>1.5E3</v></c></row>')
    path = workbook(tmp_path / "xml.xlsx", {"Blad": sheet(body, "A1:B2")}, shared=shared)
    assert ours(path) == {"Blad": [
        (1, ["code", "naam"]), (3, ["Metaal", None, "Oost"]),
        (4, [None, "uit formule", "#N/A", True, datetime(2026, 9, 1, 8, 30), "a_x000D_b"]),
        (8, [None, 1500.0])]}
    assert ours(path) == openpyxls(path)


def test_strict_open_xml_namespace(tmp_path: Path) -> None:
    strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    body = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row>'
                 '<row r="2"><c r="A2"><v>7</v></c></row>').replace(MAIN.encode(),
                                                                   strict.encode())
    path = workbook(tmp_path / "strikt.xlsx", {"Blad": body})
    assert ours(path) == {"Blad": [(1, ["code"]), (2, [7])]}


def test_a_sheet_without_a_first_row_has_no_header(tmp_path: Path) -> None:
    body = sheet('<row r="2"><c r="A2"><v>1</v></c></row>')
    path = workbook(tmp_path / "zonderkop.xlsx", {"Blad": body})
    assert ours(path) == {"Blad": [(1, []), (2, [1])]}


def test_the_dimension_is_a_hint_for_progress_only(tmp_path: Path) -> None:
    """A plausible dimension estimates the rows; a stale or huge one is replaced by a guess
    from the sheet's size. Either way every row is read."""
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 501))
    for dimension, plausible in (("A1:A501", True), ("A1:M1", False),
                                 ("A1:XFD1048576", False)):
        xml = sheet(rows, dimension)
        path = workbook(tmp_path / f"{dimension.replace(':', '-')}.xlsx", {"Blad": xml})
        source = open_source(path)
        try:
            raw = source.sheets[0]
            assert raw.estimated_rows == (500 if plausible else len(xml) // 150)
            assert len(list(raw.rows)) == 499
        finally:
            source.close()


def test_column_letters() -> None:
    assert [column_letters(i) for i in (0, 25, 26, 701, 702, 1023, 16383)] == [
        "A", "Z", "AA", "ZZ", "AAA", "AMJ", "XFD"]


def test_a_non_workbook_zip_inside_names_nothing_it_cannot_read(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "leeg.zip", {})
    with pytest.raises(ServiceError, match=r"leeg\.zip is een zip-bestand maar geen Excel-werkmap"):
        open_source(path)


def test_damaged_bytes_give_a_message_never_an_exception(tmp_path: Path) -> None:
    """Seeded random damage (flipped bytes, cut files) to a stored and a deflated workbook:
    each read ends in rows or a ServiceError (12,000 such cases were run once by hand)."""
    import io
    import random
    import zipfile

    deflated = _rich_workbook(tmp_path / "basis.xlsx").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(deflated)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as stored:
        for info in source.infolist():
            stored.writestr(info.filename, source.read(info))
    rng = random.Random(11)
    path = tmp_path / "kapot.xlsx"
    outcomes = {"rows": 0, "refused": 0}
    for attempt in range(400):
        data = bytearray((buffer.getvalue(), deflated)[attempt % 2])
        if rng.random() < 0.1:
            del data[rng.randrange(len(data)):]
        for _ in range(rng.choice((1, 2, 5, 20))):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        try:
            source = open_source(path)
            try:
                for raw in source.sheets:
                    list(raw.rows)
            finally:
                source.close()
            outcomes["rows"] += 1
        except ServiceError:
            outcomes["refused"] += 1
    assert outcomes["rows"] > 0 and outcomes["refused"] > 0
