"""The hash-chained audit trail: every change is a link, tampering is found."""

from __future__ import annotations

import itertools
import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import delete, select, update

from bvmdesk.db.models import AuditEvent
from bvmdesk.db.triggers import drop_fact_triggers
from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import ParticipantData
from bvmdesk.services import audit
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.db.support import INSTRUCTOR

# Set-up databases on both backends (shared with tests/db).
site_location = support.site_location
services = support.services
cheap_argon2 = support.cheap_argon2
pytestmark = pytest.mark.usefixtures("cheap_argon2")
admin = support.admin

NEW = ParticipantData(number="", first_names="Mohamed", prefix="el", last_name="Amrani",
                      birth_date=date(2007, 4, 2), type="BBL")


def _events(services: Services) -> list[tuple[int, str, str, str | None, str]]:
    with sessions_of(services).read() as s:
        return [(e.sequence, e.actor, e.action, e.entity_id, e.previous_hash)
                for e in s.scalars(select(AuditEvent).order_by(AuditEvent.sequence))]


def _problems(services: Services) -> list[str]:
    with sessions_of(services).read() as s:
        return [p.message for p in audit.verify_chain(s)]


def test_setting_up_a_site_starts_the_chain(services: Services) -> None:
    events = _events(services)
    assert [e[2] for e in events] == ["user.add", "site.setup", "user.add"]
    assert events[0][4] == audit.GENESIS
    assert _problems(services) == []


def test_every_account_and_participant_change_appends_a_link(services: Services,
                                                             admin: Actor) -> None:
    start = len(_events(services))
    user = services.accounts.add_user(admin, "jan.smit", Role.INSTRUCTOR, "ijzer en vuur")
    services.accounts.set_password(admin, "jan.smit", "staal en vonken")
    services.accounts.set_active(admin, "jan.smit", False)
    made = services.participants.create(admin, NEW, date(2026, 9, 15))
    services.participants.update(admin, made.id, replace(made.data, email="m@example.nl"),
                                 date(2026, 9, 15))
    events = _events(services)[start:]
    assert [(actor, action, entity) for _, actor, action, entity, _ in events] == [
        ("beheer", "user.add", str(user.id)),
        ("beheer", "user.password", str(user.id)),
        ("beheer", "user.active", str(user.id)),
        ("beheer", "participant.create", str(made.id)),
        ("beheer", "participant.update", str(made.id)),
    ]
    with sessions_of(services).read() as s:
        rows = list(s.scalars(select(AuditEvent).order_by(AuditEvent.sequence)))
        assert all(b.previous_hash == a.hash for a, b in itertools.pairwise(rows))
        update_event = rows[-1]
        assert update_event.digest_before and update_event.digest_after
        assert update_event.digest_before != update_event.digest_after
        # The password itself never reaches the trail.
        assert all("staal" not in (e.detail or "") for e in rows)
    assert _problems(services) == []
    assert services.maintenance.check().ok


def test_a_changed_event_is_found_by_check(services: Services, admin: Actor) -> None:
    services.accounts.set_active(admin, INSTRUCTOR, False)
    with sessions_of(services).write("aanvaller") as s:
        drop_fact_triggers(s.connection())  # the database refuses it otherwise
        s.execute(update(AuditEvent).where(AuditEvent.action == "user.active")
                  .values(actor="iemand anders"))
    report = services.maintenance.check()
    assert not report.ok
    assert len(report.audit_chain) == 1
    assert "inhoud gewijzigd na vastleggen" in report.audit_chain[0]


def test_a_removed_event_is_found_by_check(services: Services) -> None:
    with sessions_of(services).write("aanvaller") as s:
        drop_fact_triggers(s.connection())  # the database refuses it otherwise
        s.execute(delete(AuditEvent).where(AuditEvent.action == "site.setup"))
    report = services.maintenance.check()
    assert not report.ok
    assert "gebeurtenissen 2 tot 3 ontbreken" in report.audit_chain[0]
    assert any("verwijst niet naar de vorige" in p for p in report.audit_chain)


def test_concurrent_writers_keep_one_chain(services: Services) -> None:
    """Two units of work that both append, overlapping in time, must not fork the chain."""
    first_appended = threading.Event()
    errors: list[BaseException] = []

    def second() -> None:
        try:
            first_appended.wait(5)
            with sessions_of(services).write("tweede") as s:
                audit.record(s, "tweede", "test.second", "test", None)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    with sessions_of(services).write("eerste") as s:
        audit.record(s, "eerste", "test.first", "test", None)
        first_appended.set()
        thread.join(0.5)  # the second writer is running meanwhile
    thread.join(10)
    assert errors == []
    assert [e[2] for e in _events(services)][-2:] == ["test.first", "test.second"]
    assert _problems(services) == []
