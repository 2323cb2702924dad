"""Deterministic ids, clock stamps and the provenance columns bulk rows must fill in."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime
from typing import Any

from bvmdesk.domain.hlc import encode

Row = dict[str, Any]
ACTOR = "demo"
_COUNTER_SPAN = 100_000  # the width of an HLC counter (five digits)


def epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch of a naive UTC moment."""
    return int(moment.replace(tzinfo=UTC).timestamp() * 1000)


class RowStamper:
    """Makes ids and HLC stamps from one seeded generator, never from the wall clock.

    Bulk inserts bypass the ORM flush hook, so every syncable column is filled in here.
    HLC stamps use the row's own creation moment plus a running counter: stable for the
    same seed and `today`, and sortable like the ones the process clock makes.
    """

    def __init__(self, rng: random.Random, setup_moment: datetime) -> None:
        """`setup_moment`: when the demo's world was set up, naive UTC (like every stored
        moment; the generator converts its Amsterdam wall-clock moments with `to_utc`)."""
        self._rng = rng
        self._counter = 0
        self.setup_moment = setup_moment
        self._setup_ms = epoch_ms(setup_moment)
        self.last_hlc = encode(0, 0)

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self._rng.getrandbits(128), version=4)

    def hlc(self, moment_ms: int) -> str:
        self._counter += 1
        stamp = encode(moment_ms, self._counter % _COUNTER_SPAN)
        if stamp > self.last_hlc:
            self.last_hlc = stamp
        return stamp

    def descriptive(self, site_id: uuid.UUID, row_id: uuid.UUID | None = None,
                    actor: str = ACTOR) -> Row:
        """The common columns of a descriptive row created at the set-up moment."""
        moment = self.setup_moment
        return {
            "id": row_id or self.new_id(), "site_id": site_id, "created_at": moment,
            "updated_at": moment, "created_by": actor, "updated_by": actor,
            "hlc": self.hlc(self._setup_ms), "deleted_at": None,
        }

    def fact(self, site_id: uuid.UUID, moment: datetime, actor: str) -> Row:
        """The common columns of a fact recorded at `moment` (naive UTC) by `actor`."""
        return {
            "id": self.new_id(), "site_id": site_id, "created_at": moment,
            "updated_at": moment, "created_by": actor, "updated_by": actor,
            "hlc": self.hlc(epoch_ms(moment)),
        }
