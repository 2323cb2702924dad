"""`bvmdesk report attendance|verzuim`: JSON shapes, numbers, xlsx, exit codes, messages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bvmdesk.services.container import open_services
from tests.cli.conftest import Run, run_process
from tests.services.test_attendance_report import TODAY, build_report_world, expected_rows
from tests.services.test_verzuim_service import Absences, monday, sunday, tuesday

ROW_KEYS = ["participant", "name", "planned_minutes", "attended_minutes", "excused_minutes",
            "unexcused_minutes", "unmarked_minutes", "percentage"]


@pytest.fixture
def report_db(site_location: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The report world of the service tests (group REP-1) plus two verzuim cases."""
    services = open_services(site_location)
    try:
        build_report_world(services)
        group = Absences(services)
        group.absent(group.person("V-01"), 39, 40)
        group.absent(group.person("V-02"), 39)
    finally:
        services.close()
    monkeypatch.setenv("BVMDESK_TODAY", TODAY.isoformat())
    return site_location


def test_report_attendance_json(cli: Run, report_db: str) -> None:
    result = cli("--db", report_db, "report", "attendance", "--group", "REP-1", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert list(data) == ["group", "from", "to", "rows"]
    assert (data["group"], data["from"], data["to"]) == ("REP-1", "2026-08-31", "2026-09-28")
    assert all(list(row) == ROW_KEYS for row in data["rows"])
    assert [(r["participant"], r["planned_minutes"], r["attended_minutes"],
             r["excused_minutes"], r["unexcused_minutes"], r["unmarked_minutes"],
             r["percentage"]) for r in data["rows"]] == [
        (n, m.planned, m.attended, m.excused, m.unexcused, m.unmarked, m.percentage)
        for n, m in expected_rows()]
    anna = next(r for r in data["rows"] if r["participant"] == "R-01")
    assert anna["name"] == "Anna Bakker" and anna["percentage"] == 52.4
    assert next(r for r in data["rows"] if r["participant"] == "R-03")["percentage"] is None


def test_report_attendance_range_and_text(cli: Run, report_db: str) -> None:
    result = cli("--db", report_db, "report", "attendance", "--group", "REP-1",
                 "--from", "2026-09-09", "--to", "2026-09-15", "--json")
    data = json.loads(result.out)
    assert (data["from"], data["to"]) == ("2026-09-09", "2026-09-15")
    anna = next(r for r in data["rows"] if r["participant"] == "R-01")
    assert (anna["planned_minutes"], anna["percentage"]) == (390, 0.0)
    text = cli("--db", report_db, "report", "attendance", "--group", "REP-1")
    assert text.code == 0
    assert "Presentie groep REP-1, 31-08-2026 t/m 28-09-2026" in text.out
    assert "52,4" in text.out and "Anna Bakker" in text.out


def test_report_verzuim_json(cli: Run, report_db: str) -> None:
    result = cli("--db", report_db, "report", "verzuim", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data == {"as_of": "2026-09-28", "signals": []}  # week 40 is after "today"
    later = json.loads(cli("--db", report_db, "report", "verzuim", "--as-of", "2026-12-31",
                           "--json").out)
    assert later == {"as_of": "2026-12-31", "signals": [{
        "participant": "V-01", "name": "Sam Leerling V-01",
        "window_start": monday(37).isoformat(), "window_end": sunday(40).isoformat(),
        "unexcused_minutes": 960,
        "lesson_dates": [tuesday(39).isoformat(), tuesday(40).isoformat()]}]}
    text = cli("--db", report_db, "report", "verzuim", "--as-of", "2026-12-31")
    assert "Verzuimsignalen tot en met 31-12-2026: 1" in text.out and "V-01" in text.out
    assert "16 uur" in text.out and "16:00" not in text.out  # a duration, not a time
    none = cli("--db", report_db, "report", "verzuim")
    assert none.out.strip() == "Geen verzuimsignalen tot en met 28-09-2026."


def test_xlsx_output_is_readable(cli: Run, report_db: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "presentie.xlsx"
    result = cli("--db", report_db, "report", "attendance", "--group", "REP-1", "-o", str(path))
    assert result.code == 0 and str(path) in result.out
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Deelnemer", "Naam") and len(rows) == 5
    assert rows[2][0] == "R-01" and rows[2][2:] == (810, 330, 210, 90, 180, 52.4)
    verzuim = tmp_path / "verzuim.xlsx"
    assert cli("--db", report_db, "report", "verzuim", "--as-of", "2026-12-31",
               "-o", str(verzuim)).code == 0
    rows = list(load_workbook(verzuim).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "Deelnemer" and rows[1][0] == "V-01" and rows[1][4] == 960
    assert rows[1][2].date() == monday(37)


def test_refusals_and_usage_errors(cli: Run, report_db: str, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    unknown = cli("--db", report_db, "report", "attendance", "--group", "XYZ")
    assert unknown.code == 1 and unknown.err.strip() == "bvmdesk: Groep XYZ bestaat niet."
    as_json = cli("--db", report_db, "report", "attendance", "--group", "XYZ", "--json")
    assert as_json.code == 1 and json.loads(as_json.out) == {"error": "Groep XYZ bestaat niet."}
    csv = cli("--db", report_db, "report", "verzuim", "-o", str(tmp_path / "v.csv"))
    assert csv.code == 1 and ".xlsx" in csv.err
    folder = cli("--db", report_db, "report", "verzuim", "-o", str(tmp_path / "nee" / "v.xlsx"))
    assert folder.code == 1 and "Map bestaat niet" in folder.err
    assert cli("--db", report_db, "report", "attendance", "--group", "REP-1",
               "--from", "31-9-2026").code == 2  # no such day (1-9-2026 is fine: DD-MM-YYYY)
    assert cli("--db", report_db, "report", "verzuim", "--as-of", "gisteren").code == 2
    assert cli("--db", report_db, "report", "attendance").code == 2  # --group is required
    assert cli("--db", report_db, "report", "verzuim", "--json", "-o", "x.xlsx").code == 2
    assert cli("--db", report_db, "report").code == 2
    backwards = cli("--db", report_db, "report", "attendance", "--group", "REP-1",
                    "--from", "2026-09-10", "--to", "2026-09-01")
    assert backwards.code == 1 and "ligt voor" in backwards.err
    missing = tmp_path / "nergens.sqlite"
    gone = cli("--db", str(missing), "report", "verzuim")
    assert gone.code == 1 and gone.err.strip() == f"bvmdesk: Database niet gevonden: {missing}"
    assert not missing.exists()
    monkeypatch.setenv("BVMDESK_TODAY", "morgen")
    bad_today = cli("--db", report_db, "report", "verzuim")
    assert bad_today.code == 1 and "BVMDESK_TODAY" in bad_today.err


def test_as_a_real_process(report_db: str) -> None:
    result = run_process(["--db", report_db, "report", "attendance", "--group", "REP-1",
                          "--json"], env={"BVMDESK_TODAY": "2026-09-15"})
    assert result.code == 0, result.err
    assert json.loads(result.out)["to"] == "2026-09-15"
    refused = run_process(["--db", report_db, "report", "attendance", "--group", "NOPE"])
    assert refused.code == 1 and refused.err.strip() == "bvmdesk: Groep NOPE bestaat niet."
    assert date.fromisoformat(json.loads(run_process(
        ["--db", report_db, "report", "verzuim", "--json"],
        env={"BVMDESK_TODAY": ""}).out)["as_of"]) >= date(2026, 1, 1)
