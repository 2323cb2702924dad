"""Bpv-uren grid: the weeks it offers, how typed hours are read, the status of a week (also
after a change voided its approval), the totals line; and, on a real SQLite database,
typing hours saves rows, a bad value writes nothing, a selection asks for the right ids."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.signoff_types import (
    ApprovalInfo,
    EnrolmentRef,
    HoursSheet,
    HoursTotals,
    WeekHistoryEntry,
    WeekHours,
)
from bvmdesk.ui.signoffs.hours import HoursGrid
from bvmdesk.ui.signoffs.hours_model import COLUMN_HOURS, COLUMN_STATUS
from bvmdesk.ui.signoffs.hours_rows import (
    WeekRow,
    approvable_ids,
    history_lines,
    range_text,
    read_pending,
    status_text,
    totals_text,
    week_rows,
)
from tests.services.signoff_support import SignOffWorld
from tests.ui.conftest import activate
from tests.ui.signoff_ui_support import (
    PIN,
    STROKES,
    TODAY,
    docent_of,
    make_world,
    open_day_services,
)

MOMENT = datetime(2026, 9, 14, 8, 0)


def _approval(**changes: object) -> ApprovalInfo:
    values: dict[str, object] = dict(
        id=uuid.uuid4(), trainer_id=uuid.uuid4(), trainer="Piet Praktijk",
        approved_on=date(2026, 9, 14), method="screen", has_signature=True,
        recorded_by="pbakker", recorded_at=MOMENT, imported=False)
    values.update(changes)
    return ApprovalInfo(**values)  # type: ignore[arg-type]


def _week(week: int, minutes: int, *, approval: ApprovalInfo | None = None,
          older: tuple[WeekHistoryEntry, ...] = (), year: int = 2026) -> WeekHours:
    hours_id = uuid.uuid4()
    current = WeekHistoryEntry(hours_id, minutes, "pbakker", MOMENT,
                               (approval,) if approval else (), False)
    return WeekHours(hours_id, year, week, minutes, "pbakker", MOMENT, approval,
                     (*older, current))


def _ref(start: date) -> EnrolmentRef:
    return EnrolmentRef(uuid.uuid4(), uuid.uuid4(), "D-0001", "Zoë van 't Hek", "BBL",
                        uuid.uuid4(), "LAS-ZWL-1", uuid.uuid4(), "MAG135-1", "MAG-lassen",
                        uuid.uuid4(), "Metaalwerk", None, uuid.uuid4(), "Piet Praktijk",
                        start, None, "actief")


def _sheet(start: date, *weeks: WeekHours) -> HoursSheet:
    return HoursSheet(_ref(start), weeks, HoursTotals(0, 0, 610))


def test_weeks_run_from_the_start_to_this_week_newest_first() -> None:
    rows = week_rows(date(2026, 9, 2), date(2026, 9, 30), None)
    assert [r.label for r in rows] == ["2026-W40", "2026-W39", "2026-W38", "2026-W37",
                                       "2026-W36"]
    assert range_text(rows[-1]) == "31 aug – 6 sep 2026"
    assert range_text(rows[-1], year=False) == "31 aug – 6 sep"


def test_an_old_enrolment_offers_52_weeks_and_keeps_older_hours() -> None:
    old = _week(1, 480, year=2025)
    rows = week_rows(date(2024, 1, 1), date(2026, 9, 30), _sheet(date(2024, 1, 1), old))
    assert rows[0].label == "2026-W40"
    assert rows[52].label == "2025-W40"
    assert len(rows) == 54 and rows[-1].label == "2025-W01" and rows[-1].hours is old


def test_a_year_boundary_and_a_future_start() -> None:
    rows = week_rows(date(2026, 12, 28), date(2027, 1, 6), None)
    assert [r.label for r in rows] == ["2027-W01", "2026-W53"]
    assert range_text(rows[1]) == "28 dec 2026 – 3 jan 2027"
    assert week_rows(date(2026, 10, 1), date(2026, 9, 1), None) == []


def test_typed_hours_are_read_in_half_hours() -> None:
    empty = WeekRow(2026, 37, None)
    assert read_pending("7,5", empty).minutes == 450  # type: ignore[union-attr]
    assert read_pending("7:30", empty).minutes == 450  # type: ignore[union-attr]
    assert read_pending("8", empty).minutes == 480  # type: ignore[union-attr]
    assert read_pending("", empty) is None
    assert read_pending("0", empty) is None
    bad = read_pending("7,25", empty)
    assert bad is not None and bad.minutes is None
    assert bad.error is not None and "half uur" in bad.error
    assert read_pending("acht", empty).error is not None  # type: ignore[union-attr]
    entered = WeekRow(2026, 37, _week(37, 480))
    assert read_pending("8", entered) is None               # the same: no change
    assert read_pending("", entered).minutes == 0           # type: ignore[union-attr]


def test_the_status_of_a_week() -> None:
    approved = WeekRow(2026, 37, _week(37, 480, approval=_approval()))
    assert status_text(approved) == "Goedgekeurd 14-09-2026 · Piet Praktijk"
    assert status_text(WeekRow(2026, 37, _week(37, 480))) == "Niet goedgekeurd"
    assert status_text(WeekRow(2026, 37, None)) == ""
    old = WeekHistoryEntry(uuid.uuid4(), 480, "pbakker", MOMENT, (_approval(),), True)
    changed = WeekRow(2026, 37, _week(37, 450, older=(old,)))
    assert changed.approval_voided and changed.approvable
    assert status_text(changed) == "Goedkeuring vervallen door wijziging"
    assert any("vervallen door wijziging" in line for line in history_lines(changed))
    assert "(vervangen)" in history_lines(changed)[0]
    pending = read_pending("9", approved)
    assert pending is not None
    assert status_text(approved, pending).startswith("Gewijzigd, nog niet opgeslagen")
    bad = read_pending("9,3", approved)
    assert bad is not None and status_text(approved, bad).startswith("Niet opgeslagen:")


def test_a_withdrawn_approval_counts_no_more() -> None:
    withdrawn = _approval(withdrawn_by=uuid.uuid4(), reason="Verkeerde week")
    row = WeekRow(2026, 37, _week(37, 480, approval=None))
    hours = row.hours
    assert hours is not None
    entry = WeekHistoryEntry(hours.hours_id, 480, "pbakker", MOMENT, (withdrawn,), False)
    row = WeekRow(2026, 37, WeekHours(hours.hours_id, 2026, 37, 480, "pbakker", MOMENT, None,
                                      (entry,)))
    assert row.approval_withdrawn and not row.approval_voided and row.approvable
    assert status_text(row) == "Goedkeuring ingetrokken"
    assert any("ingetrokken: Verkeerde week" in line for line in history_lines(row))


def test_only_weeks_with_hours_and_no_approval_can_be_approved() -> None:
    open_week = WeekRow(2026, 38, _week(38, 480))
    approved = WeekRow(2026, 37, _week(37, 480, approval=_approval()))
    zero = WeekRow(2026, 36, _week(36, 0))
    empty = WeekRow(2026, 35, None)
    ids, skipped = approvable_ids([open_week, approved, zero, empty])
    assert open_week.hours is not None and ids == [open_week.hours.hours_id]
    assert skipped == [approved, zero, empty]


def test_the_totals_line() -> None:
    assert totals_text(HoursTotals(120 * 60, 96 * 60 + 30, 610)) == (
        "Ingevoerd 120 · Goedgekeurd 96,5 · Norm 610 per jaar")
    assert totals_text(HoursTotals(60, 0, None)) == (
        "Ingevoerd 1 · Goedgekeurd 0 · Norm onbekend")


# --- the grid on a real database --------------------------------------------------------
@pytest.fixture
def day_services(db_path: Path) -> Iterator[Services]:
    opened = open_day_services(db_path)
    yield opened
    opened.close()


@pytest.fixture
def world(day_services: Services) -> SignOffWorld:
    return make_world(day_services)


@pytest.fixture
def docent(day_services: Services, world: SignOffWorld) -> Actor:
    return docent_of(day_services)


@pytest.fixture
def grid(qtbot: object, day_services: Services, docent: Actor,
         world: SignOffWorld) -> HoursGrid:
    widget = HoursGrid(day_services.bpv_hours, docent, today=lambda: TODAY)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1000, 700)
    widget.show()
    widget.show_enrolment(world.enrolment_id)
    activate(qtbot, widget)
    widget.table.setFocus()
    return widget


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: object, text: str) -> None:
    """Type as the keyboard does: each key to whatever has the focus (the editor, once
    the first digit opened it)."""
    for char in text:
        qtbot.keyClicks(_focus(), char)  # type: ignore[attr-defined]


def _press(qtbot: object, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)  # type: ignore[attr-defined]


def _minutes(services: Services, actor: Actor, world: SignOffWorld) -> dict[str, int]:
    sheet = services.bpv_hours.sheet(actor, world.enrolment_id)
    return {f"{w.iso_year}-W{w.iso_week:02d}": w.minutes for w in sheet.weeks}


def _row(grid: HoursGrid, label: str) -> int:
    return next(n for n, row in enumerate(grid.model.rows) if row.label == label)


def _status(grid: HoursGrid, label: str) -> str:
    return str(grid.model.index(_row(grid, label), COLUMN_STATUS).data())


def test_weeks_from_the_start_up_to_this_week(grid: HoursGrid) -> None:
    labels = [row.label for row in grid.model.rows]
    assert labels[0] == "2026-W47" and labels[-1] == "2026-W36" and len(labels) == 12
    assert grid.totals_label.text() == "Ingevoerd 0 · Goedgekeurd 0 · Norm 610 per jaar"


def test_typing_hours_and_enter_saves_the_week_and_moves_down(
        qtbot: object, grid: HoursGrid, day_services: Services, docent: Actor,
        world: SignOffWorld) -> None:
    assert grid.table.currentIndex().row() == 0          # this week, 2026-W47
    _type(qtbot, "7,5")
    _press(qtbot, Qt.Key.Key_Return)
    assert _minutes(day_services, docent, world) == {"2026-W47": 450}
    assert grid.table.currentIndex().row() == 1          # on to 2026-W46
    _type(qtbot, "7:30")
    _press(qtbot, Qt.Key.Key_Enter)
    _type(qtbot, "8")
    _press(qtbot, Qt.Key.Key_Return)
    assert _minutes(day_services, docent, world) == {"2026-W47": 450, "2026-W46": 450,
                                                     "2026-W45": 480}
    assert grid.model.index(2, COLUMN_HOURS).data() == "8"
    assert _status(grid, "2026-W45") == "Niet goedgekeurd"
    assert grid.totals_label.text().startswith("Ingevoerd 23 · Goedgekeurd 0")
    assert not grid.model.pending


def test_a_bad_value_writes_nothing_and_stays_marked(
        qtbot: object, grid: HoursGrid, day_services: Services, docent: Actor,
        world: SignOffWorld) -> None:
    _type(qtbot, "7,3")
    _press(qtbot, Qt.Key.Key_Return)
    assert _minutes(day_services, docent, world) == {}
    assert grid.table.currentIndex().row() == 0          # stays on the week
    assert "half uur" in grid.message
    assert _status(grid, "2026-W47").startswith("Niet opgeslagen:")
    assert grid.model.index(0, COLUMN_HOURS).data() == "7,3"
    assert grid.model.index(0, COLUMN_HOURS).data(Qt.ItemDataRole.BackgroundRole) is not None
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _minutes(day_services, docent, world) == {}
    assert "niets opgeslagen" in grid.message


def test_ctrl_s_saves_every_changed_week_in_one_call(
        qtbot: object, grid: HoursGrid, day_services: Services, docent: Actor,
        world: SignOffWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    service = day_services.bpv_hours
    real = service.enter_hours

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "enter_hours", counted)
    _type(qtbot, "8")
    _press(qtbot, Qt.Key.Key_Down)                        # leaves the week, not saved
    _type(qtbot, "6,5")
    _press(qtbot, Qt.Key.Key_Down)
    _type(qtbot, "9,9")                                   # a bad one among them
    _press(qtbot, Qt.Key.Key_Down)
    assert _minutes(day_services, docent, world) == {}
    assert _status(grid, "2026-W47").startswith("Gewijzigd, nog niet opgeslagen")
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert calls == [1]
    assert _minutes(day_services, docent, world) == {"2026-W47": 480, "2026-W46": 390}
    assert list(grid.model.pending) == [(2026, 45)]
    assert "2026-W45" in grid.message
    assert grid.unsaved_weeks == ["2026-W45"]
    grid.show_enrolment(world.enrolment_id)               # another choice drops them
    assert grid.unsaved_weeks == []


def _approve(services: Services, actor: Actor, world: SignOffWorld, label: str) -> None:
    sheet = services.bpv_hours.sheet(actor, world.enrolment_id)
    week = next(w for w in sheet.weeks if f"{w.iso_year}-W{w.iso_week:02d}" == label)
    services.bpv_hours.approve(actor, world.enrolment_id, world.trainer_id, PIN, STROKES,
                               [week.hours_id])


def test_the_selection_asks_approval_for_current_unapproved_weeks(
        qtbot: object, grid: HoursGrid, day_services: Services, docent: Actor,
        world: SignOffWorld) -> None:
    from bvmdesk.services.signoff_types import WeekEntry

    day_services.bpv_hours.enter_hours(docent, world.enrolment_id, [
        WeekEntry(2026, 47, 480), WeekEntry(2026, 46, 450), WeekEntry(2026, 45, 300)])
    _approve(day_services, docent, world, "2026-W46")
    grid.refresh()
    assert _status(grid, "2026-W46") == "Goedgekeurd 18-11-2026 · Piet Praktijk"
    asked: list[list[object]] = []
    grid.approve_requested.connect(asked.append)
    grid.select_weeks([(2026, 47), (2026, 46), (2026, 45), (2026, 44)])
    _press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    sheet = day_services.bpv_hours.sheet(docent, world.enrolment_id)
    current = {w.iso_week: w.hours_id for w in sheet.weeks}
    assert asked == [[current[47], current[45]]]
    assert "2 gekozen weken overgeslagen" in grid.message
    grid.select_weeks([(2026, 46), (2026, 44)])          # approved and empty only
    _press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert "niets om te laten goedkeuren" in grid.message


def test_a_change_after_approval_shows_that_it_lapsed(
        qtbot: object, grid: HoursGrid, day_services: Services, docent: Actor,
        world: SignOffWorld) -> None:
    from bvmdesk.services.signoff_types import WeekEntry

    day_services.bpv_hours.enter_hours(docent, world.enrolment_id, [WeekEntry(2026, 47, 480)])
    _approve(day_services, docent, world, "2026-W47")
    grid.refresh()
    assert grid.totals_label.text().startswith("Ingevoerd 8 · Goedgekeurd 8")
    assert grid.progress.value() == 480
    _type(qtbot, "9")
    _press(qtbot, Qt.Key.Key_Return)
    assert _minutes(day_services, docent, world) == {"2026-W47": 540}
    assert _status(grid, "2026-W47") == "Goedkeuring vervallen door wijziging"
    assert grid.totals_label.text().startswith("Ingevoerd 9 · Goedgekeurd 0")
    grid._select_row(0)
    history = grid.history.toPlainText()
    assert "(vervangen)" in history and "vervallen door wijziging" in history
