"""Issuing: certificates numbered, signed, rendered, frozen and committed in write
transactions of one certificate (a large batch: of CHUNK), so that a cancelled batch leaves
whole certificates and no gap in the numbers (the number sequence is written in the same
transaction)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Certificate, Enrolment
from bvmdesk.db.session import Sessions
from bvmdesk.domain.certificate import certificate_number, sequence_kind
from bvmdesk.domain.certificate_code import CertificateRecord, encode
from bvmdesk.domain.enums import CertificateStatus
from bvmdesk.reports.certificate_model import CertificateArt, CertificateDocument
from bvmdesk.reports.pdf.certificate import PrintDocument, render_certificate
from bvmdesk.reports.pdf.certificate_pool import RenderPool, workers_for
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.certificate_eligibility import GroupFacts
from bvmdesk.services.certificate_snapshot import Drafts
from bvmdesk.services.certificate_types import (
    Cancelled,
    IssuedCertificate,
    IssueResult,
    Progress,
    Skipped,
)
from bvmdesk.services.numbering import local_site, next_free
from bvmdesk.services.report_files import write_atomically
from bvmdesk.services.retry import run_write

VALID = CertificateStatus.VALID.value
SUPERSEDED = CertificateStatus.SUPERSEDED.value
LANGUAGES = ("nl", "en")
CHUNK = 16
"""Certificates per transaction in a batch rendered by worker processes."""


class AlreadyIssued(ServiceError):
    """The enrolment got a valid certificate meanwhile (another PC)."""


def check_language(language: str) -> str:
    """Raises ServiceError unless `language` is nl or en."""
    value = (language or "").strip().lower()
    if value not in LANGUAGES:
        raise ServiceError(f"Onbekende taal '{language}': kies nl of en; er is niets "
                           "uitgegeven.")
    return value


def already_text(number: str) -> str:
    return f"heeft al certificaat {number}"


@dataclass(frozen=True)
class Signer:
    """The site's key for one batch."""

    key_id: str
    private: Ed25519PrivateKey


@dataclass(frozen=True)
class Written:
    """One certificate as committed: its row id, number, hash and what it states."""

    id: uuid.UUID
    number: str
    sha256: str
    document: CertificateDocument
    pdf: bytes


def prepare_certificate(s: Session, draft: CertificateDocument, *, enrolment_id: uuid.UUID,
                        signer: Signer, supersedes: uuid.UUID | None = None
                        ) -> CertificateDocument:
    """Number and sign one certificate inside the caller's transaction: the document as it
    will be frozen.

    Raises:
        AlreadyIssued: the enrolment has a valid certificate (other than `supersedes`).
    """
    s.get(Enrolment, enrolment_id, with_for_update=True)  # one issuer per enrolment
    existing = s.scalars(select(Certificate.number).where(
        Certificate.enrolment_id == enrolment_id, Certificate.status == VALID,
        Certificate.id != supersedes if supersedes else Certificate.id.is_not(None))).first()
    if existing is not None:
        raise AlreadyIssued(already_text(existing))
    year = draft.issued_on.year
    site = local_site(s)

    def taken(number: str) -> bool:
        return s.scalar(select(Certificate.id).where(Certificate.number == number)) is not None

    number = next_free(s, sequence_kind(year),
                       lambda site, n: certificate_number(site.code, year, n), taken)
    record = CertificateRecord(number=number, name=draft.full_name, module=draft.module_code,
                               issued=draft.issued_on, kind=draft.kind, site=site.code,
                               expires=draft.expires_on, key_id=signer.key_id)
    return replace(draft, number=number, qr_text=encode(record, signer.private),
                   key_id=signer.key_id, site_code=site.code)


def store_certificate(s: Session, actor: Actor, document: CertificateDocument, pdf: bytes, *,
                      enrolment_id: uuid.UUID, participant_id: uuid.UUID, now: datetime,
                      supersedes: uuid.UUID | None = None) -> Written:
    """Insert one prepared and rendered certificate, with its audit event."""
    digest = hashlib.sha256(pdf).hexdigest()
    row = Certificate(number=document.number, participant_id=participant_id,
                      enrolment_id=enrolment_id, kind=document.kind,
                      language=document.language, issued_at=now, issued_by=actor.name,
                      pdf=pdf, sha256=digest, snapshot=document.snapshot(),
                      qr_payload=document.qr_text, status=VALID, supersedes_id=supersedes,
                      expires_on=document.expires_on)
    s.add(row)
    s.flush()
    audit.record_row(s, actor.name, "certificate.issue", row, detail=document.number)
    return Written(row.id, document.number, digest, document, pdf)


def write_certificate(s: Session, actor: Actor, draft: CertificateDocument, *,
                      enrolment_id: uuid.UUID, participant_id: uuid.UUID, signer: Signer,
                      art: CertificateArt, now: datetime,
                      supersedes: uuid.UUID | None = None) -> Written:
    """Number, sign, render and insert one certificate inside the caller's transaction.

    Raises:
        AlreadyIssued: the enrolment has a valid certificate (other than `supersedes`).
    """
    document = prepare_certificate(s, draft, enrolment_id=enrolment_id, signer=signer,
                                   supersedes=supersedes)
    return store_certificate(s, actor, document, render_certificate(document, art),
                             enrolment_id=enrolment_id, participant_id=participant_id,
                             now=now, supersedes=supersedes)


@dataclass(frozen=True)
class Batch:
    """Who is to get a certificate: (enrolment id, participant id, number) in list order."""

    candidates: tuple[tuple[uuid.UUID, uuid.UUID, str], ...]
    skipped: tuple[Skipped, ...]


def select_batch(facts: GroupFacts, participants: Sequence[str] | None) -> Batch:
    """The eligible rows without a valid certificate (only `participants` when given).

    Raises:
        NotFound: a participant number that is not in the group (nothing is issued).
    """
    rows = facts.eligibility.rows
    if participants is not None:
        wanted = [p.strip() for p in participants if p.strip()]
        known = {r.participant for r in rows}
        missing = [p for p in wanted if p not in known]
        if missing:
            raise NotFound(f"Deelnemer {', '.join(missing)} zit niet in groep "
                           f"{facts.eligibility.group}; er is niets uitgegeven.")
        rows = tuple(r for r in rows if r.participant in set(wanted))
    candidates, skipped = [], []
    for r in rows:
        if r.certificate is not None:
            skipped.append(Skipped(r.participant, already_text(r.certificate)))
        elif not r.eligible:
            skipped.append(Skipped(r.participant, f"voldoet niet: {r.summary}"))
        else:
            candidates.append((r.enrolment_id, r.participant_id, r.participant))
    return Batch(tuple(candidates), tuple(skipped))


def run_batch(sessions: Sessions, actor: Actor, batch: Batch, drafts: Drafts, signer: Signer,
              *, now: datetime, progress: Progress | None, cancelled: Cancelled | None,
              out_dir: Path | None, with_print: bool) -> IssueResult:
    """Issue `batch` in committed transactions of one certificate (a large batch: of CHUNK,
    rendered in worker processes); stops between two when `cancelled()` says so. The print
    PDF is drawn page by page while the workers render the next certificates."""
    issued: list[IssuedCertificate] = []
    ids: list[uuid.UUID] = []
    skipped = list(batch.skipped)
    total = len(batch.candidates)
    workers = workers_for(total)
    size = CHUNK if workers else 1
    stopped = False
    to_print: list[CertificateDocument] = []
    printer = PrintDocument(drafts.art) if with_print else None

    def print_pending() -> None:
        while printer is not None and to_print:
            printer.add(to_print.pop(0))

    if progress:
        progress(0, total)
    with RenderPool(drafts.art, workers) as pool:
        for first in range(0, total, size):
            if cancelled and cancelled():
                stopped = True
                break
            chunk = batch.candidates[first:first + size]

            def work(s: Session, chunk: Sequence[tuple[uuid.UUID, uuid.UUID, str]] = chunk
                     ) -> tuple[list[tuple[Written, str]], list[Skipped]]:
                prepared, refused = [], []
                for enrolment_id, participant_id, number in chunk:
                    try:
                        document = prepare_certificate(
                            s, drafts.documents[enrolment_id], enrolment_id=enrolment_id,
                            signer=signer)
                    except AlreadyIssued as exc:
                        refused.append(Skipped(number, str(exc)))
                    else:
                        prepared.append((enrolment_id, participant_id, number, document))
                documents = [item[3] for item in prepared]
                futures = pool.submit(documents)
                print_pending()  # the previous certificates, while the workers render
                pdfs = pool.collect(documents, futures)
                return [(store_certificate(s, actor, document, pdf, enrolment_id=enrolment_id,
                                           participant_id=participant_id, now=now), number)
                        for (enrolment_id, participant_id, number, document), pdf
                        in zip(prepared, pdfs, strict=True)], refused

            written, refused = run_write(sessions, actor.name, work)
            skipped += refused
            for item, number in written:
                target = None
                if out_dir is not None:
                    path = out_dir / f"{item.number}.pdf"
                    write_atomically(path, item.pdf)
                    target = str(path)
                issued.append(IssuedCertificate(item.number, number, item.sha256, target))
                ids.append(item.id)
                to_print.append(item.document)
            if progress:
                progress(min(first + size, total), total)
    print_pending()
    print_pdf = printer.finish() if printer is not None and printer.pages else None
    return IssueResult(tuple(issued), tuple(skipped), print_pdf, stopped, tuple(ids))


def today_and_now(sessions: Sessions) -> tuple[date, datetime]:
    """The issue date (Europe/Amsterdam) and the moment (UTC, naive as stored)."""
    clock = sessions.clock
    return clock.today(), clock.utcnow()
