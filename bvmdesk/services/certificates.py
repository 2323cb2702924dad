"""Certificates: eligibility, issuing (numbered, frozen, signed), correction, revocation and
the register (DOMAIN.md, Certificates; the certificates issue).

The work is in certificate_eligibility (what eligibility reads, per group),
certificate_snapshot (what a certificate states), certificate_issue (numbering, signing,
freezing, the batch) and certificate_register (the rows as lists show them).
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Certificate, EligibilityOverride, Enrolment, Group, Module
from bvmdesk.db.session import Sessions
from bvmdesk.domain.clock import Clock
from bvmdesk.domain.enums import CertificateStatus
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.reports.pdf.certificate import render_certificate
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.certificate_eligibility import GroupFacts, check_kind, group_facts
from bvmdesk.services.certificate_issue import (
    Signer,
    check_language,
    run_batch,
    select_batch,
    write_certificate,
)
from bvmdesk.services.certificate_register import STATUSES, by_number, filters, info_of, infos
from bvmdesk.services.certificate_settings import CertificateSettingsService
from bvmdesk.services.certificate_snapshot import draft_documents, preview_document
from bvmdesk.services.certificate_types import (
    Cancelled,
    CertificateInfo,
    GroupEligibility,
    IssueResult,
    Progress,
)
from bvmdesk.services.retry import run_write
from bvmdesk.services.scope_records import (
    certificate_condition,
    own_groups,
    require_certificate,
)
from bvmdesk.services.signing_keys import PassphraseAsk, SigningKeyService

VALID = CertificateStatus.VALID.value
MAX_REASON = 500


def _own(actor: Actor) -> builtins.list[Any]:
    """For an instructor, the condition that a certificate is of their own groups."""
    condition = certificate_condition(actor)
    return [] if condition is None else [condition]


def _reason(reason: str, what: str) -> str:
    """`reason` with its spaces tidied.

    Raises:
        ValidationFailed: empty or longer than 500 characters.
    """
    text = " ".join((reason or "").split())
    if not text or len(text) > MAX_REASON:
        raise ValidationFailed([FieldError("reason", (
            f"Geef een reden voor {what} (hoogstens {MAX_REASON} tekens); er is niets "
            "gewijzigd."))])
    return text


class CertificateService:
    """Everything about issued certificates except verification (certificate_verify)."""

    def __init__(self, sessions: Sessions, keys: SigningKeyService,
                 settings: CertificateSettingsService, clock: Clock) -> None:
        self._sessions = sessions
        self._keys = keys
        self._settings = settings
        self._clock = clock

    # --- eligibility ---------------------------------------------------------------------
    def groups(self, actor: Actor) -> list[tuple[uuid.UUID, str, str]]:
        """(id, code, name) of every group with a module (the actor's own), newest
        first."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return [(group_id, code, name) for group_id, code, name in s.execute(
                select(Group.id, Group.code, Group.name)
                .join(Module, Module.id == Group.module_id)
                .where(Group.deleted_at.is_(None), *own_groups(actor))
                .order_by(Group.start_date.desc(), Group.code)).all()]

    def eligibility(self, actor: Actor, group: str, kind: str | None = None
                    ) -> GroupEligibility:
        """The eligibility list of group `group` (code) for `kind` (default: the module's).

        Raises:
            NotFound: no such group. ServiceError: an unknown kind.
        """
        actor.require(Permission.VIEW)
        return group_facts(self._sessions, self._clock, actor, group, kind).eligibility

    def override(self, actor: Actor, enrolment_id: uuid.UUID, reason: str) -> None:
        """Allow a certificate although a condition is not met (admin; reason required).

        Raises:
            PermissionDenied, NotFound, ServiceError (empty reason; already overridden).
        """
        actor.require(Permission.MANAGE_CERTIFICATES)
        text = _reason(reason, "het toestaan")

        def work(s: Session) -> None:
            enrolment = s.get(Enrolment, enrolment_id, with_for_update=True)
            if enrolment is None or enrolment.deleted_at is not None:
                raise NotFound("Deze inschrijving bestaat niet (meer); er is niets gewijzigd.")
            if self._active_override(s, enrolment_id) is not None:
                raise ServiceError("Voor deze inschrijving is het certificaat al toegestaan; "
                                   "trek dat eerst in. Er is niets gewijzigd.")
            row = EligibilityOverride(enrolment_id=enrolment_id, reason=text,
                                      recorded_by=actor.name)
            s.add(row)
            s.flush()
            audit.record_row(s, actor.name, "certificate.override", row)

        run_write(self._sessions, actor.name, work)

    def withdraw_override(self, actor: Actor, enrolment_id: uuid.UUID) -> None:
        """Withdraw the enrolment's active override (admin).

        Raises:
            PermissionDenied, NotFound (no active override).
        """
        actor.require(Permission.MANAGE_CERTIFICATES)

        def work(s: Session) -> None:
            row = self._active_override(s, enrolment_id, lock=True)
            if row is None:
                raise NotFound("Voor deze inschrijving is niets toegestaan; er is niets "
                               "gewijzigd.")
            row.withdrawn_at = self._clock.utcnow()
            row.withdrawn_by = actor.name
            row.updated_by = actor.name
            s.flush()
            audit.record_row(s, actor.name, "certificate.override.withdraw", row)

        run_write(self._sessions, actor.name, work)

    @staticmethod
    def _active_override(s: Session, enrolment_id: uuid.UUID, *, lock: bool = False
                         ) -> EligibilityOverride | None:
        query = select(EligibilityOverride).where(
            EligibilityOverride.enrolment_id == enrolment_id,
            EligibilityOverride.withdrawn_at.is_(None))
        if lock:
            query = query.with_for_update()
        return s.scalars(query).first()

    # --- issuing -------------------------------------------------------------------------
    def issue(self, actor: Actor, group: str, participants: Sequence[str] | None = None, *,
              kind: str | None = None, language: str = "nl",
              ask: PassphraseAsk | None = None, progress: Progress | None = None,
              cancelled: Cancelled | None = None, out_dir: Path | None = None,
              with_print: bool = True) -> IssueResult:
        """Issue certificates to every eligible participant of `group` without a valid
        certificate for that enrolment (or only `participants`, by number). Each certificate
        is numbered, signed, rendered, frozen and committed whole; Cancel stops between
        certificates and leaves no gap. `out_dir`: also write each PDF as NUMBER.pdf there.

        Raises:
            NotFound: no such group or participant in it. ServiceError: unknown kind or
            language, or `out_dir` is no folder. KeyFileError: this PC cannot sign.
        """
        actor.require(Permission.ISSUE_CERTIFICATES)
        language = check_language(language)
        if out_dir is not None and not out_dir.is_dir():
            raise ServiceError(f"Map bestaat niet: {out_dir}. Maak de map eerst aan of kies "
                               "een andere map; er is niets uitgegeven.")
        facts = group_facts(self._sessions, self._clock, actor, group, kind)
        batch = select_batch(facts, participants)
        key_id, private = self._keys.signer(actor, ask)  # before anything is written
        today = self._clock.today()
        drafts = draft_documents(self._sessions, actor, facts,
                                 [c[0] for c in batch.candidates],
                                 kind=facts.eligibility.kind, language=language, today=today)
        return run_batch(self._sessions, actor, batch, drafts, Signer(key_id, private),
                         now=self._clock.utcnow(), progress=progress, cancelled=cancelled,
                         out_dir=out_dir, with_print=with_print)

    def preview(self, actor: Actor, group: str, participants: Sequence[str] | None = None,
                *, kind: str | None = None, language: str = "nl") -> bytes | None:
        """A PDF of the first certificate the batch would issue, marked VOORBEELD, with no
        number and no valid code; nothing is stored. None when nobody is eligible."""
        actor.require(Permission.ISSUE_CERTIFICATES)
        language = check_language(language)
        facts = group_facts(self._sessions, self._clock, actor, group, kind)
        batch = select_batch(facts, participants)
        if not batch.candidates:
            return None
        first = batch.candidates[0][0]
        drafts = draft_documents(self._sessions, actor, facts, [first],
                                 kind=facts.eligibility.kind, language=language,
                                 today=self._clock.today())
        return render_certificate(preview_document(drafts.documents[first]), drafts.art,
                                  specimen=True)

    def correct(self, actor: Actor, number: str, *, language: str | None = None,
                ask: PassphraseAsk | None = None) -> CertificateInfo:
        """A new certificate from today's data that supersedes `number` (which then verifies
        as superseded). Raises NotFound, ServiceError (not valid any more)."""
        actor.require(Permission.ISSUE_CERTIFICATES)
        with self._sessions.read() as s:
            old = by_number(s, number)
            require_certificate(s, actor, old.number)
            self._check_valid(old, "vervangen")
            if old.enrolment_id is None:
                raise ServiceError(f"Certificaat {old.number} hoort bij geen inschrijving in "
                                   "deze database; er is niets gewijzigd.")
            enrolment = s.get(Enrolment, old.enrolment_id)
            group = s.get(Group, enrolment.group_id) if enrolment else None
            if enrolment is None or group is None:
                raise NotFound(f"De inschrijving van certificaat {old.number} bestaat niet "
                               "meer; er is niets gewijzigd.")
            old_id, old_number, old_kind = old.id, old.number, old.kind
            enrolment_id, participant_id = enrolment.id, enrolment.participant_id
            chosen = check_language(language or old.language)
            group_code = group.code
        facts: GroupFacts = group_facts(self._sessions, self._clock, actor, group_code,
                                        old_kind)
        key_id, private = self._keys.signer(actor, ask)
        drafts = draft_documents(self._sessions, actor, facts, [enrolment_id],
                                 kind=check_kind(old_kind, None).value, language=chosen,
                                 today=self._clock.today())
        draft = drafts.documents[enrolment_id]
        draft = replace(draft, supersedes=old_number)
        now = self._clock.utcnow()

        def work(s: Session) -> str:
            current = by_number(s, old_number, lock=True)
            self._check_valid(current, "vervangen")
            written = write_certificate(s, actor, draft, enrolment_id=enrolment_id,
                                        participant_id=participant_id,
                                        signer=Signer(key_id, private), art=drafts.art,
                                        now=now, supersedes=old_id)
            current.status = CertificateStatus.SUPERSEDED.value
            current.updated_by = actor.name
            s.flush()
            audit.record_row(s, actor.name, "certificate.supersede", current,
                             detail=f"vervangen door {written.number}")
            return written.number

        new_number = run_write(self._sessions, actor.name, work)
        return self.get(actor, new_number)

    def revoke(self, actor: Actor, number: str, reason: str) -> CertificateInfo:
        """Revoke `number` (admin; reason required). Raises NotFound, ServiceError."""
        actor.require(Permission.MANAGE_CERTIFICATES)
        text = _reason(reason, "het intrekken")

        def work(s: Session) -> str:
            row = by_number(s, number, lock=True)
            self._check_valid(row, "intrekken")
            row.status = CertificateStatus.REVOKED.value
            row.revocation_reason = text
            row.revoked_at = self._clock.utcnow()
            row.revoked_by = actor.name
            row.updated_by = actor.name
            s.flush()
            audit.record_row(s, actor.name, "certificate.revoke", row, detail=text)
            return row.number

        return self.get(actor, run_write(self._sessions, actor.name, work))

    @staticmethod
    def _check_valid(row: Certificate, what: str) -> None:
        if row.status != VALID:
            state = "ingetrokken" if row.status == CertificateStatus.REVOKED.value \
                else "al vervangen"
            raise ServiceError(f"Certificaat {row.number} is {state}; alleen een geldig "
                               f"certificaat kunt u {what}. Er is niets gewijzigd.")

    # --- the register --------------------------------------------------------------------
    def list(self, actor: Actor, *, group: str | None = None,
             participant: str | None = None, status: str | None = None
             ) -> builtins.list[CertificateInfo]:
        """Issued certificates (for an instructor: of their own groups), newest first.

        Raises:
            ServiceError: an unknown status.
        """
        actor.require(Permission.VIEW)
        if status and status.strip().lower() not in STATUSES:
            raise ServiceError(f"Onbekende status '{status}': kies uit "
                               f"{', '.join(STATUSES)}.")
        with self._sessions.read() as s:
            return infos(s, *filters(group, participant, status), *_own(actor))

    def expiring(self, actor: Actor, days: int = 90) -> builtins.list[CertificateInfo]:
        """Valid certificates that expire within `days` from today, soonest first."""
        actor.require(Permission.VIEW)
        today = self._clock.today()
        with self._sessions.read() as s:
            found = infos(s, Certificate.status == VALID, Certificate.expires_on.is_not(None),
                          Certificate.expires_on >= today,
                          Certificate.expires_on <= today + timedelta(days=days),
                          *_own(actor))
        return sorted(found, key=lambda c: (c.expires_on or today, c.number))

    def get(self, actor: Actor, number: str) -> CertificateInfo:
        """Raises NotFound; PermissionDenied (not of the actor's groups)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            require_certificate(s, actor, number)
            return info_of(s, number)

    def pdf(self, actor: Actor, number: str) -> bytes:
        """The frozen bytes of `number` (a reprint is always these)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            require_certificate(s, actor, number)
            return bytes(by_number(s, number).pdf)
