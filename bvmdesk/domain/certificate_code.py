"""The signed record in a certificate's QR code (docs/certificaatcode.md is its specification).

Text: the prefix `BVM1:` and then Base45 of RECORD || SIGNATURE || CHECK, where RECORD is

    byte 0      record version, 1
    bytes 1-4   key id: the first 4 bytes of SHA-256 of the raw 32-byte Ed25519 public key
    byte 5      kind: 'C' (0x43) certificaat, 'D' (0x44) bewijs van deelname
    bytes 6-7   issue date, days since 2000-01-01, unsigned big-endian
    bytes 8-9   expiry date, days since 2000-01-01, 0 = does not expire
    then four strings, each an unsigned LEB128 length and that many UTF-8 bytes:
                certificate number, full name, module or programme code, site code

SIGNATURE is the 64-byte Ed25519 signature of RECORD, and CHECK is the CRC-32 (as zlib and
PNG compute it) of RECORD || SIGNATURE, 4 bytes big-endian. Nothing follows. The check finds
every changed character (a character changes at most two bytes, a burst CRC-32 always
detects) before the key is looked up, so a smudged code is `tampered`, never `unknown_key`.
The name is never shortened: a long name makes a longer text and a larger QR code.

With a verification address (issue 18) the QR holds `ADDRESS#PAYLOAD` (verify_address.py);
every reader here takes both forms.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from bvmdesk.domain import base45
from bvmdesk.domain.verify_address import fragment_of, unescape

PREFIX = "BVM1:"
RECORD_VERSION = 1
SIGNATURE_LENGTH = 64
CHECK_LENGTH = 4
KEY_ID_LENGTH = 4
EPOCH = date(2000, 1, 1)
_HEADER = 10  # version, key id, kind, two dates
_STRINGS = 4
_KIND_BYTES = {"certificaat": 0x43, "deelname": 0x44}
_BYTE_KINDS = {value: kind for kind, value in _KIND_BYTES.items()}


class CertificateKind(StrEnum):
    """What a certificate says the person did (a module's `certificaat` column)."""

    CERTIFICAAT = "certificaat"  # module passed, results per work process
    DEELNAME = "deelname"  # bewijs van deelname: hours and attendance


class VerifyStatus(StrEnum):
    """The verdict of a verification (the JSON `status` of `certificates verify`)."""

    VALID = "valid"
    TAMPERED = "tampered"
    UNKNOWN_KEY = "unknown_key"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    EXPIRED = "expired"


class PayloadError(ValueError):
    """The record cannot be written (a date outside 2000-2179, an unknown kind)."""


class NotACodeError(ValueError):
    """The text is no certificate code at all (no `BVM1:` prefix, nothing like it)."""


class PrintFileError(NotACodeError):
    """A BVM Desk print file (the pages of a batch in one PDF): it carries no code of its
    own; its message says what to check instead."""


@dataclass(frozen=True)
class CertificateRecord:
    """What the QR code states, signed."""

    number: str
    name: str
    module: str
    issued: date
    kind: str  # CertificateKind value
    site: str
    expires: date | None
    key_id: str  # 8 hex digits, upper case


@dataclass(frozen=True)
class DecodedCode:
    """A code taken apart: the record, the exact bytes that were signed, and the signature.
    `record` is None when the text has the prefix but does not decode (tampered)."""

    record: CertificateRecord | None
    signed: bytes = b""
    signature: bytes = b""


def key_id_of(public_key: bytes) -> str:
    """The short id of a raw 32-byte Ed25519 public key: 8 upper-case hex digits."""
    return hashlib.sha256(public_key).digest()[:KEY_ID_LENGTH].hex().upper()


def _days(day: date) -> int:
    days = (day - EPOCH).days
    if not 0 <= days <= 0xFFFF:
        raise PayloadError(f"De datum {day.isoformat()} past niet in een certificaatcode.")
    return days


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low = n & 0x7F
        n >>= 7
        if n:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def record_bytes(record: CertificateRecord) -> bytes:
    """The bytes that are signed (RECORD above).

    Raises:
        PayloadError: an unknown kind, a bad key id or a date that does not fit.
    """
    kind = _KIND_BYTES.get(record.kind)
    if kind is None:
        raise PayloadError(f"Onbekende soort certificaat: {record.kind}.")
    try:
        key = bytes.fromhex(record.key_id)
    except ValueError:
        raise PayloadError(f"Sleutel-id {record.key_id!r} is geen hexadecimale tekst.") from None
    if len(key) != KEY_ID_LENGTH:
        raise PayloadError(f"Sleutel-id {record.key_id!r} heeft niet 8 tekens.")
    expires = 0 if record.expires is None else _days(record.expires)
    if record.expires is not None and expires == 0:
        raise PayloadError("Een vervaldatum op 1-1-2000 past niet in een certificaatcode.")
    out = bytearray((RECORD_VERSION,))
    out += key
    out.append(kind)
    out += _days(record.issued).to_bytes(2, "big")
    out += expires.to_bytes(2, "big")
    for text in (record.number, record.name, record.module, record.site):
        data = text.encode("utf-8")
        out += _varint(len(data))
        out += data
    return bytes(out)


def encode(record: CertificateRecord, private_key: Ed25519PrivateKey) -> str:
    """The QR text of `record`, signed with `private_key` (whose id must be the record's).

    Raises:
        PayloadError: see `record_bytes`, or the key is not the record's key.
    """
    public = private_key.public_key().public_bytes_raw()
    if key_id_of(public) != record.key_id:
        raise PayloadError("De sleutel hoort niet bij het sleutel-id van het certificaat.")
    data = record_bytes(record)
    return PREFIX + base45.encode(with_check(data + private_key.sign(data)))


def with_check(data: bytes) -> bytes:
    """`data` followed by its CRC-32 (4 bytes, big-endian)."""
    return data + zlib.crc32(data).to_bytes(CHECK_LENGTH, "big")


def looks_like_code(text: str) -> bool:
    """Whether `text` is meant as a certificate code: it starts with the prefix, or it is
    long and its first five characters are the prefix but for one (a changed prefix is a
    tampered code, not some other text). The address form counts by its fragment."""
    text = code_part(text)[0]
    if text.startswith(PREFIX):
        return True
    head = text[:len(PREFIX)]
    differing = sum(a != b for a, b in zip(head, PREFIX, strict=False))
    return len(text) >= 40 and len(head) == len(PREFIX) and differing <= 1


def clean(text: str) -> str:
    """`text` without the line ends and tabs a scanner or a paste adds at either end (never
    spaces: a space is a Base45 character)."""
    return text.strip("\r\n\t")


def code_part(text: str) -> tuple[str, bool]:
    """The code in `text` (cleaned), and whether it could be read: the text itself, or for
    the address form `http(s)://...#FRAGMENT` the fragment with its `%XX` undone (False,
    and the fragment as it is, when that fails: such a code is tampered)."""
    text = clean(text)
    fragment = fragment_of(text)
    if fragment is None:
        return text, True
    try:
        return clean(unescape(fragment)), True
    except ValueError:
        return clean(fragment), False


def _read_varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if at >= len(data) or shift > 28:
            raise ValueError("length")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, at
        shift += 7


def decode(text: str) -> DecodedCode:
    """Take a code apart without checking its signature.

    Raises:
        NotACodeError: `text` is no certificate code at all (see `looks_like_code`).
    """
    text, readable = code_part(text)
    if not looks_like_code(text):
        raise NotACodeError("Dit is geen certificaatcode van BVM Desk.")
    if not readable or not text.startswith(PREFIX):
        return DecodedCode(None)
    try:
        checked = base45.decode(text[len(PREFIX):])
        data = checked[:-CHECK_LENGTH]
        if len(checked) < CHECK_LENGTH or with_check(data) != checked:
            return DecodedCode(None)
        if len(data) < _HEADER + _STRINGS + SIGNATURE_LENGTH or data[0] != RECORD_VERSION:
            return DecodedCode(None)
        kind = _BYTE_KINDS.get(data[5])
        if kind is None:
            return DecodedCode(None)
        issued = EPOCH + timedelta(days=int.from_bytes(data[6:8], "big"))
        expiry_days = int.from_bytes(data[8:10], "big")
        strings: list[str] = []
        at = _HEADER
        for _ in range(_STRINGS):
            length, at = _read_varint(data, at)
            if at + length > len(data):
                return DecodedCode(None)
            strings.append(data[at:at + length].decode("utf-8"))
            at += length
        if len(data) - at != SIGNATURE_LENGTH:
            return DecodedCode(None)
    except (base45.Base45Error, UnicodeDecodeError, ValueError):
        return DecodedCode(None)
    signed = data[:at]
    record = CertificateRecord(
        number=strings[0], name=strings[1], module=strings[2], issued=issued, kind=kind,
        site=strings[3], expires=EPOCH + timedelta(days=expiry_days) if expiry_days else None,
        key_id=data[1:5].hex().upper())
    if record_bytes(record) != signed:  # a non-minimal length: not what we write
        return DecodedCode(None)
    return DecodedCode(record, signed, data[at:])


def signature_valid(decoded: DecodedCode, public_key: bytes) -> bool:
    """Whether the code's signature is right for the raw 32-byte `public_key`."""
    if decoded.record is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(decoded.signature, decoded.signed)
    except (InvalidSignature, ValueError):
        return False
    return True


def verdict(text: str, public_keys: dict[str, bytes], today: date
            ) -> tuple[VerifyStatus, CertificateRecord | None]:
    """The verdict on `text` from the code alone (what any verifier can know: revocation
    and supersession need the register, see the certificates service).

    Args:
        public_keys: key id -> raw public key of every key this verifier trusts.
        today: the local date, for expiry.

    Raises:
        NotACodeError: `text` is no certificate code at all.
    """
    decoded = decode(text)
    record = decoded.record
    if record is None:
        return VerifyStatus.TAMPERED, None
    key = public_keys.get(record.key_id)
    if key is None:
        return VerifyStatus.UNKNOWN_KEY, record
    if not signature_valid(decoded, key):
        return VerifyStatus.TAMPERED, None
    if record.expires is not None and record.expires < today:
        return VerifyStatus.EXPIRED, record
    return VerifyStatus.VALID, record
