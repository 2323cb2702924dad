"""Reports: attendance per group, verzuim, hours per participant, funders, presentielijst.

Each loads its rows with a few set-based queries and computes in Python with the domain's
hour and verzuim rules. "Not marked" with an absence reported in advance counts as that
absence (ziek or geoorloofd), as the register shows it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    AttendanceMark,
    Enrolment,
    Group,
    Lesson,
    Module,
    Participant,
    Site,
    VerzuimHandover,
)
from bvmdesk.db.session import Sessions, local_site_id
from bvmdesk.domain.hours import Minutes, mark_minutes, normalised_status, unexcused_minutes
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import display_name
from bvmdesk.reports.model import ReportMeta, VerzuimLesson
from bvmdesk.services import scope, statements, verzuim_scan
from bvmdesk.services.attendance_common import covers, planned_lookup
from bvmdesk.services.attendance_types import (
    AttendanceReport,
    AttendanceRow,
    AttendanceWarning,
    VerzuimReport,
    VerzuimSignalRow,
)
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.verzuim_scan import clock_of, fetch_raw, heads, raw

_CHUNK = 500


def check_period(from_date: date | None, to_date: date | None) -> None:
    """Raises ServiceError when the period ends before it starts."""
    if from_date is not None and to_date is not None and to_date < from_date:
        raise ServiceError(f"De periode is leeg: {to_date.isoformat()} ligt voor "
                           f"{from_date.isoformat()}.")


class ReportService:
    """Every report (read-only); the builders in `bvmdesk.reports` turn them into files.

    An instructor gets only their own groups and the participants enrolled in them
    (`services.scope`): a group or participant of someone else's is refused, a list
    (verzuim, funders, warnings) is narrowed.
    """

    def __init__(self, sessions: Sessions, today: Callable[[], date] | None = None) -> None:
        self._sessions = sessions
        self._today = today or sessions.clock.today

    def meta(self, actor: Actor) -> ReportMeta:
        """The site and the moment of printing, for the head and foot of every page."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            site_id = local_site_id(s)
            site = s.get(Site, site_id) if site_id else None
            label = f"{site.code} {site.name}" if site is not None else "alle locaties"
        printed = self._sessions.clock.local_now().replace(microsecond=0)
        return ReportMeta(site=label, printed_at=printed)

    def attendance(self, actor: Actor, group_code: str, from_date: date | None = None,
                   to_date: date | None = None) -> AttendanceReport:
        """Minutes per participant over the group's held lessons in the range, up to today.

        Raises:
            NotFound: no such group. PermissionDenied: not one of the actor's groups.
            ServiceError: the range ends before it starts.
        """
        actor.require(Permission.VIEW)
        check_period(from_date, to_date)
        today = self._today()
        with self._sessions.read() as s:
            row = s.execute(select(Group, Module.name, Module.min_attendance_pct, Site.code,
                                   Site.name)
                            .join(Module, Module.id == Group.module_id)
                            .join(Site, Site.id == Group.location_id)
                            .where(Group.code == group_code, Group.deleted_at.is_(None))).first()
            if row is None:
                raise NotFound(f"Groep {group_code} bestaat niet.")
            group, module_name, minimum, site_code, site_name = row
            scope.require_group(s, actor, group.id)
            first = from_date or group.start_date
            last = to_date or (group.end_date if group.end_date and group.end_date < today
                               else today)
            until = min(last, today)
            lessons = s.execute(select(raw(Lesson.id), Lesson.id, Lesson.date,
                                       Lesson.start_time, Lesson.end_time).where(
                Lesson.group_id == group.id, Lesson.deleted_at.is_(None),
                Lesson.cancelled.is_(False), Lesson.date >= first, Lesson.date <= until)
            ).all()
            people = s.execute(
                select(raw(Participant.id), Participant.id, Participant.number,
                       Participant.first_names, Participant.prefix, Participant.last_name,
                       Enrolment.start_date, Enrolment.end_date)
                .join(Enrolment, Enrolment.participant_id == Participant.id)
                .where(Enrolment.group_id == group.id, Enrolment.deleted_at.is_(None),
                       Participant.deleted_at.is_(None))
                .order_by(Participant.last_name, Participant.first_names, Participant.number)
            ).all()
            marks = _group_marks(s, group.id, first, until)
            planned = planned_lookup(s, first, until, [p[1] for p in people])
            code, name = group.code, group.name
        minutes = cache(mark_minutes)  # a group's lessons repeat a few time patterns
        rows = []
        for raw_pid, pid, number, first_names, prefix, last_name, start, end in people:
            total = Minutes()
            for raw_lesson, lesson_id, day, begin, finish in lessons:
                if not covers(start, end, day):
                    continue
                mark = marks.get((raw_lesson, raw_pid))
                status = mark[6] if mark is not None else None
                if mark is None or status is None:
                    absent = planned.find(pid, lesson_id, day) if planned else None
                    total += minutes(begin, finish, absent.kind if absent else None)
                else:
                    total += minutes(begin, finish, status, mark[7], mark[8])
            rows.append(AttendanceRow(number, display_name(first_names, prefix, last_name),
                                      total.planned, total.attended, total.excused,
                                      total.unexcused, total.unmarked, total.percentage))
        return AttendanceReport(code, first, last, tuple(rows), group_name=name,
                                module_name=module_name, location=f"{site_code} {site_name}",
                                min_attendance_pct=minimum, lessons=len(lessons))

    def verzuim(self, actor: Actor, as_of: date | None = None) -> VerzuimReport:
        """Every verzuim signal of every participant (the actor may see) up to `as_of`
        (default: today), with the lessons that count and whether it was handed over to
        the school. A signal counts all of the participant's lessons, in any group."""
        actor.require(Permission.VIEW)
        as_of = as_of or self._today()
        with self._sessions.read() as s:
            rules, found = verzuim_scan.scan(s, as_of)
            if scope.scoped(actor):
                visible = set(s.scalars(scope.visible_participant_ids(actor)))
                found = [(pid, signal) for pid, signal in found if pid in visible]
            ids = sorted({pid for pid, _ in found})
            people = {p.id: p for p in _chunked(s, ids, lambda chunk: select(Participant)
                                                 .where(Participant.id.in_(chunk)))}
            handovers = _chunked(s, ids, lambda chunk: select(VerzuimHandover).where(
                VerzuimHandover.participant_id.in_(chunk), VerzuimHandover.deleted_at.is_(None)))
            lessons = _signal_lessons(s, ids, [signal for _, signal in found])
            signals = []
            for pid, signal in found:
                person = people[pid]
                handover = next((h for h in handovers if h.participant_id == pid
                                 and h.window_start <= signal.window_end
                                 and h.window_end >= signal.window_start), None)
                signals.append(VerzuimSignalRow(
                    person.number,
                    display_name(person.first_names, person.prefix, person.last_name),
                    signal.window_start, signal.window_end, signal.unexcused_minutes,
                    signal.lesson_dates, birth_date=person.birth_date, school=person.school,
                    student_number=person.student_number,
                    lessons=tuple(x for x in lessons.get(pid, ())
                                  if x.date in signal.lesson_dates),
                    handed_over_on=handover.handed_over_on if handover else None,
                    handed_over_by=handover.handed_over_by if handover else None,
                    handover_note=handover.note if handover else None, participant_id=pid))
        signals.sort(key=lambda r: (r.participant, r.window_start))
        return VerzuimReport(as_of, tuple(signals), rules.threshold_minutes,
                             rules.window_weeks, rules.age_limit)

    def hours(self, actor: Actor, participant_number: str, from_date: date,
              to_date: date) -> statements.HoursStatement:
        """The hours statement of one participant: every held lesson day by day, up to today.

        Raises:
            NotFound: no such participant. PermissionDenied: not a participant of the
            actor's groups. ServiceError: the period ends before it starts.
        """
        actor.require(Permission.VIEW)
        check_period(from_date, to_date)
        with self._sessions.read() as s:
            return statements.hours_statement(
                s, participant_number, from_date, to_date, self._today(),
                lambda pid: scope.require_participant(s, actor, pid))

    def funders(self, actor: Actor, from_date: date,
                to_date: date) -> statements.FundersReport:
        """Attended minutes and participants per funder per month of the period (of the
        lessons of the groups the actor may see)."""
        actor.require(Permission.VIEW)
        check_period(from_date, to_date)
        with self._sessions.read() as s:
            return statements.funders(s, from_date, to_date,
                                      scope.group_filter(actor, Lesson.group_id))

    def presentielijst(self, actor: Actor, group_code: str,
                       day: date) -> statements.Presentielijst:
        """The paper register of the group's lessons on `day`.

        Raises:
            NotFound: no such group, or no lesson on that day. PermissionDenied: not one
            of the actor's groups.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return statements.presentielijst(
                s, group_code, day, lambda gid: scope.require_group(s, actor, gid))

    def warnings(self, actor: Actor, as_of: date | None = None) -> list[AttendanceWarning]:
        """Active enrolments (in the groups the actor may see) whose attendance so far is
        below their module's minimum."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return statements.attendance_warnings(s, as_of or self._today(),
                                                  scope.group_filter(actor, Group.id))


def _group_marks(s: Session, group_id: uuid.UUID, first: date,
                last: date) -> dict[tuple[Any, Any], Sequence[Any]]:
    """The current mark per (lesson id, participant id) of a group's lessons in
    [first, last]: rows (id, lesson, participant, supersedes, hlc, site, status, arrival,
    departure). The ids are as the driver gives them (`raw`): compare with raw ids.

    SQLAlchemy's per-value processing of every row's four ids would cost more than the
    report itself; only the current marks' times are converted.
    """
    m = AttendanceMark.__table__.c
    rows = fetch_raw(s.connection(), select(
        raw(m.id), raw(m.lesson_id), raw(m.participant_id), raw(m.supersedes_id), m.hlc,
        Site.code, m.status, raw(m.arrival_time), raw(m.departure_time))
        .join(Lesson, Lesson.id == m.lesson_id)
        .outerjoin(Site, Site.id == m.site_id)
        .where(Lesson.group_id == group_id, Lesson.date >= first, Lesson.date <= last))
    to_time = cache(clock_of)
    return {key: (*row[:7], to_time(row[7]), to_time(row[8]))
            for key, row in heads(rows).items()}


def _chunked(s: Session, ids: Sequence[uuid.UUID],
             stmt: Callable[[Sequence[uuid.UUID]], Any]) -> list[Any]:
    found: list[Any] = []
    for i in range(0, len(ids), _CHUNK):
        found += s.scalars(stmt(ids[i:i + _CHUNK])).all()
    return found


def _signal_lessons(s: Session, ids: Sequence[uuid.UUID],
                    signals: Sequence[Any]) -> dict[uuid.UUID, list[VerzuimLesson]]:
    """The lessons with unexcused minutes (current marks) of the participants with a signal,
    each with its status as the register stores it now (`hours.normalised_status`)."""
    if not signals:
        return {}
    first = min(sig.window_start for sig in signals)
    last = max(sig.window_end for sig in signals)
    m = AttendanceMark.__table__.c
    rows: list[Any] = []
    for i in range(0, len(ids), _CHUNK):
        rows += s.execute(
            select(m.id, m.lesson_id, m.participant_id, m.supersedes_id, m.hlc, Site.code,
                   m.status, m.arrival_time, m.departure_time, Lesson.date, Lesson.start_time,
                   Lesson.end_time, Group.code)
            .join(Lesson, Lesson.id == m.lesson_id)
            .join(Group, Group.id == Lesson.group_id)
            .outerjoin(Site, Site.id == m.site_id)
            .where(m.participant_id.in_(ids[i:i + _CHUNK]), Lesson.date >= first,
                   Lesson.date <= last, Lesson.cancelled.is_(False),
                   Lesson.deleted_at.is_(None))).all()
    result: dict[uuid.UUID, list[VerzuimLesson]] = {}
    for row in heads(rows).values():
        minutes = unexcused_minutes(row[10], row[11], row[6], row[7], row[8])
        if minutes > 0:
            status = normalised_status(row[6], row[10], row[11], row[7], row[8])
            result.setdefault(row[2], []).append(
                VerzuimLesson(row[9], row[12], row[10], row[11], status, minutes))
    for items in result.values():
        items.sort(key=lambda x: (x.date, x.start_time, x.group))
    return result
