"""Overviews of sign-offs: per group (participants x tasks) and per participant (the JSON of `report
signoffs`)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Group, Module, Participant, SignOffTask
from bvmdesk.db.session import Sessions
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signoff import METHOD_WORDS, hours_number
from bvmdesk.services.base import Actor, NotFound
from bvmdesk.services.hours_read import hours_totals
from bvmdesk.services.scope import require_group, require_participant
from bvmdesk.services.scope_records import own_groups, own_refs
from bvmdesk.services.signoff_read import enrolment_refs
from bvmdesk.services.signoff_rows import signoff_infos, standing, task_infos, task_query
from bvmdesk.services.signoff_types import (
    EnrolmentRef,
    GroupSignOffRow,
    GroupSignOffs,
    GroupTaskColumn,
    SignOffInfo,
    TaskInfo,
)


class SignOffOverview:
    """Overviews of sign-offs: per group (participants x tasks) and per participant (the JSON of
    `report signoffs`)."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def participant_report(self, actor: Actor, number: str) -> dict[str, Any]:
        """The JSON of `bvmdesk report signoffs --participant NUMBER --json` (issue 13, 8).

        The tasks of every enrolment with a workplace (and of any enrolment that has
        sign-offs), by group code and task code; a withdrawn sign-off does not count. An
        archived task is listed only while a sign-off of it stands. Hours are those of
        these enrolments and of any other that has hours; the norm is the largest of them.

        Raises:
            NotFound: no participant with that number.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            person = s.scalars(select(Participant).where(
                Participant.number == number.strip(),
                Participant.deleted_at.is_(None))).first()
            if person is None:
                raise NotFound(f"Deelnemer {number.strip()} bestaat niet.")
            require_participant(s, actor, person.id)
            refs = own_refs(s, actor, enrolment_refs(s, participant_id=person.id))
            signoffs = signoff_infos(s, [r.id for r in refs])
            chosen = [r for r in refs if r.has_workplace or r.id in signoffs]
            tasks = _module_tasks(s, {r.module_id for r in chosen})
            rows: list[tuple[str, str, dict[str, Any]]] = []
            for ref in chosen:
                stands = standing(signoffs.get(ref.id, []))
                for task in tasks.get(ref.module_id, []):
                    if task.archived and task.id not in stands:
                        continue
                    rows.append((ref.group_code, task.code,
                                 _task_json(ref, task, stands.get(task.id))))
            rows.sort(key=lambda r: (r[0], r[1]))
            totals = hours_totals(s, refs)
            shown = {r.id for r in chosen}
            counted = [r for r in refs if r.id in shown or totals[r.id].entered_minutes > 0]
            norms = [totals[r.id].norm_hours for r in counted]
            known = [n for n in norms if n is not None]
            return {
                "participant": person.number,
                "tasks": [row for _, _, row in rows],
                "bpv_hours": {
                    "entered": hours_number(sum(totals[r.id].entered_minutes
                                                for r in counted)),
                    "approved": hours_number(sum(totals[r.id].approved_minutes
                                                 for r in counted)),
                    "norm": max(known) if known else None,
                },
            }

    def group(self, actor: Actor, group_id: uuid.UUID) -> GroupSignOffs:
        """Participants x tasks of a group: the module's tasks (required first, then by
        code) and each enrolment with a workplace that has not stopped, with the date of
        each task's sign-off that stands and the hours totals.

        Raises:
            NotFound: no such group.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            found = s.execute(select(Group, Module).join(Module, Module.id == Group.module_id)
                              .where(Group.id == group_id, Group.deleted_at.is_(None))).first()
            if found is None:
                raise NotFound("Deze groep bestaat niet (meer).")
            require_group(s, actor, group_id)
            group, module = found
            tasks = [t for t in _module_tasks(s, {module.id}).get(module.id, [])
                     if not t.archived]
            tasks.sort(key=lambda t: (not t.required, t.code))
            columns = {t.id for t in tasks}
            refs = [r for r in enrolment_refs(s, group_id=group_id)
                    if r.has_workplace and r.status != EnrolmentStatus.STOPPED.value]
            signoffs = signoff_infos(s, [r.id for r in refs])
            totals = hours_totals(s, refs)
            rows = []
            for ref in refs:
                stands = standing(signoffs.get(ref.id, []))
                rows.append(GroupSignOffRow(
                    enrolment=ref, hours=totals[ref.id],
                    signed={task_id: info.day for task_id, info in stands.items()
                            if task_id in columns}))
            return GroupSignOffs(
                group_id=group.id, group_code=group.code, module_code=module.code,
                module_name=module.name,
                tasks=tuple(GroupTaskColumn(t.id, t.code, t.description, t.required)
                            for t in tasks),
                rows=tuple(rows))

    def groups(self, actor: Actor) -> list[tuple[uuid.UUID, str, str]]:
        """(id, code, module name) of the groups whose module has sign-off tasks (the
        actor's own groups), by code."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            has_tasks = (select(SignOffTask.id)
                         .where(SignOffTask.module_id == Group.module_id,
                                SignOffTask.deleted_at.is_(None)).exists())
            return [(group_id, code, name) for group_id, code, name in s.execute(
                select(Group.id, Group.code, Module.name)
                .join(Module, Module.id == Group.module_id)
                .where(Group.deleted_at.is_(None), has_tasks, *own_groups(actor))
                .order_by(Group.code)).all()]


def _module_tasks(s: Session, module_ids: set[uuid.UUID]) -> dict[uuid.UUID, list[TaskInfo]]:
    """Module id -> its tasks (archived ones too), by code."""
    found: dict[uuid.UUID, list[TaskInfo]] = {m: [] for m in module_ids}
    if module_ids:
        for task in task_infos(s, task_query().where(SignOffTask.module_id.in_(module_ids))):
            found[task.module_id].append(task)
    return found


def _task_json(ref: EnrolmentRef, task: TaskInfo, signed: SignOffInfo | None) -> dict[str, Any]:
    return {
        "code": task.code,
        "description": task.description,
        "required": task.required,
        "signed": signed is not None,
        "trainer": signed.trainer if signed is not None else None,
        "date": signed.day.isoformat() if signed is not None else None,
        "method": METHOD_WORDS.get(signed.method, signed.method) if signed is not None
        else None,
        "group": ref.group_code,
        "module": ref.module_code,
    }
