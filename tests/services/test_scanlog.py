"""Importing a scanner log: marks for the lessons then running, reasons for every other line,
all or nothing, and a second import that changes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event, func, select

from bvmdesk.db.models import AttendanceMark, AuditEvent, Participant
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.base import Actor, PermissionDenied, ServiceError
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.scanlog import ScanLine, ScanLogService, ScanLogSummary, ScanMark
from tests.db import support
from tests.services.test_attendance_world import (
    add_lesson,
    add_mark,
    add_person,
    at,
    enrol,
    make_group,
)

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

DAY = date(2026, 11, 27)  # a Friday
SATURDAY = date(2026, 11, 28)
START, END = time(8, 30), time(16, 0)


@dataclass(frozen=True)
class ScanWorld:
    """LAS-1 has a lesson on DAY 08:30-16:00; CNC-2's lesson that day is cancelled."""

    lesson: uuid.UUID
    cancelled: uuid.UUID
    people: dict[str, uuid.UUID]  # by badge


def build_scan_world(services: Services, instructor: str = "docent") -> ScanWorld:
    """Anna A123, Bram 0042, Eva E900 (ziek) and Fleur F314 (untimed aanwezig) in LAS-1;
    Cor C777 only in CNC-2; Dirk D500 in no group; Gijs G100 left LAS-1 before DAY. Both
    groups are taught by the account `instructor`."""
    las = make_group(services, "LAS-1", instructor=instructor)
    cnc = make_group(services, "CNC-2", instructor=instructor)
    lesson = add_lesson(services, las, DAY, start=START, end=END)
    cancelled = add_lesson(services, cnc, DAY, start=START, end=time(12, 0), cancelled=True)
    add_lesson(services, las, DAY - timedelta(days=7), start=START, end=END)
    people = {}
    for number, first, last, badge in [
            ("S-01", "Anna", "Bakker", "A123"), ("S-02", "Bram", "Vries", "0042"),
            ("S-03", "Cor", "Claassen", "C777"), ("S-04", "Dirk", "Dekker", "D500"),
            ("S-05", "Eva", "Evers", "E900"), ("S-06", "Fleur", "Fokker", "F314"),
            ("S-07", "Gijs", "Gerritsen", "G100")]:
        people[badge] = add_person(services, number, first, last, badge=badge,
                                   prefix="de" if badge == "0042" else None)
    for badge in ("A123", "0042", "E900", "F314"):
        enrol(services, people[badge], las, date(2026, 8, 31))
    enrol(services, people["G100"], las, date(2026, 8, 31), end=DAY - timedelta(days=1))
    enrol(services, people["C777"], cnc, date(2026, 8, 31))
    add_mark(services, lesson, people["E900"], "ziek")
    add_mark(services, lesson, people["F314"], "aanwezig")
    return ScanWorld(lesson, cancelled, people)


LOG = """badge;tijdstip
A123;2026-11-27T08:25:41
0042;2026-11-27 08:47
A123;2026-11-27T08:27

A123;2026-11-27T15:10:05
ZZZ9;2026-11-27T08:01
A123;2026-11-27T19:05
A123;2026-11-28T09:00
C777;2026-11-27T08:30
D500;2026-11-27T08:30
E900;2026-11-27T08:20
F314;2026-11-27T08:35
G100;2026-11-27T08:30
kapot
"""


MORNING = at(DAY, 7, 0)


def scanlog_for(services: Services, now: datetime = MORNING) -> ScanLogService:
    return ScanLogService(sessions_of(services),
                          AttendanceService(sessions_of(services), now=lambda: now))


@pytest.fixture
def world(services: Services) -> ScanWorld:
    return build_scan_world(services)


def _current(services: Services, lesson: uuid.UUID,
             person: uuid.UUID) -> tuple[str | None, time | None, time | None] | None:
    attendance = AttendanceService(sessions_of(services))
    row = next(r for r in attendance.register(Actor.cli(), lesson).rows
               if r.participant_id == person)
    return None if row.mark is None else (row.mark.status, row.mark.arrival_time,
                                          row.mark.departure_time)


def _counts(services: Services) -> tuple[int, int]:
    with sessions_of(services).read() as s:
        return (s.scalar(select(func.count()).select_from(AttendanceMark)) or 0,
                s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _mark_ids(services: Services) -> set[uuid.UUID]:
    with sessions_of(services).read() as s:
        return set(s.scalars(select(AttendanceMark.id)))


def _import(services: Services, actor: Actor, text: str = LOG, name: str = "scans.csv",
            now: datetime = MORNING) -> ScanLogSummary:
    return scanlog_for(services, now).import_scans(actor, text.encode("utf-8"), name)


def _reasons(lines: tuple[ScanLine, ...]) -> dict[int, str]:
    return {line.line: line.reason for line in lines}


def test_the_whole_log_line_by_line(services: Services, world: ScanWorld,
                                    instructor: Actor) -> None:
    summary = _import(services, instructor)
    assert (summary.filename, summary.lines, summary.scans) == ("scans.csv", 14, 12)
    assert summary.marked == (
        ScanMark("S-01", "Anna Bakker", "LAS-1", DAY, START, "vroeg_weg", time(8, 25),
                 time(15, 10), (2, 6)),
        ScanMark("S-06", "Fleur Fokker", "LAS-1", DAY, START, "te_laat", time(8, 35), None,
                 (13,)),
        ScanMark("S-02", "Bram de Vries", "LAS-1", DAY, START, "te_laat", time(8, 47), None,
                 (3,)),  # sorted as the register sorts: by last name
    )
    assert summary.unchanged == ()
    assert summary.skipped == (
        ScanLine(4, "A123", "2026-11-27T08:27", "dubbele scan"),
        ScanLine(12, "E900", "2026-11-27T08:20", "staat al als ziek gemarkeerd; niet gewijzigd"),
    )
    assert summary.unmatched == (
        ScanLine(7, "ZZZ9", "2026-11-27T08:01", "onbekende badge"),
        ScanLine(8, "A123", "2026-11-27T19:05", "geen les bezig om 19:05 (les 08:30–16:00)"),
        ScanLine(9, "A123", "2026-11-28T09:00", "geen les op deze dag"),
        ScanLine(10, "C777", "2026-11-27T08:30", "les vervallen"),
        ScanLine(11, "D500", "2026-11-27T08:30", "niet van uw groepen"),  # in no group
        ScanLine(14, "G100", "2026-11-27T08:30", "geen les op deze dag"),  # enrolment ended
        ScanLine(15, "kapot", "", "ongeldige regel: geen scheidingsteken (verwacht "
                 "badge;tijdstip)"),
    )
    people = world.people
    assert _current(services, world.lesson, people["A123"]) == ("vroeg_weg", time(8, 25),
                                                               time(15, 10))
    assert _current(services, world.lesson, people["0042"]) == ("te_laat", time(8, 47), None)
    assert _current(services, world.lesson, people["E900"]) == ("ziek", None, None)
    assert _current(services, world.lesson, people["F314"]) == ("te_laat", time(8, 35), None)


def test_on_time_is_aanwezig_with_its_time(services: Services, world: ScanWorld,
                                           instructor: Actor) -> None:
    summary = _import(services, instructor, "A123;2026-11-27T08:30:59\n")
    assert [(m.status, m.arrival_time, m.departure_time) for m in summary.marked] == [
        ("aanwezig", time(8, 30), None)]
    assert _current(services, world.lesson, world.people["A123"]) == ("aanwezig", time(8, 30),
                                                                     None)
    late = _import(services, instructor, "0042,2026-11-27T08:31\n")
    assert late.marked[0].status == "te_laat"
    both = _import(services, instructor, "0042;2026-11-27T08:31\n0042;2026-11-27T16:20\n")
    assert [(m.status, m.arrival_time, m.departure_time) for m in both.marked] == [
        ("te_laat", time(8, 31), time(16, 20))]
    # A later log with only the afternoon scan: the mark's arrival and the log's scan are
    # one set of moments, so the departure is recorded; importing it again changes nothing.
    alone = _import(services, instructor, "A123;2026-11-27T15:00\n")
    assert [(m.status, m.arrival_time, m.departure_time) for m in alone.marked] == [
        ("vroeg_weg", time(8, 30), time(15, 0))]
    again = _import(services, instructor, "A123;2026-11-27T15:00\n")
    assert again.marked == () and again.unchanged[0].departure_time == time(15, 0)


def test_an_offset_is_amsterdam_time(services: Services, world: ScanWorld,
                                     instructor: Actor) -> None:
    summary = _import(services, instructor, "A123;2026-11-27T07:20:00Z\n"
                      "A123;2026-11-27T14:00:00Z\n")
    assert [(m.status, m.arrival_time, m.departure_time) for m in summary.marked] == [
        ("vroeg_weg", time(8, 20), time(15, 0))]


def test_the_same_log_twice_changes_nothing(services: Services, world: ScanWorld,
                                            instructor: Actor) -> None:
    first = _import(services, instructor)
    counts, ids = _counts(services), _mark_ids(services)
    again = _import(services, instructor)
    assert again.marked == ()
    assert again.unchanged == first.marked
    assert (again.skipped, again.unmatched) == (first.skipped, first.unmatched)
    assert _counts(services) == counts and _mark_ids(services) == ids


def test_a_later_log_adds_the_departure_to_a_live_scan(services: Services, world: ScanWorld,
                                                       instructor: Actor) -> None:
    attendance = AttendanceService(sessions_of(services), now=lambda: at(DAY, 8, 0))
    attendance.scan(instructor, world.lesson, "A123", time(8, 20))
    summary = _import(services, instructor, "A123;2026-11-27T08:21\nA123;2026-11-27T15:00\n")
    assert [(m.status, m.arrival_time, m.departure_time) for m in summary.marked] == [
        ("vroeg_weg", time(8, 20), time(15, 0))]
    # The log's own arrival (08:21) is later than the live one: the earlier one stays.
    assert _import(services, instructor, "A123;2026-11-27T08:21\n").unchanged[0].status == (
        "vroeg_weg")


def test_an_untimed_aanwezig_takes_the_logs_times_and_keeps_its_note(
        services: Services, world: ScanWorld, instructor: Actor) -> None:
    anna = world.people["A123"]
    attendance = AttendanceService(sessions_of(services), now=lambda: at(DAY, 8, 0))
    attendance.set_mark(instructor, world.lesson, anna, "aanwezig", note="kwam met de trein")
    summary = _import(services, instructor, "A123;2026-11-27T08:10\nA123;2026-11-27T16:02\n")
    assert [(m.status, m.arrival_time, m.departure_time) for m in summary.marked] == [
        ("aanwezig", time(8, 10), time(16, 2))]
    history = attendance.history(instructor, world.lesson, anna)
    assert history[0].note == "kwam met de trein" and history[0].supersedes_id == history[1].id


@pytest.mark.parametrize(("status", "word"), [("ziek", "ziek"),
                                              ("geoorloofd", "geoorloofd afwezig"),
                                              ("ongeoorloofd", "ongeoorloofd afwezig")])
def test_an_absence_is_kept_and_its_lines_skipped(services: Services, world: ScanWorld,
                                                  instructor: Actor, status: str,
                                                  word: str) -> None:
    anna = world.people["A123"]
    add_mark(services, world.lesson, anna, status)
    counts = _counts(services)
    summary = _import(services, instructor, "A123;2026-11-27T08:10\nA123;2026-11-27T08:12\n"
                      "A123;2026-11-27T16:02\n")
    assert summary.marked == summary.unchanged == ()
    reason = f"staat al als {word} gemarkeerd; niet gewijzigd"
    assert _reasons(summary.skipped) == {1: reason, 2: "dubbele scan", 3: reason}
    assert _current(services, world.lesson, anna) == (status, None, None)
    assert _counts(services) == counts


def test_a_withdrawn_mark_is_written_over(services: Services, world: ScanWorld,
                                          instructor: Actor) -> None:
    anna = world.people["A123"]
    first = add_mark(services, world.lesson, anna, "te_laat", time(9, 0))
    add_mark(services, world.lesson, anna, None, supersedes=first)
    summary = _import(services, instructor, "A123;2026-11-27T08:10\n")
    assert summary.marked[0].status == "aanwezig"
    assert _current(services, world.lesson, anna) == ("aanwezig", time(8, 10), None)


def test_in_between_scans_and_the_last_one_is_the_departure(
        services: Services, world: ScanWorld, instructor: Actor) -> None:
    summary = _import(services, instructor, "\n".join([
        "A123;2026-11-27T16:05", "A123;2026-11-27T12:00", "A123;2026-11-27T08:29",
        "A123;2026-11-27T12:31", "A123;2026-11-27T12:35"]))
    assert [(m.status, m.arrival_time, m.departure_time, m.lines) for m in summary.marked] == [
        ("aanwezig", time(8, 29), time(16, 5), (3, 1))]
    assert _reasons(summary.skipped) == {2: "tussenliggende scan", 4: "tussenliggende scan",
                                         5: "dubbele scan"}


def test_after_the_lesson_day_the_marks_carry_the_logs_name(
        services: Services, world: ScanWorld, instructor: Actor) -> None:
    later = at(DAY + timedelta(days=3), 10, 0)
    _import(services, instructor, "A123;2026-11-27T08:10\n", name="poort-27nov.csv", now=later)
    history = AttendanceService(sessions_of(services)).history(instructor, world.lesson,
                                                           world.people["A123"])
    assert [(m.status, m.reason, m.recorded_by) for m in history] == [
        ("aanwezig", "scanlog poort-27nov.csv", "docent")]
    with sessions_of(services).read() as s:
        last = s.execute(select(AuditEvent.action, AuditEvent.detail, AuditEvent.actor)
                         .order_by(AuditEvent.sequence.desc()).limit(1)).one()
    assert tuple(last) == ("attendance.mark", "scanlog poort-27nov.csv", "docent")


def test_the_services_container_has_it(services: Services, world: ScanWorld,
                                       admin: Actor) -> None:
    summary = services.scanlog.import_scans(admin, b"A123;2026-11-27T08:10\n", "a.csv")
    assert len(summary.marked) == 1


def test_a_viewer_may_not_import(services: Services, world: ScanWorld) -> None:
    counts = _counts(services)
    with pytest.raises(PermissionDenied):
        _import(services, Actor.viewer())
    assert _counts(services) == counts


def test_no_valid_scan_line_is_refused_and_writes_nothing(
        services: Services, world: ScanWorld, instructor: Actor) -> None:
    counts = _counts(services)
    for text in ("", "\n\n", "badge;tijdstip\n", "kapot\nA123;gisteren\n;2026-11-27T08:00\n"):
        with pytest.raises(ServiceError) as refused:
            _import(services, instructor, text, name="leeg.csv")
        assert str(refused.value) == ("Geen scans gevonden in leeg.csv: verwacht per regel "
                                      "badge;tijdstip.")
    with pytest.raises(ServiceError, match="geen UTF-8- of Windows-1252-tekst"):
        scanlog_for(services).import_scans(instructor, b"A123;\x81\xff\x00\x9d", "x.csv")
    assert _counts(services) == counts


def test_cancelled_halfway_leaves_nothing(services: Services, world: ScanWorld,
                                          instructor: Actor) -> None:
    counts = _counts(services)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # after two marks were written

    with pytest.raises(ServiceError, match=r"^Geannuleerd: er is niets gewijzigd\.$"):
        scanlog_for(services).import_scans(instructor, LOG.encode(), "scans.csv",
                                           cancelled=cancelled)
    assert _counts(services) == counts


def test_bom_and_windows_1252(services: Services, world: ScanWorld, instructor: Actor) -> None:
    with sessions_of(services).write("test") as s:
        person = s.get(Participant, world.people["A123"])
        assert person is not None
        person.badge = "É-123"
    bom = "Badge;Tijdstip\r\nÉ-123;2026-11-27T08:10\r\n".encode("utf-8-sig")
    summary = scanlog_for(services).import_scans(instructor, bom, "bom.csv")
    assert (summary.lines, summary.scans, len(summary.marked)) == (2, 1, 1)
    cp1252 = "É-123;2026-11-27T08:10\r\nÉ-123;2026-11-27T16:10\r\n".encode("cp1252")
    later = scanlog_for(services).import_scans(instructor, cp1252, "oud.csv")
    assert [(m.arrival_time, m.departure_time) for m in later.marked] == [
        (time(8, 10), time(16, 10))]


def test_a_deleted_participant_is_an_unknown_badge(services: Services, world: ScanWorld,
                                                   instructor: Actor) -> None:
    from bvmdesk.db.session import utcnow

    with sessions_of(services).write("test") as s:
        person = s.get(Participant, world.people["A123"])
        assert person is not None
        person.deleted_at = utcnow()
    summary = _import(services, instructor, " A123 ;2026-11-27T08:10\n")
    assert _reasons(summary.unmatched) == {1: "onbekende badge"}


def test_two_lessons_a_day_each_get_their_scans(services: Services, world: ScanWorld,
                                                instructor: Actor) -> None:
    group = make_group(services, "MIG-3")
    morning = add_lesson(services, group, SATURDAY, start=time(8, 30), end=time(12, 0))
    afternoon = add_lesson(services, group, SATURDAY, start=time(12, 30), end=time(16, 0))
    anna = world.people["A123"]
    enrol(services, anna, group, date(2026, 11, 1))
    summary = _import(services, instructor, "\n".join([
        "A123;2026-11-28T08:20", "A123;2026-11-28T12:05", "A123;2026-11-28T12:40",
        "A123;2026-11-28T16:10"]))
    assert [(m.start_time, m.status, m.arrival_time, m.departure_time)
            for m in summary.marked] == [
        (time(8, 30), "aanwezig", time(8, 20), time(12, 5)),
        (time(12, 30), "te_laat", time(12, 40), time(16, 10))]
    assert _current(services, morning, anna) == ("aanwezig", time(8, 20), time(12, 5))
    assert _current(services, afternoon, anna) == ("te_laat", time(12, 40), time(16, 10))


@pytest.fixture
def statements(services: Services) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(sessions_of(services).engine, "before_cursor_execute", count)
    yield seen
    event.remove(sessions_of(services).engine, "before_cursor_execute", count)


def test_reading_is_set_based_not_per_line(services: Services, world: ScanWorld,
                                           instructor: Actor, statements: list[str]) -> None:
    group = make_group(services, "BIG-1")
    add_lesson(services, group, DAY, start=START, end=END)
    lines = []
    for n in range(60):
        badge = f"BIG{n:03d}"
        enrol(services, add_person(services, f"B-{n:03d}", "Test", f"Persoon {n}",
                                   badge=badge), group, date(2026, 9, 1))
        lines += [f"{badge};2026-11-27T08:{n % 30:02d}", f"{badge};2026-11-27T15:{n % 60:02d}"]
    log = "\n".join(lines)
    assert len(_import(services, instructor, log).marked) == 60
    statements.clear()
    again = _import(services, instructor, log)  # reads only: everything is unchanged
    assert len(again.unchanged) == 60
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 6 + 2, selects  # 2: the instructor's groups and participants
