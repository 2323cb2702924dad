"""Absences known in advance ("ziek vandaag", leave next Tuesday) and verzuim handovers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Enrolment, Lesson, Participant, PlannedAbsence, VerzuimHandover
from bvmdesk.db.session import Sessions
from bvmdesk.domain.enums import AbsenceKind
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import display_name
from bvmdesk.services import audit, locks, scope
from bvmdesk.services.attendance_common import lesson_infos, lesson_query
from bvmdesk.services.attendance_types import LessonInfo, PlannedAbsenceInfo
from bvmdesk.services.base import Actor, NotFound, ValidationFailed
from bvmdesk.services.retry import run_write

MAX_RANGE_DAYS = 366
_MAX_NOTE = 500


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


class AbsenceService:
    """Recording absences before the lesson, and handing verzuim signals over to the school."""

    def __init__(self, sessions: Sessions, today: Callable[[], date] | None = None) -> None:
        self._sessions = sessions
        self._today = today or sessions.clock.today

    # --- absences known in advance ---------------------------------------------------------
    def record(self, actor: Actor, participant_id: uuid.UUID, kind: str, from_date: date,
               to_date: date | None = None, lesson_id: uuid.UUID | None = None,
               note: str | None = None) -> PlannedAbsenceInfo:
        """Record an absence for one lesson (`lesson_id`), a day, or a date range.

        It must start today or later: for a lesson that is over, the instructor corrects the
        mark in the register instead.

        Raises:
            PermissionDenied (also for a participant or lesson outside the actor's groups);
            NotFound (participant or lesson); ValidationFailed.
        """
        actor.require(Permission.RECORD_ATTENDANCE)
        note = _clean(note)

        # Only inserts: two PCs reporting the same absence at once store it twice, which
        # changes nothing the register or a report shows; no lock needed.
        def work(s: Session) -> PlannedAbsenceInfo:
            person = s.get(Participant, participant_id)
            if person is None or person.deleted_at is not None:
                raise NotFound("Deze deelnemer bestaat niet (meer).")
            scope.require_participant(s, actor, participant_id)
            first, last, lesson_label = from_date, to_date, None
            if lesson_id is not None:
                scope.require_lesson(s, actor, lesson_id)
                lesson = self._lesson_of(s, lesson_id, participant_id)
                first = last = lesson.date
                lesson_label = _lesson_label(lesson)
            last = last or first
            self._check(kind, first, last, note)
            row = PlannedAbsence(participant_id=participant_id, from_date=first,
                                 to_date=last, lesson_id=lesson_id, kind=kind, note=note,
                                 recorded_by=actor.name, recorded_at=self._sessions.now())
            s.add(row)
            s.flush()
            audit.record_row(s, actor.name, "absence.record", row)
            return _info(row, person, lesson_label)
        return run_write(self._sessions, actor.name, work)

    def withdraw(self, actor: Actor, absence_id: uuid.UUID) -> None:
        """Take back an absence reported in advance (a tombstone; marks stay as they are).

        Raises:
            NotFound: it does not exist or was withdrawn already.
        """
        actor.require(Permission.RECORD_ATTENDANCE)

        def work(s: Session) -> None:
            # A row lock: of two PCs withdrawing it at once, the second finds it withdrawn.
            row = s.get(PlannedAbsence, absence_id, with_for_update=True,
                        populate_existing=True)
            if row is None or row.deleted_at is not None:
                raise NotFound("Deze melding bestaat niet (meer).")
            scope.require_participant(s, actor, row.participant_id)
            row.deleted_at = self._sessions.now()
            audit.record_row(s, actor.name, "absence.withdraw", row)
        run_write(self._sessions, actor.name, work)

    def of_participant(self, actor: Actor, participant_id: uuid.UUID,
                       include_past: bool = False) -> list[PlannedAbsenceInfo]:
        """The participant's absences reported in advance (from today on, unless
        `include_past`), in date order."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            scope.require_participant(s, actor, participant_id)
            stmt = self._query().where(PlannedAbsence.participant_id == participant_id)
            if not include_past:
                stmt = stmt.where(PlannedAbsence.to_date >= self._today())
            return self._infos(s, stmt)

    def on_day(self, actor: Actor, day: date | None = None) -> list[PlannedAbsenceInfo]:
        """Every absence reported in advance that covers `day` (default today), by name
        (of the participants the actor may see)."""
        actor.require(Permission.VIEW)
        day = day or self._today()
        stmt = scope.limit_participants(
            self._query().where(PlannedAbsence.from_date <= day, PlannedAbsence.to_date >= day),
            actor, PlannedAbsence.participant_id)
        with self._sessions.read() as s:
            infos = self._infos(s, stmt)
        infos.sort(key=lambda i: (i.name.casefold(), i.participant))
        return infos

    def lessons_ahead(self, actor: Actor, participant_id: uuid.UUID, days: int = 28,
                      from_date: date | None = None) -> list[LessonInfo]:
        """The participant's lessons (not cancelled) from today for `days` days: the choice
        for a one-lesson absence (of the groups the actor may see)."""
        actor.require(Permission.VIEW)
        first = from_date or self._today()
        last = first + timedelta(days=days)
        with self._sessions.read() as s:
            scope.require_participant(s, actor, participant_id)
            stmt = (lesson_query()
                    .join(Enrolment, Enrolment.group_id == Lesson.group_id)
                    .where(Enrolment.participant_id == participant_id,
                           Enrolment.deleted_at.is_(None), Enrolment.start_date <= Lesson.date,
                           or_(Enrolment.end_date.is_(None), Enrolment.end_date >= Lesson.date),
                           Lesson.cancelled.is_(False), Lesson.date >= first,
                           Lesson.date <= last))
            return lesson_infos(s, scope.limit_groups(stmt, actor, Lesson.group_id))

    # --- verzuim handover ------------------------------------------------------------------
    def hand_over(self, actor: Actor, participant_id: uuid.UUID, window_start: date,
                  window_end: date, on: date | None = None, note: str | None = None) -> None:
        """Record that a verzuim signal (its window) was handed over to the school.

        Raises:
            NotFound: no such participant. ValidationFailed: a date in the future, or the
            window ends before it starts.
        """
        actor.require(Permission.RECORD_ATTENDANCE)
        on = on or self._today()
        note = _clean(note)
        errors = []
        if window_end < window_start:
            errors.append(FieldError("window_end", "Het venster eindigt voor het begint."))
        if on > self._today():
            errors.append(FieldError("on", "De overdracht kan niet in de toekomst liggen."))
        if note is not None and len(note) > _MAX_NOTE:
            errors.append(FieldError("note", f"Maximaal {_MAX_NOTE} tekens."))
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> None:
            person = s.get(Participant, participant_id)
            if person is None or person.deleted_at is not None:
                raise NotFound("Deze deelnemer bestaat niet (meer).")
            scope.require_participant(s, actor, participant_id)
            locks.handovers(s, participant_id)  # one row per window, without a unique index
            row = s.scalars(select(VerzuimHandover).where(
                VerzuimHandover.participant_id == participant_id,
                VerzuimHandover.window_start == window_start)).first()
            if row is None:
                row = VerzuimHandover(participant_id=participant_id, window_start=window_start)
                s.add(row)
            row.deleted_at = None
            row.window_end = window_end
            row.handed_over_on = on
            row.handed_over_by = actor.display_name or actor.name
            row.handed_over_at = self._sessions.now()
            row.note = note
            s.flush()
            audit.record_row(s, actor.name, "verzuim.handover", row, detail=note)
        run_write(self._sessions, actor.name, work)

    def undo_handover(self, actor: Actor, participant_id: uuid.UUID, window_start: date,
                      window_end: date | None = None) -> None:
        """Take back a handover recorded by mistake (a tombstone): the one of this window,
        or (when marks changed since and the window moved) one that overlaps it, as the
        verzuim report matches them."""
        actor.require(Permission.RECORD_ATTENDANCE)

        def work(s: Session) -> None:
            scope.require_participant(s, actor, participant_id)
            locks.handovers(s, participant_id)
            live = s.scalars(select(VerzuimHandover).where(
                VerzuimHandover.participant_id == participant_id,
                VerzuimHandover.deleted_at.is_(None))
                .order_by(VerzuimHandover.window_start)).all()
            end = window_end or window_start
            row = next((h for h in live if h.window_start == window_start), None) or next(
                (h for h in live if h.window_start <= end and h.window_end >= window_start),
                None)
            if row is None:
                raise NotFound("Deze overdracht bestaat niet (meer).")
            row.deleted_at = self._sessions.now()
            audit.record_row(s, actor.name, "verzuim.handover_undone", row)
        run_write(self._sessions, actor.name, work)

    # --- helpers -----------------------------------------------------------------------------
    def _check(self, kind: str, from_date: date, to_date: date, note: str | None) -> None:
        errors = []
        if kind not in {k.value for k in AbsenceKind}:
            errors.append(FieldError("kind", "Kies ziek of geoorloofd afwezig."))
        if from_date < self._today():
            errors.append(FieldError(
                "from_date", "Vooraf melden kan vanaf vandaag; een les die voorbij is past u "
                "aan in de presentie."))
        if to_date < from_date:
            errors.append(FieldError("to_date", "De einddatum ligt voor de begindatum."))
        elif (to_date - from_date).days > MAX_RANGE_DAYS:
            errors.append(FieldError("to_date", "Een melding beslaat hoogstens een jaar."))
        if note is not None and len(note) > _MAX_NOTE:
            errors.append(FieldError("note", f"Maximaal {_MAX_NOTE} tekens."))
        if errors:
            raise ValidationFailed(errors)

    @staticmethod
    def _lesson_of(s: Session, lesson_id: uuid.UUID, participant_id: uuid.UUID) -> LessonInfo:
        infos = lesson_infos(s, lesson_query().where(Lesson.id == lesson_id))
        if not infos:
            raise NotFound("Deze les bestaat niet (meer).")
        lesson = infos[0]
        enrolled = s.scalars(select(Enrolment.id).where(
            Enrolment.participant_id == participant_id, Enrolment.group_id == lesson.group_id,
            Enrolment.deleted_at.is_(None), Enrolment.start_date <= lesson.date,
            or_(Enrolment.end_date.is_(None), Enrolment.end_date >= lesson.date))).first()
        if enrolled is None:
            raise ValidationFailed([FieldError(
                "lesson_id", f"Deze deelnemer staat op {lesson.date:%d-%m-%Y} niet ingeschreven "
                f"in groep {lesson.group_code}.")])
        if lesson.cancelled:
            raise ValidationFailed([FieldError("lesson_id", "Deze les is vervallen.")])
        return lesson

    @staticmethod
    def _query() -> Select[PlannedAbsence, Participant]:
        return (select(PlannedAbsence, Participant)
                .join(Participant, Participant.id == PlannedAbsence.participant_id)
                .where(PlannedAbsence.deleted_at.is_(None), Participant.deleted_at.is_(None))
                .order_by(PlannedAbsence.from_date, PlannedAbsence.recorded_at))

    @staticmethod
    def _infos(s: Session,
               stmt: Select[PlannedAbsence, Participant]) -> list[PlannedAbsenceInfo]:
        rows = s.execute(stmt).all()
        lesson_ids = [a.lesson_id for a, _ in rows if a.lesson_id is not None]
        labels: dict[uuid.UUID, str] = {}
        if lesson_ids:
            labels = {i.id: _lesson_label(i) for i in lesson_infos(
                s, lesson_query().where(Lesson.id.in_(lesson_ids)))}
        return [_info(a, p, labels.get(a.lesson_id) if a.lesson_id else None)
                for a, p in rows]


def _lesson_label(lesson: LessonInfo) -> str:
    return f"{lesson.group_code} {lesson.start_time:%H:%M}-{lesson.end_time:%H:%M}"


def _info(row: PlannedAbsence, person: Participant,
          lesson_label: str | None) -> PlannedAbsenceInfo:
    return PlannedAbsenceInfo(
        id=row.id, participant_id=person.id, participant=person.number,
        name=display_name(person.first_names, person.prefix, person.last_name), kind=row.kind,
        from_date=row.from_date, to_date=row.to_date, lesson_id=row.lesson_id,
        lesson_label=lesson_label, note=row.note, recorded_by=row.recorded_by,
        recorded_at=row.recorded_at)
