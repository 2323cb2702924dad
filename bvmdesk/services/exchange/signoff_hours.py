"""Bpv-uren: what an import does to weekly placement hours and their approvals.

The hours belong to the participant's enrolment with a workplace (of several, the one
whose dates contain the week, else the newest). Hours are facts: the same hours again
change nothing; other hours are a new row that supersedes the current one, whose approval
then no longer counts (as in the app). goedgekeurd_door/goedgekeurd_op on a week without an
approval that counts make a new approval (on paper, marked imported) of that week; an
approval that counts is never changed by an import, and a row without approval columns
leaves it in place.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select

from bvmdesk.db.models import HoursApproval, HoursApprovalItem, PlacementHours
from bvmdesk.domain.enums import SignOffMethod
from bvmdesk.domain.signoff import format_iso_week, week_monday, week_sunday
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.assess_forms import RowPlan, _table
from bvmdesk.services.exchange.signoff_plan import Placement, Rows, World

Week = tuple[int, int]
Current = dict[tuple[uuid.UUID, int, int], list[Any]]
"""(enrolment, iso year, iso week) -> [hours id, minutes, (trainer id, approved on) or None]"""


def current_hours_rows(read: Rows) -> list[tuple[Any, Any]]:
    """The current hours row of each enrolment's week with its approval that counts, as
    services.hours_read says: the row nothing supersedes (the newest, should two stand);
    the newest approval that an item names for the row and that is not withdrawn."""
    h, a, i = _table(PlacementHours).c, _table(HoursApproval).c, _table(HoursApprovalItem).c
    rows = read(select(h.id, h.enrolment_id, h.iso_year, h.iso_week, h.minutes,
                       h.supersedes_id, h.created_at, h.hlc))
    superseded = {r.supersedes_id for r in rows if r.supersedes_id is not None}
    approvals = read(select(a.id, a.trainer_id, a.approved_on, a.withdraws_id, a.created_at,
                            a.hlc))
    withdrawn = {r.withdraws_id for r in approvals if r.withdraws_id is not None}
    counting = {r.id: r for r in approvals if r.withdraws_id is None and r.id not in withdrawn}
    approval_of: dict[uuid.UUID, Any] = {}
    for approval_id, hours_id in read(select(i.approval_id, i.placement_hours_id)):
        found = counting.get(approval_id)
        known = approval_of.get(hours_id)
        if found is not None and (known is None or _order(found) > _order(known)):
            approval_of[hours_id] = found
    current: dict[tuple[uuid.UUID, int, int], Any] = {}
    for r in sorted(rows, key=_order):
        if r.id not in superseded:
            current[(r.enrolment_id, r.iso_year, r.iso_week)] = r
    return [(r, approval_of.get(r.id)) for r in current.values()]


def _order(row: Any) -> tuple[Any, str]:
    return row.created_at, row.hlc


def current_hours(world: World) -> Current:
    s = world.ctx.s
    return {(r.enrolment_id, r.iso_year, r.iso_week): [
        r.id, r.minutes, (approval.trainer_id, approval.approved_on) if approval else None]
        for r, approval in current_hours_rows(lambda stmt: list(s.execute(stmt)))}


def _covers(placement: Placement, week: Week) -> bool:
    return placement.start <= week_sunday(*week) and (
        placement.end is None or placement.end >= week_monday(*week))


class HoursPlanner:
    """Plans Bpv-uren: new hours rows, new approvals and their items."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.hours = RowPlan(_table(PlacementHours))
        self.approvals = RowPlan(_table(HoursApproval))
        self.items = RowPlan(_table(HoursApprovalItem))
        self.counts = [0, 0, 0]

    def run(self) -> None:
        world, sheet = self.world, fmt.PLACEMENT_HOURS
        records = world.ctx.parsed.records(sheet)
        if not records:
            return
        current = current_hours(world)
        for row, number, week, minutes, trainer_code, approved_on in records:
            person_id = world.person(sheet, row, number)
            trainer_id = (world.trainer(sheet, row, "goedgekeurd_door", trainer_code)
                          if trainer_code is not None else None)
            if person_id is None or (trainer_code is not None and trainer_id is None):
                continue
            placement = self._placement(row, number, person_id, week)
            if placement is None:
                continue
            if trainer_id is not None and not world.same_company(
                    sheet, row, "goedgekeurd_door", trainer_id, number, placement):
                continue
            approval = (trainer_id, approved_on) if trainer_id is not None else None
            self._week(row, number, placement, week, minutes, approval, current)

    def _week(self, row: int, number: str, placement: Placement, week: Week, minutes: int,
              approval: tuple[uuid.UUID, date] | None, current: Current) -> None:
        known = current.get((placement.id, *week))
        if known is not None and known[1] == minutes:
            if approval is None or known[2] == approval:
                self.counts[2] += 1
            elif known[2] is not None:
                trainer_id, day = known[2]
                self.world.ctx.error(fmt.PLACEMENT_HOURS, row, "goedgekeurd_door", (
                    f"week {format_iso_week(*week)} van deelnemer '{number}' is al "
                    f"goedgekeurd door {self.world.trainer_name.get(trainer_id)} op "
                    f"{day.isoformat()}; een import wijzigt geen goedkeuring (trek haar in "
                    "de app in)"))
            else:
                self._approve(known[0], approval)
                known[2] = approval
                self.counts[1] += 1
            return
        hours_id = uuid.uuid4()
        self.hours.inserts.append({
            "id": hours_id, "enrolment_id": placement.id, "iso_year": week[0],
            "iso_week": week[1], "minutes": minutes,
            "supersedes_id": known[0] if known is not None else None})
        current[(placement.id, *week)] = [hours_id, minutes, approval]
        if approval is not None:
            self._approve(hours_id, approval)
        self.counts[0 if known is None else 1] += 1

    def _approve(self, hours_id: uuid.UUID, approval: tuple[uuid.UUID, date]) -> None:
        approval_id = uuid.uuid4()
        self.approvals.inserts.append({
            "id": approval_id, "trainer_id": approval[0], "approved_on": approval[1],
            "signature_strokes": None, "method": SignOffMethod.PAPER.value,
            "withdraws_id": None, "reason": None, "imported": True})
        self.items.inserts.append({"id": uuid.uuid4(), "approval_id": approval_id,
                                   "placement_hours_id": hours_id})

    def _placement(self, row: int, number: str, person_id: uuid.UUID,
                   week: Week) -> Placement | None:
        """The enrolment with a workplace; of several, the one whose dates contain the
        week, else the newest (latest start)."""
        found = [p for p in self.world.placements.get(person_id, []) if p.has_workplace]
        if not found:
            self.world.ctx.error(fmt.PLACEMENT_HOURS, row, "deelnemer", (
                f"deelnemer '{number}' heeft geen inschrijving met leerbedrijf en "
                "praktijkopleider; bpv-uren horen bij zo'n inschrijving"))
            return None
        covering = [p for p in found if _covers(p, week)]
        return max(covering or found, key=lambda p: (p.start, p.group))
