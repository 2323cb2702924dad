"""Weekly bpv hours: entered per ISO week by the instructor, approved by the trainer (PIN and
signature); a change supersedes and voids the approval."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Enrolment,
    HoursApproval,
    HoursApprovalItem,
    PlacementHours,
)
from bvmdesk.db.session import Sessions
from bvmdesk.domain.enums import Role, SignOffMethod
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signature import SignatureError, decode
from bvmdesk.domain.signoff import (
    HoursError,
    checked_minutes,
    format_iso_week,
    iso_week_of,
    signoff_date_problem,
    week_monday,
    weeks_in_year,
)
from bvmdesk.services import audit, trainer_pins
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ValidationFailed
from bvmdesk.services.hours_read import (
    EnrolmentHours,
    approval_info,
    load_hours,
    norms,
    trainer_names,
    week_hours,
)
from bvmdesk.services.hours_read import hours_totals as hours_totals
from bvmdesk.services.retry import run_write
from bvmdesk.services.scope_records import require_approval, require_enrolment
from bvmdesk.services.signoff_read import enrolment_ref, trainer_for
from bvmdesk.services.signoff_types import (
    ApprovalInfo,
    EnrolmentRef,
    HoursSheet,
    WeekEntry,
)

__all__ = ["HoursService", "hours_totals"]

NOTHING_CHANGED = "Er is niets gewijzigd."
NOTHING_APPROVED = "Er is niets goedgekeurd."
NO_SIGNATURE = "Zet eerst een handtekening; er is niets afgetekend."
REASON_MIN, REASON_MAX = 3, 200
FIRST_YEAR = 2000


class HoursService:
    """Weekly bpv hours: entered per ISO week by the instructor, approved by the trainer (PIN and
    signature); a change supersedes and voids the approval."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading -------------------------------------------------------------------------
    def sheet(self, actor: Actor, enrolment_id: uuid.UUID) -> HoursSheet:
        """The weeks of the enrolment that have a row that stands (0 hours after a change
        too), by week, with their history and the totals.

        Raises:
            NotFound: no such enrolment.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            ref = enrolment_ref(s, enrolment_id)
            require_enrolment(s, actor, enrolment_id)
            return _sheet(s, ref)

    # --- entering ------------------------------------------------------------------------
    def enter_hours(self, actor: Actor, enrolment_id: uuid.UUID,
                    entries: Sequence[WeekEntry]) -> HoursSheet:
        """Store the hours of some weeks: a new row for each week whose hours changed,
        superseding the one that stood (its approval no longer counts). All or nothing.

        Raises:
            NotFound: no such enrolment. ValidationFailed: no company; a week that does not
            exist or lies after this week; hours that are no whole half hours within a
            week; a week twice.
        """
        actor.require(Permission.RECORD_SIGNOFFS)
        self._check_entries(entries)

        def work(s: Session) -> HoursSheet:
            ref = enrolment_ref(s, enrolment_id)
            require_enrolment(s, actor, enrolment_id)
            if ref.company_id is None:
                raise ValidationFailed([FieldError("enrolment", (
                    f"{ref.participant_name} heeft bij {ref.group_code} geen leerbedrijf; "
                    "bpv-uren horen bij een leerbedrijf. Leg eerst het leerbedrijf vast. "
                    + NOTHING_CHANGED))])
            _lock_enrolment(s, enrolment_id)
            current = load_hours(s, [enrolment_id])[enrolment_id].current_rows()
            for entry in entries:
                old = current.get((entry.iso_year, entry.iso_week))
                if (old is None and entry.minutes == 0) or (
                        old is not None and old.minutes == entry.minutes):
                    continue
                row = PlacementHours(
                    enrolment_id=enrolment_id, iso_year=entry.iso_year,
                    iso_week=entry.iso_week, minutes=entry.minutes, entered_by=actor.name,
                    supersedes_id=old.id if old is not None else None)
                s.add(row)
                s.flush()
                audit.record_row(s, actor.name, "bpv_hours.enter", row,
                                 detail=format_iso_week(entry.iso_year, entry.iso_week))
            return _sheet(s, ref)
        return run_write(self._sessions, actor.name, work)

    def _check_entries(self, entries: Sequence[WeekEntry]) -> None:
        this_week = iso_week_of(self._sessions.clock.today())
        errors: list[FieldError] = []
        seen: set[tuple[int, int]] = set()
        for entry in entries:
            key = (entry.iso_year, entry.iso_week)
            label = (format_iso_week(*key) if FIRST_YEAR <= entry.iso_year <= 9999
                     else f"{entry.iso_year}-W{entry.iso_week}")
            if not FIRST_YEAR <= entry.iso_year <= 9999:
                errors.append(FieldError("week", f"{label}: {entry.iso_year} is geen jaar "
                                                 f"voor bpv-uren. {NOTHING_CHANGED}"))
                continue
            last = weeks_in_year(entry.iso_year)
            if not 1 <= entry.iso_week <= last:
                errors.append(FieldError("week", (
                    f"{entry.iso_year} heeft geen week {entry.iso_week} (wel 1 tot en met "
                    f"{last}). {NOTHING_CHANGED}")))
                continue
            if key > this_week:
                errors.append(FieldError("week", (
                    f"Week {label} ligt in de toekomst; bpv-uren worden ingevoerd tot en "
                    f"met deze week ({format_iso_week(*this_week)}). {NOTHING_CHANGED}")))
            if key in seen:
                errors.append(FieldError("week", f"Week {label} staat twee keer in de "
                                                 f"invoer. {NOTHING_CHANGED}"))
            seen.add(key)
            try:
                checked_minutes(entry.minutes)
            except HoursError as exc:
                errors.append(FieldError("minutes", f"Week {label}: {exc} {NOTHING_CHANGED}"))
        if errors:
            raise ValidationFailed(errors)

    # --- approving -----------------------------------------------------------------------
    def approve(self, actor: Actor, enrolment_id: uuid.UUID, trainer_id: uuid.UUID, pin: str,
                strokes: str, hours_ids: Sequence[uuid.UUID],
                day: date | None = None) -> ApprovalInfo:
        """The trainer approves weeks (current rows without an approval that counts) with
        PIN and signature: one approval, one item per week.

        Raises:
            NotFound: no such enrolment or trainer. ValidationFailed: no weeks, a week that
            is not the enrolment's current one or is approved already, a date in the future,
            no signature, a trainer of another company. PinRefused: wrong PIN, locked, no
            PIN (the wrong try is counted).
        """
        actor.require(Permission.RECORD_SIGNOFFS)
        today = self._sessions.clock.today()
        day = day or today
        wanted = list(dict.fromkeys(hours_ids))
        problem = signoff_date_problem(day, today)
        if problem is not None:
            raise ValidationFailed([FieldError("day", f"{problem} {NOTHING_APPROVED}")])
        if not wanted:
            raise ValidationFailed([FieldError("hours", (
                f"Kies eerst een of meer weken om goed te keuren. {NOTHING_APPROVED}"))])
        _check_signature(strokes)
        with self._sessions.read() as s:  # all that needs no PIN, before the PIN is tried
            ref = enrolment_ref(s, enrolment_id)
            require_enrolment(s, actor, enrolment_id)
            trainer_for(s, trainer_id, ref)
            _approvable(s, ref, wanted, day)
        trainer_pins.check_pin(self._sessions, actor, trainer_id, pin)

        def work(s: Session) -> ApprovalInfo:
            ref = enrolment_ref(s, enrolment_id)
            trainer = trainer_for(s, trainer_id, ref)
            _lock_enrolment(s, enrolment_id)
            _approvable(s, ref, wanted, day)  # again: another PC may have changed a week since
            approval = HoursApproval(trainer_id=trainer.id, approved_on=day,
                                     signature_strokes=strokes,
                                     method=SignOffMethod.SCREEN.value,
                                     recorded_by=actor.name)
            s.add(approval)
            s.flush()
            audit.record_row(s, actor.name, "bpv_hours.approve", approval)
            for hours_id in wanted:
                item = HoursApprovalItem(approval_id=approval.id, placement_hours_id=hours_id)
                s.add(item)
                s.flush()
                audit.record_row(s, actor.name, "bpv_hours.approve", item)
            return approval_info(approval, trainer.name)
        return run_write(self._sessions, actor.name, work)

    def withdraw_approval(self, actor: Actor, approval_id: uuid.UUID,
                          reason: str) -> ApprovalInfo:
        """Withdraw an approval: a new approval row with `withdraws_id` and the reason; the
        weeks it covered are unapproved again. An administrator or whoever recorded it.

        Raises:
            NotFound: no such approval. PermissionDenied: neither admin nor its recorder.
            ValidationFailed: no reason (3-200 characters), a withdrawal, or withdrawn
            already.
        """
        actor.require(Permission.RECORD_SIGNOFFS)
        reason = " ".join((reason or "").split())
        if not REASON_MIN <= len(reason) <= REASON_MAX:
            raise ValidationFailed([FieldError("reason", (
                f"Geef een reden van {REASON_MIN} tot {REASON_MAX} tekens. "
                + NOTHING_CHANGED))])

        def work(s: Session) -> ApprovalInfo:
            approval = s.get(HoursApproval, approval_id)
            if approval is None:
                raise NotFound("Deze goedkeuring bestaat niet (meer).")
            require_approval(s, actor, approval_id)
            if approval.withdraws_id is not None:
                raise ValidationFailed([FieldError("approval", (
                    "Dit is de intrekking van een goedkeuring; die kan niet worden "
                    "ingetrokken. " + NOTHING_CHANGED))])
            if actor.role is not Role.ADMIN and approval.recorded_by != actor.name:
                raise PermissionDenied(
                    f"Alleen een beheerder of wie de goedkeuring vastlegde "
                    f"({approval.recorded_by}) kan haar intrekken. {NOTHING_CHANGED}")
            earlier = s.scalars(select(HoursApproval).where(
                HoursApproval.withdraws_id == approval.id)).first()
            if earlier is not None:
                raise ValidationFailed([FieldError("approval", (
                    f"Deze goedkeuring is al ingetrokken op {earlier.approved_on:%d-%m-%Y} "
                    f"door {earlier.recorded_by}. " + NOTHING_CHANGED))])
            withdrawal = HoursApproval(
                trainer_id=approval.trainer_id, approved_on=self._sessions.clock.today(),
                method=approval.method, recorded_by=actor.name, withdraws_id=approval.id,
                reason=reason)
            s.add(withdrawal)
            s.flush()
            audit.record_row(s, actor.name, "bpv_hours.withdraw_approval", withdrawal,
                             detail=reason)
            name = trainer_names(s, [approval.trainer_id]).get(approval.trainer_id, "")
            return approval_info(withdrawal, name)
        return run_write(self._sessions, actor.name, work)


# --- helpers -------------------------------------------------------------------------------
def _sheet(s: Session, ref: EnrolmentRef) -> HoursSheet:
    hours = load_hours(s, [ref.id])[ref.id]
    return HoursSheet(enrolment=ref, weeks=week_hours(s, hours),
                      totals=hours.totals(norms(s, [ref])[ref.id]))


def _lock_enrolment(s: Session, enrolment_id: uuid.UUID) -> None:
    """The enrolment's row, locked until commit (PostgreSQL): of two PCs entering or
    approving its hours at once, the second reads what the first wrote. SQLite lets one
    writer in at a time anyway."""
    s.execute(select(Enrolment.id).where(Enrolment.id == enrolment_id).with_for_update())


def _check_signature(strokes: str) -> None:
    try:
        empty = decode(strokes).is_empty
    except SignatureError as exc:
        raise ValidationFailed([FieldError("signature", f"{exc} {NOTHING_APPROVED}")]) from exc
    if empty:
        raise ValidationFailed([FieldError("signature", NO_SIGNATURE)])


def _approvable(s: Session, ref: EnrolmentRef, hours_ids: Sequence[uuid.UUID],
                day: date) -> None:
    """Each id is a current row of this enrolment without an approval that counts, of a
    week that had begun on the approval's `day`."""
    hours: EnrolmentHours = load_hours(s, [ref.id])[ref.id]
    current = {row.id for row in hours.current_rows().values()}
    errors = []
    for hours_id in hours_ids:
        row = hours.rows.get(hours_id)
        if row is None:
            errors.append(FieldError("hours", (
                f"Deze uren horen niet bij {ref.participant_name} ({ref.group_code}). "
                + NOTHING_APPROVED)))
            continue
        label = format_iso_week(row.iso_year, row.iso_week)
        if week_monday(row.iso_year, row.iso_week) > day:
            errors.append(FieldError("day", (
                f"Week {label} begon pas op {week_monday(row.iso_year, row.iso_week):%d-%m-%Y}"
                f"; een goedkeuring op {day:%d-%m-%Y} kan die week niet gelden. "
                + NOTHING_APPROVED)))
            continue
        if row.id not in current:
            errors.append(FieldError("hours", (
                f"De uren van week {label} zijn intussen gewijzigd; vernieuw het scherm en "
                "keur de nieuwe uren goed. " + NOTHING_APPROVED)))
            continue
        approval = hours.counting_approval(row.id)
        if approval is not None:
            errors.append(FieldError("hours", (
                f"Week {label} is al goedgekeurd op {approval.approved_on:%d-%m-%Y}. "
                + NOTHING_APPROVED)))
    if errors:
        raise ValidationFailed(errors)
