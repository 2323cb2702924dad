"""Beheer > Praktijkopleiders through the real services: the list with PIN states, a new
trainer typed and saved with Ctrl+S (the company required, next to its field), search on
the company's name, and "Pincode herstellen" (administrators only, asked first)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from bvmdesk.db.models import Company, WorkplaceTrainer
from bvmdesk.domain.trainers import TrainerData
from bvmdesk.services import trainer_pins
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.trainer_pins import PinRefused
from bvmdesk.ui.admin.records import RecordPanel
from bvmdesk.ui.admin.sections import AdminServices
from bvmdesk.ui.admin.trainers import TrainerForm, pin_column, pin_state, trainers_panel
from tests.ui.layout_fit import layout_problems

SHOTS = Path("/tmp/sites_work")


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


def _panel(qtbot, services: Services, actor: Actor) -> RecordPanel:
    panel = trainers_panel(services.trainer_records, services.signoffs, actor)
    qtbot.addWidget(panel)
    panel.resize(1280 - 176 - 200, 720 - 24 - 60)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.count_label.text() != "")
    return panel


def _form(panel: RecordPanel) -> TrainerForm:
    assert isinstance(panel.form, TrainerForm)
    return panel.form


def _states(panel: RecordPanel) -> dict[str, str]:
    return {t.code: pin_state(t) for t in panel.table.table_model.rows()}


def _column(panel: RecordPanel) -> dict[str, str]:
    return {t.code: pin_column(t) for t in panel.table.table_model.rows()}


def _select(panel: RecordPanel, code: str) -> None:
    rows = panel.table.table_model.rows()
    panel.table.select_row(next(i for i, t in enumerate(rows) if t.code == code))


def test_lists_pin_states_and_resets_a_blocked_pin(qtbot, services: Services, admin: Actor):
    ids = _trainers(services)
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    states = _states(panel)
    assert states["PO-PIET"] == "pincode ingesteld" and states["PO-KEES"] == "geen pincode"
    assert states["PO-ANNE"].startswith("geblokkeerd tot ")
    assert _column(panel)["PO-PIET"] == "ingesteld" and _column(panel)["PO-KEES"] == "geen"
    asked: list[str] = []
    form.confirm = lambda text, action: asked.append(text) or action == "Pincode herstellen"
    _select(panel, "PO-KEES")
    assert form.pin_label.text() == "geen pincode"
    assert form.company_combo.currentText() == "Metaalwerk Zwolle BV (LB-DEMO)"
    assert not form.reset_button.isEnabled()      # nothing to reset
    _select(panel, "PO-ANNE")
    assert form.reset_button.isEnabled()
    qtbot.mouseClick(form.reset_button, Qt.MouseButton.LeftButton)
    assert asked and "Anne Opleider" in asked[0] and "nieuwe pincode" in asked[0]
    assert _states(panel)["PO-ANNE"] == "geen pincode"
    assert form.pin_label.text() == "geen pincode"
    assert panel.table.current_item().code == "PO-ANNE"
    assert "hersteld" in form.pin_message.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SHOTS / "trainers.png"))
    # The trainer chooses a new PIN at the next sign-off.
    trainer_pins.set_pin(sessions_of(services), admin, ids["PO-ANNE"], "11223", "11223")
    trainer_pins.check_pin(sessions_of(services), admin, ids["PO-ANNE"], "11223")


def test_a_cancelled_reset_changes_nothing(qtbot, services: Services, admin: Actor):
    _trainers(services)
    panel = _panel(qtbot, services, admin)
    _form(panel).confirm = lambda text, action: False
    _select(panel, "PO-PIET")
    assert not _form(panel).reset_pin()
    assert _states(panel)["PO-PIET"] == "pincode ingesteld"


def test_a_new_trainer_is_typed_and_saved_with_ctrl_s(qtbot, services: Services,
                                                      admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    QTest.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.heading.text() == "Nieuwe praktijkopleider"
    QTest.keyClicks(form.code_edit, "PO-SANNE")
    QTest.keyClicks(form.name_edit, "Sanne de Vries")
    QTest.keyClicks(form.email_edit, "sanne@")
    assert "e-mailadres" in form.fields["email"].error
    QTest.keyClicks(form.email_edit, "metaalwerk.nl")
    assert form.fields["email"].error == ""
    QTest.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Kies het leerbedrijf" in form.fields["company_id"].error  # next to the field
    assert services.trainer_records.records(admin) == []
    form.company_combo.setCurrentIndex(form.company_combo.findText(
        "Metaalwerk Zwolle BV (LB-DEMO)"))
    QTest.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert panel.message_label.text() == "Opgeslagen."
    (row,) = services.trainer_records.records(admin)
    assert services.trainer_records.get(admin, row.id) == TrainerData(
        "PO-SANNE", "Sanne de Vries", row.company_id, "sanne@metaalwerk.nl", None)
    assert row.company == "Metaalwerk Zwolle BV"
    assert panel.heading.text() == "Praktijkopleider PO-SANNE"
    assert form.pin_label.text() == "geen pincode" and form.pin_label.isVisible()


def test_search_filters_the_list(qtbot, services: Services, admin: Actor):
    _trainers(services)
    panel = _panel(qtbot, services, admin)
    QTest.keyClicks(panel.search_edit, "anne")
    assert [t.code for t in panel.table.table_model.rows()] == ["PO-ANNE"]
    panel.search_edit.clear()
    QTest.keyClicks(panel.search_edit, "metaalwerk")    # the company's name
    assert len(panel.table.table_model.rows()) == 3
    assert panel.count_label.text() == "3 praktijkopleiders"


def test_instructors_do_not_reset_or_edit(qtbot, services: Services, instructor: Actor):
    _trainers(services)
    panel = _panel(qtbot, services, instructor)
    form = _form(panel)
    assert len(panel.table.table_model.rows()) == 3
    _select(panel, "PO-PIET")
    assert not form.reset_button.isEnabled() and not form.reset_pin()
    assert "beheerder" in form.reset_button.toolTip()
    assert not form.code_edit.isEnabled() and not panel.save_button.isVisible()


def test_beheer_shows_the_trainers_page_and_it_fits(qtbot, services: Services, admin: Actor):
    from bvmdesk.config import Settings
    from bvmdesk.ui.admin.page import AdminPage

    _trainers(services)
    page = AdminPage(services.accounts, admin, Settings(), signoffs=services.signoffs,
                     trainers=services.trainers, signoff_tasks=services.signoff_tasks,
                     records=AdminServices.of(services))
    qtbot.addWidget(page)
    page.resize(1280 - 176, 720 - 24)
    page.show()
    qtbot.waitExposed(page)
    for key in ("trainers", "sites"):
        page.show_section(key)
        qtbot.wait(10)
        assert isinstance(page.stack.currentWidget(), RecordPanel)
        assert layout_problems(page) == []
        assert page.grab().save(str(SHOTS / f"beheer_{key}.png"))
