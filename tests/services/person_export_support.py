"""A world for the access export: two participants with rows in every table that can hold
something about a person, written with the services and the ORM.

On top of `certificate_world` with Zoë van 't Hek (`P-C-1`, the subject) and Çağan Yılmaz
(`P-C-2`, the other person): marks, a final assessment with ratings, sign-offs and an
issued certificate each (Zoë's first certificate revoked and a second one issued); then per
person an absence reported in advance, a verzuim handover, a printed aftekenkaart, a
sign-off on paper with a photo (and its withdrawal), one on screen with a signature, bpv
hours (a week corrected) approved with a drawn signature, an administrator's override,
and a draft assessment with a rating and a photo.

`table_graph()` lists, from `Base.metadata` alone, the tables that refer to
`participants` and every table reachable from them: a table added later shows up there,
and the export test fails until this world fills it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from bvmdesk.db.models import (
    Assessment,
    Attachment,
    Base,
    Criterion,
    EligibilityOverride,
    Enrolment,
    HoursApproval,
    HoursApprovalItem,
    PlacementHours,
    PlannedAbsence,
    Rating,
    SignOff,
    SignOffCard,
    VerzuimHandover,
)
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from tests.services.certificate_support import (
    EVERYONE_OK,
    GROUP,
    CertificateWorld,
    certificate_world,
)
from tests.services.hours_support import STROKES

SUBJECT = EVERYONE_OK[0]          # Zoë van 't Hek, P-C-1
OTHER = EVERYONE_OK[1]            # Çağan Yılmaz, P-C-2
JPEG = b"\xff\xd8\xff\xe0" + b"JFIF-test-photo" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n" + b"test-scan" + b"\x00" * 64
# Tables never about one person (the site, bookkeeping, the audit trail apart).
NOT_PERSONAL = {"sites", "audit_events", "fact_purge_permits", "local_settings",
                "number_sequences", "signing_keys"}


def fk_to(target: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to `target` in the metadata."""
    return sorted((table.name, fk.parent.name) for table in Base.metadata.sorted_tables
                  for fk in table.foreign_keys if fk.column.table.name == target)


def table_graph() -> set[str]:
    """`participants`, the tables with a foreign key to it, the tables with one to those,
    and so on; plus attachments (owned through owner_id) and the fact tables those rows
    point at (an approval named by an approval item)."""
    found = {"participants"}
    while True:
        more = {table for target in found for table, _ in fk_to(target)} - NOT_PERSONAL
        more |= {"attachments"}
        if more <= found:
            break
        found |= more
    forward = {fk.column.table.name for table in Base.metadata.sorted_tables
               if table.name in found for fk in table.foreign_keys}
    facts = {"hours_approvals"}  # the only fact table reached forward (checked below)
    assert {t for t in forward - found - NOT_PERSONAL
            if t in _fact_tables()} == facts, "a new fact table is pointed at: add it here"
    return found | facts


def _fact_tables() -> set[str]:
    from bvmdesk.db.base import Fact

    return {m.local_table.name for m in Base.registry.mappers  # type: ignore[union-attr]
            if issubclass(m.class_, Fact)}


@dataclass
class ExportWorld:
    cert: CertificateWorld
    # number -> table -> ids of the rows written here for that person
    rows: dict[str, dict[str, set[uuid.UUID]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    certificates: dict[str, list[str]] = field(default_factory=dict)  # number -> numbers
    revoked: str = ""


def export_world(services: Services, admin: Actor) -> ExportWorld:
    cert = certificate_world(services, admin, (SUBJECT, OTHER))
    world = ExportWorld(cert)
    issued = services.certificates.issue(admin, GROUP, with_print=False)
    by_person = {c.participant: c.number for c in issued.issued}
    world.revoked = by_person[SUBJECT.number]
    services.certificates.revoke(admin, world.revoked, "Naam verkeerd gespeld")
    again = services.certificates.issue(admin, GROUP, [SUBJECT.number], with_print=False)
    world.certificates[SUBJECT.number] = [world.revoked, again.issued[0].number]
    world.certificates[OTHER.number] = [by_person[OTHER.number]]
    for index, person in enumerate((SUBJECT, OTHER)):
        _extras(services, world, person.number, index)
    return world


def _extras(services: Services, world: ExportWorld, number: str, index: int) -> None:
    cert = world.cert
    person_id, enrolment_id = cert.participants[number], cert.enrolments[number]
    rows = world.rows[number]
    with sessions_of(services).write("test") as s:
        enrolment = s.get(Enrolment, enrolment_id)
        assert enrolment is not None
        absence = PlannedAbsence(participant_id=person_id, from_date=date(2026, 12, 7),
                                 to_date=date(2026, 12, 8), kind="ziek", note="griep",
                                 recorded_by="test", recorded_at=datetime(2026, 12, 1, 9))
        handover = VerzuimHandover(participant_id=person_id, window_start=date(2026, 9, 7),
                                   window_end=date(2026, 10, 5),
                                   handed_over_on=date(2026, 10, 6), handed_over_by="test")
        card = SignOffCard(code=f"AK-TEST-{index}", enrolment_id=enrolment_id, version=1,
                           tasks="[]", printed_by="test")
        override = EligibilityOverride(enrolment_id=enrolment_id, reason="Ziek geweest",
                                       recorded_by="test")
        s.add_all([absence, handover, card, override])
        s.flush()
        paper_id = uuid.uuid4()
        scan = Attachment(owner_type="signoff", owner_id=paper_id, media_type="image/png",
                          filename="kaart.png", data=PNG, thumbnail=b"thumb")
        s.add(scan)
        s.flush()
        paper = SignOff(id=paper_id, enrolment_id=enrolment_id, task_id=cert.tasks["T3"],
                        trainer_id=cert.trainer_id, date=date(2026, 11, 10), method="paper",
                        recorded_by="test", card_id=card.id, evidence_attachment_id=scan.id)
        screen = SignOff(enrolment_id=enrolment_id, task_id=cert.tasks["T3"],
                         trainer_id=cert.trainer_id, date=date(2026, 11, 11),
                         method="screen", signature_strokes=STROKES, recorded_by="test")
        s.add_all([paper, screen])
        s.flush()
        withdrawal = SignOff(enrolment_id=enrolment_id, task_id=cert.tasks["T3"],
                             trainer_id=cert.trainer_id, date=date(2026, 11, 12),
                             method="paper", recorded_by="test", withdraws_id=paper.id,
                             reason="Verkeerde taak")
        week = PlacementHours(enrolment_id=enrolment_id, iso_year=2026, iso_week=40,
                              minutes=960, entered_by="test")
        s.add_all([withdrawal, week])
        s.flush()
        corrected = PlacementHours(enrolment_id=enrolment_id, iso_year=2026, iso_week=40,
                                   minutes=990, entered_by="test", supersedes_id=week.id)
        approval = HoursApproval(trainer_id=cert.trainer_id, approved_on=date(2026, 10, 9),
                                 signature_strokes=STROKES, recorded_by="test")
        s.add_all([corrected, approval])
        s.flush()
        item = HoursApprovalItem(approval_id=approval.id, placement_hours_id=corrected.id)
        draft = Assessment(code=f"ZWL-2026-09{index}", version=1, template_id=cert.form_id,
                           enrolment_id=enrolment_id, date=date(2026, 11, 16),
                           status="draft")
        s.add_all([item, draft])
        s.flush()
        criterion = s.query(Criterion).filter_by(template_id=cert.form_id, number=1).one()
        rating = Rating(assessment_id=draft.id, criterion_id=criterion.id, value="V")
        photo = Attachment(owner_type="assessment", owner_id=draft.id,
                           media_type="image/jpeg", filename="las.jpg", data=JPEG)
        s.add_all([rating, photo])
        s.flush()
        for row in (absence, handover, card, override, scan, paper, screen, withdrawal, week,
                    corrected, approval, item, draft, rating, photo, enrolment):
            rows[row.__tablename__].add(row.id)
        rows["participants"].add(person_id)
        rows["signoffs"] |= set(cert.signoffs[number])
