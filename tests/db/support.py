"""Databases that already have a site, on both backends, and rows to build facts on.

Migrating and hashing the first passwords takes about a second per database, so one
set-up database per backend is made once per test process and every test gets a fresh copy
of it (a file copy for SQLite, `CREATE DATABASE ... TEMPLATE` for PostgreSQL). The two
session fixtures that make them, `_sqlite_site_template` and `_pg_site_template`, live in
tests/conftest.py and nowhere else: a module that imported them under its own name would
get templates of its own, built again for that module (that cost about two seconds per
module and process, some 250 s of the run).
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Enrolment, Group, Lesson, Module, Participant, User
from bvmdesk.db.session import local_site_id
from bvmdesk.domain.enums import Role
from bvmdesk.services import accounts
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from bvmdesk.services.participants import participant_search_key
from tests.pg_server import PostgresServer

SITE_CODE = "ZWL"
ADMIN = "beheer"
INSTRUCTOR = "docent"
PASSWORD = "een lang wachtwoord"
INSTRUCTOR_PASSWORD = "krijt en bord 2026"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _cheap_hasher() -> Any:
    """Argon2id with small costs: the template's accounts verify in a millisecond.

    Verification reads the costs from the stored hash, so only the template's own
    accounts are cheap; passwords set during a test get the real costs.
    """
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


REAL_HASHER = accounts._hasher


@pytest.fixture
def cheap_argon2() -> Iterator[None]:
    """Passwords set during the test are hashed with small Argon2id costs.

    The production costs take ~0.15 s per hash or check; one test in test_accounts
    checks that they are what is stored outside of this fixture.
    """
    with mock.patch.object(accounts, "_hasher", _cheap_hasher), \
            mock.patch.object(accounts, "_dummy_hash", []):  # made cheaply: not kept
        yield


@contextmanager
def cheap_hashing() -> Iterator[None]:
    """Argon2id with small costs inside a `with` (for building a template database)."""
    with mock.patch.object(accounts, "_hasher", _cheap_hasher), \
            mock.patch.object(accounts, "_dummy_hash", []):
        yield


def copy_sqlite(template: Path, path: Path) -> None:
    """A copy of a SQLite template, with the audit head file that travels with it."""
    shutil.copyfile(template, path)
    head = template.with_name(template.name + ".head")
    if head.exists():
        shutil.copyfile(head, path.with_name(path.name + ".head"))


def _set_up(location: str) -> None:
    services = open_services(location, create=True, backup=False)
    try:
        with mock.patch.object(accounts, "_hasher", _cheap_hasher), \
                mock.patch.object(accounts, "_dummy_hash", []):
            services.accounts.setup_site(Actor.cli(), SITE_CODE, "Zwolle", ADMIN, PASSWORD,
                                         admin_display_name="Beheerder")
            services.accounts.add_user(Actor.cli(), INSTRUCTOR, Role.INSTRUCTOR,
                                       INSTRUCTOR_PASSWORD, "Docent Dijkstra")
    finally:
        services.close()


def sqlite_site_template() -> Iterator[Path]:
    """The SQLite template (the root conftest's session fixture `_sqlite_site_template`)."""
    folder = Path(tempfile.mkdtemp(prefix="bvm-tmpl-"))
    path = folder / "template.sqlite"
    _set_up(str(path))
    try:
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class PgCopies:
    """Copies of the template database, made ahead on a worker thread.

    A copy takes the server about a third of a second; made while the previous test runs,
    it costs the test nothing.
    """

    AHEAD = 2

    def __init__(self, server: PostgresServer, template: str) -> None:
        self._server, self._template = server, template
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-copies")
        self._ready: deque[Future[str]] = deque()
        for _ in range(self.AHEAD):
            self._ready.append(self._pool.submit(self._copy))

    def _copy(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        self._server.create_database(name, template=self._template)
        return name

    def take(self) -> str:
        name = self._ready.popleft().result()
        self._ready.append(self._pool.submit(self._copy))
        return name

    def drop(self, name: str) -> None:
        self._pool.submit(self._server.drop_database, name)

    def close(self) -> None:
        for future in self._ready:
            self.drop(future.result())
        self._pool.shutdown(wait=True)


def pg_site_template(pg_server: PostgresServer) -> Iterator[PgCopies]:
    """Copies of the PostgreSQL template (the root conftest's `_pg_site_template`)."""
    name = f"tmpl_{uuid.uuid4().hex[:8]}"
    pg_server.create_database(name)
    _set_up(pg_server.url(name))
    copies = PgCopies(pg_server, name)
    try:
        yield copies
    finally:
        copies.close()
        pg_server.drop_database(name)


@pytest.fixture(params=BACKENDS)
def site_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database at head with site ZWL, admin `beheer` and instructor `docent`."""
    if request.param == "sqlite":
        path = tmp_path / "site.sqlite"
        copy_sqlite(request.getfixturevalue("_sqlite_site_template"), path)
        yield str(path)
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    copies: PgCopies = request.getfixturevalue("_pg_site_template")
    name = copies.take()
    try:
        yield server.url(name)
    finally:
        copies.drop(name)


@pytest.fixture
def services(site_location: str) -> Iterator[Services]:
    opened = open_services(site_location)
    try:
        yield opened
    finally:
        opened.close()


def user_actor(services: Services, username: str) -> Actor:
    """The actor a successful login of `username` gives (without the Argon2 cost)."""
    with sessions_of(services).read() as s:
        user = s.scalars(select(User).where(User.username == username)).one()
        return Actor(user.username, Role(user.role), user.id, user.display_name)


@pytest.fixture
def admin(services: Services) -> Actor:
    return user_actor(services, ADMIN)


@pytest.fixture
def instructor(services: Services) -> Actor:
    return user_actor(services, INSTRUCTOR)


def add_participant(s: Session, number: str, first_names: str, last_name: str,
                    prefix: str | None = None, badge: str | None = None,
                    birth_date: date = date(2007, 5, 17), type_: str = "BBL") -> Participant:
    """A participant row written with the ORM (as an import would store it)."""
    participant = Participant(
        number=number, first_names=first_names, prefix=prefix, last_name=last_name,
        birth_date=birth_date, type=type_, badge=badge,
        search_text=participant_search_key(first_names, prefix, last_name, number, badge),
    )
    s.add(participant)
    s.flush()
    return participant


@dataclass(frozen=True)
class LessonWorld:
    """Ids of one module, group, participant, enrolment, lesson and instructor."""

    site_id: uuid.UUID
    module_id: uuid.UUID
    group_id: uuid.UUID
    participant_id: uuid.UUID
    enrolment_id: uuid.UUID
    lesson_id: uuid.UUID
    user_id: uuid.UUID


def build_lesson_world(services: Services, group_code: str = "LAS-1") -> LessonWorld:
    """A group with one enrolled participant and one lesson, written with the ORM."""
    with sessions_of(services).write("test") as s:
        site_id = local_site_id(s)
        assert site_id is not None
        user = s.scalars(select(User).where(User.username == INSTRUCTOR)).one()
        module = Module(code=f"M-{group_code}", name="Lassen MIG/MAG", planned_hours=80,
                        min_attendance_pct=80)
        s.add(module)
        s.flush()
        group = Group(code=group_code, name="Lassen najaar", module_id=module.id,
                      location_id=site_id, instructor_id=user.id, start_date=date(2026, 9, 1))
        s.add(group)
        participant = add_participant(s, f"P-{group_code}", "Çağan", "Yılmaz")
        s.flush()
        enrolment = Enrolment(participant_id=participant.id, group_id=group.id,
                              start_date=date(2026, 9, 1))
        lesson = Lesson(group_id=group.id, date=date(2026, 9, 7), start_time=time(8, 30),
                        end_time=time(12, 0), instructor_id=user.id, topic="Hoeknaden")
        s.add_all([enrolment, lesson])
        s.flush()
        return LessonWorld(site_id, module.id, group.id, participant.id, enrolment.id,
                           lesson.id, user.id)
