"""Beheer > Exporteren: a CSV folder with the fourteen sheets, a workbook, the empty template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.exchange.format import EXPORT_SHEETS, SHEETS
from bvmdesk.ui.admin.export_page import ExportPanel, csv_target
from bvmdesk.ui.workers import TaskContext
from tests.ui.conftest import EXTRA_PARTICIPANTS, NAMED

SHEET_NAMES = [s.name for s in EXPORT_SHEETS]


def _panel(qtbot, services: Services, actor: Actor) -> ExportPanel:
    panel = ExportPanel(services.exchange, actor)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _table(panel: ExportPanel) -> dict[str, str]:
    return {panel.table.item(r, 0).text(): panel.table.item(r, 1).text()
            for r in range(panel.table.rowCount())}


def test_export_writes_a_folder_with_the_ten_csv_files(qtbot, services: Services,
                                                       admin: Actor, tmp_path: Path) -> None:
    panel = _panel(qtbot, services, admin)
    target = tmp_path / "export"
    with qtbot.waitSignal(panel.exported) as blocker:
        panel.export_to(target)
    assert sorted(p.name for p in target.iterdir()) == sorted(f"{n}.csv" for n in SHEET_NAMES)
    assert blocker.args[0].path == target
    assert panel.message_label.text().startswith("Klaar: alle gegevens (")
    assert str(target) in panel.message_label.text()
    assert list(_table(panel)) == SHEET_NAMES
    assert _table(panel)["Deelnemers"] == str(EXTRA_PARTICIPANTS + len(NAMED))
    assert panel.table.isVisible()


def test_export_writes_a_workbook(qtbot, services: Services, admin: Actor,
                                  tmp_path: Path) -> None:
    from openpyxl import load_workbook

    panel = _panel(qtbot, services, admin)
    target = tmp_path / "alles.xlsx"
    panel.export_to(target)
    workbook = load_workbook(target, read_only=True)
    assert workbook.sheetnames == SHEET_NAMES
    workbook.close()
    assert "Excel-werkmap" in panel.message_label.text()


def test_cancelled_export_writes_nothing(qtbot, services: Services, admin: Actor,
                                         tmp_path: Path, monkeypatch) -> None:
    panel = _panel(qtbot, services, admin)
    monkeypatch.setattr(TaskContext, "cancelled", lambda self: True)
    panel.export_to(tmp_path / "geannuleerd")
    assert not (tmp_path / "geannuleerd").exists()
    assert panel.message_label.text() == "Geannuleerd: er is niets geschreven."
    assert not panel.table.isVisible()


def test_template_writes_a_workbook(qtbot, services: Services, admin: Actor,
                                    tmp_path: Path) -> None:
    from openpyxl import load_workbook

    panel = _panel(qtbot, services, admin)
    target = tmp_path / "sjabloon.xlsx"
    panel.save_template_to(target)
    workbook = load_workbook(target)
    # The template has the sheets an import reads (not the export-only Certificaten).
    assert set(s.name for s in SHEETS) <= set(workbook.sheetnames)
    assert "Certificaten" not in workbook.sheetnames
    assert workbook["Deelnemers"]["A1"].value == "nummer"
    assert panel.message_label.text().startswith(f"Het lege sjabloon staat in {target}.")


def test_an_unwritable_place_gives_a_message(qtbot, services: Services, admin: Actor,
                                             tmp_path: Path) -> None:
    panel = _panel(qtbot, services, admin)
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    panel.export_to(blocker / "export")
    assert panel.message_label.text().startswith("Kan niet schrijven naar ")


def test_csv_goes_to_a_new_folder_inside_a_folder_with_other_files(tmp_path: Path) -> None:
    today = date(2026, 9, 1)
    assert csv_target(tmp_path / "nieuw", today) == tmp_path / "nieuw"
    (tmp_path / "eerder").mkdir()
    (tmp_path / "eerder" / "Deelnemers.csv").write_text("")
    assert csv_target(tmp_path / "eerder", today) == tmp_path / "eerder"
    (tmp_path / "brief.docx").write_text("")
    assert csv_target(tmp_path, today) == tmp_path / "bvmdesk-export-2026-09-01"
    (tmp_path / "bvmdesk-export-2026-09-01").mkdir()
    assert csv_target(tmp_path, today) == tmp_path / "bvmdesk-export-2026-09-01-2"


def test_instructor_sees_disabled_export_buttons(qtbot, services: Services,
                                                 instructor: Actor) -> None:
    panel = _panel(qtbot, services, instructor)
    assert not panel.workbook_button.isEnabled() and not panel.folder_button.isEnabled()
    assert panel.template_button.isEnabled()  # the template holds no data
    assert panel.permission_label.isVisible()
    qtbot.mouseClick(panel.workbook_button, Qt.MouseButton.LeftButton)
    assert panel.message_label.text() == ""
