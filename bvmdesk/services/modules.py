"""Modules and their work processes (Beheer > Modules): list, create, change, archive;
the programmes a module can belong to, and the qualifications its crebo can come from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    AssessmentTemplate,
    Criterion,
    Group,
    Module,
    Programme,
    SignOffTask,
    WorkProcess,
)
from bvmdesk.db.session import Sessions
from bvmdesk.domain.certificate import kind_of_module
from bvmdesk.domain.modules import (
    ModuleData,
    WorkProcessData,
    validate_module,
    validate_work_process,
)
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.records import clean
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ValidationFailed
from bvmdesk.services.qualifications import Qualification, load_qualifications
from bvmdesk.services.records import (
    RecordRow,
    Usage,
    count_of,
    live,
    refuse_in_use,
    refuse_taken_code,
    set_archived,
)
from bvmdesk.services.retry import run_write

MISSING = "Deze module bestaat niet (meer)."
WP_MISSING = "Dit werkproces bestaat niet (meer)."
PROGRAMME_MISSING = ("De gekozen opleiding bestaat niet (meer); kies een andere of "
                     "(geen).")


@dataclass(frozen=True)
class ModuleRow(RecordRow):
    programme: str | None  # the programme's code
    crebo: str | None
    level: int | None
    planned_hours: int
    work_processes: int


@dataclass(frozen=True)
class ProgrammeLine:
    """A programme (opleiding) a module can belong to."""

    id: uuid.UUID
    code: str
    name: str
    archived: bool


@dataclass(frozen=True)
class WorkProcessLine:
    id: uuid.UUID
    code: str
    name: str


class ModuleService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading -------------------------------------------------------------------------
    def records(self, actor: Actor, include_archived: bool = False) -> list[ModuleRow]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            stmt = (select(Module, Programme.code).outerjoin(Programme,
                                                             Module.programme_id == Programme.id)
                    .order_by(Module.code))
            if not include_archived:
                stmt = stmt.where(Module.deleted_at.is_(None))
            processes = {module_id: int(n) for module_id, n in s.execute(
                select(WorkProcess.module_id, func.count())
                .where(WorkProcess.deleted_at.is_(None)).group_by(WorkProcess.module_id))}
            return [ModuleRow(m.id, m.code, m.name, m.deleted_at is not None, programme,
                              m.crebo, m.level, m.planned_hours, processes.get(m.id, 0))
                    for m, programme in s.execute(stmt)]

    def get(self, actor: Actor, record_id: uuid.UUID) -> ModuleData:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            module = s.get(Module, record_id)
            if module is None:
                raise NotFound(MISSING)
            return ModuleData(module.code, module.name, module.programme_id, module.crebo,
                              module.level, module.planned_hours, module.min_attendance_pct,
                              kind_of_module(module.certificate_kind).value,
                              module.validity_years)

    def programmes(self, actor: Actor) -> list[ProgrammeLine]:
        """Every programme, archived ones too (a module may still name one): the form
        offers the live ones and shows an archived one only when the module has it."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.scalars(select(Programme).order_by(Programme.code))
            return [ProgrammeLine(p.id, p.code, p.name, p.deleted_at is not None)
                    for p in rows]

    def qualifications(self, actor: Actor) -> list[Qualification]:
        """The qualifications a module's crebo and level can be picked from."""
        actor.require(Permission.VIEW)
        return load_qualifications()

    def work_processes(self, actor: Actor, module_id: uuid.UUID) -> list[WorkProcessLine]:
        """The module's work processes (not archived), by code."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.scalars(select(WorkProcess)
                             .where(WorkProcess.module_id == module_id,
                                    WorkProcess.deleted_at.is_(None))
                             .order_by(WorkProcess.code))
            return [WorkProcessLine(w.id, w.code, w.name) for w in rows]

    # --- writing modules -----------------------------------------------------------------
    def validate(self, data: ModuleData) -> list[FieldError]:
        return validate_module(_normalised(data))

    def save(self, actor: Actor, record_id: uuid.UUID | None, data: ModuleData) -> uuid.UUID:
        """Create (`record_id` None) or change a module.

        Raises:
            PermissionDenied, ValidationFailed (nothing changed), NotFound.
        """
        actor.require(Permission.EDIT_MODULES)
        data = _normalised(data)
        errors = validate_module(data)
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> uuid.UUID:
            refuse_taken_code(s, Module, data.code, record_id)
            module = Module() if record_id is None else live(s, Module, record_id, MISSING)
            if data.programme_id is not None and data.programme_id != module.programme_id:
                programme = s.get(Programme, data.programme_id)
                if programme is None or programme.deleted_at is not None:
                    raise ValidationFailed([FieldError("programme_id", PROGRAMME_MISSING)])
            if record_id is None:
                s.add(module)
            module.code, module.name = data.code, data.name
            module.programme_id = data.programme_id
            module.crebo, module.level = data.crebo, data.level
            module.planned_hours = data.planned_hours or 0
            module.min_attendance_pct = data.min_attendance_pct
            if (record_id is None or kind_of_module(module.certificate_kind).value
                    != data.certificate_kind):  # an empty kind is a certificaat: kept
                module.certificate_kind = data.certificate_kind
            module.validity_years = data.validity_years
            if record_id is None or s.is_modified(module):  # record_row flushes
                action = "module.create" if record_id is None else "module.update"
                audit.record_row(s, actor.name, action, module)
            return module.id
        return run_write(self._sessions, actor.name, work)

    def archive(self, actor: Actor, record_id: uuid.UUID) -> None:
        """Archive a module; refused while live groups, assessment forms or sign-off tasks
        still use it."""
        actor.require(Permission.EDIT_MODULES)

        def work(s: Session) -> None:
            module = live(s, Module, record_id, MISSING)
            refuse_in_use(f"Module {module.code}", [
                Usage(count_of(s, Group.module_id, module.id), "groep", "groepen"),
                Usage(count_of(s, AssessmentTemplate.module_id, module.id),
                      "beoordelingsformulier", "beoordelingsformulieren"),
                Usage(count_of(s, SignOffTask.module_id, module.id),
                      "aftekentaak", "aftekentaken"),
            ])
            set_archived(s, actor, module, True, "module.archive", self._sessions.now())
        run_write(self._sessions, actor.name, work)

    def restore(self, actor: Actor, record_id: uuid.UUID) -> None:
        actor.require(Permission.EDIT_MODULES)

        def work(s: Session) -> None:
            module = live(s, Module, record_id, MISSING, archived_too=True)
            set_archived(s, actor, module, False, "module.restore", self._sessions.now())
        run_write(self._sessions, actor.name, work)

    # --- writing work processes ----------------------------------------------------------
    def validate_work_process(self, data: WorkProcessData) -> list[FieldError]:
        return validate_work_process(_normalised_wp(data))

    def save_work_process(self, actor: Actor, module_id: uuid.UUID,
                          process_id: uuid.UUID | None, data: WorkProcessData) -> uuid.UUID:
        """Add a work process to a module (`process_id` None) or change one. A code is
        unique within its module; adding the code of an archived work process of the module
        brings that one back (with the new name), as the database keeps its code.

        Raises:
            PermissionDenied, ValidationFailed (nothing changed), NotFound.
        """
        actor.require(Permission.EDIT_MODULES)
        data = _normalised_wp(data)
        errors = validate_work_process(data)
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> uuid.UUID:
            module = live(s, Module, module_id, MISSING)
            clash = s.scalars(select(WorkProcess).where(WorkProcess.module_id == module.id,
                                                        WorkProcess.code == data.code)).first()
            action = "work_process.update"
            if process_id is None:
                if clash is not None and clash.deleted_at is None:
                    raise ValidationFailed([FieldError(
                        "code", f"Module {module.code} heeft al werkproces {data.code}.")])
                if clash is not None:  # archived: back, with the name typed now
                    process, action = clash, "work_process.restore"
                    process.deleted_at = None
                else:
                    process, action = WorkProcess(module_id=module.id), "work_process.create"
                    s.add(process)
            else:
                process = live(s, WorkProcess, process_id, WP_MISSING)
                if process.module_id != module.id:
                    raise NotFound(WP_MISSING)
                if clash is not None and clash.id != process.id:
                    hint = " (gearchiveerd)" if clash.deleted_at is not None else ""
                    raise ValidationFailed([FieldError(
                        "code", f"Module {module.code} heeft al werkproces {data.code}{hint}.")])
            process.code, process.name = data.code, data.name
            if action != "work_process.update" or s.is_modified(process):
                audit.record_row(s, actor.name, action, process)
            return process.id
        return run_write(self._sessions, actor.name, work)

    def archive_work_process(self, actor: Actor, process_id: uuid.UUID) -> None:
        """Archive a work process; refused while criteria of assessment forms or sign-off
        tasks still use it."""
        actor.require(Permission.EDIT_MODULES)

        def work(s: Session) -> None:
            process = live(s, WorkProcess, process_id, WP_MISSING)
            live_form = select(AssessmentTemplate.id).where(
                AssessmentTemplate.deleted_at.is_(None))
            refuse_in_use(f"Werkproces {process.code}", [
                Usage(count_of(s, Criterion.work_process_id, process.id,
                               Criterion.template_id.in_(live_form)),
                      "criterium van een beoordelingsformulier",
                      "criteria van beoordelingsformulieren"),
                Usage(count_of(s, SignOffTask.work_process_id, process.id),
                      "aftekentaak", "aftekentaken"),
            ])
            set_archived(s, actor, process, True, "work_process.archive",
                         self._sessions.now())
        run_write(self._sessions, actor.name, work)


def _normalised(data: ModuleData) -> ModuleData:
    return replace(data, code=data.code.strip(), name=data.name.strip(),
                   crebo=clean(data.crebo), certificate_kind=data.certificate_kind.strip())


def _normalised_wp(data: WorkProcessData) -> WorkProcessData:
    return replace(data, code=data.code.strip().upper(), name=data.name.strip())
