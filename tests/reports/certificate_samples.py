"""Certificate documents for the PDF tests (and for looking at the pages): real signed codes,
a logo and a signature picture, names from many languages."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from functools import lru_cache
from io import BytesIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image, ImageDraw

from bvmdesk.domain.certificate_code import CertificateRecord, encode, key_id_of
from bvmdesk.reports.certificate_model import (
    CertificateArt,
    CertificateDocument,
    WorkProcessResult,
)

NAMES = {
    "turkish": ("Şükrü İsmail", "", "Yıldırım Ağaoğlu"),
    "turkish2": ("Ayşe Gül", "", "Işık Çağlayan"),
    "polish": ("Łucja Źdźisława", "", "Śliwińska-Żądło"),
    "polish2": ("Zbigniew Ćwikła Ńęą", "", "Łęczycki"),
    "czech": ("Řehoř Čeněk", "", "Šťastný Žůrek"),
    "czech2": ("Ěva Ůna", "", "Dvořáková"),
    "vietnamese": ("Nguyễn Thị Ánh", "", "Tuyết"),
    "vietnamese2": ("Phạm", "", "Đức"),
    "nordic": ("Þórunn Æsa", "", "Øvergård Åberg"),
    "nordic2": ("Ðóra", "", "Sæþórsdóttir"),
    "hungarian": ("Őrs Ünőke", "", "Szőllősi"),
    "dutch": ("Zoë Joëlle", "van 't", "Hek"),
}
LONG_NAME = ("Maximiliaan Christiaan Alexander Frederik Hendrikus", "van der",
             "Wijngaarden-Bloemendaal Oosterhuizen-Ravensbergen tot Dijkum")
"""Five first names, a tussenvoegsel and a double surname: 120 characters."""

_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
KEY_ID = key_id_of(_KEY.public_key().public_bytes_raw())

RESULTS = (
    WorkProcessResult("B1-K1-W1", "Bereidt de werkzaamheden voor", "goed"),
    WorkProcessResult("B1-K1-W2", "Verspaant eenvoudige producten op een draaibank", "voldoende"),
    WorkProcessResult("B1-K1-W3", "Meet en controleert de producten", "goed"),
    WorkProcessResult("B1-K1-W4", "Onderhoudt de gereedschappen en de machine", "voldoende"),
)


def many_results(count: int) -> tuple[WorkProcessResult, ...]:
    """`count` work processes with long names: the table must still fit."""
    return tuple(WorkProcessResult(
        f"B{1 + i // 9}-K{1 + i % 3}-W{1 + i % 9}",
        f"Voert werkproces {i + 1} zelfstandig en volgens de veiligheidsvoorschriften uit",
        "goed" if i % 3 else "voldoende") for i in range(count))


def document(kind: str = "certificaat", language: str = "nl",
             name: tuple[str, str, str] = ("Sanne Maria", "de", "Vries"), *,
             number: str = "ZWL-2026-00017", results: tuple[WorkProcessResult, ...] = RESULTS,
             expires: date | None = None, supersedes: str | None = None) -> CertificateDocument:
    """A signed certificate document (a real code, signed with the test key)."""
    first, prefix, last = name
    full = " ".join(part for part in (first, prefix, last) if part)
    issued = date(2026, 5, 12)
    module = "VSP-DR1"
    code = encode(CertificateRecord(number, full, module, issued, kind, "ZWL", expires, KEY_ID),
                  _KEY)
    return CertificateDocument(
        number=number, kind=kind, language=language, first_names=first, prefix=prefix,
        last_name=last, birth_date=date(2003, 3, 7), participant_number="P-2026-0042",
        module_code=module, module_name="Verspanen: draaien 1",
        crebo="25293", level=2, programme_name="Verspaner (BBL)", planned_hours=40,
        attended_minutes=36 * 60 + 30, attendance_pct=91.25,
        results=results if kind == "certificaat" else (),
        organisation="Bedrijfsvakschool Metaaltechniek Oost", site_code="ZWL",
        site_name="Zwolle", place="Zwolle", issued_on=issued, expires_on=expires,
        signatory_name="Drs. H.J. (Henk) Bosman", signatory_function="Directeur",
        qr_text=code, key_id=KEY_ID, supersedes=supersedes, group_code="VSP-2026-A")


def renamed(doc: CertificateDocument, name: tuple[str, str, str]) -> CertificateDocument:
    """`doc` for another person (a fresh code with the new name)."""
    return document(doc.kind, doc.language, name, number=doc.number, results=doc.results,
                    expires=doc.expires_on, supersedes=doc.supersedes) if doc.qr_text \
        else replace(doc, first_names=name[0], prefix=name[1], last_name=name[2])


@lru_cache(maxsize=1)
def art() -> CertificateArt:
    """A logo (emblem and letters) and a pen signature on a transparent background, as PNG."""
    logo = Image.new("RGB", (720, 260), "white")
    draw = ImageDraw.Draw(logo)
    draw.ellipse((10, 10, 240, 240), fill=(31, 78, 121))
    draw.polygon([(125, 40), (210, 200), (40, 200)], fill="white")
    for i, colour in enumerate(((31, 78, 121), (90, 90, 90))):
        draw.rectangle((280, 60 + i * 90, 700 - i * 120, 110 + i * 90), fill=colour)
    signature = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    pen = ImageDraw.Draw(signature)
    points = [(40 + t * 5.2, 110 + 55 * math.sin(t / 7.0) * math.cos(t / 23.0))
              for t in range(100)]
    pen.line(points, fill=(20, 30, 90, 255), width=5, joint="curve")
    pen.line([(60, 160), (540, 140)], fill=(20, 30, 90, 255), width=4)
    return CertificateArt(logo=_png(logo), signature=_png(signature))


def _png(image: Image.Image) -> bytes:
    out = BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
