"""The life of an assessment after its ratings: photos, making final, corrections (a new
version pointing at the old one) and discarding a draft; a part of AssessmentService."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Assessment, Attachment, Rating
from bvmdesk.db.session import Sessions
from bvmdesk.domain.assessment import final_check
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import audit
from bvmdesk.services.assessment_read import PHOTO_OWNER, load_info, photos_of
from bvmdesk.services.assessment_types import DRAFT, FINAL, AssessmentInfo, PhotoInfo
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.retry import run_write
from bvmdesk.services.scope_records import (
    require_assessment,
    require_attachment,
    require_enrolment,
)

MAX_REASON = 200
NOTHING_CHANGED = "Er is niets gewijzigd."


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def check_length(field: str, text: str | None, limit: int, label: str) -> None:
    if text is not None and len(text) > limit:
        raise ValidationFailed([FieldError(field, f"{label} is hoogstens {limit} tekens lang; "
                                                  f"{NOTHING_CHANGED.lower()}")])


def locked_text(a: Assessment) -> str:
    return (f"Beoordeling {a.code} (versie {a.version}) is definitief en wordt niet meer "
            f"gewijzigd; leg zo nodig een correctie vast. {NOTHING_CHANGED}")


class AssessmentVersions:
    """Photos, final, corrections, discarding."""

    _sessions: Sessions

    @staticmethod
    def _draft(s: Session, actor: Actor, assessment_id: uuid.UUID) -> Assessment:
        """The draft, locked; refused when final or not of the actor's groups."""
        row = s.get(Assessment, assessment_id, with_for_update=True, populate_existing=True)
        if row is None:
            raise NotFound("Deze beoordeling bestaat niet (meer).")
        require_enrolment(s, actor, row.enrolment_id)
        if row.status == FINAL:
            raise ServiceError(locked_text(row))
        return row

    def photo_bytes(self, actor: Actor, photo_id: uuid.UUID) -> bytes:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            require_attachment(s, actor, photo_id)
            data = s.scalar(select(Attachment.data).where(Attachment.id == photo_id,
                                                          Attachment.owner_type == PHOTO_OWNER))
        if data is None:
            raise NotFound("Deze foto bestaat niet (meer).")
        return bytes(data)

    # --- photos ----------------------------------------------------------------------------
    def add_photo(self, actor: Actor, assessment_id: uuid.UUID, data: bytes,
                  filename: str | None) -> PhotoInfo:
        """Store a photo of the work piece, shrunk and without any metadata
        (services.photos).

        Raises:
            PhotoError: too large, or no image. ServiceError: final.
        """
        actor.require(Permission.RECORD_ASSESSMENTS)
        from bvmdesk.services.photos import prepare_photo

        photo = prepare_photo(data, filename)
        name = clean(filename)
        if name is not None:
            name = name.replace("\\", "/").rsplit("/", 1)[-1][-255:]

        def work(s: Session) -> uuid.UUID:
            self._draft(s, actor, assessment_id)
            row = Attachment(owner_type=PHOTO_OWNER, owner_id=assessment_id,
                             media_type=photo.media_type, filename=name, data=photo.data,
                             thumbnail=photo.thumbnail)
            s.add(row)
            s.flush()
            audit.record_row(s, actor.name, "assessment.photo", row)
            return row.id
        photo_id = run_write(self._sessions, actor.name, work)
        return PhotoInfo(photo_id, name, photo.media_type, photo.thumbnail, photo.width,
                         photo.height)

    def remove_photo(self, actor: Actor, assessment_id: uuid.UUID,
                     photo_id: uuid.UUID) -> None:
        actor.require(Permission.RECORD_ASSESSMENTS)

        def work(s: Session) -> None:
            self._draft(s, actor, assessment_id)
            row = s.get(Attachment, photo_id)
            if row is None or row.owner_type != PHOTO_OWNER or row.owner_id != assessment_id:
                raise NotFound("Deze foto bestaat niet (meer).")
            s.delete(row)
            audit.record_row(s, actor.name, "assessment.photo_remove", row)
        run_write(self._sessions, actor.name, work)

    def photos(self, actor: Actor, assessment_id: uuid.UUID) -> list[PhotoInfo]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            require_assessment(s, actor, assessment_id)
            return photos_of(s, [assessment_id])[assessment_id]

    # --- final, corrections, discarding ----------------------------------------------------
    def finalise(self, actor: Actor, assessment_id: uuid.UUID) -> AssessmentInfo:
        """Lock the draft; refused with the criteria named when one is unrated or lacks
        its reason."""
        actor.require(Permission.RECORD_ASSESSMENTS)

        def work(s: Session) -> None:
            row = self._draft(s, actor, assessment_id)
            info = load_info(s, assessment_id)
            check = final_check(info.scores(), info.form.reasons_required)
            if not check.ok:
                raise ServiceError(check.message())
            row.status = FINAL
            row.finalised_at = self._sessions.now()
            audit.record_row(s, actor.name, "assessment.finalise", row,
                             detail="geslaagd" if info.outcome().passed else "niet geslaagd")
        run_write(self._sessions, actor.name, work)
        with self._sessions.read() as s:
            return load_info(s, assessment_id)

    def correct(self, actor: Actor, assessment_id: uuid.UUID, reason: str) -> AssessmentInfo:
        """A new draft version of a final assessment, with everything of the old one; the
        old one stays final and visible."""
        actor.require(Permission.RECORD_ASSESSMENTS)
        why = clean(reason)
        if why is None:
            raise ValidationFailed([FieldError("reason", "Geef de reden van de correctie.")])
        check_length("reason", why, MAX_REASON, "De reden")

        def work(s: Session) -> uuid.UUID:
            old = s.get(Assessment, assessment_id, populate_existing=True)
            if old is None:
                raise NotFound("Deze beoordeling bestaat niet (meer).")
            require_enrolment(s, actor, old.enrolment_id)
            if old.status != FINAL:
                raise ServiceError(f"Beoordeling {old.code} is nog niet definitief; pas het "
                                   f"concept zelf aan. {NOTHING_CHANGED}")
            later = s.scalar(select(func.max(Assessment.version))
                             .where(Assessment.code == old.code))
            if later is not None and later > old.version:
                raise ServiceError(f"Van beoordeling {old.code} is er al een nieuwere versie "
                                   f"({later}); corrigeer die. {NOTHING_CHANGED}")
            new = Assessment(
                code=old.code, version=old.version + 1, template_id=old.template_id,
                enrolment_id=old.enrolment_id, date=old.date,
                assessor_id=actor.user_id or old.assessor_id, remark=old.remark,
                second_assessor_name=old.second_assessor_name,
                second_assessor_role=old.second_assessor_role,
                second_assessor_strokes=old.second_assessor_strokes,
                second_assessed_at=old.second_assessed_at, status=DRAFT,
                supersedes_id=old.id, reason=why)
            s.add(new)
            s.flush()
            audit.record_row(s, actor.name, "assessment.correct", new, detail=why)
            for r in s.scalars(select(Rating).where(Rating.assessment_id == old.id)).all():
                s.add(Rating(assessment_id=new.id, criterion_id=r.criterion_id, value=r.value,
                             reason=r.reason, remark=r.remark))
            for p in s.scalars(select(Attachment).where(
                    Attachment.owner_type == PHOTO_OWNER, Attachment.owner_id == old.id)
                    .order_by(Attachment.created_at, Attachment.id)).all():
                s.add(Attachment(owner_type=PHOTO_OWNER, owner_id=new.id,
                                 media_type=p.media_type, filename=p.filename, data=p.data,
                                 thumbnail=p.thumbnail))
            return new.id
        made = run_write(self._sessions, actor.name, work)
        with self._sessions.read() as s:
            return load_info(s, made)

    def discard(self, actor: Actor, assessment_id: uuid.UUID) -> None:
        """Delete a draft with its ratings and photos."""
        actor.require(Permission.RECORD_ASSESSMENTS)

        def work(s: Session) -> None:
            row = self._draft(s, actor, assessment_id)
            for photo in s.scalars(select(Attachment).where(
                    Attachment.owner_type == PHOTO_OWNER,
                    Attachment.owner_id == assessment_id)).all():
                s.delete(photo)
            for rating in s.scalars(select(Rating)
                                    .where(Rating.assessment_id == assessment_id)).all():
                s.delete(rating)
            s.flush()
            s.delete(row)
            audit.record_row(s, actor.name, "assessment.discard", row,
                             detail=f"{row.code} versie {row.version}")
        run_write(self._sessions, actor.name, work)
