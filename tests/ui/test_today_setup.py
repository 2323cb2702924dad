"""Vandaag's "Aan de slag" in the main window: shown on a site without lessons, its links
open the right place (Beheer sections, a new participant), read-only for an instructor, and
gone once a group has a lesson."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from bvmdesk.config import Settings
from bvmdesk.db.models import Group, Lesson
from bvmdesk.domain.enums import Role
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.today.setup_card import NEW_PARTICIPANT, PARTICIPANTS, PLAN_LESSONS
from tests.db.support import user_actor
from tests.ui.conftest import activate
from tests.ui.layout_fit import layout_problems

STEPS = ["modules", "companies", "groups", "participants", "lessons"]


@pytest.fixture
def new_site(tmp_path: Path) -> Iterator[Services]:
    """A site just set up: an administrator and an instructor, nothing else."""
    opened = open_services(str(tmp_path / "nieuw.sqlite"), create=True, backup=False)
    cli = Actor.cli()
    opened.accounts.setup_site(cli, "ZWL", "Zwolle", "beheer", "een lang wachtwoord",
                               admin_display_name="Bea Heer")
    opened.accounts.add_user(cli, "docent", Role.INSTRUCTOR, "krijt en bord 2026",
                             "Docent Dijkstra")
    yield opened
    opened.close()


def _window(qtbot, services: Services, actor: Actor,
            size: tuple[int, int] = (1366, 768)) -> MainWindow:
    window = MainWindow(services, actor, Settings.load())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def _click(qtbot, window: MainWindow, target: str) -> None:
    window.show_page_key("today")
    card = window.today_page.setup_card
    qtbot.mouseClick(next(s.links[target] for s in card.steps.values() if target in s.links),
                     Qt.MouseButton.LeftButton)


def _section(window: MainWindow) -> str:
    admin = window.admin_page
    return admin.sections[admin.stack.currentIndex()][0]


def test_an_empty_site_shows_the_steps_and_each_link_opens_its_place(
        qtbot, new_site: Services) -> None:
    window = _window(qtbot, new_site, user_actor(new_site, "beheer"))
    today = window.today_page
    card = today.setup_card
    assert card.isVisible() and not today.lessons_card.isVisible()
    assert card.count_label.text() == "(0 van 5 klaar)"
    assert [card.is_done(key) for key in STEPS] == [False] * 5
    assert card.steps["modules"].state.text() == "nog te doen"

    for target, section in [("modules", "modules"), ("companies", "companies"),
                            ("trainers", "trainers"), ("groups", "groups"),
                            ("import", "import"), (PLAN_LESSONS, "groups")]:
        window.show_page_key("admin")
        window.admin_page.show_section("users")  # elsewhere, so that the link must move it
        _click(qtbot, window, target)
        assert window.current_page is window.admin_page, target
        assert _section(window) == section, target

    _click(qtbot, window, NEW_PARTICIPANT)
    participants = window.participants_page
    assert window.current_page is participants
    assert participants.detail.heading.text() == "Nieuwe deelnemer"
    assert participants.detail.first_names_edit.hasFocus()


def test_a_beheer_filter_does_not_hide_the_section_a_link_opens(qtbot,
                                                                new_site: Services) -> None:
    window = _window(qtbot, new_site, user_actor(new_site, "beheer"))
    window.admin_page.header.search_edit.setText("back")  # only Back-ups stays listed
    _click(qtbot, window, "modules")
    assert _section(window) == "modules"
    assert not window.admin_page.sub_navigation.item(
        window.admin_page.sub_navigation.currentRow()).isHidden()


def test_an_instructor_sees_the_steps_and_opens_the_sections_read_only(
        qtbot, new_site: Services) -> None:
    window = _window(qtbot, new_site, user_actor(new_site, "docent"))
    card = window.today_page.setup_card
    assert card.isVisible()
    assert "Deze stappen zet een beheerder" in card.intro.text()
    assert NEW_PARTICIPANT not in card.steps["participants"].links
    _click(qtbot, window, PARTICIPANTS)
    assert window.current_page is window.participants_page
    assert window.participants_page.detail.heading.text() != "Nieuwe deelnemer"
    _click(qtbot, window, "companies")
    assert _section(window) == "companies"
    panel = window.admin_page.panels["companies"]
    assert getattr(panel, "editable", None) is False  # the record panel, read-only


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_card_fits_beside_the_rest_of_vandaag(qtbot, new_site: Services,
                                                  size: tuple[int, int]) -> None:
    window = _window(qtbot, new_site, user_actor(new_site, "beheer"), size)
    for _ in range(3):
        QApplication.processEvents()
    today = window.today_page
    assert layout_problems(today) == []
    card, absences = today.setup_card, today.absences_panel
    assert card.geometry().right() < absences.geometry().left()  # side by side
    assert today.verzuim_panel.height() >= 150  # the rest of Vandaag keeps its room


def test_the_card_counts_what_exists_and_goes_once_a_group_has_a_lesson(
        qtbot, services: Services, admin: Actor) -> None:
    """The GUI template: a company, a module, a group without lessons, participants."""
    window = _window(qtbot, services, admin)
    today = window.today_page
    card = today.setup_card
    assert card.isVisible()
    assert [card.is_done(key) for key in STEPS] == [True, True, True, True, False]
    assert card.steps["modules"].state.text() == "klaar · 1 module"
    assert card.steps["companies"].state.text() == "klaar · 1 leerbedrijf, 0 praktijkopleiders"
    assert card.steps["groups"].state.text() == "klaar · 1 groep"
    assert card.count_label.text() == "(4 van 5 klaar)"

    with sessions_of(services).write("test") as s:
        group = s.scalars(select(Group.id)).one()
        s.add(Lesson(group_id=group, date=date(2026, 9, 7), start_time=time(8, 30),
                     end_time=time(12, 0), cancelled=True, cancel_reason="ziek"))
    window.show_page_key("admin")
    window.show_page_key("today")  # back from Beheer: Vandaag reads the steps again
    assert card.isVisible()  # a cancelled lesson is no lesson
    with sessions_of(services).write("test") as s:
        s.add(Lesson(group_id=group, date=date(2026, 9, 14), start_time=time(8, 30),
                     end_time=time(12, 0)))
    window.show_page_key("admin")
    window.show_page_key("today")
    assert not card.isVisible()
    assert today.lessons_card.isVisible()
