"""The verification address and the address form of the QR text (issue 18): which addresses
are taken, how the code is written after the `#` and read back, and the shared test vectors
through the Python verifier, bare and in the address form."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain import base45
from bvmdesk.domain import certificate_code as cc
from bvmdesk.domain.verify_address import (
    AddressError,
    check_address,
    escape,
    fragment_of,
    qr_content,
    unescape,
)
from tests.domain.certificate_vectors import TRUSTED, all_vectors, base_vectors

TODAY = date.today()
ADDRESS = "https://www.BVM-voorbeeld.nl/Verificatie/"


@pytest.mark.parametrize("address", [
    "https://www.bvm-voorbeeld.nl/verificatie/", "HTTPS://Example.org", "http://localhost:8000/v",
    "https://bvm.example/certificaat?taal=nl", "https://xn--bvm-k3a.nl/",
])
def test_good_addresses_are_kept_as_given(address: str) -> None:
    assert check_address(f"  {address} ") == address


@pytest.mark.parametrize(("address", "says"), [
    ("", "Vul een webadres in"),
    ("www.bvm.nl/verificatie", "begint met https://"),
    ("ftp://bvm.nl/", "begint met https://"),
    ("https://bvm.nl/verificatie#code", "#-teken"),
    ("https://bvm.nl/veri ficatie", "geen spaties"),
    ("https://bvm.nl/\tx", "geen spaties"),
    ("https://bvm-één.nl/", "niet in een webadres horen"),
    ("https://bvm.nl/<x>", "niet in een webadres horen"),
    ("https://", "mist de naam"),
    ("https:///pad", "mist de naam"),
    ("https://bvm.nl/" + "x" * 120, "te lang"),
])
def test_bad_addresses_are_refused_with_a_reason(address: str, says: str) -> None:
    with pytest.raises(AddressError, match=says):
        check_address(address)


def test_the_code_goes_after_the_hash_with_only_space_and_percent_escaped() -> None:
    code = "BVM1:AB %C$D*E+F-G.H/I:J"
    assert escape(code) == "BVM1:AB%20%25C$D*E+F-G.H/I:J"
    assert qr_content(ADDRESS, code) == ADDRESS + "#BVM1:AB%20%25C$D*E+F-G.H/I:J"
    assert qr_content("", code) == code and qr_content(None, code) == code
    assert fragment_of(qr_content(ADDRESS, code)) == escape(code)
    assert unescape(escape(code)) == code
    assert fragment_of(code) is None  # a bare code has no #
    assert fragment_of("Http://x/#y") == "y"


@given(st.text(alphabet=base45.ALPHABET, max_size=60))
def test_escaping_round_trips(code: str) -> None:
    assert unescape(fragment_of(qr_content(ADDRESS, code)) or "") == code


@pytest.mark.parametrize("fragment", ["BVM1:A%2", "BVM1:A%G1B", "BVM1:%FF", "BVM1:%C3%28"])
def test_a_fragment_that_does_not_unescape_is_unreadable(fragment: str) -> None:
    with pytest.raises(ValueError):
        unescape(fragment)


def test_the_address_form_is_verified_like_the_bare_code() -> None:
    valid = base_vectors()[2]  # a space and a % in its Base45 text
    assert " " in valid.text and "%" in valid.text
    text = qr_content(ADDRESS, valid.text)
    assert " " not in text
    assert cc.verdict(text, TRUSTED, TODAY)[0] is cc.VerifyStatus.VALID
    assert cc.verdict(text + "\r\n", TRUSTED, TODAY)[0] is cc.VerifyStatus.VALID
    # Another host with the same fragment: the signature decides, not the address.
    other = "http://elders.example/x?y=1#" + escape(valid.text)
    assert cc.verdict(other, TRUSTED, TODAY)[0] is cc.VerifyStatus.VALID
    # A broken escape in the fragment: tampered, never "no code".
    broken = text.replace("%20", "%2", 1)
    assert cc.verdict(broken, TRUSTED, TODAY)[0] is cc.VerifyStatus.TAMPERED
    # A web address that carries no code is no code.
    with pytest.raises(cc.NotACodeError):
        cc.verdict(ADDRESS + "#welkom", TRUSTED, TODAY)


def test_every_vector_gets_its_verdict_bare_and_in_the_address_form() -> None:
    vectors = all_vectors()
    assert len(vectors) > 20_000
    for vector in vectors:
        for text in (vector.text, qr_content(ADDRESS, vector.text)):
            status, record = cc.verdict(text, TRUSTED, TODAY)
            assert status.value == vector.status, (vector.label, text)
            if vector.name is not None:
                assert record is not None and record.name == vector.name
