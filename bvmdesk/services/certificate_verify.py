"""Verification of a certificate code or PDF: the signature from the code, and from this
database's register whether it was revoked or superseded.

The order of the verdicts: a code that does not decode or whose signature fails is
`tampered`, one signed by a key this database does not know is `unknown_key`; a good
signature is then looked up in the register (`revoked`, `superseded`) before its expiry
date is compared with today (`expired`), and only then is it `valid`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Certificate
from bvmdesk.db.session import Sessions
from bvmdesk.domain.certificate_code import (
    CertificateRecord,
    NotACodeError,
    PrintFileError,
    VerifyStatus,
    verdict,
)
from bvmdesk.domain.clock import Clock
from bvmdesk.domain.enums import CertificateStatus
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor
from bvmdesk.services.certificate_types import VerifyResult
from bvmdesk.services.signing_keys import known_public_keys

_DETAILS = {
    VerifyStatus.VALID: "De handtekening klopt; het certificaat is geldig.",
    VerifyStatus.TAMPERED: "De code is gewijzigd of beschadigd: de handtekening klopt niet.",
    VerifyStatus.UNKNOWN_KEY: "De code is ondertekend met een sleutel die hier niet bekend is.",
    VerifyStatus.EXPIRED: "De handtekening klopt, maar het certificaat is verlopen.",
}


class VerifyService:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def verify(self, actor: Actor, text: str) -> VerifyResult:
        """The verdict on a scanned or pasted code, bare or in the address form of issue 18
        (`https://...#BVM1:...`).

        Raises:
            NotACodeError: the text is no certificate code at all.
        """
        actor.require(Permission.VIEW)
        today = self._clock.today()
        with self._sessions.read() as s:
            status, record = verdict(text, known_public_keys(s), today)
            if record is None or status not in (VerifyStatus.VALID, VerifyStatus.EXPIRED):
                return _result(status, record)
            return _with_register(s, status, record)

    def verify_pdf(self, actor: Actor, data: bytes) -> VerifyResult:
        """The verdict on a PDF made by BVM Desk (its code read from the document).

        Raises:
            NotACodeError: the PDF carries no certificate code.
        """
        return self.verify(actor, code_of_pdf(data))


def code_of_pdf(data: bytes) -> str:
    """The certificate code a BVM Desk PDF carries.

    Raises:
        NotACodeError: the PDF carries none.
    """
    from bvmdesk.reports.pdf.certificate import code_in_pdf, is_print_file

    code = code_in_pdf(data)
    if code is None and is_print_file(data):
        raise PrintFileError(
            "Dit is een afdrukbestand met de bladzijden van een reeks certificaten; zo'n "
            "bestand draagt zelf geen certificaatcode. Scan de QR-code op een bladzijde, of "
            "controleer de PDF van één certificaat (Certificaten -> Opslaan als..., of "
            "'bvmdesk certificates reprint NUMMER -o BESTAND.pdf').")
    if code is None:
        raise NotACodeError("Dit PDF-bestand bevat geen certificaatcode van BVM Desk.")
    return code


def verify_with_key(text: str, public_key: bytes, today: date) -> VerifyResult:
    """The verdict with one public key and no database (`verify --public-key FILE`)."""
    from bvmdesk.domain.certificate_code import key_id_of

    status, record = verdict(text, {key_id_of(public_key): public_key}, today)
    return _result(status, record)


def _with_register(s: Session, status: VerifyStatus, record: CertificateRecord
                   ) -> VerifyResult:
    """A well-signed record as this database's register knows it."""
    row = s.scalars(select(Certificate).where(Certificate.number == record.number)).first()
    if row is None:
        return _result(status, record)
    if row.status == CertificateStatus.REVOKED.value:
        reason = (row.revocation_reason or "").strip()
        detail = f"Ingetrokken: {reason}" if reason else "Dit certificaat is ingetrokken."
        return _result(VerifyStatus.REVOKED, record, detail, known=True)
    successor = s.scalars(select(Certificate.number).where(
        Certificate.supersedes_id == row.id)).first()
    if row.status == CertificateStatus.SUPERSEDED.value or successor is not None:
        detail = (f"Vervangen door {successor}." if successor
                  else "Dit certificaat is vervangen door een nieuw certificaat.")
        return _result(VerifyStatus.SUPERSEDED, record, detail, known=True)
    return _result(status, record, known=True)


def _result(status: VerifyStatus, record: CertificateRecord | None, detail: str = "",
            known: bool = False) -> VerifyResult:
    detail = detail or _DETAILS.get(status, "")
    if record is None:
        return VerifyResult(status.value, detail=detail)
    return VerifyResult(status.value, number=record.number, name=record.name,
                        module=record.module, issued=record.issued, kind=record.kind,
                        site=record.site, expires=record.expires, key_id=record.key_id,
                        known=known, detail=detail)
