"""The four assessment sheets of an export: the newest version of each form and assessment.

A form is written when its newest version is not archived, or when an exported assessment
uses it (else that assessment could not be imported again). An assessment is written when
its participant is (the Deelnemers sheet leaves out removed participants). Scores are the
ratings that have a value (a toelichting without a score has no row in this format).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    Criterion,
    Enrolment,
    Rating,
    WorkProcess,
)
from bvmdesk.services.exchange import format as fmt

Rows = Callable[[Any], list[Any]]
_WORDS = {stored: word for word, stored in fmt.ASSESSMENT_STATUS_WORDS.items()}


def _number(value: float | None) -> int | float | None:
    """A cesuur as written: 75 (not 75.0), 5.5."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _newest(rows: list[Any]) -> dict[str, Any]:
    newest: dict[str, Any] = {}
    for row in rows:
        if row.code not in newest or newest[row.code].version < row.version:
            newest[row.code] = row
    return newest


def assessment_sheets(read: Rows, modules: dict[uuid.UUID, str],
                      people: dict[uuid.UUID, str],
                      users: dict[uuid.UUID, str]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows (unsorted) of Beoordelingsformulieren, Criteria, Beoordelingen and Scores.

    `read` runs a statement and returns its rows; the dictionaries name modules (live),
    participants (live) and users by id.
    """
    t, a = AssessmentTemplate, Assessment
    templates = read(select(t.id, t.code, t.version, t.name, t.module_id, t.kind, t.scale,
                            t.cesuur, t.required, t.deleted_at))
    codes = {row.id: row.code for row in templates}
    forms = _newest(templates)
    person_of = {row.id: row.participant_id for row in read(
        select(Enrolment.id, Enrolment.participant_id))}
    assessments = {}
    for row in _newest(read(select(a.id, a.code, a.version, a.template_id, a.enrolment_id,
                                   a.date, a.assessor_id, a.second_assessor_name,
                                   a.status))).values():
        number = people.get(person_of.get(row.enrolment_id))  # type: ignore[arg-type]
        if number is not None and forms[codes[row.template_id]].module_id in modules:
            assessments[row.id] = (row.code, codes[row.template_id], number, row.date,
                                   users.get(row.assessor_id) if row.assessor_id else None,
                                   row.second_assessor_name, _WORDS[row.status])
    used = {values[1] for values in assessments.values()}
    shown = {code: row for code, row in forms.items()
             if (row.deleted_at is None or code in used) and row.module_id in modules}
    form_rows = [(row.code, row.name, modules[row.module_id], row.kind, row.scale,
                  _number(row.cesuur), bool(row.required)) for row in shown.values()]
    shown_ids = {row.id: row.code for row in shown.values()}
    w = WorkProcess
    work_processes = {row.id: (row.code, row.name)
                      for row in read(select(w.id, w.code, w.name))}
    c = Criterion
    criterion_rows = []
    numbers: dict[uuid.UUID, int] = {}
    for row in read(select(c.id, c.template_id, c.work_process_id, c.number, c.description,
                           c.critical, c.weight).where(c.deleted_at.is_(None))):
        numbers[row.id] = row.number
        if row.template_id in shown_ids:
            wp_code, wp_name = work_processes.get(row.work_process_id, (None, None))
            criterion_rows.append((shown_ids[row.template_id], wp_code, wp_name, row.number,
                                   row.description, bool(row.critical), row.weight))
    r = Rating
    score_rows = [(assessments[row.assessment_id][0], numbers[row.criterion_id], row.value,
                   row.reason or None)
                  for row in read(select(r.assessment_id, r.criterion_id, r.value, r.reason)
                                  .where(r.value.is_not(None)))
                  if row.assessment_id in assessments and row.criterion_id in numbers]
    return {fmt.FORMS.name: form_rows, fmt.CRITERIA.name: criterion_rows,
            fmt.ASSESSMENTS.name: list(assessments.values()), fmt.SCORES.name: score_rows}
