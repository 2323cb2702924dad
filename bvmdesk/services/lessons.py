"""Planning lessons (weekly patterns, single lessons, cancelling) and school holidays."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Group, Holiday, Lesson, Site, User
from bvmdesk.db.session import Sessions
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import audit, locks
from bvmdesk.services.attendance_common import load_lesson
from bvmdesk.services.attendance_types import HolidayInfo, LessonInfo
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.retry import run_write

MAX_PATTERN_DAYS = 2 * 366
_MAX_TEXT = 200


def public_holidays(first: date, last: date) -> set[date]:
    """Dutch public holidays (`holidays` package) between `first` and `last`."""
    import holidays

    days = holidays.country_holidays("NL", years=range(first.year, last.year + 1))
    return {day for day in days if first <= day <= last}


def _times(start: time, end: time) -> None:
    if end <= start:
        raise ValidationFailed([FieldError("end_time", "De eindtijd moet na de begintijd "
                                                       "liggen.")])


class LessonService:
    """Lessons and holidays; planning is for administrators (EDIT_MODULES)."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self.clock = sessions.clock  # the one clock; pages ask it for "today"

    # --- lessons -------------------------------------------------------------------------
    def generate_weekly(self, actor: Actor, group_id: uuid.UUID, weekdays: list[int],
                        start: time, end: time, from_date: date, until_date: date,
                        instructor_id: uuid.UUID | None = None) -> int:
        """Lessons on `weekdays` (0 = Monday) from `from_date` until `until_date`.

        Skips the group site's school holidays, Dutch public holidays and days on which
        the group already has a lesson at `start`.

        Returns:
            How many lessons were created.
        """
        actor.require(Permission.EDIT_MODULES)
        _times(start, end)
        if not weekdays or any(d not in range(7) for d in weekdays):
            raise ValidationFailed([FieldError("weekdays", "Kies een of meer weekdagen.")])
        if until_date < from_date:
            raise ValidationFailed([FieldError("until_date", "De einddatum ligt voor de "
                                                             "begindatum.")])
        if (until_date - from_date).days > MAX_PATTERN_DAYS:
            raise ValidationFailed([FieldError("until_date", "Plan hooguit twee jaar vooruit.")])
        closed = public_holidays(from_date, until_date)

        def work(s: Session) -> int:
            locks.group_lessons(s, group_id)  # before the lessons it already has are read
            group = self._group(s, group_id)
            self._instructor(s, instructor_id)
            spans = s.execute(select(Holiday.first_day, Holiday.last_day).where(
                Holiday.location_id == group.location_id, Holiday.deleted_at.is_(None),
                Holiday.last_day >= from_date, Holiday.first_day <= until_date)).all()
            taken = set(s.scalars(select(Lesson.date).where(
                Lesson.group_id == group_id, Lesson.start_time == start,
                Lesson.date >= from_date, Lesson.date <= until_date)))
            days = [from_date + timedelta(days=i)
                    for i in range((until_date - from_date).days + 1)]
            new = [
                Lesson(group_id=group_id, date=day, start_time=start, end_time=end,
                       instructor_id=instructor_id, cancelled=False)
                for day in days
                if day.weekday() in weekdays and day not in closed and day not in taken
                and not any(first <= day <= last for first, last in spans)
            ]
            s.add_all(new)
            s.flush()
            audit.record(s, actor.name, "lesson.generate", "group", group_id,
                         after={"weekdays": sorted(weekdays), "start": start, "end": end,
                                "from": from_date, "until": until_date, "created": len(new)})
            return len(new)
        return run_write(self._sessions, actor.name, work)

    def add_lesson(self, actor: Actor, group_id: uuid.UUID, day: date, start: time, end: time,
                   instructor_id: uuid.UUID | None = None,
                   topic: str | None = None) -> LessonInfo:
        actor.require(Permission.EDIT_MODULES)
        _times(start, end)
        topic = (topic or "").strip()[:_MAX_TEXT] or None

        def work(s: Session) -> LessonInfo:
            locks.group_lessons(s, group_id)
            group = self._group(s, group_id)
            self._instructor(s, instructor_id)
            clash = s.scalars(select(Lesson.id).where(
                Lesson.group_id == group_id, Lesson.date == day,
                Lesson.start_time == start)).first()
            if clash is not None:
                raise ServiceError(f"Groep {group.code} heeft al een les op "
                                   f"{day:%d-%m-%Y} om {start:%H:%M}.")
            lesson = Lesson(group_id=group_id, date=day, start_time=start, end_time=end,
                            instructor_id=instructor_id, topic=topic, cancelled=False)
            s.add(lesson)
            s.flush()
            audit.record_row(s, actor.name, "lesson.add", lesson)
            return load_lesson(s, lesson.id)
        return run_write(self._sessions, actor.name, work)

    def cancel_lesson(self, actor: Actor, lesson_id: uuid.UUID, reason: str) -> LessonInfo:
        """Mark a lesson vervallen; its marks then count for nothing."""
        actor.require(Permission.EDIT_MODULES)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationFailed([FieldError("reason", "Geef een reden waarom de les "
                                                         "vervalt.")])
        if len(reason) > _MAX_TEXT:
            raise ValidationFailed([FieldError("reason", f"Maximaal {_MAX_TEXT} tekens.")])

        def work(s: Session) -> LessonInfo:
            lesson = self._lesson(s, lesson_id)
            lesson.cancelled, lesson.cancel_reason = True, reason
            s.flush()
            audit.record_row(s, actor.name, "lesson.cancel", lesson)
            return load_lesson(s, lesson_id)
        return run_write(self._sessions, actor.name, work)

    def assign_instructor(self, actor: Actor, lesson_id: uuid.UUID,
                          instructor_id: uuid.UUID | None) -> LessonInfo:
        actor.require(Permission.EDIT_MODULES)

        def work(s: Session) -> LessonInfo:
            lesson = self._lesson(s, lesson_id)
            self._instructor(s, instructor_id)
            lesson.instructor_id = instructor_id
            if instructor_id is not None:
                lesson.instructor_name = None
            s.flush()
            audit.record_row(s, actor.name, "lesson.assign", lesson)
            return load_lesson(s, lesson_id)
        return run_write(self._sessions, actor.name, work)

    def instructors(self, actor: Actor) -> list[tuple[uuid.UUID, str]]:
        """Active accounts (id, display name), sorted by name."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(User.id, User.display_name).where(
                User.active.is_(True), User.deleted_at.is_(None)).order_by(User.display_name))
            return [(uid, name) for uid, name in rows]

    def sites(self, actor: Actor) -> list[tuple[str, str]]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(Site.code, Site.name).where(Site.deleted_at.is_(None))
                             .order_by(Site.code))
            return [(code, name) for code, name in rows]

    # --- holidays ------------------------------------------------------------------------
    def holidays(self, actor: Actor, location_code: str | None = None) -> list[HolidayInfo]:
        actor.require(Permission.VIEW)
        stmt = (select(Holiday, Site.code).join(Site, Site.id == Holiday.location_id)
                .where(Holiday.deleted_at.is_(None)).order_by(Holiday.first_day, Site.code))
        if location_code:
            stmt = stmt.where(Site.code == location_code)
        with self._sessions.read() as s:
            return [_holiday_info(h, code) for h, code in s.execute(stmt)]

    def add_holiday(self, actor: Actor, location_code: str, first_day: date, last_day: date,
                    name: str | None) -> HolidayInfo:
        actor.require(Permission.EDIT_MODULES)
        if last_day < first_day:
            raise ValidationFailed([FieldError("last_day", "De laatste dag ligt voor de "
                                                           "eerste.")])
        name = (name or "").strip()[:120] or None

        def work(s: Session) -> HolidayInfo:
            site = s.scalars(select(Site).where(Site.code == location_code,
                                                Site.deleted_at.is_(None))).first()
            if site is None:
                raise NotFound(f"Locatie {location_code} bestaat niet.")
            locks.site_holidays(s, site.id)
            holiday = s.scalars(select(Holiday).where(Holiday.location_id == site.id,
                                                      Holiday.first_day == first_day)).first()
            if holiday is not None and holiday.deleted_at is None:
                raise ServiceError(f"Locatie {site.code} heeft al een vakantie die begint op "
                                   f"{first_day:%d-%m-%Y}.")
            if holiday is None:
                holiday = Holiday(location_id=site.id, first_day=first_day)
                s.add(holiday)
            holiday.deleted_at, holiday.last_day, holiday.name = None, last_day, name
            s.flush()
            audit.record_row(s, actor.name, "holiday.add", holiday)
            return _holiday_info(holiday, site.code)
        return run_write(self._sessions, actor.name, work)

    def delete_holiday(self, actor: Actor, holiday_id: uuid.UUID) -> None:
        """A tombstone (deleted_at), so that the deletion syncs."""
        actor.require(Permission.EDIT_MODULES)

        def work(s: Session) -> None:
            holiday = s.get(Holiday, holiday_id, with_for_update=True, populate_existing=True)
            if holiday is None or holiday.deleted_at is not None:
                raise NotFound("Deze vakantie bestaat niet (meer).")
            holiday.deleted_at = self._sessions.now()
            s.flush()
            audit.record_row(s, actor.name, "holiday.delete", holiday)
        run_write(self._sessions, actor.name, work)

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def _group(s: Session, group_id: uuid.UUID) -> Group:
        group = s.get(Group, group_id)
        if group is None or group.deleted_at is not None:
            raise NotFound("Deze groep bestaat niet (meer).")
        return group

    @staticmethod
    def _lesson(s: Session, lesson_id: uuid.UUID) -> Lesson:
        """The lesson, locked until commit: a second PC's change waits and builds on it."""
        lesson = s.get(Lesson, lesson_id, with_for_update=True, populate_existing=True)
        if lesson is None or lesson.deleted_at is not None:
            raise NotFound("Deze les bestaat niet (meer).")
        return lesson

    @staticmethod
    def _instructor(s: Session, instructor_id: uuid.UUID | None) -> None:
        if instructor_id is None:
            return
        user = s.get(User, instructor_id)
        if user is None or user.deleted_at is not None or not user.active:
            raise ValidationFailed([FieldError("instructor_id", "Deze docent bestaat niet of "
                                                                "is uitgeschakeld.")])


def _holiday_info(holiday: Holiday, site_code: str) -> HolidayInfo:
    return HolidayInfo(holiday.id, site_code, holiday.first_day, holiday.last_day, holiday.name)
