"""Verification of certificate codes: the signature against this database's keys, then the
register (revoked, superseded) before the expiry date; and with one public key and no
database at all."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bvmdesk.db.models import Certificate
from bvmdesk.domain.certificate_code import (
    CertificateRecord,
    NotACodeError,
    PrintFileError,
    encode,
    key_id_of,
)
from bvmdesk.domain.clock import Clock
from bvmdesk.reports.certificate_model import CertificateArt, CertificateDocument
from bvmdesk.services.base import Actor
from bvmdesk.services.certificate_verify import VerifyService, verify_with_key
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.db.support import add_participant

site_location = support.site_location
services = support.services

ISSUED = date(2026, 6, 30)


def _record(key_id: str, number: str = "ZWL-2026-00001", expires: date | None = None,
            name: str = "Şükrü Łukasz Dvořák-Nguyễn Ødegård") -> CertificateRecord:
    return CertificateRecord(number=number, name=name, module="LAS-01", issued=ISSUED,
                             kind="certificaat", site="ZWL", expires=expires, key_id=key_id)


def _signed(services: Services, **kwargs: object) -> tuple[str, CertificateRecord]:
    key_id, key = services.signing_keys.signer(Actor.cli())
    record = _record(key_id, **kwargs)  # type: ignore[arg-type]
    return encode(record, key), record


def _store(services: Services, code: str, record: CertificateRecord, *,
           status: str = "valid", reason: str | None = None,
           supersedes: str | None = None) -> None:
    """A register row for `record` (as issuing would leave it; the PDF is a stand-in)."""
    pdf = b"%PDF-1.4 stand-in " + record.number.encode()
    with sessions_of(services).write("test") as s:
        person = add_participant(s, f"P{record.number[-5:]}", "Şükrü", "Dvořák")
        previous = None
        if supersedes is not None:
            from sqlalchemy import select

            previous = s.scalars(select(Certificate.id).where(
                Certificate.number == supersedes)).one()
        s.add(Certificate(
            number=record.number, participant_id=person.id, kind=record.kind, language="nl",
            issued_at=datetime(2026, 6, 30, 10, tzinfo=UTC), issued_by="test", pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(), snapshot={}, qr_payload=code,
            status=status, revocation_reason=reason,
            revoked_at=datetime(2026, 7, 1, tzinfo=UTC) if status == "revoked" else None,
            revoked_by="test" if status == "revoked" else None, supersedes_id=previous,
            expires_on=record.expires))


def _verifier(services: Services, today: date = date(2026, 7, 1)) -> VerifyService:
    return VerifyService(sessions_of(services), Clock(today=today))


def test_a_code_signed_by_the_site_is_valid_with_its_fields(services: Services) -> None:
    code, record = _signed(services, expires=date(2029, 6, 30))
    result = _verifier(services).verify(Actor.cli(), code)
    assert result.json() == {"status": "valid", "number": "ZWL-2026-00001",
                             "name": record.name, "module": "LAS-01", "issued": "2026-06-30",
                             "kind": "certificaat", "site": "ZWL", "expires": "2029-06-30"}
    assert result.key_id == record.key_id and not result.known
    # Line ends a scanner adds do not matter.
    assert _verifier(services).verify(Actor.cli(), code + "\r\n").status == "valid"


def test_every_changed_character_is_not_valid(services: Services) -> None:
    from bvmdesk.domain.base45 import ALPHABET

    code, _ = _signed(services)
    verifier = _verifier(services)
    for position in range(len(code)):
        replacement = next(c for c in ALPHABET if c != code[position])
        changed = code[:position] + replacement + code[position + 1:]
        try:
            status = verifier.verify(Actor.cli(), changed).status
        except NotACodeError:
            continue  # nothing like a code any more: refused as well
        assert status != "valid", (position, changed)


def test_a_code_of_another_key_is_unknown_key(services: Services) -> None:
    other = Ed25519PrivateKey.generate()
    record = _record(key_id_of(other.public_key().public_bytes_raw()))
    result = _verifier(services).verify(Actor.cli(), encode(record, other))
    assert result.status == "unknown_key"
    assert result.number == record.number and result.name == record.name


def test_expired_after_the_expiry_date_only(services: Services) -> None:
    code, _ = _signed(services, expires=date(2027, 6, 30))
    assert _verifier(services, date(2027, 6, 30)).verify(Actor.cli(), code).status == "valid"
    result = _verifier(services, date(2027, 7, 1)).verify(Actor.cli(), code)
    assert result.status == "expired" and result.expires == date(2027, 6, 30)


def test_revoked_and_superseded_from_the_register(services: Services) -> None:
    old_code, old = _signed(services, number="ZWL-2026-00001", expires=date(2027, 1, 1))
    new_code, new = _signed(services, number="ZWL-2026-00002")
    gone_code, gone = _signed(services, number="ZWL-2026-00003")
    _store(services, old_code, old, status="superseded")
    _store(services, new_code, new, supersedes=old.number)
    _store(services, gone_code, gone, status="revoked", reason="Examenfraude vastgesteld")
    verifier = _verifier(services, date(2028, 1, 1))  # the old one is also past its expiry
    superseded = verifier.verify(Actor.cli(), old_code)
    assert (superseded.status, superseded.known) == ("superseded", True)
    assert "ZWL-2026-00002" in superseded.detail
    revoked = verifier.verify(Actor.cli(), gone_code)
    assert revoked.status == "revoked" and "Examenfraude vastgesteld" in revoked.detail
    valid = verifier.verify(Actor.cli(), new_code)
    assert (valid.status, valid.known) == ("valid", True)


def test_a_tampered_code_is_not_looked_up(services: Services) -> None:
    code, record = _signed(services)
    _store(services, code, record, status="revoked", reason="x")
    forged = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    assert _verifier(services).verify(Actor.cli(), forged).status == "tampered"


def test_the_code_of_a_pdf(services: Services) -> None:
    from bvmdesk.reports.pdf.certificate import render_certificate

    code, record = _signed(services)
    doc = _document(record, code)
    result = _verifier(services).verify_pdf(Actor.cli(), render_certificate(doc,
                                                                            CertificateArt()))
    assert (result.status, result.number) == ("valid", record.number)
    with pytest.raises(NotACodeError) as plain:
        _verifier(services).verify_pdf(Actor.cli(), b"%PDF-1.4\n%%EOF\n")
    assert not isinstance(plain.value, PrintFileError)


def test_a_print_file_says_what_to_check_instead(services: Services) -> None:
    """A batch's print PDF carries no code of its own (one page per certificate)."""
    from bvmdesk.reports.pdf.certificate import render_print

    code, record = _signed(services)
    printed = render_print([_document(record, code)], CertificateArt())
    with pytest.raises(PrintFileError, match="afdrukbestand") as refused:
        _verifier(services).verify_pdf(Actor.cli(), printed)
    assert "reprint" in str(refused.value)


def test_no_code_at_all(services: Services) -> None:
    with pytest.raises(NotACodeError):
        _verifier(services).verify(Actor.cli(), "https://example.org/iets")


def test_with_one_public_key_and_no_database() -> None:
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    code = encode(_record(key_id_of(public), expires=date(2027, 6, 30)), key)
    assert verify_with_key(code, public, date(2026, 7, 1)).status == "valid"
    assert verify_with_key(code, public, date(2027, 7, 1)).status == "expired"
    other = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    assert verify_with_key(code, other, date(2026, 7, 1)).status == "unknown_key"
    assert verify_with_key(code[:-1] + ("0" if code[-1] != "0" else "1"), public,
                           date(2026, 7, 1)).status == "tampered"
    with pytest.raises(NotACodeError):
        verify_with_key("hallo", public, date(2026, 7, 1))


def _document(record: CertificateRecord, code: str) -> CertificateDocument:
    return CertificateDocument(
        number=record.number, kind=record.kind, language="nl", first_names="Şükrü Łukasz",
        prefix="", last_name="Dvořák-Nguyễn Ødegård", birth_date=date(2001, 2, 3),
        participant_number="P00001", module_code=record.module, module_name="Lassen",
        crebo=None, level=None, programme_name=None, planned_hours=40, attended_minutes=2400,
        attendance_pct=100.0, results=(), organisation="Bedrijfsvakschool Metaaltechniek",
        site_code="ZWL", site_name="Zwolle", place="Zwolle", issued_on=record.issued,
        expires_on=record.expires, signatory_name="", signatory_function="", qr_text=code,
        key_id=record.key_id)
