"""Two PCs writing at once, on PostgreSQL and on SQLite: nothing lost, no IntegrityError.

Each "PC" is its own `Services` with its own engine and connections on the same database
(for SQLite two engines on one file). A `threading.Barrier` lines the two writers up before
every round, so that both units of work run at the same moment, 200 rounds per race. The
only failure a person may see is a `Conflict` (a Dutch "probeer het opnieuw"); the locks
should make even that one rare (the tests count them and allow none).
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bvmdesk.db.models import AttendanceMark, Lesson, Participant, User
from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import ParticipantData
from bvmdesk.services.accounts import LoginFailed
from bvmdesk.services.base import Actor, Conflict, ValidationFailed
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.db import support
from tests.services.exchange import support as exchange_files
from tests.services.test_attendance_world import add_person, enrol, make_group

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor
cheap_argon2 = support.cheap_argon2

ROUNDS = 200
LESSON_DAY = date(2030, 9, 2)  # ahead of the real clock: a scan needs no reason
TODAY = date(2026, 9, 1)
REASON = "gelijktijdige correctie"
NEW = ParticipantData(number="", first_names="Gelijk", prefix=None, last_name="Tijdig",
                      birth_date=date(2007, 4, 2), type="BBL")


@pytest.fixture
def second_pc(site_location: str, services: Services) -> Iterator[Services]:
    """A second PC: its own engine and connections on the same database."""
    other = open_services(site_location)
    try:
        yield other
    finally:
        other.close()


@dataclass
class Outcome:
    """What one PC saw in every round: a result, or the exception a person would see."""

    results: list[object]
    errors: list[BaseException]


def race(rounds: int, first: Callable[[int], object],
         second: Callable[[int], object]) -> tuple[Outcome, Outcome]:
    """Run `first(i)` and `second(i)` at the same moment, `rounds` times, on two threads."""
    barrier = threading.Barrier(2, timeout=60)
    outcomes = (Outcome([], []), Outcome([], []))

    def pc(work: Callable[[int], object], outcome: Outcome) -> None:
        for i in range(rounds):
            barrier.wait()
            try:
                outcome.results.append(work(i))
            except Exception as exc:  # counted and checked below
                outcome.errors.append(exc)

    threads = [threading.Thread(target=pc, args=(work, outcome), daemon=True)
               for work, outcome in zip((first, second), outcomes, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
        assert not thread.is_alive(), "a writer hangs"
    return outcomes


def _only_conflicts(*outcomes: Outcome) -> int:
    """The number of Conflicts; any other exception fails the test, shown as it is."""
    errors = [e for outcome in outcomes for e in outcome.errors]
    unexpected = [e for e in errors if not isinstance(e, Conflict)]
    assert not unexpected, f"{len(unexpected)} unexpected: {unexpected[:3]!r}"
    for error in errors:
        assert "opnieuw" in str(error)
    return len(errors)


@dataclass(frozen=True)
class Link:
    id: uuid.UUID
    supersedes_id: uuid.UUID | None


def _marks(services: Services, lesson_id: uuid.UUID, participant_id: uuid.UUID) -> list[Link]:
    with sessions_of(services).read() as s:
        return [Link(*row) for row in s.execute(
            select(AttendanceMark.id, AttendanceMark.supersedes_id).where(
                AttendanceMark.lesson_id == lesson_id,
                AttendanceMark.participant_id == participant_id))]


def _chain(marks: list[Link]) -> list[uuid.UUID]:
    """The marks from the current one back to the first; asserts the history is one line."""
    superseded = Counter(m.supersedes_id for m in marks if m.supersedes_id is not None)
    twice = [mark_id for mark_id, n in superseded.items() if n > 1]
    assert not twice, f"{len(twice)} marks superseded more than once"
    heads = [m for m in marks if m.id not in superseded]
    assert len(heads) == 1, f"{len(heads)} current marks"
    by_id = {m.id: m for m in marks}
    chain, mark = [], heads[0]
    while True:
        chain.append(mark.id)
        if mark.supersedes_id is None:
            break
        mark = by_id[mark.supersedes_id]
    assert len(chain) == len(marks), "marks outside the line of corrections"
    return chain


def _world(services: Services, lessons: int = 1,
           people: int = 1) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """A group with `people` enrolled participants (badges R-1 ...) and `lessons` lessons."""
    group_id = make_group(services, "RACE-1")
    persons = [add_person(services, f"R-{n:03d}", "Rens", f"Racer {n}", badge=f"R-{n}")
               for n in range(1, people + 1)]
    for person in persons:
        enrol(services, person, group_id, date(2026, 8, 31))
    with sessions_of(services).write("test") as s:
        rows = [Lesson(group_id=group_id, date=LESSON_DAY + timedelta(days=i // 4),
                       start_time=time(8 + 2 * (i % 4), 0),
                       end_time=time(9 + 2 * (i % 4), 30), cancelled=False)
                for i in range(lessons)]
        s.add_all(rows)
        s.flush()
        return [row.id for row in rows], persons


def test_two_pcs_correcting_the_same_mark_keep_one_line_of_corrections(
        services: Services, second_pc: Services, instructor: Actor) -> None:
    """Both PCs supersede "the current mark" of the same person at once, 200 times: the
    second one to commit supersedes the first one's new mark, never the old one, and every
    acknowledged correction is in the line. (Ten people take turns, so that a line does not
    grow to hundreds of marks that every correction reads again.)"""
    [lesson], people = _world(services, people=10)
    for person in people:
        services.attendance.set_mark(instructor, lesson, person, "aanwezig", reason=REASON)

    def correct(pc: Services, status: str) -> Callable[[int], object]:
        def work(i: int) -> object:
            change = pc.attendance.set_mark(instructor, lesson, people[i % len(people)],
                                            status, note=f"{status} {i}", reason=REASON)
            assert change.current is not None
            return change.current.id
        return work

    one, two = race(ROUNDS, correct(services, "ziek"), correct(second_pc, "geoorloofd"))
    assert _only_conflicts(one, two) == 0
    acknowledged = [*one.results, *two.results]
    assert len(set(acknowledged)) == len(acknowledged) == 2 * ROUNDS
    in_chains: set[object] = set()
    for person in people:
        chain = _chain(_marks(services, lesson, person))
        assert len(chain) == 1 + 2 * ROUNDS // len(people)  # the first and every correction
        in_chains.update(chain)
    assert set(acknowledged) <= in_chains


def test_two_pcs_making_the_first_mark_at_once_leave_one_current_mark(
        services: Services, second_pc: Services, instructor: Actor) -> None:
    """One PC sets a mark while the other's scanner reads the badge, for 200 unmarked
    (lesson, participant) pairs: each ends with one line of two marks."""
    lessons, [person] = _world(services, ROUNDS)
    with sessions_of(services).read() as s:
        starts = {lesson.id: datetime.combine(lesson.date, lesson.start_time)
                  for lesson in s.scalars(select(Lesson).where(Lesson.id.in_(lessons)))}

    def mark(i: int) -> object:
        return services.attendance.set_mark(instructor, lessons[i], person, "ziek",
                                            reason=REASON)

    def scan(i: int) -> object:
        return second_pc.attendance.scan(instructor, lessons[i], "R-1", starts[lessons[i]])

    one, two = race(ROUNDS, mark, scan)
    assert _only_conflicts(one, two) == 0
    assert all(result.kind == "arrival" for result in two.results)  # type: ignore[attr-defined]
    for lesson in lessons:
        assert len(_chain(_marks(services, lesson, person))) == 2


def test_two_pcs_creating_participants_get_every_number_once(
        services: Services, second_pc: Services, admin: Actor) -> None:
    """200 rounds of two creates at once: 400 participants, ZWL-00001 to ZWL-00400."""

    def create(pc: Services, name: str) -> Callable[[int], object]:
        def work(i: int) -> object:
            data = replace(NEW, first_names=f"{name} {i}")
            return pc.participants.create(admin, data, TODAY).data.number
        return work

    one, two = race(ROUNDS, create(services, "Een"), create(second_pc, "Twee"))
    assert _only_conflicts(one, two) == 0
    given = sorted(str(number) for number in [*one.results, *two.results])
    expected = [f"ZWL-{n:05d}" for n in range(1, 2 * ROUNDS + 1)]
    assert given == expected
    with sessions_of(services).read() as s:
        stored = sorted(s.scalars(select(Participant.number).where(
            Participant.number.like("ZWL-%"))))
    assert stored == expected


@pytest.mark.usefixtures("cheap_argon2")
def test_two_pcs_adding_the_same_account_get_one_account_and_one_dutch_refusal(
        services: Services, second_pc: Services, admin: Actor) -> None:
    rounds = 20

    def add(pc: Services) -> Callable[[int], object]:
        def work(i: int) -> object:
            return pc.accounts.add_user(admin, f"docent{i}", Role.INSTRUCTOR,
                                        "een lang wachtwoord").username
        return work

    one, two = race(rounds, add(services), add(second_pc))
    added = sorted(str(name) for name in [*one.results, *two.results])
    assert added == sorted(f"docent{i}" for i in range(rounds))
    refusals = [*one.errors, *two.errors]
    assert len(refusals) == rounds
    assert all(isinstance(e, ValidationFailed) and "bestaat al" in str(e) for e in refusals)


def test_failed_logins_on_two_pcs_at_once_all_count(
        services: Services, second_pc: Services) -> None:
    """The failed-attempts counter is read and written under a row lock: none is lost."""

    def wrong(pc: Services) -> Callable[[int], object]:
        def work(i: int) -> object:
            return pc.accounts.authenticate(support.INSTRUCTOR, "fout")
        return work

    one, two = race(2, wrong(services), wrong(second_pc))
    assert all(isinstance(e, LoginFailed) for e in [*one.errors, *two.errors])
    with sessions_of(services).read() as s:
        user = s.scalars(select(User).where(User.username == support.INSTRUCTOR)).one()
        assert (user.failed_attempts, user.locked_until) == (4, None)


def test_an_import_and_a_correction_at_once_keep_one_line_of_corrections(
        services: Services, second_pc: Services, instructor: Actor, tmp_path: Path) -> None:
    """The import supersedes marks in bulk under the lock of all marks: a correction on
    another PC waits for it, or the import reads the correction as the current mark."""
    exchange_files.write_csv(tmp_path / "eerst", exchange_files.valid())
    services.exchange.import_file(Actor.cli(), tmp_path / "eerst")
    folders = []
    for status in ("ziek", "ongeoorloofd"):
        sheets = exchange_files.valid()
        sheets["Presentie"][1][4] = status
        folders.append(exchange_files.write_csv(tmp_path / status, sheets))
    with sessions_of(services).read() as s:
        person = s.scalars(select(Participant.id).where(Participant.number == "H-001")).one()
        lesson = s.scalars(select(Lesson.id).where(Lesson.date == date(2026, 9, 7))).one()

    def correct(i: int) -> object:
        return services.attendance.set_mark(instructor, lesson, person, "aanwezig",
                                            note=f"correctie {i}", reason=REASON)

    def import_(i: int) -> object:
        result = second_pc.exchange.import_file(Actor.cli(), folders[i % 2])
        assert result.written
        return result

    one, two = race(30, correct, import_)
    assert _only_conflicts(one, two) == 0
    chain = _chain(_marks(services, lesson, person))
    assert len(chain) == 1 + 30 + 30  # every correction and every import superseded one
