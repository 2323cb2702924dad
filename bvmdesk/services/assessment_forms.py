"""Assessment forms (beoordelingsformulieren): versions, criteria per work process, copies.

A version that an assessment uses is never changed in place: saving it makes the next
version, and the assessments keep the version they used. Archiving puts a tombstone on
every version of a code; an archived form is not offered for new assessments.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    Criterion,
    Enrolment,
    Group,
    Module,
    WorkProcess,
)
from bvmdesk.db.session import Sessions
from bvmdesk.domain.enums import AssessmentKind, EnrolmentStatus
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import audit
from bvmdesk.services.assessment_form_check import text_of, validate_spec
from bvmdesk.services.assessment_types import (
    CriterionInfo,
    CriterionSpec,
    FormInfo,
    FormSpec,
    FormSummary,
)
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.retry import run_write
from bvmdesk.services.scope import group_filter

NOTHING_CHANGED = "er is niets gewijzigd."


def default_required(kind: str) -> bool:
    """Verplicht by default for opdracht and examen, not for bpv progress."""
    return kind != AssessmentKind.BPV.value


# --- reading ---------------------------------------------------------------------------------
def _used(template_id: Any) -> Any:
    return exists().where(Assessment.template_id == template_id)


def _newest_version(code: Any) -> Any:
    newer = AssessmentTemplate.__table__.alias("newer")
    return ~exists().where(newer.c.code == code, newer.c.version > AssessmentTemplate.version)


def _summary_query() -> Select[Any]:
    count = (select(func.count(Criterion.id)).where(Criterion.template_id == AssessmentTemplate.id,
                                                    Criterion.deleted_at.is_(None))
             .correlate(AssessmentTemplate).scalar_subquery())
    return (select(AssessmentTemplate, Module.code, Module.name, count,
                   _used(AssessmentTemplate.id).label("used"))
            .outerjoin(Module, Module.id == AssessmentTemplate.module_id))


def _summaries(s: Session, stmt: Select[Any]) -> list[FormSummary]:
    return [FormSummary(t.id, t.code, t.version, t.name, module_code or "", module_name or "",
                        t.kind, t.scale, int(criteria or 0), bool(used),
                        t.deleted_at is not None)
            for t, module_code, module_name, criteria, used in s.execute(stmt).all()]


def load_forms(s: Session, template_ids: set[uuid.UUID]) -> dict[uuid.UUID, FormInfo]:
    """The forms `template_ids` with their criteria, in three queries."""
    if not template_ids:
        return {}
    rows = s.execute(
        select(AssessmentTemplate, Module.code, Module.name, _used(AssessmentTemplate.id),
               _newest_version(AssessmentTemplate.code))
        .outerjoin(Module, Module.id == AssessmentTemplate.module_id)
        .where(AssessmentTemplate.id.in_(template_ids))).all()
    criteria: dict[uuid.UUID, list[CriterionInfo]] = defaultdict(list)
    for c, wp_code, wp_name in s.execute(
            select(Criterion, WorkProcess.code, WorkProcess.name)
            .outerjoin(WorkProcess, WorkProcess.id == Criterion.work_process_id)
            .where(Criterion.template_id.in_(template_ids), Criterion.deleted_at.is_(None))
            .order_by(Criterion.number)).all():
        criteria[c.template_id].append(CriterionInfo(
            c.id, c.number, c.description, c.critical, c.weight, wp_code or "", wp_name or ""))
    return {t.id: FormInfo(t.id, t.code, t.version, t.name, t.module_id, module_code or "",
                           module_name or "", t.kind, t.scale, t.cesuur, t.required,
                           t.reasons_required, t.deleted_at is not None, bool(used),
                           bool(latest), tuple(criteria[t.id]))
            for t, module_code, module_name, used, latest in rows}


def load_form(s: Session, template_id: uuid.UUID) -> FormInfo:
    found = load_forms(s, {template_id}).get(template_id)
    if found is None:
        raise NotFound("Dit beoordelingsformulier bestaat niet (meer).")
    return found


def _refuse(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationFailed(errors)


def _own_groups(actor: Actor) -> list[Any]:
    """For an instructor, the condition that the enrolment is in a group they teach."""
    condition = group_filter(actor, Enrolment.group_id)
    return [] if condition is None else [condition]


# --- the service -----------------------------------------------------------------------------
class AssessmentForms:
    """Reading and writing forms; `AssessmentService` hands its form calls to this."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def modules(self, actor: Actor) -> list[tuple[str, str]]:
        """(code, name) of every module a form can belong to, by code."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(Module.code, Module.name)
                             .where(Module.deleted_at.is_(None)).order_by(Module.code)).all()
        return [(code, name) for code, name in rows]

    def list_forms(self, actor: Actor, *, include_archived: bool = False,
                   module_code: str | None = None) -> list[FormSummary]:
        actor.require(Permission.VIEW)
        stmt = _summary_query().where(_newest_version(AssessmentTemplate.code))
        if not include_archived:
            stmt = stmt.where(AssessmentTemplate.deleted_at.is_(None))
        if module_code:
            stmt = stmt.where(Module.code == module_code)
        with self._sessions.read() as s:
            return _summaries(s, stmt.order_by(AssessmentTemplate.code))

    def form(self, actor: Actor, form_id: uuid.UUID) -> FormInfo:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return load_form(s, form_id)

    def current_form(self, actor: Actor, code: str) -> FormInfo:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return load_form(s, self._newest_id(s, code))

    def form_versions(self, actor: Actor, code: str) -> list[FormSummary]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            found = _summaries(s, _summary_query().where(AssessmentTemplate.code == code.strip())
                               .order_by(AssessmentTemplate.version.desc()))
        if not found:
            raise NotFound(f"Beoordelingsformulier {code} bestaat niet.")
        return found

    def forms_for(self, actor: Actor, participant_id: uuid.UUID) -> list[FormSummary]:
        """The current forms of the modules the participant is enrolled in (in the actor's
        own groups: [] for someone else's participant); those of an active enrolment
        first, then by code."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            modules: dict[uuid.UUID, bool] = {}
            for module_id, status in s.execute(
                    select(Group.module_id, Enrolment.status)
                    .join(Group, Group.id == Enrolment.group_id)
                    .where(Enrolment.participant_id == participant_id,
                           Enrolment.deleted_at.is_(None),
                           *_own_groups(actor))).all():
                modules[module_id] = modules.get(module_id, False) or (
                    status == EnrolmentStatus.ACTIVE.value)
            if not modules:
                return []
            found = _summaries(s, _summary_query().where(
                _newest_version(AssessmentTemplate.code),
                AssessmentTemplate.deleted_at.is_(None),
                AssessmentTemplate.module_id.in_(modules)).order_by(AssessmentTemplate.code))
            active = {m for m, is_active in modules.items() if is_active}
            codes = dict(s.execute(select(Module.code, Module.id)
                                   .where(Module.id.in_(modules))).all())
        found.sort(key=lambda f: (codes.get(f.module_code) not in active, f.code))
        return found

    @staticmethod
    def _newest_id(s: Session, code: str) -> uuid.UUID:
        found = s.scalars(select(AssessmentTemplate.id)
                          .where(AssessmentTemplate.code == code.strip())
                          .order_by(AssessmentTemplate.version.desc()).limit(1)).first()
        if found is None:
            raise NotFound(f"Beoordelingsformulier {code} bestaat niet.")
        return found

    # --- writing ---------------------------------------------------------------------------
    def save_form(self, actor: Actor, spec: FormSpec,
                  form_id: uuid.UUID | None = None) -> FormInfo:
        """A new form (`form_id` None), or an edit of the newest version of one: in place
        while no assessment uses it, else as the next version.

        Raises:
            ValidationFailed: in Dutch, per field. NotFound: no such form.
        """
        actor.require(Permission.EDIT_MODULES)
        _refuse(validate_spec(spec))

        def work(s: Session) -> uuid.UUID:
            module_id = self._module_id(s, spec.module_code)
            code = spec.code.strip()
            if form_id is None:
                self._check_new_code(s, code)
                row = AssessmentTemplate(code=code, version=1)
                s.add(row)
                action = "assessment_form.create"
            else:
                row = self._editable(s, form_id, code)
                if s.scalar(select(_used(row.id))):
                    row = AssessmentTemplate(code=code, version=row.version + 1)
                    s.add(row)
                    action = "assessment_form.version"
                else:
                    action = "assessment_form.update"
            _apply(row, spec, module_id)
            s.flush()
            _replace_criteria(s, row.id, module_id, spec.criteria)
            audit.record_row(s, actor.name, action, row)
            return row.id
        saved = run_write(self._sessions, actor.name, work)
        with self._sessions.read() as s:
            return load_form(s, saved)

    def copy_form(self, actor: Actor, form_id: uuid.UUID, code: str, name: str) -> FormInfo:
        """A new form (version 1) with the settings and criteria of `form_id`."""
        actor.require(Permission.EDIT_MODULES)
        with self._sessions.read() as s:
            source = load_form(s, form_id)
        spec = FormSpec(code, name, source.module_code, source.kind, source.scale,
                        tuple(CriterionSpec(c.work_process_code, c.work_process_name, c.number,
                                            c.description, c.critical, c.weight)
                              for c in source.criteria),
                        source.cesuur, source.required, source.reasons_required)
        return self.save_form(actor, spec)

    def archive_form(self, actor: Actor, form_id: uuid.UUID) -> None:
        self._set_archived(actor, form_id, archived=True)

    def restore_form(self, actor: Actor, form_id: uuid.UUID) -> None:
        self._set_archived(actor, form_id, archived=False)

    def _set_archived(self, actor: Actor, form_id: uuid.UUID, *, archived: bool) -> None:
        actor.require(Permission.EDIT_MODULES)

        def work(s: Session) -> None:
            found = s.get(AssessmentTemplate, form_id)
            if found is None:
                raise NotFound("Dit beoordelingsformulier bestaat niet (meer).")
            now = self._sessions.now() if archived else None
            for row in s.scalars(select(AssessmentTemplate)
                                 .where(AssessmentTemplate.code == found.code)).all():
                if (row.deleted_at is None) == archived:
                    row.deleted_at = now
                    audit.record_row(s, actor.name, "assessment_form.archive" if archived
                                     else "assessment_form.restore", row)
        run_write(self._sessions, actor.name, work)

    @staticmethod
    def _module_id(s: Session, code: str) -> uuid.UUID:
        found = s.scalars(select(Module.id).where(Module.code == code.strip(),
                                                  Module.deleted_at.is_(None))).first()
        if found is None:
            raise ValidationFailed([FieldError("module_code", f"Module {code} bestaat niet; "
                                                              f"{NOTHING_CHANGED}")])
        return found

    @staticmethod
    def _check_new_code(s: Session, code: str) -> None:
        if s.scalars(select(AssessmentTemplate.id)
                     .where(AssessmentTemplate.code == code)).first() is not None:
            raise ValidationFailed([FieldError(
                "code", f"Er is al een beoordelingsformulier met code {code}; "
                        f"{NOTHING_CHANGED}")])

    @staticmethod
    def _editable(s: Session, form_id: uuid.UUID, code: str) -> AssessmentTemplate:
        row = s.get(AssessmentTemplate, form_id, with_for_update=True)
        if row is None:
            raise NotFound("Dit beoordelingsformulier bestaat niet (meer).")
        if row.code != code:
            raise ValidationFailed([FieldError(
                "code", f"De code van een formulier verandert niet (het is {row.code}); "
                        f"maak een kopie met de nieuwe code. Er is niets gewijzigd.")])
        if row.deleted_at is not None:
            raise ServiceError(f"Formulier {row.code} is gearchiveerd; zet het eerst terug. "
                               "Er is niets gewijzigd.")
        newer = s.scalar(select(func.max(AssessmentTemplate.version))
                         .where(AssessmentTemplate.code == row.code))
        if newer is not None and newer > row.version:
            raise ServiceError(f"Van formulier {row.code} is er een nieuwere versie "
                               f"({newer}); pas die aan. Er is niets gewijzigd.")
        return row


def _apply(row: AssessmentTemplate, spec: FormSpec, module_id: uuid.UUID) -> None:
    row.name = spec.name.strip()
    row.module_id = module_id
    row.kind = spec.kind
    row.scale = spec.scale
    row.cesuur = None if spec.cesuur is None else float(spec.cesuur)
    row.required = default_required(spec.kind) if spec.required is None else spec.required
    row.reasons_required = spec.reasons_required


def _work_processes(s: Session, module_id: uuid.UUID,
                    criteria: tuple[CriterionSpec, ...]) -> dict[str, uuid.UUID]:
    """The module's work process rows by code: made when missing, names as given."""
    names: dict[str, str] = {}
    for c in criteria:
        code = c.work_process.strip()
        if text_of(c.work_process_name) or code not in names:
            names[code] = text_of(c.work_process_name) or names.get(code, "")
    rows = {w.code: w for w in s.scalars(select(WorkProcess).where(
        WorkProcess.module_id == module_id, WorkProcess.code.in_(names))).all()}
    for code, name in names.items():
        row = rows.get(code)
        if row is None:
            row = rows[code] = WorkProcess(module_id=module_id, code=code, name=name or code)
            s.add(row)
        else:
            if name and row.name != name:
                row.name = name
            row.deleted_at = None
    s.flush()
    return {code: row.id for code, row in rows.items()}


def _replace_criteria(s: Session, template_id: uuid.UUID, module_id: uuid.UUID,
                      criteria: tuple[CriterionSpec, ...]) -> None:
    """The form's criteria become `criteria`: matched by number, changed in place, the
    others removed (only ever on a version no assessment uses)."""
    work_processes = _work_processes(s, module_id, criteria)
    existing = {c.number: c for c in s.scalars(
        select(Criterion).where(Criterion.template_id == template_id)).all()}
    for spec in criteria:
        row = existing.pop(spec.number, None)
        if row is None:
            row = Criterion(template_id=template_id, number=spec.number)
            s.add(row)
        row.work_process_id = work_processes[spec.work_process.strip()]
        row.description = spec.description.strip()
        row.critical = spec.critical
        row.weight = spec.weight
        row.deleted_at = None
    for row in existing.values():
        s.delete(row)
