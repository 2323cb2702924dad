"""Sign-off tasks per module (Beheer): list, save, archive, restore."""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Module, SignOff, SignOffTask, WorkProcess
from bvmdesk.db.session import Sessions
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ValidationFailed
from bvmdesk.services.retry import run_write
from bvmdesk.services.signoff_rows import task_infos, task_query
from bvmdesk.services.signoff_types import TaskInfo, TaskSpec

NOTHING_CHANGED = "er is niets gewijzigd."
MAX_CODE = 40
MAX_WORK_PROCESS = 20
MAX_NAME = 200
_GONE = "Deze aftekentaak bestaat niet (meer)."


def _text(value: str | None) -> str:
    return (value or "").strip()


class SignOffTaskService:
    """Sign-off tasks per module (Beheer): list, save, archive, restore."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading ---------------------------------------------------------------------------
    def list_tasks(self, actor: Actor, *, module_code: str | None = None,
                   include_archived: bool = False) -> list[TaskInfo]:
        """The tasks (of one module), by module code and then task code."""
        actor.require(Permission.VIEW)
        query = task_query().where(Module.deleted_at.is_(None))
        if module_code is not None:
            query = query.where(Module.code == module_code.strip())
        if not include_archived:
            query = query.where(SignOffTask.deleted_at.is_(None))
        with self._sessions.read() as s:
            return _with_use(s, task_infos(s, query))

    def task(self, actor: Actor, task_id: uuid.UUID) -> TaskInfo:
        """One task (an archived one too).

        Raises:
            NotFound: no such task.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            found = _with_use(s, task_infos(s, task_query().where(SignOffTask.id == task_id)))
        if not found:
            raise NotFound(_GONE)
        return found[0]

    def work_processes(self, actor: Actor, module_code: str) -> list[tuple[str, str]]:
        """(code, name) of the module's work processes, by code: the task editor's choice."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return [(code, name) for code, name in s.execute(
                select(WorkProcess.code, WorkProcess.name)
                .join(Module, Module.id == WorkProcess.module_id)
                .where(Module.code == module_code.strip(), WorkProcess.deleted_at.is_(None))
                .order_by(WorkProcess.code))]

    def modules(self, actor: Actor) -> list[tuple[str, str]]:
        """(code, name) of every module, by code: the choice in the task editor."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return [(code, name) for code, name in s.execute(
                select(Module.code, Module.name).where(Module.deleted_at.is_(None))
                .order_by(Module.code))]

    # --- writing ---------------------------------------------------------------------------
    def save_task(self, actor: Actor, spec: TaskSpec,
                  task_id: uuid.UUID | None = None) -> TaskInfo:
        """A new task (`task_id` None) or a change of one; a work process code the module
        does not have yet is added to the module.

        Raises:
            PermissionDenied; NotFound (`task_id`); ValidationFailed (per field, Dutch).
        """
        actor.require(Permission.EDIT_MODULES)
        code, description = _text(spec.code), _text(spec.description)
        process_code = _text(spec.work_process) or None
        process_name = _text(spec.work_process_name) or None
        errors = _spec_errors(code, description, process_code, process_name)

        def work(s: Session) -> TaskInfo:
            module = s.scalars(select(Module).where(Module.code == _text(spec.module),
                                                    Module.deleted_at.is_(None))).first()
            problems = list(errors)
            if module is None:
                problems.insert(0, FieldError("module", (
                    f"Module {_text(spec.module) or '(leeg)'} bestaat niet; "
                    f"{NOTHING_CHANGED}")))
            row = None
            if task_id is not None:
                row = s.get(SignOffTask, task_id, with_for_update=True)
                if row is None:
                    raise NotFound(_GONE)
                problems.extend(_change_problems(row, module))
            if module is not None and code:
                problems.extend(_code_problems(s, module, code, task_id))
            if problems:
                raise ValidationFailed(problems)
            assert module is not None
            process = (_work_process(s, actor, module, process_code, process_name)
                       if process_code else None)
            if row is None:
                row = SignOffTask(module_id=module.id, code=code)
                s.add(row)
            row.code, row.description, row.required = code, description, spec.required
            row.work_process_id = process.id if process is not None else None
            s.flush()
            audit.record_row(s, actor.name, "signoff_task.save", row)
            return task_infos(s, task_query().where(SignOffTask.id == row.id))[0]

        return run_write(self._sessions, actor.name, work)

    def archive_task(self, actor: Actor, task_id: uuid.UUID) -> None:
        """Take the task off its module (a tombstone); its sign-offs stay and still show."""
        self._set_archived(actor, task_id, archived=True)

    def restore_task(self, actor: Actor, task_id: uuid.UUID) -> None:
        """Put an archived task back on its module."""
        self._set_archived(actor, task_id, archived=False)

    def _set_archived(self, actor: Actor, task_id: uuid.UUID, *, archived: bool) -> None:
        actor.require(Permission.EDIT_MODULES)

        def work(s: Session) -> None:
            row = s.get(SignOffTask, task_id, with_for_update=True)
            if row is None:
                raise NotFound(_GONE)
            if (row.deleted_at is not None) == archived:
                return
            row.deleted_at = self._sessions.now() if archived else None
            audit.record_row(s, actor.name, "signoff_task.archive" if archived
                             else "signoff_task.restore", row)

        run_write(self._sessions, actor.name, work)


def _spec_errors(code: str, description: str, process_code: str | None,
                 process_name: str | None) -> list[FieldError]:
    errors = []
    if not code:
        errors.append(FieldError("code", f"Vul een code in; {NOTHING_CHANGED}"))
    elif len(code) > MAX_CODE:
        errors.append(FieldError("code", f"De code is langer dan {MAX_CODE} tekens; "
                                         f"{NOTHING_CHANGED}"))
    if not description:
        errors.append(FieldError("description", f"Vul een omschrijving in; {NOTHING_CHANGED}"))
    if process_code is not None and len(process_code) > MAX_WORK_PROCESS:
        errors.append(FieldError("work_process", (
            f"De code van het werkproces is langer dan {MAX_WORK_PROCESS} tekens (zoals "
            f"B1-K1-W1); {NOTHING_CHANGED}")))
    if process_name is not None and len(process_name) > MAX_NAME:
        errors.append(FieldError("work_process_name", (
            f"De naam van het werkproces is langer dan {MAX_NAME} tekens; {NOTHING_CHANGED}")))
    return errors


def _change_problems(row: SignOffTask, module: Module | None) -> list[FieldError]:
    problems = []
    if module is not None and row.module_id != module.id:
        problems.append(FieldError("module", (
            "Een aftekentaak verhuist niet naar een andere module (haar aftekeningen horen "
            f"bij deze module); maak een nieuwe taak in module {module.code}. "
            "Er is niets gewijzigd.")))
    if row.deleted_at is not None:
        problems.append(FieldError("code", (
            f"Taak {row.code} is gearchiveerd; zet haar eerst terug. Er is niets gewijzigd.")))
    return problems


def _code_problems(s: Session, module: Module, code: str,
                   task_id: uuid.UUID | None) -> list[FieldError]:
    other = s.scalars(select(SignOffTask).where(SignOffTask.module_id == module.id,
                                                SignOffTask.code == code)).first()
    if other is None or other.id == task_id:
        return []
    if other.deleted_at is not None:
        return [FieldError("code", (
            f"Module {module.code} heeft een gearchiveerde taak met code {code} "
            f"({other.description}); zet die terug of kies een andere code. "
            "Er is niets gewijzigd."))]
    return [FieldError("code", (f"Module {module.code} heeft al een taak met code {code}; "
                                f"kies een andere code. Er is niets gewijzigd."))]


def _work_process(s: Session, actor: Actor, module: Module, code: str,
                  name: str | None) -> WorkProcess:
    """The module's work process `code`, added (named `name`, else its code) when it has
    none yet; an archived one is brought back."""
    row = s.scalars(select(WorkProcess).where(WorkProcess.module_id == module.id,
                                              WorkProcess.code == code)).first()
    if row is None:
        row = WorkProcess(module_id=module.id, code=code, name=name or code)
        s.add(row)
    elif row.deleted_at is None and (name is None or name == row.name):
        return row
    else:
        row.deleted_at = None
        if name is not None:
            row.name = name
    s.flush()
    audit.record_row(s, actor.name, "work_process.save", row)
    return row


def _with_use(s: Session, tasks: list[TaskInfo]) -> list[TaskInfo]:
    """The tasks with `used` set where a sign-off (or withdrawal) names them."""
    if not tasks:
        return tasks
    used = set(s.scalars(select(SignOff.task_id).distinct()
                         .where(SignOff.task_id.in_([t.id for t in tasks]))))
    return [replace(t, used=t.id in used) for t in tasks]
