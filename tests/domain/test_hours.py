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
    normalised_status,
    unexcused_minutes,
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


@pytest.mark.parametrize(
    ("status", "arrival", "departure", "expected"),
    [
        # No times, or times inside the lesson: aanwezig stays aanwezig.
        ("aanwezig", None, None, "aanwezig"),
        ("aanwezig", time(8, 30), None, "aanwezig"),  # arrival == start
        ("aanwezig", time(8, 10), None, "aanwezig"),
        ("aanwezig", None, time(16, 30), "aanwezig"),  # departure == end
        ("aanwezig", time(8, 30), time(16, 30), "aanwezig"),
        ("aanwezig", time(8, 30), time(17, 0), "aanwezig"),
        ("aanwezig", time(8, 30, 59), time(16, 30, 1), "aanwezig"),  # whole minutes
        ("aanwezig", time(8, 29), time(16, 29, 59), "vroeg_weg"),
        # One minute over: te_laat / vroeg_weg.
        ("aanwezig", time(8, 31), None, "te_laat"),
        ("aanwezig", None, time(16, 29), "vroeg_weg"),
        ("aanwezig", time(8, 30), time(16, 29), "vroeg_weg"),
        ("aanwezig", time(10, 0), None, "te_laat"),
        # Both late and early: te_laat (the arrival came first; the minutes are the same).
        ("aanwezig", time(8, 31), time(16, 29), "te_laat"),
        ("aanwezig", time(17, 0), None, "te_laat"),  # after the end: late for all of it
        # Every other status stays: a person who keys it means it.
        ("te_laat", time(8, 30), None, "te_laat"),
        ("te_laat", time(9, 0), time(15, 0), "te_laat"),
        ("vroeg_weg", time(9, 0), time(15, 0), "vroeg_weg"),
        ("vroeg_weg", None, None, "vroeg_weg"),
        ("ziek", time(9, 0), None, "ziek"),
        ("geoorloofd", None, time(15, 0), "geoorloofd"),
        ("ongeoorloofd", time(9, 0), time(10, 0), "ongeoorloofd"),
        (None, time(9, 0), None, None),  # a withdrawn mark stays withdrawn
    ],
)
def test_normalised_status(
    status: str | None, arrival: time | None, departure: time | None, expected: str | None
) -> None:
    assert normalised_status(status, START, END, arrival, departure) == expected


def test_late_aanwezig_counts_as_te_laat() -> None:
    """An aanwezig stored with a late arrival (old databases) counts like te_laat: the
    minutes do not depend on the normalisation."""
    late = mark_minutes(START, END, "aanwezig", time(10, 0))
    assert late == mark_minutes(START, END, "te_laat", time(10, 0))
    assert late.unexcused == unexcused_minutes(START, END, "aanwezig", time(10, 0)) == 90
    assert unexcused_minutes(START, END, "aanwezig", time(8, 30), time(16, 30)) == 0
    assert unexcused_minutes(START, END, "aanwezig", time(8, 31)) == 1
    assert unexcused_minutes(START, END, "aanwezig", None, time(16, 29)) == 1
    assert unexcused_minutes(START, END, "ongeoorloofd") == 480
    assert unexcused_minutes(START, END, "ziek", time(10, 0)) == 0
    assert unexcused_minutes(START, END, None) == 0


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


@given(
    times,
    times,
    st.sampled_from(
        ["aanwezig", "te_laat", "vroeg_weg", "ziek", "geoorloofd", "ongeoorloofd", None]
    ),
    st.none() | times,
    st.none() | times,
)
def test_normalising_never_changes_the_minutes(
    start: time, end: time, status: str | None, arrival: time | None, departure: time | None
) -> None:
    normal = normalised_status(status, start, end, arrival, departure)
    assert mark_minutes(start, end, normal, arrival, departure) == mark_minutes(
        start, end, status, arrival, departure)
    assert normalised_status(normal, start, end, arrival, departure) == normal  # idempotent
    if status == "aanwezig" and lesson_minutes(start, end) > 0:
        # aanwezig stays aanwezig exactly when the mark misses no minute of the lesson.
        missed = unexcused_minutes(start, end, status, arrival, departure)
        assert (normal == "aanwezig") == (missed == 0)
