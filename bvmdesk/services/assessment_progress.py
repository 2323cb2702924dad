"""Progress per work process (a participant's matrix, a group's overview) and the JSON of
`bvmdesk report assessments`.

Progress counts final assessments only, and of a corrected one only its newest final
version; the latest result per work process goes by assessment date, then the moment it
was made final. Kinds (bpv, opdracht, examen) are also kept apart. A few queries per call,
whatever the number of participants.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    Criterion,
    Enrolment,
    Group,
    Participant,
    Rating,
    WorkProcess,
)
from bvmdesk.db.session import Sessions
from bvmdesk.domain.assessment import Outcome, Scale, Score, outcome
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import display_name, sort_name
from bvmdesk.services.assessment_forms import load_forms
from bvmdesk.services.assessment_types import (
    FINAL,
    STATUS_WORDS,
    FormInfo,
    GroupProgress,
    GroupProgressRow,
    ParticipantProgress,
    ProgressCell,
    ProgressColumn,
)
from bvmdesk.services.base import Actor, NotFound
from bvmdesk.services.scope import require_group, require_participant
from bvmdesk.services.scope_records import enrolment_condition


def _scores(form: FormInfo, ratings: dict[int, tuple[str | None, str | None]]) -> list[Score]:
    result = []
    for c in form.criteria:
        value, reason = ratings.get(c.number, (None, None))
        result.append(Score(c.number, c.work_process_code, value, c.critical, c.weight, reason))
    return result


def _outcomes(s: Session, rows: list[Any], forms: dict[uuid.UUID, FormInfo] | None = None
              ) -> tuple[dict[uuid.UUID, FormInfo], dict[uuid.UUID, Outcome]]:
    """The forms and the outcome of each assessment row (with `.id`, `.template_id`)."""
    if forms is None:
        forms = load_forms(s, {r.template_id for r in rows})
    ratings: dict[uuid.UUID, dict[int, tuple[str | None, str | None]]] = defaultdict(dict)
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        for aid, number, value, reason in s.execute(
                select(Rating.assessment_id, Criterion.number, Rating.value, Rating.reason)
                .join(Criterion, Criterion.id == Rating.criterion_id)
                .where(Rating.assessment_id.in_(ids[start:start + 500]))).all():
            ratings[aid][number] = (value, reason)
    outcomes = {}
    for r in rows:
        form = forms[r.template_id]
        outcomes[r.id] = outcome(Scale(form.scale), form.threshold,
                                 _scores(form, ratings.get(r.id, {})))
    return forms, outcomes


def _deciding(rows: list[Any], forms: dict[uuid.UUID, FormInfo]) -> list[Any]:
    """The rows (in `_order`) that hold someone's latest result of at least one work
    process in their kind (kinds are kept apart): an older assessment whose work processes
    all came back later in the same kind decides nothing, and its outcome is not worked
    out."""
    covered: dict[tuple[uuid.UUID, str], set[str]] = defaultdict(set)
    kept = []
    for r in reversed(rows):
        codes = {code for code, _ in forms[r.template_id].work_processes}
        key = (r.participant_id, r.kind)
        if codes - covered[key]:
            kept.append(r)
            covered[key] |= codes
    return kept[::-1]


def _final_rows(s: Session, condition: Any) -> list[Any]:
    """The counting final assessments (newest final version per code) where `condition`."""
    rows = s.execute(
        select(Assessment.id, Assessment.code, Assessment.version, Assessment.template_id,
               Assessment.date, Assessment.finalised_at, AssessmentTemplate.kind,
               AssessmentTemplate.code.label("form_code"), Enrolment.participant_id)
        .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
        .join(AssessmentTemplate, AssessmentTemplate.id == Assessment.template_id)
        .where(Assessment.status == FINAL, condition)).all()
    newest: dict[str, Any] = {}
    for r in rows:
        if r.code not in newest or r.version > newest[r.code].version:
            newest[r.code] = r
    return sorted(newest.values(), key=_order)


def _order(r: Any) -> tuple[date, datetime, str]:
    return r.date, r.finalised_at or datetime.min, r.code


def _latest(rows: Iterable[Any], outcomes: dict[uuid.UUID, Outcome]
            ) -> tuple[dict[str, ProgressCell], dict[str, dict[str, ProgressCell]],
                       dict[tuple[str, uuid.UUID], ProgressCell]]:
    """Rows in `_order`: the latest cell per work process, per kind, and every cell."""
    latest: dict[str, ProgressCell] = {}
    by_kind: dict[str, dict[str, ProgressCell]] = defaultdict(dict)
    cells: dict[tuple[str, uuid.UUID], ProgressCell] = {}
    for r in rows:
        for wp in outcomes[r.id].work_processes:
            cell = ProgressCell(wp.result.value, wp.explanation, r.code, r.date, r.kind)
            cells[(wp.code, r.id)] = cell
            latest[wp.code] = cell
            by_kind[r.kind][wp.code] = cell
    return latest, dict(by_kind), cells


def _work_processes(forms: Iterable[FormInfo], extra: Iterable[tuple[str, str]] = ()
                    ) -> tuple[tuple[str, str], ...]:
    names: dict[str, str] = dict(extra)
    for form in forms:
        for code, name in form.work_processes:
            if code and not names.get(code):
                names[code] = name
    return tuple(sorted(names.items()))


def _own(actor: Actor, condition: Any) -> Any:
    """`condition` and, for an instructor, the enrolment in a group they teach."""
    own = enrolment_condition(actor)
    return condition if own is None else condition & own


class AssessmentProgress:
    """Progress and the report; a part of AssessmentService."""

    _sessions: Sessions

    def participant_progress(self, actor: Actor, participant_id: uuid.UUID
                             ) -> ParticipantProgress:
        """Work processes x the participant's counting final assessments (of the actor's
        own groups)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = _final_rows(s, _own(actor, Enrolment.participant_id == participant_id))
            forms, outcomes = _outcomes(s, rows)
        latest, by_kind, cells = _latest(rows, outcomes)
        columns = tuple(ProgressColumn(r.id, r.code, r.version, r.form_code, r.kind, r.date)
                        for r in sorted(rows, key=lambda r: (r.date, r.code)))
        return ParticipantProgress(participant_id, _work_processes(forms.values()), columns,
                                   cells, latest, by_kind)

    def group_progress(self, actor: Actor, group_id: uuid.UUID) -> GroupProgress:
        """Each participant of the group x the work processes of its module: the latest
        final result (of any assessment in the module)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            group = s.get(Group, group_id)
            if group is None or group.deleted_at is not None:
                raise NotFound("Deze groep bestaat niet (meer).")
            require_group(s, actor, group_id)
            group_code, module_id = group.code, group.module_id
            people = s.execute(
                select(Participant.id, Participant.number, Participant.first_names,
                       Participant.prefix, Participant.last_name)
                .join(Enrolment, Enrolment.participant_id == Participant.id)
                .where(Enrolment.group_id == group_id, Enrolment.deleted_at.is_(None),
                       Participant.deleted_at.is_(None))).all()
            ids = [p.id for p in people]
            rows = _final_rows(s, Enrolment.participant_id.in_(ids)
                               & (AssessmentTemplate.module_id == module_id)) if ids else []
            forms = load_forms(s, {r.template_id for r in rows})
            rows = _deciding(rows, forms)
            _, outcomes = _outcomes(s, rows, forms)
            module_wps = s.execute(select(WorkProcess.code, WorkProcess.name).where(
                WorkProcess.module_id == module_id,
                WorkProcess.deleted_at.is_(None))).all()
        by_person: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for r in rows:
            by_person[r.participant_id].append(r)
        result = []
        for p in sorted(people, key=lambda p: (sort_name(p.first_names, p.prefix,
                                                         p.last_name).casefold(), p.number)):
            latest, by_kind, _ = _latest(by_person[p.id], outcomes)
            result.append(GroupProgressRow(p.id, p.number,
                                           display_name(p.first_names, p.prefix, p.last_name),
                                           latest, by_kind))
        return GroupProgress(group_id, group_code,
                             _work_processes(forms.values(), [(c, n) for c, n in module_wps]),
                             tuple(result))

    def report(self, actor: Actor, participant_number: str) -> dict[str, Any]:
        """The JSON of `bvmdesk report assessments --participant NUMBER --json`: every
        version of every assessment, superseded ones too (with `superseded_by`); for an
        instructor those of their own groups (PermissionDenied for someone else's
        participant)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            person = s.scalars(select(Participant).where(
                Participant.number == participant_number.strip())).first()
            if person is None or person.deleted_at is not None:
                raise NotFound(f"Deelnemer {participant_number} bestaat niet.")
            require_participant(s, actor, person.id)
            number = person.number
            rows = s.execute(
                select(Assessment.id, Assessment.code, Assessment.version,
                       Assessment.template_id, Assessment.date, Assessment.status,
                       Assessment.supersedes_id, AssessmentTemplate.code.label("form_code"),
                       AssessmentTemplate.kind)
                .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
                .join(AssessmentTemplate, AssessmentTemplate.id == Assessment.template_id)
                .where(_own(actor, Enrolment.participant_id == person.id))
                .order_by(Assessment.date, Assessment.code, Assessment.version)).all()
            _, outcomes = _outcomes(s, list(rows))
        successors = {r.supersedes_id: r for r in rows if r.supersedes_id is not None}
        assessments = []
        for r in rows:
            result = outcomes[r.id]
            item: dict[str, Any] = {
                "code": r.code, "form": r.form_code, "kind": r.kind,
                "date": r.date.isoformat(), "status": STATUS_WORDS[r.status],
                "version": r.version,
                "passed": result.passed if r.status == FINAL else None,
                "work_processes": [{"code": wp.code, "result": wp.result.value,
                                    "explanation": wp.explanation}
                                   for wp in result.work_processes],
            }
            successor = successors.get(r.id)
            if successor is not None:
                # The same code: the version that replaces this one.
                item["superseded_by"] = successor.version
            assessments.append(item)
        return {"participant": number, "assessments": assessments}
