"""The four assessment sheets of an import: planned after the other sheets, written last.

Small tables (a BVM has hundreds of forms and thousands of assessments, not millions of
rows), so the rows are written with plain Core statements. Every written row is read back
and gets its audit event with its full content: assessments and ratings are facts, whose
content `bvmdesk check` compares with their latest event.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from bvmdesk.db.audit import Chain
from bvmdesk.db.session import Stamp
from bvmdesk.domain.enums import AssessmentStatus
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.assess_forms import Context, FormResolver, RowPlan
from bvmdesk.services.exchange.assess_rows import AssessmentResolver
from bvmdesk.services.exchange.results import CellError
from bvmdesk.services.exchange.validate import ParsedWorkbook

_CHUNK = 500


@dataclass
class AssessmentPlan:
    """What the import writes for the assessment sheets, in this order."""

    tables: list[RowPlan]
    finalise: list[uuid.UUID]
    counts: dict[str, list[int]] = field(default_factory=dict)


def wanted(parsed: ParsedWorkbook) -> bool:
    """True when the file has any of the four sheets (else nothing is read for them)."""
    return any(sheet.name in parsed.sheets for sheet in fmt.ASSESSMENT_SHEETS)


def plan_assessments(s: Session, parsed: ParsedWorkbook, errors: list[CellError],
                     tables: dict[str, Any], users: dict[str, uuid.UUID],
                     tick: Callable[[], None]) -> AssessmentPlan:
    """Resolve the four sheets against the database and the rest of the file.

    `tables` holds the other sheets' plans (`resolve.TablePlan`): modules, participants,
    groups and enrolments, as they will be after the import.
    """
    ctx = Context(s, parsed, errors, {"modules": tables["modules"].ids})
    forms = FormResolver(ctx, tick)
    forms.run()
    rows = AssessmentResolver(ctx, forms, tables, users, tick)
    rows.run()
    forms.finish()
    return AssessmentPlan(
        [forms.work_processes, forms.templates, forms.criteria, rows.assessments,
         rows.ratings], rows.finalise, forms.counts | rows.counts)


class Inserter(Protocol):
    def insert(self, table: Any, rows: list[dict[str, Any]]) -> None: ...


def write_assessments(conn: Connection, stamp: Stamp, chain: Chain, inserter: Inserter,
                      plan: AssessmentPlan, tick: Callable[[int], None]) -> None:
    """Write the plan inside the caller's transaction; ratings before an assessment is
    made final (the database refuses any change to a final assessment's ratings)."""
    written: list[tuple[RowPlan, set[Any], set[Any]]] = []
    for rows in plan.tables:
        table = rows.table
        descriptive = "deleted_at" in table.c
        for start in range(0, len(rows.inserts), _CHUNK):
            chunk = [row | stamp.created() | ({"deleted_at": None} if descriptive else {})
                     for row in rows.inserts[start:start + _CHUNK]]
            inserter.insert(table, chunk)
            tick(len(chunk))
        statement = update(table).where(table.c.id == bindparam("b_id"))
        for start in range(0, len(rows.updates), _CHUNK):
            chunk = [row | stamp.updated() for row in rows.updates[start:start + _CHUNK]]
            conn.execute(statement, chunk)
            tick(len(chunk))
        inserted = {row["id"] for row in rows.inserts}
        written.append((rows, inserted, {row["b_id"] for row in rows.updates} - inserted))
    if plan.finalise:
        table = plan.tables[3].table
        statement = update(table).where(table.c.id == bindparam("b_id"))
        conn.execute(statement, [
            {"b_id": assessment_id, "status": AssessmentStatus.FINAL.value,
             "finalised_at": stamp.now} | stamp.updated() for assessment_id in plan.finalise])
        rows, inserted, updated = written[3]
        updated |= set(plan.finalise) - inserted
    for rows, inserted, updated in written:
        for action, ids in (("import.insert", inserted), ("import.update", updated)):
            _audit(conn, stamp, chain, rows, action, sorted(ids, key=str))


def _audit(conn: Connection, stamp: Stamp, chain: Chain, rows: RowPlan, action: str,
           ids: list[Any]) -> None:
    """One event per row, with the row as it is now (read back: every column)."""
    table = rows.table
    keys = tuple(table.c.keys())
    for start in range(0, len(ids), _CHUNK):
        found = conn.execute(select(table).where(table.c.id.in_(ids[start:start + _CHUNK])))
        chain.append_rows(stamp.now, stamp.actor, action, table, keys,
                          [tuple(row) for row in found])
