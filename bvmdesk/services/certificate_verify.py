"""Verification of a certificate code or PDF: the signature from the code, and from this
database's register whether it was revoked or superseded.

CONTRACT (groundwork): the signatures below are what the CLI and the GUI call.
"""

from __future__ import annotations

from datetime import date

from bvmdesk.db.session import Sessions
from bvmdesk.domain.clock import Clock
from bvmdesk.services.base import Actor
from bvmdesk.services.certificate_types import VerifyResult


class VerifyService:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def verify(self, actor: Actor, text: str) -> VerifyResult:
        """The verdict on a scanned or pasted code (also the address form of issue 18 later).

        Raises:
            NotACodeError: the text is no certificate code at all.
        """
        raise NotImplementedError

    def verify_pdf(self, actor: Actor, data: bytes) -> VerifyResult:
        """The verdict on a PDF made by BVM Desk (its code read from the document).

        Raises:
            NotACodeError: the PDF carries no certificate code.
        """
        raise NotImplementedError


def verify_with_key(text: str, public_key: bytes, today: date) -> VerifyResult:
    """The verdict with one public key and no database (`verify --public-key FILE`)."""
    raise NotImplementedError
