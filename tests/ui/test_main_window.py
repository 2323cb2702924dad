"""The main window: pages, shortcuts, status bar, placeholders and Beheer > Instellingen."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from bvmdesk.config import Settings
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.common.placeholder import NotBuiltNotice, PlaceholderPage
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.participants.page import ParticipantsPage
from bvmdesk.ui.reports.page import ReportsPage
from bvmdesk.ui.today.page import TodayPage
from tests.ui.conftest import activate

RAIL = ["Vandaag", "Presentie", "Deelnemers", "Beoordelingen", "Aftekenen", "Certificaten",
        "Rapportages", "Beheer"]


def _window(qtbot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor, Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def test_rail_lists_the_eight_pages_in_order(qtbot, services: Services,
                                             instructor: Actor) -> None:
    window = _window(qtbot, services, instructor)
    assert [b.text() for b in window.rail.buttons] == RAIL


def test_alt_3_shows_deelnemers(qtbot, services: Services, instructor: Actor) -> None:
    window = _window(qtbot, services, instructor)
    window.show_page(0)
    assert window.current_page.title == "Vandaag"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert isinstance(window.current_page, ParticipantsPage)
    assert window.rail.buttons[2].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    assert window.current_page.title == "Beheer"


def test_the_window_opens_on_vandaag(qtbot, services: Services, instructor: Actor) -> None:
    window = _window(qtbot, services, instructor)
    assert isinstance(window.current_page, TodayPage)
    assert window.current_page is window.pages["today"]
    assert window.rail.buttons[0].isChecked()
    assert window.current_page.header.title_label.text().startswith("Vandaag — ")
    assert isinstance(window.pages["reports"], ReportsPage)


def test_pages_are_built_when_first_shown(qtbot, services: Services,
                                          instructor: Actor) -> None:
    window = _window(qtbot, services, instructor)
    keys = [spec.key for spec in window.specs]
    assert [k for k in keys if window.pages.built(k) is not None] == ["today"]
    for index, key in enumerate(keys):  # each page, visited once, is the real one
        qtbot.mouseClick(window.rail.buttons[index], Qt.MouseButton.LeftButton)
        page = window.pages.built(key)
        assert page is not None and window.current_page is page
        assert window.stack.indexOf(page) == index and page.isVisible()
        assert window.rail.buttons[index].isChecked()
    assert window.stack.count() == len(keys)
    assert not any(isinstance(p, PlaceholderPage) for p in window.pages.values())


def test_a_change_reaches_pages_built_later(qtbot, services: Services,
                                            instructor: Actor) -> None:
    window = _window(qtbot, services, instructor)
    window.show_page_key("attendance")  # Presentie built, Rapportages not yet
    window.register_page.marks_changed.emit(uuid.uuid4())
    assert window.pages.built("reports") is None  # nothing built just to be told
    window.show_page_key("reports")
    assert window.current_page is window.pages.built("reports")


def test_rail_click_switches_page(qtbot, services: Services, instructor: Actor) -> None:
    window = _window(qtbot, services, instructor)
    qtbot.mouseClick(window.rail.buttons[2], Qt.MouseButton.LeftButton)
    assert isinstance(window.current_page, ParticipantsPage)
    qtbot.mouseClick(window.rail.buttons[1], Qt.MouseButton.LeftButton)
    assert window.current_page is window.pages["attendance"]


def test_ctrl_f_focuses_the_search_field(qtbot, services: Services, instructor: Actor) -> None:
    window = _window(qtbot, services, instructor)
    window.show_page_key("participants")
    page = window.current_page
    page.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.header.search_edit.hasFocus(), timeout=2000)


def test_status_bar_names_site_user_and_database(qtbot, services: Services,
                                                 instructor: Actor) -> None:
    window = _window(qtbot, services, instructor)
    assert window.status_label.text() == (
        "Locatie Zwolle (ZWL) · Ingelogd: pbakker (instructeur) · Database: bvmdesk.sqlite")


def test_empty_database_still_builds_the_window(qtbot, empty_services: Services) -> None:
    window = _window(qtbot, empty_services, Actor.viewer())
    assert window.status_label.text().startswith("Geen locatie ingericht · ")
    assert "alleen lezen" in window.status_label.text()
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    window.show_page_key("participants")  # the list is read when the page is first shown
    assert page.count_label.text() == "0 deelnemers"
    assert page.header.action_button is None


def test_certificaten_is_built(qtbot, services: Services, admin: Actor) -> None:
    """Every page of the rail is built now: Certificaten is no placeholder any more."""
    from bvmdesk.ui.certificates.page import CertificatesPage

    window = _window(qtbot, services, admin)
    window.show_page_key("certificates")
    page = window.current_page
    assert isinstance(page, CertificatesPage)
    assert page.header.title_label.text() == "Certificaten"
    assert not any(isinstance(p, PlaceholderPage) for p in window.pages.values())


def test_beheer_sub_navigation_and_unbuilt_sections(qtbot, services: Services,
                                                    admin: Actor) -> None:
    window = _window(qtbot, services, admin)
    page = window.pages["admin"]
    titles = [page.sub_navigation.item(i).text() for i in range(page.sub_navigation.count())]
    assert titles == ["Locaties", "Gebruikers", "Leerbedrijven", "Praktijkopleiders",
                      "Modules", "Groepen", "Beoordelingsformulieren", "Aftekentaken",
                      "Certificaten", "Vakanties", "Importeren", "Exporteren",
                      "Back-ups", "Bewaartermijnen", "Synchronisatie", "Audit", "Instellingen"]
    for key in ("sync", "audit"):  # not built yet, and they say so
        notices = page.panels[key].findChildren(NotBuiltNotice)
        assert notices and "nog niet gebouwd" in notices[0].text_label.text()
    # issue 15: no section it names says "nog niet gebouwd"
    for key in ("backups", "sites", "companies", "trainers", "modules", "groups"):
        assert not page.panels[key].findChildren(NotBuiltNotice), key
    users = page.panels["users"]
    users.reload()  # it reads its list when first shown
    assert {u.username for u in users.table.table_model.rows()} == {"beheer", "pbakker"}


def test_beheer_search_filters_sections(qtbot, services: Services, admin: Actor) -> None:
    window = _window(qtbot, services, admin)
    page = window.pages["admin"]
    qtbot.keyClicks(page.header.search_edit, "back")
    visible = [page.sub_navigation.item(i).text() for i in range(page.sub_navigation.count())
               if not page.sub_navigation.item(i).isHidden()]
    assert visible == ["Back-ups"]
    assert page.stack.currentWidget() is page.panels["backups"]


def test_settings_saves_the_language_for_the_next_start(qtbot, services: Services,
                                                        admin: Actor) -> None:
    window = _window(qtbot, services, admin)
    panel = window.pages["admin"].panels["settings"]
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("en"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert Settings.load().language == "en"
    assert "opnieuw start" in panel.message_label.text()


def test_settings_saves_the_scanner_prefix(qtbot, services: Services, admin: Actor) -> None:
    window = _window(qtbot, services, admin)
    panel = window.pages["admin"].panels["settings"]
    panel.prefix_edit.setText("#")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert Settings.load().scanner_prefix == "#"
    panel.prefix_edit.clear()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert Settings.load().scanner_prefix is None


def test_beheer_import_offers_the_scanner_log(qtbot, services: Services, admin: Actor) -> None:
    window = _window(qtbot, services, admin)
    admin_page = window.pages["admin"]
    admin_page.show_section("import")  # type: ignore[attr-defined]
    button = admin_page.scan_log_button  # type: ignore[attr-defined]
    assert button.isEnabled() and button.text() == "Scanlog inlezen…"
    viewer = _window(qtbot, services, Actor.viewer())
    assert not viewer.pages["admin"].scan_log_button.isEnabled()  # type: ignore[attr-defined]


def test_the_window_fits_a_small_screen(qtbot, services, instructor) -> None:
    """On a screen smaller than 1366x768 (the offscreen one is 800x600) the window opens
    maximised, never running off the screen's edges (issue 9, 1280x720)."""
    from PySide6.QtCore import Qt

    from bvmdesk.config import Settings
    from bvmdesk.ui.main_window import MainWindow

    window = MainWindow(services, instructor, Settings.load())
    qtbot.addWidget(window)
    window.fit_to_screen()
    room = window.screen().availableGeometry().size()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    smallest = window.minimumSize()  # 1024x640: more than the 800x800 offscreen screen
    assert window.width() <= max(room.width(), smallest.width())
    assert window.height() <= max(room.height(), smallest.height())
    assert window.width() < 1366
