"""Base45 against RFC 9285's examples, and every byte string back and forth."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain import base45


@pytest.mark.parametrize(("data", "text"), [
    (b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581"),
    (b"ietf!", "QED8WEX0"), (b"", ""),
])
def test_rfc_examples(data: bytes, text: str) -> None:
    assert base45.encode(data) == text
    assert base45.decode(text) == data


@given(st.binary(max_size=300))
def test_round_trip(data: bytes) -> None:
    text = base45.encode(data)
    assert set(text) <= set(base45.ALPHABET)
    assert base45.decode(text) == data


@pytest.mark.parametrize("text", ["GGW", "ZZ", "A", "abc", "BB8!", "BB8B"])
def test_what_is_no_base45_is_refused(text: str) -> None:
    with pytest.raises(base45.Base45Error):
        base45.decode(text)
