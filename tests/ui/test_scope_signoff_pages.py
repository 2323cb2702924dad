"""Own groups only in the GUI (issue 16): Aftekenen, Certificaten and Beoordelingen show an
instructor only the groups they teach; someone else's participant gives a plain line, no
error dialog.

The GUI template database with the sign-off world on top: group AFT-1 is taught by
`docent`, LAS-ZWL-1 by Petra Bakker (pbakker).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.assessments.page import AssessmentsPage
from bvmdesk.ui.signoffs.group_overview import GroupSignOffView
from tests.services.assessment_support import ovg_spec
from tests.services.signoff_support import SignOffWorld
from tests.ui import certificate_page_support
from tests.ui.conftest import INSTRUCTOR, INSTRUCTOR_PASSWORD
from tests.ui.signoff_page_support import open_page as open_signoffs
from tests.ui.signoff_ui_support import docent_of, make_world, open_day_services


@pytest.fixture
def day_services(db_path: Path) -> Iterator[Services]:
    opened = open_day_services(db_path)
    yield opened
    opened.close()


@pytest.fixture
def world(day_services: Services) -> SignOffWorld:
    return make_world(day_services)


@pytest.fixture
def petra(day_services: Services) -> Actor:
    return day_services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append(_n))
    return shown


def _items(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


def test_group_overview_offers_only_the_own_groups(qtbot, day_services: Services,
                                                  world: SignOffWorld, petra: Actor) -> None:
    mine = GroupSignOffView(day_services.signoff_overview, docent_of(day_services))
    theirs = GroupSignOffView(day_services.signoff_overview, petra)
    for view in (mine, theirs):
        qtbot.addWidget(view)
        view.load_groups()
    assert any(text.startswith("AFT-1") for text in _items(mine.group_combo))
    assert not any(text.startswith("AFT-1") for text in _items(theirs.group_combo))


def test_someone_elses_participant_on_aftekenen_reads_a_line_not_an_error(
        qtbot, day_services: Services, world: SignOffWorld, petra: Actor,
        no_dialogs: list[str]) -> None:
    page = open_signoffs(qtbot, day_services, petra)
    assert not page.open_participant(world.participant_id)  # her participant list lacks them
    assert page.message_label.text() == (
        "Deze deelnemer staat niet in een groep die u lesgeeft (of bestaat niet meer).")
    assert page.enrolment is None and no_dialogs == []
    page.show_view(2)  # Per groep: nothing of AFT-1 either
    assert not any(t.startswith("AFT-1") for t in _items(page.group_view.group_combo))
    assert no_dialogs == []


def test_certificates_issue_offers_only_the_own_groups(
        qtbot, day_services: Services, world: SignOffWorld, petra: Actor) -> None:
    page = certificate_page_support.open_page(qtbot, day_services, petra)
    page.tabs.setCurrentIndex(1)
    page.issue_view.load_groups()
    assert [t.split(" · ")[0] for t in _items(page.issue_view.group_combo)] == ["LAS-ZWL-1"]


def test_drafts_of_another_group_are_not_listed(qtbot, day_services: Services,
                                                world: SignOffWorld, petra: Actor,
                                                no_dialogs: list[str]) -> None:
    admin = Actor.cli()
    form = day_services.assessments.save_form(admin, ovg_spec("AFT-OPD", module_code="M-AFT"))
    day_services.assessments.start(docent_of(day_services), world.participant_id, form.id)
    page = AssessmentsPage(day_services.assessments, day_services.participants, petra,
                           database=day_services.location)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.drafts.table.model().rowCount() == 0
    mine = AssessmentsPage(day_services.assessments, day_services.participants,
                           docent_of(day_services), database=day_services.location)
    qtbot.addWidget(mine)
    mine.show()
    mine.refresh()
    assert mine.drafts.table.model().rowCount() == 1
    assert no_dialogs == []
