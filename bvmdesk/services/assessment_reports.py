"""Assessment PDFs from the services' frozen values: the filled form, the empty form for
paper use, and a participant's overview; and writing one to a file safely."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from fractions import Fraction
from pathlib import Path

from bvmdesk.domain.assessment import Scale, format_number
from bvmdesk.domain.clock import SYSTEM_CLOCK, to_local
from bvmdesk.domain.signature import Signature, SignatureError, decode
from bvmdesk.domain.text import missing_folder_text
from bvmdesk.reports.assessment_model import (
    AssessmentLine,
    CriterionLine,
    EmptyForm,
    FilledForm,
    FormHead,
    ParticipantAssessments,
    ProgressHeader,
    ProgressLine,
    WorkProcessPart,
)
from bvmdesk.reports.model import ReportMeta
from bvmdesk.services.assessment_types import (
    FINAL,
    AssessmentInfo,
    AssessmentSummary,
    FormInfo,
    ParticipantProgress,
    RatingInfo,
)
from bvmdesk.services.base import ServiceError
from bvmdesk.services.report_files import refuse_database_target, write_atomically


def _meta(meta: ReportMeta | None) -> ReportMeta:
    """The given page header, or one without a site printed now."""
    if meta is not None:
        return meta
    return ReportMeta(site="", printed_at=SYSTEM_CLOCK.local_now().replace(microsecond=0))


# --- the filled form ---------------------------------------------------------------------
def form_head(form: FormInfo) -> FormHead:
    return FormHead(code=form.code, version=form.version, name=form.name,
                    module=f"{form.module_code} {form.module_name}".strip(), kind=form.kind,
                    scale=form.scale, cesuur=cesuur_text(form.scale, form.threshold),
                    required=form.required, reasons_required=form.reasons_required)


def cesuur_text(scale: str, threshold: Fraction) -> str:
    """`75 %`, `5,5`; the acceptabel scale has none (every criterion must be A)."""
    if scale == Scale.ACCEPTABLE.value:
        return "geen (alle criteria moeten A zijn)"
    if scale == Scale.GRADE.value:
        return format_number(threshold, 2)
    return f"{format_number(threshold)} %"


Outcomes = dict[str, tuple[str | None, str]]
"""Work process code -> (Result value or None when nothing is rated, sentence)."""


def _parts(form: FormInfo, ratings: Sequence[RatingInfo] = (),
           outcomes: Outcomes | None = None) -> tuple[WorkProcessPart, ...]:
    by_criterion = {r.criterion_id: r for r in ratings}
    parts = []
    for code, name in form.work_processes:
        lines = []
        for c in form.criteria:
            if c.work_process_code != code:
                continue
            rating = by_criterion.get(c.id)
            lines.append(CriterionLine(
                number=c.number, description=c.description, critical=c.critical,
                weight=c.weight, value=rating.value if rating else None,
                reason=rating.reason if rating else None,
                remark=rating.remark if rating else None))
        result, explanation = (outcomes or {}).get(code, (None, None))
        parts.append(WorkProcessPart(code, name, tuple(lines), result, explanation))
    return tuple(parts)


def _signature(strokes: str | None) -> Signature | None:
    if not strokes:
        return None
    try:
        return decode(strokes)
    except SignatureError:  # an unreadable signature prints as none, never a failure
        return None


def _local(moment: datetime | None) -> datetime | None:
    return None if moment is None else to_local(moment)


def filled_form(info: AssessmentInfo) -> FilledForm:
    """The report value of one assessment version (moments as local wall-clock time)."""
    result = info.outcome()
    # A work process without any rating has no result yet, not "onvoldoende".
    outcomes = {w.code: (w.result.value if w.rated else None, w.explanation)
                for w in result.work_processes}
    return FilledForm(
        form=form_head(info.form), parts=_parts(info.form, info.ratings, outcomes),
        code=info.code, version=info.version, final=info.is_final,
        participant_number=info.participant_number, participant_name=info.participant_name,
        group=info.group_code, date=info.date, passed=result.passed,
        assessor_name=info.assessor_name or info.assessor_username,
        finalised_at=_local(info.finalised_at), remark=info.remark,
        second_assessor_name=info.second_assessor_name,
        second_assessor_role=info.second_assessor_role,
        second_assessor_signature=_signature(info.second_assessor_strokes),
        second_assessed_at=_local(info.second_assessed_at),
        supersedes_version=info.supersedes_version, correction_reason=info.reason,
        superseded=info.superseded_by_id is not None,
        photos=tuple(p.thumbnail for p in info.photos if p.thumbnail))


def assessment_pdf(info: AssessmentInfo, meta: ReportMeta | None = None) -> bytes:
    """The PDF of one assessment version.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    from bvmdesk.reports.pdf.assessment import assessment_pdf as build

    return build(filled_form(info), _meta(meta))


# --- the empty form ----------------------------------------------------------------------
def empty_form(form: FormInfo) -> EmptyForm:
    return EmptyForm(form=form_head(form), parts=_parts(form))


def empty_form_pdf(form: FormInfo, meta: ReportMeta | None = None) -> bytes:
    """The PDF of `form` to fill in on paper."""
    from bvmdesk.reports.pdf.assessment import empty_form_pdf as build

    return build(empty_form(form), _meta(meta))


# --- a participant's overview ------------------------------------------------------------
def participant_assessments(number: str, name: str, summaries: Sequence[AssessmentSummary],
                            progress: ParticipantProgress) -> ParticipantAssessments:
    """The overview's report value: every version (newest date first) and the matrix."""
    versions = {s.id: s.version for s in summaries}
    lines = tuple(AssessmentLine(
        code=s.code, version=s.version, form=f"{s.form_code} {s.form_name}".strip(),
        kind=s.kind, date=s.date, final=s.status == FINAL, passed=s.passed,
        superseded_by=versions.get(s.superseded_by_id) if s.superseded_by_id else None)
        for s in summaries)
    columns = tuple(ProgressHeader(c.code, c.version, c.form_code, c.kind, c.date)
                    for c in progress.columns)
    # The latest result per kind: bpv progress, assignments and exam evidence stay apart.
    kinds = tuple(k for k in _KIND_ORDER if k in progress.latest_by_kind)
    rows = []
    for code, wp_name in progress.work_processes:
        cells = tuple(_cell_result(progress, code, c.assessment_id) for c in progress.columns)
        latest = tuple(_latest_result(progress, kind, code) for kind in kinds)
        rows.append(ProgressLine(code, wp_name, cells, latest))
    return ParticipantAssessments(number, name, lines, columns, tuple(rows), kinds)


_KIND_ORDER = ("opdracht", "examen", "bpv")


def _latest_result(progress: ParticipantProgress, kind: str, code: str) -> str | None:
    cell = progress.latest_by_kind.get(kind, {}).get(code)
    return cell.result if cell is not None else None


def _cell_result(progress: ParticipantProgress, code: str,
                 assessment_id: uuid.UUID) -> str | None:
    cell = progress.cells.get((code, assessment_id))
    return cell.result if cell is not None else None


def participant_pdf(number: str, name: str, summaries: Sequence[AssessmentSummary],
                    progress: ParticipantProgress, meta: ReportMeta | None = None) -> bytes:
    """The PDF of a participant's assessments and progress per work process."""
    from bvmdesk.reports.pdf.assessment_overview import participant_pdf as build

    return build(participant_assessments(number, name, summaries, progress), _meta(meta))


# --- writing -----------------------------------------------------------------------------
def check_pdf_target(path: Path, database: Path | None) -> None:
    """Refuse a target that is no .pdf, in a missing folder, or our own database (or its
    journal): replacing that file would throw the data away.

    Args:
        database: the open SQLite file (None for PostgreSQL).

    Raises:
        ServiceError: with a Dutch reason; nothing is written.
    """
    if path.suffix.lower() != ".pdf":
        raise ServiceError(f"Onbekend bestandstype '{path.suffix or path.name}': gebruik .pdf; "
                           "er is niets geschreven.")
    if not path.parent.exists():
        raise ServiceError(missing_folder_text(path.parent))
    refuse_database_target(path, database)


def write_pdf(path: Path, content: bytes, database: Path | None = None) -> None:
    """Write `content` to `path`: the file appears whole or not at all.

    Raises:
        ServiceError: see check_pdf_target; or the file cannot be written (open in a
        viewer that locks it, no permission, disk full).
    """
    check_pdf_target(path, database)
    write_atomically(path, content)
