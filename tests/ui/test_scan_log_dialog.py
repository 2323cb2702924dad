"""The scanner-log dialog on a real database: choose a file, see the summary, the lines that
made no mark and the marks written; refusals say why and change nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.attendance.scan_log import ScanLogDialog
from tests.services.test_scanlog import LOG, build_scan_world
from tests.ui.conftest import INSTRUCTOR


@pytest.fixture
def log_file(services: Services, tmp_path: Path) -> Path:
    build_scan_world(services, instructor=INSTRUCTOR)  # Petra Bakker teaches them
    path = tmp_path / "scans.csv"
    path.write_text(LOG, encoding="utf-8")
    return path


def _dialog(qtbot, services: Services, actor: Actor) -> ScanLogDialog:
    dialog = ScanLogDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_choosing_a_file_imports_it_and_shows_every_line(
        qtbot, services: Services, instructor: Actor, log_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, services, instructor)
    assert not dialog.results.isVisible() and dialog.choose_button.isEnabled()
    assert not dialog.permission_label.isVisible()
    monkeypatch.setattr("bvmdesk.ui.attendance.scan_log.open_file_name",
                        lambda *args, **kwargs: (str(log_file), ""))
    with qtbot.waitSignal(dialog.imported, timeout=5000) as signal:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    summary = signal.args[0]
    assert summary is dialog.summary and len(summary.marked) == 3
    assert dialog.result_label.text() == (
        "12 scans in scans.csv: 3 markeringen vastgelegd, 0 ongewijzigd, 2 overgeslagen, "
        "7 zonder les.")
    assert dialog.result_label.objectName() == "formSuccess"
    lines = _rows(dialog.lines_model)
    # the lines without a lesson first (they need a look), then the skipped ones
    assert [row[0] for row in lines] == ["7", "8", "9", "10", "11", "14", "15", "4", "12"]
    assert lines[0] == ["7", "ZZZ9", "2026-11-27T08:01", "onbekende badge"]
    assert lines[7][3] == "dubbele scan"
    assert dialog.lines_title.text() == "Regels zonder markering: 7 zonder les, 2 overgeslagen"
    marks = _rows(dialog.marks_model)
    assert [row[0] for row in marks] == ["S-01", "S-06", "S-02"]
    assert marks[0][1] == "Anna Bakker" and marks[0][2] == "LAS-1"
    assert marks[0][4:] == ["08:30", "Vroeg weg", "08:25", "15:10"]
    assert marks[1][7] == ""
    assert dialog.marks_title.text() == "Vastgelegde markeringen (3)"
    assert dialog.lines_table.isVisible() and dialog.marks_table.isVisible()
    for model in (dialog.lines_model, dialog.marks_model):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_the_same_log_again_writes_nothing_new(qtbot, services: Services, instructor: Actor,
                                               log_file: Path) -> None:
    dialog = _dialog(qtbot, services, instructor)
    dialog.import_file(log_file)
    dialog.import_file(log_file)
    assert dialog.result_label.text().startswith(
        "12 scans in scans.csv: 0 markeringen vastgelegd, 3 ongewijzigd,")
    assert dialog.marks_model.rowCount() == 0 and not dialog.marks_table.isVisible()


def test_a_file_without_scans_is_refused(qtbot, services: Services, instructor: Actor,
                                         tmp_path: Path) -> None:
    dialog = _dialog(qtbot, services, instructor)
    empty = tmp_path / "leeg.csv"
    empty.write_text("badge;tijdstip\n", encoding="utf-8")
    dialog.import_file(empty)
    assert dialog.result_label.objectName() == "formError"
    assert dialog.result_label.text() == (
        "Het logboek is niet ingelezen: Geen scans gevonden in leeg.csv: verwacht per regel "
        "badge;tijdstip. Er is niets gewijzigd.")
    assert not dialog.lines_table.isVisible() and dialog.summary is None
    dialog.import_file(tmp_path / "weg.csv")
    assert "weg.csv is niet te lezen" in dialog.result_label.text()
    assert dialog.choose_button.isEnabled()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_pipe_or_a_utf16_file_is_refused_unread(qtbot, services: Services, instructor: Actor,
                                                  tmp_path: Path) -> None:
    dialog = _dialog(qtbot, services, instructor)
    pipe = tmp_path / "scans.csv"
    os.mkfifo(pipe)  # nobody writes: reading it would wait forever
    dialog.import_file(pipe)
    assert dialog.result_label.objectName() == "formError"
    assert dialog.result_label.text() == (
        "Het logboek is niet ingelezen: scans.csv is geen gewoon bestand maar een pipe (FIFO); "
        "kies een CSV- of tekstbestand. Er is niets gewijzigd.")
    wide = tmp_path / "breed.csv"
    wide.write_bytes("badge;tijdstip\r\nA123;2026-11-27T08:01\r\n".encode("utf-16"))
    dialog.import_file(wide)
    assert "breed.csv is opgeslagen als UTF-16; UTF-16 is niet ondersteund, sla het op als " \
        "CSV UTF-8" in dialog.result_label.text()
    assert dialog.summary is None and dialog.choose_button.isEnabled()


def test_all_lines_used_says_so(qtbot, services: Services, instructor: Actor,
                                log_file: Path) -> None:
    dialog = _dialog(qtbot, services, instructor)
    clean = log_file.with_name("schoon.txt")
    clean.write_text("A123;2026-11-27T08:10\n", encoding="utf-8")
    dialog.import_file(clean)
    assert dialog.result_label.text() == ("1 scan in schoon.txt: 1 markering vastgelegd, "
                                          "0 ongewijzigd, 0 overgeslagen, 0 zonder les.")
    assert dialog.lines_title.text() == "Elke scan is verwerkt."
    assert not dialog.lines_table.isVisible()


def test_a_read_only_actor_cannot_choose(qtbot, services: Services, log_file: Path) -> None:
    dialog = _dialog(qtbot, services.scanlog, Actor.viewer())  # the service alone will do
    assert dialog.permission_label.isVisible()
    assert "U mag geen presentie vastleggen" in dialog.permission_label.text()
    assert not dialog.choose_button.isEnabled()
    dialog.import_file(log_file)
    assert dialog.summary is None and not dialog.results.isVisible()
