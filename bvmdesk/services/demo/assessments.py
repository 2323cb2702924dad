"""Practical assessments for the demo: forms for its modules and assessments in every state.

Written as the AssessmentService would have written them over the school year: codes
`<site>-BO-<year>-<5 digits>` from the local site's number sequence of the year they were started
(services.assessments), drafts (some partly rated), final ones passed and failed (with the
reasons the form asks for) and corrections (a next version pointing at the one it
corrects, with a reason). Outcomes come from the domain rules, never made up.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from bvmdesk.domain.assessment import (
    REASON_VALUES,
    Outcome,
    Scale,
    Score,
    assessment_code,
    default_cesuur,
    final_check,
    outcome,
)
from bvmdesk.domain.clock import to_utc
from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services.assessment_forms import default_required
from bvmdesk.services.demo.assessment_forms import DemoForm, forms_for_modules, placeholder_name
from bvmdesk.services.demo.rows import Row, RowStamper, epoch_ms
from bvmdesk.services.demo.schedule import DemoGroup

NUMBER_KIND = "assessment"      # as services.assessments (its sequence per year)
FINAL_COLUMNS = ("status", "finalised_at", "updated_at", "hlc")
_SCALES = {s.value: s for s in Scale}
PER_GROUP = 10                  # participants of a group that get assessments
MAX_GROUPS = 40                 # groups with assessments: the most recent (a big demo stays
                                # quick; the feature shows as well with 40 as with 400)
DRAFT_RATE = 0.15
CORRECTION_RATE = 0.05
_REMARKS = ("Netjes en geconcentreerd gewerkt.", "Let volgende keer op de eindkraters.",
            "Goed gevraagd om hulp toen het vastliep.", "Tempo mag omhoog.",
            "Werkplek na afloop keurig opgeruimd.")
_CORRECTIONS = ("Verkeerde score ingevoerd bij een criterium; gecorrigeerd na overleg.",
                "Herbeoordeling na bezwaar: het werkstuk is opnieuw gemeten.",
                "Score van de verkeerde deelnemer overgenomen; hersteld.")


@dataclass
class _Form:
    id: uuid.UUID
    module: str
    spec: DemoForm
    criteria: list[tuple[uuid.UUID, int, str, Any]]   # (id, number, work process, spec)

    @property
    def scale(self) -> Scale:
        return _SCALES[self.spec.scale]


@dataclass
class _Planned:
    form: _Form
    enrolment_id: uuid.UUID
    group: DemoGroup
    day: date
    created: datetime
    values: dict[int, tuple[str | None, str | None]]   # number -> (value, reason)
    final: bool
    id: uuid.UUID
    trainer: str | None = None
    remark: str | None = None
    code: str = ""
    version: int = 1
    supersedes: _Planned | None = None
    reason: str | None = None
    _passed: bool | None = None

    @property
    def finalised(self) -> datetime:
        return self.created + timedelta(minutes=45)

    def passed(self) -> bool:
        """The outcome's verdict (exact fractions: computed once, the values are set)."""
        if self._passed is None:
            self._passed = self.outcome().passed
        return self._passed

    def outcome(self) -> Outcome:
        return outcome(self.form.scale, default_cesuur(self.form.scale), _scores(self))


def _scores(a: _Planned) -> list[Score]:
    scores = []
    for _, number, wp, spec in a.form.criteria:
        value, reason = a.values.get(number, (None, None))
        scores.append(Score(number, wp, value, spec.critical, spec.weight, reason))
    return scores


def _working_day(day: date) -> date:
    """Instructors assess on working days: a Saturday or Sunday moves to the Friday."""
    return day - timedelta(days=max(0, day.weekday() - 4))


class AssessmentPlanner:
    """Plans the demo's forms and assessments, then gives their rows."""

    def __init__(self, rng: random.Random, stamper: RowStamper, today: date,
                 local_site: uuid.UUID, site_code: str) -> None:
        self.rng = rng
        self.stamper = stamper
        self.today = today
        self.site = local_site
        self.site_code = site_code
        self.forms: dict[str, list[_Form]] = {}
        self.form_rows: list[Row] = []
        self.criterion_rows: list[Row] = []
        self.work_process_rows: list[Row] = []
        self.planned: list[_Planned] = []

    # --- forms -----------------------------------------------------------------------------
    def plan_forms(self, groups: list[DemoGroup], module_ids: dict[str, uuid.UUID],
                   work_processes: dict[tuple[str, str], uuid.UUID]) -> None:
        with_groups = {g.module.code for g in groups}
        for module, spec in forms_for_modules(with_groups, set(module_ids)):
            module_id = module_ids[module]
            row = self.stamper.descriptive(self.site) | {
                "code": f"{module}-{spec.suffix}", "version": 1, "name": spec.name,
                "module_id": module_id, "kind": spec.kind, "scale": spec.scale,
                "cesuur": None, "required": (default_required(spec.kind)
                                             if spec.required is None else spec.required),
                "reasons_required": True}
            self.form_rows.append(row)
            form = _Form(row["id"], module, spec, [])
            for number, criterion in enumerate(spec.criteria, start=1):
                key = (module, criterion.work_process)
                if key not in work_processes:
                    wp = self.stamper.descriptive(self.site) | {
                        "module_id": module_id, "code": criterion.work_process,
                        "name": placeholder_name(criterion.work_process)}
                    self.work_process_rows.append(wp)
                    work_processes[key] = wp["id"]
                crow = self.stamper.descriptive(self.site) | {
                    "template_id": form.id, "work_process_id": work_processes[key],
                    "number": number, "description": criterion.description,
                    "critical": criterion.critical, "weight": criterion.weight}
                self.criterion_rows.append(crow)
                form.criteria.append((crow["id"], number, criterion.work_process, criterion))
            self.forms.setdefault(module, []).append(form)

    # --- assessments -----------------------------------------------------------------------
    def plan_assessments(self, groups: list[DemoGroup],
                         enrolments: dict[tuple[uuid.UUID, uuid.UUID], Row],
                         trainers: dict[uuid.UUID, str]) -> None:
        rng = self.rng
        eligible = [g for g in groups if g.module.code in self.forms
                    and g.start < self.today - timedelta(days=7)]
        recent = set(sorted(eligible, key=lambda g: (g.start, g.code))[-MAX_GROUPS:])
        for group in eligible:
            if group not in recent:
                continue
            forms = self.forms[group.module.code]
            members = [e for e in group.enrolments if e.start < self.today - timedelta(days=7)]
            for e in sorted(rng.sample(members, min(PER_GROUP, len(members))),
                            key=members.index):
                row = enrolments[(e.participant.id, group.id)]
                first = max(e.start, group.start)
                last = min(e.end, self.today - timedelta(days=1))
                if last <= first:
                    continue
                trainer = trainers.get(row["trainer_id"]) if row["trainer_id"] else None
                for form in forms:
                    self._plan_one(group, row["id"], form, first, last,
                                   e.status == "actief", trainer)
        self._corrections()
        self._number()

    def _plan_one(self, group: DemoGroup, enrolment_id: uuid.UUID, form: _Form, first: date,
                  last: date, active: bool, trainer: str | None) -> None:
        rng = self.rng
        kind = form.spec.kind
        span = (last - first).days
        if kind == "examen" and (span < 28 or rng.random() < 0.4):
            return
        finals = 2 if kind == "bpv" and span > 60 else (1 if rng.random() < 0.8 else 0)
        days = sorted(first + timedelta(days=rng.randrange(span + 1)) for _ in range(finals))
        skill = rng.random()
        for number, day in enumerate(days):
            target = "fail" if skill < 0.2 and number == 0 else (
                "good" if skill > 0.75 else "pass")
            planned = self._assessment(group, enrolment_id, form, day, target, trainer)
            self.planned.append(planned)
            if kind != "bpv" and day + timedelta(days=14) < last and not planned.passed() \
                    and rng.random() < 0.7:
                retake = day + timedelta(days=rng.randrange(7, (last - day).days + 1))
                self.planned.append(self._assessment(group, enrolment_id, form, retake,
                                                     "pass", trainer))
        if active and rng.random() < DRAFT_RATE:
            day = max(first, self.today - timedelta(days=rng.randrange(1, 11)))
            draft = self._assessment(group, enrolment_id, form, day,
                                     rng.choice(("pass", "good", "fail")), trainer,
                                     final=False)
            if rng.random() < 0.6:   # partly rated: the instructor was interrupted
                keep = rng.randrange(len(form.criteria))
                draft.values = {n: v for n, v in draft.values.items() if n <= keep}
            self.planned.append(draft)

    def _assessment(self, group: DemoGroup, enrolment_id: uuid.UUID, form: _Form, day: date,
                    target: str, trainer: str | None, final: bool = True) -> _Planned:
        rng = self.rng
        day = _working_day(day)
        created = to_utc(datetime.combine(day, time(rng.randrange(9, 15), rng.randrange(60))))
        planned = _Planned(form, enrolment_id, group, day, created,
                           self._values(form, target), final, self.stamper.new_id(),
                           trainer=trainer if form.spec.kind == "bpv" else None,
                           remark=rng.choice(_REMARKS) if rng.random() < 0.3 else None)
        if final:
            check = final_check(_scores(planned))
            assert check.ok, check.message()
        return planned

    def _values(self, form: _Form, target: str) -> dict[int, tuple[str | None, str | None]]:
        """A value (and the reason it needs) for every criterion, aiming at `target`."""
        rng = self.rng
        values: dict[int, tuple[str | None, str | None]] = {}
        numbers = [n for _, n, _, _ in form.criteria]
        weak = set(rng.sample(numbers, rng.choice((1, 2)))) if target == "fail" else set()
        base = {"fail": 5.2, "pass": 6.8, "good": 8.4}[target]
        for _, number, _, spec in form.criteria:
            low = number in weak
            if form.scale is Scale.ACCEPTABLE:
                value = "NA" if low else "A"
            elif form.scale is Scale.OVG:
                good = target == "good" and rng.random() < 0.7
                value = "O" if low else ("G" if good or rng.random() < 0.1 else "V")
            else:
                grade = base - (1.5 if low else 0) + rng.gauss(0, 0.6)
                value = f"{min(10.0, max(1.0, round(grade, 1))):.1f}"
            reason = None
            if value in REASON_VALUES:
                reason = spec.praise if value == "G" else spec.fault
                reason = reason or "Zie het werkstuk."
            elif form.scale is Scale.GRADE and float(value) < 5.5:
                reason = spec.fault or None
            values[number] = (value, reason)
        return values

    def _corrections(self) -> None:
        """Some final assessments get a corrected version; at least one does."""
        rng = self.rng
        candidates = [a for a in self.planned
                      if a.final and a.day <= self.today - timedelta(days=10)]
        chosen = [a for a in candidates if rng.random() < CORRECTION_RATE]
        if not chosen and candidates:
            chosen = [candidates[0]]
        for index, old in enumerate(chosen):
            gap = (self.today - old.day).days - 2
            day = _working_day(old.day + timedelta(days=rng.randrange(1, gap)))
            created = to_utc(datetime.combine(day, time(rng.randrange(9, 15),
                                                        rng.randrange(60))))
            values = dict(old.values)
            # A wrongly entered value set right: a failed one passes now, or the other way.
            target = "pass" if not old.passed() else "fail"
            values.update(self._values(old.form, target))
            new = _Planned(old.form, old.enrolment_id, old.group, old.day, created, values,
                           index == 0 or rng.random() < 0.7, self.stamper.new_id(),
                           trainer=old.trainer, remark=old.remark, version=2, supersedes=old,
                           reason=rng.choice(_CORRECTIONS))
            if new.final:
                check = final_check(_scores(new))
                assert check.ok, check.message()
            self.planned.append(new)

    def _number(self) -> None:
        """Codes in the order the first versions were started, per year (as `start`)."""
        self.last_numbers: Counter[int] = Counter()
        for a in sorted((a for a in self.planned if a.supersedes is None),
                        key=lambda a: (a.created, a.id)):
            year = a.day.year
            self.last_numbers[year] += 1
            a.code = assessment_code(self.site_code, year, self.last_numbers[year])
        for a in self.planned:
            if a.supersedes is not None:
                a.code = a.supersedes.code

    # --- rows --------------------------------------------------------------------------------
    def assessment_rows(self) -> tuple[list[Row], list[Row]]:
        """The rows to insert, every one still a draft (ratings are only added to a draft),
        and the rows of the final ones as they are once made final (`FINAL_COLUMNS`)."""
        rows, finals = [], []
        for a in sorted(self.planned, key=lambda a: (a.version, a.created, a.id)):
            instructor = a.group.instructor
            row = self.stamper.fact(a.group.site.id, a.created, instructor.username)
            row["id"] = a.id
            second = self._second(a)
            row |= {
                "code": a.code, "version": a.version, "template_id": a.form.id,
                "enrolment_id": a.enrolment_id, "date": a.day, "assessor_id": instructor.id,
                "remark": a.remark, "second_assessor_name": second[0],
                "second_assessor_role": second[1], "second_assessor_strokes": second[2],
                "second_assessed_at": second[3], "status": "draft", "finalised_at": None,
                "supersedes_id": a.supersedes.id if a.supersedes else None,
                "reason": a.reason}
            rows.append(row)
            if a.final:
                finals.append(row | {"status": "final", "finalised_at": a.finalised,
                                     "updated_at": a.finalised,
                                     "hlc": self.stamper.hlc(epoch_ms(a.finalised))})
        return rows, finals

    def _second(self, a: _Planned) -> tuple[str | None, str | None, str | None,
                                            datetime | None]:
        if a.trainer is None or not a.final:
            return None, None, None, None
        wave = [(10 + x * 6, 40 + round(18 * ((x * 7919 + len(a.trainer)) % 5 - 2) / 2))
                for x in range(30)]
        strokes = encode(make_signature(200, 80, [wave, [(20, 60), (180, 62)]]))
        return a.trainer, "praktijkopleider", strokes, a.created + timedelta(minutes=40)

    def rating_rows(self) -> list[Row]:
        rows = []
        for a in sorted(self.planned, key=lambda a: (a.version, a.created, a.id)):
            instructor = a.group.instructor.username
            for offset, (cid, number, _, _) in enumerate(a.form.criteria):
                if number not in a.values:
                    continue
                value, reason = a.values[number]
                moment = a.created + timedelta(seconds=20 * (offset + 1))
                rows.append(self.stamper.fact(a.group.site.id, moment, instructor) | {
                    "assessment_id": a.id, "criterion_id": cid, "value": value,
                    "reason": reason, "remark": None})
        return rows

    def sequence_rows(self) -> list[Row]:
        return [{"site_id": self.site, "kind": f"{NUMBER_KIND}-{year}", "last_value": value}
                for year, value in sorted(self.last_numbers.items())]
