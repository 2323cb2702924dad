"""Certificates: eligibility, issuing (numbered, frozen, signed), correction, revocation and
the register (DOMAIN.md, Certificates; the certificates issue).

CONTRACT (groundwork): the signatures below are what the CLI and the GUI call; the bodies
are being built.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Sequence
from pathlib import Path

from bvmdesk.db.session import Sessions
from bvmdesk.domain.clock import Clock
from bvmdesk.services.base import Actor
from bvmdesk.services.certificate_settings import CertificateSettingsService
from bvmdesk.services.certificate_types import (
    Cancelled,
    CertificateInfo,
    GroupEligibility,
    IssueResult,
    Progress,
)
from bvmdesk.services.signing_keys import PassphraseAsk, SigningKeyService


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
        """(id, code, name) of every group with a module, newest first."""
        raise NotImplementedError

    def eligibility(self, actor: Actor, group: str, kind: str | None = None
                    ) -> GroupEligibility:
        """The eligibility list of group `group` (code) for `kind` (default: the module's).

        Raises:
            NotFound: no such group. ServiceError: an unknown kind.
        """
        raise NotImplementedError

    def override(self, actor: Actor, enrolment_id: uuid.UUID, reason: str) -> None:
        """Allow a certificate although a condition is not met (admin; reason required).

        Raises:
            PermissionDenied, NotFound, ServiceError (empty reason; already overridden).
        """
        raise NotImplementedError

    def withdraw_override(self, actor: Actor, enrolment_id: uuid.UUID) -> None:
        raise NotImplementedError

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
            language. KeyFileError: this PC cannot sign.
        """
        raise NotImplementedError

    def preview(self, actor: Actor, group: str, participants: Sequence[str] | None = None,
                *, kind: str | None = None, language: str = "nl") -> bytes | None:
        """A PDF of the first certificate the batch would issue, marked VOORBEELD, with no
        number and no valid code; nothing is stored. None when nobody is eligible."""
        raise NotImplementedError

    def correct(self, actor: Actor, number: str, *, language: str | None = None,
                ask: PassphraseAsk | None = None) -> CertificateInfo:
        """A new certificate from today's data that supersedes `number` (which then verifies
        as superseded). Raises NotFound, ServiceError (not valid any more)."""
        raise NotImplementedError

    def revoke(self, actor: Actor, number: str, reason: str) -> CertificateInfo:
        """Revoke `number` (admin; reason required). Raises NotFound, ServiceError."""
        raise NotImplementedError

    # --- the register --------------------------------------------------------------------
    def list(self, actor: Actor, *, group: str | None = None,
             participant: str | None = None, status: str | None = None
             ) -> builtins.list[CertificateInfo]:
        """Issued certificates, newest first."""
        raise NotImplementedError

    def expiring(self, actor: Actor, days: int = 90) -> builtins.list[CertificateInfo]:
        """Valid certificates that expire within `days` from today, soonest first."""
        raise NotImplementedError

    def get(self, actor: Actor, number: str) -> CertificateInfo:
        raise NotImplementedError

    def pdf(self, actor: Actor, number: str) -> bytes:
        """The frozen bytes of `number` (a reprint is always these)."""
        raise NotImplementedError
