"""The Deelnemers page: SQL search as you type, badge scans, the detail form and its rights."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.formatting import format_date
from bvmdesk.ui.participants.model import PAGE_SIZE, ROW_PAGE_SIZE, ParticipantTableModel
from bvmdesk.ui.participants.page import ParticipantsPage
from tests.ui.conftest import EXTRA_PARTICIPANTS, NAMED, activate

TOTAL = EXTRA_PARTICIPANTS + len(NAMED)


def _page(qtbot, services: Services, actor: Actor) -> ParticipantsPage:
    page = ParticipantsPage(services.participants, actor)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    activate(qtbot, page)
    return page


def _names(page: ParticipantsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def _select(page: ParticipantsPage, services: Services, actor: Actor, query: str) -> None:
    ids = services.participants.search_ids(actor, query)
    assert len(ids) == 1, query
    assert page.select(ids[0])


def test_typing_filters_in_sql_and_updates_the_count(qtbot, services: Services,
                                                     admin: Actor) -> None:
    page = _page(qtbot, services, admin)
    assert page.count_label.text() == f"{TOTAL} deelnemers"
    qtbot.keyClicks(page.header.search_edit, "zoe")
    assert _names(page) == ["Zoë van 't Hek"]
    assert page.count_label.text() == "1 deelnemer"
    page.header.search_edit.setText("cagan dogan")
    assert _names(page) == ["Çağan Doğan"]
    page.header.search_edit.setText("ZWL-00002")
    assert _names(page) == ["Jan-Willem van der Berg"]
    page.header.search_edit.setText("persoon01")
    assert page.count_label.text() == "10 deelnemers"
    page.header.search_edit.clear()
    assert page.model.rowCount() == TOTAL


def test_an_instructor_finds_only_the_participants_of_her_groups(
        qtbot, services: Services, instructor: Actor) -> None:
    """Petra Bakker teaches LAS-ZWL-1, in which only Zoë is enrolled (tests/ui/conftest.py)."""
    page = _page(qtbot, services, instructor)
    assert page.count_label.text() == "1 deelnemer"
    assert _names(page) == ["Zoë van 't Hek"]
    page.header.search_edit.setText("BADGE0044")  # Jan-Willem: in no group of hers
    qtbot.keyClick(page.header.search_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0 and page.detail.current_id is None


def test_count_uses_dutch_thousands(qtbot, services: Services, instructor: Actor) -> None:
    from bvmdesk.ui.formatting import format_count

    assert format_count(1234) == "1.234"


def test_badge_scan_with_enter_selects_the_person(qtbot, services: Services,
                                                  instructor: Actor) -> None:
    page = _page(qtbot, services, instructor)
    qtbot.keyClicks(page.header.search_edit, "BADGE0007")
    qtbot.keyClick(page.header.search_edit, Qt.Key.Key_Return)
    assert page.detail.heading.text().startswith("Zoë van 't Hek")
    current = page.model.id_at(page.table.currentIndex().row())
    assert current == page.detail.current_id


def test_selecting_shows_detail_and_enrolments(qtbot, services: Services,
                                               instructor: Actor) -> None:
    page = _page(qtbot, services, instructor)
    assert page.detail.stack.currentIndex() == 0
    _select(page, services, instructor, "zoe")
    assert page.detail.stack.currentIndex() == 1
    assert page.detail.first_names_edit.text() == "Zoë"
    assert page.detail.prefix_edit.text() == "van 't"
    assert page.detail.birth_date_edit.date() == date(2008, 3, 14)
    assert page.detail.birth_date_edit.edit.text() == "14-03-2008"
    table = page.enrolments.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "LAS-ZWL-1"
    assert table.item(0, 3).text() == "di 1 sep 2026"
    assert table.item(0, 6).text() == "Metaalwerk Zwolle BV"


def test_no_bsn_field_anywhere(qtbot, services: Services, admin: Actor) -> None:
    from PySide6.QtWidgets import QLabel

    page = _page(qtbot, services, admin)
    _select(page, services, admin, "zoe")
    texts = " ".join(label.text().casefold() for label in page.findChildren(QLabel))
    assert "bsn" not in texts and "burgerservicenummer" not in texts
    assert "bsn" not in page.detail.fields


def test_admin_edits_and_saves(qtbot, services: Services, admin: Actor) -> None:
    page = _page(qtbot, services, admin)
    _select(page, services, admin, "fatima")
    participant_id = page.detail.current_id
    assert participant_id is not None
    page.detail.last_name_edit.setText("Bouzid-Amrani")
    page.detail.phone_edit.setText("06 12345678")
    page.detail.company_combo.setCurrentIndex(page.detail.company_combo.findData("LB-DEMO"))
    with qtbot.waitSignal(page.detail.saved, timeout=5000):
        qtbot.keyClick(page.detail.phone_edit, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert page.detail.message_label.text() == "Opgeslagen."
    stored = services.participants.get(admin, participant_id).data
    assert (stored.last_name, stored.phone, stored.company_code) == (
        "Bouzid-Amrani", "06 12345678", "LB-DEMO")
    row = page.model.row_of(participant_id)
    assert page.model.data(page.model.index(row, 1)) == "Fatima Bouzid-Amrani"
    assert page.model.data(page.model.index(row, 4)) == "LB-DEMO"


def test_invalid_birth_date_shows_the_message_and_changes_nothing(
        qtbot, services: Services, admin: Actor) -> None:
    page = _page(qtbot, services, admin)
    _select(page, services, admin, "zoe")
    participant_id = page.detail.current_id
    assert participant_id is not None
    before = services.participants.get(admin, participant_id).data
    page.detail.birth_date_edit.setDate(date(date.today().year + 1, 1, 1))
    page.detail.first_names_edit.setText("Zoë Anna")
    assert page.detail.save() is False
    assert page.detail.fields["birth_date"].error == "De geboortedatum ligt in de toekomst."
    assert "Niet opgeslagen" in page.detail.message_label.text()
    assert services.participants.get(admin, participant_id).data == before


def test_a_typed_birth_date_that_does_not_exist_is_refused_at_the_field(
        qtbot, services: Services, admin: Actor) -> None:
    page = _page(qtbot, services, admin)
    _select(page, services, admin, "zoe")
    participant_id = page.detail.current_id
    assert participant_id is not None
    before = services.participants.get(admin, participant_id).data
    field = page.detail.birth_date_edit
    for text, expected in (("31-02-2008", None), ("3-4-2008", date(2008, 4, 3)),
                           ("2008-04-05", date(2008, 4, 5))):
        field.edit.setFocus()
        field.edit.selectAll()
        qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(field.edit, text)
        if expected is None:
            assert page.detail.save() is False
            assert field.error == "31-02-2008 bestaat niet."
            assert "Niet opgeslagen" in page.detail.message_label.text()
            assert services.participants.get(admin, participant_id).data == before
        else:
            assert page.detail.save()
            assert services.participants.get(admin, participant_id).data.birth_date == expected
            assert field.edit.text() == f"{expected:%d-%m-%Y}"


def test_instructor_sees_the_form_read_only(qtbot, services: Services,
                                            instructor: Actor) -> None:
    page = _page(qtbot, services, instructor)
    assert page.header.action_button is None
    _select(page, services, instructor, "zoe")
    detail = page.detail
    assert detail.first_names_edit.isReadOnly()
    assert detail.birth_date_edit.isReadOnly()
    assert not detail.type_combo.isEnabled()
    assert not detail.save_button.isVisible()
    assert detail.read_only_note.isVisible()
    detail.first_names_edit.setText("Iets anders")
    qtbot.keyClick(detail.first_names_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert detail.save() is False
    participant_id = detail.current_id
    assert participant_id is not None
    assert services.participants.get(instructor, participant_id).data.first_names == "Zoë"


def test_new_participant_gets_a_generated_number(qtbot, services: Services,
                                                 admin: Actor) -> None:
    page = _page(qtbot, services, admin)
    assert page.header.action_button is not None
    qtbot.mouseClick(page.header.action_button, Qt.MouseButton.LeftButton)
    detail = page.detail
    assert detail.heading.text() == "Nieuwe deelnemer"
    assert detail.save() is False  # empty form: names and birth date are required
    assert detail.fields["first_names"].error
    assert detail.fields["birth_date"].error == "Vul de geboortedatum in."
    detail.first_names_edit.setText("Noah")
    detail.last_name_edit.setText("Jansen")
    detail.birth_date_edit.setDate(date(2007, 5, 2))
    detail.type_combo.setCurrentIndex(detail.type_combo.findData("BBL"))
    with qtbot.waitSignal(detail.created, timeout=5000) as blocker:
        assert detail.save()
    new_id = blocker.args[0]
    stored = services.participants.get(admin, new_id)
    assert stored.data.number == "ZWL-00006"
    assert page.count_label.text() == f"{TOTAL + 1} deelnemers"
    assert page.model.id_at(page.table.currentIndex().row()) == new_id


def test_model_fetches_rows_lazily_in_pages(qtbot, services: Services,
                                            admin: Actor) -> None:
    fetched: list[int] = []

    def fetch(ids):
        fetched.append(len(ids))
        return services.participants.rows(admin, ids)

    model = ParticipantTableModel(fetch)
    model.set_ids(services.participants.search_ids(admin, ""))
    assert fetched == []
    assert model.data(model.index(0, 1)) == "Jan-Willem van der Berg"
    assert fetched == [ROW_PAGE_SIZE]
    model.data(model.index(ROW_PAGE_SIZE - 1, 0))
    assert fetched == [ROW_PAGE_SIZE]
    model.data(model.index(TOTAL - 1, 0))
    assert fetched == [ROW_PAGE_SIZE, TOTAL - (TOTAL - 1) // ROW_PAGE_SIZE * ROW_PAGE_SIZE]


def test_model_passes_the_qt_model_tester(qtbot, services: Services, instructor: Actor,
                                          qtlog) -> None:
    model = ParticipantTableModel(lambda ids: services.participants.rows(instructor, ids))
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_ids(services.participants.search_ids(instructor, ""))
    model.set_ids(services.participants.search_ids(instructor, "zoe"))
    first = model.id_at(0)
    assert first is not None
    model.refresh(first)
    model.set_ids([])
    del tester
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert failures == []


def test_dates_are_dutch() -> None:
    assert format_date(date(2026, 9, 1)) == "di 1 sep 2026"
    assert format_date(date(2026, 9, 1), weekday=False) == "1 sep 2026"


def test_a_pasted_search_of_thousands_of_characters_is_cut_with_a_notice(
        qtbot, services: Services, instructor: Actor) -> None:
    """Issue 11: never an error; the field keeps the first 200 characters and says so."""
    from PySide6.QtGui import QGuiApplication

    from bvmdesk.domain.text import MAX_SEARCH_LENGTH

    page = _page(qtbot, services, instructor)
    edit = page.header.search_edit
    QGuiApplication.clipboard().setText("zoe" + " " * 300 + "x" * 50_000)
    edit.setFocus()
    edit.paste()
    assert len(edit.text()) == MAX_SEARCH_LENGTH
    assert edit.property("searchNotice") == "De zoektekst is ingekort tot 200 tekens."
    assert _names(page) == ["Zoë van 't Hek"]  # the search ran on what is left
    edit.setText(" ".join(f"w{i}" for i in range(1000)))
    assert len(edit.text()) == MAX_SEARCH_LENGTH
    assert page.count_label.text() == "0 deelnemers"


def test_a_long_result_shows_its_first_page_and_reads_the_rest_when_shown(
        qtbot, services: Services, admin: Actor) -> None:
    """A one-letter search at 20,000 people: the first page of ids at once, the count
    exact, the other ids as they scroll into view, in the order of the whole search."""
    page = _page(qtbot, services, admin)
    page.header.search_edit.setText("e")
    whole = services.participants.search_ids(admin, "e")
    assert len(whole) > PAGE_SIZE
    assert page.count_label.text() == f"{len(whole)} deelnemers"
    assert page.model.rowCount() == len(whole)
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == whole
    rows = services.participants.rows(admin, whole[-3:])
    assert _names(page)[-3:] == [row.name for row in rows]


def test_a_person_beyond_the_first_page_is_selected_and_kept(
        qtbot, services: Services, admin: Actor) -> None:
    page = _page(qtbot, services, admin)
    whole = services.participants.search_ids(admin, "")
    last = whole[-1]
    assert page.select(last)
    assert page.table.currentIndex().row() == len(whole) - 1
    assert page.detail.current_id == last
    matches = services.participants.search_ids(admin, "e")
    assert last in matches and matches.index(last) >= PAGE_SIZE
    page.header.search_edit.setText("e")  # the selection stays when the person matches
    assert page.model.row_of(last) == matches.index(last)
    assert page.table.currentIndex().row() == matches.index(last)
    assert page.detail.current_id == last


def test_the_lazy_model_passes_the_qt_model_tester(qtbot, services: Services, admin: Actor,
                                                   qtlog) -> None:
    found = services.participants
    model = ParticipantTableModel(lambda ids: found.rows(admin, ids))
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    result = found.search(admin, "", PAGE_SIZE)
    assert not result.complete
    model.set_result(result.ids, result.total,
                     lambda offset, limit: found.search_ids(admin, "", offset=offset,
                                                            limit=limit),
                     lambda pid: found.position(admin, "", pid))
    assert model.rowCount() == result.total
    assert model.data(model.index(result.total - 1, 0)) == found.rows(
        admin, found.search_ids(admin, "")[-1:])[0].number
    model.set_ids([])
    del tester
    assert [r.message for r in qtlog.records if "FAIL" in r.message] == []
