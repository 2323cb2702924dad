"""The command line's words (issue 9): Dutch help and usage errors, dates as the import
reads them, durations in words, plurals, no Python class names, a next step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run, run_process
from tests.cli.test_report_cli import report_db  # noqa: F401  (the fixture)

ENGLISH = ("usage:", "error:", "positional arguments", "show this help message",
           "the following arguments", "invalid choice", "unrecognized arguments")


def _no_english(text: str) -> None:
    for word in ENGLISH:
        assert word not in text, word


@pytest.mark.parametrize("args", [
    ["--help"], ["report", "--help"], ["report", "hours", "--help"], ["import", "--help"],
    ["attendance", "scans", "--help"], ["user", "add", "--help"], ["demo", "--help"],
])
def test_help_is_dutch(cli: Run, args: list[str]) -> None:
    result = cli(*args)
    assert result.code == 0
    assert result.out.startswith("gebruik: bvmdesk")
    assert "toon deze hulptekst en stop" in result.out
    _no_english(result.out)


def test_every_option_has_a_dutch_help_text(cli: Run) -> None:
    import argparse

    from bvmdesk.cli import build_parser

    def walk(parser):  # type: ignore[no-untyped-def]
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in action.choices.values():
                    yield from walk(child)

    missing = [f"{p.prog} {a.option_strings or a.dest}" for p in walk(build_parser())
               for a in p._actions if not a.help]
    assert missing == []


@pytest.mark.parametrize(("args", "expected"), [
    (["report", "hours"], "deze argumenten zijn verplicht: --participant, --from, --to"),
    (["frobnicate"], "ongeldige keuze: 'frobnicate'"),
    (["check", "--bestaat-niet"], "onbekende argumenten: --bestaat-niet"),
    (["participants"], "deze argumenten zijn verplicht: ACTIE"),
])
def test_usage_errors_are_dutch_and_exit_2(cli: Run, args: list[str], expected: str,
                                           tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path / "x.sqlite"), *args)
    assert result.code == 2
    assert result.err.startswith("gebruik: bvmdesk")
    assert "fout: " in result.err and expected in result.err
    _no_english(result.err)


def test_usage_error_as_a_real_process() -> None:
    result = run_process(["report", "hours", "--participant", "X"])
    assert result.code == 2
    assert "gebruik:" in result.err and "fout:" in result.err
    _no_english(result.err)


def test_argparse_speaks_english_again_outside_our_parsers(cli: Run) -> None:
    import argparse

    cli("--help")
    assert "usage:" in argparse.ArgumentParser(prog="x").format_usage()


@pytest.mark.parametrize("day", ["2026-12-31", "31-12-2026", "31-12-2026", "31/12/2026"])
def test_date_options_take_both_forms(cli: Run, report_db: str, day: str) -> None:  # noqa: F811
    result = cli("--db", report_db, "report", "verzuim", "--as-of", day, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["as_of"] == "2026-12-31"


def test_short_dutch_dates(cli: Run, report_db: str) -> None:  # noqa: F811
    result = cli("--db", report_db, "report", "attendance", "--group", "REP-1",
                 "--from", "1-9-2026", "--to", "7-9-2026", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert (data["from"], data["to"]) == ("2026-09-01", "2026-09-07")


@pytest.mark.parametrize(("day", "message"), [
    ("31-02-2026", "datum 31-02-2026 bestaat niet"),
    ("2026-02-30", "datum 2026-02-30 bestaat niet"),
    ("morgen", "geen datum: morgen (schrijf JJJJ-MM-DD of DD-MM-JJJJ)"),
])
def test_a_wrong_date_is_a_usage_error_in_dutch(cli: Run, tmp_path: Path, day: str,
                                                 message: str) -> None:
    result = cli("--db", str(tmp_path / "x.sqlite"), "report", "funders", "--from", day,
                 "--to", "2026-03-01")
    assert result.code == 2
    assert f"fout: argument --from: {message}" in result.err


def test_verzuim_text_words_the_hours(cli: Run, report_db: str) -> None:  # noqa: F811
    text = cli("--db", report_db, "report", "verzuim", "--as-of", "31-12-2026").out
    line = next(line for line in text.splitlines() if "V-01" in line)
    assert "16 uur" in line and "16:00" not in line


@pytest.mark.parametrize("command", [["template"], ["export"]])
def test_a_missing_folder_says_what_to_do(cli: Run, site_location: str, tmp_path: Path,
                                          command: list[str]) -> None:
    target = tmp_path / "weg" / "x.xlsx"
    result = cli("--db", site_location, *command, str(target))
    assert result.code == 1
    assert f"Map bestaat niet: {target.parent}" in result.err
    assert "Maak de map eerst aan of kies een andere map." in result.err


def test_a_missing_database_folder_says_what_to_do(cli: Run, tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path / "weg" / "db.sqlite"), "init", "--site-code", "ZWL",
                 "--site-name", "Zwolle", "--admin", "beheer", "--password-stdin",
                 stdin="een lang wachtwoord\n")
    assert result.code == 1
    assert "Maak de map eerst aan of kies een andere map." in result.err
    assert "Error" not in result.err  # no Python class name (DatabaseLocationError)


def test_participants_list_text_shows_the_doelgroep_label(cli: Run, site_location: str) -> None:
    from tests.cli.test_cli import _add_people

    _add_people(site_location)
    result = cli("--db", site_location, "participants", "list")
    assert result.code == 0, result.err
    assert "MBO BBL" in result.out
    data = json.loads(cli("--db", site_location, "participants", "list", "--json").out)
    assert {p["type"] for p in data["participants"]} == {"BBL"}  # JSON keeps the raw value


def test_hours_text_words_statuses_and_hours(cli: Run, report_db: str) -> None:  # noqa: F811
    result = cli("--db", report_db, "report", "hours", "--participant", "R-01",
                 "--from", "1-9-2026", "--to", "30-9-2026")
    assert result.code == 0, result.err
    assert "Te laat" in result.out and "te_laat" not in result.out
    assert "aanwezig 5 uur 30 min" in result.out  # the total: 330 minutes
