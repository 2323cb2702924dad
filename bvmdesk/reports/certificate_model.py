"""What a certificate states: the snapshot frozen with it (its JSON is stored beside the PDF)
and the site's artwork. The PDF is drawn from this alone, so a reprint never reads the
database again (DATA_MODEL.md, Certificate)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from bvmdesk.domain.verify_address import qr_content

SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class WorkProcessResult:
    """One line of a certificaat's results: a work process and its outcome in words
    (`voldoende`, `goed`), as the assessment recorded it."""

    code: str
    name: str
    result: str


@dataclass(frozen=True)
class CertificateDocument:
    """Everything one certificate states; `snapshot()` is the JSON stored with it."""

    number: str
    kind: str  # certificaat | deelname
    language: str  # nl | en
    first_names: str
    prefix: str  # tussenvoegsel, may be ""
    last_name: str
    birth_date: date | None
    participant_number: str
    module_code: str
    module_name: str
    crebo: str | None
    level: int | None
    programme_name: str | None
    planned_hours: int  # the module's hours
    attended_minutes: int  # of the enrolment, for a bewijs van deelname
    attendance_pct: float | None
    results: tuple[WorkProcessResult, ...]
    organisation: str  # "Bedrijfsvakschool Metaaltechniek Oost"
    site_code: str
    site_name: str
    place: str  # the city where it is issued
    issued_on: date
    expires_on: date | None
    signatory_name: str
    signatory_function: str
    qr_text: str  # the signed code (the QR holds it, after the verification address if any)
    key_id: str
    supersedes: str | None = None  # the number of the certificate this one corrects
    group_code: str = ""
    verify_address: str = ""  # the verification page's address at issue ("" = none)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        """First names, tussenvoegsel and surname as stored, character for character."""
        return " ".join(part for part in (self.first_names, self.prefix, self.last_name) if part)

    @property
    def qr_content(self) -> str:
        """What the QR code holds: `ADDRESS#CODE` with a verification address, else the
        code (verify_address.py)."""
        return qr_content(self.verify_address, self.qr_text) if self.qr_text else ""

    def snapshot(self) -> dict[str, Any]:
        """The JSON that is frozen with the PDF."""
        data = asdict(self)
        data["format"] = SNAPSHOT_FORMAT
        data["full_name"] = self.full_name
        for key in ("birth_date", "issued_on", "expires_on"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        data["results"] = [asdict(result) for result in self.results]
        return data

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> CertificateDocument:
        """The document a stored snapshot describes."""
        values = {key: value for key, value in data.items()
                  if key not in ("format", "full_name")}
        for key in ("birth_date", "issued_on", "expires_on"):
            value = values.get(key)
            values[key] = date.fromisoformat(value) if value else None
        values["results"] = tuple(WorkProcessResult(**item) for item in values["results"])
        return cls(**values)


@dataclass(frozen=True)
class CertificateArt:
    """The site's artwork on every certificate (Beheer > Certificaten): PNG or JPEG bytes."""

    logo: bytes | None = None
    signature: bytes | None = None
