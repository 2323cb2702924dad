"""The frozen values the assessment services take and return (forms, assessments,
progress). The front ends see these, never the database rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from bvmdesk.domain.assessment import Outcome, Scale, Score, default_cesuur, outcome
from bvmdesk.domain.enums import AssessmentStatus

DRAFT = AssessmentStatus.DRAFT.value
FINAL = AssessmentStatus.FINAL.value
# The words of the interfaces (JSON, exchange sheets) for a status.
STATUS_WORDS = {DRAFT: "concept", FINAL: "definitief"}


# --- forms ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CriterionSpec:
    """A criterion as an administrator writes it (input of `save_form`)."""

    work_process: str              # code, e.g. "B1-K1-W1"
    work_process_name: str
    number: int
    description: str
    critical: bool = False
    weight: int = 1


@dataclass(frozen=True)
class FormSpec:
    """A form as an administrator writes it (input of `save_form`).

    `cesuur` None: the scale's default (75 % for ovg, 5.5 for cijfer). `required` None: the
    kind's default (yes for opdracht and examen, no for bpv).
    """

    code: str
    name: str
    module_code: str
    kind: str                      # AssessmentKind value: bpv | opdracht | examen
    scale: str                     # Scale value: ovg | acceptabel | cijfer
    criteria: tuple[CriterionSpec, ...]
    cesuur: float | None = None
    required: bool | None = None
    reasons_required: bool = True


@dataclass(frozen=True)
class CriterionInfo:
    id: uuid.UUID
    number: int
    description: str
    critical: bool
    weight: int
    work_process_code: str
    work_process_name: str


@dataclass(frozen=True)
class FormInfo:
    """One version of a form, with its criteria in number order."""

    id: uuid.UUID
    code: str
    version: int
    name: str
    module_id: uuid.UUID | None
    module_code: str
    module_name: str
    kind: str
    scale: str
    cesuur: float | None           # as stored; `threshold` is what the rules use
    required: bool
    reasons_required: bool
    archived: bool
    used: bool                     # an assessment uses this version: edits make a new one
    latest: bool                   # the newest version of its code
    criteria: tuple[CriterionInfo, ...]

    @property
    def threshold(self) -> Fraction:
        if self.cesuur is None:
            return default_cesuur(Scale(self.scale))
        return Fraction(str(self.cesuur))

    @property
    def work_processes(self) -> tuple[tuple[str, str], ...]:
        """(code, name) in the order they first appear among the criteria."""
        seen: dict[str, str] = {}
        for c in self.criteria:
            seen.setdefault(c.work_process_code, c.work_process_name)
        return tuple(seen.items())


@dataclass(frozen=True)
class FormSummary:
    id: uuid.UUID
    code: str
    version: int
    name: str
    module_code: str
    module_name: str
    kind: str
    scale: str
    criteria: int
    used: bool
    archived: bool


# --- assessments --------------------------------------------------------------------------
@dataclass(frozen=True)
class RatingInfo:
    criterion_id: uuid.UUID
    number: int
    value: str | None              # None: not rated yet
    reason: str | None             # toelichting
    remark: str | None             # opmerking


@dataclass(frozen=True)
class PhotoInfo:
    id: uuid.UUID
    filename: str | None
    media_type: str
    thumbnail: bytes               # PNG or JPEG, at most 240 px on its longest side
    width: int
    height: int


@dataclass(frozen=True)
class AssessmentInfo:
    """One version of an assessment with everything the scoring screen and the PDF show."""

    id: uuid.UUID
    code: str
    version: int
    status: str                    # DRAFT or FINAL
    form: FormInfo
    participant_id: uuid.UUID
    participant_number: str
    participant_name: str
    enrolment_id: uuid.UUID
    group_code: str
    date: date
    assessor_username: str | None
    assessor_name: str | None
    remark: str | None
    second_assessor_name: str | None
    second_assessor_role: str | None
    second_assessor_strokes: str | None    # domain.signature text
    second_assessed_at: datetime | None
    created_at: datetime
    finalised_at: datetime | None
    supersedes_id: uuid.UUID | None
    supersedes_version: int | None
    superseded_by_id: uuid.UUID | None     # a later version (draft or final) of this one
    reason: str | None                     # why this correction was made
    ratings: tuple[RatingInfo, ...]        # one per criterion, in criterion order
    photos: tuple[PhotoInfo, ...]
    # The praktijkopleider of the participant's enrolment: the usual second assessor.
    trainer_name: str | None = None

    @property
    def is_final(self) -> bool:
        return self.status == FINAL

    def scores(self) -> list[Score]:
        by_id = {r.criterion_id: r for r in self.ratings}
        result = []
        for c in self.form.criteria:
            rating = by_id.get(c.id)
            result.append(Score(c.number, c.work_process_code,
                                rating.value if rating else None, c.critical, c.weight,
                                rating.reason if rating else None))
        return result

    def outcome(self) -> Outcome:
        return outcome(Scale(self.form.scale), self.form.threshold, self.scores())


@dataclass(frozen=True)
class AssessmentSummary:
    """A line in a list: drafts to finish, a participant's assessments."""

    id: uuid.UUID
    code: str
    version: int
    status: str
    form_code: str
    form_name: str
    kind: str
    participant_id: uuid.UUID
    participant_number: str
    participant_name: str
    group_code: str
    date: date
    assessor_name: str | None
    created_at: datetime
    updated_at: datetime
    passed: bool | None            # None for a draft
    superseded_by_id: uuid.UUID | None


# --- progress -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ProgressCell:
    """The latest final result of one work process (in one assessment or overall)."""

    result: str                    # Result value: onvoldoende | voldoende | goed
    explanation: str
    assessment_code: str
    date: date
    kind: str


@dataclass(frozen=True)
class ProgressColumn:
    assessment_id: uuid.UUID
    code: str
    version: int
    form_code: str
    kind: str
    date: date


@dataclass(frozen=True)
class ParticipantProgress:
    """Work processes x final assessments of one participant (superseded versions left
    out: the newest version counts). `latest[wp]` is the latest result per work process,
    kept apart per kind (`latest_by_kind[kind][wp]`)."""

    participant_id: uuid.UUID
    work_processes: tuple[tuple[str, str], ...]             # (code, name)
    columns: tuple[ProgressColumn, ...]                     # by date, then code
    cells: dict[tuple[str, uuid.UUID], ProgressCell]        # (wp code, assessment id)
    latest: dict[str, ProgressCell]
    latest_by_kind: dict[str, dict[str, ProgressCell]]


@dataclass(frozen=True)
class GroupProgressRow:
    participant_id: uuid.UUID
    participant_number: str
    participant_name: str
    latest: dict[str, ProgressCell]                         # wp code -> latest final result
    latest_by_kind: dict[str, dict[str, ProgressCell]]     # kind -> wp code -> cell


@dataclass(frozen=True)
class GroupProgress:
    group_id: uuid.UUID
    group_code: str
    work_processes: tuple[tuple[str, str], ...]
    rows: tuple[GroupProgressRow, ...]                      # by participant sort name
