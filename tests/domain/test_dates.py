"""Dates as people type them in the date fields (and the import's text cells)."""

from __future__ import annotations

from datetime import date

import pytest

from bvmdesk.domain.dates import numeric_date_parts, parse_user_date


@pytest.mark.parametrize("text", ["3-12-2026", "03-12-2026", "2026-12-03", "3/12/2026",
                                  "3.12.2026", " 2026-12-3 ", "do 3 dec 2026", "3 dec 2026",
                                  "donderdag 3 december 2026", "DO 3 Dec. 2026"])
def test_the_forms_people_type(text: str) -> None:
    assert parse_user_date(text) == date(2026, 12, 3)


def test_the_weekday_is_not_checked_and_dutch_months_are_read() -> None:
    assert parse_user_date("wo 3 mrt 2026") == date(2026, 3, 3)  # a Tuesday
    assert parse_user_date("1 mei 2026") == date(2026, 5, 1)
    assert parse_user_date("29-2-2028") == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["31-02-2026", "29-2-2026", "2026-13-01", "0-1-2026",
                                  "31 apr 2026"])
def test_a_date_that_does_not_exist_says_so(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_user_date(text)
    assert str(caught.value) == f"{text} bestaat niet."


@pytest.mark.parametrize("text", ["morgen", "3-12-26", "12/2026", "3 foo 2026", "3-12/2026"])
def test_text_that_is_no_date(text: str) -> None:
    with pytest.raises(ValueError, match="is geen datum; schrijf bijvoorbeeld 3-12-2026"):
        parse_user_date(text)
    with pytest.raises(ValueError, match="Vul een datum in"):
        parse_user_date("  ")


def test_the_import_takes_only_the_numeric_forms() -> None:
    assert numeric_date_parts("31-02-2026") == (2026, 2, 31)  # checked by the caller
    assert numeric_date_parts("2026-12-03") == (2026, 12, 3)
    assert numeric_date_parts("do 3 dec 2026") is None
