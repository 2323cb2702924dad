"""The hybrid logical clock: monotonic, sortable as text, robust to a clock set back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain.hlc import HybridLogicalClock, decode, encode

# The last millisecond of the 15-digit range (year 33658) has no next one to borrow.
physical = st.integers(min_value=0, max_value=10**15 - 2)
counter = st.integers(min_value=0, max_value=10**5 - 1)


class FakeWallClock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


@given(physical, counter)
def test_encode_decode_round_trip(p: int, c: int) -> None:
    assert decode(encode(p, c)) == (p, c)


@given(physical, counter, physical, counter)
def test_text_order_is_numeric_order(p1: int, c1: int, p2: int, c2: int) -> None:
    a, b = encode(p1, c1), encode(p2, c2)
    assert (a < b) == ((p1, c1) < (p2, c2))
    assert (a == b) == ((p1, c1) == (p2, c2))


@pytest.mark.parametrize("bad", ["", "12.3", "1767225600000.00000", "000001767225600000-00000",
                                 "00001767225600000.0000"])
def test_decode_refuses_what_encode_never_made(bad: str) -> None:
    with pytest.raises(ValueError):
        decode(bad)


def test_tick_is_monotonic_when_the_wall_clock_goes_back() -> None:
    wall = FakeWallClock(1_767_225_600_000)
    clock = HybridLogicalClock(wall)
    stamps = [clock.tick()]
    wall.ms -= 3_600_000  # the PC's clock is set back an hour
    stamps += [clock.tick() for _ in range(3)]
    wall.ms += 7_200_000
    stamps.append(clock.tick())
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert decode(stamps[1]) == (1_767_225_600_000, 1)
    assert decode(stamps[-1]) == (1_767_229_200_000, 0)


def test_many_ticks_in_one_millisecond_stay_sortable_and_decodable() -> None:
    # A bulk write, or a clock set back for a long time, may tick far more often than the
    # counter's five digits allow within one millisecond.
    clock = HybridLogicalClock(FakeWallClock(1_767_225_600_000))
    previous = clock.tick()
    for _ in range(120_000):
        stamp = clock.tick()
        assert stamp > previous
        decode(stamp)
        previous = stamp


def test_observe_moves_past_a_remote_stamp() -> None:
    wall = FakeWallClock(1_000)
    clock = HybridLogicalClock(wall)
    remote = encode(5_000, 7)
    clock.observe(remote)
    assert clock.tick() > remote
    assert decode(clock.tick()) == (5_000, 9)
    clock.observe(encode(10, 0))  # an older stamp changes nothing
    assert decode(clock.tick()) == (5_000, 10)
    wall.ms = 6_000
    assert decode(clock.tick()) == (6_000, 0)


@given(st.lists(st.tuples(st.sampled_from(["tick", "observe", "wall"]), physical, counter),
                max_size=40))
def test_every_stamp_is_greater_than_everything_before(steps: list[tuple[str, int, int]]) -> None:
    wall = FakeWallClock(1_767_225_600_000)
    clock = HybridLogicalClock(wall)
    highest = clock.tick()
    for kind, p, c in steps:
        if kind == "wall":
            wall.ms = p
        elif kind == "observe":
            remote = encode(p, c)
            clock.observe(remote)
            highest = max(highest, remote)
        else:
            stamp = clock.tick()
            assert stamp > highest
            highest = stamp
    assert clock.tick() > highest


def test_default_clock_uses_the_real_time() -> None:
    import time

    before = time.time_ns() // 1_000_000
    physical_ms, _ = decode(HybridLogicalClock().tick())
    assert before <= physical_ms <= time.time_ns() // 1_000_000
