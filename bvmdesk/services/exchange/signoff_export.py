"""The three sign-off sheets of an export: the current state only.

Aftekentaken: the live modules' tasks that are not archived, and archived ones that an
exported sign-off names (else that sign-off could not be imported again). Aftekeningen:
the sign-offs that stand (newest, not withdrawn, not a withdrawal). Bpv-uren: the current
hours row of each week with its approval that counts. Only rows whose participant, enrolment
and trainer the other sheets export are written (an import could not resolve the others).
Hours are numbers of hours (7.5), weeks `2026-W07`, dates `YYYY-MM-DD`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bvmdesk.db.models import Enrolment, Group, SignOffTask, WorkProcess
from bvmdesk.domain.signoff import METHOD_WORDS, format_iso_week, hours_number
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.signoff_hours import current_hours_rows
from bvmdesk.services.exchange.signoff_plan import standing_rows

Rows = Callable[[Any], list[Any]]


def signoff_sheets(read: Rows, modules: dict[uuid.UUID, str], people: dict[uuid.UUID, str],
                   trainers: dict[uuid.UUID, str]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows (unsorted) of Aftekentaken, Aftekeningen and Bpv-uren.

    `read` runs a statement and returns its rows; the dictionaries name the live modules,
    participants and trainers by id (what the other sheets export).
    """
    groups = {row.id: row.module_id for row in read(select(Group.id, Group.module_id)
                                                    .where(Group.deleted_at.is_(None)))}
    enrolments = {row.id: (people[row.participant_id], groups[row.group_id])
                  for row in read(select(Enrolment.id, Enrolment.participant_id,
                                         Enrolment.group_id)
                                  .where(Enrolment.deleted_at.is_(None)))
                  if row.participant_id in people and row.group_id in groups}
    t = SignOffTask
    tasks = {row.id: row for row in read(select(
        t.id, t.module_id, t.code, t.description, t.work_process_id, t.required,
        t.deleted_at)) if row.module_id in modules}
    signoff_rows = []
    used: set[uuid.UUID] = set()
    for row in standing_rows(read):
        task = tasks.get(row.task_id)
        enrolment = enrolments.get(row.enrolment_id)
        if task is None or enrolment is None or row.trainer_id not in trainers \
                or enrolment[1] != task.module_id:
            continue
        used.add(task.id)
        signoff_rows.append((enrolment[0], task.code, trainers[row.trainer_id], row.date,
                             METHOD_WORDS[row.method], row.remark or None))
    w = WorkProcess
    processes = {row.id: (row.code, row.name) for row in read(select(w.id, w.code, w.name))}
    task_rows = [(modules[row.module_id], row.code, row.description,
                  *processes.get(row.work_process_id, (None, None)), bool(row.required))
                 for row in tasks.values() if row.deleted_at is None or row.id in used]
    hours_rows = []
    for row, approval in current_hours_rows(read):
        enrolment = enrolments.get(row.enrolment_id)
        if enrolment is None:
            continue
        approved = (trainers.get(approval.trainer_id), approval.approved_on) \
            if approval is not None else (None, None)
        if approval is not None and approved[0] is None:
            approved = (None, None)  # its trainer is not exported: the hours only
        hours_rows.append((enrolment[0], format_iso_week(row.iso_year, row.iso_week),
                           hours_number(row.minutes), *approved))
    return {fmt.SIGNOFF_TASKS.name: task_rows, fmt.SIGNOFFS.name: signoff_rows,
            fmt.PLACEMENT_HOURS.name: hours_rows}
