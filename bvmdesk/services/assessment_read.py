"""Reading assessments into the frozen values of assessment_types, a few queries per call
(never one per assessment)."""

from __future__ import annotations

import io
import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    Attachment,
    Enrolment,
    Group,
    Participant,
    Rating,
    User,
    WorkplaceTrainer,
)
from bvmdesk.domain.assessment import Scale, Score, outcome
from bvmdesk.domain.text import display_name
from bvmdesk.services.assessment_forms import load_forms
from bvmdesk.services.assessment_types import (
    FINAL,
    AssessmentInfo,
    AssessmentSummary,
    FormInfo,
    PhotoInfo,
    RatingInfo,
)
from bvmdesk.services.base import NotFound

PHOTO_OWNER = "assessment"
# Enough of a stored photo to read its size: services.photos writes no metadata, so the
# JPEG frame header or the PNG header comes within the first few hundred bytes.
_HEADER_BYTES = 4096

_previous = aliased(Assessment, name="previous")
_next = aliased(Assessment, name="next")


def base_query() -> Select[Any]:
    """An assessment with its participant, group, assessor, the version it corrects and
    the one that corrects it."""
    stmt: Select[Any] = (
        select(  # type: ignore[assignment]
            Assessment, Participant.id, Participant.number, Participant.first_names,
            Participant.prefix, Participant.last_name, Group.code, User.username,
            User.display_name, _previous.version, _next.id, WorkplaceTrainer.name)
        .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
        .join(Participant, Participant.id == Enrolment.participant_id)
        .join(Group, Group.id == Enrolment.group_id)
        .outerjoin(User, User.id == Assessment.assessor_id)
        .outerjoin(_previous, _previous.id == Assessment.supersedes_id)
        .outerjoin(_next, _next.supersedes_id == Assessment.id)
        .outerjoin(WorkplaceTrainer, WorkplaceTrainer.id == Enrolment.trainer_id))
    return stmt


def ratings_of(s: Session, assessment_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID,
                                                                         list[Rating]]:
    found: dict[uuid.UUID, list[Rating]] = defaultdict(list)
    ids = list(assessment_ids)
    if ids:
        for rating in s.scalars(select(Rating).where(Rating.assessment_id.in_(ids))).all():
            found[rating.assessment_id].append(rating)
    return found


def scores(form: FormInfo, ratings: Iterable[Rating]) -> list[Score]:
    """One score per criterion of `form` (value None where nothing is rated)."""
    by_criterion = {r.criterion_id: r for r in ratings}
    result = []
    for c in form.criteria:
        rating = by_criterion.get(c.id)
        result.append(Score(c.number, c.work_process_code, rating.value if rating else None,
                            c.critical, c.weight, rating.reason if rating else None))
    return result


def _size(header: bytes | None) -> tuple[int, int]:
    if not header:
        return 0, 0
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(header)) as image:
            width, height = image.size
            return int(width), int(height)
    except (OSError, UnidentifiedImageError, ValueError):
        return 0, 0


def photos_of(s: Session, assessment_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID,
                                                                        list[PhotoInfo]]:
    """The photos of each assessment, oldest first, with thumbnails but without their data
    (only its first bytes, for the size)."""
    found: dict[uuid.UUID, list[PhotoInfo]] = defaultdict(list)
    ids = list(assessment_ids)
    if not ids:
        return found
    for pid, owner, filename, media_type, thumbnail, header in s.execute(
            select(Attachment.id, Attachment.owner_id, Attachment.filename,
                   Attachment.media_type, Attachment.thumbnail,
                   func.substr(Attachment.data, 1, _HEADER_BYTES))
            .where(Attachment.owner_type == PHOTO_OWNER, Attachment.owner_id.in_(ids))
            .order_by(Attachment.created_at, Attachment.id)).all():
        width, height = _size(bytes(header) if header is not None else None)
        found[owner].append(PhotoInfo(pid, filename, media_type, bytes(thumbnail or b""),
                                      width, height))
    return found


def load_infos(s: Session, stmt: Select[Any]) -> list[AssessmentInfo]:
    """Every assessment `stmt` (a `base_query()` with conditions) selects, in its order."""
    rows = s.execute(stmt).all()
    ids = [row[0].id for row in rows]
    forms = load_forms(s, {row[0].template_id for row in rows})
    ratings = ratings_of(s, ids)
    photos = photos_of(s, ids)
    result = []
    for (a, pid, number, first, prefix, last, group_code, username, assessor, previous,
         successor, trainer) in rows:
        form = forms[a.template_id]
        by_criterion = {r.criterion_id: r for r in ratings[a.id]}
        infos = []
        for c in form.criteria:
            r = by_criterion.get(c.id)
            infos.append(RatingInfo(c.id, c.number, r.value if r else None,
                                    r.reason if r else None, r.remark if r else None))
        result.append(AssessmentInfo(
            a.id, a.code, a.version, a.status, form, pid, number,
            display_name(first, prefix, last), a.enrolment_id, group_code, a.date, username,
            assessor, a.remark, a.second_assessor_name, a.second_assessor_role,
            a.second_assessor_strokes, a.second_assessed_at, a.created_at, a.finalised_at,
            a.supersedes_id, previous, successor, a.reason, tuple(infos), tuple(photos[a.id]),
            trainer))
    return result


def load_info(s: Session, assessment_id: uuid.UUID) -> AssessmentInfo:
    found = load_infos(s, base_query().where(Assessment.id == assessment_id))
    if not found:
        raise NotFound("Deze beoordeling bestaat niet (meer).")
    return found[0]


def load_summaries(s: Session, stmt: Select[Any]) -> list[AssessmentSummary]:
    """A line per assessment `stmt` selects; `passed` computed for the final ones."""
    rows = s.execute(stmt.add_columns(AssessmentTemplate.code, AssessmentTemplate.name,
                                      AssessmentTemplate.kind)
                     .join(AssessmentTemplate,
                           AssessmentTemplate.id == Assessment.template_id)).all()
    finals = [row[0] for row in rows if row[0].status == FINAL]
    forms = load_forms(s, {a.template_id for a in finals})
    ratings = ratings_of(s, [a.id for a in finals])
    result = []
    for (a, pid, number, first, prefix, last, group_code, _username, assessor, _previous,
         successor, _trainer, form_code, form_name, kind) in rows:
        passed: bool | None = None
        if a.status == FINAL:
            form = forms[a.template_id]
            passed = outcome(Scale(form.scale), form.threshold,
                             scores(form, ratings[a.id])).passed
        result.append(AssessmentSummary(
            a.id, a.code, a.version, a.status, form_code, form_name, kind, pid, number,
            display_name(first, prefix, last), group_code, a.date, assessor, a.created_at,
            a.updated_at, passed, successor))
    return result
