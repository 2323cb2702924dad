"""Own groups only for what is recorded under an enrolment (issue 16): assessments,
sign-offs and their cards, bpv hours and approvals, certificates.

Each of these belongs to the group of its enrolment: an instructor sees and changes it
when they teach that group (services.scope says who teaches what). A certificate without
an enrolment in this database belongs to its participant. The `require_*` functions pass
quietly when the object does not exist, so that the service says "bestaat niet (meer)"
as before; they raise PermissionDenied when it exists and is not the actor's.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Assessment,
    Attachment,
    Certificate,
    Enrolment,
    Group,
    HoursApproval,
    HoursApprovalItem,
    PlacementHours,
    SignOff,
    SignOffCard,
)
from bvmdesk.services.base import Actor
from bvmdesk.services.scope import (
    group_filter,
    require_group,
    require_participant,
    scoped,
    taught_group_ids,
    visible_participant_ids,
)
from bvmdesk.services.signoff_types import EnrolmentRef


def taught(s: Session, actor: Actor) -> set[uuid.UUID] | None:
    """The ids of the groups `actor` teaches, or None when they see every group."""
    if not scoped(actor):
        return None
    return set(s.scalars(taught_group_ids(actor)).all())


def own_groups(actor: Actor) -> list[ColumnElement[bool]]:
    """For `.where(*own_groups(actor))` on a query of groups: [] for an administrator."""
    condition = group_filter(actor, Group.id)
    return [] if condition is None else [condition]


def own_refs(s: Session, actor: Actor, refs: list[EnrolmentRef]) -> list[EnrolmentRef]:
    """`refs` without the enrolments in groups `actor` does not teach."""
    groups = taught(s, actor)
    return refs if groups is None else [r for r in refs if r.group_id in groups]


def enrolment_condition(actor: Actor) -> ColumnElement[bool] | None:
    """The condition on `Enrolment.group_id` (the query joins Enrolment), or None."""
    return group_filter(actor, Enrolment.group_id)


def require_enrolment(s: Session, actor: Actor, enrolment_id: uuid.UUID | None) -> None:
    """PermissionDenied unless `actor` teaches the group of the enrolment."""
    if not scoped(actor) or enrolment_id is None:
        return
    group_id = s.scalar(select(Enrolment.group_id).where(Enrolment.id == enrolment_id))
    if group_id is not None:
        require_group(s, actor, group_id)


def _require_via(s: Session, actor: Actor, stmt: Any) -> None:
    if not scoped(actor):
        return
    enrolment_id = s.scalar(stmt)
    if enrolment_id is not None:
        require_enrolment(s, actor, enrolment_id)


def require_assessment(s: Session, actor: Actor, assessment_id: uuid.UUID) -> None:
    _require_via(s, actor, select(Assessment.enrolment_id)
                 .where(Assessment.id == assessment_id))


def require_signoff(s: Session, actor: Actor, signoff_id: uuid.UUID) -> None:
    _require_via(s, actor, select(SignOff.enrolment_id).where(SignOff.id == signoff_id))


def require_card(s: Session, actor: Actor, card_id: uuid.UUID) -> None:
    _require_via(s, actor, select(SignOffCard.enrolment_id)
                 .where(SignOffCard.id == card_id))


def require_attachment(s: Session, actor: Actor, attachment_id: uuid.UUID) -> None:
    """A photo of an assessment or the evidence of a paper sign-off."""
    if not scoped(actor):
        return
    row = s.execute(select(Attachment.owner_type, Attachment.owner_id)
                    .where(Attachment.id == attachment_id)).first()
    if row is None:
        return
    if row.owner_type == "assessment":
        require_assessment(s, actor, row.owner_id)
    else:  # a paper card's photo: owned by a sign-off, shared by the rows it shows
        stmt = select(SignOff.enrolment_id).where(
            or_(SignOff.id == row.owner_id, SignOff.evidence_attachment_id == attachment_id)
        ).limit(1)
        _require_via(s, actor, stmt)


def require_approval(s: Session, actor: Actor, approval_id: uuid.UUID) -> None:
    """An approval of bpv hours (or its withdrawal): the enrolment of its weeks."""
    if not scoped(actor):
        return
    withdrawn = s.scalar(select(HoursApproval.withdraws_id)
                         .where(HoursApproval.id == approval_id))
    _require_via(s, actor, select(PlacementHours.enrolment_id)
                 .join(HoursApprovalItem,
                       HoursApprovalItem.placement_hours_id == PlacementHours.id)
                 .where(HoursApprovalItem.approval_id == (withdrawn or approval_id))
                 .limit(1))


def certificate_condition(actor: Actor) -> ColumnElement[bool] | None:
    """The condition on a certificate query that outer-joins its Enrolment, or None."""
    if not scoped(actor):
        return None
    return or_(Enrolment.group_id.in_(taught_group_ids(actor)),
               and_(Certificate.enrolment_id.is_(None),
                    Certificate.participant_id.in_(visible_participant_ids(actor))))


def require_certificate(s: Session, actor: Actor, number: str) -> None:
    if not scoped(actor):
        return
    row = s.execute(select(Certificate.enrolment_id, Certificate.participant_id)
                    .where(Certificate.number == number.strip().upper())).first()
    if row is None:
        return
    if row.enrolment_id is not None:
        require_enrolment(s, actor, row.enrolment_id)
    else:
        require_participant(s, actor, row.participant_id)
