"""Issue 18 in the GUI: Beheer > Certificaten's verification address (saved after the
password when it is stale, refused in words, read-only for an instructor), "Verificatiepagina
maken…", and the Verifiëren dialog taking the address form from a USB scanner that types
`#`, `:` and `%` with Shift (on a US layout), opened over the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bvmdesk.config import Settings
from bvmdesk.domain.certificate_code import CertificateRecord, encode
from bvmdesk.domain.verify_address import qr_content
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.admin.certificates import CertificatesPanel
from bvmdesk.ui.certificates.verify_dialog import VerifyDialog
from bvmdesk.ui.main_window import MainWindow
from tests.ui.conftest import ADMIN_PASSWORD, activate
from tests.ui.devices import QrScanner
from tests.ui.dialog_script import click
from tests.ui.test_reauth import TITLE, _password, _stale, clock, password_clock  # noqa: F401

ADDRESS = "https://www.BVM-voorbeeld.nl/Verificatie/"


def _panel(qtbot, services: Services, actor: Actor) -> CertificatesPanel:
    panel = CertificatesPanel(services.certificate_settings, services.signing_keys, actor,
                              pages=services.verify_page)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_address_is_saved_after_the_password_when_it_is_stale(
        qtbot, answer, services: Services, admin: Actor, password_clock,  # noqa: F811
        clock) -> None:  # noqa: F811
    box = _panel(qtbot, services, admin).page_box
    assert box.address_edit.text() == "" and box.save_button.isEnabled()
    box.address_edit.setText(ADDRESS)
    _stale(clock)
    script = answer([click("Annuleren")])
    assert not box.save_address()
    assert script.seen == [TITLE]
    assert services.certificate_settings.get(admin).verify_address == ""
    assert "niet gewijzigd" in box.message_label.text()
    answer([_password(ADMIN_PASSWORD)])
    assert box.save_address()
    assert services.certificate_settings.get(admin).verify_address == ADDRESS
    assert box.message_label.objectName() == "formSuccess" and ADDRESS in \
        box.message_label.text()
    # Unchanged: nothing asked, nothing written. Emptied: the QR holds the bare code again.
    assert box.save_address()
    box.address_edit.setText("")
    assert box.save_address()
    assert services.certificate_settings.get(admin).verify_address == ""


def test_a_bad_address_is_refused_in_words_and_changes_nothing(
        qtbot, services: Services, admin: Actor) -> None:
    services.certificate_settings.set_verify_address(admin, ADDRESS)
    box = _panel(qtbot, services, admin).page_box
    assert box.address_edit.text() == ADDRESS
    box.address_edit.setText("www.bvm.nl/verificatie#code")
    qtbot.keyClick(box.address_edit, Qt.Key.Key_Return)
    assert box.message_label.objectName() == "formError"
    assert "https://" in box.message_label.text() and "niets gewijzigd" in \
        box.message_label.text()
    assert services.certificate_settings.get(admin).verify_address == ADDRESS


def test_an_instructor_sees_the_address_but_changes_nothing(
        qtbot, services: Services, admin: Actor, instructor: Actor) -> None:
    services.certificate_settings.set_verify_address(admin, ADDRESS)
    box = _panel(qtbot, services, instructor).page_box
    assert box.address_edit.text() == ADDRESS and box.address_edit.isReadOnly()
    assert not box.save_button.isEnabled() and not box.page_button.isEnabled()


def test_the_page_is_made_in_the_chosen_folder(qtbot, services: Services, admin: Actor,
                                               tmp_path: Path, monkeypatch) -> None:
    services.certificate_settings.set_verify_address(admin, ADDRESS)
    box = _panel(qtbot, services, admin).page_box
    monkeypatch.setattr("bvmdesk.ui.admin.certificates_page.existing_directory",
                        lambda *args: str(tmp_path))
    box.page_button.click()
    assert (tmp_path / "index.html").is_file() and (tmp_path / "README.txt").is_file()
    text = box.message_label.text()
    key_id = services.signing_keys.info(admin).key_id
    assert box.message_label.objectName() == "formSuccess"
    assert key_id in text and ADDRESS in text and "opnieuw" in text
    monkeypatch.setattr("bvmdesk.ui.admin.certificates_page.existing_directory",
                        lambda *args: str(tmp_path / "weg" / "pagina"))
    box.page_button.click()
    assert box.message_label.objectName() == "formError"
    assert "Map bestaat niet" in box.message_label.text()


def test_a_scanner_typing_the_address_form_gets_the_verdict(qtbot, services: Services,
                                                            admin: Actor) -> None:
    key_id, private = services.signing_keys.signer(admin)
    code = next(c for c in (encode(CertificateRecord(
        number=f"ZWL-2026-{n:05d}", name="Zoë van 't Hek", module="MAG135-1",
        issued=date(2026, 6, 1), kind="certificaat", site="ZWL", expires=None,
        key_id=key_id), private) for n in range(1, 500)) if " " in c and "%" in c)
    scanned = qr_content(ADDRESS, code)
    assert "%20" in scanned and "%25" in scanned
    window = MainWindow(services, admin, Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.show_page_key("participants")  # a page that takes badge scans itself
    page = window.current_page
    page.header.search_edit.setFocus()
    qtbot.keyClick(page.header.search_edit, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), VerifyDialog),
                    timeout=3000)
    dialog = window.findChild(VerifyDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.code_edit.hasFocus, timeout=2000)
    QrScanner().scan(scanned)
    assert dialog.status == "valid", dialog.detail_label.text()
    assert dialog.name_label.text() == "Zoë van 't Hek"
    assert dialog.code_edit.text() == "" and dialog.code_edit.hasFocus()
    # One character changed in the code part: the verdict says so.
    at = scanned.index("#") + 12
    QrScanner().scan(scanned[:at] + ("B" if scanned[at] != "B" else "C") + scanned[at + 1:])
    assert dialog.status == "tampered"
    # The bare code still works, and the page behind typed nothing.
    QrScanner().scan(code)
    assert dialog.status == "valid"
    assert page.header.search_edit.text() == ""
