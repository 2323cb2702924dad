"""docs/certificaatcode.md: its worked example is what the code really writes and reads."""

from __future__ import annotations

import re
import zlib
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bvmdesk.domain import base45
from bvmdesk.domain import certificate_code as cc
from bvmdesk.domain.certificate_code import CertificateRecord, VerifyStatus

DOC = Path(__file__).resolve().parents[2] / "docs" / "certificaatcode.md"


def _block(text: str, name: str) -> str:
    """The fenced block right after `<!-- voorbeeld: NAME -->`."""
    found = re.search(rf"<!-- voorbeeld: {name} -->\n```\n(.*?)\n```", text, re.S)
    assert found, name
    return found.group(1)


def _table(text: str, name: str) -> dict[str, str]:
    """The two-column table right after `<!-- voorbeeld: NAME -->`: first cell -> `value`."""
    start = text.index(f"<!-- voorbeeld: {name} -->")
    rows: dict[str, str] = {}
    for line in text[start:].splitlines()[1:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[1].startswith("`"):
            rows[cells[0]] = cells[1].strip("`")
    return rows


def test_the_example_in_the_doc_decodes_to_the_stated_fields() -> None:
    text = DOC.read_text(encoding="utf-8")
    code, record_hex, signature_hex, check_hex = (
        _block(text, n) for n in ("code", "record", "handtekening", "controle"))
    fields, key = _table(text, "velden"), _table(text, "sleutel")
    assert len(fields) == 8 and len(key) == 3
    decoded = cc.decode(code)
    assert decoded.record == CertificateRecord(
        number=fields["nummer"], name=fields["naam"], module=fields["module"],
        issued=date.fromisoformat(fields["uitgegeven"]), kind=fields["soort"],
        site=fields["locatie"], expires=date.fromisoformat(fields["verloopt"]),
        key_id=fields["sleutel-id"])
    assert decoded.record.name == "Çağan Yılmaz"  # the doc's text is UTF-8, as the record
    assert decoded.signed.hex() == record_hex
    assert decoded.signature.hex() == signature_hex
    signed = decoded.signed + decoded.signature
    assert zlib.crc32(signed).to_bytes(4, "big").hex() == check_hex
    assert base45.decode(code[len(cc.PREFIX):]) == signed + bytes.fromhex(check_hex)
    assert f"De CRC-32 over record en handtekening ({len(signed)} bytes)" in text
    assert f"Base45 van die {len(signed) + 4} bytes" in text
    assert f"({len(code)} tekens;" in text
    assert f"Alles achter elkaar ({len(decoded.signed)} bytes)" in text
    # The stated key: its public half, its id, and the code it signs.
    private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key["privésleutel (seed, hex)"]))
    public = private.public_key().public_bytes_raw()
    assert public.hex() == key["openbare sleutel (hex)"]
    assert cc.key_id_of(public) == key["sleutel-id"] == fields["sleutel-id"]
    assert cc.signature_valid(decoded, public)
    assert cc.encode(decoded.record, private) == code  # Ed25519 is deterministic
    assert cc.verdict(code, {key["sleutel-id"]: public}, date(2027, 1, 1)) == \
        (VerifyStatus.VALID, decoded.record)
    assert cc.verdict(code, {key["sleutel-id"]: public}, date(2031, 12, 2))[0] is \
        VerifyStatus.EXPIRED


def test_the_doc_states_the_layout_of_the_code_module() -> None:
    """The byte table and the module docstring agree on the order of the fields."""
    text = DOC.read_text(encoding="utf-8")
    for line in ("| 0 | versie | `1` |", "| 5 | soort | `C` (0x43) certificaat, `D` (0x44)",
                 "| 6-7 | uitgiftedatum |", "| 8-9 | vervaldatum |"):
        assert line in text, line
    assert cc.PREFIX == "BVM1:" and cc.RECORD_VERSION == 1 and cc.SIGNATURE_LENGTH == 64
    order = [text.index(word) for word in ("1. het certificaatnummer", "2. de volledige naam",
                                           "3. de code van de module", "4. de code van de locatie")]
    assert order == sorted(order)


def test_the_address_form_in_the_doc_is_what_the_code_writes_and_reads() -> None:
    from bvmdesk.domain.verify_address import qr_content

    text = DOC.read_text(encoding="utf-8")
    code, address_form = _block(text, "code"), _block(text, "adres")
    address = address_form.split("#", 1)[0]
    assert address == "https://www.bvm-voorbeeld.nl/verificatie/"
    assert qr_content(address, code) == address_form
    assert cc.decode(address_form) == cc.decode(code)
