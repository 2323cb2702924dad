"""The register of issued certificates: rows as CertificateInfo, and the one change an issued
certificate takes besides being superseded: revocation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from bvmdesk.db.models import Certificate, Enrolment, Group, Participant
from bvmdesk.domain.enums import CertificateStatus
from bvmdesk.services.base import NotFound
from bvmdesk.services.certificate_types import CertificateInfo

STATUSES = tuple(status.value for status in CertificateStatus)
STATUS_WORDS = {CertificateStatus.VALID.value: "geldig",
                CertificateStatus.REVOKED.value: "ingetrokken",
                CertificateStatus.SUPERSEDED.value: "vervangen"}
_OLD = aliased(Certificate)
_NEW = aliased(Certificate)


def info_query() -> Select[Certificate, str, str, str, str]:
    """Certificate, participant number, group code, the number it supersedes and the one
    that superseded it."""
    return (select(Certificate, Participant.number, Group.code, _OLD.number, _NEW.number)
            .join(Participant, Participant.id == Certificate.participant_id)
            .outerjoin(Enrolment, Enrolment.id == Certificate.enrolment_id)
            .outerjoin(Group, Group.id == Enrolment.group_id)
            .outerjoin(_OLD, _OLD.id == Certificate.supersedes_id)
            .outerjoin(_NEW, _NEW.supersedes_id == Certificate.id))


def to_info(row: Any) -> CertificateInfo:
    cert, participant, group, supersedes, superseded_by = row
    snapshot: dict[str, Any] = cert.snapshot or {}
    issued_on = snapshot.get("issued_on")
    return CertificateInfo(
        id=cert.id, number=cert.number, participant=participant,
        name=str(snapshot.get("full_name") or ""), kind=cert.kind, language=cert.language,
        module=str(snapshot.get("module_code") or ""),
        module_name=str(snapshot.get("module_name") or ""),
        group=group or str(snapshot.get("group_code") or ""), issued_at=cert.issued_at,
        issued_on=date.fromisoformat(issued_on) if issued_on else cert.issued_at.date(),
        issued_by=cert.issued_by, status=cert.status, sha256=cert.sha256,
        expires_on=cert.expires_on, revocation_reason=cert.revocation_reason,
        supersedes=supersedes, superseded_by=superseded_by)


def infos(s: Session, *conditions: Any) -> list[CertificateInfo]:
    """The certificates where `conditions`, newest first."""
    rows = s.execute(info_query().where(*conditions)
                     .order_by(Certificate.issued_at.desc(), Certificate.number.desc())).all()
    return [to_info(row) for row in rows]


def filters(group: str | None, participant: str | None, status: str | None
            ) -> Sequence[Any]:
    conditions: list[Any] = []
    if group:
        conditions.append(Group.code == group.strip())
    if participant:
        conditions.append(Participant.number == participant.strip())
    if status:
        conditions.append(Certificate.status == status.strip().lower())
    return conditions


def by_number(s: Session, number: str, *, lock: bool = False) -> Certificate:
    """Raises NotFound: no certificate with that number."""
    query = select(Certificate).where(Certificate.number == number.strip().upper())
    if lock:
        query = query.with_for_update()
    found = s.scalars(query).first()
    if found is None:
        raise NotFound(f"Certificaat {number.strip()} bestaat niet.")
    return found


def info_of(s: Session, number: str) -> CertificateInfo:
    row = s.execute(info_query().where(Certificate.number == number.strip().upper())).first()
    if row is None:
        raise NotFound(f"Certificaat {number.strip()} bestaat niet.")
    return to_info(row)
