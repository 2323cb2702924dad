"""One row in every table the fact triggers guard, written with the ORM."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    Attachment,
    AttendanceMark,
    AuditEvent,
    Certificate,
    Company,
    Criterion,
    EligibilityOverride,
    HoursApproval,
    HoursApprovalItem,
    PlacementHours,
    PlannedAbsence,
    Rating,
    SignOff,
    SignOffCard,
    SignOffTask,
    VerzuimHandover,
    WorkplaceTrainer,
)
from bvmdesk.services.container import Services, sessions_of
from tests.db.support import LessonWorld, build_lesson_world


@dataclass(frozen=True)
class FactRows:
    """The key of one row per guarded table, and what the rows hang on."""

    world: LessonWorld
    keys: dict[str, object]  # table -> id (uuid) or sequence (audit_events)
    template_id: uuid.UUID
    criteria: tuple[uuid.UUID, uuid.UUID]
    task_id: uuid.UUID
    trainer_id: uuid.UUID
    attachment_id: uuid.UUID

    @property
    def final_assessment(self) -> uuid.UUID:
        key = self.keys["assessments"]
        assert isinstance(key, uuid.UUID)
        return key


def write_fact_rows(services: Services) -> FactRows:
    """A final assessment with a rating, a mark, a sign-off, ...: one row per guarded table."""
    world = build_lesson_world(services)
    now = datetime(2026, 9, 7, 10, 0)
    with sessions_of(services).write("test") as s:
        mark = AttendanceMark(lesson_id=world.lesson_id, participant_id=world.participant_id,
                              status="aanwezig", recorded_by="docent", recorded_at=now)
        absence = PlannedAbsence(participant_id=world.participant_id, from_date=date(2026, 9, 14),
                                 to_date=date(2026, 9, 14), kind="ziek", recorded_by="docent",
                                 recorded_at=now)
        handover = VerzuimHandover(participant_id=world.participant_id,
                                   window_start=date(2026, 9, 7), window_end=date(2026, 10, 4),
                                   handed_over_on=date(2026, 10, 5), handed_over_by="docent",
                                   handed_over_at=now)
        template = AssessmentTemplate(code="LAS-PRAKTIJK", name="Praktijkopdracht lassen",
                                      module_id=world.module_id, kind="examen")
        company = Company(code="STAAL", name="Staal BV")
        s.add_all([mark, absence, handover, template, company])
        s.flush()
        criteria = [Criterion(template_id=template.id, number=n, description=f"Criterium {n}")
                    for n in (1, 2)]
        trainer = WorkplaceTrainer(code="PO-1", name="Piet Praktijk", company_id=company.id)
        task = SignOffTask(module_id=world.module_id, code="T1", description="Hechtlas")
        s.add_all([*criteria, trainer, task])
        s.flush()
        # Rated as a draft, then made final: no rating is added to a final assessment.
        assessment = Assessment(code="BO-TEST", template_id=template.id,
                                enrolment_id=world.enrolment_id,
                                date=date(2026, 10, 5), assessor_id=world.user_id,
                                status="draft")
        attachment = Attachment(owner_type="signoff", owner_id=uuid.uuid4(),
                                media_type="image/png", data=b"\x89PNG")
        hours = PlacementHours(enrolment_id=world.enrolment_id, iso_year=2026, iso_week=37,
                               minutes=1920, entered_by="docent")
        approval = HoursApproval(trainer_id=trainer.id, approved_on=date(2026, 9, 14),
                                 recorded_by="docent")
        certificate = Certificate(number="ZWL-2026-00001", participant_id=world.participant_id,
                                  enrolment_id=world.enrolment_id, kind="certificaat",
                                  issued_at=now, issued_by="beheer", pdf=b"%PDF-1.7",
                                  sha256="0" * 64, snapshot={"naam": "Çağan"},
                                  qr_payload="payload")
        override = EligibilityOverride(enrolment_id=world.enrolment_id,
                                       reason="stage elders gedaan", recorded_by="beheer")
        s.add_all([assessment, attachment, hours, approval, certificate, override])
        s.flush()
        rating = Rating(assessment_id=assessment.id, criterion_id=criteria[0].id, value="V")
        item = HoursApprovalItem(approval_id=approval.id, placement_hours_id=hours.id)
        signoff = SignOff(enrolment_id=world.enrolment_id, task_id=task.id,
                          trainer_id=trainer.id, date=date(2026, 9, 14), method="screen",
                          evidence_attachment_id=attachment.id, recorded_by="docent")
        card = SignOffCard(code="ZWL-AK-2026-00001", enrolment_id=world.enrolment_id,
                           tasks="[]", printed_by="docent")
        s.add_all([rating, item, signoff, card])
        s.flush()
        assessment.status, assessment.finalised_at = "final", now
        s.flush()
        event = s.scalars(select(AuditEvent.sequence).order_by(AuditEvent.sequence)).first()
        assert event is not None
        keys: dict[str, object] = {
            "attendance_marks": mark.id, "planned_absences": absence.id,
            "verzuim_handovers": handover.id, "assessments": assessment.id,
            "ratings": rating.id, "signoffs": signoff.id, "placement_hours": hours.id,
            "hours_approvals": approval.id, "hours_approval_items": item.id,
            "signoff_cards": card.id,
            "attachments": attachment.id, "certificates": certificate.id,
            "eligibility_overrides": override.id,
            "audit_events": event,
        }
        return FactRows(world, keys, template.id, (criteria[0].id, criteria[1].id), task.id,
                        trainer.id, attachment.id)
