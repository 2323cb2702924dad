"""The database refuses UPDATE, DELETE and TRUNCATE of facts, whoever sends the SQL
(db/triggers.py): SQLAlchemy, the sqlite3 module, psycopg. Every test runs on both backends."""

from __future__ import annotations

import re
import sqlite3
import uuid
from datetime import date, datetime
from typing import Any

import psycopg
import pytest
from alembic import command
from sqlalchemy import Integer, Uuid, bindparam, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from bvmdesk.db.base import Fact
from bvmdesk.db.engine import make_engine
from bvmdesk.db.migrate import MigrationError, alembic_config, current_revision, upgrade
from bvmdesk.db.models import AttendanceMark, Base, Certificate, Rating
from bvmdesk.db.triggers import (
    Update,
    drop_fact_triggers,
    fact_rules,
    install_fact_triggers,
    installed_fact_triggers,
    missing_fact_triggers,
    trigger_names,
)
from bvmdesk.services.absences import AbsenceService
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from tests.db.facts import FactRows, write_fact_rows
from tests.db.support import build_lesson_world

RULES = {rule.table: rule for rule in fact_rules()}
# (table, column): a row is superseded or withdrawn at most once.
ONCE = [("assessments", "supersedes_id"), ("attendance_marks", "supersedes_id"),
        ("certificates", "supersedes_id"), ("placement_hours", "supersedes_id"),
        ("signoffs", "withdraws_id")]


@pytest.fixture
def facts(services: Services) -> FactRows:
    return write_fact_rows(services)


def _backend(services: Services) -> str:
    return sessions_of(services).engine.dialect.name


def _key_column(table: str) -> str:
    return "sequence" if table == "audit_events" else "id"


def _row(services: Services, table: str, key: object) -> tuple[Any, ...] | None:
    t = Base.metadata.tables[table]
    with sessions_of(services).read() as s:
        row = s.execute(select(t).where(t.c[_key_column(table)] == key)).first()
        return tuple(row) if row is not None else None


def _statements(table: str) -> dict[str, str]:
    """A raw UPDATE of a column no rule lets change, and a raw DELETE, of one row."""
    column = "actor" if table == "audit_events" else "created_by"
    key = _key_column(table)
    return {"update": f"UPDATE {table} SET {column} = 'aanvaller' WHERE {key} = :k",
            "delete": f"DELETE FROM {table} WHERE {key} = :k"}


def _through_sqlalchemy(services: Services, sql: str, key: object) -> None:
    param = bindparam("k", key, type_=Uuid() if isinstance(key, uuid.UUID) else Integer())
    with sessions_of(services).write("aanvaller") as s:
        s.execute(text(sql).bindparams(param))


def _through_the_driver(services: Services, location: str, sql: str, key: object) -> None:
    """The statement sent by the DB-API driver itself, committed when it succeeds."""
    if _backend(services) == "sqlite":
        conn = sqlite3.connect(location, isolation_level=None)  # autocommit
        try:
            value = key.hex if isinstance(key, uuid.UUID) else key
            conn.execute(sql.replace(":k", "?"), (value,))
        finally:
            conn.close()
        return
    raw = sessions_of(services).engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute(sql.replace(":k", "%s"), (key,))
            raw.commit()
        finally:
            raw.rollback()
    finally:
        raw.close()


def _driver_error(services: Services) -> type[Exception]:
    return sqlite3.IntegrityError if _backend(services) == "sqlite" \
        else psycopg.errors.RestrictViolation


def test_every_fact_table_has_a_rule_and_a_case(services: Services, facts: FactRows) -> None:
    fact_tables = {m.persist_selectable.description for m in Base.registry.mappers
                   if issubclass(m.class_, Fact)}
    assert fact_tables | {"planned_absences", "verzuim_handovers", "audit_events"} \
        == set(RULES) == set(facts.keys)
    assert {t for t, r in RULES.items() if not r.purgeable} == {"audit_events"}


@pytest.mark.parametrize("table", sorted(RULES))
def test_raw_update_and_delete_are_refused(services: Services, site_location: str,
                                           facts: FactRows, table: str) -> None:
    rule, key = RULES[table], facts.keys[table]
    before = _row(services, table, key)
    assert before is not None
    for operation, sql in _statements(table).items():
        message = rule.update_message if operation == "update" else rule.delete_message
        assert table in message
        with pytest.raises(IntegrityError, match=re.escape(message)):
            _through_sqlalchemy(services, sql, key)
        assert _row(services, table, key) == before
        with pytest.raises(_driver_error(services), match=re.escape(message)):
            _through_the_driver(services, site_location, sql, key)
        assert _row(services, table, key) == before


@pytest.mark.postgres
@pytest.mark.parametrize("site_location", ["postgresql"], indirect=True)
@pytest.mark.parametrize("table", [*sorted(RULES), "participants"])
def test_truncate_is_refused_on_postgresql(services: Services, facts: FactRows,
                                           table: str) -> None:
    """(SQLite has no TRUNCATE: its DELETE without WHERE meets the DELETE triggers.)"""
    counts = {t: _count(services, t) for t in RULES}
    # CASCADE: also the tables that reference it (for participants: every fact about one).
    with pytest.raises(IntegrityError, match=r"wordt nooit verwijderd \(TRUNCATE\)"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(text(f"TRUNCATE {table} CASCADE"))
    assert {t: _count(services, t) for t in RULES} == counts


def _count(services: Services, table: str) -> int:
    with sessions_of(services).read() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


@pytest.mark.parametrize("site_location", ["sqlite"], indirect=True)
def test_insert_or_replace_cannot_replace_a_fact(services: Services, facts: FactRows) -> None:
    """SQLite's REPLACE deletes the old row; with recursive triggers (set on every connection
    by db.engine) that delete meets the fact trigger. (PostgreSQL has no REPLACE; its
    ON CONFLICT DO UPDATE is an UPDATE: the next test.)"""
    t = Base.metadata.tables["attendance_marks"]
    key = facts.keys["attendance_marks"]
    before = _row(services, "attendance_marks", key)
    with sessions_of(services).read() as s:
        row = dict(s.execute(select(t).where(t.c.id == key)).one()._mapping)
    with pytest.raises(IntegrityError, match="attendance_marks wordt nooit"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(insert(t).prefix_with("OR REPLACE").values(row | {"note": "anders"}))
    assert _row(services, "attendance_marks", key) == before


def test_on_conflict_do_update_cannot_change_a_fact(services: Services,
                                                    facts: FactRows) -> None:
    key = facts.keys["attendance_marks"]
    before = _row(services, "attendance_marks", key)
    t = Base.metadata.tables["attendance_marks"]
    with sessions_of(services).read() as s:
        row = dict(s.execute(select(t).where(t.c.id == key)).one()._mapping)
    if _backend(services) == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as upsert
    else:
        from sqlalchemy.dialects.postgresql import insert as upsert  # type: ignore[assignment]
    statement = upsert(t).values(row).on_conflict_do_update(index_elements=["id"],
                                                            set_={"note": "anders"})
    with pytest.raises(IntegrityError, match="attendance_marks wordt nooit"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(statement)
    assert _row(services, "attendance_marks", key) == before


# --- what may still change ----------------------------------------------------------------
def test_a_certificate_changes_only_its_status(services: Services, facts: FactRows) -> None:
    key = facts.keys["certificates"]
    now = datetime(2026, 10, 1, 12, 0)
    with sessions_of(services).write("beheer") as s:
        s.execute(text(
            "UPDATE certificates SET status = 'revoked', revocation_reason = 'verkeerde naam', "
            "revoked_at = :now, revoked_by = 'beheer', updated_at = :now, updated_by = 'beheer',"
            " hlc = 'x' WHERE id = :k").bindparams(bindparam("k", key, type_=Uuid()),
                                                   now=now))
    with sessions_of(services).write("beheer") as s:  # the ORM, as a service would
        certificate = s.get(Certificate, key)
        assert certificate is not None
        certificate.status = "superseded"
    with sessions_of(services).read() as s:
        stored = s.get(Certificate, key)
        assert stored is not None
        assert (stored.status, stored.revocation_reason, stored.revoked_by) == (
            "superseded", "verkeerde naam", "beheer")
        assert (stored.number, stored.pdf, stored.snapshot) == (
            "ZWL-2026-00001", b"%PDF-1.7", {"naam": "Çağan"})
    before = _row(services, "certificates", key)
    for change in ("status = 'valid', number = 'ZWL-2026-00002'", "pdf = pdf || pdf",
                   "snapshot = '{\"naam\": \"Jan\"}'", "expires_on = '2030-01-01'"):
        with pytest.raises(IntegrityError, match="certificates wordt nooit gewijzigd"), \
                sessions_of(services).write("aanvaller") as s:
            s.execute(text(f"UPDATE certificates SET {change} WHERE id = :k")
                      .bindparams(bindparam("k", key, type_=Uuid())))
        assert _row(services, "certificates", key) == before


def test_an_absence_is_only_withdrawn_once(services: Services, instructor: Actor,
                                           facts: FactRows) -> None:
    absences = AbsenceService(sessions_of(services), today=lambda: date(2026, 9, 1))
    made = absences.record(instructor, facts.world.participant_id, "ziek", date(2026, 9, 7))
    key = bindparam("k", made.id, type_=Uuid())
    with pytest.raises(IntegrityError, match="planned_absences wordt nooit gewijzigd"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(text("UPDATE planned_absences SET note = 'anders' WHERE id = :k")
                  .bindparams(key))
    absences.withdraw(instructor, made.id)  # the tombstone: allowed, once
    before = _row(services, "planned_absences", made.id)
    assert before is not None
    for change in ("deleted_at = NULL", "deleted_at = '2027-01-01 00:00:00'",
                   "kind = 'geoorloofd'"):
        with pytest.raises(IntegrityError, match="planned_absences wordt nooit gewijzigd"), \
                sessions_of(services).write("aanvaller") as s:
            s.execute(text(f"UPDATE planned_absences SET {change} WHERE id = :k")
                      .bindparams(key))
        assert _row(services, "planned_absences", made.id) == before
    # A tombstone with a changed kind at the same time is no tombstone either.
    other = facts.keys["planned_absences"]
    with pytest.raises(IntegrityError, match="planned_absences"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(text("UPDATE planned_absences SET deleted_at = :now, kind = 'geoorloofd' "
                       "WHERE id = :k").bindparams(bindparam("k", other, type_=Uuid()),
                                                   now=datetime(2026, 9, 2)))


def test_a_handover_changes_its_handed_over_fields_never_whom_or_which_window(
        services: Services, instructor: Actor, facts: FactRows) -> None:
    absences = AbsenceService(sessions_of(services), today=lambda: date(2026, 11, 2))
    pid = facts.world.participant_id
    start, end = date(2026, 10, 5), date(2026, 11, 1)
    absences.hand_over(instructor, pid, start, end, on=date(2026, 11, 2), note="gemaild")
    absences.hand_over(instructor, pid, start, end, note="nogmaals, gebeld")  # in place
    absences.undo_handover(instructor, pid, start)                           # tombstone
    absences.hand_over(instructor, pid, start, end)                          # back again
    t = Base.metadata.tables["verzuim_handovers"]
    with sessions_of(services).read() as s:
        key = s.execute(select(t.c.id).where(t.c.window_start == start)).scalar_one()
    before = _row(services, "verzuim_handovers", key)
    assert before is not None
    for change in ("window_start = '2026-10-12'", "participant_id = :other",
                   "created_by = 'iemand'"):
        with pytest.raises(IntegrityError, match="verzuim_handovers wordt nooit gewijzigd"), \
                sessions_of(services).write("aanvaller") as s:
            statement = text(f"UPDATE verzuim_handovers SET {change} WHERE id = :k")
            binds = [bindparam("k", key, type_=Uuid())]
            if ":other" in change:
                binds.append(bindparam("other", uuid.uuid4(), type_=Uuid()))
            s.execute(statement.bindparams(*binds))
        assert _row(services, "verzuim_handovers", key) == before


def test_a_draft_assessment_and_its_ratings_change_until_final(services: Services,
                                                               facts: FactRows) -> None:
    draft = _draft_assessment(services, facts)
    first, second = facts.criteria
    with sessions_of(services).write("docent") as s:
        ratings = [Rating(assessment_id=draft, criterion_id=c, value="O") for c in (first, second)]
        s.add_all(ratings)
    k = bindparam("k", draft, type_=Uuid())
    with sessions_of(services).write("docent") as s:  # a draft: anything goes
        s.execute(text("UPDATE assessments SET date = '2026-10-06' WHERE id = :k").bindparams(k))
        s.execute(text("UPDATE ratings SET value = 'V' WHERE assessment_id = :k").bindparams(k))
        s.execute(text("DELETE FROM ratings WHERE id = :r").bindparams(
            bindparam("r", ratings[1].id, type_=Uuid())))
        s.execute(text("UPDATE assessments SET status = 'final' WHERE id = :k").bindparams(k))
    before = (_row(services, "assessments", draft), _row(services, "ratings", ratings[0].id))
    assert _row(services, "ratings", ratings[1].id) is None
    with sessions_of(services).read() as s:
        assert s.execute(text("SELECT status, date FROM assessments WHERE id = :k")
                         .bindparams(k)).one() in {("final", date(2026, 10, 6)),
                                                   ("final", "2026-10-06")}
    refused = [
        ("UPDATE assessments SET status = 'draft' WHERE id = :k", "assessments is definitief"),
        ("DELETE FROM assessments WHERE id = :k", "assessments is definitief"),
        ("UPDATE ratings SET value = 'O' WHERE assessment_id = :k", "ratings hoort bij"),
        ("DELETE FROM ratings WHERE assessment_id = :k", "ratings hoort bij"),
    ]
    for sql, message in refused:
        with pytest.raises(IntegrityError, match=message), \
                sessions_of(services).write("aanvaller") as s:
            s.execute(text(sql).bindparams(k))
        assert (_row(services, "assessments", draft),
                _row(services, "ratings", ratings[0].id)) == before


def test_a_rating_cannot_move_into_a_final_assessment(services: Services,
                                                      facts: FactRows) -> None:
    draft = _draft_assessment(services, facts)
    with sessions_of(services).write("docent") as s:
        rating = Rating(assessment_id=draft, criterion_id=facts.criteria[1], value="G")
        s.add(rating)
    with pytest.raises(IntegrityError, match="ratings hoort bij"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(text("UPDATE ratings SET assessment_id = :a WHERE id = :r").bindparams(
            bindparam("a", facts.final_assessment, type_=Uuid()),
            bindparam("r", rating.id, type_=Uuid())))
    assert _row(services, "ratings", rating.id) is not None
    with sessions_of(services).read() as s:
        stored = s.get(Rating, rating.id)
        assert stored is not None and stored.assessment_id == draft


def _draft_assessment(services: Services, facts: FactRows, code: str = "BO-DRAFT") -> uuid.UUID:
    row = _copy(services, "assessments", facts.final_assessment, status="draft",
                code=code, finalised_at=None)
    with sessions_of(services).write("docent") as s:
        s.execute(insert(Base.metadata.tables["assessments"]).values(row))
    key = row["id"]
    assert isinstance(key, uuid.UUID)
    return key


def _copy(services: Services, table: str, key: object, **changes: object) -> dict[str, Any]:
    """Row `key` of `table` as a new row (a new id and hlc, with `changes`)."""
    t = Base.metadata.tables[table]
    with sessions_of(services).read() as s:
        row = dict(s.execute(select(t).where(t.c.id == key)).one()._mapping)
    return row | {"id": uuid.uuid4(), "hlc": f"copy-{uuid.uuid4().hex[:8]}"} | changes


def _insert_row(services: Services, table: str, row: dict[str, Any]) -> None:
    with sessions_of(services).write("aanvaller") as s:
        s.execute(insert(Base.metadata.tables[table]).values(row))


def test_nothing_is_added_to_a_final_assessment(services: Services, site_location: str,
                                                facts: FactRows) -> None:
    """Criterion 2 has no rating yet: only the trigger refuses one for the final
    assessment, also sent by the driver itself; a draft takes it."""
    final = facts.final_assessment
    rating = _copy(services, "ratings", facts.keys["ratings"], criterion_id=facts.criteria[1])
    photo = _copy(services, "attachments", facts.attachment_id, owner_type="assessment",
                  owner_id=final)
    for table, row in (("ratings", rating), ("attachments", photo)):
        message = RULES[table].insert_message
        assert "hoort bij een definitief record in assessments" in message
        with pytest.raises(IntegrityError, match=re.escape(message)):
            _insert_row(services, table, row)
        assert _row(services, table, row["id"]) is None
    with pytest.raises(_driver_error(services), match="ratings hoort bij"):
        _driver_insert(services, site_location, facts, rating["id"])
    assert _row(services, "ratings", rating["id"]) is None
    draft = _draft_assessment(services, facts)
    _insert_row(services, "ratings", rating | {"assessment_id": draft})
    _insert_row(services, "attachments", photo | {"owner_id": draft})
    # A photo of a sign-off (another owner type) is not the assessments' business.
    _insert_row(services, "attachments", photo | {"id": uuid.uuid4(), "owner_type": "signoff",
                                                  "owner_id": final, "hlc": "copy-x"})


def _driver_insert(services: Services, location: str, facts: FactRows,
                   new_id: uuid.UUID) -> None:
    """A rating of criterion 2 for the final assessment, through the DB-API driver."""
    sql = ("INSERT INTO ratings (id, site_id, created_at, updated_at, created_by, updated_by, "
           "hlc, assessment_id, criterion_id, value) SELECT :n, site_id, created_at, "
           "updated_at, 'x', 'x', 'x', assessment_id, :c, 'O' FROM ratings WHERE id = :k")
    values = (new_id, facts.criteria[1], facts.keys["ratings"])
    if _backend(services) == "sqlite":
        conn = sqlite3.connect(location, isolation_level=None)
        try:
            conn.execute(sql.replace(":n", "?").replace(":c", "?").replace(":k", "?"),
                         tuple(v.hex for v in values if isinstance(v, uuid.UUID)))
        finally:
            conn.close()
        return
    raw = sessions_of(services).engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute(sql.replace(":n", "%s").replace(":c", "%s").replace(":k", "%s"),
                           values)
            raw.commit()
        finally:
            raw.rollback()
    finally:
        raw.close()


def test_a_photo_of_a_draft_assessment_may_be_deleted_never_one_of_a_final(
        services: Services, site_location: str, facts: FactRows) -> None:
    draft, later = _draft_assessment(services, facts), _draft_assessment(services, facts, "BO-2")
    photos = {owner: _copy(services, "attachments", facts.attachment_id,
                           owner_type="assessment", owner_id=owner) for owner in (draft, later)}
    for row in photos.values():
        _insert_row(services, "attachments", row)
    with sessions_of(services).write("docent") as s:  # `later` is made final
        s.execute(text("UPDATE assessments SET status = 'final' WHERE id = :k").bindparams(
            bindparam("k", later, type_=Uuid())))
    message = RULES["attachments"].delete_message
    kept = photos[later]["id"]
    with pytest.raises(IntegrityError, match=re.escape(message)):
        _through_sqlalchemy(services, "DELETE FROM attachments WHERE id = :k", kept)
    with pytest.raises(_driver_error(services), match=re.escape(message)):
        _through_the_driver(services, site_location, "DELETE FROM attachments WHERE id = :k",
                            kept)
    assert _row(services, "attachments", kept) is not None
    # A sign-off's evidence stays too (test_raw_update_and_delete_are_refused); the draft's
    # photo goes, by raw SQL as by the ORM.
    _through_the_driver(services, site_location, "DELETE FROM attachments WHERE id = :k",
                        photos[draft]["id"])
    assert _row(services, "attachments", photos[draft]["id"]) is None
    with pytest.raises(IntegrityError, match=re.escape(RULES["attachments"].update_message)):
        _through_sqlalchemy(services, "UPDATE attachments SET owner_id = id WHERE id = :k",
                            kept)


# --- superseded at most once --------------------------------------------------------------
@pytest.mark.parametrize(("table", "column"), ONCE)
def test_a_row_is_superseded_at_most_once(services: Services, facts: FactRows, table: str,
                                          column: str) -> None:
    key = facts.keys[table]
    t = Base.metadata.tables[table]

    def successor(n: int) -> dict[str, Any]:
        extra: dict[str, Any] = {"number": f"ZWL-2026-0001{n}"} if table == "certificates" else {}
        if table == "assessments":  # a correction: the same code, the next version
            extra = {"version": n + 1}
        return _copy(services, table, key, **{column: key}, **extra)

    with sessions_of(services).write("docent") as s:
        s.execute(insert(t).values(successor(1)))
    with pytest.raises(IntegrityError), sessions_of(services).write("docent") as s:
        s.execute(insert(t).values(successor(2)))
    with sessions_of(services).read() as s:
        assert len(s.execute(select(t.c.id).where(t.c[column] == key)).all()) == 1
    # A chain stays possible: the successor is superseded in its turn.
    with sessions_of(services).read() as s:
        first = s.execute(select(t.c.id).where(t.c[column] == key)).scalar_one()
    with sessions_of(services).write("docent") as s:
        s.execute(insert(t).values(_copy(services, table, key, **{column: first},
                                         **({"number": "ZWL-2026-00013"}
                                            if table == "certificates" else {}),
                                         **({"version": 9} if table == "assessments" else {}))))


# --- installing and migrating ---------------------------------------------------------------
def _expected(dialect: str) -> set[str]:
    return {name for rule in fact_rules() for name in trigger_names(rule, dialect)}


def test_upgrade_head_installs_every_trigger(db_location: str) -> None:
    """Through Alembic itself (not only db.migrate, which reinstalls them anyway): a later
    revision that rebuilds a table must put the triggers back (migrations/env.py)."""
    engine = make_engine(db_location)
    try:
        dialect = engine.dialect.name
        with engine.connect() as conn:
            command.upgrade(alembic_config(conn), "head")
            conn.commit()
        with engine.connect() as conn:
            assert installed_fact_triggers(conn) == _expected(dialect)
            assert missing_fact_triggers(conn) == []
            inserts = len([r for r in RULES.values() if r.insert_owner is not None])
            assert len(_expected(dialect)) == \
                len(RULES) * (3 if dialect == "postgresql" else 2) + inserts
    finally:
        engine.dispose()


def test_install_is_idempotent_and_downgrade_drops_them(db_location: str) -> None:
    engine = make_engine(db_location)
    try:
        upgrade(engine)
        dialect = engine.dialect.name
        with engine.begin() as conn:
            assert sorted(install_fact_triggers(conn)) == sorted(_expected(dialect))
            install_fact_triggers(conn)
            assert installed_fact_triggers(conn) == _expected(dialect)
            drop_fact_triggers(conn)
            assert set(missing_fact_triggers(conn)) == _expected(dialect)
        upgrade(engine)  # at head already: nothing runs, nothing is reinstalled
        with engine.connect() as conn:
            assert installed_fact_triggers(conn) == set()
        with engine.begin() as conn:
            install_fact_triggers(conn)
        with engine.connect() as conn:
            command.downgrade(alembic_config(conn), "0005")
            conn.commit()
        with engine.connect() as conn:
            assert installed_fact_triggers(conn) == set()
            assert "fact_purge_permits" not in inspect(conn).get_table_names()
            if dialect == "postgresql":
                assert conn.execute(text("SELECT count(*) FROM pg_proc "
                                         "WHERE proname LIKE 'bvm_fact_%'")).scalar() == 0
        upgrade(engine)
        with engine.connect() as conn:
            assert installed_fact_triggers(conn) == _expected(dialect)
    finally:
        engine.dispose()


def test_every_rule_is_of_a_known_kind() -> None:
    assert {r.table: r.update for r in fact_rules()} == {
        "assessments": Update.UNTIL_FINAL, "attachments": Update.NEVER,
        "attendance_marks": Update.NEVER, "audit_events": Update.NEVER,
        "certificates": Update.COLUMNS, "eligibility_overrides": Update.COLUMNS,
        "hours_approval_items": Update.NEVER,
        "hours_approvals": Update.NEVER, "placement_hours": Update.NEVER,
        "planned_absences": Update.TOMBSTONE, "ratings": Update.PARENT_FINAL,
        "signoff_cards": Update.NEVER, "signoffs": Update.NEVER,
        "verzuim_handovers": Update.COLUMNS,
    }
    assert RULES["certificates"].mutable == Certificate.mutable_columns


def test_a_database_with_a_double_supersede_is_not_migrated(services: Services) -> None:
    """Made before 0006 (two PCs racing on PostgreSQL): the unique index cannot be made, and
    the upgrade says why, in Dutch, and leaves the database at 0005 with both rows."""
    engine = sessions_of(services).engine
    world = build_lesson_world(services)
    with sessions_of(services).write("docent") as s:
        first = AttendanceMark(lesson_id=world.lesson_id, participant_id=world.participant_id,
                               status="aanwezig", recorded_by="a", recorded_at=datetime.now())
        s.add(first)
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), "0005")
        conn.commit()
    # Raw rows, as an old version wrote them: the app's sessions know today's tables only.
    table = AttendanceMark.__table__
    with engine.begin() as conn:
        row = dict(conn.execute(select(table).where(table.c.id == first.id)).one()._mapping)
        for pc, status in (("pc1", "ziek"), ("pc2", "te_laat")):
            conn.execute(table.insert().values({**row, "id": uuid.uuid4(), "status": status,
                                                "recorded_by": pc, "supersedes_id": first.id}))
    with pytest.raises(MigrationError, match=f"record {first.id} 2 keer vervangen"):
        upgrade(engine)
    assert current_revision(engine) == "0005"
    with engine.connect() as conn:
        assert installed_fact_triggers(conn) == set()
    with sessions_of(services).read() as s:
        assert len(s.scalars(select(AttendanceMark.id)).all()) == 3
