"""Every number and date option has a sane range; outside it, a Dutch usage error (exit 2)
before any database is touched (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bvmdesk.cli_args import MAX_DEMO_PARTICIPANTS
from bvmdesk.domain.text import MAX_SEARCH_LENGTH
from bvmdesk.services.demo.generator import MAX_PARTICIPANTS
from tests.cli.conftest import Run


def test_the_cli_and_the_demo_agree_on_the_most_participants() -> None:
    assert MAX_DEMO_PARTICIPANTS == MAX_PARTICIPANTS == 100_000


@pytest.mark.parametrize(("option", "value", "reason"), [
    ("--participants", "100001", "ligt buiten 1 tot en met 100.000"),
    ("--participants", "999999999", "ligt buiten 1 tot en met 100.000"),
    ("--participants", "0", "ligt buiten 1 tot en met 100.000"),
    ("--participants", "-3", "ligt buiten 1 tot en met 100.000"),
    ("--participants", "9" * 5000, "ligt buiten 1 tot en met 100.000"),
    ("--participants", "twintig", "geen geheel getal: twintig"),
    ("--participants", "1.5", "geen geheel getal"),
    ("--seed", "-1", "ligt buiten 0 tot en met 4.294.967.295"),
    ("--seed", "4294967296", "ligt buiten 0 tot en met 4.294.967.295"),
    ("--today", "9999-12-20", "ligt buiten 1900 tot en met 2199"),
    ("--today", "0001-01-05", "ligt buiten 1900 tot en met 2199"),
    ("--today", "31-02-2026", "bestaat niet"),
])
def test_demo_options_out_of_range_are_usage_errors(cli: Run, tmp_path: Path, option: str,
                                                    value: str, reason: str) -> None:
    database = tmp_path / "leeg.sqlite"
    result = cli("--db", str(database), "demo", option, value)
    assert result.code == 2
    assert reason in result.err
    assert not database.exists()  # refused before the database was made


def test_the_largest_values_are_accepted_by_the_parser() -> None:
    from bvmdesk.cli import build_parser

    args = build_parser().parse_args(["demo", "--participants", "100000", "--seed",
                                      "4294967295", "--today", "2199-12-31"])
    assert (args.participants, args.seed, str(args.today)) == (100_000, 4294967295,
                                                               "2199-12-31")


@pytest.mark.parametrize("args", [
    ["report", "verzuim", "--as-of", "20266-01-01"],
    ["report", "funders", "--from", "0001-01-01", "--to", "2026-12-31"],
    ["report", "presentielijst", "--group", "G", "--date", "9999-12-31"],
])
def test_report_dates_out_of_range_are_usage_errors(cli: Run, site_location: str,
                                                    args: list[str]) -> None:
    result = cli("--db", site_location, *args)
    assert result.code == 2
    assert "fout: argument" in result.err


def test_a_long_search_is_cut_with_a_notice_never_an_error(cli: Run,
                                                           site_location: str) -> None:
    for search in ("x" * 50_000, " ".join(["a"] * 1000), " ".join(
            f"w{i}" for i in range(1000))):
        result = cli("--db", site_location, "participants", "list", "--search", search)
        assert result.code == 0, result.err
        assert f"ingekort tot {MAX_SEARCH_LENGTH} tekens" in result.err
        assert "onverwachte fout" not in result.err
    result = cli("--db", site_location, "participants", "list", "--search", "x" * 201,
                 "--json")
    assert result.code == 0
    assert '"notice"' in result.out
    short = cli("--db", site_location, "participants", "list", "--search", "x" * 200)
    assert short.code == 0 and "ingekort" not in short.err


def test_bytes_that_are_no_utf8_in_an_option_get_a_message(cli: Run,
                                                           site_location: str) -> None:
    """A terminal in another encoding passes bytes Python keeps as lone surrogates."""
    garbled = b"Jan\xff\xfe".decode("utf-8", "surrogateescape")
    found = cli("--db", site_location, "participants", "list", "--search", garbled)
    assert found.code == 0  # the search ignores what is no text
    added = cli("--db", site_location, "user", "add", "nieuw", "--role", "admin",
                "--display-name", garbled, "--password-stdin", stdin="een lang wachtwoord\n")
    assert added.code == 1
    assert "geen geldige tekst (UTF-8)" in added.err
    assert "onverwachte fout" not in added.err
    listed = cli("--db", site_location, "user", "list")
    assert "nieuw" not in listed.out


def test_a_password_from_an_endless_stream_is_refused_not_read_forever(
        tmp_path: Path) -> None:
    from tests.cli.conftest import run_process

    database = tmp_path / "db.sqlite"
    result = run_process(["--db", str(database), "init", "--site-code", "ZWL", "--site-name",
                          "Zwolle", "--admin", "beheer", "--password-stdin"],
                         stdin="a" * 5000, timeout=30)
    assert result.code == 1
    assert "hoogstens 1024 tekens" in result.err
    assert not database.exists()  # refused before anything was made
