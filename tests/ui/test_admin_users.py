"""Beheer > Gebruikers (issue 16): add, reset, unlock, disable through the panel on a real
database; re-authentication asked when the password is stale; instructors only look."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent
from bvmdesk.domain.clock import to_local
from bvmdesk.services.accounts import MAX_FAILED_ATTEMPTS, LoginFailed
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.admin.users import UsersPanel
from bvmdesk.ui.common import reauth
from bvmdesk.ui.common.new_password import NewPasswordDialog
from tests.ui.conftest import ADMIN, INSTRUCTOR, INSTRUCTOR_PASSWORD, activate

TEMPORARY = "tijdelijk-2026-x"


@pytest.fixture(autouse=True)
def _no_clock_left() -> Iterator[None]:
    yield
    reauth.install(None)


def _panel(qtbot, services: Services, actor: Actor) -> UsersPanel:
    panel = UsersPanel(services.accounts, actor)
    qtbot.addWidget(panel)
    panel.resize(1100, 640)
    panel.show()
    qtbot.waitUntil(lambda: bool(panel.users))
    return panel


def _last_action(services: Services) -> tuple[str, str]:
    with sessions_of(services).read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
        assert event is not None
        return event.actor, event.action


def _fill_dialog(password: str, repeat: str | None = None):  # type: ignore[no-untyped-def]
    """A `run_dialog` that types the passwords and presses the dialog's button."""
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewPasswordDialog)
        dialog.fields.first_edit.setText(password)
        dialog.fields.repeat_edit.setText(password if repeat is None else repeat)
        return dialog.submit()
    return run


def _status(panel: UsersPanel, username: str) -> str:
    model = panel.table.table_model
    for row in range(model.rowCount()):
        if model.row_at(row).username == username:  # type: ignore[union-attr]
            return str(model.data(model.index(row, 3)))
    raise AssertionError(username)


def test_an_admin_adds_a_user_who_must_choose_a_password(qtbot, services: Services,
                                                         admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    activate(qtbot, panel)
    qtbot.keyClick(panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.creating and panel.form.heading.text() == "Nieuwe gebruiker"
    assert panel.form.passwords.isVisible() and not panel.form.account_card.isVisible()
    form = panel.form
    qtbot.keyClicks(form.username_edit, "jsmit")
    qtbot.keyClicks(form.name_edit, "Jan Smit")
    qtbot.keyClicks(form.passwords.first_edit, TEMPORARY)
    qtbot.keyClicks(form.passwords.repeat_edit, TEMPORARY + "?")
    assert not panel.save()  # the two differ: said under the second field
    assert form.passwords.repeat_box.error == "De twee wachtwoorden zijn niet gelijk."
    form.passwords.repeat_edit.setText(TEMPORARY)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not panel.creating
    assert panel.current is not None and panel.current.username == "jsmit"
    assert "jsmit is toegevoegd" in form.message_label.text()
    assert _status(panel, "jsmit") == "moet wachtwoord wijzigen"
    assert services.accounts.must_change_password("jsmit")
    assert services.accounts.authenticate("jsmit", TEMPORARY).display_name == "Jan Smit"
    assert panel.count_label.text() == "3 gebruikers"


def test_a_taken_name_and_a_short_password_are_refused_by_field(qtbot, services: Services,
                                                                 admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    panel.start_new()
    panel.form.username_edit.setText(INSTRUCTOR)
    panel.form.passwords.first_edit.setText("kort")
    panel.form.passwords.repeat_edit.setText("kort")
    assert not panel.save()
    assert "minstens 10 tekens" in panel.form.passwords.first_box.error
    panel.form.passwords.first_edit.setText(TEMPORARY)
    panel.form.passwords.repeat_edit.setText(TEMPORARY)
    assert not panel.save()
    assert panel.form.boxes["username"].error == f"Gebruiker {INSTRUCTOR} bestaat al."
    assert "er is niets opgeslagen" in panel.form.message_label.text()
    assert len(services.accounts.list_users(admin)) == 2


def test_reset_password_then_the_person_must_change_it(qtbot, services: Services,
                                                        admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    assert panel.select(INSTRUCTOR)
    panel.run_dialog = _fill_dialog(TEMPORARY, "iets anders!!")
    assert not panel.reset_password()  # the dialog stayed open: nothing changed
    assert not services.accounts.must_change_password(INSTRUCTOR)
    panel.run_dialog = _fill_dialog(TEMPORARY)
    qtbot.mouseClick(panel.form.reset_button, Qt.MouseButton.LeftButton)
    assert services.accounts.must_change_password(INSTRUCTOR)
    assert _last_action(services) == (ADMIN, "user.reset")
    assert "kiest Petra Bakker een eigen wachtwoord" in panel.form.message_label.text()
    assert "eigen wachtwoord kiezen" in panel.form.state_label.text()
    with pytest.raises(LoginFailed):
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)


def test_unlock_a_locked_account(qtbot, services: Services, admin: Actor) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed):
            services.accounts.authenticate(INSTRUCTOR, "fout wachtwoord")
    info = services.accounts.get_user(admin, INSTRUCTOR)
    assert info.locked_until is not None
    until = f"{to_local(info.locked_until):%H:%M}"
    panel = _panel(qtbot, services, admin)
    assert _status(panel, INSTRUCTOR) == f"geblokkeerd tot {until}"
    panel.select(INSTRUCTOR)
    assert f"Geblokkeerd tot {until}" in panel.form.state_label.text()
    assert panel.form.unlock_button.isEnabled()
    qtbot.mouseClick(panel.form.unlock_button, Qt.MouseButton.LeftButton)
    assert _status(panel, INSTRUCTOR) == "actief"
    assert not panel.form.unlock_button.isEnabled()
    assert _last_action(services) == (ADMIN, "user.unlock")
    assert services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD).name == INSTRUCTOR


def test_disable_asks_first_then_enable(qtbot, services: Services, admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    panel.select(INSTRUCTOR)
    asked: list[str] = []
    panel.confirm = lambda text, action: asked.append(text) or False  # type: ignore[func-returns-value]
    qtbot.mouseClick(panel.form.active_button, Qt.MouseButton.LeftButton)
    assert asked and "Petra Bakker (pbakker) uitschakelen?" in asked[0]
    assert services.accounts.get_user(admin, INSTRUCTOR).active
    panel.confirm = lambda text, action: True
    qtbot.mouseClick(panel.form.active_button, Qt.MouseButton.LeftButton)
    assert not services.accounts.get_user(admin, INSTRUCTOR).active
    assert _status(panel, INSTRUCTOR) == "uitgeschakeld"
    assert panel.form.active_button.text() == "Inschakelen"
    qtbot.mouseClick(panel.form.active_button, Qt.MouseButton.LeftButton)
    assert services.accounts.get_user(admin, INSTRUCTOR).active
    assert _last_action(services) == (ADMIN, "user.active")


def test_change_name_and_role_and_not_ones_own(qtbot, services: Services,
                                               admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    panel.select(ADMIN)
    assert not panel.form.role_combo.isEnabled()  # one's own role: another admin
    assert not panel.form.active_button.isEnabled()  # nor one's own account
    panel.select(INSTRUCTOR)
    form = panel.form
    form.name_edit.setText("")
    qtbot.keyClicks(form.name_edit, "Petra de Bakker")
    form.role_combo.setCurrentIndex(form.role_combo.findData("admin"))
    form.role_combo.activated.emit(form.role_combo.currentIndex())
    assert panel.save()
    info = services.accounts.get_user(admin, INSTRUCTOR)
    assert (info.display_name, info.role.value) == ("Petra de Bakker", "admin")
    assert _last_action(services) == (ADMIN, "user.update")


def test_reauthentication_is_asked_when_the_password_is_stale(qtbot, services: Services,
                                                              admin: Actor) -> None:
    now = [1000.0]
    clock = reauth.PasswordClock(services.accounts, admin, clock=lambda: now[0])
    asked: list[str] = []
    answer = [False]

    def ask(parent, action: str, password_clock) -> bool:  # type: ignore[no-untyped-def]
        asked.append(action)
        return answer[0]

    clock.ask = ask
    reauth.install(clock)
    panel = _panel(qtbot, services, admin)
    panel.select(INSTRUCTOR)
    panel.confirm = lambda text, action: True
    assert panel.toggle_active()  # fresh: nothing asked
    assert asked == []
    now[0] += reauth.REAUTH_AFTER_SECONDS + 1
    for action in (panel.toggle_active, panel.unlock, panel.reset_password, panel.start_new):
        if action == panel.start_new:
            action()
            panel.form.username_edit.setText("nieuw")
            panel.form.passwords.first_edit.setText(TEMPORARY)
            panel.form.passwords.repeat_edit.setText(TEMPORARY)
            assert not panel.save()
        else:
            assert not action()
    assert asked == ["gebruikers beheren"] * 4
    assert not services.accounts.get_user(admin, INSTRUCTOR).active  # unchanged
    assert [u.username for u in services.accounts.list_users(admin)] == [ADMIN, INSTRUCTOR]
    answer[0] = True
    panel.select(INSTRUCTOR)
    assert panel.toggle_active()
    assert services.accounts.get_user(admin, INSTRUCTOR).active


def test_an_instructor_only_looks(qtbot, services: Services, instructor: Actor) -> None:
    panel = _panel(qtbot, services, instructor)
    assert "U kunt dit alleen bekijken" in panel.explanation.text()
    assert not panel.new_button.isVisible()
    panel.start_new()
    assert not panel.creating
    panel.select(ADMIN)
    form = panel.form
    for button in (form.save_button, form.reset_button, form.active_button,
                   form.unlock_button):
        assert not button.isVisible()
    assert not form.name_edit.isEnabled() and not form.role_combo.isEnabled()
    assert not panel.save() and not panel.toggle_active() and not panel.reset_password()
