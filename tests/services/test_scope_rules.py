"""Own groups only: the rules of services/scope.py on both backends. Who teaches a group (main,
extra or a lesson's instructor), which participants that shows (any enrolment status), and
what a tombstone takes away. The services' use of these rules is tested per capability
(test_scope_attendance.py, test_scope_assessments.py)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import Enrolment, Group, GroupInstructor, Lesson, Participant
from bvmdesk.domain.enums import Role
from bvmdesk.services import scope
from bvmdesk.services.base import Actor, PermissionDenied
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.test_attendance_world import add_lesson, add_person, enrol, make_group

site_location = support.site_location
services = support.services

START = date(2026, 9, 1)
PASSWORD = "een lang wachtwoord"


def _teacher(services: Services, name: str) -> Actor:
    info = services.accounts.add_user(Actor.cli(), name, Role.INSTRUCTOR, PASSWORD)
    return Actor(info.username, Role.INSTRUCTOR, info.id, info.display_name)


def _world(services: Services) -> dict[str, uuid.UUID]:
    ids = {"g1": make_group(services, "G-1"), "g2": make_group(services, "G-2"),
           "g3": make_group(services, "G-3")}
    ids["p1"] = add_person(services, "P1", "Anna", "Een")
    ids["p2"] = add_person(services, "P2", "Bram", "Twee")
    ids["p3"] = add_person(services, "P3", "Cor", "Drie")
    ids["p4"] = add_person(services, "P4", "Dirk", "Nergens")
    enrol(services, ids["p1"], ids["g1"], START, date(2026, 10, 1), status="gestopt")
    enrol(services, ids["p2"], ids["g2"], START)
    enrol(services, ids["p3"], ids["g3"], START)
    ids["lesson2"] = add_lesson(services, ids["g2"], date(2026, 9, 7))
    return ids


def _groups(services: Services, actor: Actor) -> set[str]:
    with sessions_of(services).read() as s:
        return set(s.scalars(scope.limit_groups(select(Group.code), actor, Group.id)))


def _people(services: Services, actor: Actor) -> set[str]:
    with sessions_of(services).read() as s:
        return set(s.scalars(scope.limit_participants(select(Participant.number), actor,
                                                      Participant.id)))


def test_who_teaches_what(services: Services) -> None:
    ids = _world(services)
    main, extra, substitute, nobody = (_teacher(services, n) for n in
                                       ("hoofd", "extra", "invaller", "niemand"))
    with sessions_of(services).write("test") as s:
        s.get(Group, ids["g1"]).instructor_id = main.user_id  # type: ignore[union-attr]
        s.add(GroupInstructor(group_id=ids["g3"], user_id=extra.user_id))
        s.get(Lesson, ids["lesson2"]).instructor_id = substitute.user_id  # type: ignore[union-attr]

    assert _groups(services, main) == {"G-1"}
    assert _people(services, main) == {"P1"}  # a participant who stopped stays visible
    assert _groups(services, extra) == {"G-3"}
    assert _people(services, extra) == {"P3"}
    assert _groups(services, substitute) == {"G-2"}  # one lesson shows the whole group
    assert _people(services, substitute) == {"P2"}
    assert _groups(services, nobody) == set()
    assert _people(services, nobody) == set()
    # an instructor actor without an account sees nothing either
    assert _groups(services, Actor("zonder-account", Role.INSTRUCTOR)) == set()
    # administrators, the command line and the read-only smoke test see everything
    admin = services.accounts.authenticate(support.ADMIN, support.PASSWORD)
    for everyone in (admin, Actor.cli(), Actor.viewer()):
        assert not scope.scoped(everyone)
        assert _groups(services, everyone) == {"G-1", "G-2", "G-3"}
        assert _people(services, everyone) == {"P1", "P2", "P3", "P4"}

    with sessions_of(services).read() as s:
        scope.require_group(s, main, ids["g1"])
        scope.require_participant(s, main, ids["p1"])
        scope.require_lesson(s, substitute, ids["lesson2"])
        for check, target in ((scope.require_group, ids["g2"]),
                              (scope.require_participant, ids["p2"]),
                              (scope.require_lesson, ids["lesson2"]),
                              (scope.require_participant, ids["p4"]),
                              (scope.require_group, None)):
            with pytest.raises(PermissionDenied, match="niet bij uw groepen"):
                check(s, main, target)
        scope.require_group(s, admin, ids["g2"])
        scope.require_participant(s, Actor.cli(), ids["p4"])


def test_tombstones_take_away(services: Services) -> None:
    """An extra instructor taken off, a lesson archived or an enrolment archived no longer
    count; an archived group is no longer theirs."""
    ids = _world(services)
    extra, substitute, main = (_teacher(services, n) for n in ("extra", "invaller", "hoofd"))
    with sessions_of(services).write("test") as s:
        s.add(GroupInstructor(group_id=ids["g3"], user_id=extra.user_id))
        s.get(Lesson, ids["lesson2"]).instructor_id = substitute.user_id  # type: ignore[union-attr]
        s.get(Group, ids["g1"]).instructor_id = main.user_id  # type: ignore[union-attr]
    assert _groups(services, extra) == {"G-3"}
    now = sessions_of(services).now()
    with sessions_of(services).write("test") as s:
        s.scalars(select(GroupInstructor)).one().deleted_at = now
        s.get(Lesson, ids["lesson2"]).deleted_at = now  # type: ignore[union-attr]
        s.get(Group, ids["g1"]).deleted_at = now  # type: ignore[union-attr]
    assert _groups(services, extra) == set()
    assert _groups(services, substitute) == set()
    assert _groups(services, main) == set()
    assert _people(services, main) == set()


def test_archived_enrolment_hides_the_participant(services: Services) -> None:
    ids = _world(services)
    main = _teacher(services, "hoofd")
    with sessions_of(services).write("test") as s:
        s.get(Group, ids["g2"]).instructor_id = main.user_id  # type: ignore[union-attr]
    assert _people(services, main) == {"P2"}
    with sessions_of(services).write("test") as s:
        s.scalars(select(Enrolment).where(Enrolment.participant_id == ids["p2"])).one() \
            .deleted_at = sessions_of(services).now()
    assert _people(services, main) == set()
    with sessions_of(services).read() as s:
        assert not scope.sees_participant(s, main, ids["p2"])
        assert s.scalar(select(func.count(Participant.id))) == 4  # nothing was removed
