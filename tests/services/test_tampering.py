"""`check` against an attacker with write access to the database file or server.

Each kind of tampering is done the way a person with the file would: raw SQL through the
driver, with the fact triggers dropped first where they would refuse it. `check` must fail
(exit 3 on the command line) and name the first bad event or row.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from typing import Any

from sqlalchemy import func, select

from bvmdesk.db.head import head_path, read_head
from bvmdesk.db.models import AttendanceMark, AuditEvent
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.cli.conftest import cli as cli_fixture
from tests.db import support
from tests.services.test_attendance_world import add_lesson, add_person, at, enrol, make_group

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor
cheap_argon2 = support.cheap_argon2
cli = cli_fixture

DAY = date(2026, 9, 8)


@contextmanager
def _attacker(services: Services, table: str | None = None) -> Iterator[Any]:
    """A raw driver cursor, with the user triggers of `table` out of the way."""
    engine = sessions_of(services).engine
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        sqlite = engine.dialect.name == "sqlite"
        if table is not None:
            if sqlite:
                cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                               "AND tbl_name = ?", (table,))
                for (name,) in cursor.fetchall():
                    cursor.execute(f'DROP TRIGGER "{name}"')
            else:
                cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        yield cursor
        if not sqlite and table is not None:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        raw.commit()
    finally:
        raw.close()


def _p(services: Services) -> str:
    return "?" if sessions_of(services).engine.dialect.name == "sqlite" else "%s"


def _id(services: Services, value: uuid.UUID) -> str:
    return value.hex if sessions_of(services).engine.dialect.name == "sqlite" else str(value)


def _marks(services: Services, instructor: Actor) -> list[uuid.UUID]:
    # taught by the instructor who marks (the command line has no account and sees all)
    group = make_group(services, "LAS-1",
                       instructor=instructor.name if instructor.user_id else None)
    lesson = add_lesson(services, group, DAY)
    service = AttendanceService(sessions_of(services), now=lambda: at(DAY, 9))
    ids = []
    for n, status in enumerate(("aanwezig", "ziek", "ongeoorloofd")):
        person = add_person(services, f"H-00{n}", "Test", f"Persoon {n}")
        enrol(services, person, group, date(2026, 8, 31))
        change = service.set_mark(instructor, lesson, person, status)
        ids.append(change.current.id)
    service.set_mark(instructor, lesson, person, "te_laat", arrival=time(9, 0))
    return ids


def _first(services: Services) -> dict[str, Any]:
    report = services.maintenance.check()
    assert not report.ok
    return report.problems[0].as_dict()


def test_a_sound_database_passes_and_its_head_file_matches(services: Services,
                                                          instructor: Actor) -> None:
    _marks(services, instructor)
    report = services.maintenance.check()
    assert report.ok and report.problems == []
    path = head_path(sessions_of(services).engine)
    assert path is not None
    head = read_head(path)
    with sessions_of(services).read() as s:
        last = s.execute(select(AuditEvent.sequence, AuditEvent.hash)
                         .order_by(AuditEvent.sequence.desc()).limit(1)).one()
    assert head is not None and (head.sequence, head.hash) == (last[0], last[1])
    assert path.stat().st_mode & 0o777 == 0o600


def test_an_edited_mark_is_named(services: Services, instructor: Actor) -> None:
    ids = _marks(services, instructor)
    with _attacker(services, "attendance_marks") as cur:
        cur.execute(f"UPDATE attendance_marks SET status = 'aanwezig' WHERE id = {_p(services)}",
                    (_id(services, ids[2]),))
    problem = _first(services)
    assert problem == {"kind": "fact", "table": "attendance_marks", "id": str(ids[2]),
                       "detail": problem["detail"]}
    assert "wijkt af" in problem["detail"]


def test_a_deleted_mark_is_named(services: Services, instructor: Actor) -> None:
    ids = _marks(services, instructor)
    with _attacker(services, "attendance_marks") as cur:
        cur.execute(f"DELETE FROM attendance_marks WHERE id = {_p(services)}",
                    (_id(services, ids[1]),))
    problem = _first(services)
    assert (problem["kind"], problem["table"], problem["id"]) == (
        "fact", "attendance_marks", str(ids[1]))
    assert "ontbreekt" in problem["detail"]


def test_a_mark_added_behind_the_apps_back_is_named(services: Services,
                                                    instructor: Actor) -> None:
    ids = _marks(services, instructor)
    forged = uuid.uuid4()
    with _attacker(services) as cur:
        p = _p(services)
        cur.execute(
            "INSERT INTO attendance_marks (id, site_id, created_at, updated_at, created_by, "
            "updated_by, hlc, lesson_id, participant_id, status, recorded_by, recorded_at) "
            f"SELECT {p}, site_id, created_at, updated_at, created_by, updated_by, hlc, "
            f"lesson_id, participant_id, 'aanwezig', recorded_by, recorded_at "
            f"FROM attendance_marks WHERE id = {p}",
            (_id(services, forged), _id(services, ids[0])))
    problem = _first(services)
    assert (problem["kind"], problem["id"]) == ("fact", str(forged))
    assert "geen audit-gebeurtenis" in problem["detail"]


def test_events_cut_off_the_tail_show_through_the_head_file(services: Services,
                                                            instructor: Actor) -> None:
    _marks(services, instructor)
    with sessions_of(services).read() as s:
        last = s.scalar(select(func.max(AuditEvent.sequence)))
    assert last is not None
    with _attacker(services, "audit_events") as cur:
        cur.execute(f"DELETE FROM audit_events WHERE sequence > {_p(services)}", (last - 2,))
    problems = services.maintenance.check().problems
    kinds = {p.kind for p in problems}
    assert "head" in kinds
    head = next(p for p in problems if p.kind == "head")
    assert head.id == str(last) and "verwijderd" in head.detail


def test_a_rewritten_chain_contradicts_the_head_file(services: Services,
                                                     instructor: Actor) -> None:
    """The attacker deletes the last event and writes a new, well-linked one in its place."""
    _marks(services, instructor)
    with sessions_of(services).read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
        assert last is not None
        sequence, previous, at_, entity = (last.sequence, last.previous_hash, last.at,
                                           last.entity_id)
    from bvmdesk.db.audit import link_hash

    forged = link_hash(previous, at_, "aanvaller", "attendance.mark", "attendance_marks",
                       entity, None, "0" * 64, None)
    with _attacker(services, "audit_events") as cur:
        p = _p(services)
        cur.execute(f"DELETE FROM audit_events WHERE sequence = {p}", (sequence,))
        cur.execute("INSERT INTO audit_events (sequence, at, actor, action, entity_type, "
                    "entity_id, digest_before, digest_after, detail, previous_hash, hash) "
                    f"VALUES ({p}, {p}, 'aanvaller', 'attendance.mark', 'attendance_marks', "
                    f"{p}, NULL, {p}, NULL, {p}, {p})",
                    (sequence, at_ if sessions_of(services).engine.dialect.name != "sqlite"
                     else at_.isoformat(sep=" "), entity, "0" * 64, previous, forged))
    problems = services.maintenance.check().problems
    head = [p for p in problems if p.kind == "head"]
    assert head and head[0].id == str(sequence) and "verschilt" in head[0].detail
    assert not [p for p in problems if p.kind == "chain"]  # the links themselves hold


def test_an_edited_event_is_named(services: Services, instructor: Actor) -> None:
    _marks(services, instructor)
    with _attacker(services, "audit_events") as cur:
        cur.execute("UPDATE audit_events SET actor = 'iemand anders' WHERE sequence = 2")
    problem = _first(services)
    assert problem == {"kind": "chain", "table": "audit_events", "id": "2",
                       "detail": "inhoud gewijzigd na vastleggen"}


def test_a_database_without_its_head_file_warns_but_passes(services: Services,
                                                           instructor: Actor) -> None:
    _marks(services, instructor)
    path = head_path(sessions_of(services).engine)
    assert path is not None and path.exists()
    path.unlink()
    report = services.maintenance.check()
    assert report.ok and report.warnings and "kopbestand" in report.warnings[0]
    # The next write writes it again.
    services.accounts.set_active(Actor.cli(), support.INSTRUCTOR, False)
    assert read_head(path) is not None


def test_a_damaged_head_file_is_a_problem(services: Services, instructor: Actor) -> None:
    _marks(services, instructor)
    path = head_path(sessions_of(services).engine)
    assert path is not None
    path.write_text("geen kop", encoding="utf-8")
    problem = _first(services)
    assert problem["kind"] == "head" and "beschadigd" in problem["detail"]


def test_check_json_names_the_first_bad_row(sqlite_location: str, cli: Any) -> None:
    assert cli("--db", sqlite_location, "init", "--site-code", "ZWL", "--site-name", "Zwolle",
               "--admin", "beheer", "--password-stdin",
               stdin="een lang wachtwoord\n").code == 0
    services = open_services(sqlite_location)
    try:
        instructor = Actor.cli()
        ids = _marks(services, instructor)
    finally:
        services.close()
    conn = sqlite3.connect(sqlite_location)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'attendance_marks'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE attendance_marks SET note = 'weg' WHERE id = ?", (ids[0].hex,))
        conn.commit()
    finally:
        conn.close()
    result = cli("--db", sqlite_location, "check", "--json")
    assert result.code == 3
    import json

    report = json.loads(result.out)
    assert report["ok"] is False
    assert report["problems"][0] == {"kind": "fact", "table": "attendance_marks",
                                     "id": str(ids[0]),
                                     "detail": report["problems"][0]["detail"]}
    assert hashlib.sha256(result.out.encode()).hexdigest()  # one JSON document


def test_every_imported_and_written_row_has_its_own_event(services: Services,
                                                          instructor: Actor) -> None:
    _marks(services, instructor)
    with sessions_of(services).read() as s:
        marks = s.scalar(select(func.count()).select_from(AttendanceMark))
        events = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_type == "attendance_marks"))
    assert marks == 4 and events == 4
