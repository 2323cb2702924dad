"""The login after a password reset (issue 16): "Kies een nieuw wachtwoord" before the
window opens; cancelling leaves the person logged out; a locked account says until when."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from bvmdesk.domain.clock import to_local
from bvmdesk.services.accounts import MAX_FAILED_ATTEMPTS, LoginFailed
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.common.new_password import NewPasswordDialog
from bvmdesk.ui.start.login import LoginDialog
from tests.ui.conftest import INSTRUCTOR, INSTRUCTOR_PASSWORD
from tests.ui.dialog_script import click

TEMPORARY = "tijdelijk-2026-x"
OWN = "mijn eigen zin 42"


def _login(qtbot, services: Services) -> LoginDialog:
    dialog = LoginDialog(services.accounts, "Zwolle (ZWL)", services.database_label, INSTRUCTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _reset(services: Services, admin: Actor) -> None:
    services.accounts.reset_password(admin, INSTRUCTOR, TEMPORARY)


def _log_in(qtbot, dialog: LoginDialog, password: str) -> None:
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_a_reset_password_is_replaced_before_the_window_opens(qtbot, services: Services,
                                                              admin: Actor) -> None:
    _reset(services, admin)
    dialog = _login(qtbot, services)
    shown: list[NewPasswordDialog] = []

    def choose(new: QDialog) -> bool:
        assert isinstance(new, NewPasswordDialog)
        shown.append(new)
        assert new.windowTitle() == "BVM Desk: nieuw wachtwoord"
        fields = new.fields
        fields.first_edit.setText(TEMPORARY)  # the temporary one again: refused
        fields.repeat_edit.setText(TEMPORARY)
        assert not new.submit()
        assert "ander wachtwoord dan het tijdelijke" in fields.first_box.error
        fields.first_edit.setText("kort")
        fields.repeat_edit.setText("kort")
        assert not new.submit()
        assert "minstens 10 tekens" in fields.first_box.error
        fields.first_edit.setText(OWN)
        fields.repeat_edit.setText(OWN + "!")
        assert not new.submit()
        assert fields.repeat_box.error == "De twee wachtwoorden zijn niet gelijk."
        assert services.accounts.must_change_password(INSTRUCTOR)
        fields.repeat_edit.setText(OWN)
        return new.submit()

    dialog.run_dialog = choose
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _log_in(qtbot, dialog, TEMPORARY)
    assert shown and dialog.actor is not None and dialog.actor.name == INSTRUCTOR
    assert not services.accounts.must_change_password(INSTRUCTOR)
    assert services.accounts.authenticate(INSTRUCTOR, OWN).name == INSTRUCTOR
    with pytest.raises(LoginFailed):
        services.accounts.authenticate(INSTRUCTOR, TEMPORARY)


def test_cancelling_the_new_password_means_not_logged_in(qtbot, services: Services,
                                                         admin: Actor, answer) -> None:
    _reset(services, admin)
    dialog = _login(qtbot, services)
    script = answer([click("Annuleren")])  # the real modal dialog, cancelled
    _log_in(qtbot, dialog, TEMPORARY)
    assert script.seen == ["BVM Desk: nieuw wachtwoord"]
    assert dialog.actor is None
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "U bent niet ingelogd" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    assert services.accounts.must_change_password(INSTRUCTOR)


def test_the_real_dialog_stores_the_new_password(qtbot, services: Services, admin: Actor,
                                                 answer) -> None:
    _reset(services, admin)
    dialog = _login(qtbot, services)

    def type_and_save(widget: QWidget) -> None:
        assert isinstance(widget, NewPasswordDialog)
        widget.fields.first_edit.setText(OWN)
        widget.fields.repeat_edit.setText(OWN)
        widget.buttons.save_button.click()

    answer([type_and_save])
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _log_in(qtbot, dialog, TEMPORARY)
    assert dialog.actor is not None
    assert not services.accounts.must_change_password(INSTRUCTOR)


def test_no_reset_no_question(qtbot, services: Services) -> None:
    dialog = _login(qtbot, services)
    asked: list[QDialog] = []
    dialog.run_dialog = lambda new: asked.append(new) or True  # type: ignore[func-returns-value]
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _log_in(qtbot, dialog, INSTRUCTOR_PASSWORD)
    assert asked == []


def test_a_locked_account_says_until_when(qtbot, services: Services, admin: Actor) -> None:
    dialog = _login(qtbot, services)
    for _ in range(MAX_FAILED_ATTEMPTS):
        _log_in(qtbot, dialog, "verkeerd-wachtwoord")
    info = services.accounts.get_user(admin, INSTRUCTOR)
    assert info.locked and info.locked_until is not None
    _log_in(qtbot, dialog, INSTRUCTOR_PASSWORD)
    assert dialog.actor is None
    text = dialog.error_label.text()
    assert f"geblokkeerd tot {to_local(info.locked_until):%H:%M}" in text
    assert "(nog 15 minuten)" in text or "(nog 14 minuten)" in text
