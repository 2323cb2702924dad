"""The three sign-off sheets of an import: planned after the other sheets, written last.

Small tables, written with plain Core statements inside the import's transaction. Every
written row is read back and gets its audit event with its full content (sign-offs, hours
and approvals are facts, whose content `bvmdesk check` compares with their latest event).
Imported sign-offs and approvals carry no signature, `imported` True and the importing
actor as `recorded_by`; hours rows the actor as `entered_by`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from bvmdesk.db.audit import Chain
from bvmdesk.db.session import Stamp
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.assess_apply import Inserter
from bvmdesk.services.exchange.assess_forms import RowPlan
from bvmdesk.services.exchange.resolve import Resolution
from bvmdesk.services.exchange.signoff_hours import HoursPlanner
from bvmdesk.services.exchange.signoff_plan import SignOffPlanner, TaskPlanner, World
from bvmdesk.services.exchange.validate import ParsedWorkbook

_CHUNK = 500
# The column that names who wrote a fact row, filled in with the importing actor.
_WRITER_COLUMN = {"signoffs": "recorded_by", "hours_approvals": "recorded_by",
                  "placement_hours": "entered_by"}


@dataclass
class SignOffPlan:
    """What the import writes for the sign-off sheets, in this order."""

    tables: list[RowPlan]
    counts: dict[str, list[int]] = field(default_factory=dict)


def wanted(parsed: ParsedWorkbook) -> bool:
    """True when the file has any of the three sheets (else nothing is read for them)."""
    return any(sheet.name in parsed.sheets for sheet in fmt.SIGNOFF_SHEETS)


def plan_signoffs(s: Session, parsed: ParsedWorkbook, resolution: Resolution,
                  tick: Callable[[int], None]) -> SignOffPlan:
    """Resolve the three sheets against the database and the rest of the file (the other
    sheets' plans in `resolution`); errors go to `resolution.errors`, the counts per sheet
    to `resolution.counts`."""
    world = World(s, parsed, resolution)
    tasks = TaskPlanner(world, resolution)
    tasks.run()
    signoffs = SignOffPlanner(world, tasks)
    signoffs.run()
    hours = HoursPlanner(world)
    hours.run()
    tick(sum(len(parsed.records(sheet)) for sheet in fmt.SIGNOFF_SHEETS))
    counts = {fmt.SIGNOFF_TASKS.name: tasks.counts, fmt.SIGNOFFS.name: signoffs.counts,
              fmt.PLACEMENT_HOURS.name: hours.counts}
    resolution.counts.update(counts)
    return SignOffPlan([tasks.work_processes, tasks.tasks, signoffs.signoffs, hours.hours,
                        hours.approvals, hours.items], counts)


def write_signoffs(conn: Connection, stamp: Stamp, chain: Chain, inserter: Inserter,
                   plan: SignOffPlan, tick: Callable[[int], None]) -> None:
    """Write the plan inside the caller's transaction, each row with its audit event."""
    for rows in plan.tables:
        table = rows.table
        extra: dict[str, Any] = {"deleted_at": None} if "deleted_at" in table.c else {}
        writer = _WRITER_COLUMN.get(table.name)
        if writer is not None:
            extra[writer] = stamp.actor
        for start in range(0, len(rows.inserts), _CHUNK):
            chunk = [row | stamp.created() | extra for row in rows.inserts[start:start + _CHUNK]]
            inserter.insert(table, chunk)
            tick(len(chunk))
        statement = update(table).where(table.c.id == bindparam("b_id"))
        for start in range(0, len(rows.updates), _CHUNK):
            chunk = [row | stamp.updated() for row in rows.updates[start:start + _CHUNK]]
            conn.execute(statement, chunk)
            tick(len(chunk))
        for action, ids in (("import.insert", [row["id"] for row in rows.inserts]),
                            ("import.update", [row["b_id"] for row in rows.updates])):
            keys = tuple(table.c.keys())
            for start in range(0, len(ids), _CHUNK):
                found = conn.execute(select(table).where(
                    table.c.id.in_(ids[start:start + _CHUNK])))
                chain.append_rows(stamp.now, stamp.actor, action, table, keys,
                                  [tuple(row) for row in found])
