"""Minutes per mark: attended, excused, unexcused, unmarked; cancelled lessons count nothing."""

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain.hours import (
    Minutes,
    is_final,
    lesson_minutes,
    mark_minutes,
    status_after_departure,
    status_for_arrival,
)

START, END = time(8, 30), time(16, 30)  # 480 minutes


@pytest.mark.parametrize(
    ("status", "arrival", "departure", "expected"),
    [
        ("aanwezig", None, None, Minutes(480, 480, 0, 0, 0)),
        ("aanwezig", time(8, 20), None, Minutes(480, 480, 0, 0, 0)),
        ("te_laat", time(9, 5), None, Minutes(480, 445, 0, 35, 0)),
        ("vroeg_weg", time(8, 30), time(14, 0), Minutes(480, 330, 0, 150, 0)),
        ("te_laat", time(9, 0), time(16, 0), Minutes(480, 420, 0, 60, 0)),
        ("ziek", None, None, Minutes(480, 0, 480, 0, 0)),
        ("geoorloofd", None, None, Minutes(480, 0, 480, 0, 0)),
        ("ongeoorloofd", None, None, Minutes(480, 0, 0, 480, 0)),
        (None, None, None, Minutes(480, 0, 0, 0, 480)),
        ("te_laat", time(17, 0), None, Minutes(480, 0, 0, 480, 0)),
    ],
)
def test_mark_minutes(
    status: str | None, arrival: time | None, departure: time | None, expected: Minutes
) -> None:
    assert mark_minutes(START, END, status, arrival, departure) == expected


def test_cancelled_lesson_counts_for_nothing() -> None:
    assert mark_minutes(START, END, "ongeoorloofd", cancelled=True) == Minutes()
    assert mark_minutes(START, END, None, cancelled=True) == Minutes()


def test_percentage() -> None:
    total = mark_minutes(START, END, "aanwezig") + mark_minutes(START, END, "ongeoorloofd")
    assert total.percentage == 50.0
    total = total + mark_minutes(START, END, None)
    assert total.percentage == 50.0  # unmarked minutes are left out
    assert mark_minutes(START, END, None).percentage is None
    third = Minutes(300, 100, 0, 200, 0)
    assert third.percentage == 33.3


def test_arrival_and_departure_rules() -> None:
    assert status_for_arrival(START, time(8, 30)) == "aanwezig"
    assert status_for_arrival(START, time(8, 31)) == "te_laat"
    assert status_after_departure("aanwezig", END, time(15, 0)) == "vroeg_weg"
    assert status_after_departure("aanwezig", END, time(16, 30)) == "aanwezig"
    assert status_after_departure("te_laat", END, time(15, 0)) == "te_laat"


def test_final_after_the_lesson_day() -> None:
    assert not is_final(date(2026, 9, 1), datetime(2026, 9, 1, 23, 59))
    assert is_final(date(2026, 9, 1), datetime(2026, 9, 2, 0, 0))


times = st.builds(time, st.integers(6, 21), st.sampled_from([0, 15, 30, 45]))


@given(
    times,
    times,
    st.sampled_from(
        ["aanwezig", "te_laat", "vroeg_weg", "ziek", "geoorloofd", "ongeoorloofd", None]
    ),
    st.none() | times,
    st.none() | times,
)
def test_minutes_always_add_up(
    start: time, end: time, status: str | None, arrival: time | None, departure: time | None
) -> None:
    m = mark_minutes(start, end, status, arrival, departure)
    assert m.planned == lesson_minutes(start, end)
    assert m.attended + m.excused + m.unexcused + m.unmarked == m.planned
    assert min(m.attended, m.excused, m.unexcused, m.unmarked) >= 0
