"""GUI test fixtures: a real SQLite database with a site, users and participants, made once
through the services (plus a few Core/ORM rows for companies and groups) and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import ParticipantData
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.ui.dialog_script import answer  # noqa: F401  (a fixture for every GUI test)

ADMIN, ADMIN_PASSWORD = "beheer", "beheer-wachtwoord"
INSTRUCTOR, INSTRUCTOR_PASSWORD = "pbakker", "werkplaats-2026"
EXTRA_PARTICIPANTS = 300  # more than one page of the lazy model

NAMED = [
    ("Zoë", "van 't", "Hek", "BBL", "BADGE0007"),
    ("Jan-Willem", "van der", "Berg", "BOL", "BADGE0044"),
    ("Çağan", None, "Doğan", "werkzoekende", None),
    ("Łukasz", None, "Wiśniewski", "werknemer", "BADGE0031"),
    ("Fatima", None, "Bouzid", "vmbo", None),
]


def build_database(path: Path) -> None:
    """A site ZWL with an admin and an instructor, a company, a group and participants.

    The two accounts' passwords are hashed with small Argon2id costs (tests.db.support):
    checking them then takes a millisecond instead of ~0.15 s, in every test that logs in.
    Passwords set during a test get the real costs.
    """
    from unittest import mock

    from bvmdesk.db.models import Company, Enrolment, Group, Module, Participant
    from bvmdesk.services import accounts
    from bvmdesk.services.participants import participant_search_key
    from tests.db.support import _cheap_hasher

    services = open_services(str(path), create=True, backup=False)
    try:
        cli = Actor.cli()
        with mock.patch.object(accounts, "_hasher", _cheap_hasher), \
                mock.patch.object(accounts, "_dummy_hash", []):
            site = services.accounts.setup_site(cli, "ZWL", "Zwolle", ADMIN, ADMIN_PASSWORD,
                                                admin_display_name="Bea Heer")
            teacher = services.accounts.add_user(cli, INSTRUCTOR, Role.INSTRUCTOR,
                                                 INSTRUCTOR_PASSWORD, "Petra Bakker")
        with sessions_of(services).write("test") as s:
            s.add(Company(code="LB-DEMO", name="Metaalwerk Zwolle BV", city="Zwolle"))
            module = Module(code="MAG135-1", name="MAG-lassen 135 niveau 1", planned_hours=80)
            s.add(module)
            s.flush()
            s.add(Group(code="LAS-ZWL-1", name="MAG-lassen 135 niveau 1", module_id=module.id,
                        location_id=site.id, start_date=date(2026, 9, 1),
                        instructor_id=teacher.id))  # she sees only her own groups
        created = []
        for first, prefix, last, kind, badge in NAMED:
            detail = services.participants.create(cli, ParticipantData(
                number="", first_names=first, prefix=prefix, last_name=last,
                birth_date=date(2008, 3, 14), type=kind, badge=badge, funder="UWV"))
            created.append(detail.id)
        with sessions_of(services).write("test") as s:
            from sqlalchemy import select

            group_id = s.scalars(select(Group.id)).one()
            company_id = s.scalars(select(Company.id)).one()
            s.add(Enrolment(participant_id=created[0], group_id=group_id,
                            start_date=date(2026, 9, 1), status="actief",
                            company_id=company_id))
            for n in range(EXTRA_PARTICIPANTS):
                number = f"T-{n:04d}"
                first, last = f"Test{n:03d}", f"Persoon{n:03d}"
                s.add(Participant(number=number, first_names=first, prefix=None,
                                  last_name=last, birth_date=date(2000, 1, 1), type="BBL",
                                  search_text=participant_search_key(first, None, last,
                                                                     number, None)))
    finally:
        services.close()


def activate(qtbot: object, widget: object) -> None:
    """Make `widget`'s window the active one, so that its shortcuts fire."""
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.activateWindow()
    handle = widget.windowHandle()
    if handle is not None:
        handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)  # type: ignore[attr-defined]


# scripts/test_ui_files.py builds the template once for all its pytest processes and names
# it here; each test still works on its own copy (db_path).
SHARED_TEMPLATE = "BVMDESK_TEST_UI_TEMPLATE"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import os

    shared = os.environ.get(SHARED_TEMPLATE)
    if shared and Path(shared).is_file():
        return Path(shared)
    path = tmp_path_factory.mktemp("template") / "bvmdesk.sqlite"
    build_database(path)
    return path


@pytest.fixture(autouse=True)
def _synchronous_workers() -> Iterator[None]:
    from bvmdesk.ui.workers import set_synchronous

    set_synchronous(True)
    yield
    set_synchronous(False)


@pytest.fixture(autouse=True)
def _keep_added_widgets(request: pytest.FixtureRequest) -> Iterator[None]:
    """Widgets given to `qtbot.addWidget` stay alive until the test's teardown, which
    closes them (those Qt has not deleted already).

    pytest-qt keeps only a weak reference. When a test returns, its locals go, and a page
    held only by reference cycles is then collected by Python's cyclic GC while pytest-qt
    still processes the test's pending events: Qt paints a table whose page is being
    deleted (a segmentation fault in QAbstractItemModel::multiData). The app itself owns
    its pages through the main window."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import shiboken6

    qtbot = request.getfixturevalue("qtbot")
    kept: list[tuple[Any, Any]] = []

    def add_and_keep(widget: Any, *, before_close_func: Any = None) -> None:
        kept.append((widget, before_close_func))

    qtbot.addWidget = add_and_keep
    yield
    for widget, before_close in kept:
        if shiboken6.isValid(widget):  # a dialog may have deleted itself (Qt side)
            if before_close is not None:
                before_close(widget)
            widget.close()
    kept.clear()


@pytest.fixture(autouse=True)
def _dutch_locale() -> None:
    """Dutch dates and numbers, as the app sets them at start-up (so that every test file
    also passes on its own)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


@pytest.fixture(autouse=True)
def _theme(qapp: Any) -> None:
    """The app's theme, applied again only when a test changed it: applying a style sheet
    repolishes every widget that still exists, and the closed windows of earlier tests in
    the file do (this took 4-8 s per test by the end of test_main_window.py)."""
    from bvmdesk.ui import theme

    if qapp.styleSheet() != theme._STYLESHEET:
        theme.apply_theme(qapp)


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template database for one test."""
    target = tmp_path / "bvmdesk.sqlite"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = open_services(str(db_path))
    yield opened
    opened.close()


@pytest.fixture
def empty_services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(str(tmp_path / "leeg.sqlite"), create=True, backup=False)
    yield opened
    opened.close()


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.authenticate(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def instructor(services: Services) -> Actor:
    return services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
