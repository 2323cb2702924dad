"""`check`: integrity, foreign keys and the audit chain."""

from __future__ import annotations

import sqlite3
import uuid

from bvmdesk.services.container import Services, open_services
from bvmdesk.services.maintenance import Problem
from tests.db import support

# Set-up databases on both backends (shared with tests/db).
site_location = support.site_location
services = support.services


def test_a_healthy_database_passes(services: Services) -> None:
    report = services.maintenance.check()
    assert report.problems == []
    assert report.ok
    assert services.maintenance.quick_check() == []


def test_an_empty_database_passes(db_location: str) -> None:
    opened = open_services(db_location, create=True)
    try:
        assert opened.maintenance.check().ok
    finally:
        opened.close()


def test_an_orphan_row_in_sqlite_is_reported(site_location: str) -> None:
    if "://" in site_location:
        return  # PostgreSQL cannot hold an orphan: its foreign keys are never off
    conn = sqlite3.connect(site_location)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO local_settings (key, value) VALUES ('x', 'y')")
        conn.execute(
            "INSERT INTO number_sequences (site_id, kind, last_value) VALUES (?, 'x', 1)",
            (uuid.uuid4().hex,))
        conn.commit()
    finally:
        conn.close()
    opened = open_services(site_location)
    try:
        report = opened.maintenance.check()
    finally:
        opened.close()
    assert report.problems == [Problem("foreign_key", "number_sequences", "1",
                                       "rij 1 verwijst naar een ontbrekende sites")]
    assert not report.ok and report.integrity == [] and report.audit_chain == []
