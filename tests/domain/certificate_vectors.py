"""The shared test vectors of the certificate code (issue 18, point 3): the Python verifier
(tests/domain/test_certificate_vectors.py) and the verification page in Chromium
(tests/reports/test_verify_page_browser.py) must give each the same verdict.

Two trusted keys (sites ZWL and TBG, as the page embeds them) and one the page does not
know, all from fixed seeds, so the vectors are the same in every run. The set: valid codes
of both sites (one with spaces and `%` in its Base45 text), an expired one, one signed with
another key, forgeries whose check is right but whose signature is not, and every
single-character change of three of them (every position, every other Base45 character
and one lower-case letter).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import cache

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bvmdesk.domain import base45
from bvmdesk.domain import certificate_code as cc
from bvmdesk.reports.verify_page import PageKey


def _key(label: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(label.encode()).digest())


ZWL_KEY = _key("BVM Desk testsleutel ZWL")
TBG_KEY = _key("BVM Desk testsleutel TBG")
OTHER_KEY = _key("BVM Desk sleutel van een ander")


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def key_id(key: Ed25519PrivateKey) -> str:
    return cc.key_id_of(_public(key))


PAGE_KEYS = (PageKey(key_id(ZWL_KEY), _public(ZWL_KEY), "ZWL"),
             PageKey(key_id(TBG_KEY), _public(TBG_KEY), "TBG"))
TRUSTED = {key.key_id: key.public_key for key in PAGE_KEYS}


@dataclass(frozen=True)
class Vector:
    """A code and the verdict both verifiers must give; `name` when the record is shown."""

    label: str
    text: str
    status: str
    name: str | None = None


def _record(number: str, name: str, *, key: Ed25519PrivateKey, site: str = "ZWL",
            kind: str = "certificaat", issued: date = date(2026, 6, 1),
            expires: date | None = None, module: str = "MAG135-1") -> cc.CertificateRecord:
    return cc.CertificateRecord(number=number, name=name, module=module, issued=issued,
                                kind=kind, site=site, expires=expires, key_id=key_id(key))


def _forged(record: cc.CertificateRecord, signature_of: cc.CertificateRecord,
            key: Ed25519PrivateKey) -> str:
    """`record`'s bytes with the signature of another record, and a right check: only the
    signature can tell."""
    signature = key.sign(cc.record_bytes(signature_of))
    return cc.PREFIX + base45.encode(cc.with_check(cc.record_bytes(record) + signature))


def _with_symbols(key: Ed25519PrivateKey) -> cc.CertificateRecord:
    """A valid record whose Base45 text has both a space and a `%` (escaped in a URL)."""
    for n in range(1, 5000):
        record = _record(f"ZWL-2026-{n:05d}", "Anna de Vries", key=key)
        body = cc.encode(record, key)[len(cc.PREFIX):]
        if " " in body and "%" in body:
            return record
    raise AssertionError("no record with a space and a % in its code")


@cache
def base_vectors() -> tuple[Vector, ...]:
    """The codes that are not single-character changes."""
    zoe = _record("ZWL-2026-00001", "Zoë van 't Hek", key=ZWL_KEY)
    cagan = _record("TBG-2026-00042", "Çağan Yılmaz", key=TBG_KEY, site="TBG", kind="deelname",
                    issued=date(2026, 12, 1), expires=date(2099, 12, 31), module="VCA-VB")
    symbols = _with_symbols(ZWL_KEY)
    expired = _record("ZWL-2000-00007", "Bas Jansen", key=ZWL_KEY, issued=date(2000, 3, 1),
                      expires=date(2001, 3, 1))
    stranger = _record("ZWL-2026-00099", "Piet Onbekend", key=OTHER_KEY)
    claims_zwl = _record("ZWL-2026-00100", "Piet Namaak", key=ZWL_KEY)
    return (
        Vector("geldig ZWL", cc.encode(zoe, ZWL_KEY), "valid", zoe.name),
        Vector("geldig TBG, bewijs van deelname", cc.encode(cagan, TBG_KEY), "valid",
               cagan.name),
        Vector("geldig, spatie en % in de code", cc.encode(symbols, ZWL_KEY), "valid",
               symbols.name),
        Vector("verlopen", cc.encode(expired, ZWL_KEY), "expired", expired.name),
        Vector("andere sleutel", cc.encode(stranger, OTHER_KEY), "unknown_key"),
        Vector("naam veranderd, controle herberekend",
               _forged(_record("ZWL-2026-00001", "Zoë van 't Hek-Bakker", key=ZWL_KEY), zoe,
                       ZWL_KEY), "tampered"),
        Vector("sleutel-id van ZWL, getekend met een andere sleutel",
               _forged(claims_zwl, claims_zwl, OTHER_KEY), "tampered"),
        Vector("vervaldatum weggehaald, controle herberekend",
               _forged(_record("ZWL-2000-00007", "Bas Jansen", key=ZWL_KEY,
                               issued=date(2000, 3, 1)), expired, ZWL_KEY), "tampered"),
    )


@cache
def tamper_vectors() -> tuple[Vector, ...]:
    """Every single-character change of three codes: each must be `tampered`."""
    out: list[Vector] = []
    for base in base_vectors()[:2] + base_vectors()[3:4]:
        for index, original in enumerate(base.text):
            for replacement in base45.ALPHABET + "a":
                if replacement != original:
                    text = base.text[:index] + replacement + base.text[index + 1:]
                    out.append(Vector(f"{base.label}: teken {index} -> {replacement!r}", text,
                                      "tampered"))
    return tuple(out)


def all_vectors() -> tuple[Vector, ...]:
    return base_vectors() + tamper_vectors()
