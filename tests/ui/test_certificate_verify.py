"""Verifiëren: a code typed by a USB scanner (real key events, Shift for capitals and for
':' '%' '$' '*' '+', spaces kept), pasted or read from a PDF; the verdict in words; the
field ready for the next scan; Ctrl+Shift+V opens the dialog from anywhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bvmdesk.config import Settings
from bvmdesk.domain.certificate_code import PREFIX, CertificateRecord, encode
from bvmdesk.services.base import Actor
from bvmdesk.services.certificate_types import VerifyResult
from bvmdesk.services.container import Services
from bvmdesk.ui.certificates.passphrase import PassphraseDialog, passphrase_asker
from bvmdesk.ui.certificates.verify_dialog import VerifyDialog, open_verify_dialog
from bvmdesk.ui.icons import is_ours
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.theme import ERROR, SUCCESS
from tests.ui.conftest import activate
from tests.ui.devices import QrScanner


def _code(services: Services, admin: Actor, name: str = "Zoë van 't Hek") -> str:
    """A code signed with the site's own key (as the certificates service signs)."""
    key_id, private = services.signing_keys.signer(admin)
    return encode(CertificateRecord(number="ZWL-2026-00001", name=name, module="MAG135-1",
                                    issued=date(2026, 6, 1), kind="certificaat", site="ZWL",
                                    expires=None, key_id=key_id), private)


def _dialog(qtbot, services: Services, actor: Actor) -> VerifyDialog:
    dialog = VerifyDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    dialog.code_edit.setFocus()
    qtbot.waitUntil(dialog.code_edit.hasFocus, timeout=2000)
    return dialog


def _tampered(code: str) -> str:
    """`code` with one character of its body changed (a smudge, an edit)."""
    at = len(PREFIX) + 20
    changed = "B" if code[at] != "B" else "C"
    return code[:at] + changed + code[at + 1:]


def test_a_scanned_code_is_valid_and_shows_what_it_states(qtbot, services: Services,
                                                           admin: Actor) -> None:
    code = _code(services, admin)
    assert " " in code or any(c in code for c in "%*+:$")  # the symbols are typed too
    dialog = _dialog(qtbot, services, admin)
    QrScanner().scan(code)
    assert dialog.status == "valid"
    assert dialog.verdict_label.text() == "Geldig"
    assert SUCCESS.lower() in dialog.verdict_label.styleSheet().lower()
    assert dialog.name_label.text() == "Zoë van 't Hek"
    assert dialog.fields["number"].text() == "ZWL-2026-00001"
    assert dialog.fields["module"].text() == "MAG135-1"
    assert dialog.fields["kind"].text() == "Certificaat"
    assert dialog.fields["issued"].text() == "ma 1 jun 2026"
    assert dialog.fields["site"].text() == "ZWL"
    assert dialog.fields["expires"].text() == "verloopt niet"
    assert dialog.record_widget.isVisible()
    # Ready for the next scan: empty, with the focus.
    assert dialog.code_edit.text() == ""
    assert dialog.code_edit.hasFocus()


def test_the_scanner_keeps_the_spaces_inside_a_code(qtbot, services: Services,
                                                    admin: Actor) -> None:
    """A code with spaces in its Base45 text (the name decides it): a stripped space would
    make it 'tampered'."""
    code = next(c for c in (_code(services, admin, f"Naam {n}") for n in range(200))
                if " " in c[len(PREFIX):])
    dialog = _dialog(qtbot, services, admin)
    QrScanner().scan(code)
    assert dialog.status == "valid"


def test_a_changed_code_is_invalid_and_says_so_in_words(qtbot, services: Services,
                                                        admin: Actor) -> None:
    dialog = _dialog(qtbot, services, admin)
    QrScanner().scan(_tampered(_code(services, admin)))
    assert dialog.status == "tampered"
    assert dialog.verdict_label.text() == "Ongeldig (gewijzigd)"
    assert ERROR.lower() in dialog.verdict_label.styleSheet().lower()
    assert dialog.name_label.text() == ""
    assert dialog.code_edit.text() == "" and dialog.code_edit.hasFocus()
    # The next scan just works.
    QrScanner().scan(_code(services, admin))
    assert dialog.status == "valid"


def test_a_badge_is_no_certificate_code(qtbot, services: Services, admin: Actor) -> None:
    dialog = _dialog(qtbot, services, admin)
    QrScanner().scan("BADGE0042")
    assert dialog.status == "not_a_code"
    assert dialog.detail_label.text() == "Dit is geen certificaatcode van BVM Desk."
    assert not dialog.record_widget.isVisible()
    assert dialog.code_edit.text() == "" and dialog.code_edit.hasFocus()


def test_a_pasted_code_with_a_line_end_is_valid(qtbot, services: Services,
                                                admin: Actor) -> None:
    dialog = _dialog(qtbot, services, admin)
    dialog.code_edit.setText(_code(services, admin) + "\r\n")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.status == "valid"
    assert dialog.isVisible()  # Enter verifies; it does not close the dialog


def test_a_pdf_without_a_code_is_named(qtbot, services: Services, admin: Actor,
                                       tmp_path: Path, monkeypatch) -> None:
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    monkeypatch.setattr("bvmdesk.ui.certificates.verify_dialog.open_file_name",
                        lambda *args: (str(pdf), ""))
    dialog = _dialog(qtbot, services, admin)
    dialog.pdf_button.click()
    assert dialog.status == "not_a_code"
    assert "brief.pdf" in dialog.detail_label.text()
    assert dialog.code_edit.hasFocus()


def test_a_print_file_says_what_to_check_instead(qtbot, services: Services, admin: Actor,
                                                 tmp_path: Path, monkeypatch) -> None:
    """A batch's print PDF (the one file of `issue -o BESTAND.pdf`) carries no code."""
    from bvmdesk.reports.certificate_model import CertificateArt
    from bvmdesk.reports.pdf.certificate import render_print

    pdf = tmp_path / "afdrukken.pdf"
    pdf.write_bytes(render_print([], CertificateArt()))
    monkeypatch.setattr("bvmdesk.ui.certificates.verify_dialog.open_file_name",
                        lambda *args: (str(pdf), ""))
    dialog = _dialog(qtbot, services, admin)
    dialog.pdf_button.click()
    assert dialog.status == "not_a_code"
    text = dialog.detail_label.text()
    assert "afdrukken.pdf is een afdrukbestand" in text and "QR-code" in text


@pytest.mark.parametrize(("status", "word"), [
    ("valid", "Geldig"), ("tampered", "Ongeldig (gewijzigd)"),
    ("unknown_key", "Onbekende sleutel"), ("revoked", "Ingetrokken"),
    ("superseded", "Vervangen"), ("expired", "Verlopen")])
def test_every_verdict_has_its_word(qtbot, services: Services, admin: Actor, status: str,
                                    word: str) -> None:
    dialog = _dialog(qtbot, services, admin)
    dialog.show_result(VerifyResult(status, number="ZWL-2026-00007", name="Çağan Doğan",
                                    module="MAG135-1", issued=date(2026, 6, 1),
                                    kind="deelname", site="ZWL", expires=date(2029, 6, 1),
                                    detail="Ingetrokken: verkeerde module."))
    assert dialog.verdict_label.text() == word
    assert dialog.icon_label.pixmap() is not None and not dialog.icon_label.pixmap().isNull()
    assert dialog.detail_label.text() == "Ingetrokken: verkeerde module."
    assert dialog.fields["kind"].text() == "Bewijs van deelname"
    assert dialog.fields["expires"].text() == "vr 1 jun 2029"


def test_the_dialog_buttons_carry_our_icons(qtbot, services: Services, admin: Actor) -> None:
    dialog = _dialog(qtbot, services, admin)
    assert all(is_ours(b.icon()) for b in (dialog.pdf_button, dialog.close_button))


def test_ctrl_shift_v_opens_the_dialog_anywhere(qtbot, services: Services,
                                                instructor: Actor) -> None:
    window = MainWindow(services, instructor, Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.show_page_key("participants")
    page = window.current_page
    page.header.search_edit.setFocus()
    qtbot.keyClick(page.header.search_edit, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), VerifyDialog),
                    timeout=3000)
    dialog = window.findChild(VerifyDialog)
    assert dialog is not None and dialog.isVisible()
    assert page.header.search_edit.text() == ""  # the shortcut typed nothing
    qtbot.waitUntil(dialog.code_edit.hasFocus, timeout=2000)
    # Again from the dialog itself: the same dialog, not a second one.
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len([d for d in window.findChildren(VerifyDialog) if d.isVisible()]) == 1
    assert open_verify_dialog(window, services, instructor) is dialog


def test_the_passphrase_asker_gives_the_text_or_none(qtbot, answer) -> None:
    def type_and_ok(widget) -> None:
        assert isinstance(widget, PassphraseDialog)
        widget.passphrase_edit.setText("geheime zin 2026")
        widget.buttons.save_button.click()

    script = answer([type_and_ok, lambda w: w.buttons.cancel_button.click()])
    ask = passphrase_asker(None)
    assert ask("0A1B2C3D") == "geheime zin 2026"
    assert script.seen[0] == "Wachtwoordzin voor sleutel 0A1B2C3D"
    assert ask("0A1B2C3D") is None


def test_a_certificate_issued_by_the_service_scans_valid_then_revoked(
        qtbot, services: Services, admin: Actor, tmp_path: Path, monkeypatch) -> None:
    """The whole path: issued (an administrator's override makes Zoë eligible), its code
    read from the frozen PDF and typed by the scanner, the PDF chosen, then revoked."""
    from bvmdesk.reports.pdf.certificate import code_in_pdf

    row = services.certificates.eligibility(admin, "LAS-ZWL-1").rows[0]
    services.certificates.override(admin, row.enrolment_id, "Examen elders gehaald.")
    issued = services.certificates.issue(admin, "LAS-ZWL-1").issued
    assert len(issued) == 1
    number = issued[0].number
    pdf = services.certificates.pdf(admin, number)
    code = code_in_pdf(pdf)
    assert code is not None
    dialog = _dialog(qtbot, services, admin)
    QrScanner().scan(code)
    assert dialog.status == "valid"
    assert dialog.name_label.text() == "Zoë van 't Hek"
    assert dialog.fields["number"].text() == number
    file = tmp_path / f"{number}.pdf"
    file.write_bytes(pdf)
    monkeypatch.setattr("bvmdesk.ui.certificates.verify_dialog.open_file_name",
                        lambda *args: (str(file), ""))
    QrScanner().scan("BADGE0042")
    assert dialog.status == "not_a_code"
    dialog.pdf_button.click()
    assert dialog.status == "valid" and dialog.fields["number"].text() == number
    services.certificates.revoke(admin, number, "Uitgegeven aan de verkeerde deelnemer.")
    QrScanner().scan(code)
    assert dialog.status == "revoked"
    assert dialog.verdict_label.text() == "Ingetrokken"
    assert "verkeerde deelnemer" in dialog.detail_label.text()
