"""Hybrid logical clock: sortable text stamps that order changes across sites."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_WIDTH_MS = 15
_WIDTH_COUNTER = 5
_MAX_COUNTER = 10**_WIDTH_COUNTER - 1


def encode(physical_ms: int, counter: int) -> str:
    """Return the sortable text form of an HLC value (`000001767225600000.00000`)."""
    return f"{physical_ms:0{_WIDTH_MS}d}.{counter:0{_WIDTH_COUNTER}d}"


def decode(value: str) -> tuple[int, int]:
    """Split a stamp made by `encode` into (physical milliseconds, counter).

    Raises:
        ValueError: the text is not an HLC stamp.
    """
    physical, sep, counter = value.partition(".")
    if not sep or len(physical) != _WIDTH_MS or len(counter) != _WIDTH_COUNTER:
        raise ValueError(f"geen HLC-waarde: {value!r}")
    return int(physical), int(counter)


class HybridLogicalClock:
    """A monotonic clock: never goes back, even when the wall clock does."""

    def __init__(self, now_ms: Callable[[], int] | None = None) -> None:
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._physical = 0
        self._counter = 0
        self._lock = threading.Lock()

    def tick(self) -> str:
        """Return a new stamp, greater than every stamp given or observed before."""
        with self._lock:
            now = self._now_ms()
            if now > self._physical:
                self._physical, self._counter = now, 0
            elif self._counter < _MAX_COUNTER:
                self._counter += 1
            else:
                # The counter's digits are used up: borrow the next millisecond, so that
                # stamps keep their width (text order must stay numeric order).
                self._physical, self._counter = self._physical + 1, 0
            return encode(self._physical, self._counter)

    def observe(self, remote: str) -> None:
        """Move past a stamp that arrived from another site."""
        physical, counter = decode(remote)
        with self._lock:
            if (physical, counter) > (self._physical, self._counter):
                self._physical, self._counter = physical, counter
