"""Dutch dates, hours and status words as every report (and the GUI) prints them."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from bvmdesk.domain.enums import AttendanceStatus
from bvmdesk.reports.formatting import (
    dutch_date,
    dutch_month,
    dutch_period,
    hours_text,
    participant_type_label,
    percent_text,
    status_label,
    status_letter,
    time_range,
    time_text,
)


def test_dutch_date_is_short_weekday_day_month_year() -> None:
    assert dutch_date(date(2026, 9, 1)) == "di 1 sep 2026"
    assert dutch_date(date(2026, 3, 14)) == "za 14 mrt 2026"
    assert dutch_date(datetime(2026, 10, 1, 23, 59)) == "do 1 okt 2026"


@pytest.mark.parametrize("month", range(1, 13))
def test_dutch_date_has_no_abbreviation_dots(month: int) -> None:
    assert "." not in dutch_date(date(2026, month, 28))


def test_dutch_month_and_period() -> None:
    assert dutch_month(2026, 9) == "september 2026"
    assert dutch_month(2027, 3) == "maart 2027"
    assert dutch_period(date(2026, 9, 1), date(2026, 9, 30)) == "di 1 sep 2026 t/m wo 30 sep 2026"
    assert dutch_period(date(2026, 9, 1), date(2026, 9, 1)) == "di 1 sep 2026"


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "0 min"), (5, "5 min"), (45, "45 min"), (59, "59 min"), (60, "1 uur"),
    (605, "10 uur 5 min"),
    (960, "16 uur"), (1350, "22 uur 30 min"), (61_230, "1020 uur 30 min")])
def test_hours_text_words_a_duration_never_a_clock_time(minutes: int, text: str) -> None:
    assert hours_text(minutes) == text
    assert ":" not in hours_text(minutes)


def test_hours_cell_wraps_only_between_hours_and_minutes() -> None:
    from bvmdesk.reports.formatting import hours_cell

    assert hours_cell(1350) == "22\u00a0uur 30\u00a0min"
    assert hours_cell(1350).replace("\u00a0", " ") == hours_text(1350)


def test_times() -> None:
    assert time_text(time(8, 30)) == "08:30"
    assert time_text(time(16, 0)) == "16:00"
    assert time_text(None) == ""
    assert time_range(time(8, 30), time(16, 0)) == "08:30–16:00"


def test_percent_has_a_decimal_comma() -> None:
    assert percent_text(93.46) == "93,5"
    assert percent_text(100.0) == "100,0"
    assert percent_text(0.0) == "0,0"
    assert percent_text(None) == "-"


def test_status_words_and_letters() -> None:
    expected = {
        "aanwezig": ("Aanwezig", "A"),
        "te_laat": ("Te laat", "L"),
        "vroeg_weg": ("Vroeg weg", "V"),
        "ziek": ("Ziek", "Z"),
        "geoorloofd": ("Geoorloofd afwezig", "G"),
        "ongeoorloofd": ("Ongeoorloofd afwezig", "O"),
    }
    assert set(expected) == {s.value for s in AttendanceStatus}
    for status, (label, letter) in expected.items():
        assert status_label(status) == label
        assert status_letter(status) == letter
        assert status_label(AttendanceStatus(status)) == label
    assert status_label(None) == "Niet ingevuld"
    assert status_letter(None) == "-"


def test_participant_type_label() -> None:
    assert participant_type_label("BBL") == "MBO BBL"
    assert participant_type_label("werkzoekende") == "Werkzoekende"
    assert participant_type_label("iets anders") == "iets anders"


def test_certificate_dates_and_percentages_in_both_languages() -> None:
    from bvmdesk.reports.formatting import decimal_text
    from bvmdesk.reports.pdf.certificate_texts import long_date, percentage

    assert long_date(date(2026, 5, 12), "nl") == "12 mei 2026"
    assert long_date(date(2026, 5, 12), "en") == "12 May 2026"
    assert percentage(91.25, "nl") == "91,2 %"
    assert percentage(91.35, "en") == "91.4%"
    assert percent_text(87.5) == "87,5"
    assert decimal_text(1234.5) == "1.234,50"
    assert decimal_text(2.0, places=1) == "2,0"


def test_reports_do_not_need_babel() -> None:
    import subprocess
    import sys

    # A fresh interpreter, Babel hidden: the report words must not import it.
    code = ("import sys; sys.modules['babel'] = None; "
            "import bvmdesk.reports.formatting, bvmdesk.reports.pdf.certificate_texts")
    subprocess.run([sys.executable, "-c", code], check=True)
