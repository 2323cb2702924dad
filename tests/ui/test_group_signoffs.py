"""Aftekenen per groep: participants x tasks (required first, marked), a date where signed,
an open required task with a symbol and a colour, "x van y verplicht" and the approved bpv
hours against the norm; a double click asks for the participant."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt

from bvmdesk.services.signoff_types import (
    EnrolmentRef,
    GroupSignOffRow,
    GroupSignOffs,
    GroupTaskColumn,
    HoursTotals,
)
from bvmdesk.ui.signoffs.group_overview import GroupSignOffModel, hours_text, required_text


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
