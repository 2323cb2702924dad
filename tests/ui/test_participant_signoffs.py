"""Aftekeningen on the participant card: per enrolment with a workplace the required tasks
signed and the approved bpv hours against the norm; "Naar Aftekenen" asks for the page."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from bvmdesk.services.signoff_types import (
    EnrolmentRef,
    HoursTotals,
    SignOffInfo,
    TaskInfo,
    TaskState,
)
from bvmdesk.ui.participants.signoffs import signed_required, summary_line


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
