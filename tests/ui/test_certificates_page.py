"""Certificaten: the register lists and filters, a group is issued through the worker, a
cancelled batch leaves whole certificates, the preview shows the page, printing draws the
frozen pages, revoking is for administrators (real database, real services)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter

from bvmdesk.reports.pdf.certificate import code_in_pdf
from bvmdesk.ui.certificates import issue_view, pdf_pages
from bvmdesk.ui.certificates.page import EXPIRING, ISSUE, ISSUED
from bvmdesk.ui.workers import TaskContext, set_synchronous
from tests.ui.certificate_page_support import (
    GROUP,
    enrol_everyone,
    open_page,
    set_minimum_attendance,
)
from tests.ui.dialog_script import click


@pytest.fixture(autouse=True)
def _confirmed(monkeypatch):
    """Every "Certificaten uitgeven?" is answered with Uitgeven (one test checks the question)."""
    asked: list[str] = []

    def confirm(_parent, _title, question, _ok):
        asked.append(question)
        return True

    monkeypatch.setattr(issue_view, "confirm", confirm)
    return asked


def _column(table, column: int) -> list[str]:
    model = table.table_model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_register_lists_issued_certificates_with_status_in_words(qtbot, services, admin):
    enrol_everyone(services)
    result = services.certificates.issue(admin, GROUP)
    assert len(result.issued) == 5
    page = open_page(qtbot, services, admin)
    table = page.issued_view.table
    assert sorted(_column(table, 0)) == sorted(item.number for item in result.issued)
    assert set(_column(table, 7)) == {"Geldig"}
    assert "Zoë van 't Hek" in _column(table, 1)
    page.header.search_edit.setText("Zoë")
    assert _column(table, 1) == ["Zoë van 't Hek"]
    page.header.search_edit.setText("")
    services.certificates.revoke(admin, result.issued[0].number, "verkeerde persoon")
    page.load_issued()
    page.issued_view.status_combo.setCurrentIndex(2)  # Ingetrokken
    assert _column(table, 0) == [result.issued[0].number]
    assert _column(table, 7) == ["Ingetrokken"]


def test_a_group_is_issued_through_the_worker(qtbot, services, admin, _confirmed):
    enrol_everyone(services)
    page = open_page(qtbot, services, admin)
    page.tabs.setCurrentIndex(ISSUE)
    view = page.issue_view
    assert view.show_group(GROUP)
    assert view.table.table_model.rowCount() == 5
    assert view.issue_button.text() == "Uitgeven (5)"
    set_synchronous(False)
    view.issue_button.click()
    qtbot.waitUntil(lambda: page.summary_dialog is not None, timeout=60000)
    assert view.task is None and not view.busy
    assert _confirmed == [f"5 certificaten uitgeven aan groep {GROUP} (certificaat, "
                          "Nederlands)? Een uitgegeven certificaat blijft bestaan: een fout "
                          "herstelt u met Corrigeren of Intrekken."]
    dialog = page.summary_dialog
    assert "5 certificaten uitgegeven" in dialog.summary_label.text()
    assert view.last_result is not None and view.last_result.print_pdf is not None
    assert view.issue_button.text() == "Uitgeven (0)"  # everyone has one now
    assert len(_column(page.issued_view.table, 0)) == 5
    assert set(_column(view.table, 5)) == set(_column(page.issued_view.table, 0))
    dialog.close()


def test_only_the_selected_rows_are_issued(qtbot, services, admin):
    enrol_everyone(services)
    page = open_page(qtbot, services, admin)
    view = page.issue_view
    view.show_group(GROUP)
    view.table.select_row(1)
    assert view.issue_button.text() == "Uitgeven (1)"
    chosen = view.batch()[0].participant
    view.issue()
    assert [c.participant for c in services.certificates.list(admin)] == [chosen]


def test_cancel_leaves_whole_certificates_and_no_gap(qtbot, services, admin, monkeypatch):
    enrol_everyone(services)
    page = open_page(qtbot, services, admin)
    view = page.issue_view
    view.show_group(GROUP)
    original = TaskContext.progress

    def press_cancel_after_the_second(context, done, total, text=""):
        original(context, done, total, text)
        if done >= 2:
            context.cancel()  # what Annuleren in the progress dialog does

    monkeypatch.setattr(TaskContext, "progress", press_cancel_after_the_second)
    view.issue()
    result = view.last_result
    assert result is not None and result.cancelled
    issued = services.certificates.list(admin)
    assert 2 <= len(issued) < 5
    assert sorted(int(c.number.rsplit("-", 1)[1]) for c in issued) == list(
        range(1, len(issued) + 1))
    for info in issued:
        frozen = services.certificates.pdf(admin, info.number)
        assert hashlib.sha256(frozen).hexdigest() == info.sha256
        assert code_in_pdf(frozen) is not None
    assert "gestopt" in page.summary_dialog.summary_label.text()
    assert view.issue_button.text() == f"Uitgeven ({5 - len(issued)})"


def test_the_preview_shows_the_first_certificate_as_an_image(qtbot, services, admin):
    enrol_everyone(services)
    page = open_page(qtbot, services, admin)
    page.issue_view.show_group(GROUP)
    dialog = page.issue_view.show_preview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.pages and not dialog.pages[0].pixmap().isNull()
    assert dialog.pages[0].pixmap().width() > dialog.pages[0].pixmap().height()
    assert services.certificates.list(admin) == []  # nothing issued
    dialog.close()


def test_print_draws_the_frozen_pages_on_the_printer(qtbot, services, admin, tmp_path: Path,
                                                     monkeypatch):
    enrol_everyone(services)
    services.certificates.issue(admin, GROUP)
    page = open_page(qtbot, services, admin)
    target = tmp_path / "printer.pdf"

    def pdf_printer(_parent, _data):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(pdf_pages, "choose_printer", pdf_printer)
    table = page.issued_view.table
    table.selectAll()
    page.print_selected()
    printed = pypdfium2.PdfDocument(target.read_bytes())
    try:
        assert len(printed) == 5
    finally:
        printed.close()
    assert "Afgedrukt: 5" in page.message_label.text()


class _Viewer(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


def test_enter_opens_the_frozen_pdf_named_after_its_number(qtbot, services, admin):
    enrol_everyone(services)
    services.certificates.issue(admin, GROUP)
    page = open_page(qtbot, services, admin)
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "open_url")
    try:
        table = page.issued_view.table
        table.select_row(0)
        number = table.current_item().number
        table.setFocus()
        qtbot.keyClick(table, "\r")
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(viewer.opened) == 1
    path = Path(viewer.opened[0].toLocalFile())
    assert path.name == f"{number}.pdf"
    assert path.read_bytes() == services.certificates.pdf(admin, number)


def test_revoking_is_for_administrators_only(qtbot, services, admin, instructor, answer):
    enrol_everyone(services)
    issued = services.certificates.issue(admin, GROUP).issued
    page = open_page(qtbot, services, instructor)
    assert not page.issued_view.revoke_button.isVisible()
    assert page.issue_view.override_button.isHidden()
    page.issued_view.table.select_row(0)
    assert page.revoke_selected() is None
    assert "Alleen een beheerder" in page.message_label.text()
    assert {c.status for c in services.certificates.list(admin)} == {"valid"}

    page = open_page(qtbot, services, admin)
    assert page.issued_view.revoke_button.isVisible()
    page.issued_view.table.select_number(issued[0].number)

    def give_reason(dialog) -> None:
        dialog.reason_edit.setText("uitgegeven aan de verkeerde deelnemer")
        assert dialog.submit()

    script = answer([give_reason])
    revoked = page.revoke_selected()
    assert revoked is not None and revoked.status == "revoked"
    assert "intrekken?" in script.seen[0].lower() or script.seen[0] == "Certificaat intrekken"
    assert services.certificates.get(admin, issued[0].number).status == "revoked"
    page.issued_view.table.select_number(issued[0].number)
    assert _column(page.issued_view.table, 7).count("Ingetrokken") == 1


def test_correcting_makes_a_new_certificate_that_replaces_the_old(qtbot, services, admin,
                                                                  answer):
    enrol_everyone(services)
    old = services.certificates.issue(admin, GROUP).issued[0].number
    page = open_page(qtbot, services, admin)
    page.issued_view.table.select_number(old)
    answer([click("Corrigeren")])
    new = page.correct_selected()
    assert new is not None and new.supersedes == old
    assert services.certificates.get(admin, old).status == "superseded"
    assert page.issued_view.table.current_item().number == new.number


def test_an_administrator_allows_a_certificate_all_the_same(qtbot, services, admin, answer):
    enrol_everyone(services)
    set_minimum_attendance(services, 80)
    page = open_page(qtbot, services, admin)
    view = page.issue_view
    view.show_group(GROUP)
    assert view.issue_button.text() == "Uitgeven (0)"
    assert set(_column(view.table, 2)) == {"Nee"}
    # The column names what is missing; "2 van 3 voorwaarden" is in the tooltip.
    texts = _column(view.table, 3)
    assert texts and all(text.startswith("aanwezigheid ") and "80 %" in text
                         and "voorwaarden" not in text for text in texts), texts
    view.table.select_row(0)
    name = view.table.current_item().name

    def give_reason(dialog) -> None:
        dialog.reason_edit.setText("lessen ingehaald bij een andere groep")
        assert dialog.submit()

    answer([give_reason])
    assert view.override_selected()
    row = next(r for r in view.table.table_model.rows() if r.name == name)
    assert row.eligible and row.override == "lessen ingehaald bij een andere groep"
    assert view.issue_button.text() == "Uitgeven (1)"


def test_no_key_on_this_pc_issues_nothing(qtbot, services, admin):
    enrol_everyone(services)
    store = services.signing_keys.store
    info = services.signing_keys.info(admin)
    store.forget()
    store.path(info.key_id).unlink()
    page = open_page(qtbot, services, admin)
    page.issue_view.show_group(GROUP)
    page.issue_view.issue()
    assert "staat niet op deze pc" in page.message_label.text()
    assert services.certificates.list(admin) == []
    assert page.summary_dialog is None


def test_tabs_and_expiring_list(qtbot, services, admin):
    page = open_page(qtbot, services, admin)
    assert [page.tabs.tabText(i).replace("&", "") for i in range(3)] == [
        "Uitgegeven", "Uitgeven", "Verlopen binnenkort"]
    page.tabs.setCurrentIndex(EXPIRING)
    assert "geen certificaten" in page.expiring_view.note_label.text()
    page.header.search_edit.setText("ZWL")
    assert page.tabs.currentIndex() == ISSUED


def test_verify_button_opens_the_main_windows_verify_dialog(qtbot, services, instructor):
    from bvmdesk.ui.certificates.verify_dialog import VerifyDialog

    page = open_page(qtbot, services, instructor)
    page.verify_button.click()
    dialogs = page.window().findChildren(VerifyDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    page.verify_button.click()  # a second click raises the same dialog
    assert len(page.window().findChildren(VerifyDialog)) == 1
    dialogs[0].close()


def test_ctrl_o_opens_and_the_instructor_sees_no_admin_actions(qtbot, services, admin,
                                                               instructor):
    from tests.ui.conftest import activate

    enrol_everyone(services)
    services.certificates.issue(admin, GROUP)
    page = open_page(qtbot, services, instructor)
    assert page.issue_view.override_button.isHidden()
    assert page.issue_view.withdraw_button.isHidden()
    assert not page.issue_view.issue_button.isHidden()  # instructors issue
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "open_url")
    try:
        activate(qtbot, page)
        page.issued_view.table.select_row(0)
        page.issued_view.table.setFocus()
        qtbot.keyClick(page.issued_view.table, "o", modifier=Qt.KeyboardModifier.ControlModifier)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(viewer.opened) == 1


def test_a_batch_that_is_not_confirmed_issues_nothing(qtbot, services, admin, monkeypatch):
    enrol_everyone(services)
    monkeypatch.setattr(issue_view, "confirm", lambda *_args: False)
    page = open_page(qtbot, services, admin)
    page.tabs.setCurrentIndex(ISSUE)
    view = page.issue_view
    assert view.show_group(GROUP)
    view.issue_button.click()
    assert not view.busy and page.summary_dialog is None
    assert services.certificates.list(admin) == []
    assert view.issue_button.text() == "Uitgeven (5)"
