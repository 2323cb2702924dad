"""What eligibility for a certificate needs, read for a whole group at once: attendance
(the attendance report's figures), the latest final outcome of every required form of the
module, the required sign-off tasks that stand, active overrides and valid certificates
(DOMAIN.md, Certificates)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    AssessmentTemplate,
    Certificate,
    EligibilityOverride,
    Enrolment,
    Group,
    Module,
    Participant,
    SignOffTask,
)
from bvmdesk.db.session import Sessions
from bvmdesk.domain.certificate import FormResult, TaskResult, eligibility, kind_of_module
from bvmdesk.domain.certificate_code import CertificateKind
from bvmdesk.domain.clock import Clock
from bvmdesk.domain.enums import CertificateStatus
from bvmdesk.domain.text import display_name, sort_name
from bvmdesk.reports.model import AttendanceRow
from bvmdesk.services.assessment_progress import _final_rows, _order, _outcomes
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.certificate_types import EligibilityRow, GroupEligibility
from bvmdesk.services.scope import require_group
from bvmdesk.services.signoff_rows import signoff_infos, standing

VALID = CertificateStatus.VALID.value
KINDS = tuple(kind.value for kind in CertificateKind)


def check_kind(kind: str | None, module_kind: str | None) -> CertificateKind:
    """The kind asked for, or the module's when None.

    Raises:
        ServiceError: not certificaat or deelname.
    """
    if kind is None:
        return kind_of_module(module_kind)
    try:
        return CertificateKind(kind.strip().lower())
    except ValueError:
        raise ServiceError(f"Onbekende soort '{kind}': kies certificaat of deelname; er is "
                           "niets uitgegeven.") from None


@dataclass(frozen=True)
class GroupFacts:
    """A group's eligibility list and the attendance figures it rests on (per participant
    number), for the snapshot of each certificate."""

    eligibility: GroupEligibility
    attendance: dict[str, AttendanceRow]
    module_kind: str | None

    def row(self, participant: str) -> EligibilityRow | None:
        return next((r for r in self.eligibility.rows if r.participant == participant), None)


def _group(s: Session, code: str) -> tuple[Group, Module]:
    found = s.execute(select(Group, Module).join(Module, Module.id == Group.module_id)
                      .where(Group.code == code, Group.deleted_at.is_(None))).first()
    if found is None:
        raise NotFound(f"Groep {code} bestaat niet.")
    return found[0], found[1]


def required_forms(s: Session, module_id: uuid.UUID) -> dict[str, str]:
    """Code -> name of the module's required forms (the newest version of each code
    decides whether it is required; an archived form asks nothing)."""
    newest = (select(AssessmentTemplate.code, func.max(AssessmentTemplate.version).label("v"))
              .where(AssessmentTemplate.module_id == module_id)
              .group_by(AssessmentTemplate.code).subquery())
    rows = s.execute(
        select(AssessmentTemplate.code, AssessmentTemplate.name)
        .join(newest, (newest.c.code == AssessmentTemplate.code)
              & (newest.c.v == AssessmentTemplate.version))
        .where(AssessmentTemplate.module_id == module_id,
               AssessmentTemplate.required.is_(True),
               AssessmentTemplate.deleted_at.is_(None))
        .order_by(AssessmentTemplate.code)).all()
    return {code: name for code, name in rows}


def form_results(s: Session, module_id: uuid.UUID, forms: dict[str, str],
                 participant_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[FormResult]]:
    """Participant id -> each required form and the outcome of its latest final
    assessment (any version of the form, the newest final version of each assessment)."""
    latest: dict[tuple[uuid.UUID, str], Any] = {}
    if forms and participant_ids:
        rows = _final_rows(s, Enrolment.participant_id.in_(participant_ids)
                           & (AssessmentTemplate.module_id == module_id)
                           & AssessmentTemplate.code.in_(list(forms)))
        for r in sorted(rows, key=_order):  # the last one of each person and form wins
            latest[(r.participant_id, r.form_code)] = r
    outcomes = _outcomes(s, list(latest.values()))[1] if latest else {}
    result: dict[uuid.UUID, list[FormResult]] = {}
    for pid in participant_ids:
        items = []
        for code, name in forms.items():
            r = latest.get((pid, code))
            items.append(FormResult(code, name, None if r is None else outcomes[r.id].passed))
        result[pid] = items
    return result


def task_results(s: Session, module_id: uuid.UUID, enrolment_ids: list[uuid.UUID]
                 ) -> dict[uuid.UUID, list[TaskResult]]:
    """Enrolment id -> each required (not archived) task of the module and whether a
    sign-off that is not withdrawn stands for it."""
    tasks = s.execute(select(SignOffTask.id, SignOffTask.code).where(
        SignOffTask.module_id == module_id, SignOffTask.required.is_(True),
        SignOffTask.deleted_at.is_(None)).order_by(SignOffTask.code)).all()
    infos = signoff_infos(s, enrolment_ids) if tasks else {}
    result = {}
    for eid in enrolment_ids:
        stands = standing(infos.get(eid, []))
        result[eid] = [TaskResult(code, task_id in stands) for task_id, code in tasks]
    return result


def overrides(s: Session, enrolment_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Enrolment id -> the reason of its active override."""
    if not enrolment_ids:
        return {}
    return {eid: reason for eid, reason in s.execute(
        select(EligibilityOverride.enrolment_id, EligibilityOverride.reason).where(
            EligibilityOverride.enrolment_id.in_(enrolment_ids),
            EligibilityOverride.withdrawn_at.is_(None))
        .order_by(EligibilityOverride.created_at)).all()}


def valid_certificates(s: Session, enrolment_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Enrolment id -> the number of its valid certificate."""
    if not enrolment_ids:
        return {}
    return {eid: number for eid, number in s.execute(
        select(Certificate.enrolment_id, Certificate.number).where(
            Certificate.enrolment_id.in_(enrolment_ids), Certificate.status == VALID)
        .order_by(Certificate.issued_at)).all() if eid is not None}


def group_facts(sessions: Sessions, clock: Clock, actor: Actor, group_code: str,
                kind: str | None = None) -> GroupFacts:
    """The eligibility list of `group_code` for `kind` (default: the module's).

    Raises:
        NotFound: no such group. ServiceError: an unknown kind. PermissionDenied: the
        actor does not teach the group.
    """
    code = group_code.strip()
    with sessions.read() as s:
        group, module = _group(s, code)
        require_group(s, actor, group.id)
        chosen = check_kind(kind, module.certificate_kind)
    report = ReportService(sessions, clock.today).attendance(actor, code)
    attendance = {row.participant: row for row in report.rows}
    with sessions.read() as s:
        group, module = _group(s, code)
        people = s.execute(
            select(Enrolment.id, Enrolment.trainer_id, Participant.id, Participant.number,
                   Participant.first_names, Participant.prefix, Participant.last_name)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Enrolment.group_id == group.id, Enrolment.deleted_at.is_(None),
                   Participant.deleted_at.is_(None))).all()
        enrolment_ids = [p[0] for p in people]
        certificaat = chosen is CertificateKind.CERTIFICAAT
        forms = required_forms(s, module.id) if certificaat else {}
        by_person = form_results(s, module.id, forms, [p[2] for p in people])
        by_enrolment = (task_results(s, module.id, enrolment_ids) if certificaat
                        else defaultdict(list))
        allowed = overrides(s, enrolment_ids)
        issued = valid_certificates(s, enrolment_ids)
        header = (group.id, group.code, group.name, module.code, module.name,
                  module.min_attendance_pct, module.certificate_kind)
    rows = []
    ordered = sorted(people, key=lambda p: (sort_name(p[4], p[5], p[6]).casefold(), p[3]))
    for eid, trainer_id, pid, number, first_names, prefix, last_name in ordered:
        figures = attendance.get(number)
        verdict = eligibility(chosen, attendance=figures.percentage if figures else None,
                              minimum=header[5], forms=by_person.get(pid, []),
                              tasks=by_enrolment.get(eid, []),
                              has_trainer=trainer_id is not None, override=allowed.get(eid))
        rows.append(EligibilityRow(eid, pid, number, display_name(first_names, prefix,
                                                                  last_name),
                                   verdict.eligible, verdict.conditions, verdict.summary,
                                   allowed.get(eid), issued.get(eid)))
    result = GroupEligibility(header[0], header[1], header[2], header[3], header[4],
                              chosen.value, header[5], tuple(rows))
    return GroupFacts(result, attendance, header[6])
