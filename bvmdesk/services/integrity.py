"""`bvmdesk check`: the file, its references, the audit chain, its head, facts vs events.

Each problem names what is wrong and where (`kind`, `table`, `id`, `detail`), the first
bad event or row first. Kinds:
- `damaged`: SQLite reports the file damaged (it comes first, and says to restore a
  backup); `integrity`: each line of SQLite's integrity_check;
- `foreign_key`: a row that points at nothing;
- `chain`: an event whose link or content does not hold, or a gap in the sequence;
- `head`: the head file beside the database is ahead of the database (events cut off the
  tail) or names a hash the database does not have;
- `fact`: a fact row without its event, with content that differs from its event's digest
  (edited with the triggers dropped), or missing while its event says it exists;
- `trigger`: a trigger that refuses changes to facts is gone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.exc import DatabaseError

from bvmdesk.db.audit import chain_head, content_columns, fact_tables, row_digest
from bvmdesk.db.head import HeadFileError, read_head
from bvmdesk.db.models import AuditEvent
from bvmdesk.db.session import Sessions
from bvmdesk.db.triggers import missing_fact_triggers
from bvmdesk.services.audit import iter_chain_problems

MAX_PER_KIND = 100  # a file edited wholesale would otherwise list a million rows
# Events whose digest says the row is gone on purpose.
_GONE = ("purge",)


@dataclass(frozen=True)
class Problem:
    kind: str
    table: str | None
    id: str | None
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "table": self.table, "id": self.id, "detail": self.detail}

    def __str__(self) -> str:
        where = " ".join(x for x in (self.table, self.id) if x)
        return f"{where}: {self.detail}" if where else self.detail


@dataclass
class CheckReport:
    """The outcome of `check`: `ok` when there is no problem (warnings do not count)."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def of_kind(self, kind: str) -> list[str]:
        return [str(p) for p in self.problems if p.kind == kind]

    # The parts as lists of text (older callers and the text output).
    @property
    def integrity(self) -> list[str]:
        return self.of_kind("damaged") + self.of_kind("integrity")

    @property
    def foreign_keys(self) -> list[str]:
        return self.of_kind("foreign_key")

    @property
    def audit_chain(self) -> list[str]:
        return self.of_kind("chain") + self.of_kind("head")

    @property
    def facts(self) -> list[str]:
        return self.of_kind("fact")

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"ok": self.ok,
                                 "problems": [p.as_dict() for p in self.problems]}
        if self.warnings:
            found["warnings"] = list(self.warnings)
        return found


def damaged_report(message: str, details: list[str] | None = None) -> CheckReport:
    """The report on a file SQLite calls damaged: one `damaged` problem that says what to do
    (restore a backup), then SQLite's own findings."""
    report = CheckReport([Problem("damaged", None, None, message)])
    report.problems += [Problem("integrity", None, None, d) for d in (details or [])
                        ][:MAX_PER_KIND]
    return report


def run_check(sessions: Sessions, head_file: Path | None) -> CheckReport:
    """Every check; a file SQLite finds damaged gives a `damaged` report (the checks that
    would read the damaged pages are not run)."""
    from bvmdesk.db.backup import damage_detail, is_damage_error
    from bvmdesk.services.backup_types import damaged_text

    location = sessions.engine.url.database if sessions.engine.dialect.name == "sqlite" \
        else None
    try:
        return _run_check(sessions, head_file)
    except DatabaseError as exc:
        if not is_damage_error(exc):
            raise
        return damaged_report(damaged_text(location, damage_detail(exc)))
    except _Damaged as damaged:
        return damaged_report(damaged_text(location, "SQLite vond beschadigde pagina's"),
                              damaged.rows)


class _Damaged(Exception):
    def __init__(self, rows: list[str]) -> None:
        super().__init__("; ".join(rows))
        self.rows = rows


def _run_check(sessions: Sessions, head_file: Path | None) -> CheckReport:
    report = CheckReport()
    engine = sessions.engine
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                raise _Damaged(rows)
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                report.problems.append(Problem(
                    "foreign_key", str(table), str(rowid),
                    f"rij {rowid} verwijst naar een ontbrekende {parent}"))
    with sessions.read() as s:
        for count, problem in enumerate(iter_chain_problems(s)):
            if count >= MAX_PER_KIND:
                break
            report.problems.append(Problem("chain", "audit_events", str(problem.sequence),
                                           problem.message))
        conn = s.connection()
        _check_head(conn, head_file, report)
        for table in fact_tables():
            report.problems += _check_facts(conn, table)
        for name in missing_fact_triggers(conn):
            report.problems.append(Problem(
                "trigger", None, name,
                f"de beveiliging {name} ontbreekt: de database weigert wijzigingen van "
                "feiten niet meer (buiten BVM Desk om verwijderd)"))
    return report


def _check_head(conn: Connection, head_file: Path | None, report: CheckReport) -> None:
    if head_file is None:
        return
    try:
        head = read_head(head_file)
    except HeadFileError as exc:
        report.problems.append(Problem("head", "audit_events", None, str(exc)))
        return
    if head is None:
        report.warnings.append(
            f"Geen kopbestand gevonden ({head_file.name}): is de database van een andere pc "
            "overgezet? De keten is alleen binnen de database gecontroleerd. Het kopbestand "
            "wordt bij de volgende wijziging opnieuw geschreven.")
        return
    last = chain_head(conn)
    if last is None or head.sequence > last.sequence:
        ends = f"eindigt bij gebeurtenis {last.sequence}" if last else "heeft geen gebeurtenissen"
        report.problems.append(Problem(
            "head", "audit_events", str(head.sequence),
            f"het kopbestand noemt gebeurtenis {head.sequence}, maar de database {ends}: "
            "gebeurtenissen aan het eind van de keten zijn verwijderd"))
        return
    stored = conn.execute(select(AuditEvent.hash)
                          .where(AuditEvent.sequence == head.sequence)).scalar()
    if stored != head.hash:
        report.problems.append(Problem(
            "head", "audit_events", str(head.sequence),
            f"gebeurtenis {head.sequence} in de database verschilt van die in het kopbestand: "
            "de keten is na het schrijven van het kopbestand vervangen"))


def _events(conn: Connection, table: Table) -> Iterator[tuple[uuid.UUID, str | None, str]]:
    """(entity id, digest after, action) of the latest event per row of `table`, by id."""
    entity = AuditEvent.entity_id
    order = entity.collate("C") if conn.dialect.name == "postgresql" else entity
    rows = conn.execute(
        select(entity, AuditEvent.digest_after, AuditEvent.action)
        .where(AuditEvent.entity_type == table.name, entity.is_not(None))
        .order_by(order, AuditEvent.sequence).execution_options(yield_per=20_000))
    current: str | None = None
    latest: tuple[str | None, str] = (None, "")
    for entity_id, after, action in rows:
        if entity_id != current:
            if current is not None:
                parsed = _uuid(current)
                if parsed is not None:
                    yield parsed, latest[0], latest[1]
            current = entity_id
        latest = (after, action)
    if current is not None:
        parsed = _uuid(current)
        if parsed is not None:
            yield parsed, latest[0], latest[1]


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _check_facts(conn: Connection, table: Table) -> list[Problem]:
    """Merge the table's rows (by id) with the latest event per row (by entity id)."""
    columns = content_columns(table)
    problems: list[Problem] = []
    rows = conn.execute(select(table).order_by(table.c.id)
                        .execution_options(yield_per=20_000)).mappings()
    events = _events(conn, table)
    event = next(events, None)

    def add(row_id: uuid.UUID, detail: str) -> None:
        if len(problems) < MAX_PER_KIND:
            problems.append(Problem("fact", table.name, str(row_id), detail))

    for row in rows:
        row_id: uuid.UUID = row["id"]
        while event is not None and event[0] < row_id:
            if event[1] is not None and event[2] not in _GONE:
                add(event[0], "de rij ontbreekt, maar de audit zegt dat ze bestaat "
                              "(verwijderd buiten BVM Desk om)")
            event = next(events, None)
        if event is None or event[0] != row_id:
            add(row_id, "geen audit-gebeurtenis voor deze rij (buiten BVM Desk om toegevoegd)")
            continue
        if event[1] != row_digest(row, columns):
            add(row_id, "de inhoud wijkt af van de audit-gebeurtenis (buiten BVM Desk om "
                        "gewijzigd)")
        event = next(events, None)
    while event is not None:
        if event[1] is not None and event[2] not in _GONE:
            add(event[0], "de rij ontbreekt, maar de audit zegt dat ze bestaat "
                          "(verwijderd buiten BVM Desk om)")
        event = next(events, None)
    return problems
