"""What the database allows on each protected table (the rules the fact triggers of
db.triggers enforce; db/trigger_sql.py writes them as SQL for SQLite and PostgreSQL).

- facts (every `Fact` model, and `audit_events`): no UPDATE, no DELETE;
- a certificate: only its status columns (`Certificate.mutable_columns`) change;
- an assessment: free while it is a draft, locked once its status is final; its ratings
  are locked with it, and no rating is added to a final one;
- an attachment: never changed; a photo of a draft assessment (`owner_type` 'assessment')
  may be deleted (removed, or the draft discarded), and none is added to a final one;
- an absence reported in advance: only its tombstone (`deleted_at`, once, from NULL);
- a verzuim handover: who it is about and its window never change (the handed-over
  fields and the tombstone do: `AbsenceService.hand_over` and `undo_handover`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bvmdesk.db.base import Fact
from bvmdesk.db.models import (
    Assessment,
    Attachment,
    AuditEvent,
    Base,
    PlannedAbsence,
    Rating,
    VerzuimHandover,
)

# Stamped by every write; they may change wherever anything may change.
STAMPS = frozenset({"updated_at", "updated_by", "hlc"})
# What AbsenceService.hand_over changes on an existing handover (and undo_handover's
# tombstone); who and which window never change.
HANDOVER_MUTABLE = frozenset({"window_end", "handed_over_on", "handed_over_by",
                              "handed_over_at", "note", "deleted_at"})


class Update(StrEnum):
    """Which UPDATEs a table allows."""

    NEVER = "never"              # none
    COLUMNS = "columns"          # only of the columns in `mutable`
    TOMBSTONE = "tombstone"      # only setting deleted_at once, from NULL
    UNTIL_FINAL = "until_final"  # any while the row is not final; none after
    PARENT_FINAL = "parent_final"  # any while the parent row is not final; none after


@dataclass(frozen=True)
class Owner:
    """The row with a status that a row belongs to (an assessment, for its ratings and
    photos)."""

    column: str                            # the key of the owner in the row
    table: str                             # the owner's table (its model has final_status)
    kind: tuple[str, str] | None = None    # (column, value): only rows where that holds


@dataclass(frozen=True)
class FactRule:
    """What the database allows on one table."""

    table: str
    update: Update
    mutable: frozenset[str] = frozenset()
    final: tuple[str, str] | None = None   # UNTIL_FINAL: (status column, final value)
    parent: tuple[str, str] | None = None  # PARENT_FINAL: (foreign key column, parent table)
    purgeable: bool = True
    noun: str = "feit"
    # No INSERT while this owner is final.
    insert_owner: Owner | None = None
    # A DELETE passes (without a purge permit) while this owner is not final.
    draft_owner: Owner | None = None

    @property
    def insert_message(self) -> str:
        assert self.insert_owner is not None
        return (f"{self.noun} in {self.table} hoort bij een definitief record in "
                f"{self.insert_owner.table}; daar wordt niets aan toegevoegd")

    @property
    def update_message(self) -> str:
        if self.update is Update.COLUMNS:
            allowed = ", ".join(sorted(self.mutable - STAMPS))
            return f"{self.noun} in {self.table} wordt nooit gewijzigd (behalve {allowed})"
        if self.update is Update.TOMBSTONE:
            return (f"{self.noun} in {self.table} wordt nooit gewijzigd, alleen eenmaal "
                    "ingetrokken (deleted_at)")
        if self.update is Update.UNTIL_FINAL:
            return (f"{self.noun} in {self.table} is definitief en wordt nooit gewijzigd of "
                    "verwijderd")
        if self.update is Update.PARENT_FINAL:
            assert self.parent is not None
            return (f"{self.noun} in {self.table} hoort bij een definitief record in "
                    f"{self.parent[1]} en wordt nooit gewijzigd of verwijderd")
        return f"{self.noun} in {self.table} wordt nooit gewijzigd of verwijderd"

    @property
    def delete_message(self) -> str:
        if self.update in (Update.UNTIL_FINAL, Update.PARENT_FINAL, Update.NEVER):
            return self.update_message
        return f"{self.noun} in {self.table} wordt nooit verwijderd"

    @property
    def truncate_message(self) -> str:
        return f"{self.noun} in {self.table} wordt nooit verwijderd (TRUNCATE)"


def fact_rules() -> tuple[FactRule, ...]:
    """The rule of every protected table: each `Fact` model, the two attendance tables
    that record what happened (absences reported in advance, handovers) and the audit
    trail."""
    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
    rules: list[FactRule] = []
    for table, model in sorted(models.items()):
        if not issubclass(model, Fact):
            continue
        if model is Rating:
            rules.append(FactRule(table, Update.PARENT_FINAL,
                                  parent=("assessment_id", "assessments"),
                                  insert_owner=Owner("assessment_id", "assessments")))
        elif model is Attachment:
            photo = Owner("owner_id", Assessment.__tablename__, ("owner_type", "assessment"))
            rules.append(FactRule(table, Update.NEVER, insert_owner=photo, draft_owner=photo))
        elif model.final_status is not None:
            rules.append(FactRule(table, Update.UNTIL_FINAL, final=("status", model.final_status)))
        elif model.mutable_columns:
            rules.append(FactRule(table, Update.COLUMNS, mutable=model.mutable_columns | STAMPS))
        else:
            rules.append(FactRule(table, Update.NEVER))
    rules.append(FactRule(PlannedAbsence.__tablename__, Update.TOMBSTONE))
    rules.append(FactRule(VerzuimHandover.__tablename__, Update.COLUMNS,
                          mutable=HANDOVER_MUTABLE | STAMPS))
    rules.append(FactRule(AuditEvent.__tablename__, Update.NEVER, purgeable=False,
                          noun="gebeurtenis"))
    return tuple(sorted(rules, key=lambda r: r.table))


def rule_of(table: str) -> FactRule | None:
    return next((r for r in fact_rules() if r.table == table), None)


def parent_final_value(parent: str) -> str:
    """The final status value of `parent`'s model (an assessment's 'final')."""
    model = next(m.class_ for m in Base.registry.mappers if m.class_.__tablename__ == parent)
    final = getattr(model, "final_status", None)
    if not isinstance(final, str):
        raise ValueError(f"{parent} has no final status")
    return final
