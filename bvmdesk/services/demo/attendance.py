"""Attendance marks with the patterns real registers show, for lessons before today."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from functools import cache

from bvmdesk.domain.clock import to_utc
from bvmdesk.domain.enums import AttendanceStatus as S
from bvmdesk.services.demo.rows import Row, RowStamper, epoch_ms
from bvmdesk.services.demo.schedule import DemoEnrolment, DemoGroup, DemoLesson

# Chance per lesson of each status that is not "aanwezig", per attendance profile.
_PROFILES: dict[str, tuple[tuple[S, float], ...]] = {
    "punctual": ((S.LATE, 0.03), (S.LEFT_EARLY, 0.01), (S.SICK, 0.025), (S.EXCUSED, 0.015),
                 (S.UNEXCUSED, 0.005)),
    "late": ((S.LATE, 0.35), (S.LEFT_EARLY, 0.02), (S.SICK, 0.03), (S.EXCUSED, 0.02),
             (S.UNEXCUSED, 0.02)),
    "irregular": ((S.LATE, 0.06), (S.LEFT_EARLY, 0.05), (S.SICK, 0.07), (S.EXCUSED, 0.06),
                  (S.UNEXCUSED, 0.03)),
    "truant": ((S.LATE, 0.10), (S.LEFT_EARLY, 0.04), (S.SICK, 0.04), (S.EXCUSED, 0.02),
               (S.UNEXCUSED, 0.08)),
}


def _cumulative(chances: tuple[tuple[S, float], ...]) -> tuple[tuple[float, S], ...]:
    """(upper bound, status) pairs: one random draw picks a status."""
    total, steps = 0.0, []
    for status, chance in chances:
        total += chance
        steps.append((total, status))
    return tuple(steps)


_THRESHOLDS = {name: _cumulative(chances) for name, chances in _PROFILES.items()}
_LATE_NOTES = ("Trein vertraagd", "Bus te laat", "Verslapen", "File", "Lekke band")
_EXCUSED_NOTES = ("Verlof via leerbedrijf", "Rijexamen", "Begrafenis in de familie",
                  "Verhuizing", "Open dag vervolgopleiding", "Werk bij leerbedrijf (afgestemd)")
_EARLY_NOTES = ("Afspraak, opgehaald door ouder", "Naar leerbedrijf geroepen",
                "Afspraak gemeente")
SICK_WEEK_RATE = 0.2
VERZUIM_MINUTES = 16 * 60


@cache
def _shifted(moment: time, minutes: int) -> time:
    full = datetime.combine(date(2000, 1, 1), moment) + timedelta(minutes=minutes)
    return full.time()


def _statuses(rng: random.Random, enrolment: DemoEnrolment, lessons: list[DemoLesson],
              lesson_minutes: int) -> list[S]:
    """One status per lesson: the profile's daily chances, then the longer patterns."""
    p = enrolment.participant
    thresholds = _THRESHOLDS[p.profile]
    statuses = []
    for _ in lessons:
        draw = rng.random()
        status = S.PRESENT
        for limit, candidate in thresholds:
            if draw < limit:
                status = candidate
                break
        statuses.append(status)
    count = len(lessons)
    if count >= 4 and rng.random() < SICK_WEEK_RATE:
        # A sick week: every lesson in one calendar week.
        week = lessons[rng.randrange(count)].day.isocalendar()[:2]
        for i, lesson in enumerate(lessons):
            if lesson.day.isocalendar()[:2] == week:
                statuses[i] = S.SICK
    if p.profile == "truant" and count >= 3:
        for _ in range(rng.choice((1, 1, 2))):
            length = rng.randint(2, 4)
            first = rng.randrange(max(1, count - length + 1))
            statuses[first:first + length] = [S.UNEXCUSED] * min(length, count - first)
    if p.designated_truant and count:
        # Enough unexcused hours in a row for a verzuim signal (16 h within 4 school weeks).
        needed = min(count, -(-VERZUIM_MINUTES // lesson_minutes))
        statuses[count - needed:] = [S.UNEXCUSED] * needed
    if enrolment.status == "gestopt" and count >= 2 and rng.random() < 0.5:
        statuses[-2:] = [S.UNEXCUSED, S.UNEXCUSED]  # stopping often shows itself first
    return statuses


def group_marks(rng: random.Random, stamper: RowStamper, group: DemoGroup,
                today: date) -> Iterator[Row]:
    """The marks of one group: every enrolled participant at every held lesson before today.

    A lesson on `today` itself stays unmarked: the register has work to do.
    """
    held = [lesson for lesson in group.lessons if lesson.day < today and not lesson.cancelled]
    if not held:
        return
    slot = group.module.slot
    start, end = slot.start, slot.end
    instructor = group.instructor.username
    site_id = group.site.id
    # Stored moments are UTC; the lesson's start is Amsterdam wall-clock time.
    moments = {lesson.id: to_utc(datetime.combine(lesson.day, start)) for lesson in held}
    moment_ms = {key: epoch_ms(value) for key, value in moments.items()}
    for enrolment in group.enrolments:
        lessons = [x for x in held if enrolment.start <= x.day <= enrolment.end]
        if not lessons:
            continue
        participant = enrolment.participant
        badge = participant.has_badge
        pid = participant.id
        for lesson, status in zip(lessons, _statuses(rng, enrolment, lessons, slot.minutes),
                                  strict=True):
            arrival = departure = None
            note = None
            if status is S.PRESENT:
                if badge:
                    arrival = _shifted(start, -rng.randint(0, 15))
            elif status is S.LATE:
                arrival = _shifted(start, rng.randint(5, 40))
                if rng.random() < 0.15:
                    note = rng.choice(_LATE_NOTES)
            elif status is S.LEFT_EARLY:
                if badge:
                    arrival = _shifted(start, -rng.randint(0, 10))
                departure = _shifted(end, -5 * rng.randint(6, 24))
                if rng.random() < 0.4:
                    note = rng.choice(_EARLY_NOTES)
            elif status is S.EXCUSED and rng.random() < 0.4:
                note = rng.choice(_EXCUSED_NOTES)
            moment = moments[lesson.id]
            yield {
                "id": stamper.new_id(), "site_id": site_id, "created_at": moment,
                "updated_at": moment, "created_by": instructor, "updated_by": instructor,
                "hlc": stamper.hlc(moment_ms[lesson.id]), "lesson_id": lesson.id,
                "participant_id": pid, "status": status.value, "arrival_time": arrival,
                "departure_time": departure, "note": note, "recorded_by": instructor,
                "recorded_at": moment, "supersedes_id": None, "reason": None,
            }
