"""Aftekeningen on the participant card: per enrolment with a workplace the required tasks
signed and the approved bpv hours against the norm; "Naar Aftekenen" asks for the page."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.signoff_types import (
    EnrolmentRef,
    HoursTotals,
    SignItem,
    SignOffInfo,
    TaskInfo,
    TaskState,
    WeekEntry,
)
from bvmdesk.ui.participants.detail import ParticipantDetailPanel
from bvmdesk.ui.participants.signoffs import (
    ParticipantSignOffsPanel,
    signed_required,
    summary_line,
)
from tests.services.signoff_support import SignOffWorld
from tests.ui.signoff_ui_support import (
    PIN,
    STROKES,
    docent_of,
    make_world,
    open_day_services,
)


def _ref() -> EnrolmentRef:
    return EnrolmentRef(uuid.uuid4(), uuid.uuid4(), "D-0001", "Zoë van 't Hek", "BBL",
                        uuid.uuid4(), "LAS-ZWL-1", uuid.uuid4(), "MAG135-1", "MAG-lassen",
                        uuid.uuid4(), "Metaalwerk Zwolle BV", None, uuid.uuid4(),
                        "Piet Praktijk", date(2026, 9, 1), None, "actief")


def _state(code: str, *, required: bool = True, archived: bool = False,
           signed: bool = False) -> TaskState:
    task = TaskInfo(uuid.uuid4(), uuid.uuid4(), "MAG135-1", "MAG-lassen", code, code, None,
                    None, required, archived)
    current = SignOffInfo(uuid.uuid4(), uuid.uuid4(), task.id, code, code, uuid.uuid4(),
                          "Piet Praktijk", "PO-1", date(2026, 9, 14), "screen", True, None,
                          "pbakker", "Petra Bakker", datetime(2026, 9, 14, 8), False, None,
                          None) if signed else None
    return TaskState(task, current, (current,) if current else ())


def test_required_tasks_signed() -> None:
    tasks = (_state("T1", signed=True), _state("T2"), _state("T3", signed=True),
             _state("T4", required=False, signed=True),
             _state("T5", archived=True, signed=True))
    assert signed_required(tasks) == (2, 3)
    line = summary_line(_ref(), tasks, HoursTotals(120 * 60, 96 * 60, 610))
    assert line == ("LAS-ZWL-1 · Metaalwerk Zwolle BV: Aftekeningen: 2 van 3 verplicht · "
                    "Bpv-uren: 96 van 610 goedgekeurd")
    assert summary_line(_ref(), tasks, HoursTotals(0, 90, None)).endswith(
        "Bpv-uren: 1,5 goedgekeurd (norm onbekend)")


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


def test_the_card_section_and_its_button(qtbot: object, day_services: Services,
                                         docent: Actor, world: SignOffWorld) -> None:
    day_services.signoffs.record_paper(docent, world.enrolment_id, world.trainer_id,
                                       [SignItem(world.tasks["T1"], date(2026, 11, 2)),
                                        SignItem(world.tasks["T3"], date(2026, 11, 2))])
    sheet = day_services.bpv_hours.enter_hours(docent, world.enrolment_id, [
        WeekEntry(2026, 46, 480), WeekEntry(2026, 45, 450)])
    day_services.bpv_hours.approve(docent, world.enrolment_id, world.trainer_id, PIN,
                                   STROKES, [w.hours_id for w in sheet.weeks])
    panel = ParticipantSignOffsPanel(day_services.signoffs, day_services.bpv_hours, docent)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.show()
    panel.show_participant(world.participant_id)
    assert panel.lines == ["AFT-1 · Staalbouw Noord: Aftekeningen: 1 van 2 verplicht · "
                           "Bpv-uren: 15,5 van 610 goedgekeurd"]
    assert panel.message == ""
    asked: list[object] = []
    panel.signoffs_requested.connect(asked.append)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert asked == [world.participant_id]
    panel.show_participant(world.bare_participant_id)     # Noor: no company, no trainer
    assert panel.lines == []
    assert "Geen inschrijving met een leerbedrijf" in panel.message


def test_the_participant_card_shows_the_section(qtbot: object, day_services: Services,
                                                docent: Actor, world: SignOffWorld) -> None:
    detail = ParticipantDetailPanel(day_services.participants, docent)
    qtbot.addWidget(detail)  # type: ignore[attr-defined]
    detail.attach_signoffs(day_services.signoffs, day_services.bpv_hours)
    detail.show()
    panel = detail.signoffs_panel
    assert panel is not None and not panel.isVisible()
    detail.show_participant(day_services.participants.get(docent, world.other_participant_id))
    assert panel.isVisible()
    assert panel.lines == ["AFT-1 · Anders Metaal: Aftekeningen: 0 van 2 verplicht · "
                           "Bpv-uren: 0 van 610 goedgekeurd"]
    asked: list[object] = []
    detail.signoffs_requested.connect(asked.append)
    panel.open_button.click()
    assert asked == [world.other_participant_id]
