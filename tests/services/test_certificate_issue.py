"""Issuing certificates: numbers without gaps, skipped with a reason, frozen bytes, Cancel
between certificates, a copied database that cannot sign, the preview."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AuditEvent, Certificate, NumberSequence, Participant
from bvmdesk.domain.certificate_code import VerifyStatus, decode, verdict
from bvmdesk.reports.certificate_model import CertificateDocument
from bvmdesk.reports.pdf.certificate import code_in_pdf
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ServiceError
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.signing_keys import KeyFileError, KeyStore
from tests.db import support
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


def _count(services: Services) -> int:
    with sessions_of(services).read() as s:
        return s.scalar(select(func.count()).select_from(Certificate)) or 0


def test_a_group_gets_numbers_without_gaps(services: Services, admin: Actor,
                                           instructor: Actor, tmp_path: Path) -> None:
    people = (*EVERYONE_OK[:3], Person("P-LOW", "Daan", "Bakker", present=7))
    certificate_world(services, admin, people, validity_years=2)
    steps: list[tuple[int, int]] = []
    result = services.certificates.issue(instructor, GROUP, progress=lambda d, t:
                                         steps.append((d, t)), out_dir=tmp_path)
    numbers = [c.number for c in result.issued]
    assert numbers == ["ZWL-2026-00001", "ZWL-2026-00002", "ZWL-2026-00003"]
    assert [c.participant for c in result.issued] == ["P-C-1", "P-C-3", "P-C-2"]  # by sort name
    assert [(s.participant, s.reason) for s in result.skipped] == [
        ("P-LOW", "voldoet niet: 2 van 3 voorwaarden: aanwezigheid 70,0 % < 80 %")]
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert not result.cancelled and len(result.certificate_ids) == 3
    assert result.print_pdf is not None and result.print_pdf.startswith(b"%PDF")
    for item in result.issued:
        data = (tmp_path / f"{item.number}.pdf").read_bytes()
        assert item.file == str(tmp_path / f"{item.number}.pdf")
        assert hashlib.sha256(data).hexdigest() == item.sha256
        assert services.certificates.pdf(instructor, item.number) == data
    info = services.certificates.get(instructor, "ZWL-2026-00003")
    assert (info.participant, info.name, info.kind, info.language, info.status) == (
        "P-C-2", "Çağan Yılmaz", "certificaat", "nl", "valid")
    assert (info.module, info.module_name, info.group) == ("M-CERT", "Lassen MIG/MAG", GROUP)
    assert info.issued_on == TODAY and info.expires_on == date(2028, 11, 20)
    assert info.issued_by == instructor.name
    with sessions_of(services).read() as s:
        row = s.scalars(select(Certificate).where(Certificate.number == numbers[0])).one()
        snapshot = CertificateDocument.from_snapshot(row.snapshot)
        payload = row.qr_payload
        assert payload == snapshot.qr_text == code_in_pdf(row.pdf)
        events = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "certificate.issue"))
    assert events == 3
    assert snapshot.full_name == "Zoë van 't Hek" and snapshot.prefix == "van 't"
    assert (snapshot.crebo, snapshot.level, snapshot.programme_name) == (
        "25296", 2, "Lasser BBL")
    assert (snapshot.planned_hours, snapshot.attended_minutes, snapshot.attendance_pct) == (
        40, 1200, 100.0)
    assert [(r.code, r.result) for r in snapshot.results] == [
        ("B1-K1-W1", "voldoende"), ("B1-K1-W2", "voldoende")]
    assert (snapshot.site_code, snapshot.place, snapshot.birth_date) == (
        "ZWL", "Zwolle", date(2007, 5, 17))
    # The code verifies with the site's key.
    keys = services.signing_keys.public_keys()
    decoded = decode(payload)
    assert decoded.record is not None
    assert decoded.record.name == "Zoë van 't Hek" and decoded.record.number == numbers[0]
    assert verdict(payload, keys, TODAY)[0] is VerifyStatus.VALID

    # A second run: nobody gets a second valid certificate.
    again = services.certificates.issue(instructor, GROUP)
    assert again.issued == () and again.print_pdf is None
    assert ("P-C-1", "heeft al certificaat ZWL-2026-00001") in [
        (s.participant, s.reason) for s in again.skipped]
    listed = services.certificates.list(instructor)
    assert [c.number for c in listed] == list(reversed(numbers))
    assert [c.number for c in services.certificates.list(instructor, participant="P-C-3")] \
        == ["ZWL-2026-00002"]


def test_refusals_issue_nothing(services: Services, admin: Actor, tmp_path: Path) -> None:
    certificate_world(services, admin, EVERYONE_OK[:2])
    with pytest.raises(NotFound, match="P-NOPE zit niet in groep CERT-1"):
        services.certificates.issue(admin, GROUP, ["P-C-1", "P-NOPE"])
    with pytest.raises(ServiceError, match="certificaat of deelname"):
        services.certificates.issue(admin, GROUP, kind="diploma")
    with pytest.raises(ServiceError, match="kies nl of en"):
        services.certificates.issue(admin, GROUP, language="de")
    with pytest.raises(ServiceError, match="Map bestaat niet"):
        services.certificates.issue(admin, GROUP, out_dir=tmp_path / "nope")
    with pytest.raises(PermissionDenied):
        services.certificates.issue(Actor.viewer(), GROUP)
    assert _count(services) == 0
    only = services.certificates.issue(admin, GROUP, ["P-C-2"], language="en",
                                       kind="deelname", with_print=False)
    assert [c.participant for c in only.issued] == ["P-C-2"] and only.print_pdf is None
    info = services.certificates.get(admin, only.issued[0].number)
    assert (info.kind, info.language) == ("deelname", "en")


def test_cancel_leaves_whole_certificates_and_no_gap(services: Services,
                                                    admin: Actor) -> None:
    certificate_world(services, admin, EVERYONE_OK)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2

    result = services.certificates.issue(admin, GROUP, cancelled=cancelled)
    assert result.cancelled and [c.number for c in result.issued] == [
        "ZWL-2026-00001", "ZWL-2026-00002"]
    assert _count(services) == 2
    with sessions_of(services).read() as s:
        for row in s.scalars(select(Certificate)):
            assert hashlib.sha256(row.pdf).hexdigest() == row.sha256
        assert s.scalars(select(NumberSequence.last_value).where(
            NumberSequence.kind == "certificate-2026")).one() == 2
    rest = services.certificates.issue(admin, GROUP)
    assert [c.number for c in rest.issued] == [
        "ZWL-2026-00003", "ZWL-2026-00004", "ZWL-2026-00005"]
    assert len(rest.skipped) == 2


def test_frozen_bytes_survive_a_new_name(services: Services, admin: Actor) -> None:
    certificate_world(services, admin, EVERYONE_OK[:1])
    issued = services.certificates.issue(admin, GROUP).issued[0]
    before = services.certificates.pdf(admin, issued.number)
    with sessions_of(services).write("test") as s:
        person = s.scalars(select(Participant).where(Participant.number == "P-C-1")).one()
        person.first_names = "Zoe"
        person.last_name = "Anders"
    after = services.certificates.pdf(admin, issued.number)
    assert after == before and hashlib.sha256(after).hexdigest() == issued.sha256
    assert after[:64] == before[:64]
    assert services.certificates.get(admin, issued.number).name == "Zoë van 't Hek"


def test_a_copied_database_cannot_sign(services: Services, admin: Actor,
                                       tmp_path: Path) -> None:
    certificate_world(services, admin, EVERYONE_OK[:2])
    services.certificates.issue(admin, GROUP, ["P-C-1"])  # the site's key exists now
    services.signing_keys.store = KeyStore(tmp_path / "other-pc")  # the key file is absent
    with sessions_of(services).read() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(KeyFileError, match="staat niet op deze pc"):
        services.certificates.issue(admin, GROUP)
    with pytest.raises(KeyFileError):
        services.certificates.correct(admin, "ZWL-2026-00001")
    assert _count(services) == 1
    with sessions_of(services).read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events
        assert s.scalars(select(NumberSequence.last_value).where(
            NumberSequence.kind == "certificate-2026")).one() == 1
    assert services.certificates.get(admin, "ZWL-2026-00001").status == "valid"


def test_preview_stores_nothing(services: Services, admin: Actor) -> None:
    certificate_world(services, admin, (Person("P-LOW", "Daan", "Bakker", present=7),
                                        *EVERYONE_OK[:2]))
    data = services.certificates.preview(admin, GROUP)
    assert data is not None and data.startswith(b"%PDF")
    assert code_in_pdf(data) is None
    assert _count(services) == 0
    with sessions_of(services).read() as s:
        assert s.scalars(select(NumberSequence).where(
            NumberSequence.kind == "certificate-2026")).first() is None
    assert services.certificates.preview(admin, GROUP, ["P-LOW"]) is None
    assert services.certificates.issue(admin, GROUP).issued[0].number == "ZWL-2026-00001"
    assert services.certificates.preview(admin, GROUP) is None  # everyone has one
