"""The frozen values the assessment PDFs take: a filled form, an empty form for paper use,
and a participant's overview. Services fill them (services/assessment_reports.py), the
builders in reports/pdf/assessment*.py draw them.

Pure data: no Qt, no database. Moments are local wall-clock times (Europe/Amsterdam).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bvmdesk.domain.signature import Signature

KIND_LABELS = {"bpv": "Bpv-voortgang", "opdracht": "Praktijkopdracht", "examen": "Examenbewijs"}
"""A form's kind (AssessmentKind) in Dutch words."""
ROLE_LABELS = {"praktijkopleider": "Praktijkopleider", "instructeur": "Instructeur"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def role_label(role: str | None) -> str:
    if not role:
        return ""
    return ROLE_LABELS.get(role, role)


@dataclass(frozen=True)
class FormHead:
    """What a form says about itself (one version of a beoordelingsformulier)."""

    code: str
    version: int
    name: str
    module: str                     # "LAS-1 Lassen basis"
    kind: str                       # bpv | opdracht | examen
    scale: str                      # ovg | acceptabel | cijfer
    cesuur: str                     # as shown: "75 %", "5,5", "" (acceptabel)
    required: bool = True           # verplicht for the module's certificate
    reasons_required: bool = True


@dataclass(frozen=True)
class CriterionLine:
    number: int
    description: str
    critical: bool = False
    weight: int = 1
    value: str | None = None        # O/V/G, A/NA or "7.5"; None: not rated (or an empty form)
    reason: str | None = None       # toelichting
    remark: str | None = None       # opmerking


@dataclass(frozen=True)
class WorkProcessPart:
    """The criteria of one work process, with its outcome on a filled form."""

    code: str
    name: str
    criteria: tuple[CriterionLine, ...]
    result: str | None = None       # domain Result value; None on an empty form
    explanation: str | None = None  # the sentence of domain.assessment


@dataclass(frozen=True)
class FilledForm:
    """One version of an assessment, as the participant's file keeps it."""

    form: FormHead
    parts: tuple[WorkProcessPart, ...]
    code: str                       # "BO-2026-00042"
    version: int
    final: bool
    participant_number: str
    participant_name: str
    group: str
    date: date
    passed: bool                    # every work process at least voldoende (a draft: so far)
    assessor_name: str | None = None
    finalised_at: datetime | None = None
    remark: str | None = None
    second_assessor_name: str | None = None
    second_assessor_role: str | None = None   # praktijkopleider | instructeur
    second_assessor_signature: Signature | None = None
    second_assessed_at: datetime | None = None
    supersedes_version: int | None = None     # a correction: the version it replaces
    correction_reason: str | None = None
    superseded: bool = False                  # a later version of this assessment exists
    photos: tuple[bytes, ...] = ()            # JPEG or PNG thumbnails


@dataclass(frozen=True)
class EmptyForm:
    """A form to print and fill in by hand."""

    form: FormHead
    parts: tuple[WorkProcessPart, ...]


# --- a participant's overview ------------------------------------------------------------
@dataclass(frozen=True)
class AssessmentLine:
    """One version of one assessment in a participant's overview."""

    code: str
    version: int
    form: str                       # "LAS-1 Lassen plaatwerk"
    kind: str
    date: date
    final: bool
    passed: bool | None             # None for a draft
    superseded_by: int | None = None  # the version that replaces this one


@dataclass(frozen=True)
class ProgressHeader:
    """A column of the progress matrix: one final assessment (the newest version)."""

    code: str
    version: int
    form: str                       # form code
    kind: str
    date: date


@dataclass(frozen=True)
class ProgressLine:
    """A row of the progress matrix: one work process; cells by column, None: not judged."""

    code: str
    name: str
    cells: tuple[str | None, ...]   # domain Result values
    latest: tuple[str | None, ...]  # per kind of ParticipantAssessments.kinds (kept apart)


@dataclass(frozen=True)
class ParticipantAssessments:
    participant_number: str
    participant_name: str
    lines: tuple[AssessmentLine, ...]       # newest date first
    columns: tuple[ProgressHeader, ...]
    progress: tuple[ProgressLine, ...]
    kinds: tuple[str, ...] = ()             # of the latest columns: opdracht, examen, bpv
