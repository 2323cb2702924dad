"""Certificate PDFs and DTOs for the GUI tests of Certificaten (made by the real renderer)."""

from __future__ import annotations

from datetime import date

from bvmdesk.reports.certificate_model import CertificateArt, CertificateDocument
from bvmdesk.reports.pdf.certificate import render_certificate, render_print


def document(number: str = "ZWL-2026-00001", name: tuple[str, str, str] = (
        "Zoë", "van 't", "Hek")) -> CertificateDocument:
    first, prefix, last = name
    return CertificateDocument(
        number=number, kind="certificaat", language="nl", first_names=first, prefix=prefix,
        last_name=last, birth_date=date(2008, 3, 14), participant_number="D-0001",
        module_code="MAG135-1", module_name="MAG-lassen 135 niveau 1", crebo=None, level=1,
        programme_name=None, planned_hours=80, attended_minutes=4500, attendance_pct=93.8,
        results=(), organisation="Bedrijfsvakschool Metaaltechniek", site_code="ZWL",
        site_name="Zwolle", place="Zwolle", issued_on=date(2026, 12, 1), expires_on=None,
        signatory_name="Bea Heer", signatory_function="Directeur",
        qr_text=f"BVM1:TEST-{number}", key_id="TESTKEY")


def certificate_pdf(number: str = "ZWL-2026-00001") -> bytes:
    return render_certificate(document(number), CertificateArt())


def batch_pdf(count: int) -> bytes:
    return render_print([document(f"ZWL-2026-{n:05d}") for n in range(1, count + 1)],
                        CertificateArt())
