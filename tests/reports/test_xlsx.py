"""The workbooks, read back with openpyxl: exact headers, typed cells, text never a formula."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from io import BytesIO
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from bvmdesk.reports.model import AttendanceRow, FunderRow, FundersReport, VerzuimReport
from bvmdesk.reports.xlsx import (
    attendance_xlsx,
    funders_xlsx,
    hours_xlsx,
    presentielijst_xlsx,
    verzuim_xlsx,
)
from tests.reports import samples


def _book(data: bytes) -> Any:
    assert data.startswith(b"PK")  # a zip: an xlsx file
    return load_workbook(BytesIO(data))


def _rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def _info(book: Any) -> dict[str, Any]:
    sheet = book["Info"]
    rows = _rows(sheet)
    assert [r[0] for r in rows[:4]] == ["Rapport", "Locatie", "Periode", "Afgedrukt op"]
    return {r[0]: r[1] for r in rows}


def _check_layout(sheet: Worksheet) -> None:
    assert sheet.freeze_panes == "A2"
    for cell in sheet[1]:
        assert cell.font.bold
    assert sheet.column_dimensions["A"].width >= 8


def test_attendance_keeps_the_command_line_columns() -> None:
    report = replace(samples.attendance(3), rows=(
        *samples.attendance(3).rows,
        AttendanceRow("=1+1", "=SUM(A1)", 450, 0, 0, 0, 450, None),
    ))
    book = _book(attendance_xlsx(report, samples.meta()))
    assert book.sheetnames == ["Presentie", "Info"]
    sheet = book["Presentie"]
    rows = _rows(sheet)
    assert rows[0] == ("Deelnemer", "Naam", "Gepland (min)", "Aanwezig (min)",
                       "Geoorloofd (min)", "Ongeoorloofd (min)", "Niet gemarkeerd (min)",
                       "Aanwezigheid (%)")
    first = report.rows[0]
    assert rows[1] == (first.participant, first.name, first.planned_minutes,
                       first.attended_minutes, first.excused_minutes, first.unexcused_minutes,
                       first.unmarked_minutes, first.percentage)
    assert isinstance(rows[1][2], int) and isinstance(rows[1][7], float)
    last = len(rows)
    assert rows[-1] == ("=1+1", "=SUM(A1)", 450, 0, 0, 0, 450, None)
    assert sheet.cell(row=last, column=1).data_type == "s"
    assert sheet.cell(row=last, column=2).data_type == "s"
    assert sheet.cell(row=2, column=3).data_type == "n"
    assert [r[1] for r in rows[1:4]] == list(samples.DIACRITIC_NAMES[:3])
    _check_layout(sheet)
    info = _info(book)
    assert info["Rapport"] == "Presentieoverzicht ZWL-MIG-26A"
    assert info["Locatie"] == "ZWL Zwolle"
    assert info["Periode"] == "di 1 sep 2026 t/m ma 30 nov 2026"
    assert info["Afgedrukt op"] == datetime(2026, 9, 15, 14, 5)
    assert info["Minimum aanwezigheid (%)"] == 80


def test_verzuim_signals_and_their_lessons() -> None:
    report = samples.verzuim()
    book = _book(verzuim_xlsx(report, samples.meta()))
    assert book.sheetnames == ["Verzuim", "Lessen", "Info"]
    sheet = book["Verzuim"]
    rows = _rows(sheet)
    assert rows[0][:6] == ("Deelnemer", "Naam", "Venster van", "Venster tot",
                           "Ongeoorloofd (min)", "Lesdagen")
    assert rows[0][6:8] == ("Overgedragen op", "Overgedragen door")
    zoe = rows[1]
    assert zoe[:5] == ("ZWL-00042", "Zoë van 't Hek", datetime(2026, 8, 31),
                       datetime(2026, 9, 27), 1845)
    assert zoe[5] == "2026-09-01, 2026-09-08, 2026-09-15, 2026-09-22, 2026-09-29"
    assert zoe[6:8] == (datetime(2026, 9, 30), "Marieke Oosterhuis")
    assert rows[2][6:8] == (None, None)
    assert sheet.cell(row=2, column=3).number_format == "yyyy-mm-dd"
    _check_layout(sheet)

    lessons = _rows(book["Lessen"])
    assert lessons[0] == ("Deelnemer", "Naam", "Venster van", "Datum", "Groep", "Begintijd",
                          "Eindtijd", "Status", "Ongeoorloofd (min)")
    assert len(lessons) == 1 + sum(len(s.lessons) for s in report.signals)
    assert lessons[1] == ("ZWL-00042", "Zoë van 't Hek", datetime(2026, 8, 31),
                          datetime(2026, 9, 1), "ZWL-MIG-26A", "08:30", "16:00",
                          "Ongeoorloofd afwezig", 450)
    assert _info(book)["Meldgrens (min)"] == 960


def test_verzuim_without_signals_has_only_headers() -> None:
    book = _book(verzuim_xlsx(VerzuimReport(date(2026, 10, 1), ()), samples.meta()))
    assert len(_rows(book["Verzuim"])) == 1
    assert len(_rows(book["Lessen"])) == 1
    assert _info(book)["Signalen"] == 0


def test_hours_one_row_per_lesson_and_totals_in_info() -> None:
    statement = samples.hours()
    book = _book(hours_xlsx(statement, samples.meta()))
    assert book.sheetnames == ["Uren", "Info"]
    sheet = book["Uren"]
    rows = _rows(sheet)
    assert rows[0] == ("Datum", "Groep", "Module", "Begintijd", "Eindtijd", "Status",
                       "Vooraf gemeld", "Aankomst", "Vertrek", "Gepland (min)",
                       "Aanwezig (min)", "Geoorloofd (min)", "Ongeoorloofd (min)",
                       "Niet gemarkeerd (min)")
    assert len(rows) == 1 + len(statement.days)  # no totals row among the data
    late = next(r for r in rows[1:] if r[5] == "Te laat")
    assert late[7] == "09:15" and late[8] is None
    assert late[9:] == (450, 405, 0, 45, 0)
    assert isinstance(rows[1][0], datetime)
    assert {r[6] for r in rows[1:]} == {"ja", "nee"}
    assert "Niet ingevuld" in {r[5] for r in rows[1:]}
    _check_layout(sheet)
    info = _info(book)
    assert info["Naam"] == "Şükrü Öztürk"
    assert info["Geboortedatum"] == datetime(2009, 3, 14)
    assert info["Doelgroep"] == "MBO BBL"
    assert info["Financier"] == "OOM"
    assert info["Gepland (min)"] == statement.planned_minutes
    assert info["Aanwezig (min)"] == statement.attended_minutes
    assert info["Aanwezigheid (%)"] == statement.percentage


def test_funders_months_as_text_and_hours_as_decimals() -> None:
    report = FundersReport(date(2026, 9, 1), date(2026, 10, 31), (
        FunderRow("UWV", "2026-09", 4, 1530),
        FunderRow("=HYPERLINK(\"x\")", "2026-10", 1, 45),
        FunderRow(None, "2026-09", 2, 900),
    ))
    book = _book(funders_xlsx(report, samples.meta()))
    sheet = book["Financiers"]
    rows = _rows(sheet)
    assert rows[0] == ("Financier", "Maand", "Deelnemers", "Aanwezig (min)", "Aanwezig (uren)")
    assert rows[1] == ("UWV", "2026-09", 4, 1530, 25.5)
    assert rows[2] == ("=HYPERLINK(\"x\")", "2026-10", 1, 45, 0.75)
    assert sheet.cell(row=3, column=1).data_type == "s"
    assert sheet.cell(row=2, column=2).data_type == "s"
    assert sheet.cell(row=2, column=5).number_format == "0.00"
    assert rows[3][0] == "Geen financier"
    _check_layout(sheet)
    assert _info(book)["Aanwezig totaal (min)"] == 2475


def test_presentielijst_rows() -> None:
    data = samples.presentielijst()
    book = _book(presentielijst_xlsx(data, samples.meta()))
    sheet = book["Presentielijst"]
    rows = _rows(sheet)
    assert rows[0][:10] == ("Groep", "Datum", "Begintijd", "Eindtijd", "Nummer", "Naam",
                            "Status", "Vooraf gemeld", "Aankomst", "Vertrek")
    assert len(rows) == 1 + len(data.lessons[0].rows)
    assert rows[2][:10] == ("ZWL-MIG-26A", datetime(2026, 9, 15), "08:30", "16:00",
                            "ZWL-00043", "Şükrü Öztürk", "Ziek", "ja", None, None)
    assert rows[7][8] == "09:10"
    _check_layout(sheet)
    assert _info(book)["Rapport"] == "Presentielijst ZWL-MIG-26A"
