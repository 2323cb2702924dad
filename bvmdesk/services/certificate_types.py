"""What the certificate services give the front ends (no ORM rows leave the services)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from bvmdesk.domain.certificate import Condition

Progress = Callable[[int, int], None]
"""Called with (done, total) while a batch is issued."""
Cancelled = Callable[[], bool]
"""Asked between certificates; True stops the batch (what is issued stays, whole)."""


@dataclass(frozen=True)
class CertificateSettings:
    """Per site (Beheer > Certificaten), stored in the site's settings under `certificaat`."""

    signatory_name: str = ""
    signatory_function: str = ""
    contact: str = ""  # "Bedrijfsvakschool ..., 038 123 45 67, info@..."; for verifiers
    organisation: str = "Bedrijfsvakschool Metaaltechniek"
    logo: bytes | None = None  # PNG or JPEG
    signature: bytes | None = None  # PNG or JPEG of the signatory's signature
    # The verification page's web address (issue 18); "" = the QR holds the bare code.
    verify_address: str = ""


@dataclass(frozen=True)
class EligibilityRow:
    """One enrolment of a group and whether it may get its certificate now."""

    enrolment_id: uuid.UUID
    participant_id: uuid.UUID
    participant: str  # number
    name: str  # display name
    eligible: bool
    conditions: tuple[Condition, ...]
    summary: str  # "2 van 3 voorwaarden: aanwezigheid 78,0 % < 80 %"
    override: str | None = None  # an admin's reason, when the row is allowed all the same
    certificate: str | None = None  # number of the enrolment's valid certificate, if any


@dataclass(frozen=True)
class GroupEligibility:
    """The eligibility list of a group (the preview before issuing)."""

    group_id: uuid.UUID
    group: str  # code
    group_name: str
    module: str  # code
    module_name: str
    kind: str  # the module's kind: certificaat | deelname
    min_attendance_pct: int | None
    rows: tuple[EligibilityRow, ...]


@dataclass(frozen=True)
class CertificateInfo:
    """An issued certificate as lists show it."""

    id: uuid.UUID
    number: str
    participant: str  # number
    name: str  # the name on the certificate (from its snapshot)
    kind: str
    language: str
    module: str  # code
    module_name: str
    group: str
    issued_at: datetime  # UTC
    issued_on: date  # the date on the certificate
    issued_by: str
    status: str  # valid | revoked | superseded
    sha256: str
    expires_on: date | None
    revocation_reason: str | None = None
    supersedes: str | None = None  # number
    superseded_by: str | None = None  # number


@dataclass(frozen=True)
class IssuedCertificate:
    """One certificate of a batch, and where its own PDF was written (if a folder was
    given)."""

    number: str
    participant: str
    sha256: str
    file: str | None = None


@dataclass(frozen=True)
class Skipped:
    """A participant of the batch who got no certificate, and why (in Dutch)."""

    participant: str
    reason: str


@dataclass(frozen=True)
class IssueResult:
    """What a batch did: issued (in number order) and skipped; `print_pdf` is the one PDF
    with every issued page (None when nothing was issued); `cancelled` when stopped early."""

    issued: tuple[IssuedCertificate, ...]
    skipped: tuple[Skipped, ...]
    print_pdf: bytes | None = None
    cancelled: bool = False
    certificate_ids: tuple[uuid.UUID, ...] = field(default=())


@dataclass(frozen=True)
class VerifyResult:
    """The verdict on a code (the JSON of `certificates verify`): status is one of
    valid, tampered, unknown_key, revoked, superseded, expired."""

    status: str
    number: str | None = None
    name: str | None = None
    module: str | None = None
    issued: date | None = None
    kind: str | None = None
    site: str | None = None
    expires: date | None = None
    key_id: str | None = None
    known: bool = False  # the register of this database has the certificate
    detail: str = ""  # one Dutch sentence: why (revocation reason, superseded by ...)

    def json(self) -> dict[str, object]:
        return {"status": self.status, "number": self.number, "name": self.name,
                "module": self.module, "issued": self.issued.isoformat() if self.issued else None,
                "kind": self.kind, "site": self.site,
                "expires": self.expires.isoformat() if self.expires else None}
