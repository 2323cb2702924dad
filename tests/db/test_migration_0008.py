"""Migration 0008 (sign-offs): down and up again on a database with a row in every sign-off
table; an approval written before 0008 gets its writer as `recorded_by`."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from bvmdesk.db.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade
from bvmdesk.db.triggers import installed_fact_triggers, missing_fact_triggers
from bvmdesk.services.container import Services, sessions_of
from tests.db.facts import write_fact_rows


def test_down_to_0007_and_up_again_keeps_the_rows(services: Services) -> None:
    rows = write_fact_rows(services)
    engine = sessions_of(services).engine
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":  # as db.migrate does: tables are rebuilt
            conn.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys=OFF")
        command.downgrade(alembic_config(conn), "0007")
        conn.commit()
        if engine.dialect.name == "sqlite":
            conn.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys=ON")
    with engine.connect() as conn:
        assert "signoff_cards" not in inspect(conn).get_table_names()
        columns = {c["name"] for c in inspect(conn).get_columns("hours_approvals")}
        assert "recorded_by" not in columns and "withdraws_id" not in columns
        assert not {"pin_failures", "pin_locked_until"} & {
            c["name"] for c in inspect(conn).get_columns("workplace_trainers")}
        assert installed_fact_triggers(conn)  # 0007's downgrade installs them again
    upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        approval = conn.execute(text("SELECT recorded_by, created_by, imported FROM "
                                     "hours_approvals")).one()
        assert approval.recorded_by == approval.created_by == "test"
        assert not approval.imported
        signoff = conn.execute(text("SELECT remark, card_id, imported FROM signoffs")).one()
        assert tuple(signoff) == (None, None, False)
        assert conn.execute(text("SELECT pin_failures, pin_locked_until FROM "
                                 "workplace_trainers")).one() == (0, None)
        hours = conn.execute(text("SELECT id FROM placement_hours")).scalar()
        assert str(hours).replace("-", "") == str(rows.keys["placement_hours"]).replace("-", "")
        assert missing_fact_triggers(conn) == []


def test_hours_in_quarters_are_refused_by_the_database(services: Services) -> None:
    write_fact_rows(services)
    engine = sessions_of(services).engine
    with engine.connect() as conn:
        row = conn.execute(text("SELECT enrolment_id, site_id FROM placement_hours")).one()
    def insert(minutes: int) -> None:
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO placement_hours (id, enrolment_id, iso_year, iso_week, "
                "minutes, entered_by, created_at, updated_at, created_by, updated_by, "
                "hlc, site_id) VALUES (:id, :e, 2026, 38, :m, 'x', '2026-09-14', "
                "'2026-09-14', 'x', 'x', '0', :s)"),
                {"id": _new_key(engine), "e": row.enrolment_id, "m": minutes,
                 "s": row.site_id})

    for minutes in (15, -30, 10110):
        with pytest.raises(IntegrityError) as refused:
            insert(minutes)
        message = str(refused.value.orig)
        assert "ck_placement_hours_minutes" in message, message
    insert(10080)  # the same statement with a whole week of half hours passes


def _new_key(engine: Engine) -> object:
    key = uuid.uuid4()
    return key.hex if engine.dialect.name == "sqlite" else key
