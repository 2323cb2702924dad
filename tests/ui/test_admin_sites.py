"""Beheer > Locaties on a real database: a new site typed and saved with Ctrl+S, an error
next to its field, the thresholds shown as 'standaard' when empty, the local site not
archived; the main window reads the badge scanner with the site's prefix when the PC has
none of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bvmdesk.config import Settings
from bvmdesk.domain.sites import SiteData
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.admin.records import RecordPanel
from bvmdesk.ui.admin.sites import SiteForm, sites_panel
from bvmdesk.ui.main_window import MainWindow

SHOTS = Path("/tmp/sites_work")


def _panel(qtbot, services: Services, actor: Actor) -> RecordPanel:
    panel = sites_panel(services.sites, actor)
    qtbot.addWidget(panel)
    panel.resize(1280 - 176 - 200, 720 - 24 - 60)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.count_label.text() != "")
    return panel


def _form(panel: RecordPanel) -> SiteForm:
    assert isinstance(panel.form, SiteForm)
    return panel.form


def _codes(panel: RecordPanel) -> list[str]:
    return [row.code for row in panel.table.table_model.rows()]


def test_a_new_site_is_typed_and_saved_with_ctrl_s(qtbot, services: Services,
                                                   admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    assert _codes(panel) == ["ZWL"] and panel.count_label.text() == "1 locatie"
    QTest.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.heading.text() == "Nieuwe locatie" and form.code_edit.hasFocus()
    assert form.minutes_box.text() == "standaard (960 minuten)"
    assert form.weeks_box.text() == "standaard (4 weken)"
    QTest.keyClicks(form.code_edit, "TB-G")
    assert "letters en cijfers" in form.fields["code"].error
    form.code_edit.clear()
    QTest.keyClicks(form.code_edit, "tbg")
    assert form.fields["code"].error == ""
    QTest.keyClicks(form.name_edit, "Terborg")
    QTest.keyClicks(form.prefix_edit, "A")  # a letter is no prefix
    assert "leesteken" in form.fields["scanner_prefix"].error
    QTest.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "leesteken" in form.fields["scanner_prefix"].error
    assert _codes(panel) == ["ZWL"]
    form.prefix_edit.clear()
    QTest.keyClicks(form.prefix_edit, "#")
    assert form.fields["scanner_prefix"].error == ""
    form.minutes_box.setValue(720)
    QTest.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert panel.message_label.text() == "Opgeslagen."
    stored = {r.code: r for r in services.sites.records(admin)}
    assert services.sites.get(admin, stored["TBG"].id) == SiteData(
        "TBG", "Terborg", None, 720, None, None, "#")
    assert panel.heading.text() == "Locatie TBG" and form.code_edit.isReadOnly()
    assert panel.count_label.text() == "2 locaties"


def test_the_local_site_says_so_and_is_not_archived(qtbot, services: Services,
                                                    admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    panel.confirm = lambda text, action: True
    panel.table.select_row(0)
    assert panel.table.current_item().local
    assert form.local_note.isVisible() and "Beheer > Instellingen" in form.settings_note.text()
    panel.archive_button.click()
    assert "de locatie van deze installatie" in panel.message_label.text()
    assert [r.archived for r in services.sites.records(admin)] == [False]
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.resize(1280 - 176 - 200, 720 - 24 - 60)
    assert panel.grab().save(str(SHOTS / "sites.png"))


def test_the_scanner_uses_the_site_prefix_unless_the_pc_has_its_own(
        qtbot, services: Services, admin: Actor) -> None:
    own = services.sites.local_site_id()
    assert own is not None
    services.sites.save(admin, own, SiteData("ZWL", "Zwolle", scanner_prefix="#"))
    window = MainWindow(services, admin, Settings())
    qtbot.addWidget(window)
    assert window.scanner_prefix == "#"
    assert window.pages["attendance"].keys.classifier.prefix == "#"
    window = MainWindow(services, admin, Settings(scanner_prefix="$"))
    qtbot.addWidget(window)
    assert window.pages["attendance"].keys.classifier.prefix == "$"
