"""The data of the hours statement, the funders summary, the presentielijst and the
attendance warnings; all read inside the caller's session (ReportService owns it)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, time
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    AttendanceMark,
    Company,
    Enrolment,
    Group,
    Lesson,
    Module,
    Participant,
    Site,
    User,
    WorkplaceTrainer,
)
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.hours import Minutes, mark_minutes, normalised_status
from bvmdesk.domain.text import display_name
from bvmdesk.reports.model import (
    FunderRow,
    FundersReport,
    HoursDay,
    HoursStatement,
    ListLesson,
    ListRow,
    Presentielijst,
)
from bvmdesk.services.attendance_common import (
    covers,
    current_marks,
    lesson_infos,
    lesson_query,
    marks_of_lesson,
    planned_lookup,
)
from bvmdesk.services.attendance_types import AttendanceWarning
from bvmdesk.services.base import NotFound
from bvmdesk.services.verzuim_scan import (
    clock_of,
    current_mark_rows,
    day_of,
    heads,
    raw,
)

__all__ = ["FundersReport", "HoursStatement", "Presentielijst", "attendance_warnings",
           "funders", "hours_statement", "presentielijst"]

_CHUNK = 500


def _mark_columns() -> tuple[Any, ...]:
    m = AttendanceMark.__table__.c
    return (m.id, m.lesson_id, m.participant_id, m.supersedes_id, m.hlc, Site.code, m.status,
            m.arrival_time, m.departure_time)


def hours_statement(s: Session, number: str, from_date: date, to_date: date,
                    today: date, check: Callable[[uuid.UUID], None]) -> HoursStatement:
    """Every held lesson of the participant's groups in the period (up to today), each
    mark's status as the register stores it now (`hours.normalised_status`).

    `check(participant_id)` raises when the reader may not see this participant."""
    person = s.scalars(select(Participant).where(Participant.number == number,
                                                 Participant.deleted_at.is_(None))).first()
    if person is None:
        raise NotFound(f"Deelnemer {number} bestaat niet.")
    check(person.id)
    until = min(to_date, today)
    enrolments = s.execute(
        select(Enrolment, Group.code, Module.name, User.display_name, Group.instructor_name,
               WorkplaceTrainer.name)
        .join(Group, Group.id == Enrolment.group_id)
        .join(Module, Module.id == Group.module_id)
        .outerjoin(User, User.id == Group.instructor_id)
        .outerjoin(WorkplaceTrainer, WorkplaceTrainer.id == Enrolment.trainer_id)
        .where(Enrolment.participant_id == person.id, Enrolment.deleted_at.is_(None),
               Enrolment.start_date <= to_date,
               or_(Enrolment.end_date.is_(None), Enrolment.end_date >= from_date))
        .order_by(Enrolment.start_date)).all()
    spans = {e.group_id: (e.start_date, e.end_date) for e, *_ in enrolments}
    groups = {e.group_id: (code, module) for e, code, module, *_ in enrolments}
    lessons = s.execute(
        select(Lesson.id, Lesson.group_id, Lesson.date, Lesson.start_time, Lesson.end_time)
        .where(Lesson.group_id.in_(list(spans)), Lesson.deleted_at.is_(None),
               Lesson.cancelled.is_(False), Lesson.date >= from_date, Lesson.date <= until)
    ).all() if spans else []
    lessons = [row for row in lessons if covers(*spans[row[1]], row[2])]
    marks = _marks_of(s, [row[0] for row in lessons], person.id)
    planned = planned_lookup(s, from_date, until, [person.id])
    days = []
    for lesson_id, group_id, day, start, end in sorted(lessons, key=lambda r: (r[2], r[3])):
        mark = marks.get(lesson_id)
        arrival = mark[7] if mark is not None else None
        departure = mark[8] if mark is not None else None
        status = (normalised_status(mark[6], start, end, arrival, departure)
                  if mark is not None else None)
        reported = False
        if status is None:
            absent = planned.find(person.id, lesson_id, day)
            if absent is not None:
                status, reported = absent.kind, True
        minutes = mark_minutes(start, end, status, arrival, departure)
        code, module = groups[group_id]
        days.append(HoursDay(day, code, module, start, end, status, reported, arrival,
                             departure, minutes.planned, minutes.attended, minutes.excused,
                             minutes.unexcused, minutes.unmarked))
    company = s.get(Company, person.company_id) if person.company_id else None
    trainer = next((t for *_, t in reversed(enrolments) if t), None)
    instructor = next((u or n for *_, u, n, _t in reversed(enrolments) if u or n), None)
    return HoursStatement(
        participant=person.number,
        name=display_name(person.first_names, person.prefix, person.last_name),
        birth_date=person.birth_date, participant_type=person.type, from_date=from_date,
        to_date=to_date, days=tuple(days), school=person.school,
        student_number=person.student_number, funder=person.funder,
        company=company.name if company is not None else None, trainer=trainer,
        instructor=instructor, groups=tuple(code for _e, code, *_ in enrolments))


def _marks_of(s: Session, lesson_ids: Sequence[uuid.UUID],
              participant_id: uuid.UUID) -> dict[Any, Sequence[Any]]:
    """The participant's current mark per lesson."""
    m = AttendanceMark.__table__.c
    rows: list[Any] = []
    for i in range(0, len(lesson_ids), _CHUNK):
        rows += s.execute(select(*_mark_columns()).outerjoin(Site, Site.id == m.site_id)
                          .where(m.participant_id == participant_id,
                                 m.lesson_id.in_(lesson_ids[i:i + _CHUNK]))).all()
    return {key[0]: row for key, row in heads(rows).items()}


def funders(s: Session, from_date: date, to_date: date,
            lessons: ColumnElement[bool] | None = None) -> FundersReport:
    """Per funder and month: participants with a mark, and their attended minutes; only
    of the lessons `lessons` allows (a condition on Lesson, None: all).

    Reads a year of marks (~200,000 on the reference dataset) as the driver gives them, like
    the verzuim scan: SQLAlchemy's per-value processing would cost ten times the sums.
    """
    rows = current_mark_rows(
        s.connection(),
        (raw(Lesson.date), raw(Lesson.start_time), raw(Lesson.end_time), Participant.funder),
        lambda stmt: stmt.join(Lesson, Lesson.id == AttendanceMark.lesson_id)
        .join(Participant, Participant.id == AttendanceMark.participant_id)
        .where(Lesson.deleted_at.is_(None), Lesson.cancelled.is_(False),
               Lesson.date >= from_date, Lesson.date <= to_date,
               Participant.deleted_at.is_(None), *_conditions(lessons)))
    to_time = cache(clock_of)

    @cache
    def month_of(value: Any) -> str:
        day = day_of(value)
        return f"{day.year:04d}-{day.month:02d}"

    @cache
    def attended(start: Any, end: Any, status: str, arrival: Any, departure: Any) -> int:
        return mark_minutes(to_time(start) or time(0), to_time(end) or time(0), status,
                            to_time(arrival), to_time(departure)).attended

    minutes: dict[tuple[str | None, str], int] = defaultdict(int)
    people: dict[tuple[str | None, str], set[Any]] = defaultdict(set)
    for _id, _lid, pid, status, arrival, departure, _several, day, start, end, funder \
            in rows:
        key = (_funder(funder), month_of(day))
        minutes[key] += attended(start, end, status, arrival, departure)
        people[key].add(pid)
    ordered = sorted(people, key=lambda k: (k[0] is None, (k[0] or "").casefold(), k[1]))
    return FundersReport(from_date, to_date, tuple(
        FunderRow(funder, month, len(people[(funder, month)]), minutes[(funder, month)])
        for funder, month in ordered))


def _conditions(condition: ColumnElement[bool] | None) -> tuple[ColumnElement[bool], ...]:
    return (condition,) if condition is not None else ()


def _funder(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def presentielijst(s: Session, group_code: str, day: date,
                   check: Callable[[uuid.UUID], None]) -> Presentielijst:
    """The group's lessons on `day` (cancelled ones too), each with everyone enrolled and
    their mark's status as the register stores it now (`hours.normalised_status`).

    `check(group_id)` raises when the reader may not see this group."""
    group = s.scalars(select(Group).where(Group.code == group_code,
                                          Group.deleted_at.is_(None))).first()
    if group is None:
        raise NotFound(f"Groep {group_code} bestaat niet.")
    check(group.id)
    infos = lesson_infos(s, lesson_query().where(Lesson.group_id == group.id,
                                                 Lesson.date == day))
    if not infos:
        raise NotFound(f"Groep {group_code} heeft geen les op {day:%d-%m-%Y}.")
    people = s.execute(
        select(Participant.id, Participant.number, Participant.first_names,
               Participant.prefix, Participant.last_name)
        .join(Enrolment, Enrolment.participant_id == Participant.id)
        .where(Enrolment.group_id == group.id, Enrolment.deleted_at.is_(None),
               Participant.deleted_at.is_(None), Enrolment.start_date <= day,
               or_(Enrolment.end_date.is_(None), Enrolment.end_date >= day))
        .order_by(Participant.last_name, Participant.first_names, Participant.number)).all()
    planned = planned_lookup(s, day, day, [p[0] for p in people])
    lessons = []
    for info in infos:
        current = current_marks(marks_of_lesson(s, info.id))
        rows = []
        for pid, number, first, prefix, last in people:
            mark = current.get(pid)
            status = (normalised_status(mark.status, info.start_time, info.end_time,
                                        mark.arrival_time, mark.departure_time)
                      if mark is not None else None)
            reported = False
            if status is None:
                absent = planned.find(pid, info.id, day)
                if absent is not None:
                    status, reported = absent.kind, True
            rows.append(ListRow(number, display_name(first, prefix, last), status, reported,
                                mark.arrival_time if mark is not None else None,
                                mark.departure_time if mark is not None else None))
        lessons.append(ListLesson(
            info.group_code, info.group_name, info.module_name,
            f"{info.location_code} {info.location_name}", info.date, info.start_time,
            info.end_time, info.instructor, info.topic, info.cancelled, tuple(rows)))
    return Presentielijst(group.code, day, tuple(lessons))


def attendance_warnings(s: Session, as_of: date,
                        groups: ColumnElement[bool] | None = None) -> list[AttendanceWarning]:
    """Active enrolments (on `as_of`) of modules with a minimum percentage, whose
    attendance over the held lessons so far is below it; only in the groups `groups`
    allows (a condition on Group, None: all)."""
    enrolments = s.execute(
        select(raw(Enrolment.participant_id), Enrolment.participant_id, Enrolment.group_id,
               Enrolment.start_date, Enrolment.end_date, Group.code, Group.name, Module.name,
               Module.min_attendance_pct)
        .join(Group, Group.id == Enrolment.group_id)
        .join(Module, Module.id == Group.module_id)
        .where(Enrolment.deleted_at.is_(None), Group.deleted_at.is_(None),
               Enrolment.status == EnrolmentStatus.ACTIVE.value,
               Module.min_attendance_pct.is_not(None), Module.min_attendance_pct > 0,
               Enrolment.start_date <= as_of,
               or_(Enrolment.end_date.is_(None), Enrolment.end_date >= as_of),
               or_(Group.end_date.is_(None), Group.end_date >= as_of),
               *_conditions(groups))).all()
    if not enrolments:
        return []
    group_ids = sorted({e[2] for e in enrolments})
    first = min(e[3] for e in enrolments)
    lessons: dict[Any, list[tuple[Any, Any, date, Any, Any]]] = defaultdict(list)
    for raw_id, lid, gid, day, start, end in s.execute(
            select(raw(Lesson.id), Lesson.id, Lesson.group_id, Lesson.date, Lesson.start_time,
                   Lesson.end_time)
            .where(Lesson.group_id.in_(group_ids), Lesson.deleted_at.is_(None),
                   Lesson.cancelled.is_(False), Lesson.date >= first, Lesson.date <= as_of)):
        lessons[gid].append((raw_id, lid, day, start, end))
    # Up to a year of marks of every running group: read as the driver gives them.
    raw_groups = [raw_id for raw_id, in s.execute(
        select(raw(Group.id)).where(Group.id.in_(group_ids)))]
    marks: dict[tuple[Any, Any], Sequence[Any]] = {}
    for i in range(0, len(raw_groups), _CHUNK):

        def narrow(stmt: Select[Any], chunk: list[Any] = raw_groups[i:i + _CHUNK]
                   ) -> Select[Any]:
            return (stmt.join(Lesson, Lesson.id == AttendanceMark.lesson_id)
                    .where(raw(Lesson.group_id).in_(chunk), Lesson.date >= first,
                           Lesson.date <= as_of))

        marks.update(((r[1], r[2]), r) for r in current_mark_rows(s.connection(), (), narrow))
    participant_ids = sorted({e[1] for e in enrolments})
    planned = planned_lookup(s, first, as_of, participant_ids)
    to_time = cache(clock_of)

    @cache
    def minutes(start: Any, end: Any, status: str | None, arrival: Any = None,
                departure: Any = None) -> Minutes:
        return mark_minutes(start, end, status, to_time(arrival), to_time(departure))

    low: list[tuple[Any, str, str, str, float, int, Minutes]] = []
    for raw_pid, pid, gid, since, until, code, name, module, minimum in enrolments:
        total = Minutes()
        for raw_lesson, lid, day, begin, finish in lessons.get(gid, ()):
            if not covers(since, until, day):
                continue
            mark = marks.get((raw_lesson, raw_pid))
            if mark is None:
                absent = planned.find(pid, lid, day) if planned else None
                total += minutes(begin, finish, absent.kind if absent else None)
            else:
                total += minutes(begin, finish, mark[3], mark[4], mark[5])
        percentage = total.percentage
        if percentage is not None and minimum is not None and percentage < minimum:
            low.append((pid, code, name, module, percentage, minimum, total))
    names: dict[Any, tuple[str, str]] = {}
    ids = sorted({row[0] for row in low})
    for i in range(0, len(ids), _CHUNK):
        for pid, number, first_names, prefix, last in s.execute(
                select(Participant.id, Participant.number, Participant.first_names,
                       Participant.prefix, Participant.last_name)
                .where(Participant.id.in_(ids[i:i + _CHUNK]),
                       Participant.deleted_at.is_(None))):
            names[pid] = (number, display_name(first_names, prefix, last))
    warnings = [AttendanceWarning(pid, *names[pid], code, name, module, percentage, minimum,
                                  total.attended, total.planned - total.unmarked)
                for pid, code, name, module, percentage, minimum, total in low if pid in names]
    warnings.sort(key=lambda w: (w.percentage, w.name.casefold(), w.group))
    return warnings
