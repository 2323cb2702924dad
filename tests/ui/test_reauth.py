"""Re-authentication before an administrator's action (issue 16): a password typed at most
five minutes ago asks nothing; an older one brings "Bevestig met uw wachtwoord", where a
wrong password keeps the dialog open (and counts as a failed login) and Annuleren stops the
action: nothing imported, restored, revoked or exported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from bvmdesk.config import Settings
from bvmdesk.db.models import User
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.admin.backups import BackupsPanel
from bvmdesk.ui.admin.certificates import CertificatesPanel
from bvmdesk.ui.admin.import_wizard import CHECK, DONE, ImportWizard
from bvmdesk.ui.attendance.scan_log import ScanLogDialog
from bvmdesk.ui.common import reauth
from bvmdesk.ui.common.reauth import ReauthDialog, confirm_identity
from tests.services.exchange.support import counts, valid, write_xlsx
from tests.services.test_scanlog import LOG, build_scan_world
from tests.ui.certificate_page_support import GROUP, enrol_everyone, open_page
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, INSTRUCTOR
from tests.ui.dialog_script import click
from tests.ui.test_register_helpers import FakeClock

TITLE = "Bevestig met uw wachtwoord"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def password_clock(services: Services, admin: Actor,
                   clock: FakeClock) -> Iterator[reauth.PasswordClock]:
    """The admin logged in just now (as the main window installs it at login)."""
    installed = reauth.PasswordClock(services.accounts, admin, clock)
    reauth.install(installed)
    yield installed
    reauth.install(None)


def _stale(clock: FakeClock) -> None:
    clock.advance(5 * 60 + 1)


def _password(text: str):
    """The dialog's answer: `text` typed, Bevestigen clicked."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, ReauthDialog)
        dialog.password_edit.setText(text)
        dialog.ok_button.click()

    return act


def _failed_attempts(services: Services) -> int:
    with sessions_of(services).read() as s:
        return s.scalars(select(User.failed_attempts).where(User.username == ADMIN)).one()


def test_a_fresh_password_asks_nothing(password_clock, clock: FakeClock) -> None:
    asked: list[str] = []
    password_clock.ask = lambda _parent, action, _clock: asked.append(action) or False
    clock.advance(5 * 60)
    assert confirm_identity(None, "importeren") and asked == []
    clock.advance(1)
    assert not confirm_identity(None, "importeren") and asked == ["importeren"]


def test_without_a_login_nothing_is_asked() -> None:
    reauth.install(None)
    assert confirm_identity(None, "importeren")


def test_a_stale_password_is_asked_and_the_right_one_goes_on(
        qtbot, answer, password_clock, clock: FakeClock) -> None:
    _stale(clock)
    script = answer([_password(ADMIN_PASSWORD)])
    assert confirm_identity(None, "een back-up terugzetten")
    assert script.seen == [TITLE] and script.errors == []
    assert password_clock.fresh()
    assert confirm_identity(None, "een back-up terugzetten")  # fresh again: not asked
    assert script.seen == [TITLE]


def test_a_wrong_password_keeps_the_dialog_open_and_counts(
        qtbot, answer, services: Services, password_clock, clock: FakeClock) -> None:
    _stale(clock)
    seen: dict[str, object] = {}

    def wrong_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ReauthDialog)
        assert any("Voor importeren vraagt" in label.text()
                   for label in dialog.findChildren(QLabel))
        dialog.password_edit.setText("niet-het-goede")
        seen["submitted"] = dialog.submit()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_label.text()
        seen["field"] = dialog.password_edit.text()
        click("Annuleren")(dialog)

    script = answer([wrong_then_cancel])
    assert not confirm_identity(None, "importeren")
    assert script.errors == []
    assert seen["submitted"] is False and seen["open"] is True and seen["field"] == ""
    assert "onjuist" in str(seen["error"]).lower()
    assert _failed_attempts(services) == 1
    assert not password_clock.fresh()


def test_annuleren_imports_nothing(qtbot, answer, services: Services, admin: Actor,
                                   password_clock, clock: FakeClock, tmp_path: Path) -> None:
    before = counts(services)
    wizard = ImportWizard(services.exchange, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_path(write_xlsx(tmp_path / "goed.xlsx", valid()))
    wizard.validate()
    assert wizard.step == CHECK and wizard.confirm_button.isEnabled()
    _stale(clock)
    script = answer([click("Annuleren")])
    wizard.confirm()
    assert script.seen == [TITLE] and script.errors == []
    assert wizard.step == CHECK and counts(services) == before  # nothing imported
    answer([_password(ADMIN_PASSWORD)])
    with qtbot.waitSignal(wizard.imported):
        wizard.confirm()
    assert wizard.step == DONE and counts(services)["participants"] == \
        before["participants"] + 3


def test_annuleren_restores_nothing(qtbot, answer, services: Services, admin: Actor,
                                    password_clock, clock: FakeClock) -> None:
    made = services.backups.create(admin)
    panel = BackupsPanel(services.backups, admin, Settings.load())
    qtbot.addWidget(panel)
    panel.show()
    requested: list[Path] = []
    panel.restore_requested.connect(requested.append)
    _stale(clock)
    script = answer([click("Terugzetten"), click("Annuleren")])
    panel.request_restore(made.path)
    qtbot.waitUntil(lambda: not script.actions)
    assert script.seen[1] == TITLE and script.errors == []
    assert requested == []  # the window is not closed for a restore
    script = answer([click("Terugzetten"), _password(ADMIN_PASSWORD)])
    panel.request_restore(made.path)
    qtbot.waitUntil(lambda: bool(requested))
    assert requested == [made.path]


def test_annuleren_revokes_nothing(qtbot, answer, services: Services, admin: Actor,
                                   password_clock, clock: FakeClock) -> None:
    enrol_everyone(services)
    issued = services.certificates.issue(admin, GROUP).issued
    page = open_page(qtbot, services, admin)
    page.issued_view.table.select_number(issued[0].number)
    _stale(clock)
    script = answer([click("Annuleren")])
    assert page.revoke_selected() is None
    assert script.seen == [TITLE]  # asked before the reason, and nothing after it
    assert services.certificates.get(admin, issued[0].number).status == "valid"


def test_annuleren_exports_no_key(qtbot, answer, services: Services, admin: Actor,
                                  password_clock, clock: FakeClock, tmp_path: Path) -> None:
    panel = CertificatesPanel(services.certificate_settings, services.signing_keys, admin)
    qtbot.addWidget(panel)
    panel.show()
    target = tmp_path / "sleutel.pem"
    _stale(clock)
    script = answer([click("Annuleren")])
    assert not panel.key_box.export_key(target, "staal en vonken 2026")
    assert script.seen == [TITLE] and not target.exists()
    answer([_password(ADMIN_PASSWORD)])
    assert panel.key_box.export_key(target, "staal en vonken 2026") and target.exists()


def test_annuleren_reads_no_scan_log(qtbot, answer, services: Services, admin: Actor,
                                     password_clock, clock: FakeClock,
                                     tmp_path: Path) -> None:
    build_scan_world(services, instructor=INSTRUCTOR)
    log = tmp_path / "scans.csv"
    log.write_text(LOG, encoding="utf-8")
    dialog = ScanLogDialog(services, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    _stale(clock)
    script = answer([click("Annuleren")])
    dialog.import_file(log)
    assert script.seen == [TITLE] and dialog.summary is None
    answer([_password(ADMIN_PASSWORD)])
    dialog.import_file(log)
    assert dialog.summary is not None and len(dialog.summary.marked) == 3
