"""Aftekentaken and Aftekeningen: what an import does to sign-off tasks and sign-offs.

Planned after the other sheets (and the assessment sheets, whose new work processes it
shares), against the database and the rest of the file as they will be after the import.
Tasks are upserts on (module, code); an archived task stays archived. Sign-offs are facts
(append-only): a row whose sign-off already stands with the same content changes nothing;
any other content for a sign-off that stands is an error (it is withdrawn in the app,
never changed by an import). Only read here; `signoff_apply` writes the plan.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Company,
    Enrolment,
    Group,
    Module,
    Participant,
    SignOff,
    SignOffTask,
    WorkplaceTrainer,
    WorkProcess,
)
from bvmdesk.domain.signoff import METHOD_WORDS, METHODS_OF_WORDS
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.assess_forms import Context, RowPlan, _table
from bvmdesk.services.exchange.resolve import Resolution, TablePlan
from bvmdesk.services.exchange.validate import ParsedWorkbook

Tick = Callable[[int], None]


@dataclass(frozen=True)
class Placement:
    """An enrolment as the import leaves it, with the workplace signoff_read gives it."""

    id: uuid.UUID
    module_id: uuid.UUID
    group: str
    start: date
    end: date | None
    company_id: uuid.UUID | None
    has_trainer: bool

    @property
    def has_workplace(self) -> bool:
        return self.company_id is not None and self.has_trainer


@dataclass
class Standing:
    """A sign-off that stands (newest, not withdrawn, not a withdrawal)."""

    id: uuid.UUID | None  # None: planned by this import
    row: int              # its row in the file (0: in the database)
    trainer_id: uuid.UUID
    date: date
    method: str
    remark: str | None


def _live(plan: TablePlan) -> dict[Any, uuid.UUID]:
    return {key: row_id for key, (row_id, _, deleted) in plan.existing.items() if not deleted}


class World:
    """Participants, trainers and enrolments after the import (file and database), and the
    errors of the sign-off sheets."""

    def __init__(self, s: Session, parsed: ParsedWorkbook, resolution: Resolution) -> None:
        plans = {plan.model: plan for plan in resolution.tables}
        self.ctx = Context(s, parsed, resolution.errors, {})
        self.modules = plans[Module].ids
        self.module_codes = {row_id: key[0] for key, row_id in self.modules.items()}
        self.people = _live(plans[Participant])
        self.trainers = _live(plans[WorkplaceTrainer])
        trainer_rows = plans[WorkplaceTrainer].existing.values()
        self.trainer_company = {row_id: values[2] for row_id, values, _ in trainer_rows}
        self.trainer_name = {row_id: values[1] for row_id, values, _ in trainer_rows}
        self.company_name = {row_id: values[1]
                             for row_id, values, _ in plans[Company].existing.values()}
        person_company = {row_id: values[9]
                          for row_id, values, _ in plans[Participant].existing.values()}
        groups = {row_id: (key[0], values[2])
                  for key, (row_id, values, _) in plans[Group].existing.items()}
        live_trainers = set(self.trainers.values())
        self.placements: dict[uuid.UUID, list[Placement]] = defaultdict(list)
        for (person_id, group_id), (row_id, values, deleted) in \
                plans[Enrolment].existing.items():
            if deleted or group_id not in groups:
                continue
            _p, _g, start, end, _status, own_company, trainer_id = values
            company = own_company or (self.trainer_company.get(trainer_id) if trainer_id
                                      else None) or person_company.get(person_id)
            code, module_id = groups[group_id]
            self.placements[person_id].append(Placement(
                row_id, module_id, code, start, end, company,
                trainer_id is not None and trainer_id in live_trainers))
        for found in self.placements.values():
            found.sort(key=lambda p: (p.start, p.group))

    def person(self, sheet: fmt.Sheet, row: int, number: str) -> uuid.UUID | None:
        found = self.people.get((number,))
        if found is None:
            self.ctx.missing(sheet, row, "deelnemer", number, fmt.PARTICIPANTS)
        return found

    def trainer(self, sheet: fmt.Sheet, row: int, column: str,
                code: str) -> uuid.UUID | None:
        found = self.trainers.get((code,))
        if found is None:
            self.ctx.missing(sheet, row, column, code, fmt.TRAINERS, "praktijkopleider")
        return found

    def same_company(self, sheet: fmt.Sheet, row: int, column: str, trainer_id: uuid.UUID,
                     number: str, placement: Placement) -> bool:
        """The trainer works for the enrolment's company (an error otherwise)."""
        if placement.company_id is None:
            self.ctx.error(sheet, row, "deelnemer", (
                f"deelnemer '{number}' heeft bij groep {placement.group} geen leerbedrijf; "
                "leg eerst het leerbedrijf en de praktijkopleider vast"))
            return False
        if self.trainer_company.get(trainer_id) != placement.company_id:
            self.ctx.error(sheet, row, column, (
                f"{self.trainer_name.get(trainer_id)} is geen praktijkopleider van "
                f"{self.company_name.get(placement.company_id)} (het leerbedrijf van "
                f"deelnemer '{number}' bij groep {placement.group})"))
            return False
        return True


class TaskPlanner:
    """Plans Aftekentaken (and the work processes they add to a module)."""

    def __init__(self, world: World, resolution: Resolution) -> None:
        self.world = world
        s = world.ctx.s
        self.work_processes = RowPlan(_table(WorkProcess))
        self.tasks = RowPlan(_table(SignOffTask))
        self.counts = [0, 0, 0]
        w, t = _table(WorkProcess).c, _table(SignOffTask).c
        self._wps: dict[tuple[uuid.UUID, str], uuid.UUID] = {
            (module_id, code): wp_id for wp_id, module_id, code in s.execute(
                select(w.id, w.module_id, w.code))}
        if resolution.assessments is not None:  # new work processes of the Criteria sheet
            for rows in resolution.assessments.tables:
                if rows.table.name == WorkProcess.__tablename__:
                    self._wps.update({(r["module_id"], r["code"]): r["id"]
                                      for r in rows.inserts})
        self.wp_codes = {wp_id: code for (_, code), wp_id in self._wps.items()}
        # (module id, code) -> [id, description, work process id, required, archived]
        self.by_key: dict[tuple[uuid.UUID, str], list[Any]] = {
            (r.module_id, r.code): [r.id, r.description, r.work_process_id, bool(r.required),
                                    r.deleted_at is not None]
            for r in s.execute(select(t.id, t.module_id, t.code, t.description,
                                      t.work_process_id, t.required, t.deleted_at))}

    def run(self) -> None:
        ctx, sheet = self.world.ctx, fmt.SIGNOFF_TASKS
        for row, module, code, text, wp, wp_name, required in ctx.parsed.records(sheet):
            module_id = self.world.modules.get((module,))
            if module_id is None:
                ctx.missing(sheet, row, "module", module, fmt.MODULES)
                continue
            content = [text, self._work_process(module_id, wp, wp_name),
                       True if required is None else required]
            found = self.by_key.get((module_id, code))
            if found is None:
                task_id = uuid.uuid4()
                self.by_key[(module_id, code)] = [task_id, *content, False]
                self.tasks.inserts.append({"id": task_id, "module_id": module_id,
                                           "code": code, "description": content[0],
                                           "work_process_id": content[1],
                                           "required": content[2]})
                self.counts[0] += 1
            elif found[1:4] == content:
                self.counts[2] += 1
            else:  # an archived task stays archived: its content only
                found[1:4] = content
                self.tasks.updates.append({"b_id": found[0], "description": content[0],
                                           "work_process_id": content[1],
                                           "required": content[2]})
                self.counts[1] += 1

    def _work_process(self, module_id: uuid.UUID, code: str | None,
                      name: str | None) -> uuid.UUID | None:
        """Work process `code` of the module; added to it (named `name`, else by its
        code) when the module does not have it yet."""
        if code is None:
            return None
        found = self._wps.get((module_id, code))
        if found is None:
            found = self._wps[(module_id, code)] = uuid.uuid4()
            self.wp_codes[found] = code
            self.work_processes.inserts.append({"id": found, "module_id": module_id,
                                                "code": code, "name": name or code})
        return found


Rows = Callable[[Any], list[Any]]
"""Runs a statement and returns its rows (a session's, or the export's counting reader)."""


def signoff_state(read: Rows) -> tuple[list[Any], set[tuple[uuid.UUID, uuid.UUID, date]]]:
    """The sign-off rows that stand (per enrolment and task the newest that is neither
    withdrawn nor a withdrawal, as services.signoff_rows.standing says), and the
    (enrolment, task, date) of every withdrawn one."""
    c = _table(SignOff).c
    rows = read(select(c.id, c.enrolment_id, c.task_id, c.trainer_id, c.date, c.method,
                       c.remark, c.withdraws_id, c.created_at, c.hlc))
    withdrawn = {r.withdraws_id for r in rows if r.withdraws_id is not None}
    standing: dict[tuple[uuid.UUID, uuid.UUID], Any] = {}
    gone: set[tuple[uuid.UUID, uuid.UUID, date]] = set()
    for r in rows:
        if r.withdraws_id is not None:
            continue
        if r.id in withdrawn:
            gone.add((r.enrolment_id, r.task_id, r.date))
            continue
        key = (r.enrolment_id, r.task_id)
        known = standing.get(key)
        if known is None or (known.created_at, known.hlc, known.id) < (r.created_at, r.hlc,
                                                                      r.id):
            standing[key] = r
    return list(standing.values()), gone


def standing_rows(read: Rows) -> list[Any]:
    return signoff_state(read)[0]


class SignOffPlanner:
    """Plans Aftekeningen: new sign-offs (imported, without a signature) only."""

    def __init__(self, world: World, tasks: TaskPlanner) -> None:
        self.world = world
        self.tasks = tasks
        self.signoffs = RowPlan(_table(SignOff))
        self.counts = [0, 0, 0]

    def run(self) -> None:
        world, sheet = self.world, fmt.SIGNOFFS
        ctx = world.ctx
        records = ctx.parsed.records(sheet)
        if not records:
            return
        rows, withdrawn = signoff_state(lambda stmt: list(ctx.s.execute(stmt)))
        standing = {(r.enrolment_id, r.task_id): Standing(
            r.id, 0, r.trainer_id, r.date, r.method, r.remark or None) for r in rows}
        for row, number, task_code, trainer_code, day, word, remark in records:
            person_id = world.person(sheet, row, number)
            trainer_id = world.trainer(sheet, row, "praktijkopleider", trainer_code)
            if person_id is None:
                continue
            found = self._placement(row, number, person_id, task_code)
            if found is None or trainer_id is None:
                continue
            placement, task = found
            if not world.same_company(sheet, row, "praktijkopleider", trainer_id, number,
                                      placement):
                continue
            method = METHODS_OF_WORDS[word]
            key = (placement.id, task[0])
            known = standing.get(key)
            what = f"de aftekening van taak {task_code} van deelnemer '{number}'"
            if known is not None:
                if known.date != day:
                    ctx.error(sheet, row, "datum", (
                        f"taak {task_code} is voor deelnemer '{number}' al afgetekend op "
                        f"{known.date.isoformat()} door "
                        f"{world.trainer_name.get(known.trainer_id)}"
                        + (f" (rij {known.row})" if known.row else "")
                        + "; trek die aftekening eerst in de app in"))
                elif (known.trainer_id, known.method, known.remark) != (
                        trainer_id, method, remark):
                    ctx.error(sheet, row, "taak", (
                        f"{what} op {day.isoformat()} staat al vast (door "
                        f"{world.trainer_name.get(known.trainer_id)}, "
                        f"{METHOD_WORDS[known.method]}); een import wijzigt haar niet: trek "
                        "de aftekening in de app in"))
                else:
                    self.counts[2] += 1
                continue
            if (*key, day) in withdrawn:
                ctx.error(sheet, row, "datum", (
                    f"{what} op {day.isoformat()} is in de app ingetrokken; een import zet "
                    "haar niet terug (haal de rij weg of teken opnieuw af in de app)"))
                continue
            if task[4]:
                ctx.error(sheet, row, "taak", (
                    f"taak {task_code} van module {world.module_codes.get(placement.module_id)}"
                    " is gearchiveerd; daarop wordt niet meer afgetekend"))
                continue
            standing[key] = Standing(None, row, trainer_id, day, method, remark)
            self.signoffs.inserts.append({
                "id": uuid.uuid4(), "enrolment_id": placement.id, "task_id": task[0],
                "trainer_id": trainer_id, "date": day, "method": method,
                "signature_strokes": None, "evidence_attachment_id": None,
                "withdraws_id": None, "reason": None, "remark": remark, "card_id": None,
                "imported": True})
            self.counts[0] += 1

    def _placement(self, row: int, number: str, person_id: uuid.UUID,
                   task_code: str) -> tuple[Placement, list[Any]] | None:
        """The participant's enrolment whose module has the task (the one with a
        workplace when two have it), and the task; None after an error."""
        world, sheet = self.world, fmt.SIGNOFFS
        placements = world.placements.get(person_id, [])
        found = [(p, task) for p in placements
                 if (task := self.tasks.by_key.get((p.module_id, task_code))) is not None]
        if len(found) > 1:
            found = [item for item in found if item[0].has_workplace] or found
        if len(found) == 1:
            return found[0]
        modules = sorted({world.module_codes.get(p.module_id, "?") for p in placements})
        if not found:
            if not any(world.ctx.parsed.seen(fmt.SIGNOFF_TASKS, (m, task_code))
                       for m in modules):
                world.ctx.error(sheet, row, "taak", (
                    f"taak '{task_code}' bestaat niet bij de module(s) waarvoor deelnemer "
                    f"'{number}' is ingeschreven ({', '.join(modules) or 'geen'}; niet in het "
                    "blad Aftekentaken en niet in de database)"))
            return None
        groups = ", ".join(sorted(p.group for p, _ in found))
        world.ctx.error(sheet, row, "taak", (
            f"taak '{task_code}' hoort bij meer dan één inschrijving van deelnemer "
            f"'{number}' (groepen {groups}); geef alleen de inschrijving waarvoor wordt "
            "afgetekend een leerbedrijf en praktijkopleider"))
        return None
