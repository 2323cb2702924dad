"""School years and local time."""

from datetime import date

from bvmdesk.domain.clock import SYSTEM_CLOCK, school_year_start


def test_school_year_starts_on_1_august() -> None:
    assert school_year_start(date(2026, 7, 31)) == date(2025, 8, 1)
    assert school_year_start(date(2026, 8, 1)) == date(2026, 8, 1)
    assert school_year_start(date(2026, 12, 31)) == date(2026, 8, 1)
    assert school_year_start(date(2027, 1, 1)) == date(2026, 8, 1)
    assert school_year_start(date(2028, 2, 29)) == date(2027, 8, 1)


def test_local_now_is_naive() -> None:
    assert SYSTEM_CLOCK.local_now().tzinfo is None
