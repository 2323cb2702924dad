"""A drawn signature as data: the strokes of a signature pad, drawn again as vectors.

Stored as compact JSON text: `{"v": 1, "w": W, "h": H, "s": [[x0, y0, x1, y1, ...], ...]}`,
one flat list of integer pad coordinates (0 <= x <= W, 0 <= y <= H) per stroke. The pad's
size travels along so that a PDF can scale the drawing to any box. Used for the second
assessor of an assessment and for sign-offs by the praktijkopleider.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

FORMAT_VERSION = 1
MAX_TEXT = 64 * 1024       # characters of stored JSON
MAX_STROKES = 200
MAX_POINTS = 8000          # over all strokes
MAX_SIDE = 4000            # pad width or height in pixels


class SignatureError(ValueError):
    """Stored or drawn strokes that are no signature; `str()` is a Dutch message."""


@dataclass(frozen=True)
class Signature:
    width: int
    height: int
    strokes: tuple[tuple[tuple[int, int], ...], ...]

    @property
    def is_empty(self) -> bool:
        """No stroke of two points or more (a tap is no signature)."""
        return not any(len(stroke) >= 2 for stroke in self.strokes)

    @property
    def points(self) -> int:
        return sum(len(stroke) for stroke in self.strokes)


def make_signature(width: int, height: int,
                   strokes: Sequence[Sequence[tuple[float, float]]]) -> Signature:
    """A signature from a pad of `width` x `height` pixels; points are rounded and clamped
    to the pad.

    Raises:
        SignatureError: an impossible pad size, or too many strokes or points.
    """
    if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
        raise SignatureError("De handtekening heeft een onmogelijke afmeting.")
    clean: list[tuple[tuple[int, int], ...]] = []
    for stroke in strokes:
        points = tuple((min(max(round(x), 0), width), min(max(round(y), 0), height))
                       for x, y in stroke)
        if points:
            clean.append(points)
    signature = Signature(width, height, tuple(clean))
    _check_size(signature)
    return signature


def _check_size(signature: Signature) -> None:
    if len(signature.strokes) > MAX_STROKES or signature.points > MAX_POINTS:
        raise SignatureError("De handtekening is te groot (te veel lijnen); wis haar en "
                             "teken haar opnieuw.")


def encode(signature: Signature) -> str:
    """The stored text of `signature`."""
    _check_size(signature)
    data = {"v": FORMAT_VERSION, "w": signature.width, "h": signature.height,
            "s": [[c for point in stroke for c in point] for stroke in signature.strokes]}
    return json.dumps(data, separators=(",", ":"))


def decode(text: str) -> Signature:
    """The signature stored as `text`.

    Raises:
        SignatureError: not a signature of this format, or out of bounds.
    """
    bad = SignatureError("De opgeslagen handtekening is onleesbaar.")
    if len(text) > MAX_TEXT:
        raise SignatureError("De handtekening is te groot.")
    try:
        data = json.loads(text)
    except ValueError:
        raise bad from None
    if not isinstance(data, dict) or data.get("v") != FORMAT_VERSION:
        raise bad
    width, height, strokes = data.get("w"), data.get("h"), data.get("s")
    if not (_is_int(width) and _is_int(height) and isinstance(strokes, list)):
        raise bad
    assert isinstance(width, int) and isinstance(height, int)
    if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
        raise bad
    parsed: list[tuple[tuple[int, int], ...]] = []
    for flat in strokes:
        if not isinstance(flat, list) or len(flat) % 2 or not all(map(_is_int, flat)):
            raise bad
        points = tuple(zip(flat[0::2], flat[1::2], strict=True))
        if not all(0 <= x <= width and 0 <= y <= height for x, y in points):
            raise bad
        parsed.append(points)
    signature = Signature(width, height, tuple(parsed))
    _check_size(signature)
    return signature


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
