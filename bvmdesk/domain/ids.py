"""Row ids that sort in the order they are made, for bulk writes.

A random UUID (version 4) puts every new row at a random place in the primary-key index;
an import of a million marks then rewrites pages all over it. These ids follow the layout
of UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, the version, a counter and
random bits, so one import's rows are appended at the end of the index. They stay unique
across sites: a site would have to make the same millisecond, counter and 32 random bits.
"""

from __future__ import annotations

import random
import uuid

_VERSION = 0x7 << 76
_VARIANT = 0b10 << 62


class OrderedIds:
    """Makes increasing UUIDs, starting at the millisecond `now_ms`."""

    def __init__(self, now_ms: int, rng: random.Random | None = None) -> None:
        self._base = (now_ms & 0xFFFF_FFFF_FFFF) << 80 | _VERSION | _VARIANT
        self._counter = 0
        self._bits = (rng or random.SystemRandom()).getrandbits

    def __call__(self) -> uuid.UUID:
        self._counter += 1
        n = self._counter
        return uuid.UUID(int=self._base | (n >> 30 & 0xFFF) << 64 | (n & 0x3FFF_FFFF) << 32
                         | self._bits(32))
