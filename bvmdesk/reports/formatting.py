"""Dutch text for dates, times, hours and statuses, shared by the reports, the GUI and the CLI."""

from __future__ import annotations

from datetime import date, datetime, time

from bvmdesk.domain.enums import AttendanceStatus
from bvmdesk.domain.enums import participant_type_label as participant_type_label  # the one rule
from bvmdesk.domain.locale_text import decimal_number, month_year_nl, short_date_nl
from bvmdesk.domain.text import duration_text as duration_text  # the one rule for durations
from bvmdesk.domain.text import plural as plural  # `1 fout`, `3 fouten`

NOTHING = "-"
"""What a report shows where a value is unknown."""

_LABELS: dict[str, str] = {
    AttendanceStatus.PRESENT: "Aanwezig",
    AttendanceStatus.LATE: "Te laat",
    AttendanceStatus.LEFT_EARLY: "Vroeg weg",
    AttendanceStatus.SICK: "Ziek",
    AttendanceStatus.EXCUSED: "Geoorloofd afwezig",
    AttendanceStatus.UNEXCUSED: "Ongeoorloofd afwezig",
}
_LETTERS: dict[str, str] = {
    AttendanceStatus.PRESENT: "A",
    AttendanceStatus.LATE: "L",
    AttendanceStatus.LEFT_EARLY: "V",
    AttendanceStatus.SICK: "Z",
    AttendanceStatus.EXCUSED: "G",
    AttendanceStatus.UNEXCUSED: "O",
}
UNMARKED_LABEL = "Niet ingevuld"
UNMARKED_LETTER = "-"
STATUS_ORDER: tuple[AttendanceStatus, ...] = tuple(AttendanceStatus)
"""The statuses in the order the register's keys and the paper legend show them."""


def dutch_date(d: date | datetime) -> str:
    """`di 1 sep 2026`: abbreviated weekday and month, without the dots some locales add."""
    day = d.date() if isinstance(d, datetime) else d
    return short_date_nl(day)


def dutch_month(year: int, month: int) -> str:
    """`september 2026`."""
    return month_year_nl(year, month)


def dutch_period(start: date, end: date) -> str:
    """`di 1 sep 2026 t/m wo 30 sep 2026`, or one date when both are the same day."""
    if start == end:
        return dutch_date(start)
    return f"{dutch_date(start)} t/m {dutch_date(end)}"


def hours_text(minutes: int) -> str:
    """A duration in words, as everywhere (domain.text.duration_text): 605 -> `10 uur 5 min`,
    960 -> `16 uur`, 45 -> `45 min`, 0 -> `0 min`; never `10:05`, which reads as a time."""
    return duration_text(minutes)


def hours_cell(minutes: int) -> str:
    """hours_text for a narrow table cell: a non-breaking space inside `22 uur` and `30 min`,
    so that the cell wraps between the two, never inside one."""
    return hours_text(minutes).replace(" uur", "\u00a0uur").replace(" min", "\u00a0min")


def time_text(t: time | None) -> str:
    """`08:30` (24-hour clock); an unknown time gives an empty string."""
    return "" if t is None else f"{t.hour:02d}:{t.minute:02d}"


def time_range(start: time | None, end: time | None) -> str:
    """`08:30–16:00`; empty when neither time is known."""
    if start is None and end is None:
        return ""
    return f"{time_text(start)}–{time_text(end)}"


def percent_text(value: float | None) -> str:
    """`93,5` with a Dutch decimal comma; `-` when there is no percentage."""
    if value is None:
        return NOTHING
    return decimal_number(value, 1)


def decimal_text(value: float, places: int = 2) -> str:
    """A number with a Dutch decimal comma and `places` decimals: `12,50`."""
    return decimal_number(value, places, grouping=True)


def status_label(status: str | None) -> str:
    """The Dutch word for a stored status: `te_laat` -> `Te laat`; None -> `Niet ingevuld`."""
    if status is None or status == "":
        return UNMARKED_LABEL
    return _LABELS.get(status, status)


def status_letter(status: str | None) -> str:
    """The register's key for a status: `A`, `L`, `V`, `Z`, `G`, `O`; unmarked `-`."""
    if status is None or status == "":
        return UNMARKED_LETTER
    return _LETTERS.get(status, "?")


def text_or_dash(value: str | None) -> str:
    """The value, or `-` when it is missing or blank."""
    return value.strip() if value and value.strip() else NOTHING
