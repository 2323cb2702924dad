"""The register of a lesson: marks (append-only), corrections, undo, scans and walk-ins."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bvmdesk.db.audit import Chain
from bvmdesk.db.models import AttendanceMark, Enrolment, Group, Lesson, Module, Participant, Site
from bvmdesk.db.session import Sessions, stamp_of
from bvmdesk.domain.enums import AttendanceStatus
from bvmdesk.domain.hours import PRESENT_STATUSES, is_final, normalised_status
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.scanlog import in_scan_window
from bvmdesk.domain.text import display_name
from bvmdesk.services import audit, locks, scope
from bvmdesk.services.attendance_checks import check_lesson, enrol_walk_in, outside_window
from bvmdesk.services.attendance_common import (
    Planned,
    current_marks,
    enrolment_on,
    lesson_infos,
    lesson_query,
    load_lesson,
    mark_info,
    marks_of_lesson,
    planned_lookup,
    site_lessons,
)
from bvmdesk.services.attendance_types import (
    GroupChoice,
    LessonInfo,
    MarkChange,
    MarkInfo,
    PlannedMark,
    Register,
    RegisterRow,
    ScanResult,
)
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.services.retry import run_write

REASON_REQUIRED = "Na de lesdag is een reden verplicht."
_MAX_REASON = 200

Content = tuple[str | None, time | None, time | None, str | None]


def _content(mark: AttendanceMark | MarkInfo | None) -> Content:
    if mark is None:
        return (None, None, None, None)
    return (mark.status, mark.arrival_time, mark.departure_time, mark.note)


def _minute(value: time | None) -> time | None:
    return value.replace(second=0, microsecond=0) if value is not None else None


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _name(p: Participant) -> str:
    return display_name(p.first_names, p.prefix, p.last_name)


class AttendanceService:
    """Taking and correcting the register; every write is one unit of work."""

    def __init__(self, sessions: Sessions,
                 now: Callable[[], datetime] | None = None) -> None:
        self._sessions = sessions
        self.clock = sessions.clock  # the one clock; pages ask it for "today"
        self.now = now or sessions.clock.local_now  # naive Europe/Amsterdam wall clock

    # --- reading -------------------------------------------------------------------------
    def groups(self, actor: Actor) -> list[GroupChoice]:
        """Active groups (not deleted) the actor may see, sorted by code."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(scope.limit_groups(
                select(Group.id, Group.code, Group.name, Module.name, Site.code)
                .join(Module, Module.id == Group.module_id)
                .join(Site, Site.id == Group.location_id)
                .where(Group.deleted_at.is_(None)).order_by(Group.code), actor, Group.id))
            return [GroupChoice(*row) for row in rows]

    def lessons_on(self, actor: Actor, day: date,
                   location_code: str | None = None) -> list[LessonInfo]:
        """Every lesson on `day` (cancelled ones too) of the groups the actor may see,
        sorted by start and group."""
        actor.require(Permission.VIEW)
        stmt = scope.limit_groups(lesson_query().where(Lesson.date == day), actor,
                                  Lesson.group_id)
        if location_code:
            stmt = stmt.where(Site.code == location_code)
        with self._sessions.read() as s:
            return lesson_infos(s, stmt)

    def site_lessons_on(self, actor: Actor, day: date) -> tuple[str | None, list[LessonInfo]]:
        """This installation's site name (None before one is set) and its lessons on `day`,
        in the order Vandaag lists them (every site's before a site is set)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            site, lessons = site_lessons(s, day, actor)
            return (site.name if site is not None else None), lessons

    def lessons_of_group(self, actor: Actor, group_id: uuid.UUID, from_date: date,
                         to_date: date) -> list[LessonInfo]:
        """Raises PermissionDenied for a group the actor does not teach."""
        actor.require(Permission.VIEW)
        stmt = lesson_query().where(Lesson.group_id == group_id, Lesson.date >= from_date,
                                    Lesson.date <= to_date)
        with self._sessions.read() as s:
            scope.require_group(s, actor, group_id)
            return lesson_infos(s, stmt)

    def register(self, actor: Actor, lesson_id: uuid.UUID) -> Register:
        """Everyone enrolled on the lesson's date, sorted by name, with their current mark.

        Raises:
            NotFound: no such lesson. PermissionDenied: not a lesson of the actor's groups.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            scope.require_lesson(s, actor, lesson_id)
            return self._register(s, lesson_id)

    def _register(self, s: Session, lesson_id: uuid.UUID) -> Register:
        lesson = load_lesson(s, lesson_id)
        people = s.scalars(
            select(Participant)
            .join(Enrolment, Enrolment.participant_id == Participant.id)
            .where(Enrolment.group_id == lesson.group_id, Enrolment.deleted_at.is_(None),
                   Participant.deleted_at.is_(None), Enrolment.start_date <= lesson.date,
                   or_(Enrolment.end_date.is_(None), Enrolment.end_date >= lesson.date))
            .order_by(Participant.last_name, Participant.first_names, Participant.number)
        ).all()
        current = current_marks(marks_of_lesson(s, lesson_id))
        planned = planned_lookup(s, lesson.date, lesson.date, [p.id for p in people])
        rows = tuple(
            RegisterRow(p.id, p.number, _name(p), p.badge,
                        mark_info(current[p.id]) if p.id in current else None,
                        _planned_mark(planned.find(p.id, lesson_id, lesson.date)))
            for p in people)
        return Register(lesson, rows, is_final(lesson.date, self.now()))

    def history(self, actor: Actor, lesson_id: uuid.UUID,
                participant_id: uuid.UUID) -> list[MarkInfo]:
        """Every mark row of one participant at one lesson, newest first."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            scope.require_lesson(s, actor, lesson_id)
            marks = [m for m, _ in marks_of_lesson(s, lesson_id, participant_id)]
            marks.sort(key=lambda m: (m.recorded_at, m.hlc), reverse=True)
            return [mark_info(m) for m in marks]

    # --- writing -------------------------------------------------------------------------
    def set_mark(self, actor: Actor, lesson_id: uuid.UUID, participant_id: uuid.UUID,
                 status: str, arrival: time | None = None, departure: time | None = None,
                 note: str | None = None, reason: str | None = None) -> MarkChange:
        """Record a mark as a new row that supersedes the current one (never an update).

        Raises:
            PermissionDenied; ValidationFailed (bad status or times, or no reason after the
            lesson day); ServiceError (cancelled lesson, not enrolled); NotFound.
        """
        actor.require(Permission.RECORD_ATTENDANCE)
        arrival, departure = _minute(arrival), _minute(departure)
        errors = []
        if status not in {s.value for s in AttendanceStatus}:
            errors.append(FieldError("status", f"Onbekende presentiestatus: {status}."))
        if arrival is not None and departure is not None and departure <= arrival:
            errors.append(FieldError("departure_time",
                                     "De vertrektijd moet na de aankomsttijd liggen."))
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> MarkChange:
            lesson, current = self._writable(s, actor, lesson_id, participant_id)
            return self._write(s, actor, lesson, participant_id, current,
                               (status, arrival, departure, _clean(note)), reason)
        return run_write(self._sessions, actor.name, work)

    def undo(self, actor: Actor, change: MarkChange, reason: str | None = None) -> MarkChange:
        """Take back `change`: a new superseding row restores what was there before it.

        Raises:
            ServiceError: the mark was changed again since (by someone else).
        """
        actor.require(Permission.RECORD_ATTENDANCE)

        def work(s: Session) -> MarkChange:
            lesson, current = self._writable(s, actor, change.lesson_id,
                                             change.participant_id)
            if current is None or current.id != change.current.id:
                raise ServiceError("Deze markering is intussen opnieuw gewijzigd (door iemand "
                                   "anders of op een andere pc); ongedaan maken kan niet meer.")
            return self._write(s, actor, lesson, change.participant_id, current,
                               _content(change.previous), reason)
        return run_write(self._sessions, actor.name, work)

    def mark_all_present(self, actor: Actor, lesson_id: uuid.UUID,
                         reason: str | None = None) -> list[MarkChange]:
        """"Iedereen aanwezig": marks aanwezig only where there is no mark (or a withdrawn one)
        and no absence reported in advance.

        `reason` is needed after the lesson day, as for every mark.
        """
        actor.require(Permission.RECORD_ATTENDANCE)

        def work(s: Session) -> list[MarkChange]:
            scope.require_lesson(s, actor, lesson_id)
            locks.lesson_marks(s, lesson_id)
            register = self._register(s, lesson_id)
            check_lesson(register.lesson)
            marks = {m.id: m for m, _ in marks_of_lesson(s, lesson_id)}
            present: Content = (AttendanceStatus.PRESENT.value, None, None, None)
            changes = []
            for row in register.rows:
                if row.status is not None:  # marked, or reported absent in advance
                    continue
                previous = marks[row.mark.id] if row.mark is not None else None
                changes.append(self._write(s, actor, register.lesson, row.participant_id,
                                           previous, present, reason))
            return changes
        return run_write(self._sessions, actor.name, work)

    def scan(self, actor: Actor, lesson_id: uuid.UUID, badge: str,
             at: time | datetime) -> ScanResult:
        """A badge scan: the first is the arrival, a second of someone present the departure.

        `at` is the local time of the scan, or its local date and time. A scan outside the
        lesson's scan window (the scanner log's rule: `domain.scanlog.in_scan_window`, and
        the lesson's own date) writes nothing: 'outside_window', with the person's lesson
        of that day at this site whose window it is in, if any.
        """
        actor.require(Permission.RECORD_ATTENDANCE)
        badge = badge.strip()
        day = at.date() if isinstance(at, datetime) else None
        at = (at.time() if isinstance(at, datetime) else at).replace(second=0, microsecond=0)

        def work(s: Session) -> ScanResult:
            scope.require_lesson(s, actor, lesson_id)
            lesson = load_lesson(s, lesson_id)
            check_lesson(lesson)
            person = s.scalars(select(Participant).where(
                Participant.badge == badge, Participant.deleted_at.is_(None))).first()
            if person is None:
                return ScanResult("unknown_badge", f"Onbekende badge: {badge}")
            name = _name(person)
            if (day is not None and day != lesson.date) or not in_scan_window(lesson, at):
                return outside_window(s, lesson, person.id, name, day or lesson.date, at,
                                      actor)
            if enrolment_on(s, person.id, lesson.group_id, lesson.date) is None:
                return ScanResult("not_enrolled", f"{name} staat niet in deze groep. Toevoegen "
                                  "als extra deelnemer?", person.id, name)
            locks.marks(s, [(lesson_id, person.id)])
            current = current_marks(marks_of_lesson(s, lesson_id, person.id)).get(person.id)
            # A present mark without any time (from "Iedereen aanwezig" or a key) has not
            # seen this person arrive yet: the first scan is still the arrival.
            untimed = (current is not None and current.arrival_time is None
                       and current.departure_time is None)
            if current is not None and current.status in PRESENT_STATUSES and not untimed:
                if current.arrival_time is not None and at <= current.arrival_time:
                    return ScanResult("arrival", f"{name} is al aangemeld om "
                                      f"{current.arrival_time:%H:%M}.", person.id, name)
                change = self._write(s, actor, lesson, person.id, current,
                                     (current.status, current.arrival_time, at, current.note),
                                     None)
                return ScanResult("departure", f"{name}: vertrek {at:%H:%M}.", person.id,
                                  name, change)
            note = current.note if current is not None else None
            change = self._write(s, actor, lesson, person.id, current,
                                 (AttendanceStatus.PRESENT.value, at, None, note), None)
            late = " (te laat)" if change.current.status == AttendanceStatus.LATE.value else ""
            return ScanResult("arrival", f"{name}: aanwezig om {at:%H:%M}{late}.", person.id,
                              name, change)
        return run_write(self._sessions, actor.name, work)

    def add_walk_in(self, actor: Actor, lesson_id: uuid.UUID,
                    participant_id: uuid.UUID) -> Register:
        """Enrol a walk-in in the lesson's group from the lesson's date; the new register.

        Raises:
            ServiceError: an earlier enrolment in this group has ended or was stopped.
        """
        actor.require(Permission.RECORD_ATTENDANCE)

        def work(s: Session) -> Register:
            scope.require_lesson(s, actor, lesson_id)
            enrol_walk_in(s, actor, lesson_id, participant_id)
            return self._register(s, lesson_id)
        return run_write(self._sessions, actor.name, work)

    # --- helpers -------------------------------------------------------------------------
    def _writable(self, s: Session, actor: Actor, lesson_id: uuid.UUID,
                  participant_id: uuid.UUID) -> tuple[LessonInfo, AttendanceMark | None]:
        scope.require_lesson(s, actor, lesson_id)
        locks.marks(s, [(lesson_id, participant_id)])  # before the current mark is read
        lesson = load_lesson(s, lesson_id)
        check_lesson(lesson)
        if enrolment_on(s, participant_id, lesson.group_id, lesson.date) is None:
            raise ServiceError(f"Deze deelnemer staat op {lesson.date:%d-%m-%Y} niet "
                               f"ingeschreven in groep {lesson.group_code}.")
        marks = marks_of_lesson(s, lesson_id, participant_id)
        return lesson, current_marks(marks).get(participant_id)

    def write_many(self, s: Session, actor: Actor,
                   writes: Sequence[tuple[LessonInfo, uuid.UUID, AttendanceMark | None, Content]],
                   reason: str | None) -> list[MarkChange]:
        """For a service's own unit of work (the scanner log): per (lesson, participant,
        current, content) what `_write` does, as one bulk insert with one `attendance.mark`
        event per new row, in the order given; one MarkChange each (previous == current:
        nothing written). The caller checked the permission, scope, lessons and enrolments,
        and took `locks.marks` for the pairs before it read `current`.
        Raises ValidationFailed when a lesson day is over and `reason` is empty."""
        stamp = stamp_of(s)
        recorded_at = self._sessions.now()
        changes: list[MarkChange] = []
        rows: list[tuple[Any, ...]] = []
        for lesson, participant_id, current, content in writes:
            new = self._new_content(lesson, current, content, reason)
            previous = mark_info(current) if current is not None else None
            if new is None:
                assert previous is not None
                changes.append(MarkChange(lesson.id, participant_id, previous, previous))
                continue
            status, arrival, departure, note = new
            mark = MarkInfo(id=uuid.uuid4(), status=status, arrival_time=arrival,
                            departure_time=departure, note=note, recorded_by=actor.name,
                            recorded_at=recorded_at, reason=_clean(reason),
                            supersedes_id=current.id if current is not None else None)
            rows.append((mark.id, stamp.site_id, stamp.now, stamp.now, stamp.actor,
                         stamp.actor, stamp.hlc.tick(), lesson.id, participant_id, status,
                         arrival, departure, note, mark.recorded_by, recorded_at,
                         mark.supersedes_id, mark.reason))
            changes.append(MarkChange(lesson.id, participant_id, previous, mark))
        # The bulk path of the exchange import; loaded here, not at start (issue 17).
        from bvmdesk.services.exchange.apply import insert_marks

        insert_marks(s.connection(), Chain.of(s), stamp.now, actor.name, rows,
                     detail=_clean(reason))
        return changes

    def _new_content(self, lesson: LessonInfo, current: AttendanceMark | None,
                     content: Content, reason: str | None) -> Content | None:
        """`content` normalised (`hours.normalised_status`: aanwezig with a late arrival is
        te_laat, with an early departure vroeg_weg), whichever path made the mark; None
        when `current`, normalised too, already says it (a mark stored before this rule is
        not rewritten only to normalise it). Raises ValidationFailed when there is something
        to write and `reason` is empty after the lesson day, or too long."""
        content = _normalised(lesson, content)
        if current is not None and _normalised(lesson, _content(current)) == content:
            return None
        reason = _clean(reason)
        if reason is None and is_final(lesson.date, self.now()):
            raise ValidationFailed([FieldError("reason", REASON_REQUIRED)])
        if reason is not None and len(reason) > _MAX_REASON:
            raise ValidationFailed([FieldError("reason", f"Maximaal {_MAX_REASON} tekens.")])
        return content

    def _write(self, s: Session, actor: Actor, lesson: LessonInfo, participant_id: uuid.UUID,
               current: AttendanceMark | None, content: Content,
               reason: str | None) -> MarkChange:
        """Append a row with `content` superseding `current`; nothing when nothing changes
        (`_new_content`)."""
        new = self._new_content(lesson, current, content, reason)
        previous = mark_info(current) if current is not None else None
        if new is None:
            assert previous is not None
            return MarkChange(lesson.id, participant_id, previous, previous)
        status, arrival, departure, note = new
        reason = _clean(reason)
        mark = AttendanceMark(
            lesson_id=lesson.id, participant_id=participant_id, status=status,
            arrival_time=arrival, departure_time=departure, note=note,
            recorded_by=actor.name, recorded_at=self._sessions.now(),
            supersedes_id=current.id if current is not None else None, reason=reason)
        s.add(mark)
        s.flush()
        audit.record_row(s, actor.name, "attendance.mark", mark, detail=reason)
        return MarkChange(lesson.id, participant_id, previous, mark_info(mark))


def _normalised(lesson: LessonInfo, content: Content) -> Content:
    status, arrival, departure, note = content
    return (normalised_status(status, lesson.start_time, lesson.end_time, arrival, departure),
            arrival, departure, note)


def _planned_mark(planned: Planned | None) -> PlannedMark | None:
    if planned is None:
        return None
    return PlannedMark(planned.id, planned.kind, planned.note, planned.from_date,
                       planned.to_date, planned.lesson_id is not None)
