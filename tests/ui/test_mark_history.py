"""The mark history says what changed (issue 9 item 10): a change of time or note under the
same status is not "Te laat → Te laat"."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time

import pytest

from bvmdesk.services.attendance_types import MarkInfo
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.attendance.mark_details import MarkDetailsDialog, history_change
from tests.ui.test_register_helpers import NOW, make_lesson


def mark(status: str | None, arrival: time | None = None, departure: time | None = None,
         note: str | None = None) -> MarkInfo:
    return MarkInfo(id=uuid.uuid4(), status=status, arrival_time=arrival,
                    departure_time=departure, note=note, recorded_by="pbakker",
                    recorded_at=datetime(2026, 9, 1, 7, 0, tzinfo=UTC), reason=None,
                    supersedes_id=None)


@pytest.mark.parametrize(("older", "newer", "text"), [
    (None, mark("aanwezig"), "Nog niet ingevuld → Aanwezig"),
    (mark("aanwezig"), mark("te_laat", time(9, 10)), "Aanwezig → Te laat"),
    (mark("te_laat", time(8, 45)), mark("te_laat", time(9, 10)),
     "Te laat: aankomst 08:45 → 09:10"),
    (mark("vroeg_weg", departure=time(15, 0)), mark("vroeg_weg", departure=time(14, 30)),
     "Vroeg weg: vertrek 15:00 → 14:30"),
    (mark("te_laat"), mark("te_laat", time(9, 10)), "Te laat: aankomst – → 09:10"),
    (mark("aanwezig", note="bus"), mark("aanwezig", note="trein"),
     "Aanwezig: opmerking gewijzigd"),
    (mark("aanwezig"), mark("aanwezig", note="trein"), "Aanwezig: opmerking toegevoegd"),
    (mark("aanwezig", note="bus"), mark("aanwezig"), "Aanwezig: opmerking verwijderd"),
    (mark("te_laat", time(8, 45), note="bus"), mark("te_laat", time(9, 10), note="trein"),
     "Te laat: aankomst 08:45 → 09:10; opmerking gewijzigd"),
    (mark("ziek"), mark("ziek"), "Ziek: ongewijzigd"),
    (mark("aanwezig"), mark(None), "Aanwezig → ingetrokken"),
])
def test_history_change_says_what_changed(older: MarkInfo | None, newer: MarkInfo,
                                          text: str) -> None:
    assert history_change(older, newer) == text


def test_the_dialog_shows_a_changed_arrival(qtbot, services: Services, admin: Actor,
                                            instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    services.attendance.now = lambda: NOW
    register = services.attendance.register(instructor, lesson_id)
    row = register.rows[0]
    services.attendance.set_mark(instructor, lesson_id, row.participant_id, "te_laat",
                                 time(8, 45))
    services.attendance.set_mark(instructor, lesson_id, row.participant_id, "te_laat",
                                 time(9, 10))
    history = services.attendance.history(instructor, lesson_id, row.participant_id)
    dialog = MarkDetailsDialog(row, register.lesson, history, register.final,
                               lambda values: None)
    qtbot.addWidget(dialog)
    table = dialog.history_table
    assert table.horizontalHeaderItem(2).text() == "Wijziging"
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == [
        "Te laat: aankomst 08:45 → 09:10", "Nog niet ingevuld → Te laat"]
