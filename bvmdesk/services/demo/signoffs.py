"""Praktijkopleider sign-offs and weekly bpv hours for the demo.

Written as the sign-off services would have written them over the school year, final from
the start (the fact tables are append-only): the tasks of every module that has BBL
participants, sign-offs on screen (with the trainer's drawn signature) and on paper (from a
printed aftekenkaart, recorded by the instructor), a few withdrawn with a reason, bpv hours
per ISO week approved by the trainer in batches, the latest weeks not yet, and a few weeks
changed after their approval (the new row supersedes the old; the approval no longer
counts for it). Demo trainers have no PIN, except `pin_trainer` (PIN 12345, for trying).
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from bvmdesk.domain.clock import to_utc
from bvmdesk.domain.enums import ParticipantType, SignOffMethod
from bvmdesk.domain.signoff import card_code, iso_week_of, week_monday, week_sunday
from bvmdesk.services.demo.assessment_forms import placeholder_name
from bvmdesk.services.demo.rows import Row, RowStamper, epoch_ms
from bvmdesk.services.demo.schedule import DemoGroup
from bvmdesk.services.demo.signoff_texts import (
    REMARKS,
    WITHDRAW_REASONS,
    signature_of,
    task_pool,
)

DEMO_PIN = "12345"
CARD_KIND = "signoff-card"      # numbering kind f"{CARD_KIND}-{year}" (services.signoff_cards)
_DEFAULT_WORK_PROCESSES = ("B1-K1-W1", "B1-K1-W2", "B1-K2-W1")
PAPER_SHARE = 0.4               # sign-off visits recorded from a printed card
WITHDRAW_RATE = 0.04
CHANGE_RATE = 0.1               # enrolments with a week changed after its approval
SKIP_WEEK_RATE = 0.06           # weeks without hours (holiday at the company)
MAX_GROUPS = 40                 # groups with sign-offs and hours: the most recent (a big demo
                                # stays quick, as with the assessments)


@dataclass
class _Task:
    id: uuid.UUID
    code: str
    description: str
    required: bool
    work_process: str | None = None


@dataclass
class _Hours:
    row: Row
    week: tuple[int, int]
    entered: datetime
    approved: datetime | None = None
    superseded_by: _Hours | None = None


@dataclass
class _Enrolment:
    row: Row
    group: DemoGroup
    first: date
    last: date
    hours: list[_Hours] = field(default_factory=list)


def _at(day: date, hour: int, minute: int) -> datetime:
    """A moment on `day` (Amsterdam wall clock) as stored: naive UTC."""
    return to_utc(datetime.combine(day, time(hour, minute)))


class SignOffPlanner:
    """Plans the demo's sign-off tasks, sign-offs and bpv hours, then gives their rows."""

    def __init__(self, rng: random.Random, stamper: RowStamper, today: date,
                 local_site: uuid.UUID, site_code: str) -> None:
        self.rng = rng
        self.stamper = stamper
        self.today = today
        self.site = local_site
        self.site_code = site_code
        self.tasks: dict[str, list[_Task]] = {}
        self.work_process_rows: list[Row] = []
        self.task_rows: list[Row] = []
        self.card_rows: list[Row] = []
        self.signoff_rows: list[Row] = []
        self.withdrawal_rows: list[Row] = []
        self.hours_rows: list[Row] = []
        self.change_rows: list[Row] = []
        self.approval_rows: list[Row] = []
        self.item_rows: list[Row] = []
        self.pin_trainer: uuid.UUID | None = None
        self._cards: Counter[int] = Counter()
        self._signatures: dict[uuid.UUID, str] = {}
        self._names: dict[uuid.UUID, str] = {}

    # --- tasks -----------------------------------------------------------------------------
    def plan_tasks(self, groups: list[DemoGroup], module_ids: dict[str, uuid.UUID],
                   work_processes: dict[tuple[str, str], uuid.UUID]) -> None:
        """4-8 tasks for every module with BBL participants, linked to its work processes
        (placeholders marked "(DEMO)" are added where a module has none)."""
        modules = {g.module.code: g.module for g in groups
                   if any(e.participant.type is ParticipantType.BBL for e in g.enrolments)}
        for code in sorted(modules):
            module = modules[code]
            wps = sorted(wp for m, wp in work_processes if m == code)
            if not wps:
                for wp in _DEFAULT_WORK_PROCESSES:
                    row = self.stamper.descriptive(self.site) | {
                        "module_id": module_ids[code], "code": wp,
                        "name": placeholder_name(wp)}
                    self.work_process_rows.append(row)
                    work_processes[(code, wp)] = row["id"]
                wps = list(_DEFAULT_WORK_PROCESSES)
            pool = task_pool(module.prefix, self.rng.randint(4, 8))
            for number, (description, required, general) in enumerate(pool, start=1):
                linked = None if general else wps[(number - 1) % len(wps)]
                row = self.stamper.descriptive(self.site) | {
                    "module_id": module_ids[code], "code": f"AT{number:02d}",
                    "description": description,
                    "work_process_id": work_processes[(code, linked)] if linked else None,
                    "required": required}
                self.task_rows.append(row)
                self.tasks.setdefault(code, []).append(
                    _Task(row["id"], row["code"], description, required, linked))

    # --- sign-offs and hours -----------------------------------------------------------------
    def plan(self, groups: list[DemoGroup], enrolments: dict[tuple[uuid.UUID, uuid.UUID], Row],
             trainers: list[Row]) -> None:
        colleagues: dict[uuid.UUID, list[uuid.UUID]] = {}
        for trainer in trainers:
            colleagues.setdefault(trainer["company_id"], []).append(trainer["id"])
        self._names = {t["id"]: t["name"] for t in trainers}
        planned: list[_Enrolment] = []
        eligible = [g for g in groups if g.module.code in self.tasks and g.start < self.today]
        for group in sorted(eligible, key=lambda g: (g.start, g.code))[-MAX_GROUPS:]:
            for e in group.enrolments:
                row = enrolments[(e.participant.id, group.id)]
                if row["company_id"] is None or row["trainer_id"] is None:
                    continue
                last = min(e.end, self.today - timedelta(days=1))
                if last < e.start:
                    continue
                planned.append(_Enrolment(row, group, e.start, last))
        for item in planned:
            self._signoffs(item, self.tasks[item.group.module.code],
                           colleagues[item.row["company_id"]])
            self._hours(item)
        if planned and not self.withdrawal_rows and self.signoff_rows:
            self._withdraw(self.signoff_rows[0])
        if planned and not self.change_rows:
            for item in planned:
                if self._change(item, force=True):
                    break
        self._pin_trainer(planned)

    def _signature(self, trainer: uuid.UUID) -> str:
        """The trainer's drawn signature (each trainer signs the same way)."""
        text = self._signatures.get(trainer)
        if text is None:
            text = self._signatures[trainer] = signature_of(self._names[trainer])
        return text

    def _signoffs(self, e: _Enrolment, tasks: list[_Task], colleagues: list[uuid.UUID]) -> None:
        rng = self.rng
        span = (e.last - e.first).days
        if span < 14:
            return
        whole = max(span, (e.group.end - e.first).days)
        share = min(1.0, span / whole * rng.uniform(0.7, 1.3))
        chosen = [t for t in tasks if rng.random() < share]
        rng.shuffle(chosen)
        card: Row | None = None
        instructor = e.group.instructor.username
        while chosen:
            size = rng.randint(1, 3)
            visit, chosen = chosen[:size], chosen[size:]
            day = e.first + timedelta(days=rng.randint(14, span))
            day -= timedelta(days=max(0, day.weekday() - 4))   # companies visit on weekdays
            day = max(day, e.first)
            trainer = e.row["trainer_id"]
            if len(colleagues) > 1 and rng.random() < 0.15:
                trainer = rng.choice(colleagues)   # a colleague signed this time
            paper = rng.random() < PAPER_SHARE
            if paper:
                if card is None:
                    card = self._card(e, tasks, max(e.first, day - timedelta(days=21)))
                moment = _at(min(day + timedelta(days=rng.randint(1, 6)), e.last),
                             rng.randint(8, 16), rng.randrange(60))
            else:
                moment = _at(day, rng.randint(9, 15), rng.randrange(60))
            for offset, task in enumerate(visit):
                row = self.stamper.fact(e.group.site.id, moment + timedelta(seconds=offset),
                                        instructor) | {
                    "enrolment_id": e.row["id"], "task_id": task.id, "trainer_id": trainer,
                    "date": day,
                    "method": (SignOffMethod.PAPER if paper else SignOffMethod.SCREEN).value,
                    "signature_strokes": None if paper else self._signature(trainer),
                    "evidence_attachment_id": None, "recorded_by": instructor,
                    "withdraws_id": None, "reason": None,
                    "remark": rng.choice(REMARKS) if rng.random() < 0.2 else None,
                    "card_id": card["id"] if paper and card is not None else None,
                    "imported": False}
                self.signoff_rows.append(row)
                if rng.random() < WITHDRAW_RATE:
                    self._withdraw(row)

    def _card(self, e: _Enrolment, tasks: list[_Task], day: date) -> Row:
        """The enrolment's printed aftekenkaart (version 1, the module's tasks of now)."""
        moment = _at(day, 8, self.rng.randrange(60))
        self._cards[day.year] += 1
        row = self.stamper.fact(e.group.site.id, moment, e.group.instructor.username) | {
            "code": card_code(self.site_code, day.year, self._cards[day.year]),
            "enrolment_id": e.row["id"], "version": 1,
            "tasks": json.dumps([{"id": str(t.id), "code": t.code, "description": t.description,
                                  "required": t.required, "work_process": t.work_process}
                                 for t in tasks]),
            "printed_by": e.group.instructor.username}
        self.card_rows.append(row)
        return row

    def _withdraw(self, original: Row) -> None:
        """A withdrawal by the one who recorded it, a few days later (never after today)."""
        rng = self.rng
        day = min(original["date"] + timedelta(days=rng.randint(1, 10)),
                  self.today - timedelta(days=1))
        moment = max(_at(day, rng.randint(9, 16), rng.randrange(60)),
                     original["created_at"] + timedelta(minutes=5))
        self.withdrawal_rows.append(self.stamper.fact(
            original["site_id"], moment, original["recorded_by"]) | {
            key: original[key] for key in ("enrolment_id", "task_id", "trainer_id", "method",
                                           "recorded_by")} | {
            "date": day, "signature_strokes": None, "evidence_attachment_id": None,
            "withdraws_id": original["id"], "reason": rng.choice(WITHDRAW_REASONS),
            "remark": None, "card_id": None, "imported": False})

    def _hours(self, e: _Enrolment) -> None:
        """Hours of every past week; approved in batches of 2-4 weeks, the latest not yet."""
        rng = self.rng
        instructor = e.group.instructor.username
        this_week = iso_week_of(self.today)
        monday = week_monday(*iso_week_of(e.first))
        while True:
            week = iso_week_of(monday)
            if week >= this_week or monday > e.last:
                break
            monday += timedelta(days=7)
            if rng.random() < SKIP_WEEK_RATE:
                continue
            half_hours = rng.randint(32, 64)
            if rng.random() < 0.7:
                half_hours -= half_hours % 2   # most weeks are whole hours
            sunday = week_sunday(*week)
            entered = min(_at(sunday + timedelta(days=rng.randint(1, 4)), rng.randint(8, 16),
                              rng.randrange(60)),
                          _at(self.today - timedelta(days=1), 17, rng.randrange(60)))
            row = self.stamper.fact(e.group.site.id, entered, instructor) | {
                "enrolment_id": e.row["id"], "iso_year": week[0], "iso_week": week[1],
                "minutes": half_hours * 30, "entered_by": instructor, "supersedes_id": None}
            self.hours_rows.append(row)
            e.hours.append(_Hours(row, week, entered))
        waiting = rng.randint(1, 3) if e.group.end >= self.today else 0
        ready = e.hours[:len(e.hours) - waiting]
        while ready:
            size = rng.randint(2, 4)
            batch, ready = ready[:size], ready[size:]
            self._approve(e, batch)
        if rng.random() < CHANGE_RATE:
            self._change(e)

    def _approve(self, e: _Enrolment, batch: list[_Hours], after: datetime | None = None) -> bool:
        rng = self.rng
        entered = max([h.entered for h in batch] + ([after] if after else []))
        day = entered.date() + timedelta(days=rng.randint(1, 10))
        if day >= self.today:
            return False
        moment = _at(day, rng.randint(9, 16), rng.randrange(60))   # after `entered`'s day
        trainer = e.row["trainer_id"]
        instructor = e.group.instructor.username
        approval = self.stamper.fact(e.group.site.id, moment, instructor) | {
            "trainer_id": trainer, "approved_on": day,
            "signature_strokes": self._signature(trainer),
            "method": SignOffMethod.SCREEN.value, "recorded_by": instructor,
            "withdraws_id": None, "reason": None, "imported": False}
        self.approval_rows.append(approval)
        for offset, hours in enumerate(batch):
            hours.approved = moment
            self.item_rows.append(self.stamper.fact(
                e.group.site.id, moment + timedelta(seconds=offset), instructor) | {
                "approval_id": approval["id"], "placement_hours_id": hours.row["id"]})
        return True

    def _change(self, e: _Enrolment, force: bool = False) -> bool:
        """An approved week's hours changed afterwards: a new row supersedes the approved
        one (whose approval then no longer counts); approved again when the trainer came by
        later."""
        rng = self.rng
        approved = [h for h in e.hours if h.approved is not None and h.superseded_by is None]
        if not approved:
            return False
        old = rng.choice(approved) if not force else approved[-1]
        assert old.approved is not None
        day = old.approved.date() + timedelta(days=rng.randint(1, 7))
        if day >= self.today:
            if not force:
                return False
            day = self.today - timedelta(days=1)
        moment = max(_at(day, rng.randint(8, 16), rng.randrange(60)),
                     old.approved + timedelta(minutes=30))
        if moment.date() >= self.today:
            return False
        minutes = old.row["minutes"] + rng.choice((-8, -4, -2, 2, 4)) * 60
        minutes = minutes if minutes > 0 else old.row["minutes"] + 120
        instructor = e.group.instructor.username
        row = self.stamper.fact(e.group.site.id, moment, instructor) | {
            key: old.row[key] for key in ("enrolment_id", "iso_year", "iso_week")} | {
            "minutes": minutes, "entered_by": instructor, "supersedes_id": old.row["id"]}
        self.change_rows.append(row)
        new = _Hours(row, old.week, moment)
        old.superseded_by = new
        if rng.random() < 0.5:
            self._approve(e, [new], moment)
        return True

    def _pin_trainer(self, planned: list[_Enrolment]) -> None:
        """The one trainer with a PIN: of an active enrolment at the local site with tasks."""
        current = sorted((e for e in planned if e.group.site.id == self.site
                          and e.row["status"] == "actief"),
                         key=lambda e: (e.group.code, str(e.row["id"])))
        if current:
            self.pin_trainer = current[0].row["trainer_id"]

    def sequence_rows(self) -> list[Row]:
        return [{"site_id": self.site, "kind": f"{CARD_KIND}-{year}", "last_value": value}
                for year, value in sorted(self._cards.items())]


def pin_row(trainer: dict[str, Any], pin_hash: str, stamper: RowStamper,
            moment: datetime) -> Row:
    """The PIN trainer's row as it is once its PIN is set (for `BulkInserter.update`)."""
    return trainer | {"pin_hash": pin_hash, "updated_at": moment,
                      "hlc": stamper.hlc(epoch_ms(moment))}
