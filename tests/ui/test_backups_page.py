"""Beheer > Back-ups: the list, "Nu back-up maken", the folder, restore after a question."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from bvmdesk.config import Settings
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.admin.backups import BackupsPanel
from bvmdesk.ui.main_window import MainWindow
from tests.services.backup_support import damage_table
from tests.ui.dialog_script import accept_box, click


def _panel(qtbot, services: Services, actor: Actor) -> BackupsPanel:
    panel = BackupsPanel(services.backups, actor, Settings.load())
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _rows(panel: BackupsPanel) -> list[list[str]]:
    return [[panel.table.item(r, c).text() for c in range(4)]
            for r in range(panel.table.rowCount())]


def test_the_list_shows_each_backup_with_its_check(qtbot, services: Services,
                                                   admin: Actor) -> None:
    services.backups.create_automatic("dagelijks")
    made = services.backups.create(admin)
    damage_table(made.path, "users")  # the cheap check of the list does not read that page
    head = Path(f"{made.path}.head")
    head.write_text('{"sequence": 1, "hash": "' + "c" * 64 + '"}\n')
    panel = _panel(qtbot, services, admin)
    rows = _rows(panel)
    assert [r[1] for r in rows] == ["handmatig", "dagelijks"]
    assert rows[0][3].startswith("Niet in orde: de laatste audit-gebeurtenis")
    assert rows[1][3] == "In orde"
    assert re.fullmatch(r"(ma|di|wo|do|vr|za|zo) \d{1,2} [a-z]{3} \d{4} \d\d:\d\d", rows[1][0])
    assert rows[1][2].endswith("kB")
    assert str(services.backups.folder().path) in panel.folder_label.text()
    assert not panel.folder_note.isVisible()
    panel.table.selectRow(0)
    assert not panel.restore_button.isEnabled()  # a bad backup cannot be restored
    panel.table.selectRow(1)
    assert panel.restore_button.isEnabled()


def test_nu_back_up_maken_adds_a_checked_backup(qtbot, services: Services,
                                                admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    assert panel.table.rowCount() == 0
    assert panel.empty_label.isVisible() and "nog geen back-ups" in panel.empty_label.text()
    with qtbot.waitSignal(panel.backup_made) as blocker:
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    info = blocker.args[0]
    assert info.path.exists() and info.ok
    assert panel.message_label.text() == f"Back-up gemaakt en gecontroleerd: {info.path}"
    assert _rows(panel)[0][1:] == ["handmatig", _rows(panel)[0][2], "In orde"]
    assert not panel.empty_label.isVisible()


def test_restore_asks_first_and_cancel_changes_nothing(qtbot, answer, services: Services,
                                                       admin: Actor) -> None:
    services.backups.create(admin)
    panel = _panel(qtbot, services, admin)
    panel.table.selectRow(0)
    requested: list[Path] = []
    panel.restore_requested.connect(requested.append)

    script = answer([click("Annuleren")])
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not script.actions)
    assert "terugzetten?" in script.seen[0] and "apart gezet" in script.seen[0]
    assert "opnieuw in te loggen" in script.seen[0]
    assert requested == []

    script = answer([click("Terugzetten")])
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(requested))
    assert requested == [panel.items[0].path]


def test_a_damaged_backup_is_refused_with_its_reason(qtbot, answer, services: Services,
                                                     admin: Actor) -> None:
    made = services.backups.create(admin)
    damage_table(made.path, "users")
    panel = _panel(qtbot, services, admin)
    requested: list[Path] = []
    panel.restore_requested.connect(requested.append)
    script = answer([accept_box])
    panel.request_restore(made.path)
    qtbot.waitUntil(lambda: not script.actions)
    assert "niet in orde en wordt niet teruggezet" in script.seen[0]
    assert "quick_check" in panel.message_label.text()
    assert requested == []


def test_an_instructor_sees_the_list_but_cannot_act(qtbot, services: Services,
                                                    admin: Actor, instructor: Actor) -> None:
    services.backups.create(admin)
    panel = _panel(qtbot, services, instructor)
    assert panel.table.rowCount() == 1 and panel.permission_label.isVisible()
    panel.table.selectRow(0)
    for button in (panel.create_button, panel.restore_button, panel.file_button,
                   panel.choose_button):
        assert not button.isEnabled(), button.text()


def test_the_chosen_folder_is_saved_and_a_missing_one_is_named(
        qtbot, services: Services, admin: Actor, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    panel = _panel(qtbot, services, admin)
    panel.choose_folder(stick)
    assert Settings.load().backup_dir == str(stick)
    assert panel.message_label.text() == f"Back-ups gaan voortaan naar {stick}."
    assert panel.default_button.isEnabled()
    panel.create_backup()
    assert [i.path.parent for i in panel.items] == [stick]
    shutil.rmtree(stick)
    panel.refresh()
    assert panel.folder_note.isVisible() and "niet bereikbaar" in panel.folder_note.text()
    panel.choose_folder(None)
    assert Settings.load().backup_dir is None and not panel.folder_note.isVisible()


def test_the_window_closes_for_a_restore(qtbot, services: Services, admin: Actor) -> None:
    made = services.backups.create(admin)
    window = MainWindow(services, admin, Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.admin_page.backups_panel
    assert panel is not None
    panel.restore_requested.emit(made.path)
    assert not window.isVisible()
    assert window.next_step is not None
    assert (window.next_step.location, window.next_step.restore, window.next_step.actor) == (
        services.location, made.path, admin)
