"""Bpv-uren grid: the weeks it offers, how typed hours are read, the status of a week (also
after a change voided its approval), the totals line; and, on a real SQLite database,
typing hours saves rows, a bad value writes nothing, a selection asks for the right ids."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from bvmdesk.services.signoff_types import (
    ApprovalInfo,
    EnrolmentRef,
    HoursSheet,
    HoursTotals,
    WeekHistoryEntry,
    WeekHours,
)
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
    assert status_text(approved) == "Goedgekeurd door Piet Praktijk op 14-09-2026"
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
