"""Enumerations of the domain; their values are what the database and the exchange format store."""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    INSTRUCTOR = "instructor"


class ParticipantType(StrEnum):
    """Doelgroep (DOMAIN.md). Primary-school visits are outreach, not participants."""

    BBL = "BBL"
    BOL = "BOL"
    PRO = "PRO"
    VSO = "VSO"
    VMBO = "vmbo"
    HBO = "hbo"
    EMPLOYEE = "werknemer"
    CAREER_CHANGER = "zij-instromer"
    JOBSEEKER = "werkzoekende"
    OTHER = "overig"


class EnrolmentStatus(StrEnum):
    ACTIVE = "actief"
    COMPLETED = "afgerond"
    STOPPED = "gestopt"


class AttendanceStatus(StrEnum):
    PRESENT = "aanwezig"
    LATE = "te_laat"
    LEFT_EARLY = "vroeg_weg"
    SICK = "ziek"
    EXCUSED = "geoorloofd"
    UNEXCUSED = "ongeoorloofd"


class AbsenceKind(StrEnum):
    SICK = "ziek"
    EXCUSED = "geoorloofd"


class AssessmentKind(StrEnum):
    """Kept apart everywhere (DOMAIN.md): bpv progress, a practical assignment, exam
    evidence."""

    BPV = "bpv"
    ASSIGNMENT = "opdracht"
    EXAM = "examen"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class SignOffMethod(StrEnum):
    SCREEN = "screen"
    PAPER = "paper"


class CertificateStatus(StrEnum):
    VALID = "valid"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"


FUNDERS: tuple[str, ...] = ("UWV", "gemeente", "OOM", "werkgever", "eigen", "overig")
"""Suggested funders (financier); the field itself is free text."""

PARTICIPANT_TYPE_LABELS: dict[ParticipantType, str] = {
    ParticipantType.BBL: "MBO BBL",
    ParticipantType.BOL: "MBO BOL",
    ParticipantType.PRO: "PRO",
    ParticipantType.VSO: "VSO",
    ParticipantType.VMBO: "vmbo",
    ParticipantType.HBO: "hbo",
    ParticipantType.EMPLOYEE: "Werknemer",
    ParticipantType.CAREER_CHANGER: "Zij-instromer",
    ParticipantType.JOBSEEKER: "Werkzoekende",
    ParticipantType.OTHER: "Overig",
}


def participant_type_label(value: str) -> str:
    """How every screen and report shows a doelgroep: `BBL` -> `MBO BBL`, `vmbo` -> `vmbo`,
    `werknemer` -> `Werknemer` (abbreviations as they are written, words with a capital).
    The stored and exchanged value stays the raw one; an unknown value is shown unchanged."""
    try:
        return PARTICIPANT_TYPE_LABELS[ParticipantType(value)]
    except ValueError:
        return value
