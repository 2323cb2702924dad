"""Beheer > Bewaartermijnen: the overview, the terms, and the purge after a confirmation with
the administrator's password (always asked); an instructor only looks."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from bvmdesk.config import Settings
from bvmdesk.domain.clock import Clock
from bvmdesk.domain.retention import RetentionTerms
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services
from bvmdesk.ui.admin.page import AdminPage
from bvmdesk.ui.admin.retention import RetentionPanel
from bvmdesk.ui.admin.retention_confirm import PurgeConfirmDialog
from bvmdesk.ui.admin.sections import AdminServices
from bvmdesk.ui.common import reauth
from tests.services.retention_support import TODAY, build_world
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, INSTRUCTOR, INSTRUCTOR_PASSWORD
from tests.ui.dialog_script import click

SHOTS = Path("/tmp/a16/shots")


@pytest.fixture
def services(template_db: Path, tmp_path: Path) -> Iterator[Services]:
    """The GUI template database plus the retention world, today 2026-11-20."""
    path = tmp_path / "bvmdesk.sqlite"
    shutil.copyfile(template_db, path)
    opened = open_services(str(path), clock=Clock(today=TODAY))
    build_world(opened, instructor=INSTRUCTOR)
    yield opened
    opened.close()


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.authenticate(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def instructor(services: Services) -> Actor:
    return services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)


def _panel(qtbot, services: Services, actor: Actor) -> RetentionPanel:
    panel = RetentionPanel(services.retention, services.accounts, actor)
    qtbot.addWidget(panel)
    panel.resize(1060, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _rows(panel: RetentionPanel) -> list[list[str]]:
    return [[panel.table.item(r, c).text() for c in range(4)]
            for r in range(panel.table.rowCount())]


def _type_password(password: str) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, PurgeConfirmDialog)
        widget.password_edit.setText(password)
        widget.ok_button.click()
    return act


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS.parent.exists():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"retention-{name}.png"))


def test_the_overview_shows_each_category(qtbot, services: Services, admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    assert _rows(panel) == [
        ["Persoonsdossier", "2 jaar", "3", "30 jun 2019"],
        ["Presentie en financiersbewijs", "5 tot 10 jaar", "2", "7 jan 2019"],
        ["Beoordelingsbewijs", "18 maanden", "1", "2 mei 2019"]]
    assert "3 persoonsdossiers" in panel.table.item(0, 4).text()
    assert panel.purge_button.isEnabled() and not panel.permission_label.isVisible()
    assert panel.site_combo.currentText() == "ZWL Zwolle"
    assert panel.personal_spin.value() == 2 and panel.assessment_spin.value() == 18
    _shot(panel, "panel")


def test_terms_are_saved_per_site(qtbot, services: Services, admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    panel.site_combo.setCurrentIndex(panel.site_combo.findText("TBG Terborg"))
    assert panel.attendance_spin.value() == 10
    panel.site_combo.setCurrentIndex(0)
    panel.personal_spin.setValue(5)
    panel.save_button.click()
    assert "opgeslagen" in panel.message_label.text()
    assert services.retention.site_terms(admin)[0].terms == RetentionTerms(5, 5, 18)
    assert _rows(panel)[0][:3] == ["Persoonsdossier", "2 tot 5 jaar", "2"]


def test_a_wrong_password_keeps_the_dialog_open_and_nothing_goes(
        qtbot, services: Services, admin: Actor, answer) -> None:
    panel = _panel(qtbot, services, admin)
    dialog = PurgeConfirmDialog(panel.due, "Bea Heer",
                                lambda p: services.accounts.authenticate(ADMIN, p)
                                and None, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.adjustSize()
    assert "3 persoonsdossiers" in dialog.list_label.text()
    _shot(dialog, "confirm")
    dialog.password_edit.setText("fout wachtwoord")
    assert dialog.submit() is False and dialog.error_label.text()
    assert dialog.isVisible()
    script = answer([click("Annuleren")])
    panel.purge()
    qtbot.waitUntil(lambda: script.seen != [])
    assert "Niets verwijderd" in panel.message_label.text()
    assert [c.due for c in services.retention.overview(admin)] == [3, 2, 1]


def test_verwijderen_asks_the_password_even_when_it_is_fresh(
        qtbot, services: Services, admin: Actor, answer) -> None:
    clock = reauth.PasswordClock(services.accounts, admin, clock=lambda: 0.0)
    reauth.install(clock)  # typed a moment ago: still asked
    try:
        panel = _panel(qtbot, services, admin)
        script = answer([_type_password(ADMIN_PASSWORD)])
        panel.purge_button.click()
        qtbot.waitUntil(lambda: "Verwijderd." in panel.message_label.text())
    finally:
        reauth.install(None)
    assert script.seen == ["Gegevens na de bewaartermijn verwijderen"]
    assert panel.message_label.text().startswith(
        "Verwijderd. Persoonsdossiers: 3, presentieregels: 2, beoordelingen: 1 (")
    assert [r[2] for r in _rows(panel)] == ["0", "0", "0"]
    assert not panel.purge_button.isEnabled()
    assert services.maintenance.check().ok
    _shot(panel, "done")


def test_an_instructor_only_looks(qtbot, services: Services, instructor: Actor) -> None:
    panel = _panel(qtbot, services, instructor)
    assert panel.permission_label.isVisible()
    assert "alleen een beheerder" in panel.permission_label.text()
    assert [r[2] for r in _rows(panel)] == ["3", "2", "1"]
    assert not panel.purge_button.isEnabled() and not panel.save_button.isEnabled()
    assert not panel.personal_spin.isEnabled()
    _shot(panel, "instructor")


def test_beheer_lists_bewaartermijnen_after_back_ups(qtbot, services: Services,
                                                    admin: Actor) -> None:
    page = AdminPage(services.accounts, admin, Settings.load(), backups=services.backups,
                     records=AdminServices.of(services))
    qtbot.addWidget(page)
    keys = [s[0] for s in page.sections]
    assert keys.index("retention") == keys.index("backups") + 1
    assert isinstance(page.panels["retention"], RetentionPanel)
    page.resize(1280, 720)
    page.show()
    page.show_section("retention")
    qtbot.waitExposed(page)
    _shot(page, "beheer")
