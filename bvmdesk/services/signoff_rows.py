"""Reading sign-off rows as the services return them: tasks (TaskInfo), sign-offs and
withdrawals (SignOffInfo), and which sign-off stands for each task.

Shared by the sign-off service, the bpv-hours and overview services and the exchange
sheets; every function reads in the caller's session.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Module,
    SignOff,
    SignOffCard,
    SignOffTask,
    User,
    WorkplaceTrainer,
    WorkProcess,
)
from bvmdesk.services.signoff_types import SignOffInfo, TaskInfo


# --- tasks ------------------------------------------------------------------------------
def task_query() -> Select[SignOffTask, Module, WorkProcess]:
    """Tasks with their module and work process, by module code and task code."""
    return (select(SignOffTask, Module, WorkProcess)
            .join(Module, Module.id == SignOffTask.module_id)
            .outerjoin(WorkProcess, WorkProcess.id == SignOffTask.work_process_id)
            .order_by(Module.code, SignOffTask.code))


def task_infos(s: Session, query: Select[SignOffTask, Module, WorkProcess]) -> list[TaskInfo]:
    """The TaskInfos of a `task_query()` (filtered as the caller likes)."""
    return [task_info(task, module, process) for task, module, process in s.execute(query)]


def task_info(task: SignOffTask, module: Module, process: WorkProcess | None) -> TaskInfo:
    return TaskInfo(
        id=task.id, module_id=module.id, module=module.code, module_name=module.name,
        code=task.code, description=task.description,
        work_process=process.code if process is not None else None,
        work_process_name=process.name if process is not None else None,
        required=task.required, archived=task.deleted_at is not None)


# --- sign-offs --------------------------------------------------------------------------
def signoff_infos(s: Session, enrolment_ids: Iterable[uuid.UUID]
                  ) -> dict[uuid.UUID, list[SignOffInfo]]:
    """Every sign-off and withdrawal of the enrolments, oldest first, per enrolment id
    (enrolments without any are left out); `withdrawn_by` filled in."""
    ids = list(enrolment_ids)
    result: dict[uuid.UUID, list[SignOffInfo]] = {}
    if not ids:
        return result
    for info in _infos(s, SignOff.enrolment_id.in_(ids)):
        result.setdefault(info.enrolment_id, []).append(info)
    return result


def signoff_info(s: Session, signoff_id: uuid.UUID) -> SignOffInfo | None:
    """One sign-off or withdrawal, `withdrawn_by` filled in; None when there is none."""
    found = _infos(s, SignOff.id == signoff_id)
    return found[0] if found else None


def signoff_infos_by_id(s: Session, signoff_ids: Sequence[uuid.UUID]) -> list[SignOffInfo]:
    """The sign-offs asked for, in the order asked (unknown ids left out)."""
    found = {i.id: i for i in _infos(s, SignOff.id.in_(list(signoff_ids)))} if signoff_ids \
        else {}
    return [found[i] for i in signoff_ids if i in found]


def standing(infos: Iterable[SignOffInfo]) -> dict[uuid.UUID, SignOffInfo]:
    """Task id -> the sign-off that stands: the newest one that is neither a withdrawal
    nor withdrawn. `infos` oldest first, as `signoff_infos` gives them."""
    result: dict[uuid.UUID, SignOffInfo] = {}
    for info in infos:
        if info.counts:
            result[info.task_id] = info
    return result


def _infos(s: Session, where: Any) -> list[SignOffInfo]:
    rows = s.execute(
        select(SignOff, SignOffTask.code, SignOffTask.description, WorkplaceTrainer.name,
               WorkplaceTrainer.code, SignOffCard.code, User.display_name)
        .join(SignOffTask, SignOffTask.id == SignOff.task_id)
        .join(WorkplaceTrainer, WorkplaceTrainer.id == SignOff.trainer_id)
        .outerjoin(SignOffCard, SignOffCard.id == SignOff.card_id)
        .outerjoin(User, User.username == SignOff.recorded_by)
        .where(where)
        .order_by(SignOff.created_at, SignOff.hlc, SignOff.id)).all()
    if not rows:
        return []
    ids = [row[0].id for row in rows]
    withdrawals = dict(s.execute(select(SignOff.withdraws_id, SignOff.id)
                                 .where(SignOff.withdraws_id.in_(ids))).all())
    infos = []
    for row, task_code, task_description, trainer, trainer_code, card, shown in rows:
        infos.append(SignOffInfo(
            id=row.id, enrolment_id=row.enrolment_id, task_id=row.task_id,
            task_code=task_code, task_description=task_description,
            trainer_id=row.trainer_id, trainer=trainer, trainer_code=trainer_code,
            day=row.date, method=row.method, has_signature=bool(row.signature_strokes),
            remark=row.remark, recorded_by=row.recorded_by,
            recorded_by_name=shown or row.recorded_by, recorded_at=row.created_at,
            imported=row.imported, card_code=card,
            evidence_attachment_id=row.evidence_attachment_id,
            withdraws_id=row.withdraws_id, reason=row.reason,
            withdrawn_by=withdrawals.get(row.id)))
    return infos
