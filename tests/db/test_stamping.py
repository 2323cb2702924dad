"""The one write path: stamps, the HLC seeded from stored rows, bulk digests, the head file."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import Table, func, select

from bvmdesk.db.audit import Chain, content_columns, row_digest
from bvmdesk.db.head import ChainHead, read_head, write_head
from bvmdesk.db.models import AttendanceMark, AuditEvent, Participant
from bvmdesk.db.session import Sessions
from bvmdesk.domain.clock import Clock, to_local, to_utc
from bvmdesk.domain.hlc import HybridLogicalClock, decode
from bvmdesk.services.container import Services, sessions_of
from tests.db import support

site_location = support.site_location
services = support.services

YEAR_3000_MS = 32_503_680_000_000


def test_the_hlc_never_stamps_below_a_stored_row(services: Services) -> None:
    """A PC whose clock ran ahead wrote rows; after the clock is set back, new rows still
    sort after them because the clock is seeded from the highest stored stamp."""
    engine = sessions_of(services).engine
    ahead = Sessions(engine, hlc=HybridLogicalClock(lambda: YEAR_3000_MS))
    with ahead.write("pc-voor") as s:
        support.add_participant(s, "H-900", "Toekomst", "Klok")
    back = Sessions(engine, hlc=HybridLogicalClock(lambda: 1_000))  # 1970
    with back.write("pc-terug") as s:
        support.add_participant(s, "H-901", "Terug", "Gezet")
    with back.read() as s:
        stamps = dict(s.execute(select(Participant.number, Participant.hlc)).all())
    assert decode(stamps["H-900"])[0] == YEAR_3000_MS
    assert stamps["H-901"] > stamps["H-900"]


def test_stored_moments_are_utc_and_the_clock_gives_amsterdam_today() -> None:
    winter = Clock(lambda: datetime(2026, 12, 1, 23, 30, tzinfo=UTC))
    assert winter.today() == date(2026, 12, 2)  # 00:30 in Amsterdam
    assert winter.utcnow() == datetime(2026, 12, 1, 23, 30)
    assert winter.local_now() == datetime(2026, 12, 2, 0, 30)
    summer = Clock(lambda: datetime(2026, 6, 1, 6, 0, tzinfo=UTC))
    assert summer.local_now() == datetime(2026, 6, 1, 8, 0)
    fixed = Clock(lambda: datetime(2026, 12, 3, 7, 10, tzinfo=UTC), today=date(2026, 9, 8))
    assert fixed.today() == date(2026, 9, 8)
    assert fixed.local_now() == datetime(2026, 9, 8, 8, 10)  # the time of day is kept
    assert fixed.now().tzinfo is not None
    assert to_utc(datetime(2026, 9, 8, 8, 30)) == datetime(2026, 9, 8, 6, 30)
    assert to_local(datetime(2026, 12, 1, 7, 30)) == datetime(2026, 12, 1, 8, 30)


def test_the_session_stamps_utc_from_the_injected_clock(services: Services) -> None:
    clock = Clock(lambda: datetime(2026, 3, 29, 1, 30, tzinfo=UTC))  # 03:30 CEST
    sessions = Sessions(sessions_of(services).engine, clock)
    with sessions.write("klok") as s:
        person = support.add_participant(s, "H-902", "Op", "Tijd")
        person_id = person.id
    with sessions.read() as s:
        stored = s.get(Participant, person_id)
        assert stored is not None
        assert stored.created_at == datetime(2026, 3, 29, 1, 30)


def test_bulk_digests_equal_the_digest_of_the_stored_row(services: Services) -> None:
    """The import's fast per-row digest and `check`'s digest of the row read back agree,
    for every kind of value a mark holds (None, uuid, date/time, text with accents)."""
    table: Table = AttendanceMark.__table__  # type: ignore[assignment]
    world = support.build_lesson_world(services)
    site_id = world.site_id
    keys = ("id", "site_id", "created_at", "updated_at", "created_by", "updated_by", "hlc",
            "lesson_id", "participant_id", "status", "arrival_time", "departure_time",
            "note", "recorded_by", "recorded_at", "supersedes_id", "reason")
    now = datetime(2026, 9, 8, 6, 30, 12, 345678)
    rows = [(uuid.uuid4(), site_id, now, now, "cli:ik", "cli:ik", f"{n:015d}.00000",
             world.lesson_id, world.participant_id,
             status, arrival, None, note, "cli:ik", now, None, None)
            for n, (status, arrival, note) in enumerate([
                ("aanwezig", None, None), ("te_laat", time(8, 47), "bus te laat – ’t regende"),
                (None, None, "ingetrokken"), ("ziek", None, "Zoë belde")])]
    with sessions_of(services).write("cli:ik") as s:
        s.execute(table.insert(), [dict(zip(keys, row, strict=True)) for row in rows])
        Chain.of(s).append_rows(now, "cli:ik", "import.insert", table, keys, rows)
    with sessions_of(services).read() as s:
        stored = {r["id"]: r for r in s.execute(select(table)).mappings()}
        events = dict(s.execute(select(AuditEvent.entity_id, AuditEvent.digest_after)
                                .where(AuditEvent.action == "import.insert")).all())
    for row in rows:
        assert events[str(row[0])] == row_digest(stored[row[0]], content_columns(table))
    assert services.maintenance.check().ok


def test_every_write_leaves_the_head_in_the_head_file(services: Services) -> None:
    path = sessions_of(services).head_path()
    assert path is not None
    with sessions_of(services).write("test") as s:
        support.add_participant(s, "H-903", "Kop", "Bestand")
    with sessions_of(services).read() as s:
        last = s.execute(select(AuditEvent.sequence, AuditEvent.hash)
                         .order_by(AuditEvent.sequence.desc()).limit(1)).one()
        count = s.scalar(select(func.count()).select_from(AuditEvent))
    assert read_head(path) == ChainHead(last[0], last[1]) and count == last[0]


def test_the_head_file_only_moves_forward(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite.head"
    assert write_head(path, ChainHead(5, "a" * 64))
    assert not write_head(path, ChainHead(4, "b" * 64))  # another process wrote a later one
    assert read_head(path) == ChainHead(5, "a" * 64)
    assert write_head(path, ChainHead(6, "c" * 64))
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_head_file_half_written_by_a_killed_process_is_cleared_later(tmp_path: Path) -> None:
    import os

    from bvmdesk.db.head import remove_stale_temp_files

    path = tmp_path / "x.sqlite.head"
    old, fresh = tmp_path / "x.sqlite.head.123.tmp", tmp_path / "x.sqlite.head.456.tmp"
    old.write_text("{")
    fresh.write_text("{")
    os.utime(old, (1_000_000, 1_000_000))
    assert remove_stale_temp_files(path) == 1
    assert not old.exists() and fresh.exists()  # another process may be writing that one
