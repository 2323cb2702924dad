"""Login and first-start dialogs, the worker helper and the crash message, on real databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bvmdesk.services.container import Services
from bvmdesk.ui.start.first_start import CHOICE_DEMO, CHOICE_SETUP, FirstStartDialog
from bvmdesk.ui.start.login import LoginDialog
from tests.ui.conftest import INSTRUCTOR, INSTRUCTOR_PASSWORD


def _login(qtbot, services: Services, username: str = INSTRUCTOR) -> LoginDialog:
    dialog = LoginDialog(services.accounts, "Zwolle (ZWL)", services.database_label, username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_login_wrong_password_shows_error_and_stays(qtbot, services: Services) -> None:
    dialog = _login(qtbot, services)
    qtbot.keyClicks(dialog.password_edit, "niet-het-goede")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.error_label.text() == "Onjuiste gebruikersnaam of wachtwoord."
    assert dialog.password_edit.text() == ""


def test_login_enter_with_right_password_accepts(qtbot, services: Services) -> None:
    dialog = _login(qtbot, services)
    qtbot.keyClicks(dialog.password_edit, INSTRUCTOR_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert dialog.actor.name == INSTRUCTOR


def test_login_escape_quits(qtbot, services: Services) -> None:
    dialog = _login(qtbot, services)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Escape)


def test_login_empty_fields_say_what_to_do(qtbot, services: Services) -> None:
    dialog = _login(qtbot, services, username="")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "Vul uw gebruikersnaam en wachtwoord in" in dialog.error_label.text()


def test_login_lockout_message(qtbot, services: Services) -> None:
    dialog = _login(qtbot, services)
    for _ in range(6):
        dialog.password_edit.setText("verkeerd-wachtwoord")
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    # A wrong password says nothing about the account, also once it is locked.
    assert dialog.error_label.text() == "Onjuiste gebruikersnaam of wachtwoord."
    dialog.password_edit.setText(INSTRUCTOR_PASSWORD)  # even the right one waits now
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None
    assert "Te veel mislukte pogingen" in dialog.error_label.text()


def _first_start(qtbot, services: Services) -> FirstStartDialog:
    dialog = FirstStartDialog(services.accounts, services.database_label)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_setup(dialog: FirstStartDialog, code: str = "ZWL", password: str = "lange-zin-123",
                repeat: str | None = None) -> None:
    dialog.site_code_edit.setText(code)
    dialog.site_name_edit.setText("Zwolle")
    dialog.username_edit.setText("pbakker")
    dialog.display_name_edit.setText("Petra Bakker")
    dialog.password_edit.setText(password)
    dialog.repeat_edit.setText(password if repeat is None else repeat)


def test_first_start_sets_up_the_site(qtbot, empty_services: Services) -> None:
    dialog = _first_start(qtbot, empty_services)
    _fill_setup(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == CHOICE_SETUP
    site = empty_services.accounts.local_site()
    assert site is not None and (site.code, site.name) == ("ZWL", "Zwolle")
    actor = empty_services.accounts.authenticate("pbakker", "lange-zin-123")
    assert actor.display_name == "Petra Bakker"


def test_first_start_shows_field_errors_inline(qtbot, empty_services: Services) -> None:
    dialog = _first_start(qtbot, empty_services)
    _fill_setup(dialog, code="Z1", password="kort")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "2 tot 6 letters" in dialog.fields["site_code"].error
    assert "10 tekens" in dialog.fields["password"].error
    assert dialog.fields["site_name"].error == ""
    assert not empty_services.accounts.is_set_up()


def test_first_start_password_repeat_must_match(qtbot, empty_services: Services) -> None:
    dialog = _first_start(qtbot, empty_services)
    _fill_setup(dialog, repeat="iets-anders-123")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "niet gelijk" in dialog.fields["password_repeat"].error
    assert not empty_services.accounts.is_set_up()


def test_first_start_offers_the_demo(qtbot, empty_services: Services) -> None:
    dialog = _first_start(qtbot, empty_services)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == CHOICE_DEMO
    assert not empty_services.accounts.is_set_up()


def test_worker_runs_in_the_pool_and_reports_on_the_gui_thread(qtbot) -> None:
    import threading

    from bvmdesk.ui.workers import run_task, set_synchronous

    set_synchronous(False)
    results: list[tuple[int, bool]] = []
    main = threading.get_ident()

    def work(context) -> int:
        context.progress(1, 2, "half")
        return threading.get_ident()

    run_task(None, work, lambda ident: results.append((ident, threading.get_ident() == main)),
             label="Bezig…")
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    worker_ident, on_gui_thread = results[0]
    assert worker_ident != main
    assert on_gui_thread


def test_worker_errors_and_cancel_reach_their_callbacks(qtbot) -> None:
    from bvmdesk.ui.workers import TaskCancelled, run_task

    errors: list[BaseException] = []
    run_task(None, lambda _ctx: 1 / 0, lambda _r: None, on_error=errors.append)
    assert isinstance(errors[0], ZeroDivisionError)
    cancelled: list[bool] = []

    def stop(_ctx: object) -> None:
        raise TaskCancelled()

    run_task(None, stop, lambda _r: None, on_cancelled=lambda: cancelled.append(True))
    assert cancelled == [True]


def test_crash_message_names_the_log_file(tmp_path: Path) -> None:
    from bvmdesk.logs import log_path
    from bvmdesk.ui.common.crash import crash_text

    text = crash_text("KeyError", str(log_path()))
    assert str(log_path()) in text
    assert "KeyError" not in text  # the class name is for the log, not for the user
    assert "Traceback" not in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_translations_install_without_compiled_files(qapp, language: str) -> None:
    from PySide6.QtCore import QLocale

    from bvmdesk.ui.i18n import install_translations

    translators = install_translations(qapp, language)
    try:
        assert QLocale().language() == (QLocale.Language.English if language == "en"
                                        else QLocale.Language.Dutch)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
