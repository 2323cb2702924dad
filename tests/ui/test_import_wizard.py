"""Beheer > Importeren: every error in a sortable, copyable table; nothing written before
Bevestigen; Cancel leaves the database as it was; the final page shows what happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import delete

from bvmdesk.config import Settings
from bvmdesk.db.models import Participant
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.admin.import_wizard import APPLY, CHECK, CHOOSE, DONE, ImportWizard
from bvmdesk.ui.admin.page import AdminPage
from bvmdesk.ui.workers import TaskContext
from tests.services.exchange.support import counts, valid, write_csv, write_xlsx
from tests.ui.conftest import activate


def _wizard(qtbot, services: Services, actor: Actor) -> ImportWizard:
    wizard = ImportWizard(services.exchange, actor)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 650)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _bad_folder(tmp_path: Path) -> Path:
    sheets = valid()
    sheets["Deelnemers"][1][4] = "31-02-2007"   # no such date
    sheets["Deelnemers"][2][5] = "basisschool"  # not a doelgroep
    sheets["Modules"][1][4] = "veel"            # uren is a number
    sheets["Presentie"][1][4] = "weg"           # not a status
    return write_csv(tmp_path / "fout", sheets)


def _cells(wizard: ImportWizard, column: int) -> list[str]:
    model = wizard.error_table.error_model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _summary(table) -> dict[str, tuple[str, str, str]]:
    model = table.summary_model
    return {model.data(model.index(r, 0)): tuple(model.data(model.index(r, c))
                                                  for c in (1, 2, 3))
            for r in range(model.rowCount())}


def test_a_bad_file_shows_every_error_and_writes_nothing(qtbot, services: Services,
                                                         admin: Actor, tmp_path: Path) -> None:
    before = counts(services)
    wizard = _wizard(qtbot, services, admin)
    wizard.set_path(_bad_folder(tmp_path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == CHECK
    plan = wizard.plan
    assert plan is not None and len(plan.errors) >= 4
    n = len(plan.errors)
    assert wizard.check_headline.text() == (
        f"Het bestand kon niet worden geïmporteerd: {n} fouten. Bekijk de lijst hieronder; "
        "er is niets gewijzigd.")
    assert wizard.error_table.error_model.rowCount() == n
    assert {"Deelnemers", "Modules", "Presentie"} <= set(_cells(wizard, 0))
    assert wizard.error_panel.isVisible() and not wizard.summary_panel.isVisible()
    assert not wizard.confirm_button.isEnabled()
    QAbstractItemModelTester(wizard.error_table.error_model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    wizard.confirm()  # refused: the plan has errors
    assert counts(services) == before


def test_clicking_a_header_sorts_the_errors(qtbot, services: Services, admin: Actor,
                                            tmp_path: Path) -> None:
    wizard = _wizard(qtbot, services, admin)
    wizard.set_path(_bad_folder(tmp_path))
    wizard.validate()
    header = wizard.error_table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    click(3)  # Melding
    messages = _cells(wizard, 3)
    assert messages == sorted(messages, key=str.casefold)
    click(3)
    assert _cells(wizard, 3) == sorted(messages, key=str.casefold, reverse=True)
    click(1)  # Rij, as numbers
    rows = [int(r) for r in _cells(wizard, 1)]
    assert rows == sorted(rows)
    assert header.sortIndicatorSection() == 1


def test_copy_puts_tab_separated_errors_on_the_clipboard(qtbot, services: Services,
                                                         admin: Actor, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, services, admin)
    wizard.set_path(_bad_folder(tmp_path))
    wizard.validate()
    n = wizard.error_table.error_model.rowCount()
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(wizard.copy_button, Qt.MouseButton.LeftButton)
    lines = clipboard.text().splitlines()
    assert lines[0] == "Blad\tRij\tKolom\tMelding"
    assert len(lines) == n + 1
    assert all(len(line.split("\t")) == 4 for line in lines)
    first = wizard.error_table.error_model.errors[0]
    assert lines[1] == f"{first.sheet}\t{first.row}\t{first.column}\t{first.message}"
    clipboard.clear()
    wizard.error_table.setFocus()
    qtbot.keyClick(wizard.error_table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert len(clipboard.text().splitlines()) == n + 1


def test_a_good_file_is_written_only_after_bevestigen(qtbot, services: Services, admin: Actor,
                                                      tmp_path: Path) -> None:
    before = counts(services)
    wizard = _wizard(qtbot, services, admin)
    wizard.set_path(write_xlsx(tmp_path / "goed.xlsx", valid()))
    with qtbot.assertNotEmitted(wizard.imported):
        wizard.validate()
    assert wizard.step == CHECK
    assert wizard.check_headline.text() == "goed.xlsx is in orde. Dit wordt er geïmporteerd:"
    summary = _summary(wizard.summary_table)
    assert summary["Deelnemers"] == ("3", "0", "0")
    assert summary["Locaties"] == ("1", "0", "0")
    assert summary["Totaal"][0] == str(sum(int(v[0]) for k, v in summary.items()
                                           if k != "Totaal"))
    assert wizard.summary_panel.isVisible() and wizard.confirm_button.isEnabled()
    assert counts(services) == before

    with qtbot.waitSignal(wizard.imported) as blocker:
        qtbot.mouseClick(wizard.confirm_button, Qt.MouseButton.LeftButton)
    assert wizard.step == DONE
    after = counts(services)
    assert after["participants"] == before["participants"] + 3
    assert blocker.args[0]["Deelnemers"].created == 3
    assert wizard.done_headline.text().startswith("Klaar: goed.xlsx is geïmporteerd (")
    assert _summary(wizard.done_table)["Deelnemers"] == ("3", "0", "0")
    assert "auditlogboek" in wizard.done_note.text()
    # one event per written row, and the import's summary
    written = sum(after[table] - before[table] for table in after if table != "audit_events")
    assert written > 0 and after["audit_events"] == before["audit_events"] + written + 1

    # the same file again: everything unchanged
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == CHOOSE and wizard.path_edit.text() == ""
    wizard.set_path(tmp_path / "goed.xlsx")
    wizard.validate()
    assert _summary(wizard.summary_table)["Deelnemers"] == ("0", "0", "3")


@pytest.mark.parametrize("when", ["before", "while"])
def test_cancel_during_the_import_leaves_the_database_as_it_was(
        qtbot, services: Services, admin: Actor, tmp_path: Path, monkeypatch, when: str) -> None:
    before = counts(services)
    wizard = _wizard(qtbot, services, admin)
    wizard.set_path(write_csv(tmp_path / "goed", valid()))
    wizard.validate()
    assert wizard.plan is not None and wizard.plan.ok
    reports: list[int] = []
    if when == "before":
        monkeypatch.setattr(TaskContext, "cancelled", lambda self: True)
    else:  # the user presses Cancel once the worker has started writing
        def progress(self: TaskContext, done: int, total: int, text: str = "") -> None:
            reports.append(done)
            self.cancel()

        monkeypatch.setattr(TaskContext, "progress", progress)
    qtbot.mouseClick(wizard.confirm_button, Qt.MouseButton.LeftButton)
    assert wizard.step == APPLY
    assert wizard.apply_message.text() == "Geannuleerd: er is niets gewijzigd."
    assert counts(services) == before
    assert wizard.back_button.isEnabled() and wizard.cancel_button.isEnabled()
    if when == "while":
        assert reports  # it was cancelled from inside the running import
    monkeypatch.undo()
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.step == CHECK and wizard.confirm_button.isEnabled()


def test_a_database_changed_since_the_check_goes_back_to_the_errors(
        qtbot, services: Services, admin: Actor, tmp_path: Path) -> None:
    folder = write_csv(tmp_path / "inschrijving", {"Inschrijvingen": [
        ["deelnemer", "groep", "startdatum"], ["T-0001", "LAS-ZWL-1", "2026-09-01"]]})
    wizard = _wizard(qtbot, services, admin)
    wizard.set_path(folder)
    wizard.validate()
    assert wizard.plan is not None and wizard.plan.ok
    with sessions_of(services).write("test") as s:
        s.execute(delete(Participant).where(Participant.number == "T-0001"))
    before = counts(services)
    wizard.confirm()
    assert wizard.step == CHECK
    assert wizard.check_headline.text().startswith(
        "Het bestand kon niet worden geïmporteerd: 1 fout.")
    assert _cells(wizard, 0) == ["Inschrijvingen"]
    assert not wizard.confirm_button.isEnabled()
    assert counts(services) == before


def test_an_unreadable_file_says_so(qtbot, services: Services, admin: Actor,
                                    tmp_path: Path) -> None:
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"dit is geen werkmap")
    wizard = _wizard(qtbot, services, admin)
    wizard.set_path(broken)
    wizard.validate()
    assert wizard.step == CHECK
    assert wizard.check_headline.text().startswith("Het bestand kon niet worden gecontroleerd: ")
    assert not wizard.confirm_button.isEnabled()


def test_keyboard_enter_alt_b_and_escape(qtbot, services: Services, admin: Actor,
                                         tmp_path: Path) -> None:
    before = counts(services)
    wizard = _wizard(qtbot, services, admin)
    activate(qtbot, wizard)
    wizard.set_path(write_csv(tmp_path / "goed", valid()))
    wizard.file_button.setFocus()
    qtbot.keyClick(wizard.file_button, Qt.Key.Key_Escape)
    assert wizard.step == CHOOSE and wizard.path_edit.text() == ""
    wizard.set_path(tmp_path / "goed")
    qtbot.keyClick(wizard.file_button, Qt.Key.Key_Return)
    assert wizard.step == CHECK and wizard.plan is not None and wizard.plan.ok
    assert counts(services) == before
    qtbot.keyClick(wizard, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.step == DONE, timeout=2000)  # a mnemonic animates
    assert counts(services)["participants"] == before["participants"] + 3


def test_instructor_sees_the_wizard_with_disabled_buttons(qtbot, services: Services,
                                                          instructor: Actor) -> None:
    wizard = _wizard(qtbot, services, instructor)
    assert not wizard.file_button.isEnabled() and not wizard.folder_button.isEnabled()
    assert not wizard.next_button.isEnabled()
    assert wizard.permission_label.isVisible()
    assert wizard.permission_label.text() == (
        "Alleen een beheerder kan gegevens importeren; u bent ingelogd als pbakker "
        "(instructeur).")


def test_beheer_shows_the_wizard_and_the_export_panel(qtbot, services: Services,
                                                      admin: Actor) -> None:
    from bvmdesk.ui.admin.export_page import ExportPanel

    page = AdminPage(services.accounts, admin, Settings.load(), exchange=services.exchange)
    qtbot.addWidget(page)
    page.show_section("import")
    assert isinstance(page.stack.currentWidget(), ImportWizard)
    page.show_section("export")
    assert isinstance(page.stack.currentWidget(), ExportPanel)
