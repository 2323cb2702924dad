"""What a certificate will state, read from the database before it is numbered and signed:
a draft CertificateDocument per enrolment (no number, no code yet)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from bvmdesk.db.models import Enrolment, Group, Module, Participant, Programme
from bvmdesk.db.session import Sessions
from bvmdesk.domain.certificate import expiry_date
from bvmdesk.domain.certificate_code import CertificateKind
from bvmdesk.reports.certificate_model import (
    CertificateArt,
    CertificateDocument,
    WorkProcessResult,
)
from bvmdesk.services.assessment_progress import AssessmentProgress
from bvmdesk.services.base import Actor
from bvmdesk.services.certificate_eligibility import GroupFacts
from bvmdesk.services.certificate_settings import read_settings
from bvmdesk.services.numbering import local_site


class _Progress(AssessmentProgress):
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions


@dataclass(frozen=True)
class Drafts:
    """Draft documents per enrolment id, and the site's artwork."""

    documents: dict[uuid.UUID, CertificateDocument]
    art: CertificateArt


def draft_documents(sessions: Sessions, actor: Actor, facts: GroupFacts,
                    enrolment_ids: Iterable[uuid.UUID], *, kind: str, language: str,
                    today: date) -> Drafts:
    """The documents of `enrolment_ids` (of the group of `facts`) as they would be issued
    today; number, code and key id are left empty for the issuing transaction."""
    wanted = list(enrolment_ids)
    group = facts.eligibility
    results: dict[uuid.UUID, tuple[WorkProcessResult, ...]] = {}
    if kind == CertificateKind.CERTIFICAAT.value and wanted:
        progress = _Progress(sessions).group_progress(actor, group.group_id)
        names = dict(progress.work_processes)
        for row in progress.rows:
            results[row.participant_id] = tuple(
                WorkProcessResult(code, names.get(code, ""), row.latest[code].result)
                for code in sorted(row.latest))
    with sessions.read() as s:
        site = local_site(s)
        settings = read_settings(site)
        module, programme = s.execute(
            select(Module, Programme).outerjoin(Programme, Programme.id == Module.programme_id)
            .join(Group, Group.module_id == Module.id)
            .where(Group.id == group.group_id)).one()
        people = s.execute(select(Enrolment.id, Participant).join(
            Participant, Participant.id == Enrolment.participant_id).where(
            Enrolment.id.in_(wanted))).all() if wanted else []
        template = CertificateDocument(
            number="", kind=kind, language=language, first_names="", prefix="", last_name="",
            birth_date=None, participant_number="", module_code=module.code,
            module_name=module.name,
            crebo=module.crebo or (programme.crebo if programme else None),
            level=module.level if module.level is not None else (
                programme.level if programme else None),
            programme_name=programme.name if programme else None,
            planned_hours=module.planned_hours or 0, attended_minutes=0, attendance_pct=None,
            results=(), organisation=settings.organisation, site_code=site.code,
            site_name=site.name, place=site.city or site.name, issued_on=today,
            expires_on=expiry_date(today, module.validity_years),
            signatory_name=settings.signatory_name,
            signatory_function=settings.signatory_function, qr_text="", key_id="",
            group_code=group.group, verify_address=settings.verify_address)
        documents = {}
        for eid, person in people:
            figures = facts.attendance.get(person.number)
            documents[eid] = replace(
                template, first_names=person.first_names, prefix=person.prefix or "",
                last_name=person.last_name, birth_date=person.birth_date,
                participant_number=person.number,
                attended_minutes=figures.attended_minutes if figures else 0,
                attendance_pct=figures.percentage if figures else None,
                results=results.get(person.id, ()))
    return Drafts(documents, CertificateArt(settings.logo, settings.signature))


def preview_document(draft: CertificateDocument) -> CertificateDocument:
    """The draft marked as an example: no number and a code that is no valid code."""
    return replace(draft, number="", qr_text="", key_id="")
