"""Beheer > Certificaten on a real database through the real services: the settings saved and
read back, a file that is no picture refused, the signing key's public PEM, export and
import to a second PC (a copied database cannot sign until then), the passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from bvmdesk.config import Settings
from bvmdesk.domain.certificate_code import key_id_of
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services
from bvmdesk.services.signing_keys import PassphraseNeeded, read_public_pem
from bvmdesk.ui.admin.certificates import CertificatesPanel
from bvmdesk.ui.admin.page import AdminPage
from bvmdesk.ui.certificates.passphrase import PassphraseDialog, passphrase_asker
from bvmdesk.ui.icons import is_ours
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.dialog_script import click

PASSPHRASE = "staal en vonken 2026"


def _panel(qtbot, services: Services, actor: Actor) -> CertificatesPanel:
    panel = CertificatesPanel(services.certificate_settings, services.signing_keys, actor)
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _png(path: Path, colour: str = "#1E5A96") -> Path:
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def test_settings_are_saved_and_read_back(qtbot, services: Services, admin: Actor,
                                          tmp_path: Path, monkeypatch) -> None:
    panel = _panel(qtbot, services, admin)
    assert panel.edits["organisation"].text() == "Bedrijfsvakschool Metaaltechniek"
    assert panel.logo.preview.text() == "geen afbeelding"
    panel.edits["signatory_name"].setText("Bea Heer")
    panel.edits["signatory_function"].setText("directeur")
    panel.edits["contact"].setText("BVM Zwolle, 038 123 45 67, info@bvm.example")
    logo = _png(tmp_path / "logo.png")
    monkeypatch.setattr("bvmdesk.ui.admin.certificates.open_file_name",
                        lambda *args: (str(logo), ""))
    panel.logo.choose_button.click()
    assert not panel.logo.preview.pixmap().isNull()
    assert "Opslaan" in panel.message_label.text()
    panel.save_button.click()
    assert panel.message_label.objectName() == "formSuccess"
    assert panel.message_label.text().startswith("Opgeslagen.")
    stored = services.certificate_settings.get(admin)
    assert (stored.signatory_name, stored.signatory_function) == ("Bea Heer", "directeur")
    assert stored.contact == "BVM Zwolle, 038 123 45 67, info@bvm.example"
    assert stored.logo is not None and stored.signature is None
    assert not QImage.fromData(stored.logo).isNull()
    # A new panel (the next session) shows what was saved.
    again = _panel(qtbot, services, admin)
    assert again.edits["signatory_name"].text() == "Bea Heer"
    assert not again.logo.preview.pixmap().isNull()
    assert again.logo.remove_button.isEnabled()
    # Verwijderen and Opslaan remove the logo.
    again.logo.remove_button.click()
    assert again.save()
    assert services.certificate_settings.get(admin).logo is None


def test_a_file_that_is_no_picture_is_refused(qtbot, services: Services, admin: Actor,
                                              tmp_path: Path, monkeypatch) -> None:
    fake = tmp_path / "handtekening.png"
    fake.write_bytes(b"dit is tekst, geen plaatje\n" * 20)
    monkeypatch.setattr("bvmdesk.ui.admin.certificates.open_file_name",
                        lambda *args: (str(fake), ""))
    panel = _panel(qtbot, services, admin)
    panel.signature.choose_button.click()
    assert panel.message_label.objectName() == "formError"
    assert panel.message_label.text() == (
        "Het bestand handtekening.png is geen afbeelding (PNG of JPEG) en is niet gebruikt "
        "voor de handtekening. Kies een ander bestand; er is niets gewijzigd.")
    assert panel.signature.data is None and not panel.signature.changed
    assert panel.save()
    assert services.certificate_settings.get(admin).signature is None


def test_the_service_refusal_is_shown_and_nothing_changes(qtbot, services: Services,
                                                          admin: Actor) -> None:
    """An image Qt reads but the service refuses (over 2 MB) keeps the old settings."""
    panel = _panel(qtbot, services, admin)
    panel.edits["signatory_name"].setText("Iemand Anders")
    panel.logo.set_data(b"\x89PNG" + b"0" * 2_100_000, changed=True)
    assert not panel.save()
    assert panel.message_label.objectName() == "formError"
    assert "groter dan 2 MB" in panel.message_label.text()
    assert panel.message_label.text().endswith("Er is niets gewijzigd.")
    assert services.certificate_settings.get(admin).signatory_name == ""


def test_an_instructor_sees_the_settings_read_only(qtbot, services: Services,
                                                   instructor: Actor) -> None:
    panel = _panel(qtbot, services, instructor)
    assert all(edit.isReadOnly() for edit in panel.edits.values())
    assert not panel.save_button.isEnabled()
    assert not panel.logo.choose_button.isEnabled()
    box = panel.key_box
    assert box.public_button.isEnabled()
    assert not any(b.isEnabled() for b in (box.export_button, box.import_button,
                                           box.passphrase_button))


def test_the_public_key_is_saved_as_pem(qtbot, services: Services, admin: Actor,
                                        tmp_path: Path) -> None:
    box = _panel(qtbot, services, admin).key_box
    assert box.info is not None and box.info.private_here
    assert box.here_label.text() == "ja" and not box.warning_label.isVisible()
    target = tmp_path / "openbaar.pem"
    assert box.save_public_key(target)
    public = read_public_pem(target.read_bytes())
    assert key_id_of(public) == box.info.key_id
    assert box.info.key_id in box.message_label.text()


def test_the_key_moves_to_a_second_pc_by_export_and_import(
        qtbot, services: Services, admin: Actor, db_path: Path, tmp_path: Path,
        monkeypatch) -> None:
    box = _panel(qtbot, services, admin).key_box
    key_id = box.info.key_id
    exported = tmp_path / "sleutel.pem"
    assert not box.export_key(exported, "kort")  # too short: refused, nothing written
    assert "minstens 8 tekens" in box.message_label.text() and not exported.exists()
    assert box.export_key(exported, PASSPHRASE)
    assert exported.exists() and key_id in box.message_label.text()

    # The second PC: the same database, another user data directory without the key file.
    monkeypatch.setenv("BVMDESK_DATA_DIR", str(tmp_path / "tweede-pc"))
    second = open_services(str(db_path))
    try:
        other_admin = second.accounts.authenticate(ADMIN, ADMIN_PASSWORD)
        other = _panel(qtbot, second, other_admin).key_box
        assert other.info.key_id == key_id and not other.info.private_here
        assert other.here_label.text() == "nee"
        assert other.warning_label.isVisible()
        assert "Sleutel importeren" in other.warning_label.text()
        assert not other.export_button.isEnabled() and other.import_button.isEnabled()
        assert not other.import_key(exported, "verkeerde zin")
        assert "klopt niet" in other.message_label.text()
        assert not other.info.private_here
        assert other.import_key(exported, PASSPHRASE)
        assert other.info.private_here and not other.warning_label.isVisible()
        assert second.signing_keys.signer(other_admin)[0] == key_id
    finally:
        second.close()


def test_the_export_buttons_ask_for_file_and_passphrase_twice(
        qtbot, services: Services, admin: Actor, tmp_path: Path, monkeypatch,
        answer) -> None:
    box = _panel(qtbot, services, admin).key_box
    target = tmp_path / "export.pem"
    monkeypatch.setattr("bvmdesk.ui.admin.certificates_key.save_file_name",
                        lambda *args: (str(target), ""))

    def differing(widget) -> None:
        assert isinstance(widget, PassphraseDialog)
        widget.passphrase_edit.setText(PASSPHRASE)
        widget.repeat_edit.setText(PASSPHRASE + "x")
        widget.buttons.save_button.click()
        assert widget.buttons.message_label.text() == (
            "De twee wachtwoordzinnen zijn niet gelijk.")
        widget.repeat_edit.setText(PASSPHRASE)
        widget.buttons.save_button.click()

    script = answer([differing])
    box.export_button.click()
    assert script.seen == ["Sleutel exporteren"]
    assert target.exists() and b"ENCRYPTED" in target.read_bytes()


def test_a_passphrase_is_asked_once_a_session(qtbot, services: Services, admin: Actor,
                                              db_path: Path, answer) -> None:
    box = _panel(qtbot, services, admin).key_box
    assert not box.set_passphrase("kort")
    assert "minstens 8 tekens" in box.message_label.text()
    assert box.set_passphrase(PASSPHRASE)
    assert box.protected_label.text() == "ingesteld"
    assert box.remove_passphrase_button.isEnabled()
    key_id = box.info.key_id
    # The next session (same PC): signing needs the passphrase, asked by the prompt.
    session = open_services(str(db_path))
    try:
        with pytest.raises(PassphraseNeeded):
            session.signing_keys.signer(admin)

        def type_it(widget) -> None:
            widget.passphrase_edit.setText(PASSPHRASE)
            widget.buttons.save_button.click()

        script = answer([type_it])
        assert session.signing_keys.signer(admin, passphrase_asker(None))[0] == key_id
        assert script.seen == [f"Wachtwoordzin voor sleutel {key_id}"]
        assert session.signing_keys.signer(admin, passphrase_asker(None))[0] == key_id
    finally:
        session.close()
    # Removed again, after the question that names the key.
    answer([click("Verwijderen")])
    box.remove_passphrase_button.click()
    assert box.protected_label.text() == "geen"


def test_beheer_has_the_certificates_section(qtbot, services: Services, admin: Actor) -> None:
    page = AdminPage(services.accounts, admin, Settings(),
                     certificate_settings=services.certificate_settings,
                     signing_keys=services.signing_keys)
    qtbot.addWidget(page)
    titles = [page.sub_navigation.item(i).text() for i in range(page.sub_navigation.count())]
    assert titles.index("Certificaten") == titles.index("Aftekentaken") + 1
    page.show()
    page.show_section("certificates")
    panel = page.stack.currentWidget()
    assert isinstance(panel, CertificatesPanel)
    assert panel.key_box.info is not None  # loaded when first shown
    from PySide6.QtWidgets import QAbstractButton

    assert all(is_ours(b.icon()) for b in panel.findChildren(QAbstractButton))
