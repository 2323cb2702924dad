""""Inzageverzoek exporteren…" on the participant card: there for an administrator, not for
an instructor; asks the password when stale, asks where (the dialog replaced), writes the
zip and says where it is; Cancel writes nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from bvmdesk.config import Settings
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.common import reauth
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.participants.person_export import PersonExportButton
from bvmdesk.ui.workers import TaskContext
from tests.ui.conftest import activate
from tests.ui.dialog_script import accept_box

SAVE = "bvmdesk.ui.participants.person_export.save_file_name"


def _window(qtbot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor, Settings.load())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.show_page([s.key for s in window.specs].index("participants"))
    return window


def _show_zoe(window: MainWindow, services: Services, actor: Actor) -> PersonExportButton:
    page = window.participants_page
    ids = services.participants.search_ids(actor, "zoe")
    assert len(ids) == 1
    assert page.select(ids[0])
    button = page.detail.findChild(PersonExportButton)
    assert button is not None
    return button


@pytest.fixture
def clock():
    """The password clock of this login, its time moved by the test."""
    yield
    reauth.install(None)


def test_an_administrator_exports_with_the_save_dialog_replaced(
        qtbot, services: Services, admin: Actor, tmp_path: Path, monkeypatch, answer,
        clock) -> None:
    window = _window(qtbot, services, admin)
    button = _show_zoe(window, services, admin)
    assert button.isVisible() and button.text() == "Inzageverzoek exporteren…"
    now = [0.0]
    password = reauth.PasswordClock(services.accounts, admin, clock=lambda: now[0])
    asked: list[str] = []
    password.ask = lambda parent, action, _clock: asked.append(action) or False
    reauth.install(password)
    now[0] = 10 * 60  # the password was typed ten minutes ago
    offered: list[str] = []

    def save(parent, caption, suggested, name_filter):
        offered.append(suggested)
        return str(tmp_path / "inzage"), name_filter  # without .zip: it is added

    monkeypatch.setattr(SAVE, save)
    button.click()
    assert asked == ["een inzageverzoek exporteren"] and not offered  # refused: stops
    password.ask = lambda parent, action, _clock: asked.append(action) or True
    script = answer([accept_box])
    with qtbot.waitSignal(button.exported) as exported:
        button.click()
    number = exported.args[0].participant
    today = services.today.today().isoformat()
    assert Path(offered[0]).name == f"inzage-{number}-{today}.zip"
    target = tmp_path / "inzage.zip"
    assert exported.args[0].file == str(target)
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("gegevens.json"))
        assert {"overzicht.pdf", "LEESMIJ.txt"} <= set(archive.namelist())
    person = document["tabellen"]["participants"][0]
    assert (person["first_names"], person["last_name"]) == ("Zoë", "Hek")
    assert "enrolments" in document["tabellen"]
    assert script.seen and str(target) in script.seen[0] and "Zoë van 't Hek" in script.seen[0]
    assert not script.errors


def test_cancel_writes_nothing(qtbot, services: Services, admin: Actor, tmp_path: Path,
                               monkeypatch, answer) -> None:
    window = _window(qtbot, services, admin)
    button = _show_zoe(window, services, admin)
    monkeypatch.setattr(SAVE, lambda *args: (str(tmp_path / "x.zip"), ""))
    monkeypatch.setattr(TaskContext, "cancelled", lambda self: True)
    script = answer([accept_box])
    button.click()
    assert script.seen == ["Geannuleerd; er is niets geschreven."]
    assert not (tmp_path / "x.zip").exists()


def test_an_instructor_does_not_see_the_button(qtbot, services: Services,
                                               instructor: Actor, monkeypatch) -> None:
    window = _window(qtbot, services, instructor)
    button = _show_zoe(window, services, instructor)
    assert not button.isVisible()
    monkeypatch.setattr(SAVE, lambda *args: pytest.fail("no file dialog for an instructor"))
    button.export()  # also when called some other way: nothing happens


def test_a_refusal_is_shown_in_words(qtbot, services: Services, admin: Actor,
                                     tmp_path: Path, monkeypatch, answer) -> None:
    window = _window(qtbot, services, admin)
    button = _show_zoe(window, services, admin)
    monkeypatch.setattr(SAVE, lambda *args: (str(tmp_path / "weg" / "x.zip"), ""))
    seen: list[str] = []

    def read(widget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        accept_box(widget)

    answer([read])
    button.click()
    assert seen and seen[0].startswith("Map bestaat niet:")
