"""`bvmdesk report hours|funders|presentielijst` and PDF output of every report: JSON
shapes, numbers as the services compute them, PDFs read back with pdftotext."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bvmdesk.db.models import Participant
from bvmdesk.services.container import open_services, sessions_of
from tests.cli.conftest import Run
from tests.cli.test_report_cli import report_db  # noqa: F401  (the fixture)
from tests.services.test_attendance_report import build_report_world


def _pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, check=True)
    return result.stdout


@pytest.fixture
def funded_db(report_db: str) -> str:  # noqa: F811
    services = open_services(report_db)
    try:
        with sessions_of(services).write("test") as s:
            for person in s.scalars(select(Participant)):
                if person.number in ("R-01", "R-02"):
                    person.funder = "UWV"
                if person.number == "R-01":
                    person.first_names, person.last_name = "Zoë", "Çelik-Ångström"
    finally:
        services.close()
    return report_db


def test_report_hours_json_text_and_files(cli: Run, funded_db: str, tmp_path: Path) -> None:
    result = cli("--db", funded_db, "report", "hours", "--participant", "R-01",
                 "--from", "2026-09-01", "--to", "2026-09-30", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert (data["participant"], data["name"], data["from"], data["to"]) == (
        "R-01", "Zoë Çelik-Ångström", "2026-09-01", "2026-09-30")
    assert [(d["date"], d["status"], d["attended_minutes"]) for d in data["days"]] == [
        ("2026-09-01", "te_laat", 180), ("2026-09-08", "vroeg_weg", 150),
        ("2026-09-10", None, 0), ("2026-09-15", "ziek", 0)]
    assert (data["attended_minutes"], data["percentage"]) == (330, 52.4)
    pdf = tmp_path / "uren.pdf"
    assert cli("--db", funded_db, "report", "hours", "--participant", "R-01", "--from",
               "2026-09-01", "--to", "2026-09-30", "-o", str(pdf)).code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    text = _pdf_text(pdf)
    assert "Zoë Çelik-Ångström" in text and "5 uur 30 min" in text  # 330 minutes attended
    assert "5:30 uur" not in text
    book = tmp_path / "uren.xlsx"
    assert cli("--db", funded_db, "report", "hours", "--participant", "R-01", "--from",
               "2026-09-01", "--to", "2026-09-30", "-o", str(book)).code == 0
    rows = list(load_workbook(book).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "Datum" and len(rows) == 5
    missing = cli("--db", funded_db, "report", "hours", "--participant", "NEE", "--from",
                  "2026-09-01", "--to", "2026-09-30", "--json")
    assert missing.code == 1 and json.loads(missing.out) == {
        "error": "Deelnemer NEE bestaat niet."}
    assert cli("--db", funded_db, "report", "hours", "--participant", "R-01").code == 2


def test_report_funders_json_and_xlsx(cli: Run, funded_db: str, tmp_path: Path) -> None:
    result = cli("--db", funded_db, "report", "funders", "--from", "2026-09-01", "--to",
                 "2026-09-30", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert list(data) == ["from", "to", "rows"]
    assert data["rows"][0] == {"funder": "UWV", "month": "2026-09", "participants": 2,
                               "attended_minutes": 330 + 180}
    assert all(list(r) == ["funder", "month", "participants", "attended_minutes"]
               for r in data["rows"])
    book = tmp_path / "financiers.xlsx"
    assert cli("--db", funded_db, "report", "funders", "--from", "2026-09-01", "--to",
               "2026-09-30", "-o", str(book)).code == 0
    rows = list(load_workbook(book).worksheets[0].iter_rows(values_only=True))
    assert rows[1][:4] == ("UWV", "2026-09", 2, 510)
    empty = cli("--db", funded_db, "report", "funders", "--from", "2026-09-30", "--to",
                "2026-09-01")
    assert empty.code == 1 and "De periode is leeg" in empty.err


def test_report_presentielijst_pdf(cli: Run, funded_db: str, tmp_path: Path) -> None:
    pdf = tmp_path / "lijst.pdf"
    result = cli("--db", funded_db, "report", "presentielijst", "--group", "REP-1", "--date",
                 "2026-09-15", "-o", str(pdf))
    assert result.code == 0, result.err
    text = _pdf_text(pdf)
    for name in ("Zoë Çelik-Ångström", "Bram de Wit", "Cor Appel", "Dirk Mol"):
        assert name in text
    assert "REP-1" in text and "Handtekening" in text
    as_json = json.loads(cli("--db", funded_db, "report", "presentielijst", "--group", "REP-1",
                             "--date", "2026-09-15", "--json").out)
    statuses = {r["participant"]: r["status"] for r in as_json["lessons"][0]["rows"]}
    assert statuses == {"R-01": "ziek", "R-02": "ongeoorloofd", "R-03": None, "R-04": None}
    none = cli("--db", funded_db, "report", "presentielijst", "--group", "REP-1", "--date",
               "2026-09-16", "-o", str(tmp_path / "x.pdf"))
    assert none.code == 1 and "geen les op 16-09-2026" in none.err
    assert not (tmp_path / "x.pdf").exists()


def test_attendance_and_verzuim_as_pdf(cli: Run, funded_db: str, tmp_path: Path) -> None:
    attendance = tmp_path / "presentie.pdf"
    assert cli("--db", funded_db, "report", "attendance", "--group", "REP-1", "-o",
               str(attendance)).code == 0
    text = _pdf_text(attendance)
    assert "Zoë Çelik-Ångström" in text and "52,4" in text
    verzuim = tmp_path / "verzuim.pdf"
    assert cli("--db", funded_db, "report", "verzuim", "--as-of", "2026-12-31", "-o",
               str(verzuim)).code == 0
    text = _pdf_text(verzuim)
    assert "Sam Leerling V-01" in text and "Nog niet overgedragen" in text
    unknown = cli("--db", funded_db, "report", "verzuim", "-o", str(tmp_path / "v.docx"))
    assert unknown.code == 1 and ".pdf" in unknown.err


def test_a_report_never_overwrites_our_own_database(cli: Run, _sqlite_site_template: Path,
                                                    tmp_path: Path) -> None:
    """A database file whose name ends in .xlsx, given as the report's output, is refused
    and unchanged; another name is written."""
    database = tmp_path / "bvm.xlsx"
    shutil.copyfile(_sqlite_site_template, database)
    head = _sqlite_site_template.with_name(_sqlite_site_template.name + ".head")
    if head.exists():
        shutil.copyfile(head, database.with_name(database.name + ".head"))
    services = open_services(str(database))
    try:
        build_report_world(services)
    finally:
        services.close()
    before = database.read_bytes()
    for target in (database, tmp_path / "." / "bvm.xlsx"):
        result = cli("--db", str(database), "report", "attendance", "--group", "REP-1",
                     "-o", str(target))
        assert result.code == 1 and "de database van BVM Desk zelf" in result.err
    assert database.read_bytes() == before
    assert cli("--db", str(database), "report", "attendance", "--group", "REP-1", "-o",
               str(tmp_path / "presentie.xlsx")).code == 0


def test_a_written_report_is_an_ordinary_file(cli: Run, report_db: str,  # noqa: F811
                                              tmp_path: Path) -> None:
    """Readable like any file the user saves (not private to the owner as a temporary
    file is)."""
    import os
    import stat

    target = tmp_path / "presentie.pdf"
    assert cli("--db", report_db, "report", "attendance", "--group", "REP-1", "-o",
               str(target)).code == 0
    old = os.umask(0o022)
    os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~old
