"""What a scanner log leaves in the audit trail: one `attendance.mark` event per written mark,
in the summary's order, linked and digested as the single-mark path links them.

Written before the import became one batch, and kept: the batch must leave the same events.
"""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import func, select

from bvmdesk.db.audit import content_columns, row_digest
from bvmdesk.db.models import AttendanceMark, AuditEvent, Participant
from bvmdesk.db.session import local_site_id
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.integrity import run_check
from tests.db import support
from tests.services.test_attendance_world import add_lesson, add_person, enrol, make_group
from tests.services.test_scanlog import LOG, MORNING, build_scan_world, scanlog_for

site_location = support.site_location
services = support.services
instructor = support.instructor

DAY = date(2026, 11, 27)
Event = tuple[str, str, str, str | None, str | None, str, str | None, time | None,
              time | None, bool]


def _last_sequence(services: Services) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.max(AuditEvent.sequence))) or 0)


def _events_since(services: Services, sequence: int) -> list[Event]:
    """(action, entity type, actor, digest before, detail, participant number, status,
    arrival, departure, supersedes a mark) of each event after `sequence`, in order; and
    checks that each event's digest is the stored mark's and its hlc rises with the chain."""
    marks = AttendanceMark.__table__
    columns = content_columns(marks)  # type: ignore[arg-type]
    found: list[Event] = []
    hlcs: list[str] = []
    with sessions_of(services).read() as s:
        site = local_site_id(s)
        events = s.execute(select(AuditEvent).where(AuditEvent.sequence > sequence)
                           .order_by(AuditEvent.sequence)).scalars().all()
        for event in events:
            assert event.entity_id is not None
            mark = s.get(AttendanceMark, uuid.UUID(event.entity_id))
            assert mark is not None
            row = s.execute(select(marks).where(marks.c.id == mark.id)).one()._mapping
            assert event.digest_after == row_digest(row, columns)
            assert (mark.site_id, mark.created_by, mark.recorded_by, mark.reason) == (
                site, event.actor, event.actor, event.detail)
            number = s.scalar(select(Participant.number)
                              .where(Participant.id == mark.participant_id))
            assert number is not None
            hlcs.append(mark.hlc)
            found.append((event.action, event.entity_type, event.actor, event.digest_before,
                          event.detail, number, mark.status, mark.arrival_time,
                          mark.departure_time, mark.supersedes_id is not None))
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    return found


def test_a_logs_audit_events_are_one_per_mark_in_order(services: Services,
                                                       instructor: Actor) -> None:
    build_scan_world(services)
    before = _last_sequence(services)
    summary = scanlog_for(services).import_scans(instructor, LOG.encode(), "poort.csv")
    reason = "scanlog poort.csv"
    assert _events_since(services, before) == [
        ("attendance.mark", "attendance_marks", "docent", None, reason, "S-01", "vroeg_weg",
         time(8, 25), time(15, 10), False),
        ("attendance.mark", "attendance_marks", "docent", None, reason, "S-06", "te_laat",
         time(8, 35), None, True),  # supersedes Fleur's untimed aanwezig
        ("attendance.mark", "attendance_marks", "docent", None, reason, "S-02", "te_laat",
         time(8, 47), None, False),
    ]
    assert [m.participant for m in summary.marked] == ["S-01", "S-06", "S-02"]
    report = run_check(sessions_of(services), sessions_of(services).head_path())
    assert report.ok, report.as_dict()

    again_from = _last_sequence(services)
    again = scanlog_for(services).import_scans(instructor, LOG.encode(), "poort.csv")
    assert again.marked == () and len(again.unchanged) == 3
    assert _last_sequence(services) == again_from  # nothing written, not even an event


def test_a_large_log_is_audited_mark_by_mark(services: Services, instructor: Actor) -> None:
    """More pairs than locks.MAX_MARK_KEYS (the whole-table lock on PostgreSQL)."""
    group = make_group(services, "BIG-1")
    add_lesson(services, group, DAY, start=time(8, 30), end=time(16, 0))
    lines = []
    for n in range(210):
        badge = f"BIG{n:03d}"
        enrol(services, add_person(services, f"B-{n:03d}", "Test", f"Persoon {n:03d}",
                                   badge=badge), group, date(2026, 9, 1))
        lines.append(f"{badge};2026-11-27T08:{n % 60:02d}")
    log = "\n".join(lines).encode()
    before = _last_sequence(services)
    summary = scanlog_for(services, MORNING).import_scans(instructor, log, "groot.csv")
    events = _events_since(services, before)
    assert len(summary.marked) == len(events) == 210
    assert [e[5] for e in events] == [m.participant for m in summary.marked]
    assert {(e[0], e[4]) for e in events} == {("attendance.mark", "scanlog groot.csv")}
    assert sum(e[6] == "te_laat" for e in events) == sum(
        m.status == "te_laat" for m in summary.marked) > 0
    report = run_check(sessions_of(services), sessions_of(services).head_path())
    assert report.ok, report.as_dict()
