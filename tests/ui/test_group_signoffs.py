"""Aftekenen per groep: participants x tasks (required first, marked), a date where signed,
an open required task with a symbol and a colour, "x van y verplicht" and the approved bpv
hours against the norm; a double click asks for the participant."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.signoff_types import (
    EnrolmentRef,
    GroupSignOffRow,
    GroupSignOffs,
    GroupTaskColumn,
    HoursTotals,
    SignItem,
    WeekEntry,
)
from bvmdesk.ui.signoffs.group_overview import (
    GroupSignOffModel,
    GroupSignOffView,
    hours_text,
    required_text,
)
from tests.services.signoff_support import SignOffWorld
from tests.ui.conftest import activate
from tests.ui.signoff_ui_support import (
    PIN,
    STROKES,
    docent_of,
    make_world,
    open_day_services,
)


def _ref(name: str) -> EnrolmentRef:
    return EnrolmentRef(uuid.uuid4(), uuid.uuid4(), "D-0001", name, "BBL", uuid.uuid4(),
                        "LAS-ZWL-1", uuid.uuid4(), "MAG135-1", "MAG-lassen", uuid.uuid4(),
                        "Metaalwerk", None, uuid.uuid4(), "Piet Praktijk", date(2026, 9, 1),
                        None, "actief")


def _overview() -> GroupSignOffs:
    t1 = GroupTaskColumn(uuid.uuid4(), "T1", "Lasnaad voorbereiden", True)
    t2 = GroupTaskColumn(uuid.uuid4(), "T2", "Hoeknaad lassen", True)
    t3 = GroupTaskColumn(uuid.uuid4(), "T3", "Werkplek opruimen", False)
    zoe = GroupSignOffRow(_ref("Zoë van 't Hek"), {t1.task_id: date(2026, 9, 14)},
                          HoursTotals(120 * 60, 96 * 60, 610))
    jan = GroupSignOffRow(_ref("Jan-Willem van der Berg"),
                          {t1.task_id: date(2026, 9, 15), t2.task_id: date(2026, 9, 16),
                           t3.task_id: date(2026, 9, 17)}, HoursTotals(0, 0, None))
    return GroupSignOffs(uuid.uuid4(), "LAS-ZWL-1", "MAG135-1", "MAG-lassen", (t1, t2, t3),
                         (zoe, jan))


def test_the_row_texts() -> None:
    overview = _overview()
    assert required_text(overview.rows[0], overview) == "1 van 2 verplicht"
    assert required_text(overview.rows[1], overview) == "2 van 2 verplicht"
    assert hours_text(overview.rows[0].hours) == "96 / 610"
    assert hours_text(overview.rows[1].hours) == "0 / ?"


def test_the_matrix_cells(qapp: object) -> None:
    model = GroupSignOffModel()
    model.set_overview(_overview())
    assert model.rowCount() == 2 and model.columnCount() == 6
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert heads == ["Deelnemer", "Verplicht", "Bpv-uren", "T1 *", "T2 *", "T3"]
    assert [model.cell_text(0, c) for c in range(6)] == [
        "Zoë van 't Hek", "1 van 2 verplicht", "96 / 610", "14-09-2026", "○ open", "–"]
    assert model.cell_text(1, 5) == "17-09-2026"
    # the open required task has its colour as well as its symbol; the optional one none
    assert model.data(model.index(0, 4), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 5), Qt.ItemDataRole.BackgroundRole) is None
    assert model.participant_at(1) == _participant(model, 1)


def _participant(model: GroupSignOffModel, row: int) -> uuid.UUID:
    assert model.overview is not None
    return model.overview.rows[row].enrolment.participant_id


# --- on a real database ---------------------------------------------------------------------
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


def _signed_and_approved(services: Services, actor: Actor, world: SignOffWorld) -> None:
    """Sanne: T1 signed on paper on 2 Nov, 8 hours approved in W46; Daan: T3 signed."""
    services.signoffs.record_paper(actor, world.enrolment_id, world.trainer_id,
                                   [SignItem(world.tasks["T1"], date(2026, 11, 2))])
    services.signoffs.record_paper(actor, world.other_enrolment_id, world.other_trainer_id,
                                   [SignItem(world.tasks["T3"], date(2026, 11, 3))])
    sheet = services.bpv_hours.enter_hours(actor, world.enrolment_id,
                                           [WeekEntry(2026, 46, 480)])
    services.bpv_hours.approve(actor, world.enrolment_id, world.trainer_id, PIN, STROKES,
                               [sheet.weeks[0].hours_id])


def test_the_group_matrix_and_a_double_click(qtbot: object, day_services: Services,
                                             docent: Actor, world: SignOffWorld) -> None:
    _signed_and_approved(day_services, docent, world)
    view = GroupSignOffView(day_services.signoff_overview, docent)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1000, 600)
    view.show()
    assert [view.group_combo.itemData(i) for i in range(view.group_combo.count())] == [
        None, world.group_id]                             # only groups with tasks
    assert view.show_group(world.group_id)
    model = view.model
    assert view.stack.currentWidget() is view.table
    assert [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(model.columnCount())] == [
        "Deelnemer", "Verplicht", "Bpv-uren", "T1 *", "T2 *", "T3"]
    rows = {model.cell_text(r, 0): [model.cell_text(r, c) for c in range(1, 6)]
            for r in range(model.rowCount())}
    assert rows == {                                       # Noor has no workplace
        "Sanne de Vries": ["1 van 2 verplicht", "8 / 610", "02-11-2026", "○ open", "–"],
        "Daan Bakker": ["0 van 2 verplicht", "0 / 610", "○ open", "○ open", "03-11-2026"],
    }
    sanne = next(r for r in range(model.rowCount()) if model.cell_text(r, 0) == "Sanne de Vries")
    asked: list[object] = []
    view.participant_requested.connect(asked.append)
    point = view.table.visualRect(model.index(sanne, 4)).center()
    viewport = view.table.viewport()
    # a double click as the mouse makes it: a click, then the second press
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)  # type: ignore[attr-defined]
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)  # type: ignore[attr-defined]
    assert asked == [world.participant_id]
    other = 1 - sanne
    view.table.setCurrentIndex(model.index(other, 0))
    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert asked == [world.participant_id, world.other_participant_id]
