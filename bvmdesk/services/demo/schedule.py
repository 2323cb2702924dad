"""Groups with weekly lessons over the school year, and who is enrolled in which group."""

from __future__ import annotations

import heapq
import random
import uuid
from dataclasses import dataclass, field
from datetime import date

from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.services.demo.calendar import SchoolWeek, school_weeks
from bvmdesk.services.demo.catalogue import DEFAULT_TOPICS, EVENING, TOPICS, TRACKS, ModuleSpec
from bvmdesk.services.demo.people import DemoParticipant, DemoSite, DemoUser
from bvmdesk.services.demo.rows import Row, RowStamper

_WEEKDAYS = ("ma", "di", "wo", "do", "vr")
_CANCEL_REASONS = ("Docent afwezig", "Storing afzuiginstallatie", "Studiedag docenten",
                   "Onderhoud lashal", "Excursie naar de Technishow",
                   "Stroomstoring op het terrein")


@dataclass(slots=True, eq=False)
class DemoLesson:
    id: uuid.UUID
    day: date
    cancelled: bool


@dataclass(slots=True, eq=False)
class DemoEnrolment:
    participant: DemoParticipant
    start: date
    end: date
    status: str


@dataclass(eq=False)
class DemoGroup:
    id: uuid.UUID
    code: str
    name: str
    site: DemoSite
    module: ModuleSpec
    instructor: DemoUser
    lessons: list[DemoLesson]
    topics: tuple[str, ...]
    enrolments: list[DemoEnrolment] = field(default_factory=list)

    @property
    def start(self) -> date:
        return self.lessons[0].day

    @property
    def end(self) -> date:
        return self.lessons[-1].day


@dataclass(frozen=True)
class ScheduleTuning:
    """Knobs that set the size of the result; the defaults make a realistic small BVM."""

    group_size: int = 15
    two_day_share: float = 0.25
    stop_rate: float = 0.06
    late_start_rate: float = 0.05
    second_course_rate: float = 0.2
    cancel_rate: float = 0.015


class Scheduler:
    """Makes the groups of every school year and enrols the participants in them."""

    def __init__(self, rng: random.Random, stamper: RowStamper, today: date,
                 starts: list[date], modules: dict[str, ModuleSpec],
                 instructors: dict[str, list[DemoUser]], tuning: ScheduleTuning) -> None:
        self._rng = rng
        self._stamper = stamper
        self._today = today
        self._starts = starts
        self._modules = modules
        self._instructors = instructors
        self._tuning = tuning
        self._sequence: dict[str, int] = {}
        self.groups: list[DemoGroup] = []

    def plan(self, people: list[DemoParticipant], sites: list[DemoSite]) -> list[DemoGroup]:
        carried: list[DemoParticipant] = []
        for year, start in enumerate(self._starts):
            weeks = {s.code: school_weeks(s.region, start) for s in sites}
            current = year == len(self._starts) - 1
            buckets: dict[tuple[str, str], list[DemoParticipant]] = {}
            for p in carried + [p for p in people if p.cohort == year]:
                buckets.setdefault((p.site.code, p.track), []).append(p)
            carried = []
            for site in sites:
                for track in TRACKS:
                    members = buckets.get((site.code, track))
                    if members:
                        carried += self._plan_bucket(site, track, members, weeks[site.code],
                                                     start, current)
        return self.groups

    def _plan_bucket(self, site: DemoSite, track_key: str, members: list[DemoParticipant],
                     weeks: list[SchoolWeek], year_start: date,
                     current: bool) -> list[DemoParticipant]:
        """Groups for one site and track in one year; returns who continues next year."""
        rng, tuning, track = self._rng, self._tuning, TRACKS[track_key]
        count = max(1, round(len(members) / tuning.group_size))
        offered = list(track.modules)
        rng.shuffle(offered)
        groups = []
        for index in range(count):
            module = self._modules[offered[index % len(offered)]]
            days = module.days_per_week
            if track.may_meet_twice and rng.random() < tuning.two_day_share:
                days = 2
            # In the current year the first course of a kind runs now: the register has work.
            anchored = current and index == 0
            groups.append(self._make_group(site, module, days, weeks, index, count, year_start,
                                           anchored))
        # Continuing students keep their module where a group of it exists; then everyone
        # goes to the smallest group, so sizes stay even.
        heap = [(0, i) for i in range(count)]
        sizes = [0] * count
        by_module: dict[str, list[int]] = {}
        for i, g in enumerate(groups):
            by_module.setdefault(g.module.code, []).append(i)
        rng.shuffle(members)
        members.sort(key=lambda p: p.previous_module is None)
        for p in members:
            same = by_module.get(p.previous_module) if p.previous_module else None
            if same:
                chosen = min(same, key=lambda i: sizes[i])
            else:
                while True:
                    size, chosen = heapq.heappop(heap)
                    if size == sizes[chosen]:
                        break
            sizes[chosen] += 1
            heapq.heappush(heap, (sizes[chosen], chosen))
            self._enrol(groups[chosen], p, first=p.previous_module is None)
        carried: list[DemoParticipant] = []
        for group in groups:
            for enrolment in group.enrolments:
                p = enrolment.participant
                if p.years_left > 0 and enrolment.status != EnrolmentStatus.STOPPED:
                    p.years_left -= 1
                    p.previous_module = group.module.code
                    carried.append(p)
        if track_key == "course" and len(groups) > 1:
            self._second_courses(groups)
        self.groups += groups
        return carried

    def _second_courses(self, groups: list[DemoGroup]) -> None:
        """Some employees follow two courses in a year (say VCA and MIG/MAG)."""
        # Everyone is in exactly one group so far, so a group of another module is new to
        # them: no participant is enrolled twice in one group.
        firsts = [(g, e.participant) for g in groups for e in g.enrolments]
        for group, participant in firsts:
            if self._rng.random() >= self._tuning.second_course_rate:
                continue
            others = [g for g in groups if g.module.code != group.module.code]
            if others:
                target = min(others, key=lambda g: len(g.enrolments))
                self._enrol(target, participant, first=False, extra=True)

    def _make_group(self, site: DemoSite, module: ModuleSpec, days_per_week: int,
                    weeks: list[SchoolWeek], index: int, count: int, year_start: date,
                    anchored: bool) -> DemoGroup:
        rng = self._rng
        span = len(weeks) if module.weeks is None else min(module.weeks, len(weeks))
        first_week = int((index + rng.random()) * (len(weeks) - span) / count)
        if anchored:
            now = sum(1 for w in weeks if w.monday <= self._today)
            first_week = max(0, min(len(weeks) - span, now - 1 - rng.randrange(span)))
        window = weeks[first_week:first_week + span]
        choices = range(4) if module.slot is EVENING else range(5)
        weekdays = sorted(rng.sample(choices, days_per_week))
        days = [d for w in window for d in w.days if d.weekday() in weekdays]
        if not days:  # every chosen weekday fell on a holiday: meet on the first free day
            days = [w.days[0] for w in window]
        topics = TOPICS.get(module.prefix, DEFAULT_TOPICS)
        lessons = [DemoLesson(self._stamper.new_id(), d, rng.random() < self._tuning.cancel_rate)
                   for d in days]
        key = f"{module.prefix}-{site.code}"
        self._sequence[key] = self._sequence.get(key, 0) + 1
        day_text = "+".join(_WEEKDAYS[w] for w in weekdays)
        if module.slot is EVENING:
            day_text += "-avond"
        school_year = f"{year_start.year}-{year_start.year + 1}"
        instructor = rng.choice(self._instructors[site.code])
        group = DemoGroup(self._stamper.new_id(), f"{key}-{self._sequence[key]}",
                          f"{module.name}, {site.name} {day_text} {school_year}", site, module,
                          instructor, lessons, topics)
        return group

    def _enrol(self, group: DemoGroup, p: DemoParticipant, *, first: bool,
               extra: bool = False) -> None:
        rng, tuning, today = self._rng, self._tuning, self._today
        lessons = group.lessons
        start, end, stopped = group.start, group.end, False
        if first and not extra and p.track in ("bbl", "bol"):
            p.years_left = max(0, rng.randint(1, group.module.years) - 1)
        if not p.designated_truant and len(lessons) >= 6:
            if rng.random() < tuning.late_start_rate:
                start = lessons[rng.randrange(1, max(2, len(lessons) // 3))].day
            if rng.random() < tuning.stop_rate:
                stop_day = lessons[rng.randrange(len(lessons) // 2, len(lessons) - 1)].day
                if start <= stop_day < today:
                    end, stopped = stop_day, True
        if stopped:
            status = EnrolmentStatus.STOPPED
        elif group.end < today:
            status = EnrolmentStatus.COMPLETED
        else:
            status = EnrolmentStatus.ACTIVE
        group.enrolments.append(DemoEnrolment(p, start, end, status.value))

    # --- rows ----------------------------------------------------------------------------
    def group_rows(self, module_ids: dict[str, uuid.UUID]) -> list[Row]:
        return [self._stamper.descriptive(g.site.id, row_id=g.id) | {
            "code": g.code, "name": g.name, "module_id": module_ids[g.module.code],
            "location_id": g.site.id, "instructor_id": g.instructor.id,
            "start_date": g.start, "end_date": g.end} for g in self.groups]

    def lesson_rows(self) -> list[Row]:
        rows = []
        for g in self.groups:
            topics = g.topics
            slot = g.module.slot
            for number, lesson in enumerate(g.lessons):
                rows.append(self._stamper.descriptive(g.site.id, row_id=lesson.id) | {
                    "group_id": g.id, "date": lesson.day, "start_time": slot.start,
                    "end_time": slot.end, "instructor_id": g.instructor.id,
                    "topic": topics[number % len(topics)], "cancelled": lesson.cancelled,
                    "cancel_reason": (self._rng.choice(_CANCEL_REASONS)
                                      if lesson.cancelled else None)})
        return rows

    def enrolment_rows(self) -> list[Row]:
        rows = []
        for g in self.groups:
            for e in g.enrolments:
                p = e.participant
                bbl = p.track == "bbl"
                rows.append(self._stamper.descriptive(g.site.id) | {
                    "participant_id": p.id, "group_id": g.id, "start_date": e.start,
                    "end_date": e.end, "status": e.status,
                    "company_id": p.company_id if bbl or p.type.value == "werknemer" else None,
                    "trainer_id": p.trainer_id if bbl else None})
        return rows
