"""The register: correction (supersedes), revocation, expiring certificates, and numbering
without gaps when two PCs issue at once on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from bvmdesk.db.models import Certificate, Participant
from bvmdesk.domain.clock import Clock
from bvmdesk.reports.certificate_model import CertificateDocument
from bvmdesk.services.base import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.db import support
from tests.pg_server import PostgresServer
from tests.services import certificate_support
from tests.services.certificate_support import (
    EVERYONE_OK,
    GROUP,
    TODAY,
    Person,
    certificate_world,
)

site_location = support.site_location
services = certificate_support.services
admin = support.admin
instructor = support.instructor


def test_a_correction_supersedes_the_old(services: Services, admin: Actor,
                                         instructor: Actor) -> None:
    world = certificate_world(services, admin, EVERYONE_OK[:2])
    services.certificates.issue(instructor, GROUP)
    with sessions_of(services).write("test") as s:  # the name was misspelt
        person = s.get(Participant, world.participants["P-C-1"])
        assert person is not None
        person.last_name = "Hek-Jansen"
    new = services.certificates.correct(instructor, "ZWL-2026-00001", language="en")
    assert new.number == "ZWL-2026-00003" and new.supersedes == "ZWL-2026-00001"
    assert (new.name, new.language, new.status) == ("Zoë van 't Hek-Jansen", "en", "valid")
    old = services.certificates.get(instructor, "ZWL-2026-00001")
    assert old.status == "superseded" and old.superseded_by == "ZWL-2026-00003"
    assert old.name == "Zoë van 't Hek"
    with sessions_of(services).read() as s:
        row = s.scalars(select(Certificate).where(Certificate.number == new.number)).one()
        assert CertificateDocument.from_snapshot(row.snapshot).supersedes == "ZWL-2026-00001"
        assert row.enrolment_id == world.enrolments["P-C-1"]
    with pytest.raises(ServiceError, match="al vervangen"):
        services.certificates.correct(instructor, "ZWL-2026-00001")
    with pytest.raises(ServiceError, match="al vervangen"):
        services.certificates.revoke(admin, "ZWL-2026-00001", "fout")
    with pytest.raises(NotFound, match="ZWL-2026-00099 bestaat niet"):
        services.certificates.correct(instructor, "ZWL-2026-00099")
    # The enrolment still has one valid certificate: the new one.
    again = services.certificates.issue(instructor, GROUP, ["P-C-1"])
    assert again.issued == ()
    assert again.skipped[0].reason == "heeft al certificaat ZWL-2026-00003"
    assert [c.number for c in services.certificates.list(instructor, status="superseded")] \
        == ["ZWL-2026-00001"]


def test_revoke_needs_an_admin_and_a_reason(services: Services, admin: Actor,
                                            instructor: Actor) -> None:
    certificate_world(services, admin, EVERYONE_OK[:1])
    number = services.certificates.issue(admin, GROUP).issued[0].number
    with pytest.raises(PermissionDenied):
        services.certificates.revoke(instructor, number, "fraude")
    with pytest.raises(ValidationFailed, match="reden"):
        services.certificates.revoke(admin, number, "  ")
    assert services.certificates.get(admin, number).status == "valid"
    info = services.certificates.revoke(admin, number, "  examen  niet zelf gemaakt ")
    assert (info.status, info.revocation_reason) == ("revoked", "examen niet zelf gemaakt")
    with sessions_of(services).read() as s:
        row = s.scalars(select(Certificate).where(Certificate.number == number)).one()
        assert row.revoked_by == admin.name and row.revoked_at is not None
    with pytest.raises(ServiceError, match="is ingetrokken"):
        services.certificates.revoke(admin, number, "nog eens")
    with pytest.raises(ServiceError, match="is ingetrokken"):
        services.certificates.correct(admin, number)
    with pytest.raises(ServiceError, match="Onbekende status"):
        services.certificates.list(admin, status="kwijt")
    assert [c.number for c in services.certificates.list(admin, status="revoked",
                                                         group=GROUP)] == [number]
    # Revoked: the enrolment may get a new certificate.
    assert services.certificates.issue(admin, GROUP).issued[0].number == "ZWL-2026-00002"


def test_expiring_lists_valid_ones_soonest_first(site_location: str, admin: Actor) -> None:
    issued_on = TODAY - timedelta(days=365 * 2 - 30)  # a 2-year certificate, 30 days left
    early = open_services(site_location, clock=Clock(today=issued_on))
    try:
        # No minimum attendance: on that day no lesson had been given yet.
        certificate_world(early, admin, EVERYONE_OK[:3], validity_years=2,
                          min_attendance=None)
        issued = early.certificates.issue(admin, GROUP, ["P-C-1", "P-C-3"]).issued
        assert [c.number for c in issued] == ["ZWL-2024-00001", "ZWL-2024-00002"]
    finally:
        early.close()
    later = open_services(site_location, clock=Clock(today=TODAY))
    try:
        later.certificates.issue(admin, GROUP, ["P-C-2"])  # expires in two years
        soon = later.certificates.expiring(admin)
        assert [c.participant for c in soon] == ["P-C-1", "P-C-3"]
        assert all(c.expires_on is not None and c.expires_on <= TODAY + timedelta(days=90)
                   for c in soon)
        later.certificates.revoke(admin, soon[0].number, "vergissing")
        assert [c.participant for c in later.certificates.expiring(admin)] == ["P-C-3"]
        assert later.certificates.expiring(admin, days=10) == []
        assert len(later.certificates.expiring(admin, days=800)) == 2
    finally:
        later.close()


@pytest.fixture
def pg_location(pg_server: PostgresServer,
                _pg_site_template: support.PgCopies) -> Iterator[str]:
    name = _pg_site_template.take()
    try:
        yield pg_server.url(name)
    finally:
        _pg_site_template.drop(name)


@pytest.mark.postgres
def test_two_issuers_at_once_leave_no_gap(pg_location: str) -> None:
    people = [Person(f"P-{n:02d}", "Deelnemer", f"Nummer {n:02d}") for n in range(1, 13)]
    first = open_services(pg_location, clock=Clock(today=TODAY))
    second = open_services(pg_location, clock=Clock(today=TODAY))
    try:
        actor = support.user_actor(first, support.ADMIN)
        certificate_world(first, actor, people)
        first.signing_keys.info(actor)  # the site's key, before the two PCs sign with it
        halves = ([p.number for p in people[:6]], [p.number for p in people[6:]])
        barrier = threading.Barrier(2)
        results: dict[int, list[str]] = {}
        errors: list[BaseException] = []

        def run(index: int, opened: Services) -> None:
            try:
                barrier.wait()
                done = opened.certificates.issue(actor, GROUP, halves[index],
                                                 with_print=False)
                results[index] = [c.number for c in done.issued]
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(i, s))
                   for i, s in enumerate((first, second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        numbers = results[0] + results[1]
        assert len(results[0]) == len(results[1]) == 6
        assert sorted(numbers) == [f"ZWL-2026-{n:05d}" for n in range(1, 13)]
        listed = first.certificates.list(actor)
        assert sorted(c.number for c in listed) == sorted(numbers)
        assert {c.participant for c in listed} == {p.number for p in people}
    finally:
        first.close()
        second.close()


def test_unknown_numbers(services: Services, admin: Actor) -> None:
    with pytest.raises(NotFound):
        services.certificates.get(admin, "ZWL-2026-00001")
    with pytest.raises(NotFound):
        services.certificates.pdf(admin, "ZWL-2026-00001")
    with pytest.raises(NotFound):
        services.certificates.revoke(admin, "ZWL-2026-00001", "fout")
    assert services.certificates.list(admin) == []
    assert services.certificates.expiring(admin) == []
