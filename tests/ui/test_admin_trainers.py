"""Beheer > Praktijkopleiders: the list with PIN states, the search, and "Pincode
herstellen" (administrators only, asked first) through the real services."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from bvmdesk.db.models import Company, WorkplaceTrainer
from bvmdesk.services import trainer_pins
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.trainer_pins import PinRefused
from bvmdesk.ui.admin.trainers import TrainersPanel
from tests.ui.layout_fit import layout_problems


def _trainers(services: Services) -> dict[str, uuid.UUID]:
    with sessions_of(services).write("test") as s:
        company = s.scalars(select(Company).where(Company.code == "LB-DEMO")).one()
        rows = [WorkplaceTrainer(code="PO-PIET", name="Piet Praktijk", company_id=company.id),
                WorkplaceTrainer(code="PO-ANNE", name="Anne Opleider", company_id=company.id),
                WorkplaceTrainer(code="PO-KEES", name="Kees Nieuw", company_id=company.id)]
        s.add_all(rows)
        s.flush()
        ids = {row.code: row.id for row in rows}
    sessions = sessions_of(services)
    cli = Actor.cli()
    trainer_pins.set_pin(sessions, cli, ids["PO-PIET"], "24680", "24680")
    trainer_pins.set_pin(sessions, cli, ids["PO-ANNE"], "13579", "13579")
    for _ in range(5):
        with pytest.raises(PinRefused):
            trainer_pins.check_pin(sessions, cli, ids["PO-ANNE"], "00000")
    return ids


def _panel(qtbot, services: Services, actor: Actor) -> TrainersPanel:
    panel = TrainersPanel(services.trainers, services.signoffs, actor)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _states(panel: TrainersPanel) -> dict[str, str]:
    return {t.code: panel.pin_state(t) for t in panel.table.table_model.rows()}


def test_lists_pin_states_and_resets_a_blocked_pin(qtbot, services: Services, admin: Actor):
    ids = _trainers(services)
    panel = _panel(qtbot, services, admin)
    states = _states(panel)
    assert states["PO-PIET"] == "pincode ingesteld" and states["PO-KEES"] == "geen pincode"
    assert states["PO-ANNE"].startswith("geblokkeerd tot ")
    assert "nog niet" in panel.explanation.text()
    asked: list[str] = []
    panel.confirm = lambda text, action: asked.append(text) or action == "Pincode herstellen"
    rows = panel.table.table_model.rows()
    panel.table.select_row(next(i for i, t in enumerate(rows) if t.code == "PO-KEES"))
    assert not panel.reset_button.isEnabled()      # nothing to reset
    panel.table.select_row(next(i for i, t in enumerate(rows) if t.code == "PO-ANNE"))
    assert panel.reset_button.isEnabled()
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert asked and "Anne Opleider" in asked[0] and "nieuwe pincode" in asked[0]
    assert _states(panel)["PO-ANNE"] == "geen pincode"
    assert panel.table.current_item().code == "PO-ANNE"
    assert "hersteld" in panel.message_label.text()
    # The trainer chooses a new PIN at the next sign-off.
    trainer_pins.set_pin(sessions_of(services), admin, ids["PO-ANNE"], "11223", "11223")
    trainer_pins.check_pin(sessions_of(services), admin, ids["PO-ANNE"], "11223")


def test_a_cancelled_reset_changes_nothing(qtbot, services: Services, admin: Actor):
    _trainers(services)
    panel = _panel(qtbot, services, admin)
    panel.confirm = lambda text, action: False
    rows = panel.table.table_model.rows()
    panel.table.select_row(next(i for i, t in enumerate(rows) if t.code == "PO-PIET"))
    assert not panel.reset_current()
    assert _states(panel)["PO-PIET"] == "pincode ingesteld"


def test_search_filters_the_list(qtbot, services: Services, admin: Actor):
    _trainers(services)
    panel = _panel(qtbot, services, admin)
    qtbot.keyClicks(panel.search_edit, "anne")
    qtbot.waitUntil(lambda: [t.code for t in panel.table.table_model.rows()] == ["PO-ANNE"],
                    timeout=2000)
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "niemand")
    qtbot.waitUntil(lambda: panel.card.message.startswith("Geen praktijkopleider"),
                    timeout=2000)
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "metaalwerk")    # the company's name
    qtbot.waitUntil(lambda: len(panel.table.table_model.rows()) == 3, timeout=2000)


def test_instructors_do_not_reset(qtbot, services: Services, instructor: Actor):
    _trainers(services)
    panel = _panel(qtbot, services, instructor)
    assert len(panel.table.table_model.rows()) == 3
    assert not panel.reset_button.isEnabled() and not panel.reset_current()
    assert "beheerder" in panel.reset_button.toolTip()


def test_beheer_shows_the_trainers_page_and_it_fits(qtbot, services: Services, admin: Actor):
    from bvmdesk.config import Settings
    from bvmdesk.ui.admin.page import AdminPage

    _trainers(services)
    page = AdminPage(services.accounts, admin, Settings(), signoffs=services.signoffs,
                     trainers=services.trainers, signoff_tasks=services.signoff_tasks)
    qtbot.addWidget(page)
    page.resize(1280 - 176, 720 - 24)
    page.show()
    qtbot.waitExposed(page)
    page.show_section("trainers")
    qtbot.wait(10)
    assert isinstance(page.stack.currentWidget(), TrainersPanel)
    assert layout_problems(page) == []
