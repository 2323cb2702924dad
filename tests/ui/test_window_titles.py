"""Window titles stay findable by assistive tools and tests (issue 9 item 8), and Beheer opens
on the first section of its sub-navigation (issue 9 item 10)."""

from __future__ import annotations

from bvmdesk.config import Settings
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.demo.generator import DemoAccount
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.start.demo import DemoAccountsDialog
from bvmdesk.ui.start.first_start import FirstStartDialog
from bvmdesk.ui.start.login import LoginDialog


def test_start_dialogs_are_titled_bvm_desk_and_what_they_do(
        qtbot, services: Services, empty_services: Services) -> None:
    login = LoginDialog(services.accounts, "Zwolle (ZWL)", services.database_label)
    first = FirstStartDialog(empty_services.accounts, empty_services.database_label)
    demo = DemoAccountsDialog([DemoAccount("beheer", "demo", "admin")])
    for dialog in (login, first, demo):
        qtbot.addWidget(dialog)
    assert login.windowTitle() == "BVM Desk: inloggen"
    assert first.windowTitle() == "BVM Desk: eerste start"
    assert demo.windowTitle() == "BVM Desk: demo-accounts"


def test_main_window_title_starts_with_bvm_desk(qtbot, services: Services,
                                                empty_services: Services,
                                                instructor: Actor) -> None:
    window = MainWindow(services, instructor, Settings.load())
    qtbot.addWidget(window)
    assert window.windowTitle() == "BVM Desk · Zwolle (ZWL)"
    bare = MainWindow(empty_services, Actor.viewer(), Settings.load())
    qtbot.addWidget(bare)
    assert bare.windowTitle() == "BVM Desk"


def test_beheer_opens_on_its_first_section(qtbot, services: Services, admin: Actor) -> None:
    window = MainWindow(services, admin, Settings.load())
    qtbot.addWidget(window)
    window.show()
    window.show_page_key("admin")
    page = window.pages["admin"]
    first = page.sub_navigation.item(0)
    assert first.text() == "Locaties"
    assert page.sub_navigation.currentRow() == 0 and first.isSelected()
    assert page.stack.currentWidget() is page.panels["sites"]
    assert page.panels["sites"].isVisible()
