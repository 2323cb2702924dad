"""What the attendance, lesson and report services share: lesson rows, current marks, today."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    AttendanceMark,
    Enrolment,
    Group,
    Lesson,
    Module,
    PlannedAbsence,
    Site,
    User,
)
from bvmdesk.db.session import local_site_id
from bvmdesk.domain.marks import current_marks as pick_current
from bvmdesk.services.attendance_types import LessonInfo, MarkInfo
from bvmdesk.services.base import Actor, NotFound
from bvmdesk.services.scope import limit_groups


def lesson_query() -> Select[*tuple[Any, ...]]:
    """Lessons with what a LessonInfo shows (group, module, site, instructor)."""
    return (
        select(Lesson, Group.code, Group.name, Module.name, Site.code, Site.name,
               User.display_name)
        .join(Group, Group.id == Lesson.group_id)
        .join(Module, Module.id == Group.module_id)
        .join(Site, Site.id == Group.location_id)
        .outerjoin(User, User.id == Lesson.instructor_id)
        .where(Lesson.deleted_at.is_(None))
    )


def lesson_info(row: Sequence[Any]) -> LessonInfo:
    lesson, group_code, group_name, module_name, site_code, site_name, instructor = row
    return LessonInfo(
        id=lesson.id, group_id=lesson.group_id, group_code=group_code, group_name=group_name,
        module_name=module_name, location_code=site_code, location_name=site_name,
        date=lesson.date, start_time=lesson.start_time, end_time=lesson.end_time,
        instructor=instructor or lesson.instructor_name, topic=lesson.topic,
        cancelled=bool(lesson.cancelled), cancel_reason=lesson.cancel_reason,
    )


def lesson_infos(s: Session, stmt: Select[*tuple[Any, ...]]) -> list[LessonInfo]:
    infos = [lesson_info(row) for row in s.execute(stmt)]
    infos.sort(key=lambda i: (i.date, i.start_time, i.group_code))
    return infos


def site_lessons(s: Session, day: date,
                 actor: Actor) -> tuple[Site | None, list[LessonInfo]]:
    """The lessons on `day` (cancelled ones too) at this installation's site (at every site
    before one is set), sorted by start and group: what Vandaag lists, and the lesson
    Presentie opens on (the first); only of the groups `actor` may see."""
    site_id = local_site_id(s)
    site = s.get(Site, site_id) if site_id else None
    stmt = limit_groups(lesson_query().where(Lesson.date == day), actor, Lesson.group_id)
    if site is not None:
        stmt = stmt.where(Site.id == site.id)
    return site, lesson_infos(s, stmt)


def load_lesson(s: Session, lesson_id: uuid.UUID) -> LessonInfo:
    """Raises NotFound when the lesson does not exist (any more)."""
    row = s.execute(lesson_query().where(Lesson.id == lesson_id)).first()
    if row is None:
        raise NotFound("Deze les bestaat niet (meer).")
    return lesson_info(row)


def mark_info(mark: AttendanceMark) -> MarkInfo:
    return MarkInfo(id=mark.id, status=mark.status, arrival_time=mark.arrival_time,
                    departure_time=mark.departure_time, note=mark.note,
                    recorded_by=mark.recorded_by, recorded_at=mark.recorded_at,
                    reason=mark.reason, supersedes_id=mark.supersedes_id)


def current_marks(
    rows: Iterable[tuple[AttendanceMark, str]],
) -> dict[uuid.UUID, AttendanceMark]:
    """The current mark per participant among the marks of one lesson (with site codes).

    The current mark is the one nothing supersedes; when two sites both wrote one, the
    highest hlc wins, then the highest site code (DATA_MODEL.md).
    """
    heads = pick_current((m.participant_id, m.id, m.supersedes_id, m.hlc, code, m)
                         for m, code in rows)
    return {row[5].participant_id: row[5] for row in heads.values()}


def marks_of_lesson(s: Session, lesson_id: uuid.UUID,
                    participant_id: uuid.UUID | None = None) -> list[tuple[AttendanceMark, str]]:
    stmt = (select(AttendanceMark, Site.code)
            .outerjoin(Site, Site.id == AttendanceMark.site_id)
            .where(AttendanceMark.lesson_id == lesson_id))
    if participant_id is not None:
        stmt = stmt.where(AttendanceMark.participant_id == participant_id)
    return [(mark, code) for mark, code in s.execute(stmt)]


def enrolment_on(s: Session, participant_id: uuid.UUID, group_id: uuid.UUID,
                 day: date) -> Enrolment | None:
    """The participant's live enrolment in the group that covers `day`, if any."""
    enrolment = s.scalars(select(Enrolment).where(
        Enrolment.participant_id == participant_id, Enrolment.group_id == group_id,
        Enrolment.deleted_at.is_(None))).first()
    if enrolment is None or not covers(enrolment.start_date, enrolment.end_date, day):
        return None
    return enrolment


def covers(start: date, end: date | None, day: date) -> bool:
    return start <= day and (end is None or day <= end)


# --- absences known in advance ---------------------------------------------------------------
@dataclass(frozen=True)
class Planned:
    """An absence known in advance as the register and the reports see it."""

    id: uuid.UUID
    participant_id: uuid.UUID
    kind: str
    from_date: date
    to_date: date
    lesson_id: uuid.UUID | None
    note: str | None


class PlannedLookup:
    """Which absence known in advance applies to a participant's lesson.

    A mark always wins: the register prefills only where there is no current mark (or a
    withdrawn one). A one-lesson absence applies to that lesson only; a day or a range to
    every lesson on its dates. The one recorded for the lesson itself wins over a range.
    """

    def __init__(self, rows: Iterable[Planned]) -> None:
        self._by_participant: dict[uuid.UUID, list[Planned]] = {}
        for row in rows:
            self._by_participant.setdefault(row.participant_id, []).append(row)

    def __bool__(self) -> bool:
        return bool(self._by_participant)

    def find(self, participant_id: uuid.UUID, lesson_id: uuid.UUID,
             day: date) -> Planned | None:
        found = None
        for row in self._by_participant.get(participant_id, ()):
            if row.lesson_id is not None:
                if row.lesson_id == lesson_id:
                    return row
            elif row.from_date <= day <= row.to_date:
                found = row
        return found


def planned_lookup(s: Session, from_date: date, to_date: date,
                   participant_ids: Sequence[uuid.UUID] | None = None) -> PlannedLookup:
    """The live absences known in advance that touch [from_date, to_date]."""
    p = PlannedAbsence
    stmt = select(p.id, p.participant_id, p.kind, p.from_date, p.to_date, p.lesson_id,
                  p.note).where(p.deleted_at.is_(None), p.from_date <= to_date,
                                p.to_date >= from_date)
    rows: list[Planned] = []
    if participant_ids is None:
        rows = [Planned(*row) for row in s.execute(stmt)]
    else:
        ids = list(participant_ids)
        for i in range(0, len(ids), 500):
            rows += [Planned(*row) for row in s.execute(
                stmt.where(p.participant_id.in_(ids[i:i + 500])))]
    return PlannedLookup(rows)
