"""Reading bpv hours as they stand: the current row of each week, the approvals that count,
and the totals against the yearly norm.

Nothing here is stored as a status: a row is current when no row supersedes it; an approval
counts for the rows its items name, unless a later approval row withdraws it. So a change
of the hours of a week (a new row) voids that week's approval without touching it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from bvmdesk.db.models import (
    HoursApproval,
    HoursApprovalItem,
    Module,
    PlacementHours,
    Programme,
    WorkplaceTrainer,
)
from bvmdesk.domain.signoff import bpv_norm_hours
from bvmdesk.services.signoff_types import (
    ApprovalInfo,
    EnrolmentRef,
    HoursTotals,
    WeekHistoryEntry,
    WeekHours,
)


@dataclass
class EnrolmentHours:
    """Every hours row of one enrolment and the approvals that name them."""

    rows: dict[uuid.UUID, PlacementHours] = field(default_factory=dict)
    approvals: dict[uuid.UUID, HoursApproval] = field(default_factory=dict)
    approvals_of_row: dict[uuid.UUID, list[uuid.UUID]] = field(
        default_factory=lambda: defaultdict(list))
    withdrawal_of: dict[uuid.UUID, HoursApproval] = field(default_factory=dict)

    def superseded(self) -> set[uuid.UUID]:
        return {r.supersedes_id for r in self.rows.values() if r.supersedes_id is not None}

    def current_rows(self) -> dict[tuple[int, int], PlacementHours]:
        """(ISO year, ISO week) -> the row that stands (the newest, should two rows of one
        week stand, as after two sites entered it at once)."""
        gone = self.superseded()
        current: dict[tuple[int, int], PlacementHours] = {}
        for row in sorted(self.rows.values(), key=_order):
            if row.id not in gone:
                current[(row.iso_year, row.iso_week)] = row
        return current

    def counting_approval(self, row_id: uuid.UUID) -> HoursApproval | None:
        """The approval that counts for this row: named by an item, not withdrawn."""
        counting = [self.approvals[a] for a in self.approvals_of_row.get(row_id, [])
                    if a not in self.withdrawal_of]
        return max(counting, key=_order) if counting else None

    def totals(self, norm_hours: int | None) -> HoursTotals:
        entered = approved = 0
        for row in self.current_rows().values():
            entered += row.minutes
            if self.counting_approval(row.id) is not None:
                approved += row.minutes
        return HoursTotals(entered, approved, norm_hours)


def _order(row: PlacementHours | HoursApproval) -> tuple[object, str]:
    return row.created_at, row.hlc


def load_hours(s: Session, enrolment_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, EnrolmentHours]:
    """The hours of these enrolments (an empty EnrolmentHours for one without any)."""
    wanted = list(dict.fromkeys(enrolment_ids))
    found: dict[uuid.UUID, EnrolmentHours] = {e: EnrolmentHours() for e in wanted}
    if not wanted:
        return found
    of_row: dict[uuid.UUID, uuid.UUID] = {}
    for row in s.scalars(select(PlacementHours)
                         .where(PlacementHours.enrolment_id.in_(wanted))).all():
        found[row.enrolment_id].rows[row.id] = row
        of_row[row.id] = row.enrolment_id
    if not of_row:
        return found
    items = s.execute(
        select(HoursApprovalItem.placement_hours_id, HoursApproval)
        .join(HoursApproval, HoursApproval.id == HoursApprovalItem.approval_id)
        .join(PlacementHours, PlacementHours.id == HoursApprovalItem.placement_hours_id)
        .where(PlacementHours.enrolment_id.in_(wanted))).all()
    enrolments_of_approval: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for row_id, approval in items:
        hours = found[of_row[row_id]]
        hours.approvals[approval.id] = approval
        hours.approvals_of_row[row_id].append(approval.id)
        enrolments_of_approval[approval.id].add(of_row[row_id])
    withdrawal = aliased(HoursApproval)
    for later in s.scalars(
            select(withdrawal)
            .join(HoursApproval, HoursApproval.id == withdrawal.withdraws_id)
            .join(HoursApprovalItem, HoursApprovalItem.approval_id == HoursApproval.id)
            .join(PlacementHours, PlacementHours.id == HoursApprovalItem.placement_hours_id)
            .where(PlacementHours.enrolment_id.in_(wanted))).unique().all():
        assert later.withdraws_id is not None
        for enrolment_id in enrolments_of_approval.get(later.withdraws_id, ()):
            found[enrolment_id].withdrawal_of[later.withdraws_id] = later
    return found


def norms(s: Session, refs: Sequence[EnrolmentRef]) -> dict[uuid.UUID, int | None]:
    """Enrolment id -> its yearly norm of bpv hours (programme's, else 610 for BBL)."""
    module_ids = {r.module_id for r in refs}
    programme_norm: dict[uuid.UUID, int | None] = {}
    if module_ids:
        programme_norm = {module_id: norm for module_id, norm in s.execute(
            select(Module.id, Programme.bpv_norm_hours)
            .outerjoin(Programme, Programme.id == Module.programme_id)
            .where(Module.id.in_(module_ids))).all()}
    return {r.id: bpv_norm_hours(programme_norm.get(r.module_id), r.participant_type)
            for r in refs}


def hours_totals(s: Session, refs: Sequence[EnrolmentRef]) -> dict[uuid.UUID, HoursTotals]:
    """Entered and approved minutes and the yearly norm of each enrolment, for the
    overviews."""
    loaded = load_hours(s, [r.id for r in refs])
    norm_of = norms(s, refs)
    return {r.id: loaded[r.id].totals(norm_of[r.id]) for r in refs}


def trainer_names(s: Session, trainer_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    wanted = list(set(trainer_ids))
    if not wanted:
        return {}
    return {trainer_id: name for trainer_id, name in s.execute(
        select(WorkplaceTrainer.id, WorkplaceTrainer.name)
        .where(WorkplaceTrainer.id.in_(wanted))).all()}


def approval_info(row: HoursApproval, trainer: str,
                  withdrawn_by: uuid.UUID | None = None) -> ApprovalInfo:
    return ApprovalInfo(
        id=row.id, trainer_id=row.trainer_id, trainer=trainer, approved_on=row.approved_on,
        method=row.method, has_signature=bool(row.signature_strokes),
        recorded_by=row.recorded_by, recorded_at=row.created_at, imported=row.imported,
        withdraws_id=row.withdraws_id, reason=row.reason, withdrawn_by=withdrawn_by)


def week_hours(s: Session, hours: EnrolmentHours) -> tuple[WeekHours, ...]:
    """The weeks that have a row that stands, by week, each with its history."""
    names = trainer_names(s, [a.trainer_id for a in hours.approvals.values()]
                          + [w.trainer_id for w in hours.withdrawal_of.values()])

    def info(approval: HoursApproval) -> ApprovalInfo:
        withdrawal = hours.withdrawal_of.get(approval.id)
        return approval_info(approval, names.get(approval.trainer_id, ""),
                             withdrawal.id if withdrawal is not None else None)

    by_week: dict[tuple[int, int], list[PlacementHours]] = defaultdict(list)
    for row in sorted(hours.rows.values(), key=_order):
        by_week[(row.iso_year, row.iso_week)].append(row)
    gone = hours.superseded()
    weeks = []
    for key, current in sorted(hours.current_rows().items()):
        history = []
        for row in by_week[key]:
            approvals: list[ApprovalInfo] = []
            for approval in sorted((hours.approvals[a] for a in
                                    hours.approvals_of_row.get(row.id, [])), key=_order):
                approvals.append(info(approval))
                withdrawal = hours.withdrawal_of.get(approval.id)
                if withdrawal is not None:
                    approvals.append(approval_info(
                        withdrawal, names.get(withdrawal.trainer_id, "")))
            history.append(WeekHistoryEntry(
                hours_id=row.id, minutes=row.minutes, entered_by=row.entered_by,
                entered_at=row.created_at, approvals=tuple(approvals),
                superseded=row.id in gone))
        counting = hours.counting_approval(current.id)
        weeks.append(WeekHours(
            hours_id=current.id, iso_year=current.iso_year, iso_week=current.iso_week,
            minutes=current.minutes, entered_by=current.entered_by,
            entered_at=current.created_at,
            approval=info(counting) if counting is not None else None,
            history=tuple(history)))
    return tuple(weeks)
