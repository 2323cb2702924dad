"""Reading single cells: dates, times, numbers, ja/nee, enumerations and CSV escaping."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bvmdesk.domain.delimited import detect_separator
from bvmdesk.services.exchange.cells import (
    CellValueError,
    enumeration_lookup,
    escape_csv,
    is_email,
    parse_bool,
    parse_date,
    parse_enumeration,
    parse_int,
    parse_time,
    to_text,
    unescape_csv,
)
from bvmdesk.services.exchange.format import MARK_STATUSES, MSG_DATE, MSG_TIME, PARTICIPANT_TYPES
from bvmdesk.services.exchange.textfiles import TextFileError, decode_text


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-09-01", date(2026, 9, 1)),
    ("2026-9-1", date(2026, 9, 1)),
    ("01-09-2026", date(2026, 9, 1)),
    ("1-9-2026", date(2026, 9, 1)),
    ("1/9/2026", date(2026, 9, 1)),
    (" 29-02-2028 ", date(2028, 2, 29)),
    ("2026-09-01 00:00:00", date(2026, 9, 1)),
    (datetime(2026, 9, 1), date(2026, 9, 1)),
    (date(2026, 9, 1), date(2026, 9, 1)),
    (46266, date(2026, 9, 1)),  # an Excel serial day without a date format
    (46266.75, date(2026, 9, 1)),  # with a time of day
    (1, date(1900, 1, 1)),  # Excel's own calendar (openpyxl's from_excel), not day 0 + 1
    (61, date(1900, 3, 1)),  # after Excel's non-existent 29-02-1900
])
def test_dates_in_every_accepted_form(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31-02-2026", "2026-13-01", "1-9-26", "01.09.26", "morgen",
                                   "2026/09/01", "", "1-9/2026", True, 0, -5])
def test_bad_dates_are_refused_with_the_dutch_message(value: object) -> None:
    with pytest.raises(CellValueError) as info:
        parse_date(value)
    assert str(info.value) == MSG_DATE


@pytest.mark.parametrize(("value", "expected"), [
    ("08:30", time(8, 30)), ("8:30", time(8, 30)), ("8.30", time(8, 30)),
    ("08:30:00", time(8, 30)), ("0:00", time(0, 0)), ("23:59", time(23, 59)),
    (time(8, 30), time(8, 30)), (time(8, 29, 59, 999_999), time(8, 30)),
    (datetime(1899, 12, 30, 13, 15), time(13, 15)), (0.5, time(12, 0)),
    (8.5 / 24, time(8, 30)), (timedelta(hours=16, minutes=30), time(16, 30)),
])
def test_times_in_every_accepted_form(value: object, expected: time) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize("value", ["24:00", "8:60", "830", "8:30:15", "half negen", 1.5, -0.1,
                                   "8u30", True])
def test_bad_times_are_refused(value: object) -> None:
    with pytest.raises(CellValueError) as info:
        parse_time(value)
    assert str(info.value) == MSG_TIME


@pytest.mark.parametrize(("value", "expected"), [
    (80, 80), (80.0, 80), ("80", 80), (" 80 ", 80), ("80,0", 80), ("-3", -3), ("+4", 4)])
def test_whole_numbers(value: object, expected: int) -> None:
    assert parse_int(value) == expected


@pytest.mark.parametrize("value", [12.5, "12,5", "tachtig", "", True, "1e3"])
def test_not_whole_numbers(value: object) -> None:
    with pytest.raises(CellValueError, match="geen geheel getal"):
        parse_int(value)


@pytest.mark.parametrize(("value", "expected"), [
    ("ja", True), ("JA", True), ("j", True), ("waar", True), (True, True), (1, True),
    ("nee", False), ("Nee", False), ("", False), (None, False), (False, False), ("0", False)])
def test_ja_nee(value: object, expected: bool) -> None:
    assert parse_bool(value) is expected


def test_ja_nee_refuses_anything_else() -> None:
    with pytest.raises(CellValueError, match="ja of nee"):
        parse_bool("misschien")


def test_enumerations_ignore_case_and_store_the_canonical_value() -> None:
    lookup = enumeration_lookup(PARTICIPANT_TYPES)
    assert parse_enumeration("bbl", lookup, "doelgroep", PARTICIPANT_TYPES) == "BBL"
    assert parse_enumeration("VMBO", lookup, "doelgroep", PARTICIPANT_TYPES) == "vmbo"
    assert parse_enumeration("Zij-Instromer", lookup, "doelgroep",
                             PARTICIPANT_TYPES) == "zij-instromer"
    statuses = enumeration_lookup(MARK_STATUSES)
    assert parse_enumeration("Te laat", statuses, "status", MARK_STATUSES) == "te_laat"
    with pytest.raises(CellValueError, match=r"onbekende doelgroep 'mbo'.*BBL, BOL"):
        parse_enumeration("mbo", lookup, "doelgroep", PARTICIPANT_TYPES)


def test_csv_escaping_only_touches_formula_starts() -> None:
    for text in ("=SOM(A1)", "+31 6", "-5", "@home"):
        assert escape_csv(text) == "'" + text
        assert unescape_csv(escape_csv(text)) == text
    for text in ("'t Hart", "d'Arc", "'", "''=x", "gewoon"):
        assert escape_csv(text) == text
        assert unescape_csv(text) == text


def test_text_cells() -> None:
    assert to_text("  Jan  ") == "Jan"
    assert to_text("   ") is None
    assert to_text(1001.0) == "1001"
    assert to_text(25191) == "25191"
    assert to_text(datetime(2026, 9, 1)) == "2026-09-01"
    with pytest.raises(CellValueError, match="stuurteken"):
        to_text("a\x07b")


def test_email_syntax_only() -> None:
    assert is_email("zoe@example.nl")
    assert not is_email("zoe@example")
    assert not is_email("zoe example@x.nl")


def test_encodings_and_separators() -> None:
    assert decode_text("\ufeffnaam;é".encode(), "x.csv") == "naam;é"
    assert decode_text("naam;é".encode(), "x.csv") == "naam;é"
    assert decode_text("naam;é".encode("cp1252"), "x.csv") == "naam;é"
    assert decode_text("€ ’".encode("cp1252"), "x.csv") == "€ ’"
    with pytest.raises(TextFileError, match=r"x\.csv is geen UTF-8- of Windows-1252-tekst"):
        decode_text(b"\x81\x8d", "x.csv")
    assert detect_separator("code;naam;plaats") == ";"
    assert detect_separator("code,naam,plaats") == ","
    assert detect_separator('"a,b";c') == ";"
    assert detect_separator("code") == ";"
