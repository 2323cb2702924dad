"""Drawn signatures as data: made from a pad, stored as text, read back, bounded."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain.signature import (
    MAX_POINTS,
    SignatureError,
    decode,
    encode,
    make_signature,
)


def test_round_trip_clamps_and_rounds_to_the_pad() -> None:
    signature = make_signature(300, 100, [[(10.4, 20.6), (350, -5)], [(1, 1)]])
    assert signature.strokes == (((10, 21), (300, 0)), ((1, 1),))
    assert decode(encode(signature)) == signature
    assert not signature.is_empty


def test_a_tap_is_no_signature() -> None:
    assert make_signature(300, 100, [[(5, 5)]]).is_empty
    assert make_signature(300, 100, []).is_empty


@pytest.mark.parametrize("text", [
    "", "{}", "[]", "nonsense", '{"v": 2, "w": 10, "h": 10, "s": []}',
    '{"v": 1, "w": 0, "h": 10, "s": []}', '{"v": 1, "w": 10, "h": 10, "s": [[1, 2, 3]]}',
    '{"v": 1, "w": 10, "h": 10, "s": [[1, 2, 30, 4]]}',
    '{"v": 1, "w": 10, "h": 10, "s": [[1, 2, true, 4]]}',
    '{"v": 1, "w": 10, "h": 10, "s": [[1.5, 2]]}',
])
def test_damaged_text_is_refused(text: str) -> None:
    with pytest.raises(SignatureError):
        decode(text)


def test_too_many_points_is_refused() -> None:
    with pytest.raises(SignatureError, match="te groot"):
        make_signature(100, 100, [[(1, 1)] * (MAX_POINTS + 1)])
    big = json.dumps({"v": 1, "w": 10, "h": 10, "s": [[1, 1] * (MAX_POINTS + 1)]})
    with pytest.raises(SignatureError):
        decode(big)


@given(st.lists(st.lists(st.tuples(st.floats(-50, 500), st.floats(-50, 500)), max_size=30),
                max_size=20))
def test_any_drawing_survives_storage(strokes: list[list[tuple[float, float]]]) -> None:
    signature = make_signature(400, 150, strokes)
    assert decode(encode(signature)) == signature
