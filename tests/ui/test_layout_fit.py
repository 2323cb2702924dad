"""Every page and dialog at 1280x720, and again with a 125 % font: no text cut off without a
tooltip, no widgets on top of each other, no squashed fields (issue 9, item 5).

The 125 % pass enlarges the application font by 1.25 at the same window size: what a
1280x720 screen at 125 % scaling shows of text, without Qt's device-pixel scaling (which
`QT_SCALE_FACTOR` would need a fresh process for).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from bvmdesk.config import Settings
from bvmdesk.domain.participants import ParticipantData
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.attendance.absence import AbsenceDialog
from bvmdesk.ui.attendance.mark_details import MarkDetailsDialog, ReasonDialog
from bvmdesk.ui.attendance.scan_log import ScanLogDialog
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.start.demo import DemoAccountsDialog
from bvmdesk.ui.start.first_start import FirstStartDialog
from bvmdesk.ui.start.login import LoginDialog
from tests.services.exchange.support import valid, write_csv
from tests.ui.layout_fit import layout_problems
from tests.ui.test_register_helpers import DAY, NOW, dutch, make_lesson
from tests.ui.test_today_page import make_page, today_env, world  # noqa: F401 (fixtures)

SIZE = (1280, 720)
LONG_COMPANY = "Hekwerk- en Staalconstructie Achterhoek BV"
LONG_EMAIL = "anne-marie.heuvel-brinkhorst@hekwerk-staalconstructie-achterhoek.nl"


@pytest.fixture(params=[1.0, 1.25], ids=["100%", "125%"])
def scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    original = QFont(qapp.font())
    if request.param != 1.0:
        font = QFont(original)
        font.setPointSizeF(original.pointSizeF() * request.param)
        qapp.setFont(font)
    yield request.param
    qapp.setFont(original)


def _long_name(services: Services, admin: Actor) -> str:
    """A participant with a long name, at a company with a long name, in the lesson's group."""
    from bvmdesk.db.models import Company, Enrolment, Group

    with sessions_of(services).write("test") as s:
        s.add(Company(code="LB-HSA", name=LONG_COMPANY, city="Doetinchem"))
    detail = services.participants.create(admin, ParticipantData(
        number="", first_names="Anne-Marie Johanna", prefix="van den",
        last_name="Heuvel-Brinkhorst", birth_date=date(2007, 5, 2), type="BBL",
        company_code="LB-HSA", email=LONG_EMAIL, phone="06-12345678", school="Graafschap College"))
    with sessions_of(services).write("test") as s:
        group = s.scalars(select(Group)).one()
        s.add(Enrolment(participant_id=detail.id, group_id=group.id, start_date=DAY,
                        status="actief"))
    return str(detail.id)


def _look(qtbot, widget: QWidget, where: str, found: list[str]) -> None:
    for _ in range(3):  # layouts settle in posted LayoutRequest events
        QApplication.processEvents()
    found.extend(f"[{where}] {p}" for p in layout_problems(widget))


def _show(qtbot, widget: QWidget, size: tuple[int, int] | None = None) -> None:
    qtbot.addWidget(widget)
    if size:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)


def _bad_import(tmp_path: Path) -> Path:
    sheets = valid()
    sheets["Deelnemers"][1][4] = "31-02-2007"
    sheets["Deelnemers"][2][5] = "basisschool"
    sheets["Deelnemers"][0].append("Opmerking van de vorige administratie")
    for row in sheets["Deelnemers"][1:]:
        row.append("")
    sheets["Presentie"][1][4] = "weg"
    sheets["Deelnemers"][0].append("BSN")  # refused, with a long message that says what to do
    for row in sheets["Deelnemers"][1:]:
        row.append("")
    return write_csv(tmp_path / "fout", sheets)


def test_pages_fit_at_1280x720(qtbot, scale: float, services: Services, admin: Actor,
                               tmp_path: Path) -> None:
    dutch()
    lesson_id = make_lesson(services, admin)
    participant_id = uuid.UUID(_long_name(services, admin))
    services.attendance.now = lambda: NOW
    window = MainWindow(services, admin, Settings.load())
    _show(qtbot, window, SIZE)
    found: list[str] = []

    window.show_page_key("today")
    _look(qtbot, window, "Vandaag", found)
    window.open_lesson(lesson_id, DAY)
    _look(qtbot, window, "Presentie", found)
    window.open_participant(participant_id)
    _look(qtbot, window, "Deelnemers", found)
    window.participants_page.detail.start_new()
    _look(qtbot, window, "Deelnemers/nieuw", found)
    window.show_page_key("reports")
    _look(qtbot, window, "Rapportages", found)
    window.show_page_key("admin")
    admin_page = window.pages["admin"]
    for key, *_ in admin_page.sections:  # type: ignore[attr-defined]
        admin_page.show_section(key)  # type: ignore[attr-defined]
        _look(qtbot, window, f"Beheer/{key}", found)
    admin_page.show_section("import")  # type: ignore[attr-defined]
    from bvmdesk.ui.admin.import_wizard import ImportWizard

    wizard = admin_page.panels["import"].findChildren(ImportWizard)[0]  # type: ignore[attr-defined]
    wizard.set_path(_bad_import(tmp_path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    _look(qtbot, window, "Beheer/import met fouten", found)

    register = window.register_page
    row = register.model.row_of(participant_id)
    register.select_row(row)
    item = register.model.row_at(row)
    assert register.register is not None and item is not None
    history = services.attendance.history(admin, lesson_id, item.participant_id)
    details = MarkDetailsDialog(item, register.register.lesson, history, False,
                                lambda _values: None)
    _show(qtbot, details)
    _look(qtbot, details, "Details", found)

    reason = ReasonDialog("Deze les was op di 1 sep 2026; de presentie is definitief. "
                          "Waarom wordt deze markering gewijzigd?")
    _show(qtbot, reason)
    _look(qtbot, reason, "Reden", found)

    absence = AbsenceDialog(services.absences, services.participants, admin, today=DAY,
                            participant=(participant_id, "Anne-Marie Johanna van den "
                                         "Heuvel-Brinkhorst"))
    _show(qtbot, absence)
    _look(qtbot, absence, "Afwezigheid", found)

    scan_log = ScanLogDialog(services, admin)
    _show(qtbot, scan_log)
    _look(qtbot, scan_log, "Scanlog", found)

    assert not found, "\n" + "\n".join(found)


def test_start_dialogs_fit(qtbot, scale: float, services: Services,
                           empty_services: Services) -> None:
    found: list[str] = []
    login = LoginDialog(services.accounts, "Zwolle (ZWL)", services.database_label, "pbakker")
    _show(qtbot, login)
    _look(qtbot, login, "Inloggen", found)
    for _ in range(6):
        login.password_edit.setText("verkeerd-wachtwoord")
        login.login_button.click()
    _look(qtbot, login, "Inloggen na blokkade", found)

    first = FirstStartDialog(empty_services.accounts, empty_services.database_label)
    _show(qtbot, first)
    _look(qtbot, first, "Eerste start", found)
    first.setup_button.click()
    _look(qtbot, first, "Eerste start na fouten", found)

    from bvmdesk.services.demo.generator import DemoAccount

    demo = DemoAccountsDialog([DemoAccount("beheerder", "demo-wachtwoord-2026", "admin"),
                               DemoAccount("instructeur1", "demo-wachtwoord-2026",
                                           "instructor")])
    _show(qtbot, demo)
    _look(qtbot, demo, "Demo-accounts", found)

    assert not found, "\n" + "\n".join(found)


def test_the_chosen_import_error_is_shown_whole(qtbot, services: Services, admin: Actor,
                                                tmp_path: Path) -> None:
    from bvmdesk.ui.admin.import_wizard import ImportWizard

    wizard = ImportWizard(services.exchange, admin)
    _show(qtbot, wizard, (860, 600))
    wizard.set_path(_bad_import(tmp_path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    model = wizard.error_table.error_model
    bsn = next(r for r in range(model.rowCount()) if model.data(model.index(r, 2)) == "BSN")
    wizard.error_table.selectRow(bsn)
    assert wizard.error_detail.text().startswith("Deelnemers, rij 1, kolom BSN: ")
    assert wizard.error_detail.text().endswith("verwijder de kolom en importeer opnieuw")
    assert wizard.error_detail.wordWrap()


def test_deelnemers_shows_the_company_code_with_its_name_as_tooltip(
        qtbot, services: Services, admin: Actor) -> None:
    from bvmdesk.ui.participants.model import COLUMN_COMPANY
    from bvmdesk.ui.participants.page import ParticipantsPage

    participant_id = _long_name(services, admin)
    page = ParticipantsPage(services.participants, admin)
    _show(qtbot, page, SIZE)
    assert page.select(uuid.UUID(participant_id))
    index = page.table.currentIndex().siblingAtColumn(COLUMN_COMPANY)
    assert index.data() == "LB-HSA"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == f"{LONG_COMPANY} (LB-HSA)"


@pytest.mark.usefixtures("world")
def test_vandaag_with_lessons_and_the_handover_dialog_fit(qtbot, scale: float, services: Services,
                              instructor: Actor) -> None:
    page = make_page(qtbot, services, instructor)
    page.resize(*SIZE)
    panel = page.verzuim_panel
    found: list[str] = []
    _look(qtbot, page, "Vandaag met lessen en signalen", found)

    looked: list[str] = []

    def look(dialog: QWidget) -> None:
        _show(qtbot, dialog)
        _look(qtbot, dialog, "Overdracht", found)
        looked.append(dialog.windowTitle())

    panel.run_dialog = look
    panel.list.select_row(0)
    qtbot.mouseClick(panel.handover_button, Qt.MouseButton.LeftButton)
    assert len(looked) == 1  # the dialog was made, shown and looked at
    assert not found, "\n" + "\n".join(found)
