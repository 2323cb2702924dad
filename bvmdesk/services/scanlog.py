"""Importing a badge scanner's log: arrival and departure marks for the lessons then running.

One file is one unit of work: the lessons, enrolments and current marks are read once (set
based), every mark is decided in Python, and the new ones go in together through
`AttendanceService.write_many` (append-only, one audit event each, with the reason
`scanlog NAME`), or nothing does.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import AttendanceMark, Enrolment, Lesson, Participant, Site
from bvmdesk.db.session import Sessions
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.scanlog import (
    BETWEEN,
    DUPLICATE,
    UNKNOWN_BADGE,
    Content,
    Scan,
    choose_lesson,
    kept_reason,
    merge_mark,
    no_lesson_reason,
    pair_scans,
    parse_scan_log,
)
from bvmdesk.domain.text import display_name, fold, sort_name
from bvmdesk.services import locks, scope
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.attendance_common import covers, current_marks, lesson_infos, lesson_query
from bvmdesk.services.attendance_types import LessonInfo
from bvmdesk.services.base import Actor, ServiceError, refuse_own_database
from bvmdesk.services.exchange.textfiles import MAX_SCAN_LOG_BYTES, decode_text
from bvmdesk.services.retry import run_write

CHUNK = 500  # values per IN (...): far below SQLite's and PostgreSQL's parameter limits
_MAX_REASON = 200
CANCELLED = "Geannuleerd: er is niets gewijzigd."
NOT_YOURS = "niet van uw groepen"  # an instructor's import leaves others' lessons alone
T = TypeVar("T")


@dataclass(frozen=True)
class ScanMark:
    """A mark the log made (or would have made, when it was already so)."""

    participant: str  # the participant number
    name: str
    group: str  # the group code
    date: date
    start_time: time  # of the lesson
    status: str
    arrival_time: time | None
    departure_time: time | None
    lines: tuple[int, ...]  # the lines of the arrival and the departure


@dataclass(frozen=True)
class ScanLine:
    """A line that made no mark, and why (Dutch)."""

    line: int  # 1-based, as an editor numbers the file's lines
    badge: str
    timestamp: str  # as written
    reason: str


@dataclass(frozen=True)
class ScanLogSummary:
    filename: str
    lines: int  # non-empty lines read
    scans: int  # valid scan lines
    marked: tuple[ScanMark, ...]  # written
    unchanged: tuple[ScanMark, ...]  # the current mark already said this
    skipped: tuple[ScanLine, ...]  # duplicates, in-between scans, absences left alone
    unmatched: tuple[ScanLine, ...]  # unknown badge, no lesson, unreadable line


@dataclass(frozen=True)
class _Person:
    id: uuid.UUID
    number: str
    name: str
    sort_key: str  # as the register sorts: last name first, without accents


def _chunks(values: Iterable[T]) -> Iterator[list[T]]:
    items = list(values)
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _content(mark: AttendanceMark | None) -> Content | None:
    if mark is None:
        return None
    return (mark.status, mark.arrival_time, mark.departure_time, mark.note)


def _line(scan: Scan, reason: str) -> ScanLine:
    return ScanLine(scan.line, scan.badge, scan.timestamp, reason)


class ScanLogService:
    """`import_scans`: a scanner log in, marks out, with a line-by-line account."""

    def __init__(self, sessions: Sessions, attendance: AttendanceService) -> None:
        self._sessions = sessions
        self._attendance = attendance

    def read_log(self, path: Path | str) -> bytes:
        """The bytes of the log at `path`: a pipe or a device is refused unread, so is a
        file over the limit, and so is the database file itself.

        Raises:
            ServiceError: the database itself, or refused by textfiles.read_bytes;
            OSError: the file cannot be read.
        """
        from bvmdesk.services.exchange.textfiles import read_bytes

        refuse_own_database(self._sessions.engine.url.database, path)
        return read_bytes(Path(path))

    def import_scans(self, actor: Actor, data: bytes, filename: str, *,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ScanLogSummary:
        """Read a log of `badge;timestamp` lines and record what it says, all or nothing.

        Args:
            data: the file's bytes (a BOM means UTF-8, else UTF-8, else Windows-1252), read
                by the exchange's rules (`textfiles`): quoted fields, `;` or `,`.
            filename: named in the summary and in each mark's reason (`scanlog NAME`).
            progress: called with (done, total) while the marks are written.
            cancelled: returning True rolls everything back.
        An instructor's import marks only the lessons of their own groups (`scope`); a scan
        of another group's lesson, or of a badge of someone not in their groups, is listed
        as unmatched ("niet van uw groepen") without a name.

        Raises:
            PermissionDenied: the actor may not record attendance.
            ServiceError: not text (UTF-16, binary, ...), over MAX_SCAN_LOG_BYTES or with a
                line over MAX_LINE_BYTES, no valid scan line at all, or cancelled.
        """
        actor.require(Permission.RECORD_ATTENDANCE)
        text = decode_text(data, filename, MAX_SCAN_LOG_BYTES)
        parsed = parse_scan_log(text)
        if not parsed.scans:
            raise ServiceError(f"Geen scans gevonden in {filename}: verwacht per regel "
                               "badge;tijdstip.")
        reason = f"scanlog {filename}"[:_MAX_REASON]

        def work(s: Session) -> ScanLogSummary:  # run again from the start on a retry
            unmatched = [ScanLine(b.line, b.badge, b.timestamp, b.reason) for b in parsed.bad]
            skipped: list[ScanLine] = []
            marked: list[ScanMark] = []
            unchanged: list[ScanMark] = []
            people = self._people(s, {scan.badge for scan in parsed.scans})
            taught, others = self._scope(s, actor, people)
            people = {badge: p for badge, p in people.items() if badge not in others}
            known = [scan for scan in parsed.scans if scan.badge in people]
            unmatched += [_line(scan, NOT_YOURS if scan.badge in others else UNKNOWN_BADGE)
                          for scan in parsed.scans if scan.badge not in people]
            options = self._lessons(s, {(people[scan.badge].id, scan.at.date())
                                        for scan in known})
            visits: dict[tuple[uuid.UUID, uuid.UUID], list[Scan]] = defaultdict(list)
            lessons: dict[uuid.UUID, LessonInfo] = {}
            for scan in known:
                person = people[scan.badge]
                day = options.get((person.id, scan.at.date()), [])
                lesson = choose_lesson(day, scan.minute.time())
                if lesson is None:
                    unmatched.append(_line(scan, no_lesson_reason(day, scan.minute.time())))
                    continue
                if taught is not None and lesson.group_id not in taught:
                    unmatched.append(_line(scan, NOT_YOURS))
                    continue
                lessons[lesson.id] = lesson
                visits[(lesson.id, person.id)].append(scan)
            locks.marks(s, visits)  # before the current marks are read
            current = self._current(s, lessons)
            by_id = {person.id: person for person in people.values()}
            order = sorted(visits, key=lambda key: (
                lessons[key[0]].date, lessons[key[0]].start_time, lessons[key[0]].group_code,
                by_id[key[1]].sort_key, by_id[key[1]].number))
            results: list[ScanMark] = []
            writes: list[tuple[LessonInfo, uuid.UUID, AttendanceMark | None, Content]] = []
            for done, key in enumerate(order):
                if cancelled is not None and cancelled():
                    raise ServiceError(CANCELLED)
                if progress is not None and done % 50 == 0:
                    progress(done, len(order))
                lesson, person = lessons[key[0]], by_id[key[1]]
                visit = pair_scans(visits[key])
                skipped += [_line(scan, DUPLICATE) for scan in visit.duplicates]
                skipped += [_line(scan, BETWEEN) for scan in visit.between]
                mark = current.get(key)
                arrival = visit.arrival.minute.time()
                departure = visit.departure.minute.time() if visit.departure else None
                content = merge_mark(_content(mark), lesson.start_time, lesson.end_time,
                                     arrival, departure)
                if content is None:
                    assert mark is not None and mark.status is not None
                    skipped += [_line(scan, kept_reason(mark.status)) for scan in visit.used]
                    continue
                status, first, last, _ = content
                assert status is not None
                results.append(ScanMark(person.number, person.name, lesson.group_code,
                                        lesson.date, lesson.start_time, status, first, last,
                                        tuple(scan.line for scan in visit.used)))
                writes.append((lesson, person.id, mark, content))
            if cancelled is not None and cancelled():
                raise ServiceError(CANCELLED)
            # write_many compares with the current mark normalised (a mark stored before
            # the status rule is not rewritten only to normalise it).
            changes = self._attendance.write_many(s, actor, writes, reason)
            for result, change in zip(results, changes, strict=True):
                (unchanged if change.current == change.previous else marked).append(result)
            if progress is not None:
                progress(len(order), len(order))
            if cancelled is not None and cancelled():
                raise ServiceError(CANCELLED)
            skipped.sort(key=lambda line: line.line)
            unmatched.sort(key=lambda line: line.line)
            return ScanLogSummary(filename, parsed.lines, len(parsed.scans), tuple(marked),
                                  tuple(unchanged), tuple(skipped), tuple(unmatched))
        return run_write(self._sessions, actor.name, work)

    # --- set-based reads -----------------------------------------------------------------
    @staticmethod
    def _scope(s: Session, actor: Actor, people: dict[str, _Person],
               ) -> tuple[set[uuid.UUID] | None, set[str]]:
        """For an instructor: the groups they teach, and the badges of people outside
        them; (None, nothing) for everyone who sees everything."""
        if not scope.scoped(actor):
            return None, set()
        visible = set(s.scalars(scope.visible_participant_ids(actor)))
        return (set(s.scalars(scope.taught_group_ids(actor))),
                {badge for badge, person in people.items() if person.id not in visible})

    @staticmethod
    def _people(s: Session, badges: set[str]) -> dict[str, _Person]:
        """Participants (not deleted) by badge; badges are unique."""
        found: dict[str, _Person] = {}
        for chunk in _chunks(sorted(badges)):
            rows = s.execute(
                select(Participant.id, Participant.number, Participant.first_names,
                       Participant.prefix, Participant.last_name, Participant.badge)
                .where(Participant.badge.in_(chunk), Participant.deleted_at.is_(None)))
            for pid, number, first, prefix, last, badge in rows:
                assert badge is not None
                found[badge] = _Person(pid, number, display_name(first, prefix, last),
                                       fold(sort_name(first, prefix, last)))
        return found

    @staticmethod
    def _lessons(s: Session, wanted: set[tuple[uuid.UUID, date]],
                 ) -> dict[tuple[uuid.UUID, date], list[LessonInfo]]:
        """Per wanted (participant, day): that day's lessons (cancelled ones too) of the
        groups in which the participant has a live enrolment covering the day."""
        by_group_day: dict[tuple[uuid.UUID, date], list[LessonInfo]] = defaultdict(list)
        for chunk in _chunks(sorted({day for _, day in wanted})):
            for info in lesson_infos(s, lesson_query().where(Lesson.date.in_(chunk))):
                by_group_day[(info.group_id, info.date)].append(info)
        spans: dict[uuid.UUID, list[tuple[uuid.UUID, date, date | None]]] = defaultdict(list)
        for ids in _chunks(sorted({pid for pid, _ in wanted})):
            rows = s.execute(
                select(Enrolment.participant_id, Enrolment.group_id, Enrolment.start_date,
                       Enrolment.end_date)
                .where(Enrolment.participant_id.in_(ids), Enrolment.deleted_at.is_(None)))
            for pid, group_id, start, end in rows:
                spans[pid].append((group_id, start, end))
        options: dict[tuple[uuid.UUID, date], list[LessonInfo]] = {}
        for pid, day in wanted:
            options[(pid, day)] = [
                info for group_id, start, end in spans.get(pid, ()) if covers(start, end, day)
                for info in by_group_day.get((group_id, day), ())]
        return options

    @staticmethod
    def _current(s: Session, lessons: dict[uuid.UUID, LessonInfo],
                 ) -> dict[tuple[uuid.UUID, uuid.UUID], AttendanceMark]:
        """The current mark per (lesson, participant) of the given lessons."""
        rows: dict[uuid.UUID, list[tuple[AttendanceMark, str]]] = defaultdict(list)
        for chunk in _chunks(sorted(lessons)):
            stmt = (select(AttendanceMark, Site.code)
                    .outerjoin(Site, Site.id == AttendanceMark.site_id)
                    .where(AttendanceMark.lesson_id.in_(chunk)))
            for mark, code in s.execute(stmt):
                rows[mark.lesson_id].append((mark, code))
        return {(lesson_id, pid): mark for lesson_id, marks in rows.items()
                for pid, mark in current_marks(marks).items()}

