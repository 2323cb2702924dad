"""The workbook and the status rule: an imported aanwezig with aanwezig_van after the start is
stored as te_laat; importing the same file again changes nothing, also over a mark stored
before the rule; the export gives such a mark normalised, so that it round-trips."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from sqlalchemy import select

from bvmdesk.db.models import AttendanceMark, Lesson, Participant
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.exchange import ExchangeService
from tests.services.exchange.support import counts, rows_of, valid, write_csv
from tests.services.test_attendance_world import add_mark


def _marks(services: Services, number: str) -> list[tuple[str | None, time | None,
                                                          time | None]]:
    """Every mark row of the participant at the lesson of 2026-09-07, oldest first."""
    with sessions_of(services).read() as s:
        person = s.scalars(select(Participant.id).where(Participant.number == number)).one()
        lesson = s.scalars(select(Lesson.id).where(Lesson.date == date(2026, 9, 7))).one()
        return [(m.status, m.arrival_time, m.departure_time) for m in s.scalars(
            select(AttendanceMark).where(AttendanceMark.participant_id == person,
                                         AttendanceMark.lesson_id == lesson)
            .order_by(AttendanceMark.hlc))]


def _late_sheets() -> dict[str, list[list[object]]]:
    """The valid administration, with H-001 aanwezig from 09:10 and H-002 aanwezig until
    11:00 (both at the 08:30-12:00 lesson of 2026-09-07)."""
    sheets = valid()
    sheets["Presentie"][1][4:7] = ["aanwezig", "09:10", ""]
    sheets["Presentie"][2][4:7] = ["aanwezig", "08:30", "11:00"]
    return sheets


def test_an_imported_late_aanwezig_is_stored_as_te_laat_and_a_second_import_changes_nothing(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    folder = write_csv(tmp_path / "in", _late_sheets())
    first = exchange.import_file(Actor.cli(), folder)
    assert first.summary is not None and first.summary["Presentie"].created == 3
    assert _marks(services, "H-001") == [("te_laat", time(9, 10), None)]
    assert _marks(services, "H-002") == [("vroeg_weg", time(8, 30), time(11, 0))]
    before = counts(services)
    again = exchange.import_file(Actor.cli(), folder)
    assert again.summary is not None
    assert (again.summary["Presentie"].created, again.summary["Presentie"].updated,
            again.summary["Presentie"].unchanged) == (0, 0, 3)
    assert counts(services) == before | {"audit_events": before["audit_events"] + 1}


def test_a_mark_stored_before_the_rule_is_left_alone_and_exported_normalised(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = valid()
    sheets["Presentie"][1][4:7] = ["aanwezig", "09:10", ""]
    without_h001 = valid()
    del without_h001["Presentie"][1]
    exchange.import_file(Actor.cli(), write_csv(tmp_path / "base", without_h001))
    with sessions_of(services).read() as s:
        person = s.scalars(select(Participant.id).where(Participant.number == "H-001")).one()
        lesson = s.scalars(select(Lesson.id).where(Lesson.date == date(2026, 9, 7))).one()
    # An old database: aanwezig from 09:10, stored as it was keyed.
    add_mark(services, lesson, person, "aanwezig", arrival=time(9, 10))
    exchange.export(Actor.cli(), tmp_path / "out")
    exported = [row for row in rows_of(tmp_path / "out", "Presentie") if row[3] == "H-001"
                and row[1] == "2026-09-07"]
    assert [row[4:7] for row in exported] == [["te_laat", "09:10", ""]]
    before = counts(services)
    # The same mark in a file (as aanwezig, or as the export says it) changes nothing.
    for name, folder in (("aanwezig", write_csv(tmp_path / "late", sheets)),
                         ("export", tmp_path / "out")):
        result = exchange.import_file(Actor.cli(), folder)
        assert result.summary is not None, name
        assert result.summary["Presentie"].created == result.summary["Presentie"].updated == 0
        assert counts(services)["attendance_marks"] == before["attendance_marks"]
    assert _marks(services, "H-001") == [("aanwezig", time(9, 10), None)]
