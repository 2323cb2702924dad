"""The signed record in a certificate's QR code: round trip, tampering, keys, expiry."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from bvmdesk.domain import base45
from bvmdesk.domain import certificate_code as cc

TODAY = date(2026, 12, 3)


def _key() -> tuple[Ed25519PrivateKey, str, bytes]:
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    return key, cc.key_id_of(public), public


def _record(key_id: str, name: str = "Şükrü Łukasz Nguyễn Thị Ørsted",
            expires: date | None = date(2031, 12, 3)) -> cc.CertificateRecord:
    return cc.CertificateRecord("ZWL-2026-00001", name, "LAS-BASIS", date(2026, 12, 3),
                                "certificaat", "ZWL", expires, key_id)


def test_a_code_reads_back_as_issued() -> None:
    key, key_id, public = _key()
    record = _record(key_id)
    text = cc.encode(record, key)
    assert text.startswith(cc.PREFIX)
    assert set(text[len(cc.PREFIX):]) <= set(base45.ALPHABET)
    assert 150 <= len(text) <= 250
    assert cc.verdict(text, {key_id: public}, TODAY) == (cc.VerifyStatus.VALID, record)
    # What a scanner adds at the end is not part of the code.
    assert cc.verdict(text + "\r\n", {key_id: public}, TODAY)[0] is cc.VerifyStatus.VALID


def test_every_single_character_change_is_rejected() -> None:
    key, key_id, public = _key()
    text = cc.encode(_record(key_id, expires=None), key)
    for index, original in enumerate(text):
        for replacement in ("0", "Z", " ", ":", "a"):
            if replacement == original:
                continue
            changed = text[:index] + replacement + text[index + 1:]
            status, _ = cc.verdict(changed, {key_id: public}, TODAY)
            # Also in the key id: the check finds it before the key is looked up.
            assert status is cc.VerifyStatus.TAMPERED, (index, replacement)


def test_a_cut_or_lengthened_code_is_tampered() -> None:
    key, key_id, public = _key()
    text = cc.encode(_record(key_id), key)
    for changed in (text[:-1], text[:-3], text + "0", text + "000", cc.PREFIX):
        assert cc.verdict(changed, {key_id: public}, TODAY)[0] is cc.VerifyStatus.TAMPERED


def test_another_sites_key_is_unknown_and_a_stolen_key_id_fails() -> None:
    _ours, key_id, public = _key()
    other, other_id, _other_public = _key()
    text = cc.encode(_record(other_id), other)
    assert cc.verdict(text, {key_id: public}, TODAY)[0] is cc.VerifyStatus.UNKNOWN_KEY
    # Signed by another key under our key id: the signature does not match.
    record = cc.record_bytes(_record(key_id))
    forged = cc.PREFIX + base45.encode(cc.with_check(record + other.sign(record)))
    assert cc.verdict(forged, {key_id: public}, TODAY)[0] is cc.VerifyStatus.TAMPERED
    with pytest.raises(cc.PayloadError):
        cc.encode(_record(key_id), other)


def test_expiry() -> None:
    key, key_id, public = _key()
    text = cc.encode(_record(key_id, expires=date(2027, 1, 1)), key)
    assert cc.verdict(text, {key_id: public}, date(2027, 1, 1))[0] is cc.VerifyStatus.VALID
    assert cc.verdict(text, {key_id: public}, date(2027, 1, 2))[0] is cc.VerifyStatus.EXPIRED


@pytest.mark.parametrize("text", ["", "hallo", "ZWL-2026-00001", "https://example.org/x",
                                  "HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH"])
def test_other_text_is_no_code(text: str) -> None:
    assert not cc.looks_like_code(text)
    with pytest.raises(cc.NotACodeError):
        cc.verdict(text, {}, TODAY)


def test_a_long_name_is_never_shortened() -> None:
    key, key_id, public = _key()
    name = "Maria Anna Dorothea Elisabeth van der Heijden-Oudshoorn " * 4
    text = cc.encode(_record(key_id, name=name.strip()), key)
    status, record = cc.verdict(text, {key_id: public}, TODAY)
    assert status is cc.VerifyStatus.VALID and record is not None
    assert record.name == name.strip()


@settings(max_examples=40, deadline=None)
@given(name=st.text(min_size=1, max_size=200),
       kind=st.sampled_from(["certificaat", "deelname"]),
       issued=st.dates(date(2000, 1, 2), date(2150, 1, 1)))
def test_any_name_round_trips(name: str, kind: str, issued: date) -> None:
    key, key_id, public = _key()
    record = cc.CertificateRecord("TBG-2099-12345", name, "M-1", issued, kind, "TBG", None,
                                  key_id)
    assert cc.verdict(cc.encode(record, key), {key_id: public}, issued) == \
        (cc.VerifyStatus.VALID, record)
