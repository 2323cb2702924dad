"""The rules of sign-offs and bpv hours (domain.signoff)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain.signoff import (
    DEFAULT_BBL_NORM_HOURS,
    HoursError,
    WeekError,
    as_card_code,
    bpv_norm_hours,
    card_code,
    checked_minutes,
    format_hours,
    format_iso_week,
    hours_number,
    iso_week_of,
    minutes_of_number,
    parse_hours,
    parse_iso_week,
    pin_problem,
    signoff_date_problem,
    week_monday,
    week_sunday,
    weeks_in_year,
)


@pytest.mark.parametrize("pin", ["12345", "00000", "12345678", "98765432"])
def test_a_pin_is_five_to_eight_digits(pin: str) -> None:
    assert pin_problem(pin) is None


@pytest.mark.parametrize("pin", ["", "1234", "123456789", "12a45", " 12345", "12345 ",
                                 "١٢٣٤٥", "12.345"])
def test_anything_else_is_refused_in_dutch(pin: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and "5 tot 8 cijfers" in problem


@pytest.mark.parametrize(("text", "week"), [
    ("2026-W37", (2026, 37)), ("2026W37", (2026, 37)), ("2026-w7", (2026, 7)),
    (" 2020-W53 ", (2020, 53)), ("2026-W01", (2026, 1)),
])
def test_iso_weeks_are_read(text: str, week: tuple[int, int]) -> None:
    assert parse_iso_week(text) == week


@pytest.mark.parametrize(("text", "says"), [
    ("2025-W53", "2025 heeft geen week 53"), ("2026-W00", "geen week 0"),
    ("37", "geen week"), ("2026-37", "geen week"), ("week 37", "geen week"),
])
def test_weeks_that_do_not_exist_are_refused(text: str, says: str) -> None:
    with pytest.raises(WeekError, match=says):
        parse_iso_week(text)


def test_the_weeks_of_a_year_and_their_days() -> None:
    assert weeks_in_year(2026) == 53 and weeks_in_year(2025) == 52
    assert iso_week_of(date(2026, 12, 31)) == (2026, 53)
    assert iso_week_of(date(2027, 1, 3)) == (2026, 53)
    assert week_monday(2026, 37) == date(2026, 9, 7)
    assert week_sunday(2026, 37) == date(2026, 9, 13)
    assert format_iso_week(2026, 7) == "2026-W07"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_date_lies_in_its_week(day: date) -> None:
    year, week = iso_week_of(day)
    assert week_monday(year, week) <= day <= week_sunday(year, week)
    assert parse_iso_week(format_iso_week(year, week)) == (year, week)


@pytest.mark.parametrize(("text", "minutes"), [
    ("8", 480), ("7,5", 450), ("7.5", 450), ("7:30", 450), ("8:00", 480), ("0", 0),
    ("32 uur", 1920), ("7,50", 450), ("168", 10080), ("12,0", 720),
])
def test_hours_as_people_type_them(text: str, minutes: int) -> None:
    assert parse_hours(text) == minutes


@pytest.mark.parametrize(("text", "says"), [
    ("7,25", "per half uur"), ("7:15", "per half uur"), ("169", "meer dan een week"),
    ("acht", "geen aantal uren"), ("-1", "geen aantal uren"), ("", "geen aantal uren"),
])
def test_hours_that_are_not_half_hours_are_refused(text: str, says: str) -> None:
    with pytest.raises(HoursError, match=says):
        parse_hours(text)


def test_hours_as_numbers_from_a_spreadsheet() -> None:
    assert minutes_of_number(7.5) == 450 and minutes_of_number(8) == 480
    with pytest.raises(HoursError, match="per half uur"):
        minutes_of_number(7.25)
    with pytest.raises(HoursError, match="niet negatief"):
        checked_minutes(-30)


@given(st.integers(min_value=0, max_value=336).map(lambda n: n * 30))
def test_hours_round_trip_through_text_and_json(minutes: int) -> None:
    assert parse_hours(format_hours(minutes)) == minutes
    assert minutes_of_number(hours_number(minutes)) == minutes


def test_hours_as_json_numbers() -> None:
    assert hours_number(450) == 7.5 and hours_number(480) == 8
    assert isinstance(hours_number(480), int)
    assert format_hours(450) == "7,5" and format_hours(0) == "0"


def test_the_yearly_norm() -> None:
    assert bpv_norm_hours(None, "BBL") == DEFAULT_BBL_NORM_HOURS == 610
    assert bpv_norm_hours(800, "BBL") == 800
    assert bpv_norm_hours(None, "BOL") is None
    assert bpv_norm_hours(400, "BOL") == 400


def test_a_sign_off_is_never_dated_in_the_future() -> None:
    today = date(2026, 12, 3)
    assert signoff_date_problem(today, today) is None
    assert signoff_date_problem(date(2026, 1, 5), today) is None
    problem = signoff_date_problem(date(2026, 12, 4), today)
    assert problem is not None and "04-12-2026" in problem and "toekomst" in problem


def test_card_codes_are_recognised_as_a_scanner_types_them() -> None:
    code = card_code("ZWL", 2026, 12)
    assert code == "ZWL-AK-2026-00012"
    assert as_card_code(code) == code
    assert as_card_code(" zwl-ak-2026-00012\n") == code
    for other in ("ZWL-BO-2026-00012", "ZWL-00012", "AK-2026-00012", "ZWL-AK-26-00012",
                  "ZWL-AK-2026-12", "ZWL AK 2026 00012", ""):
        assert as_card_code(other) is None
