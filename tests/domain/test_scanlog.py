"""A scanner log: reading lines and timestamps, pairing scans, the lesson and the mark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

import pytest

from bvmdesk.domain.scanlog import (
    CANCELLED,
    DUPLICATE_MINUTES,
    EARLY_MARGIN_MINUTES,
    LATE_MARGIN_MINUTES,
    NO_LESSON_THAT_DAY,
    Scan,
    choose_lesson,
    in_scan_window,
    kept_reason,
    merge_mark,
    no_lesson_reason,
    pair_scans,
    parse_scan_log,
    parse_timestamp,
    scan_window,
    scanned_status,
)


# --- timestamps ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-27T08:01:33", datetime(2026, 11, 27, 8, 1, 33)),
    ("2026-11-27 08:01", datetime(2026, 11, 27, 8, 1)),
    ("2026-11-27  8:01", datetime(2026, 11, 27, 8, 1)),
    ("2026-11-27t08:01:33.250", datetime(2026, 11, 27, 8, 1, 33, 250000)),
    # winter: UTC+1; summer: UTC+2 (the wall clock in Amsterdam is what counts)
    ("2026-11-27T07:01:33Z", datetime(2026, 11, 27, 8, 1, 33)),
    ("2026-06-15T06:30z", datetime(2026, 6, 15, 8, 30)),
    ("2026-11-27T08:01+01:00", datetime(2026, 11, 27, 8, 1)),
    ("2026-11-27T09:01:00+0200", datetime(2026, 11, 27, 8, 1)),
    ("2026-11-27T02:01-05:00", datetime(2026, 11, 27, 8, 1)),
    ("2026-11-26T23:30:00Z", datetime(2026, 11, 27, 0, 30)),  # the date moves too
])
def test_timestamps_are_read_as_amsterdam_wall_clock(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("46353.334027777776", datetime(2026, 11, 27, 8, 1)),  # Excel's own: openpyxl reads it
    ("46353,334027777776", datetime(2026, 11, 27, 8, 1)),  # saved with a decimal comma
    ("46353.5", datetime(2026, 11, 27, 12, 0)),
    (" 46353 ", datetime(2026, 11, 27, 0, 0)),
])
def test_excel_serial_numbers_are_local_times(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected


def test_a_log_saved_from_excel_reads_as_scans() -> None:
    log = parse_scan_log('badge;tijdstip\r\nA123;46353,334027777776\r\n"B7";"46353.5"\r\n')
    assert [(s.badge, s.at) for s in log.scans] == [
        ("A123", datetime(2026, 11, 27, 8, 1)), ("B7", datetime(2026, 11, 27, 12, 0))]


def test_quoted_fields_hold_the_separator_and_doubled_quotes() -> None:
    log = parse_scan_log('"A,1","2026-11-27 08:01","te laat, bus"\n'
                         'B2;2026-11-27 08:02;"zei ""hoi"""\n')
    assert [(s.line, s.badge) for s in log.scans] == [(1, "A,1"), (2, "B2")]
    assert log.bad == ()


@pytest.mark.parametrize("text", [
    "", "2026-11-27", "08:01", "4635", "463530", "46353.5.1", "-46353",
    "27-11-2026 08:01", "2026-11-31T08:01", "2026-11-27T25:00",
    "2026-11-27T08:1", "morgen", "2026-11-27T08:01 uur", "2026-11-27T08:01+25:00",
])
def test_what_is_not_a_timestamp(text: str) -> None:
    assert parse_timestamp(text) is None


# --- lines -----------------------------------------------------------------------------
def test_semicolons_commas_quotes_and_empty_lines() -> None:
    log = parse_scan_log(
        "A123;2026-11-27T08:01:33\r\n"
        "\r\n"
        "0042,2026-11-27 08:02\r\n"
        '  "B 7" ; "2026-11-27 08:03"  ;extra\r\n'
        "   \n"
        "C9;2026-11-27T08:04;\n")
    assert log.lines == 4 and log.header_line is None and log.bad == ()
    assert [(s.line, s.badge, s.timestamp, s.at) for s in log.scans] == [
        (1, "A123", "2026-11-27T08:01:33", datetime(2026, 11, 27, 8, 1, 33)),
        (3, "0042", "2026-11-27 08:02", datetime(2026, 11, 27, 8, 2)),
        (4, "B 7", "2026-11-27 08:03", datetime(2026, 11, 27, 8, 3)),
        (6, "C9", "2026-11-27T08:04", datetime(2026, 11, 27, 8, 4)),
    ]
    assert log.scans[0].minute == datetime(2026, 11, 27, 8, 1)


@pytest.mark.parametrize("header", ["badge;tijdstip", "Badge,Timestamp", "BADGE NUMMER;tijd",
                                    "badge_id;scan-tijd", '"Badge";"Tijdstip"', "badge"])
def test_a_header_line_is_skipped(header: str) -> None:
    log = parse_scan_log(f"\n{header}\nA123;2026-11-27T08:01\n")
    assert log.header_line == 2 and log.bad == ()
    assert log.lines == 2 and [s.line for s in log.scans] == [3]


def test_only_the_first_line_can_be_a_header_and_a_badge_with_digits_never_is() -> None:
    later = parse_scan_log("A123;2026-11-27T08:01\nbadge;tijdstip\n")
    assert later.header_line is None
    assert [(b.line, b.reason) for b in later.bad] == [
        (2, "ongeldige regel: tijdstip niet leesbaar (verwacht bijvoorbeeld 2026-11-27T08:01)")]
    first = parse_scan_log("A123;gisteren\nB1;2026-11-27T08:01\n")
    assert first.header_line is None and [b.line for b in first.bad] == [1]
    word_badge = parse_scan_log("ABC;2026-11-27T08:01\n")  # a timestamp: a scan, not a header
    assert word_badge.header_line is None and len(word_badge.scans) == 1


def test_line_numbers_are_an_editors_line_numbers() -> None:
    log = parse_scan_log("A1;2026-11-27T08:01\rA2;2026-11-27T08:02\x0c\nA3;2026-11-27T08:03")
    assert [(s.line, s.badge) for s in log.scans] == [(1, "A1"), (2, "A2"), (3, "A3")]


def test_a_leading_bom_character_is_no_part_of_the_first_badge() -> None:
    log = parse_scan_log("\ufeffA123;2026-11-27T08:01\n")
    assert log.scans[0].badge == "A123"


def test_malformed_lines_say_why() -> None:
    log = parse_scan_log("badge;tijd\nA123 2026-11-27T08:01\n;2026-11-27T08:01\nA123;\n"
                         "A123;27-11-2026 08:01\nA123;2026-11-27T08:01\n")
    assert [(b.line, b.badge, b.timestamp, b.reason) for b in log.bad] == [
        (2, "A123 2026-11-27T08:01", "",
         "ongeldige regel: geen scheidingsteken (verwacht badge;tijdstip)"),
        (3, "", "2026-11-27T08:01", "ongeldige regel: badge ontbreekt"),
        (4, "A123", "", "ongeldige regel: tijdstip ontbreekt"),
        (5, "A123", "27-11-2026 08:01",
         "ongeldige regel: tijdstip niet leesbaar (verwacht bijvoorbeeld 2026-11-27T08:01)"),
    ]
    assert log.lines == 6 and [s.line for s in log.scans] == [6]


# --- pairing ---------------------------------------------------------------------------
def _scan(line: int, hour: int, minute: int, second: int = 0) -> Scan:
    at = datetime(2026, 11, 27, hour, minute, second)
    return Scan(line, "A123", at.isoformat(), at)


def test_one_scan_is_an_arrival_only() -> None:
    visit = pair_scans([_scan(1, 8, 25)])
    assert visit.arrival.line == 1 and visit.departure is None
    assert visit.duplicates == () and visit.between == () and visit.used == (visit.arrival,)


def test_duplicates_in_between_and_departure_in_time_order() -> None:
    scans = [
        _scan(7, 16, 2),          # departure (last kept)
        _scan(1, 8, 25, 59),      # arrival
        _scan(2, 8, 26, 1),       # duplicate of the arrival
        _scan(3, 8, 35, 30),      # 10 minutes after 08:25 (whole minutes): duplicate
        _scan(4, 12, 0),          # lunch: in between
        _scan(5, 12, 36),         # in between
        _scan(6, 12, 40),         # duplicate of 12:36
        _scan(8, 16, 5),          # duplicate of the departure
    ]
    visit = pair_scans(scans)
    assert visit.arrival.line == 1
    assert visit.departure is not None and visit.departure.line == 7
    assert [s.line for s in visit.duplicates] == [2, 3, 6, 8]
    assert [s.line for s in visit.between] == [4, 5]
    assert [s.line for s in visit.used] == [1, 7]


def test_the_duplicate_window_is_measured_from_the_previous_kept_scan() -> None:
    minutes = DUPLICATE_MINUTES
    visit = pair_scans([_scan(1, 8, 0), _scan(2, 8, minutes), _scan(3, 8, 2 * minutes)])
    # 08:10 is a duplicate of 08:00; 08:20 is more than 10 minutes after 08:00: kept.
    assert [s.line for s in visit.duplicates] == [2]
    assert visit.departure is not None and visit.departure.line == 3


def test_pairing_nothing_is_a_bug() -> None:
    with pytest.raises(ValueError):
        pair_scans([])


# --- the lesson ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Lesson:
    start_time: time
    end_time: time
    group_code: str = "LAS-1"
    cancelled: bool = False


DAY = _Lesson(time(8, 30), time(16, 0))


def test_a_lesson_runs_from_half_an_hour_before_to_half_an_hour_after() -> None:
    assert EARLY_MARGIN_MINUTES == LATE_MARGIN_MINUTES == 30
    assert choose_lesson([DAY], time(8, 0)) is DAY
    assert choose_lesson([DAY], time(7, 59)) is None
    assert choose_lesson([DAY], time(16, 30)) is DAY
    assert choose_lesson([DAY], time(16, 31)) is None


def test_the_scan_window_is_one_rule_kept_within_the_day() -> None:
    assert scan_window(DAY) == (time(8, 0), time(16, 30))
    assert in_scan_window(DAY, time(8, 0)) and in_scan_window(DAY, time(16, 30))
    assert not in_scan_window(DAY, time(3, 36)) and not in_scan_window(DAY, time(16, 31))
    night = _Lesson(time(0, 10), time(23, 50))
    assert scan_window(night) == (time(0, 0), time(23, 59))


def test_a_lesson_in_progress_wins_then_the_earliest_then_the_group() -> None:
    morning = _Lesson(time(8, 30), time(12, 0), "B")
    afternoon = _Lesson(time(12, 30), time(16, 0), "A")
    assert choose_lesson([afternoon, morning], time(12, 10)) is morning  # after its end
    assert choose_lesson([morning, afternoon], time(12, 25)) is morning  # both in margins
    assert choose_lesson([morning, afternoon], time(12, 30)) is afternoon  # in progress
    twin = _Lesson(time(8, 30), time(12, 0), "A")
    assert choose_lesson([morning, twin], time(9, 0)) is twin


def test_reasons_when_no_lesson_runs() -> None:
    cancelled = _Lesson(time(8, 30), time(16, 0), cancelled=True)
    assert choose_lesson([cancelled], time(9, 0)) is None
    assert no_lesson_reason([cancelled], time(9, 0)) == CANCELLED == "les vervallen"
    assert no_lesson_reason([DAY], time(19, 5)) == "geen les bezig om 19:05 (les 08:30–16:00)"
    two = [_Lesson(time(13, 0), time(16, 0), "B"), _Lesson(time(8, 30), time(12, 0), "A")]
    assert no_lesson_reason(two, time(19, 5)) == ("geen les bezig om 19:05 (lessen "
                                                  "08:30–12:00, 13:00–16:00)")
    assert no_lesson_reason([cancelled], time(19, 5)) == CANCELLED
    assert no_lesson_reason([], time(9, 0)) == NO_LESSON_THAT_DAY == "geen les op deze dag"


# --- the mark --------------------------------------------------------------------------
START, END = time(8, 30), time(16, 0)


def test_status_from_arrival_and_departure() -> None:
    assert scanned_status(START, END, time(8, 30), None) == "aanwezig"
    assert scanned_status(START, END, time(8, 31), None) == "te_laat"
    assert scanned_status(START, END, time(8, 20), time(15, 0)) == "vroeg_weg"
    assert scanned_status(START, END, time(8, 45), time(15, 0)) == "te_laat"
    assert scanned_status(START, END, time(8, 20), time(16, 0)) == "aanwezig"


def test_no_mark_or_a_withdrawn_one_gets_the_log() -> None:
    expected = ("vroeg_weg", time(8, 20), time(15, 0), None)
    assert merge_mark(None, START, END, time(8, 20), time(15, 0)) == expected
    withdrawn = (None, time(8, 0), None, "oud")
    assert merge_mark(withdrawn, START, END, time(8, 20), time(15, 0)) == expected


def test_a_present_mark_takes_the_earlier_arrival_and_the_later_departure() -> None:
    untimed = ("aanwezig", None, None, "met de trein")
    assert merge_mark(untimed, START, END, time(8, 40), None) == (
        "te_laat", time(8, 40), None, "met de trein")
    live = ("te_laat", time(8, 40), None, None)
    assert merge_mark(live, START, END, time(8, 25), time(16, 5)) == (
        "aanwezig", time(8, 25), time(16, 5), None)
    left = ("vroeg_weg", time(8, 20), time(14, 0), None)
    assert merge_mark(left, START, END, time(8, 29), time(15, 0)) == (
        "vroeg_weg", time(8, 20), time(15, 0), None)
    assert merge_mark(left, START, END, time(8, 20), time(14, 0)) == left  # nothing new
    # All moments count together: a departure-only mark of 08:00 and a log scan of 08:20
    # become 08:00-08:20.
    odd = ("vroeg_weg", None, time(8, 0), None)
    assert merge_mark(odd, START, END, time(8, 20), None) == (
        "vroeg_weg", time(8, 0), time(8, 20), None)
    # A scan within the duplicate window of the mark's arrival adds nothing.
    assert merge_mark(live, START, END, time(8, 45), None) == live


def test_a_later_log_with_only_the_afternoon_scan_records_the_departure() -> None:
    morning = ("aanwezig", time(8, 25), None, None)  # from the morning's log or a live scan
    afternoon = merge_mark(morning, START, END, time(15, 0), None)
    assert afternoon == ("vroeg_weg", time(8, 25), time(15, 0), None)
    # Importing either log again changes nothing.
    assert merge_mark(afternoon, START, END, time(15, 0), None) == afternoon
    assert merge_mark(afternoon, START, END, time(8, 25), None) == afternoon


@pytest.mark.parametrize(("status", "word"), [("ziek", "ziek"),
                                              ("geoorloofd", "geoorloofd afwezig"),
                                              ("ongeoorloofd", "ongeoorloofd afwezig")])
def test_an_absence_set_by_a_person_is_left_alone(status: str, word: str) -> None:
    assert merge_mark((status, None, None, "belde om 7:30"), START, END, time(8, 20),
                      None) is None
    assert kept_reason(status) == f"staat al als {word} gemarkeerd; niet gewijzigd"
