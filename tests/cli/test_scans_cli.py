"""`bvmdesk attendance scans FILE.csv`: JSON shape, text, exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bvmdesk.services.container import open_services
from tests.cli.conftest import Run, run_process
from tests.services.test_scanlog import LOG, build_scan_world

MARK_KEYS = ["participant", "name", "group", "date", "start_time", "status", "arrival_time",
             "departure_time", "lines"]
LINE_KEYS = ["line", "badge", "timestamp", "reason"]


@pytest.fixture
def scan_db(site_location: str) -> str:
    services = open_services(site_location)
    try:
        build_scan_world(services)
    finally:
        services.close()
    return site_location


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = tmp_path / "scans.csv"
    path.write_bytes(LOG.replace("\n", "\r\n").encode("utf-8-sig"))
    return path


def test_json_shape(cli: Run, scan_db: str, log_file: Path) -> None:
    result = cli("--db", scan_db, "attendance", "scans", str(log_file), "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert list(data) == ["file", "lines", "scans", "marked", "unchanged", "skipped",
                          "unmatched"]
    assert (data["file"], data["lines"], data["scans"]) == ("scans.csv", 14, 12)
    assert all(list(m) == MARK_KEYS for m in data["marked"])
    assert all(list(line) == LINE_KEYS for line in data["skipped"] + data["unmatched"])
    assert data["marked"][0] == {
        "participant": "S-01", "name": "Anna Bakker", "group": "LAS-1", "date": "2026-11-27",
        "start_time": "08:30", "status": "vroeg_weg", "arrival_time": "08:25",
        "departure_time": "15:10", "lines": [2, 6]}
    assert data["marked"][1]["departure_time"] is None
    assert [m["participant"] for m in data["marked"]] == ["S-01", "S-06", "S-02"]
    assert data["unchanged"] == []
    assert data["skipped"] == [
        {"line": 4, "badge": "A123", "timestamp": "2026-11-27T08:27", "reason": "dubbele scan"},
        {"line": 12, "badge": "E900", "timestamp": "2026-11-27T08:20",
         "reason": "staat al als ziek gemarkeerd; niet gewijzigd"}]
    assert data["unmatched"][0] == {"line": 7, "badge": "ZZZ9",
                                    "timestamp": "2026-11-27T08:01",
                                    "reason": "onbekende badge"}
    assert [u["line"] for u in data["unmatched"]] == [7, 8, 9, 10, 11, 14, 15]

    again = json.loads(cli("--db", scan_db, "attendance", "scans", str(log_file),
                           "--json").out)
    assert again["marked"] == [] and again["unchanged"] == data["marked"]


def test_text_output(cli: Run, scan_db: str, log_file: Path) -> None:
    result = cli("--db", scan_db, "attendance", "scans", str(log_file))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == ("12 scans in scans.csv: 3 markeringen vastgelegd, 0 ongewijzigd, "
                        "2 overgeslagen, 7 zonder les.")
    assert lines[1] == "regel 7: ZZZ9 2026-11-27T08:01 — onbekende badge"
    assert lines[2] == ("regel 8: A123 2026-11-27T19:05 — geen les bezig om 19:05 "
                        "(les 08:30–16:00)")
    assert "regel 15: kapot — ongeldige regel: geen scheidingsteken (verwacht badge;tijdstip)" \
        in lines
    assert lines[-2:] == ["regel 4: A123 2026-11-27T08:27 — dubbele scan",
                          "regel 12: E900 2026-11-27T08:20 — staat al als ziek gemarkeerd; "
                          "niet gewijzigd"]
    assert result.err == ""
    again = cli("--db", scan_db, "attendance", "scans", str(log_file))
    assert again.out.startswith("12 scans in scans.csv: 0 markeringen vastgelegd, "
                                "3 ongewijzigd,")


def test_one_scan_is_singular(cli: Run, scan_db: str, tmp_path: Path) -> None:
    path = tmp_path / "een.txt"
    path.write_text("A123,2026-11-27 08:10\n", encoding="utf-8")
    result = cli("--db", scan_db, "attendance", "scans", str(path))
    assert result.out == ("1 scan in een.txt: 1 markering vastgelegd, 0 ongewijzigd, "
                          "0 overgeslagen, 0 zonder les.\n")


def test_refusals_exit_1_with_one_dutch_line(cli: Run, scan_db: str, tmp_path: Path) -> None:
    missing = tmp_path / "nergens.csv"
    gone = cli("--db", scan_db, "attendance", "scans", str(missing))
    assert gone.code == 1 and gone.err == f"bvmdesk: Bestand niet gevonden: {missing}\n"
    as_json = cli("--db", scan_db, "attendance", "scans", str(missing), "--json")
    assert as_json.code == 1
    assert json.loads(as_json.out) == {"error": f"Bestand niet gevonden: {missing}"}
    folder = cli("--db", scan_db, "attendance", "scans", str(tmp_path))
    assert folder.code == 1 and "geen bestand" in folder.err

    empty = tmp_path / "leeg.csv"
    empty.write_text("badge;tijdstip\nkapot\n", encoding="utf-8")
    nothing = cli("--db", scan_db, "attendance", "scans", str(empty), "--json")
    assert nothing.code == 1
    reason = "Geen scans gevonden in leeg.csv: verwacht per regel badge;tijdstip."
    assert json.loads(nothing.out) == {"error": reason}
    assert nothing.err == f"bvmdesk: {reason}\n"

    no_db = tmp_path / "geen.sqlite"
    log = tmp_path / "log.csv"
    log.write_text("A123;2026-11-27T08:10\n", encoding="utf-8")
    for args in ((), ("--json",)):
        result = cli("--db", str(no_db), "attendance", "scans", str(log), *args)
        assert result.code == 1
        assert result.err == f"bvmdesk: Database niet gevonden: {no_db}\n"
    assert not no_db.exists()


def test_usage_errors_exit_2(cli: Run, scan_db: str, log_file: Path) -> None:
    assert cli("--db", scan_db, "attendance").code == 2
    assert cli("--db", scan_db, "attendance", "scans").code == 2
    assert cli("--db", scan_db, "attendance", "scan", str(log_file)).code == 2
    extra = cli("--db", scan_db, "attendance", "scans", str(log_file), "--jsn")
    assert extra.code == 2
    # Parser looks at the real sys.argv for --json: a real process
    as_json = run_process(["--db", scan_db, "attendance", "scans", "--json"])
    assert as_json.code == 2 and "error" in json.loads(as_json.out)


def test_help_is_dutch(cli: Run) -> None:
    result = cli("attendance", "scans", "--help")
    assert result.code == 0
    assert "badge;tijdstip" in result.out and "logboek" in result.out


def test_as_a_real_process(scan_db: str, log_file: Path) -> None:
    result = run_process(["--db", scan_db, "attendance", "scans", str(log_file), "--json"])
    assert result.code == 0, result.err
    assert len(json.loads(result.out)["marked"]) == 3
