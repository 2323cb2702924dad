"""Practical assessments: scoring at the bench, making final, corrections, photos.

A draft saves itself on every change (each call is its own durable unit of work); a final
assessment is locked (here, in the ORM hook of db.session and by the database's triggers);
a correction is the next version of the same code, pointing at the one it corrects. Forms
live in assessment_forms, progress and the JSON report in assessment_progress.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import Enum
from typing import Any, Final

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    Criterion,
    Enrolment,
    Group,
    Participant,
    Rating,
)
from bvmdesk.db.session import Sessions
from bvmdesk.domain.assessment import (
    FinalCheck,
    Outcome,
    Scale,
    ScoreError,
    assessment_code,
    final_check,
    parse_score,
)
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signature import SignatureError, decode
from bvmdesk.domain.text import display_name
from bvmdesk.services import audit
from bvmdesk.services.assessment_forms import AssessmentForms
from bvmdesk.services.assessment_progress import AssessmentProgress
from bvmdesk.services.assessment_read import (
    base_query,
    load_info,
    load_summaries,
)
from bvmdesk.services.assessment_types import (
    DRAFT,
    FINAL,
    AssessmentInfo,
    AssessmentSummary,
    RatingInfo,
)
from bvmdesk.services.assessment_versions import (
    NOTHING_CHANGED,
    AssessmentVersions,
    check_length,
    clean,
    locked_text,
)
from bvmdesk.services.base import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from bvmdesk.services.numbering import next_free
from bvmdesk.services.retry import run_write
from bvmdesk.services.scope import NOT_YOURS
from bvmdesk.services.scope_records import (
    enrolment_condition,
    require_assessment,
    require_enrolment,
)

NUMBER_KIND = "assessment"
MAX_TEXT = 4000
MAX_NAME = 200
SECOND_ASSESSOR_ROLES = ("praktijkopleider", "instructeur")


class _Unset(Enum):
    UNSET = "unset"


UNSET: Final = _Unset.UNSET
"""`explain` leaves a text alone when it is not given."""



def _own(stmt: Select[Any], actor: Actor) -> Select[Any]:
    """`stmt` (a base_query) narrowed to the groups `actor` teaches."""
    condition = enrolment_condition(actor)
    return stmt if condition is None else stmt.where(condition)


def _rating_info(number: int, criterion_id: uuid.UUID, row: Rating | None) -> RatingInfo:
    if row is None:
        return RatingInfo(criterion_id, number, None, None, None)
    return RatingInfo(criterion_id, number, row.value, row.reason, row.remark)


class AssessmentService(AssessmentForms, AssessmentVersions, AssessmentProgress):
    """Forms (AssessmentForms), scoring (here), photos, final and corrections
    (AssessmentVersions), progress and the report (AssessmentProgress)."""

    def __init__(self, sessions: Sessions) -> None:
        super().__init__(sessions)
        self._sessions = sessions

    # --- reading ---------------------------------------------------------------------------
    def assessment(self, actor: Actor, assessment_id: uuid.UUID) -> AssessmentInfo:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            require_assessment(s, actor, assessment_id)
            return load_info(s, assessment_id)

    def by_code(self, actor: Actor, code: str, version: int | None = None) -> AssessmentInfo:
        """A version of assessment `code` (the newest when `version` is None)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            stmt = select(Assessment.id).where(Assessment.code == code.strip())
            if version is not None:
                stmt = stmt.where(Assessment.version == version)
            found = s.scalars(stmt.order_by(Assessment.version.desc()).limit(1)).first()
            if found is None:
                which = f" versie {version}" if version is not None else ""
                raise NotFound(f"Beoordeling {code}{which} bestaat niet.")
            require_assessment(s, actor, found)
            return load_info(s, found)

    def versions(self, actor: Actor, code: str) -> list[AssessmentSummary]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            found = load_summaries(s, base_query().where(Assessment.code == code.strip())
                                   .order_by(Assessment.version.desc()))
            if found:
                require_assessment(s, actor, found[0].id)
        if not found:
            raise NotFound(f"Beoordeling {code} bestaat niet.")
        return found

    def drafts(self, actor: Actor) -> list[AssessmentSummary]:
        """Every draft to finish (of the actor's own groups), the oldest first."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return load_summaries(s, _own(base_query(), actor)
                                  .where(Assessment.status == DRAFT)
                                  .order_by(Assessment.created_at, Assessment.code))

    def for_participant(self, actor: Actor, participant_id: uuid.UUID) -> list[AssessmentSummary]:
        """All versions of the participant's assessments (in the actor's own groups), the
        newest date first."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return load_summaries(s, _own(base_query(), actor)
                                  .where(Participant.id == participant_id)
                                  .order_by(Assessment.date.desc(), Assessment.code.desc(),
                                            Assessment.version.desc()))

    def preview_final(self, actor: Actor,
                      assessment_id: uuid.UUID) -> tuple[Outcome, FinalCheck]:
        """What making it final would record, and what stands in the way."""
        info = self.assessment(actor, assessment_id)
        return info.outcome(), final_check(info.scores(), info.form.reasons_required)


    # --- starting --------------------------------------------------------------------------
    def start(self, actor: Actor, participant_id: uuid.UUID, form_id: uuid.UUID, *,
              on: date | None = None) -> AssessmentInfo:
        """A new draft of `form_id` for the participant, with a new code.

        Raises:
            NotFound: participant or form. ServiceError: an archived or outdated form, or
            the participant has no enrolment in the form's module.
        """
        actor.require(Permission.RECORD_ASSESSMENTS)
        day = on or self._sessions.clock.today()

        def work(s: Session) -> uuid.UUID:
            person = s.get(Participant, participant_id)
            if person is None or person.deleted_at is not None:
                raise NotFound("Deze deelnemer bestaat niet (meer).")
            form = s.get(AssessmentTemplate, form_id)
            if form is None:
                raise NotFound("Dit beoordelingsformulier bestaat niet (meer).")
            self._check_usable(s, form)
            enrolment_id = self._enrolment(s, actor, person, form)
            row = Assessment(code=self._next_code(s), version=1, template_id=form.id,
                             enrolment_id=enrolment_id, date=day, assessor_id=actor.user_id,
                             status=DRAFT)
            s.add(row)
            s.flush()
            audit.record_row(s, actor.name, "assessment.start", row)
            return row.id
        return self.assessment(actor, run_write(self._sessions, actor.name, work))

    @staticmethod
    def _check_usable(s: Session, form: AssessmentTemplate) -> None:
        if form.deleted_at is not None:
            raise ServiceError(f"Formulier {form.code} is gearchiveerd en wordt niet meer "
                               f"gebruikt. {NOTHING_CHANGED}")
        newest = s.scalar(select(func.max(AssessmentTemplate.version))
                          .where(AssessmentTemplate.code == form.code))
        if newest is not None and newest > form.version:
            raise ServiceError(f"Van formulier {form.code} is er een nieuwere versie "
                               f"({newest}); gebruik die. {NOTHING_CHANGED}")

    @staticmethod
    def _enrolment(s: Session, actor: Actor, person: Participant,
                   form: AssessmentTemplate) -> uuid.UUID:
        """The participant's enrolment in the form's module (in a group the actor
        teaches): the active one, else the latest."""
        rows = list(s.execute(
            select(Enrolment.id, Enrolment.status, Enrolment.start_date)
            .join(Group, Group.id == Enrolment.group_id)
            .where(Enrolment.participant_id == person.id, Enrolment.deleted_at.is_(None),
                   Group.module_id == form.module_id)).all())
        if not rows:
            from bvmdesk.db.models import Module

            module = s.get(Module, form.module_id) if form.module_id else None
            label = f"{module.code} ({module.name})" if module else "van dit formulier"
            name = display_name(person.first_names, person.prefix, person.last_name)
            raise ServiceError(f"{name} is niet ingeschreven voor module {label}; "
                               f"{NOTHING_CHANGED.lower()}")
        condition = enrolment_condition(actor)
        if condition is not None:
            own = set(s.scalars(select(Enrolment.id).where(
                Enrolment.id.in_([r.id for r in rows]), condition)).all())
            if not own:
                raise PermissionDenied(NOT_YOURS.format(name=actor.name))
            rows = [r for r in rows if r.id in own]
        rows.sort(key=lambda r: (r.status == EnrolmentStatus.ACTIVE.value, r.start_date),
                  reverse=True)
        enrolment_id: uuid.UUID = rows[0].id
        return enrolment_id

    def _next_code(self, s: Session) -> str:
        """`<site>-BO-<year>-<5 digits>`: the site's next, never reused (locked until
        commit)."""
        year = self._sessions.clock.today().year
        return next_free(
            s, f"{NUMBER_KIND}-{year}", lambda site, n: assessment_code(site.code, year, n),
            lambda code: s.scalars(select(Assessment.id)
                                   .where(Assessment.code == code)).first() is not None)

    # --- scoring (the hot path: one small transaction each) --------------------------------
    @staticmethod
    def _head(s: Session, actor: Actor, assessment_id: uuid.UUID,
              criterion_id: uuid.UUID) -> tuple[Assessment, int, str]:
        """The draft (held against a concurrent finalise), the criterion's number and the
        form's scale; refused when final, not of the actor's groups, or when the criterion
        is not on its form."""
        row = s.execute(
            select(Assessment, Criterion.number, AssessmentTemplate.scale)
            .join(AssessmentTemplate, AssessmentTemplate.id == Assessment.template_id)
            .outerjoin(Criterion, and_(Criterion.template_id == Assessment.template_id,
                                       Criterion.id == criterion_id,
                                       Criterion.deleted_at.is_(None)))
            .where(Assessment.id == assessment_id)
            .with_for_update(read=True, of=Assessment.__table__)).first()
        if row is None:
            raise NotFound("Deze beoordeling bestaat niet (meer).")
        assessment, number, scale = row
        require_enrolment(s, actor, assessment.enrolment_id)
        if assessment.status == FINAL:
            raise ServiceError(locked_text(assessment))
        if number is None:
            raise NotFound("Dit criterium staat niet op het formulier van deze beoordeling.")
        return assessment, int(number), str(scale)

    @staticmethod
    def _rating(s: Session, assessment_id: uuid.UUID, criterion_id: uuid.UUID) -> Rating | None:
        return s.scalars(select(Rating).where(Rating.assessment_id == assessment_id,
                                              Rating.criterion_id == criterion_id)).first()

    @staticmethod
    def _store(s: Session, actor: Actor, assessment_id: uuid.UUID, criterion_id: uuid.UUID,
               row: Rating | None, changes: dict[str, Any]) -> Rating | None:
        """Apply `changes` to the rating (made when missing); a rating left without value,
        reason and remark is deleted."""
        if row is None:
            if all(v is None for v in changes.values()):
                return None
            row = Rating(assessment_id=assessment_id, criterion_id=criterion_id)
            s.add(row)
        for key, value in changes.items():
            setattr(row, key, value)
        if row.value is None and row.reason is None and row.remark is None:
            if row in s.new:
                s.expunge(row)
                return None
            s.delete(row)
            audit.record_row(s, actor.name, "assessment.unrate", row)
            return None
        if row in s.new or s.is_modified(row):
            audit.record_row(s, actor.name, "assessment.rate", row)
        return row

    def rate(self, actor: Actor, assessment_id: uuid.UUID, criterion_id: uuid.UUID,
             value: str | None) -> RatingInfo:
        """Rate one criterion of a draft (None clears it); committed durably on return.

        Raises:
            ValidationFailed: the form's scale has no such value. ServiceError: final.
        """
        actor.require(Permission.RECORD_ASSESSMENTS)

        def work(s: Session) -> RatingInfo:
            _, number, scale = self._head(s, actor, assessment_id, criterion_id)
            parsed = None
            if value is not None and str(value).strip():
                try:
                    parsed = parse_score(Scale(scale), value)
                except ScoreError as exc:
                    raise ValidationFailed([FieldError("value", str(exc))]) from None
            row = self._rating(s, assessment_id, criterion_id)
            stored = self._store(s, actor, assessment_id, criterion_id, row, {"value": parsed})
            return _rating_info(number, criterion_id, stored)
        return run_write(self._sessions, actor.name, work)

    def explain(self, actor: Actor, assessment_id: uuid.UUID, criterion_id: uuid.UUID, *,
                reason: str | _Unset | None = UNSET,
                remark: str | _Unset | None = UNSET) -> RatingInfo:
        """Set the toelichting (`reason`) and/or opmerking (`remark`) of a criterion;
        empty text clears it."""
        actor.require(Permission.RECORD_ASSESSMENTS)
        changes: dict[str, Any] = {}
        for key, text, label in (("reason", reason, "Een toelichting"),
                                 ("remark", remark, "Een opmerking")):
            if text is not UNSET:
                cleaned = clean(text if isinstance(text, str) else None)
                check_length(key, cleaned, MAX_TEXT, label)
                changes[key] = cleaned

        def work(s: Session) -> RatingInfo:
            _, number, _scale = self._head(s, actor, assessment_id, criterion_id)
            row = self._rating(s, assessment_id, criterion_id)
            if not changes:
                return _rating_info(number, criterion_id, row)
            stored = self._store(s, actor, assessment_id, criterion_id, row, changes)
            return _rating_info(number, criterion_id, stored)
        return run_write(self._sessions, actor.name, work)

    # --- the rest of a draft ---------------------------------------------------------------
    def _change_draft(self, actor: Actor, assessment_id: uuid.UUID, action: str,
                      changes: dict[str, Any]) -> None:
        actor.require(Permission.RECORD_ASSESSMENTS)

        def work(s: Session) -> None:
            row = self._draft(s, actor, assessment_id)
            for key, value in changes.items():
                setattr(row, key, value)
            if s.is_modified(row):
                audit.record_row(s, actor.name, action, row)
        run_write(self._sessions, actor.name, work)


    def set_remark(self, actor: Actor, assessment_id: uuid.UUID, text: str | None) -> None:
        cleaned = clean(text)
        check_length("remark", cleaned, MAX_TEXT, "Een opmerking")
        self._change_draft(actor, assessment_id, "assessment.remark", {"remark": cleaned})

    def set_date(self, actor: Actor, assessment_id: uuid.UUID, day: date) -> None:
        self._change_draft(actor, assessment_id, "assessment.date", {"date": day})

    def set_second_assessor(self, actor: Actor, assessment_id: uuid.UUID, *, name: str,
                            role: str, strokes: str | None) -> None:
        """The second assessor's name, role and signature (domain.signature text)."""
        cleaned = clean(name)
        errors = []
        if cleaned is None:
            errors.append(FieldError("name", "Vul de naam van de tweede beoordelaar in."))
        elif len(cleaned) > MAX_NAME:
            errors.append(FieldError("name", f"Een naam is hoogstens {MAX_NAME} tekens lang."))
        if role not in SECOND_ASSESSOR_ROLES:
            errors.append(FieldError("role", "Kies praktijkopleider of instructeur."))
        if strokes is not None:
            try:
                if decode(strokes).is_empty:
                    errors.append(FieldError("strokes", "Zet eerst een handtekening."))
            except SignatureError as exc:
                errors.append(FieldError("strokes", str(exc)))
        if errors:
            raise ValidationFailed(errors)
        self._change_draft(actor, assessment_id, "assessment.second_assessor", {
            "second_assessor_name": cleaned, "second_assessor_role": role,
            "second_assessor_strokes": strokes, "second_assessed_at": self._sessions.now()})

    def clear_second_assessor(self, actor: Actor, assessment_id: uuid.UUID) -> None:
        self._change_draft(actor, assessment_id, "assessment.second_assessor", {
            "second_assessor_name": None, "second_assessor_role": None,
            "second_assessor_strokes": None, "second_assessed_at": None})
