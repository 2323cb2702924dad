"""Error lines in forms: all at once, in place (nothing shifts), gone once the input changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bvmdesk.services.container import Services
from tests.ui.test_dialogs import _fill_setup, _first_start, _login


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_first_start_shows_every_error_in_one_round(qtbot, empty_services: Services) -> None:
    dialog = _first_start(qtbot, empty_services)
    _fill_setup(dialog, code="Z1", password="kort", repeat="anders")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "2 tot 6 letters" in dialog.fields["site_code"].error
    assert "10 tekens" in dialog.fields["password"].error
    assert "niet gelijk" in dialog.fields["password_repeat"].error
    assert not empty_services.accounts.is_set_up()


def test_an_error_line_does_not_move_the_fields_and_clears_on_typing(
        qtbot, empty_services: Services) -> None:
    dialog = _first_start(qtbot, empty_services)
    _settle()
    before = [box.editor.mapTo(dialog, box.editor.rect().topLeft()).y()
              for box in dialog.fields.values()]
    _fill_setup(dialog, code="Z1")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    _settle()
    after = [box.editor.mapTo(dialog, box.editor.rect().topLeft()).y()
             for box in dialog.fields.values()]
    assert after == before  # a one-line error takes the line that was kept free for it
    qtbot.keyClicks(dialog.site_code_edit, "WL")
    assert dialog.fields["site_code"].error == ""


def test_login_error_clears_when_the_user_types(qtbot, services: Services) -> None:
    dialog = _login(qtbot, services)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    qtbot.keyClicks(dialog.password_edit, "x")
    assert not dialog.error_label.isVisible()
