"""The Vandaag page's data: today's lessons at this site and how far each register is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import or_, select

from bvmdesk.db.models import Enrolment, Participant
from bvmdesk.db.session import Sessions
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.absences import AbsenceService
from bvmdesk.services.attendance_common import (
    current_marks,
    marks_of_lesson,
    planned_lookup,
    site_lessons,
)
from bvmdesk.services.attendance_types import TodayLesson, TodayOverview
from bvmdesk.services.base import Actor
from bvmdesk.services.today_setup import SetupProgress, setup_progress


class TodayService:
    """What the day starts with (read-only); signals and warnings come from ReportService."""

    def __init__(self, sessions: Sessions, absences: AbsenceService,
                 today: Callable[[], date] | None = None) -> None:
        self._sessions = sessions
        self._absences = absences
        self.today = today or sessions.clock.today

    def overview(self, actor: Actor, day: date | None = None) -> TodayOverview:
        """The lessons on `day` (default today) at this installation's site (every site
        before one is set), each with its register state, and the absences reported; an
        instructor sees only their own groups' lessons and participants."""
        actor.require(Permission.VIEW)
        day = day or self.today()
        with self._sessions.read() as s:
            site, infos = site_lessons(s, day, actor)
            lessons = []
            for info in infos:
                people = s.scalars(
                    select(Participant.id)
                    .join(Enrolment, Enrolment.participant_id == Participant.id)
                    .where(Enrolment.group_id == info.group_id, Enrolment.deleted_at.is_(None),
                           Participant.deleted_at.is_(None), Enrolment.start_date <= day,
                           or_(Enrolment.end_date.is_(None), Enrolment.end_date >= day))).all()
                current = current_marks(marks_of_lesson(s, info.id))
                planned = planned_lookup(s, day, day, people)
                marked = reported = 0
                for pid in people:
                    mark = current.get(pid)
                    if mark is not None and mark.status is not None:
                        marked += 1
                    elif planned.find(pid, info.id, day) is not None:
                        marked += 1
                        reported += 1
                lessons.append(TodayLesson(info, len(people), marked, reported))
            code = site.code if site is not None else None
        absences = self._absences.on_day(actor, day)
        return TodayOverview(day, code, tuple(lessons), tuple(absences))

    def setup(self, actor: Actor) -> SetupProgress:
        """How far this site is with its first steps ("Aan de slag", services.today_setup)."""
        return setup_progress(self._sessions, actor)
