"""`bvmdesk template|import|export`: exit codes, JSON shapes, messages, no tracebacks."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bvmdesk import cli
from bvmdesk.services.exchange.format import EXPORT_SHEETS
from tests.db import support
from tests.services.exchange.support import valid, write_csv

# Set-up databases on both backends (shared with tests/db).
site_location = support.site_location


def _subcommands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


@pytest.fixture(autouse=True)
def _exchange_commands(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Until cli.py registers the exchange commands itself, register them here."""
    if "import" in _subcommands(cli.build_parser()):
        yield
        return
    from bvmdesk.cli_exchange import register

    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, handler in register(action).items():
                    monkeypatch.setitem(cli._HANDLERS, name, handler)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    yield


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    return code, out, err


def test_import_export_round_trip_with_json(site_location: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_csv(tmp_path / "in", valid())
    code, out, _ = run(capsys, "--db", site_location, "import", str(folder), "--dry-run",
                       "--json")
    assert code == 0
    summary = json.loads(out)
    assert set(summary) == {"created", "updated", "unchanged"}
    assert summary["created"]["Deelnemers"] == 3 and summary["updated"]["Deelnemers"] == 0
    assert list(summary["created"]) == ["Locaties", "Leerbedrijven", "Praktijkopleiders",
                                        "Modules", "Deelnemers", "Groepen", "Inschrijvingen",
                                        "Lessen", "Presentie", "Vakanties"]
    code, out, _ = run(capsys, "--db", site_location, "import", str(folder), "--json")
    assert code == 0 and json.loads(out) == summary  # the dry run predicted it exactly
    code, out, _ = run(capsys, "--db", site_location, "import", str(folder))
    assert code == 0 and "Deelnemers: 0 nieuw, 0 gewijzigd, 3 ongewijzigd" in out
    code, out, _ = run(capsys, "--db", site_location, "export", str(tmp_path / "uit"))
    assert code == 0 and "Deelnemers: 3" in out
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == sorted(
        f"{sheet.name}.csv" for sheet in EXPORT_SHEETS)
    code, out, _ = run(capsys, "--db", site_location, "export", str(tmp_path / "uit.xlsx"),
                       "--json")
    assert code == 0 and json.loads(out)["rows"]["Presentie"] == 3


def test_errors_exit_1_with_every_error(site_location: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    sheets = valid()
    sheets["Deelnemers"][0].append("BSN")
    for row in sheets["Deelnemers"][1:]:
        row.append("123456782")
    sheets["Modules"][1][4] = "veel"
    folder = write_csv(tmp_path / "in", sheets)
    code, out, err = run(capsys, "--db", site_location, "import", str(folder), "--json")
    assert code == 1
    document = json.loads(out)
    assert list(document) == ["errors"]
    assert document["errors"][0] == {"sheet": "Deelnemers", "row": 1, "column": "BSN",
                                     "message": document["errors"][0]["message"]}
    assert all(set(e) == {"sheet", "row", "column", "message"} for e in document["errors"])
    assert "UAVG art. 46" in document["errors"][0]["message"]

    sheets = valid()
    sheets["Deelnemers"][2][4] = "31-02-2007"
    sheets["Lessen"][1][3] = "07:00"
    code, out, err = run(capsys, "--db", site_location, "import",
                         str(write_csv(tmp_path / "in2", sheets)))
    assert code == 1
    assert ("Deelnemers, rij 3, geboortedatum: geen geldige datum (gebruik JJJJ-MM-DD of "
            "DD-MM-JJJJ)") in err
    assert "Lessen, rij 2, eindtijd: de eindtijd moet na de begintijd liggen" in err
    code, out, err = run(capsys, "--db", site_location, "import",
                         str(write_csv(tmp_path / "in2", sheets)), "--dry-run")
    assert code == 1 and "niets gewijzigd" in err
    code, out, _ = run(capsys, "--db", site_location, "export", str(tmp_path / "leeg"),
                       "--json")
    assert json.loads(out)["rows"]["Deelnemers"] == 0  # nothing was written


def test_missing_database_file_and_usage(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nergens.sqlite"
    folder = write_csv(tmp_path / "in", valid())
    for argv in (["import", str(folder)], ["export", str(tmp_path / "uit")]):
        code, _, err = run(capsys, "--db", str(missing), *argv)
        assert code == 1
        assert f"Database niet gevonden: {missing}" in err
    code, out, err = run(capsys, "--db", str(missing), "import", str(folder), "--json")
    assert code == 1 and json.loads(out) == {"error": f"Database niet gevonden: {missing}"}
    assert not missing.exists()
    with pytest.raises(SystemExit) as info:
        cli.main(["import"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        cli.main(["import", str(folder), "--bogus"])
    assert info.value.code == 2


def test_missing_import_file(site_location: str, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", site_location, "import", str(tmp_path / "weg.xlsx"))
    assert code == 1 and "niet gevonden" in err


def test_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sjabloon.xlsx"
    code, _, _ = run(capsys, "--db", str(tmp_path / "geen.sqlite"), "template", str(path))
    assert code == 0 and path.exists()
    assert load_workbook(path).sheetnames[0] == "Toelichting"
    code, _, err = run(capsys, "template", str(tmp_path / "sjabloon.csv"))
    assert code == 1 and ".xlsx" in err
    code, _, err = run(capsys, "template", str(tmp_path / "geen" / "map" / "s.xlsx"))
    assert code == 1 and "Map bestaat niet" in err
