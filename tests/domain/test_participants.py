"""Validation of a participant's personal data and age arithmetic."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bvmdesk.domain.participants import (
    ParticipantData,
    age_on,
    format_number,
    validate_participant,
)

TODAY = date(2026, 9, 15)
GOOD = ParticipantData(
    number="ZWL-00001", first_names="Çağan", prefix=None, last_name="Yılmaz",
    birth_date=date(2008, 3, 1), type="BBL", badge="A1234", email="cagan@example.nl",
    phone="+31 (0)6-12345678",
)


def fields(data: ParticipantData, today: date = TODAY) -> list[str]:
    return [e.field for e in validate_participant(data, today)]


def test_good_data_has_no_problems() -> None:
    assert validate_participant(GOOD, TODAY) == []
    minimal = ParticipantData("H-001", "Jan", None, "Jansen", date(1990, 1, 1), "werknemer")
    assert validate_participant(minimal, TODAY) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"number": "  "}, "number"),
        ({"first_names": ""}, "first_names"),
        ({"last_name": " \t"}, "last_name"),
        ({"last_name": "x" * 201}, "last_name"),
        ({"birth_date": None}, "birth_date"),
        ({"type": "basisschool"}, "type"),
        ({"type": ""}, "type"),
        ({"email": "cagan@example"}, "email"),
        ({"email": "cagan example@x.nl"}, "email"),
        ({"email": "a@@x.nl"}, "email"),
        ({"badge": "A1"}, "badge"),
        ({"badge": "A 123"}, "badge"),
        ({"badge": "x" * 65}, "badge"),
        ({"phone": "06-abc-12345"}, "phone"),
        ({"phone": "123"}, "phone"),
    ],
)
def test_each_bad_field_is_reported_with_a_dutch_message(change: dict[str, object],
                                                         field: str) -> None:
    errors = validate_participant(replace(GOOD, **change), TODAY)  # type: ignore[arg-type]
    assert [e.field for e in errors] == [field]
    assert errors[0].message and errors[0].message[0].isupper()


def test_every_problem_is_reported_at_once() -> None:
    bad = replace(GOOD, number="", first_names="", last_name="", birth_date=None, type="x",
                  email="nope")
    assert fields(bad) == ["number", "first_names", "last_name", "birth_date", "type", "email"]


def test_birth_date_in_the_future_is_refused() -> None:
    errors = validate_participant(replace(GOOD, birth_date=date(2026, 9, 16)), TODAY)
    assert [e.message for e in errors] == ["De geboortedatum ligt in de toekomst."]


def test_implausible_ages_are_refused_at_the_boundaries() -> None:
    # Ten years old today is allowed, one day younger is not.
    assert fields(replace(GOOD, birth_date=date(2016, 9, 15))) == []
    assert fields(replace(GOOD, birth_date=date(2016, 9, 16))) == ["birth_date"]
    # A hundred is allowed, a hundred and one is not.
    assert fields(replace(GOOD, birth_date=date(1925, 9, 16))) == []
    assert fields(replace(GOOD, birth_date=date(1925, 9, 15))) == ["birth_date"]
    assert fields(replace(GOOD, birth_date=date(1900, 1, 1))) == ["birth_date"]


def test_age_on_counts_completed_years_around_the_birthday() -> None:
    born = date(2008, 6, 10)
    assert age_on(born, date(2026, 6, 9)) == 17
    assert age_on(born, date(2026, 6, 10)) == 18
    assert age_on(born, date(2026, 12, 31)) == 18
    assert age_on(born, born) == 0


def test_age_on_for_someone_born_on_29_february() -> None:
    born = date(2008, 2, 29)
    assert age_on(born, date(2024, 2, 28)) == 15
    assert age_on(born, date(2024, 2, 29)) == 16  # leap year: the birthday itself
    # In other years the new age starts on 1 March.
    assert age_on(born, date(2026, 2, 28)) == 17
    assert age_on(born, date(2026, 3, 1)) == 18


def test_format_number_pads_to_five_digits() -> None:
    assert format_number("ZWL", 1) == "ZWL-00001"
    assert format_number("TBG", 42) == "TBG-00042"
    assert format_number("ZWL", 123456) == "ZWL-123456"
