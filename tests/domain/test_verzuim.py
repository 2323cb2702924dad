"""The verzuim signal: the worked examples of the issue and the edges around them."""

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain.verzuim import Absence, Signal, VerzuimRules, is_holiday_week, verzuim_signals

YOUNG = date(2010, 1, 1)  # 16 in 2026


def week_day(week: int, weekday: int = 1, year: int = 2026) -> date:
    """The date of `weekday` (0 = Monday) in ISO week `week`."""
    return date.fromisocalendar(year, week, weekday + 1)


def every_week(_monday: date) -> bool:
    return True


def test_worked_example_two_tuesdays() -> None:
    absences = [Absence(week_day(39), 480), Absence(week_day(40), 480)]
    signals = verzuim_signals(YOUNG, week_day(36, 0), absences, date(2026, 12, 31), every_week)
    assert signals == [Signal(week_day(37, 0), week_day(40, 6), 960, (week_day(39), week_day(40)))]


def test_worked_example_with_holiday_week() -> None:
    holiday = week_day(43, 0)
    absences = [Absence(week_day(41), 480), Absence(week_day(45), 480)]
    signals = verzuim_signals(
        YOUNG, week_day(36, 0), absences, date(2026, 12, 31), lambda monday: monday != holiday
    )
    assert len(signals) == 1
    assert signals[0].window_start == week_day(41, 0)
    assert signals[0].window_end == week_day(45, 6)
    assert signals[0].unexcused_minutes == 960


def test_without_the_holiday_the_weeks_are_too_far_apart() -> None:
    absences = [Absence(week_day(41), 480), Absence(week_day(45), 480)]
    assert verzuim_signals(YOUNG, week_day(36, 0), absences, date(2026, 12, 31), every_week) == []


def test_959_minutes_is_no_signal_and_960_is() -> None:
    start = week_day(36, 0)
    almost = [Absence(week_day(38), 479), Absence(week_day(39), 480)]
    assert verzuim_signals(YOUNG, start, almost, date(2026, 12, 31), every_week) == []
    exact = [Absence(week_day(38), 480), Absence(week_day(39), 480)]
    assert len(verzuim_signals(YOUNG, start, exact, date(2026, 12, 31), every_week)) == 1


def test_fewer_than_four_weeks_after_the_start() -> None:
    absences = [Absence(week_day(36, 2), 960)]
    signals = verzuim_signals(YOUNG, week_day(36, 0), absences, date(2026, 12, 31), every_week)
    assert signals[0].window_start == week_day(36, 0)
    assert signals[0].window_end == week_day(36, 6)


def test_counting_restarts_after_a_signal() -> None:
    absences = [Absence(week_day(w), 480) for w in (37, 38, 39, 40)]
    signals = verzuim_signals(YOUNG, week_day(36, 0), absences, date(2026, 12, 31), every_week)
    # weeks 36-38 reach 960 at W=38; counting restarts in 39, and 39+40 reach it again
    assert [(s.window_start, s.window_end) for s in signals] == [
        (week_day(36, 0), week_day(38, 6)),
        (week_day(39, 0), week_day(40, 6)),
    ]


def test_eighteenth_birthday_inside_the_window() -> None:
    birthday_18 = week_day(39, 3)  # turns 18 on Thursday of week 39
    birth = date(birthday_18.year - 18, birthday_18.month, birthday_18.day)
    absences = [
        Absence(week_day(38), 480),
        Absence(week_day(39, 2), 240),
        Absence(week_day(39, 4), 480),
    ]  # the Friday is after the birthday
    assert verzuim_signals(birth, week_day(36, 0), absences, date(2026, 12, 31), every_week) == []
    absences.append(Absence(week_day(39, 1), 240))
    signals = verzuim_signals(birth, week_day(36, 0), absences, date(2026, 12, 31), every_week)
    assert signals[0].lesson_dates == (week_day(38), week_day(39, 1), week_day(39, 2))


def test_only_absences_up_to_as_of_count() -> None:
    absences = [Absence(week_day(39), 480), Absence(week_day(40), 480)]
    assert verzuim_signals(YOUNG, week_day(36, 0), absences, week_day(40, 0), every_week) == []


def test_rules_are_configurable() -> None:
    absences = [Absence(week_day(39), 300)]
    rules = VerzuimRules(threshold_minutes=300, window_weeks=2, age_limit=23)
    adult = date(2004, 1, 1)
    assert (
        len(
            verzuim_signals(adult, week_day(36, 0), absences, date(2026, 12, 31), every_week, rules)
        )
        == 1
    )


def test_holiday_week_needs_all_weekdays() -> None:
    monday = week_day(43, 0)
    assert is_holiday_week(monday, [(monday, monday + timedelta(days=4))])
    assert not is_holiday_week(monday, [(monday + timedelta(days=1), monday + timedelta(days=8))])
    assert is_holiday_week(
        monday,
        [
            (monday - timedelta(days=2), monday + timedelta(days=1)),
            (monday + timedelta(days=2), monday + timedelta(days=9)),
        ],
    )


@given(
    st.lists(st.tuples(st.integers(36, 50), st.integers(0, 4), st.integers(0, 600)), max_size=30)
)
def test_every_signal_meets_the_threshold_within_its_window(
    raw: list[tuple[int, int, int]],
) -> None:
    absences = [Absence(week_day(w, d), m) for w, d, m in raw]
    signals = verzuim_signals(YOUNG, week_day(36, 0), absences, date(2026, 12, 31), every_week)
    for signal in signals:
        assert signal.unexcused_minutes >= 960
        assert (signal.window_end - signal.window_start).days + 1 <= 28
        assert all(signal.window_start <= d <= signal.window_end for d in signal.lesson_dates)
        inside = sum(
            a.minutes for a in absences if signal.window_start <= a.day <= signal.window_end
        )
        assert inside >= signal.unexcused_minutes
    for earlier, later in itertools.pairwise(signals):
        assert earlier.window_end < later.window_start
    # No minutes lost: without any signal, no 4-week span reaches the threshold.
    if not signals:
        for w in range(36, 51):
            span = sum(
                a.minutes
                for a in absences
                if week_day(w, 0) <= a.day <= week_day(w, 0) + timedelta(days=27)
            )
            assert span < 960
