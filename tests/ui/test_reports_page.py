"""Rapportages: the five reports written as PDF and xlsx (in a worker), refusals that write
nothing, and the verzuim list with its handover state."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.formatting import to_qdate
from bvmdesk.ui.reports.forms import HoursForm, month_bounds, period_stem
from bvmdesk.ui.reports.page import ReportsPage
from tests.ui.test_today_page import TODAY, World, build_world, use_today


@pytest.fixture(autouse=True)
def today_env(monkeypatch: pytest.MonkeyPatch) -> date:
    """Before the services open: their one clock reads BVMDESK_TODAY when it is made."""
    return use_today(monkeypatch)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the reports (the database lives in tmp_path itself)."""
    folder = tmp_path / "rapporten"
    folder.mkdir()
    return folder


@pytest.fixture
def world(services: Services, today_env: date) -> World:
    return build_world(services)


def make_page(qtbot, services: Services, actor: Actor, folder: Path,
              asked: list[Path] | None = None) -> ReportsPage:
    page = ReportsPage(services.reports, services.absences, services.attendance,
                       services.participants, actor, today=services.today.today)
    qtbot.addWidget(page)
    page.resize(1190, 700)
    page.show()
    qtbot.waitExposed(page)

    def ask(suggested: Path, fmt: str) -> Path:
        if asked is not None:
            asked.append(suggested)
        return folder / suggested.name

    page.ask_save_path = ask
    return page


def choose_group(page: ReportsPage, key: str, code: str) -> None:
    combo = page.choose(key).group_combo  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData(code))


def check_file(path: Path, fmt: str) -> None:
    assert path.exists()
    head = path.read_bytes()[:4]
    assert head == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_each_report_is_written_as_pdf_and_xlsx(qtbot, services: Services, world: World,
                                                instructor: Actor, out: Path,
                                                fmt: str) -> None:
    asked: list[Path] = []
    page = make_page(qtbot, services, instructor, out, asked)
    choose_group(page, "presentielijst", "SOME-1")
    choose_group(page, "attendance", "VZ-1")
    hours = page.choose("hours")
    assert isinstance(hours, HoursForm)
    hours.picker.search("VZ-0001")
    hours.picker.submit()
    written = []
    page.report_written.connect(written.append)
    for key in ("presentielijst", "attendance", "hours", "funders", "verzuim"):
        page.choose(key)
        assert page.make_report(fmt)
    assert [p.name for p in asked] == [
        f"presentielijst-SOME-1-2026-11-24.{fmt}",
        f"presentieoverzicht-VZ-1-2026-08-01-2026-11-24.{fmt}",
        f"urenverantwoording-VZ-0001-2026-11.{fmt}",
        f"uren-per-financier-2026-11.{fmt}",
        f"verzuimrapport-2026-11-24.{fmt}"]
    assert written == [out / p.name for p in asked]
    for path in written:
        check_file(path, fmt)
    assert page.message_label.text() == f"Opgeslagen: {written[-1]}"
    assert not page.open_button.isHidden()


def test_the_pdf_button_asks_where_and_adds_the_suffix(qtbot, services: Services, world: World,
                                                       instructor: Actor,
                                                       out: Path) -> None:
    page = make_page(qtbot, services, instructor, out)
    page.ask_save_path = lambda suggested, fmt: out / "lijst"
    choose_group(page, "presentielijst", "SOME-1")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    check_file(out / "lijst.pdf", "pdf")


def test_an_incomplete_form_writes_nothing(qtbot, services: Services, world: World,
                                           instructor: Actor, out: Path) -> None:
    asked: list[Path] = []
    page = make_page(qtbot, services, instructor, out, asked)
    page.choose("presentielijst")
    assert not page.make_report("pdf")
    assert page.forms["presentielijst"].group_combo.box.error == "Kies een groep."
    page.choose("hours")
    assert not page.make_report("xlsx")
    assert page.forms["hours"].picker_box.error.startswith("Kies een deelnemer")
    assert page.message_label.text() == "Vul eerst in wat in rood staat; er is niets gemaakt."
    assert asked == [] and list(out.iterdir()) == []


def test_an_empty_period_is_refused(qtbot, services: Services, world: World,
                                    instructor: Actor, out: Path) -> None:
    page = make_page(qtbot, services, instructor, out)
    form = page.choose("funders")
    form.period.from_edit.setDate(to_qdate(TODAY))
    form.period.to_edit.setDate(to_qdate(TODAY - timedelta(days=1)))
    assert not page.make_report("pdf")
    assert form.period.box.error.startswith("De periode is leeg")
    assert list(out.iterdir()) == []


def test_typed_dates_in_the_forms_and_an_impossible_one_said_at_the_field(
        qtbot, services: Services, world: World, instructor: Actor, out: Path) -> None:
    page = make_page(qtbot, services, instructor, out)
    form = page.choose("verzuim")

    def typed(field, text: str) -> None:
        field.edit.setFocus()
        field.edit.selectAll()
        qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(field.edit, text)

    typed(form.day_edit, "31-02-2026")
    assert not page.make_report("pdf")
    assert form.day_edit.error == "31-02-2026 bestaat niet."
    assert page.message_label.text() == "Vul eerst in wat in rood staat; er is niets gemaakt."
    assert list(out.iterdir()) == []
    period = page.choose("funders").period
    typed(period.from_edit, "1-9-2026")
    typed(period.to_edit, "2026-09-30")
    assert period.period == (date(2026, 9, 1), date(2026, 9, 30))


def test_a_file_that_cannot_be_written_says_so(qtbot, services: Services, world: World,
                                               instructor: Actor, out: Path) -> None:
    page = make_page(qtbot, services, instructor, out)
    page.choose("verzuim")
    target = out / "bestaat-niet" / "verzuim.pdf"
    assert page.make_report("pdf", target)
    assert page.message_label.text() == (
        f"Map bestaat niet: {target.parent}. Maak de map eerst aan of kies een andere map. "
        "Er is niets geschreven.")
    assert page.open_button.isHidden()
    assert not target.parent.exists()


def test_a_presentielijst_of_a_day_without_lessons_says_so(qtbot, services: Services,
                                                           world: World, instructor: Actor,
                                                           out: Path) -> None:
    page = make_page(qtbot, services, instructor, out)
    choose_group(page, "presentielijst", "SOME-1")
    page.forms["presentielijst"].day_edit.setDate(to_qdate(TODAY + timedelta(days=1)))
    assert page.make_report("pdf")
    assert page.message_label.text().endswith("Er is niets geschreven.")
    assert list(out.iterdir()) == []


def test_period_presets_and_file_stems(qtbot, services: Services, world: World,
                                       instructor: Actor, out: Path) -> None:
    page = make_page(qtbot, services, instructor, out)
    period = page.choose("funders").period
    assert period.period == month_bounds(TODAY)
    period.set_last_month()
    assert period.period == (date(2026, 10, 1), date(2026, 10, 31))
    period.set_school_year()
    assert period.period == (date(2026, 8, 1), TODAY)
    assert period_stem(date(2026, 9, 1), date(2026, 9, 30)) == "2026-09"
    assert period_stem(date(2026, 9, 2), date(2026, 9, 30)) == "2026-09-02-2026-09-30"


def test_verzuim_list_shows_the_handover_and_takes_it_back(qtbot, services: Services,
                                                          world: World, instructor: Actor,
                                                          out: Path) -> None:
    signal = services.reports.verzuim(instructor).signals[0]
    assert world.truant is not None
    services.absences.hand_over(instructor, world.truant, signal.window_start,
                                signal.window_end, on=TODAY - timedelta(days=1))
    page = make_page(qtbot, services, instructor, out)
    panel = page.verzuim_panel
    model = panel.list.table_model
    assert model.data(model.index(0, 4)) == "Overgedragen ma 23 nov 2026"
    assert page.tabs.tabText(0) == "Verzuimsignalen (1)"
    assert page.tabs.tabText(1) == "Aanwezigheidswaarschuwingen (1)"
    panel.list.select_row(0)
    assert panel.undo_button.isEnabled() and not panel.handover_button.isEnabled()
    asked: list[str] = []
    panel.confirm = lambda text: asked.append(text) or True
    with qtbot.waitSignal(page.handovers_changed, timeout=2000):
        qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert asked == ["Overdracht van het verzuimsignaal van Sam Spijbel (19 okt – 15 nov 2026) "
                     "intrekken?"]
    assert services.reports.verzuim(instructor).signals[0].handed_over_on is None
    assert model.data(model.index(0, 4)) == "Nog niet overgedragen"


def test_the_search_field_opens_the_hours_of_a_person(qtbot, services: Services, world: World,
                                                      instructor: Actor,
                                                      out: Path) -> None:
    page = make_page(qtbot, services, instructor, out)
    page.header.search_edit.setText("Spijbel")
    qtbot.keyClick(page.header.search_edit, Qt.Key.Key_Return)
    form = page.forms["hours"]
    assert page.current_key == "hours"
    assert isinstance(form, HoursForm)
    assert form.participant is not None and form.participant.number == "VZ-0001"
