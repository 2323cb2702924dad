"""Beoordelingen and Scores: what an import does to assessments and their ratings.

An assessment code names its newest version. A new code starts an assessment on the
newest version of its form, for the participant's enrolment in a group of the form's
module (the active one, else the latest). `definitief` makes it final after its scores are
written, when `domain.assessment.final_check` passes. A definitive assessment is never
changed by an import: a row or score that differs from it is an error of that row (it
needs a correction in the app); the same values again are simply unchanged.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from bvmdesk.db.models import Assessment, Rating
from bvmdesk.domain.assessment import Scale, Score, ScoreError, final_check, parse_score
from bvmdesk.domain.enums import AssessmentStatus, EnrolmentStatus
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.assess_forms import Context, FormResolver, RowPlan, _table

DRAFT, FINAL = AssessmentStatus.DRAFT.value, AssessmentStatus.FINAL.value
_CHUNK = 500


def locked_message(code: str) -> str:
    return (f"Beoordeling {code} is definitief en wordt niet gewijzigd; maak een correctie "
            "in de app.")


@dataclass
class Target:
    """An assessment as the import leaves it (before it is made final)."""

    id: uuid.UUID
    code: str
    template_id: uuid.UUID
    locked: bool          # final in the database: compare, never change
    row: int = 0          # its Beoordelingen row (0: not in the file)
    make_final: bool = False


class AssessmentResolver:
    """Plans assessments and ratings; `forms` has planned the forms already."""

    def __init__(self, ctx: Context, forms: FormResolver, tables: dict[str, Any],
                 users: dict[str, uuid.UUID], tick: Callable[[], None]) -> None:
        self.ctx = ctx
        self.forms = forms
        self._tick = tick
        self._users = users
        self.assessments = RowPlan(_table(Assessment))
        self.ratings = RowPlan(_table(Rating))
        self.finalise: list[uuid.UUID] = []
        self.counts: dict[str, list[int]] = {fmt.ASSESSMENTS.name: [0, 0, 0],
                                             fmt.SCORES.name: [0, 0, 0]}
        self._people: dict[Any, uuid.UUID] = tables["participants"].ids
        modules = tables["modules"]
        self._module_codes = {entry[0]: key[0] for key, entry in modules.existing.items()}
        group_module = {entry[0]: entry[1][2] for entry in tables["groups"].existing.values()}
        # Per participant: (enrolment id, module id, active, start date, group id).
        self._enrolled: dict[uuid.UUID, list[tuple[uuid.UUID, Any, bool, date, str]]] = (
            defaultdict(list))
        self._enrolment_person: dict[uuid.UUID, uuid.UUID] = {}
        for (person_id, group_id), (enrolment_id, values, deleted) in \
                tables["enrolments"].existing.items():
            self._enrolment_person[enrolment_id] = person_id
            if not deleted:
                self._enrolled[person_id].append((
                    enrolment_id, group_module.get(group_id),
                    values[4] == EnrolmentStatus.ACTIVE.value, values[2], str(group_id)))
        self.targets: dict[str, Target] = {}
        self.failed: set[str] = set()
        self._bad_scores: set[str] = set()  # codes with a score error: no final check
        self._existing: dict[str, Any] = {}
        self._ratings: dict[tuple[uuid.UUID, uuid.UUID], list[Any]] = {}

    def run(self) -> None:
        parsed = self.ctx.parsed
        codes = sorted({r[1] for r in parsed.records(fmt.ASSESSMENTS)}
                       | {r[1] for r in parsed.records(fmt.SCORES)})
        self._load(codes)
        for record in parsed.records(fmt.ASSESSMENTS):
            self._tick()
            self._assessment(record)
        for code, row in self._existing.items():
            if code not in self.targets and code not in self.failed:
                self.targets[code] = Target(row.id, code, row.template_id, row.status == FINAL)
        for record in parsed.records(fmt.SCORES):
            self._tick()
            self._score(record)
        for target in self.targets.values():
            if target.make_final and target.code not in self._bad_scores:
                self._make_final(target)

    def _load(self, codes: list[str]) -> None:
        """The newest version of each code in the file, and its ratings."""
        a, r = _table(Assessment).c, _table(Rating).c
        for start in range(0, len(codes), _CHUNK):
            for row in self.ctx.s.execute(
                    select(a.id, a.code, a.version, a.template_id, a.enrolment_id, a.date,
                           a.assessor_id, a.second_assessor_name, a.status)
                    .where(a.code.in_(codes[start:start + _CHUNK]))):
                known = self._existing.get(row.code)
                if known is None or known.version < row.version:
                    self._existing[row.code] = row
        ids = sorted(row.id for row in self._existing.values())
        for start in range(0, len(ids), _CHUNK):
            for rating in self.ctx.s.execute(
                    select(r.id, r.assessment_id, r.criterion_id, r.value, r.reason)
                    .where(r.assessment_id.in_(ids[start:start + _CHUNK]))):
                self._ratings[(rating.assessment_id, rating.criterion_id)] = [
                    rating.id, rating.value, rating.reason or None]

    # --- Beoordelingen ---------------------------------------------------------------------
    def _assessment(self, record: tuple[Any, ...]) -> None:
        row, code, form, number, day, assessor, second, word = record
        ctx, sheet = self.ctx, fmt.ASSESSMENTS
        status = fmt.ASSESSMENT_STATUS_WORDS[word]
        state = self.forms.newest.get(form)
        person_id = self._people.get((number,))
        assessor_id = self._users.get(assessor) or self._users.get(assessor.lower())
        ok = True
        if form in self.forms.failed:
            ok = False
        elif state is None:
            ctx.missing(sheet, row, "formulier", form, fmt.FORMS)
            ok = False
        if person_id is None:
            ctx.missing(sheet, row, "deelnemer", number, fmt.PARTICIPANTS)
            ok = False
        if assessor_id is None:
            ctx.error(sheet, row, "beoordelaar", f"gebruiker '{assessor}' bestaat niet "
                      "(beoordelaar is de gebruikersnaam van een account)")
            ok = False
        old = self._existing.get(code)
        if not ok or state is None or person_id is None:
            self.failed.add(code)
            return
        counts = self.counts[sheet.name]
        if old is not None:
            old_form = self.forms.by_id[old.template_id].code
            same = (old_form, self._enrolment_person.get(old.enrolment_id), old.date,
                    old.assessor_id, old.second_assessor_name, old.status) == (
                form, person_id, day, assessor_id, second, status)
            if old.status == FINAL:
                if not same:
                    ctx.error(sheet, row, "code", locked_message(code))
                    self.failed.add(code)
                    return
                counts[2] += 1
                self.targets[code] = Target(old.id, code, old.template_id, True, row)
                return
            if old_form != form:
                ctx.error(sheet, row, "formulier", f"beoordeling {code} hoort bij formulier "
                          f"{old_form}; een ander formulier kan niet (begin een nieuwe "
                          "beoordeling)")
                self.failed.add(code)
                return
            enrolment_id = old.enrolment_id
            if self._enrolment_person.get(enrolment_id) != person_id:
                enrolment_id = self._enrolment(person_id, number, state.module_id, row)
                if enrolment_id is None:
                    self.failed.add(code)
                    return
            counts[2 if same else 1] += 1
            if (enrolment_id, day, assessor_id, second) != (
                    old.enrolment_id, old.date, old.assessor_id, old.second_assessor_name):
                self.assessments.updates.append({
                    "b_id": old.id, "enrolment_id": enrolment_id, "date": day,
                    "assessor_id": assessor_id, "second_assessor_name": second})
            self.targets[code] = Target(old.id, code, old.template_id, False, row,
                                        status == FINAL)
            return
        enrolment_id = self._enrolment(person_id, number, state.module_id, row)
        if enrolment_id is None:
            self.failed.add(code)
            return
        counts[0] += 1
        target = Target(uuid.uuid4(), code, state.id, False, row, status == FINAL)
        self.targets[code] = target
        self.assessments.inserts.append({
            "id": target.id, "code": code, "version": 1, "template_id": state.id,
            "enrolment_id": enrolment_id, "date": day, "assessor_id": assessor_id,
            "remark": None, "second_assessor_name": second, "second_assessor_role": None,
            "second_assessor_strokes": None, "second_assessed_at": None, "status": DRAFT,
            "finalised_at": None, "supersedes_id": None, "reason": None})

    def _enrolment(self, person_id: uuid.UUID, number: str, module_id: uuid.UUID,
                   row: int) -> uuid.UUID | None:
        """The participant's enrolment in a group of the module: active first, else the
        latest start (then the group, so that the choice is always the same)."""
        found = [e for e in self._enrolled.get(person_id, []) if e[1] == module_id]
        if not found:
            self.ctx.error(fmt.ASSESSMENTS, row, "deelnemer",
                           f"deelnemer '{number}' is niet ingeschreven voor module "
                           f"{self._module_codes.get(module_id, '?')} (niet in het blad "
                           "Inschrijvingen en niet in de database)")
            return None
        return max(found, key=lambda e: (e[2], e[3], e[4]))[0]

    # --- Scores ----------------------------------------------------------------------------
    def _score(self, record: tuple[Any, ...]) -> None:
        row, code, number, text, reason = record
        ctx, sheet = self.ctx, fmt.SCORES
        target = self.targets.get(code)
        if target is None:
            if code not in self.failed:
                ctx.missing(sheet, row, "beoordeling", code, fmt.ASSESSMENTS)
            return
        form = self.forms.by_id[target.template_id]
        criterion = form.criteria.get(number)
        if criterion is None:
            ctx.error(sheet, row, "criterium", f"criterium {number} staat niet op formulier "
                      f"{form.code} (versie {form.version})")
            self._bad_scores.add(code)
            return
        try:
            value = parse_score(Scale(form.scale), text)
        except ScoreError as exc:
            ctx.error(sheet, row, "score", str(exc))
            self._bad_scores.add(code)
            return
        key = (target.id, criterion[0])
        known = self._ratings.get(key)
        counts = self.counts[sheet.name]
        if known is not None and (known[1], known[2]) == (value, reason):
            counts[2] += 1
            return
        if target.locked:
            ctx.error(sheet, row, "score", locked_message(code))
            return
        if known is None:
            rating_id = uuid.uuid4()
            self._ratings[key] = [rating_id, value, reason]
            self.ratings.inserts.append({"id": rating_id, "assessment_id": target.id,
                                         "criterion_id": criterion[0], "value": value,
                                         "reason": reason, "remark": None})
            counts[0] += 1
        else:
            known[1:] = [value, reason]
            self.ratings.updates.append({"b_id": known[0], "value": value, "reason": reason})
            counts[1] += 1

    def _make_final(self, target: Target) -> None:
        form = self.forms.by_id[target.template_id]
        scores = []
        for number, (criterion_id, (wp, _text, critical, weight)) in form.criteria.items():
            rating = self._ratings.get((target.id, criterion_id))
            scores.append(Score(number, wp or "", rating[1] if rating else None, critical,
                                weight, rating[2] if rating else None))
        check = final_check(scores, form.reasons_required)
        if check.ok:
            self.finalise.append(target.id)
        else:
            self.ctx.error(fmt.ASSESSMENTS, target.row, "status",
                           f"Beoordeling {target.code}: {check.message()}")
