"""One icon set on every button (issue 9): each button's icon is either none or one of ours
(qtawesome, bvmdesk.ui.icons), also where the desktop asks Qt for its theme's icons on dialog
buttons (floppy disk, red X, green check), as GNOME and KDE do."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QWidget,
)

from bvmdesk.config import Settings
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.demo.generator import DemoAccount
from bvmdesk.ui.attendance.absence import AbsenceDialog
from bvmdesk.ui.attendance.mark_details import MarkDetailsDialog, ReasonDialog
from bvmdesk.ui.attendance.scan_log import ScanLogDialog
from bvmdesk.ui.icons import is_ours
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.start.demo import DemoAccountsDialog
from bvmdesk.ui.start.first_start import FirstStartDialog
from bvmdesk.ui.start.login import LoginDialog
from tests.ui.test_register_helpers import DAY, make_lesson


class DesktopStyle(QProxyStyle):
    """Fusion as on a GNOME or KDE desktop, whose theme wants icons on dialog buttons.

    PySide6 6.12 drops a reference to None on every call of a Python `styleHint` (Python
    3.11 then aborts in none_dealloc after some thousands), so this style is only ever set
    on the one small widget under test, never on the application."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


SAVE_CANCEL_OK = (QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                  | QDialogButtonBox.StandardButton.Ok)


def on_the_desktop(widget: QWidget) -> QWidget:
    widget.setStyle(DesktopStyle("Fusion"))
    return widget


def foreign_icons(widget: QWidget) -> list[str]:
    """The buttons under `widget` with an icon that is not ours."""
    return [f"{type(b).__name__} {b.text()!r} {b.objectName()!r}"
            for b in widget.findChildren(QAbstractButton)
            if not b.icon().isNull() and not is_ours(b.icon())]


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    return widget


def test_the_desktop_style_would_put_theme_icons_on_dialog_buttons(qtbot) -> None:
    QApplication.instance().setStyleSheet("")  # type: ignore[union-attr]
    box = on_the_desktop(QDialogButtonBox())
    qtbot.addWidget(box)
    box.setStandardButtons(SAVE_CANCEL_OK)
    assert all(not b.icon().isNull() for b in box.buttons())  # the premise of the next test


def test_dialog_and_message_box_buttons_get_no_theme_icons(qtbot) -> None:
    box = on_the_desktop(QDialogButtonBox())
    qtbot.addWidget(box)
    box.setStandardButtons(SAVE_CANCEL_OK)
    assert len(box.buttons()) == 3 and foreign_icons(box) == []
    message = on_the_desktop(QMessageBox(QMessageBox.Icon.Warning, "BVM Desk", "Mis."))
    qtbot.addWidget(message)
    message.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Yes
                               | QMessageBox.StandardButton.No)
    assert len(message.buttons()) == 3 and foreign_icons(message) == []


def test_every_page_and_section_has_only_our_icons(qtbot, services: Services, admin: Actor) -> None:
    window = _shown(qtbot, MainWindow(services, admin, Settings.load()))
    assert isinstance(window, MainWindow)
    for index in range(len(window.specs)):
        window.show_page(index)
        assert foreign_icons(window) == [], window.specs[index].key
    admin_page = window.pages["admin"]
    for key, *_ in admin_page.sections:  # type: ignore[attr-defined]
        admin_page.show_section(key)  # type: ignore[attr-defined]
        assert foreign_icons(window) == [], key
    assert is_ours(window.rail.buttons[0].icon())


def test_every_dialog_has_only_our_icons(qtbot, services: Services, empty_services: Services,
                                         admin: Actor, instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    register = services.attendance.register(instructor, lesson_id)
    row = register.rows[0]
    dialogs: list[QWidget] = [
        LoginDialog(services.accounts, "Zwolle (ZWL)", services.database_label),
        FirstStartDialog(empty_services.accounts, empty_services.database_label),
        DemoAccountsDialog([DemoAccount("beheer", "demo", "admin")]),
        MarkDetailsDialog(row, register.lesson, [], register.final, lambda values: None),
        ReasonDialog("Waarom?"),
        AbsenceDialog(services.absences, services.participants, instructor, today=DAY),
        ScanLogDialog(services, instructor),
    ]
    for dialog in dialogs:
        _shown(qtbot, dialog)
        assert foreign_icons(dialog) == [], type(dialog).__name__
