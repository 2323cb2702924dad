"""A badge scanner's log (`badge;timestamp` per line): parsing, pairing and the mark it makes."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import Protocol, TypeVar

from bvmdesk.domain.clock import LOCAL_ZONE
from bvmdesk.domain.delimited import line_fields, numbered_lines
from bvmdesk.domain.enums import AttendanceStatus
from bvmdesk.domain.hours import (
    ABSENT_STATUSES,
    EXCUSED_STATUSES,
    PRESENT_STATUSES,
    normalised_status,
)

EARLY_MARGIN_MINUTES = 30
"""A scan this many minutes before a lesson's start still belongs to it (people come early)."""
LATE_MARGIN_MINUTES = 30
"""A scan this many minutes after a lesson's end still belongs to it (the queue at the door)."""
DUPLICATE_MINUTES = 10
"""A scan within this many minutes of the previous kept one is the same passage, scanned twice."""

PRESENT_KINDS = PRESENT_STATUSES
ABSENT_KINDS = EXCUSED_STATUSES | ABSENT_STATUSES
STATUS_WORDS = {
    AttendanceStatus.PRESENT.value: "aanwezig",
    AttendanceStatus.LATE.value: "te laat",
    AttendanceStatus.LEFT_EARLY.value: "vroeg weg",
    AttendanceStatus.SICK.value: "ziek",
    AttendanceStatus.EXCUSED.value: "geoorloofd afwezig",
    AttendanceStatus.UNEXCUSED.value: "ongeoorloofd afwezig",
}

UNKNOWN_BADGE = "onbekende badge"
CANCELLED = "les vervallen"
NO_LESSON_THAT_DAY = "geen les op deze dag"
DUPLICATE = "dubbele scan"
BETWEEN = "tussenliggende scan"
_INVALID = "ongeldige regel: "

_TIMESTAMP = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?", re.IGNORECASE)

_EXCEL_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
"""Days since 1899-12-30 with the time as a fraction: 10000-99999 are the years 1927-2173."""

Content = tuple[str | None, time | None, time | None, str | None]
"""(status, arrival, departure, note): what a mark says (as AttendanceService writes it)."""


@dataclass(frozen=True)
class Scan:
    """One readable line: `at` is the naive Europe/Amsterdam wall-clock time, seconds kept."""

    line: int  # 1-based line number in the file
    badge: str
    timestamp: str  # as written
    at: datetime

    @property
    def minute(self) -> datetime:
        return self.at.replace(second=0, microsecond=0)


@dataclass(frozen=True)
class BadLine:
    """A line that is not a scan (no separator, no badge, an unreadable timestamp)."""

    line: int
    badge: str
    timestamp: str
    reason: str


@dataclass(frozen=True)
class ParsedLog:
    lines: int  # non-empty lines read (a header line included)
    scans: tuple[Scan, ...]
    bad: tuple[BadLine, ...]
    header_line: int | None = None


def parse_timestamp(text: str) -> datetime | None:
    """`2026-11-27T08:01:33`, `2026-11-27 08:01`, with `Z` or `+01:00` too, as a naive
    Europe/Amsterdam wall-clock time; None when the text is not such a timestamp.

    An Excel serial number (`46000.375` or `46000,375`: a log saved from Excel with the
    column as a number) is a local time too, converted by openpyxl as Excel reads it.
    """
    text = text.strip()
    if _EXCEL_SERIAL.fullmatch(text):
        from openpyxl.utils.datetime import from_excel  # only now: openpyxl loads slowly

        serial = from_excel(float(text.replace(",", ".")))
        return serial if isinstance(serial, datetime) else None
    match = _TIMESTAMP.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        value = datetime(int(year), int(month), int(day), int(hour), int(minute),
                         int(second or 0), int((fraction or "0")[:6].ljust(6, "0")))
    except ValueError:  # 2026-02-30, 25:00, ...
        return None
    if zone is None:
        return value
    if zone.upper() == "Z":
        offset = timedelta(0)
    else:
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        if zone[0] == "-":
            offset = -offset
    if abs(offset) >= timedelta(hours=24):
        return None
    aware = value.replace(tzinfo=timezone(offset))
    return aware.astimezone(LOCAL_ZONE).replace(tzinfo=None)


def _is_word(text: str) -> bool:
    """`badge`, `Badge`, `Badgenummer`, `badge_id`: a column name, not a badge."""
    letters = re.sub(r"[ _.\-]", "", text)
    return letters.isalpha()


def parse_scan_log(text: str) -> ParsedLog:
    """The scans of a log (decoded text); empty lines are ignored, a header line skipped.

    The header is the first non-empty line when its first field is a word (`badge`) and
    its second field is not a timestamp. Each line is read by the csv module's rules
    (quotes, doubled quotes) with the separator the line uses (`;` or `,`,
    `delimited.detect_separator`); spaces and quotes around a field are dropped; fields
    after the second are ignored.
    """
    scans: list[Scan] = []
    bad: list[BadLine] = []
    count = 0
    header: int | None = None
    for number, raw in numbered_lines(text.removeprefix("\ufeff")):
        line = raw.strip()
        if not line:
            continue
        count += 1
        try:
            fields = [field.strip().strip('"').strip() for field in line_fields(line)]
        except csv.Error:  # a field over the csv module's limit
            bad.append(BadLine(number, line[:40] + "…", "", _INVALID + "regel te lang"))
            continue
        if len(fields) < 2:
            if count == 1 and fields and _is_word(fields[0]):
                header = number
                continue
            bad.append(BadLine(number, line, "", _INVALID + "geen scheidingsteken (verwacht "
                               "badge;tijdstip)"))
            continue
        badge, stamp = fields[:2]
        at = parse_timestamp(stamp) if stamp else None
        if count == 1 and at is None and _is_word(badge):
            header = number
            continue
        if not badge:
            bad.append(BadLine(number, badge, stamp, _INVALID + "badge ontbreekt"))
        elif not stamp:
            bad.append(BadLine(number, badge, stamp, _INVALID + "tijdstip ontbreekt"))
        elif at is None:
            bad.append(BadLine(number, badge, stamp, _INVALID + "tijdstip niet leesbaar "
                               "(verwacht bijvoorbeeld 2026-11-27T08:01)"))
        else:
            scans.append(Scan(number, badge, stamp, at))
    return ParsedLog(count, tuple(scans), tuple(bad), header)


# --- pairing ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Visit:
    """The scans of one participant at one lesson: arrival, departure and the rest."""

    arrival: Scan
    departure: Scan | None
    duplicates: tuple[Scan, ...]  # within DUPLICATE_MINUTES of the previous kept scan
    between: tuple[Scan, ...]  # kept scans between the arrival and the departure

    @property
    def used(self) -> tuple[Scan, ...]:
        """The scans the mark is made of."""
        return (self.arrival,) if self.departure is None else (self.arrival, self.departure)


def pair_scans(scans: Iterable[Scan]) -> Visit:
    """In time order (whole minutes): the first is the arrival, the last kept one after it
    the departure.

    Raises:
        ValueError: no scans.
    """
    ordered = sorted(scans, key=lambda scan: (scan.minute, scan.line))
    if not ordered:
        raise ValueError("pair_scans needs at least one scan")
    window = timedelta(minutes=DUPLICATE_MINUTES)
    kept = [ordered[0]]
    duplicates = []
    for scan in ordered[1:]:
        if scan.minute - kept[-1].minute <= window:
            duplicates.append(scan)
        else:
            kept.append(scan)
    departure = kept[-1] if len(kept) > 1 else None
    return Visit(kept[0], departure, tuple(duplicates), tuple(kept[1:-1]))


# --- which lesson ----------------------------------------------------------------------
class LessonTimes(Protocol):
    @property
    def start_time(self) -> time: ...
    @property
    def end_time(self) -> time: ...
    @property
    def cancelled(self) -> bool: ...
    @property
    def group_code(self) -> str: ...


L = TypeVar("L", bound=LessonTimes)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


class LessonSpan(Protocol):
    @property
    def start_time(self) -> time: ...
    @property
    def end_time(self) -> time: ...


def scan_window(lesson: LessonSpan) -> tuple[time, time]:
    """The local times between which a scan belongs to `lesson` (both included): from
    EARLY_MARGIN_MINUTES before its start to LATE_MARGIN_MINUTES after its end, kept within
    the day. The one rule for the scanner log and for live scans at the register."""
    first = max(_minutes(lesson.start_time) - EARLY_MARGIN_MINUTES, 0)
    last = min(_minutes(lesson.end_time) + LATE_MARGIN_MINUTES, 24 * 60 - 1)
    return time(first // 60, first % 60), time(last // 60, last % 60)


def in_scan_window(lesson: LessonSpan, at: time) -> bool:
    """Whether a scan at local time `at` (whole minutes) belongs to `lesson` of that day."""
    first, last = scan_window(lesson)
    return _minutes(first) <= _minutes(at) <= _minutes(last)


def is_running(lesson: LessonTimes, at: time) -> bool:
    """start - EARLY_MARGIN_MINUTES <= at <= end + LATE_MARGIN_MINUTES (whole minutes)."""
    return in_scan_window(lesson, at)


def choose_lesson(lessons: Sequence[L], at: time) -> L | None:
    """The lesson (not cancelled) of a day that a scan at `at` belongs to, if any.

    Args:
        lessons: the day's lessons of the participant's groups.
    Returns:
        One running at `at` (margins included): preferably one with start <= at <= end,
        then the earliest start, then the group code.
    """
    running = [lesson for lesson in lessons if not lesson.cancelled and is_running(lesson, at)]
    if not running:
        return None
    now = _minutes(at)
    return min(running, key=lambda lesson: (
        not _minutes(lesson.start_time) <= now <= _minutes(lesson.end_time),
        lesson.start_time, lesson.group_code))


def no_lesson_reason(lessons: Sequence[LessonTimes], at: time) -> str:
    """Why `choose_lesson` found nothing: vervallen, not at that time, or no lesson at all."""
    held = sorted((lesson for lesson in lessons if not lesson.cancelled),
                  key=lambda lesson: (lesson.start_time, lesson.group_code))
    if any(lesson.cancelled and is_running(lesson, at) for lesson in lessons):
        return CANCELLED
    if held:
        spans = ", ".join(f"{lesson.start_time:%H:%M}–{lesson.end_time:%H:%M}"
                          for lesson in held)
        word = "les" if len(held) == 1 else "lessen"
        return f"geen les bezig om {at:%H:%M} ({word} {spans})"
    if lessons:
        return CANCELLED
    return NO_LESSON_THAT_DAY


# --- the mark --------------------------------------------------------------------------
def scanned_status(start: time, end: time, arrival: time, departure: time | None) -> str:
    """aanwezig, or te_laat / vroeg_weg as the times say (`hours.normalised_status`)."""
    return normalised_status(AttendanceStatus.PRESENT.value, start, end, arrival, departure)


def merge_mark(current: Content | None, start: time, end: time, arrival: time,
               departure: time | None) -> Content | None:
    """The mark the log asks for, merged with the current one.

    Args:
        current: the current mark's content; None (or status None, withdrawn): no mark.
        arrival, departure: the log's, in whole minutes.
    Returns:
        The content to record (equal to `current` when nothing changes), or None when the
        current mark is an absence (ziek, geoorloofd, ongeoorloofd) that a person set and
        the log must leave alone.
    """
    if current is None or current[0] is None:
        return (scanned_status(start, end, arrival, departure), arrival, departure, None)
    status, old_arrival, old_departure, note = current
    if status in ABSENT_KINDS:
        return None
    # The mark's times and the log's are one set of moments: the earliest is the arrival,
    # the latest the departure (unless it is within DUPLICATE_MINUTES of the arrival). So a
    # later log with only the afternoon scans still records the departure, and importing
    # the same log again gives the same mark.
    moments = [t for t in (old_arrival, old_departure, arrival, departure) if t is not None]
    first, last = min(moments), max(moments)
    if _minutes(last) - _minutes(first) <= DUPLICATE_MINUTES:
        return (scanned_status(start, end, first, None), first, None, note)
    return (scanned_status(start, end, first, last), first, last, note)


def kept_reason(status: str) -> str:
    """`staat al als ziek gemarkeerd; niet gewijzigd`."""
    return f"staat al als {STATUS_WORDS.get(status, status)} gemarkeerd; niet gewijzigd"
