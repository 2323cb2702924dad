"""Time-ordered ids for bulk writes."""

from __future__ import annotations

import random
import uuid

from bvmdesk.domain.ids import OrderedIds


def test_ids_increase_are_version_7_and_sort_as_text_too() -> None:
    make = OrderedIds(1_767_225_600_000, random.Random(3))
    ids = [make() for _ in range(5000)]
    assert ids == sorted(ids) and len(set(ids)) == 5000
    assert [i.hex for i in ids] == sorted(i.hex for i in ids)  # SQLite stores the hex text
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert ids[0].int >> 80 == 1_767_225_600_000


def test_a_later_import_sorts_after_an_earlier_one() -> None:
    first = OrderedIds(1_000)
    second = OrderedIds(1_001)
    assert max(first() for _ in range(100)) < second()
