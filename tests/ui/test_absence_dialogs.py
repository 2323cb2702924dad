"""Afwezigheid melden (a day, a lesson, a period; refusals shown inline, nothing saved), and
the participant's own list of absences reported in advance on Deelnemers."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.attendance.absence import SCOPE_LESSON, SCOPE_PERIOD, AbsenceDialog
from bvmdesk.ui.formatting import to_qdate
from bvmdesk.ui.participants.page import ParticipantsPage
from tests.services.test_attendance_world import add_lesson, enrol, make_group
from tests.ui.conftest import INSTRUCTOR, activate
from tests.ui.test_today_page import TODAY, use_today


@pytest.fixture(autouse=True)
def today_env(monkeypatch: pytest.MonkeyPatch) -> date:
    """Before the services open: their one clock reads BVMDESK_TODAY when it is made."""
    return use_today(monkeypatch)


def zoe(services: Services, actor: Actor):
    return services.participants.search_ids(actor, "Zoë")[0]


def make_dialog(qtbot, services: Services, actor: Actor, **kwargs) -> AbsenceDialog:
    dialog = AbsenceDialog(services.absences, services.participants, actor, today=TODAY,
                           **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def test_search_then_enter_records_a_one_day_absence(qtbot, services: Services, today_env,
                                                     instructor: Actor) -> None:
    dialog = make_dialog(qtbot, services, instructor)
    assert dialog.avg_label.text() == ("Geen medische details: noteer alleen dát iemand ziek "
                                       "is (AVG).")
    assert dialog.avg_label.isVisible()
    assert dialog.picker is not None
    qtbot.keyClicks(dialog.picker.search_edit, "BADGE0007")  # a scan ends with Enter
    qtbot.keyClick(dialog.picker.search_edit, Qt.Key.Key_Return)
    assert dialog.participant_id == zoe(services, instructor)
    assert dialog.isVisible()  # Enter in the search field chose, it did not save
    qtbot.keyClick(dialog, Qt.Key.Key_G)
    assert dialog.kind == "geoorloofd"
    qtbot.keyClick(dialog, Qt.Key.Key_Z)
    assert dialog.kind == "ziek"
    dialog.note_edit.setText("moeder belde om 07:30")
    with qtbot.waitSignal(dialog.recorded, timeout=2000):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = services.absences.of_participant(instructor, zoe(services, instructor))
    assert (saved.kind, saved.from_date, saved.to_date, saved.lesson_id, saved.note) == (
        "ziek", TODAY, TODAY, None, "moeder belde om 07:30")


def test_a_one_lesson_absence_for_a_preset_participant(qtbot, services: Services, today_env,
                                                       instructor: Actor) -> None:
    person = zoe(services, instructor)
    group = make_group(services, "LES-1", start=date(2026, 9, 1), instructor=INSTRUCTOR)
    enrol(services, person, group, date(2026, 9, 1))
    first = add_lesson(services, group, TODAY + timedelta(days=2), time(8, 30), time(12, 0))
    second = add_lesson(services, group, TODAY + timedelta(days=9), time(8, 30), time(12, 0))
    dialog = make_dialog(qtbot, services, instructor, participant=(person, "Zoë van 't Hek"))
    assert dialog.picker is None
    assert dialog.lesson_radio.isEnabled()
    dialog.set_scope(SCOPE_LESSON)
    assert dialog.lesson_combo.count() == 2
    assert dialog.lesson_combo.itemText(1).startswith("do 3 dec 2026 · 08:30–12:00 · LES-1")
    dialog.lesson_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.excused_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    [saved] = services.absences.of_participant(instructor, person)
    assert (saved.kind, saved.lesson_id, saved.from_date) == ("geoorloofd", second,
                                                              TODAY + timedelta(days=9))
    assert first != second


def test_a_period_ending_before_it_starts_is_refused(qtbot, services: Services, today_env,
                                                     instructor: Actor) -> None:
    person = zoe(services, instructor)
    dialog = make_dialog(qtbot, services, instructor, participant=(person, "Zoë van 't Hek"))
    assert not dialog.lesson_radio.isEnabled()  # no lessons in the coming four weeks
    dialog.set_scope(SCOPE_PERIOD)
    dialog.from_edit.setDate(to_qdate(TODAY + timedelta(days=10)))
    dialog.to_edit.setDate(to_qdate(TODAY + timedelta(days=3)))
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.fields["to_date"].error == "De einddatum ligt voor de begindatum."
    assert services.absences.of_participant(instructor, person) == []
    dialog.to_edit.setDate(to_qdate(TODAY + timedelta(days=12)))
    assert dialog.save()
    [saved] = services.absences.of_participant(instructor, person)
    assert (saved.from_date, saved.to_date) == (TODAY + timedelta(days=10),
                                                TODAY + timedelta(days=12))


def test_a_day_in_the_past_and_no_participant_are_refused(qtbot, services: Services,
                                                          today_env,
                                                          instructor: Actor) -> None:
    dialog = make_dialog(qtbot, services, instructor)
    assert not dialog.save()
    assert dialog.fields["participant"].error == "Kies eerst een deelnemer."
    dialog.picker.search("Zoë")
    dialog.picker.submit()
    dialog.day_edit.setDate(to_qdate(TODAY - timedelta(days=1)))
    assert not dialog.save()
    assert dialog.fields["day"].error.startswith("Vooraf melden kan vanaf vandaag")
    assert services.absences.of_participant(instructor, zoe(services, instructor),
                                            include_past=True) == []


def test_escape_cancels_without_saving(qtbot, services: Services, today_env,
                                       instructor: Actor) -> None:
    person = zoe(services, instructor)
    dialog = make_dialog(qtbot, services, instructor, participant=(person, "Zoë van 't Hek"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.absences.of_participant(instructor, person) == []


def test_participant_detail_lists_records_and_withdraws_absences(qtbot, services: Services,
                                                                 today_env,
                                                                 instructor: Actor) -> None:
    person = zoe(services, instructor)
    services.absences.record(instructor, person, "ziek", TODAY + timedelta(days=1))
    page = ParticipantsPage(services.participants, instructor)
    page.detail.attach_absences(services.absences, services.today.today)
    qtbot.addWidget(page)
    page.resize(1190, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.select(person)
    panel = page.detail.absences_panel
    assert panel is not None and panel.isVisible()
    model = panel.list.table_model
    assert [model.data(model.index(0, c)) for c in range(2)] == ["wo 25 nov 2026", "Z  Ziek"]

    def record(dialog) -> None:
        dialog.set_scope(SCOPE_PERIOD)
        dialog.to_edit.setDate(to_qdate(TODAY + timedelta(days=4)))
        dialog.excused_radio.setChecked(True)  # the dialog is not shown here: no clicks
        assert dialog.save()

    panel.run_dialog = record
    with qtbot.waitSignal(page.detail.absences_changed, timeout=2000):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "24 – 28 nov 2026"
    panel.confirm = lambda text: text == ("Melding van Zoë van 't Hek (geoorloofd afwezig, "
                                          "di 24 nov 2026 t/m za 28 nov 2026) intrekken?")
    panel.list.select_row(0)
    with qtbot.waitSignal(page.detail.absences_changed, timeout=2000):
        qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert [a.kind for a in services.absences.of_participant(instructor, person)] == ["ziek"]


def test_read_only_actor_cannot_report_on_deelnemers(qtbot, services: Services,
                                                     today_env) -> None:
    viewer = Actor.viewer()
    page = ParticipantsPage(services.participants, viewer)
    page.detail.attach_absences(services.absences, services.today.today)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.select(zoe(services, viewer))
    panel = page.detail.absences_panel
    assert panel is not None
    assert panel.record_button.isHidden() and panel.withdraw_button.isHidden()
    assert panel.message == "Geen afwezigheid vooraf gemeld."


def test_typed_dates_are_taken_and_an_impossible_one_is_said_at_the_field(
        qtbot, services: Services, today_env, instructor: Actor) -> None:
    person = zoe(services, instructor)
    dialog = make_dialog(qtbot, services, instructor, participant=(person, "Zoë van 't Hek"))

    def typed(field, text: str) -> None:
        field.edit.setFocus()
        field.edit.selectAll()
        qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(field.edit, text)

    dialog.set_scope(SCOPE_PERIOD)
    typed(dialog.from_edit, "31-02-2027")
    typed(dialog.to_edit, "2027-03-02")
    assert not dialog.save()
    assert dialog.from_edit.error == "31-02-2027 bestaat niet."
    assert services.absences.of_participant(instructor, person) == []
    typed(dialog.from_edit, "1-3-2027")
    assert dialog.save()
    [saved] = services.absences.of_participant(instructor, person)
    assert (saved.from_date, saved.to_date) == (date(2027, 3, 1), date(2027, 3, 2))
