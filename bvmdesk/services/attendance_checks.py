"""What the register refuses or offers instead of a mark: a cancelled lesson, a scan
outside the lesson's window (with the lesson it may belong to), and walk-ins whose earlier
enrolment in the group stands in the way."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Enrolment, Lesson, Participant, Site
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.scanlog import choose_lesson, scan_window
from bvmdesk.domain.text import display_name
from bvmdesk.services import audit, locks
from bvmdesk.services.attendance_common import (
    enrolment_on,
    lesson_infos,
    lesson_query,
    load_lesson,
)
from bvmdesk.services.attendance_types import LessonInfo, ScanResult
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.scope import limit_groups


def check_lesson(lesson: LessonInfo) -> None:
    """Raises ServiceError when `lesson` is cancelled: no presence is recorded for it."""
    if lesson.cancelled:
        raise ServiceError(f"De les van {lesson.group_code} op "
                           f"{lesson.date:%d-%m-%Y} is vervallen; er wordt geen presentie "
                           "vastgelegd.")


def outside_window(s: Session, lesson: LessonInfo, participant_id: uuid.UUID, name: str,
                   day: date, at: time, actor: Actor | None = None) -> ScanResult:
    """Nothing written; says the window and offers the lesson the scan belongs to (with
    `actor`: only a lesson of a group they may see)."""
    first, last = scan_window(lesson)
    other_day = day != lesson.date
    when = f"op {day:%d-%m-%Y} om {at:%H:%M}" if other_day else f"om {at:%H:%M}"
    span = f"{lesson.start_time:%H:%M}–{lesson.end_time:%H:%M}"
    if other_day:
        span = f"{span} op {lesson.date:%d-%m-%Y}"
    message = (f"Scan van {name} {when} valt buiten de les van {span} (scannen kan van "
               f"{first:%H:%M} tot {last:%H:%M}). Er is niets vastgelegd.")
    groups = select(Enrolment.group_id).where(
        Enrolment.participant_id == participant_id, Enrolment.deleted_at.is_(None),
        Enrolment.start_date <= day,
        or_(Enrolment.end_date.is_(None), Enrolment.end_date >= day))
    stmt = lesson_query().where(
        Lesson.date == day, Lesson.group_id.in_(groups), Lesson.id != lesson.id,
        Site.code == lesson.location_code)
    if actor is not None:
        stmt = limit_groups(stmt, actor, Lesson.group_id)
    candidates = lesson_infos(s, stmt)
    suggested = choose_lesson(candidates, at)
    if suggested is not None:
        message += (f" Bedoelt u de les van {suggested.start_time:%H:%M}–"
                    f"{suggested.end_time:%H:%M} van groep {suggested.group_code}?")
    return ScanResult("outside_window", message, participant_id, name, suggested=suggested)


def enrolment_problem(enrolment: Enrolment, name: str, lesson: LessonInfo) -> str:
    """Why an existing enrolment does not cover the lesson's day, and what to do."""
    if enrolment.status == EnrolmentStatus.STOPPED.value:
        return (f"{name} is gestopt in groep {lesson.group_code}; pas de inschrijving aan "
                "in Beheer om weer mee te doen.")
    if enrolment.end_date is not None and enrolment.end_date < lesson.date:
        return (f"De inschrijving van {name} in groep {lesson.group_code} is beëindigd op "
                f"{enrolment.end_date:%d-%m-%Y}; pas de inschrijving aan in Beheer.")
    return (f"De inschrijving van {name} in groep {lesson.group_code} begint pas op "
            f"{enrolment.start_date:%d-%m-%Y}; pas de inschrijving aan in Beheer.")


def enrol_walk_in(s: Session, actor: Actor, lesson_id: uuid.UUID,
                  participant_id: uuid.UUID) -> None:
    """Enrol a walk-in in the lesson's group from the lesson's date (nothing when an
    enrolment already covers that day), in the caller's write transaction.

    Raises:
        NotFound: no such participant; ServiceError: the lesson is cancelled, or an earlier
            enrolment in this group has ended, was stopped or starts later.
    """
    lesson = load_lesson(s, lesson_id)
    check_lesson(lesson)
    person = s.get(Participant, participant_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("Deze deelnemer bestaat niet (meer).")
    locks.enrolment(s, participant_id, lesson.group_id)
    existing = s.scalars(select(Enrolment).where(
        Enrolment.participant_id == participant_id,
        Enrolment.group_id == lesson.group_id)).first()
    if existing is not None and existing.deleted_at is None:
        if enrolment_on(s, participant_id, lesson.group_id, lesson.date) is not None:
            return
        name = display_name(person.first_names, person.prefix, person.last_name)
        raise ServiceError(enrolment_problem(existing, name, lesson))
    if existing is not None:  # a removed enrolment comes back from the lesson date
        existing.deleted_at = None
        existing.start_date, existing.end_date = lesson.date, None
        existing.status = EnrolmentStatus.ACTIVE.value
        enrolment = existing
    else:
        enrolment = Enrolment(participant_id=participant_id, group_id=lesson.group_id,
                              start_date=lesson.date, status=EnrolmentStatus.ACTIVE.value)
        s.add(enrolment)
    s.flush()
    audit.record_row(s, actor.name, "enrolment.walk_in", enrolment,
                     detail=f"extra deelnemer bij de les van {lesson.date.isoformat()}")
