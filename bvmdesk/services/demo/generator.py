"""Fills an empty database with a realistic, reproducible demo BVM in one transaction."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.audit import Chain
from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    AttendanceMark,
    Company,
    Criterion,
    Enrolment,
    Group,
    Holiday,
    HoursApproval,
    HoursApprovalItem,
    Lesson,
    LocalSetting,
    Module,
    NumberSequence,
    Participant,
    PlacementHours,
    PlannedAbsence,
    Programme,
    Rating,
    SigningKey,
    SignOff,
    SignOffCard,
    SignOffTask,
    Site,
    User,
    WorkplaceTrainer,
    WorkProcess,
)
from bvmdesk.db.session import LOCAL_SITE_KEY, Sessions
from bvmdesk.domain.clock import to_utc
from bvmdesk.services import audit
from bvmdesk.services.base import ServiceError
from bvmdesk.services.demo.assessments import FINAL_COLUMNS, AssessmentPlanner
from bvmdesk.services.demo.attendance import group_marks
from bvmdesk.services.demo.bulk import BulkInserter
from bvmdesk.services.demo.calendar import holidays_of_years, school_years
from bvmdesk.services.demo.catalogue import ModuleSpec, build_catalogue
from bvmdesk.services.demo.certificates import signing_key_rows, site_settings
from bvmdesk.services.demo.people import (
    ACCOUNTS,
    DEMO_PASSWORD,
    DemoSite,
    DemoUser,
    participant_rows,
    plan_cohorts,
    plan_companies,
    site_rows,
    user_rows,
)
from bvmdesk.services.demo.rows import ACTOR, Row, RowStamper, epoch_ms
from bvmdesk.services.demo.schedule import DemoGroup, Scheduler, ScheduleTuning
from bvmdesk.services.demo.signoffs import DEMO_PIN, SignOffPlanner, pin_row
from bvmdesk.services.participants import NUMBER_KIND
from bvmdesk.services.qualifications import load_qualifications
from bvmdesk.services.signing_keys import KeyStore

MAX_PARTICIPANTS = 100_000
"""The most participants a demo holds (five times the benchmark's 20,000; a few minutes).
The command line refuses more before it opens the database (cli_args)."""
NOT_EMPTY = "Deze database bevat al gegevens; de demo vult alleen een lege database."
CANCELLED = "Geannuleerd: er is niets gewijzigd."
_WORK_PROCESSES = ("B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K2-W1", "B1-K2-W2", "P1-K1-W1",
                   "P1-K1-W2")
_STEPS = ("Locaties, accounts en modules", "Leerbedrijven", "Deelnemers", "Groepen en lessen",
          "Inschrijvingen", "Presentie (1/3)", "Presentie (2/3)", "Presentie (3/3)",
          "Beoordelingen", "Aftekeningen en bpv-uren", "Afronden")


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str  # "admin" or "instructor"


@dataclass(frozen=True)
class DemoResult:
    accounts: tuple[DemoAccount, ...]
    participants: int
    groups: int
    lessons: int
    marks: int
    # The one praktijkopleider with a PIN (DEMO_PIN, 12345) to try signing with:
    # "name (company)"; None when the demo has no BBL participant with a workplace.
    pin_trainer: str | None = None
    key_id: str | None = None  # the local site's signing key (its file is in `keys`)


def _is_empty(s: Session) -> bool:
    return (s.get(LocalSetting, LOCAL_SITE_KEY) is None
            and not s.scalar(select(func.count()).select_from(Site))
            and not s.scalar(select(func.count()).select_from(Participant)))


def generate_demo(sessions: Sessions, participants: int = 120, seed: int = 1,
                  today: date | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None, years: int = 1, *,
                  group_size: int = 15, two_day_share: float = 0.25,
                  keys: KeyStore | None = None) -> DemoResult:
    """Fill an empty, migrated database with two sites and a realistic history.

    The same `seed` and `today` give the same data (only the Argon2 hashes and the site's
    new signing key differ).

    Args:
        participants: how many people, spread over the school years.
        years: school years of history, ending with the one that contains `today`.
        progress: called with (steps done, steps in all) after each step.
        cancelled: asked between steps; True stops and rolls everything back.
        group_size: average enrolments per group (the benchmark dataset uses more).
        two_day_share: share of BBL/BOL groups that meet two days a week.
        keys: where the local site's private signing key is written (default: the user
            data directory's `keys/`, as `init` does).

    Raises:
        ServiceError: the database is not empty, the request was cancelled, or the
            numbers make no sense. Nothing was changed.
    """
    if participants < 1 or years < 1 or group_size < 1 or not 0 <= two_day_share <= 1:
        raise ServiceError("Geef minstens 1 deelnemer, 1 schooljaar en een groepsgrootte op.")
    if participants > MAX_PARTICIPANTS:
        raise ServiceError(f"De demo maakt hoogstens {MAX_PARTICIPANTS:,} deelnemers."
                           .replace(",", "."))
    today = today or sessions.clock.today()
    with sessions.read() as s:
        if not _is_empty(s):
            raise ServiceError(NOT_EMPTY)
    from bvmdesk.services.accounts import hash_password

    # One hash for the one documented demo password keeps the demo quick; Argon2 is for
    # these few accounts only.
    password_hash = hash_password(DEMO_PASSWORD)
    pin_hash = hash_password(DEMO_PIN)
    generator = _Generator(random.Random(seed), today, years, participants,
                           ScheduleTuning(group_size=group_size, two_day_share=two_day_share),
                           progress, cancelled, keys)
    with sessions.write(ACTOR) as s:
        if not _is_empty(s):
            raise ServiceError(NOT_EMPTY)
        with BulkInserter(s.connection(), Chain.of(s), sessions.now()) as bulk:
            result = generator.run(bulk, password_hash, pin_hash)
        audit.record(s, ACTOR, "demo.generate", "database", None, detail=json.dumps({
            "seed": seed, "today": today.isoformat(), "years": years,
            "participants": result.participants, "groups": result.groups,
            "lessons": result.lessons, "marks": result.marks}))
    sessions.hlc.observe(generator.stamper.last_hlc)
    return result


class _Generator:
    """One demo run: plans in memory, writes with Core inserts, step by step."""

    def __init__(self, rng: random.Random, today: date, years: int, participants: int,
                 tuning: ScheduleTuning, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None, keys: KeyStore | None = None) -> None:
        self.rng = rng
        self._keys = keys
        self.today = today
        self.starts = school_years(today, years)
        self.participants = participants
        self.tuning = tuning
        self._progress = progress
        self._cancelled = cancelled
        self._done = 0
        self._modules: dict[str, ModuleSpec] = {}
        self._work_processes: dict[tuple[str, str], Any] = {}  # (module, code) -> id
        # Rows describing the set-up were "made" two weeks before the first school year.
        self.stamper = RowStamper(rng, to_utc(datetime.combine(
            self.starts[0] - timedelta(days=14), time(7, 0))))

    def _step(self) -> None:
        """Between steps: stop when asked (the caller's transaction rolls back)."""
        if self._cancelled is not None and self._cancelled():
            raise ServiceError(CANCELLED)

    def _stepped(self) -> None:
        self._done += 1
        if self._progress is not None:
            self._progress(self._done, len(_STEPS))

    def run(self, bulk: BulkInserter, password_hash: str, pin_hash: str) -> DemoResult:
        rng, stamper = self.rng, self.stamper
        self._step()
        sites = [DemoSite(stamper.new_id(), "ZWL", "Zwolle", "noord", 0.6),
                 DemoSite(stamper.new_id(), "TBG", "Terborg", "zuid", 0.4)]
        by_code = {site.code: site for site in sites}
        site_list = [row | {"settings": site_settings(site)}
                     for site, row in zip(sites, site_rows(sites, stamper), strict=True)]
        bulk.insert(Site, site_list)
        bulk.insert(LocalSetting, [{"key": LOCAL_SITE_KEY, "value": str(sites[0].id)}])
        users = [DemoUser(stamper.new_id(), *account) for account in ACCOUNTS]
        bulk.insert(User, user_rows(users, by_code, password_hash, stamper))
        bulk.insert(Holiday, [
            stamper.descriptive(site.id) | {"location_id": site.id, "first_day": h.first_day,
                                            "last_day": h.last_day, "name": h.name}
            for site in sites for h in holidays_of_years(site.region, self.starts)])
        module_ids = self._catalogue(bulk, sites[0])
        self._stepped()

        self._step()
        people = plan_cohorts(rng, self.participants, len(self.starts), sites, self.starts,
                              stamper)
        companies, company_rows, trainer_rows = plan_companies(rng, people, sites, stamper)
        bulk.insert(Company, company_rows)
        bulk.insert(WorkplaceTrainer, trainer_rows)
        self._stepped()

        self._step()
        last_numbers = participant_rows(rng, people, companies, stamper)
        bulk.insert(Participant, (p.row for p in people))
        self._stepped()

        self._step()
        instructors: dict[str, list[DemoUser]] = {}
        for user in users:
            if user.role == "instructor":
                instructors.setdefault(user.site_code, []).append(user)
        scheduler = Scheduler(rng, stamper, self.today, self.starts, self._modules,
                              instructors, self.tuning)
        groups = scheduler.plan(people, sites)
        bulk.insert(Group, scheduler.group_rows(module_ids))
        lessons = bulk.insert(Lesson, scheduler.lesson_rows())
        self._stepped()

        self._step()
        enrolments = scheduler.enrolment_rows()
        bulk.insert(Enrolment, enrolments)
        bulk.insert(PlannedAbsence, self._planned_absences(groups))
        self._stepped()

        marks = 0
        thirds = (len(groups) + 2) // 3
        for part in range(3):
            self._step()
            chunk = groups[part * thirds:(part + 1) * thirds]
            marks += bulk.insert(AttendanceMark, (
                row for group in chunk for row in group_marks(rng, stamper, group, self.today)))
            self._stepped()

        self._step()
        by_key = {(row["participant_id"], row["group_id"]): row for row in enrolments}
        planner = AssessmentPlanner(rng, stamper, self.today, sites[0].id, sites[0].code)
        planner.plan_forms(groups, module_ids, self._work_processes)
        planner.plan_assessments(groups, by_key,
                                 {row["id"]: row["name"] for row in trainer_rows})
        bulk.insert(WorkProcess, planner.work_process_rows)
        bulk.insert(AssessmentTemplate, planner.form_rows)
        bulk.insert(Criterion, planner.criterion_rows)
        drafts, finals = planner.assessment_rows()
        bulk.insert(Assessment, drafts)
        bulk.insert(Rating, planner.rating_rows())
        bulk.update(Assessment, finals, FINAL_COLUMNS)
        bulk.insert(NumberSequence, planner.sequence_rows())
        self._stepped()

        self._step()
        pin_trainer = self._signoffs(bulk, sites[0], groups, by_key, module_ids, company_rows,
                                     trainer_rows, pin_hash)
        self._stepped()

        self._step()
        bulk.insert(NumberSequence, [
            {"site_id": by_code[code].id, "kind": NUMBER_KIND, "last_value": value}
            for code, value in sorted(last_numbers.items())])
        # Last (no cancelling after this step), so a cancelled demo leaves no key file.
        key_id, key_row, site_row = signing_key_rows(self._keys, sites[0], site_list[0],
                                                     stamper)
        bulk.insert(SigningKey, [key_row])
        bulk.update(Site, [site_row], ("signing_public_key",))
        self._stepped()
        return DemoResult(
            accounts=tuple(DemoAccount(u.username, DEMO_PASSWORD, u.role) for u in users),
            participants=len(people), groups=len(groups), lessons=lessons, marks=marks,
            pin_trainer=pin_trainer, key_id=key_id)

    def _signoffs(self, bulk: BulkInserter, site: DemoSite, groups: list[DemoGroup],
                  enrolments: dict[tuple[Any, Any], Row], module_ids: dict[str, Any],
                  companies: list[Row], trainers: list[Row], pin_hash: str) -> str | None:
        """Sign-off tasks, sign-offs, cards and bpv hours; returns who has the demo PIN."""
        planner = SignOffPlanner(self.rng, self.stamper, self.today, site.id, site.code)
        planner.plan_tasks(groups, module_ids, self._work_processes)
        planner.plan(groups, enrolments, trainers)
        bulk.insert(WorkProcess, planner.work_process_rows)
        bulk.insert(SignOffTask, planner.task_rows)
        bulk.insert(SignOffCard, planner.card_rows)
        bulk.insert(SignOff, planner.signoff_rows)
        bulk.insert(SignOff, planner.withdrawal_rows)       # after what they withdraw
        bulk.insert(PlacementHours, planner.hours_rows)
        bulk.insert(PlacementHours, planner.change_rows)    # after what they supersede
        bulk.insert(HoursApproval, planner.approval_rows)
        bulk.insert(HoursApprovalItem, planner.item_rows)
        bulk.insert(NumberSequence, planner.sequence_rows())
        if planner.pin_trainer is None:
            return None
        trainer = next(t for t in trainers if t["id"] == planner.pin_trainer)
        moment = to_utc(datetime.combine(self.today - timedelta(days=1), time(9, 0)))
        bulk.update(WorkplaceTrainer, [pin_row(trainer, pin_hash, self.stamper, moment)],
                    ("pin_hash", "updated_at", "hlc"))
        company = next(c["name"] for c in companies if c["id"] == trainer["company_id"])
        return f"{trainer['name']} ({company})"

    def _catalogue(self, bulk: BulkInserter, site: DemoSite) -> dict[str, Any]:
        """Programmes, modules and placeholder work processes; returns module ids by code."""
        programmes, modules = build_catalogue(load_qualifications())
        self._modules = {m.code: m for m in modules}
        programme_ids: dict[str, Any] = {}
        rows = []
        for p in programmes:
            row = self.stamper.descriptive(site.id) | {
                "code": p.code, "name": p.name, "crebo": p.crebo, "level": p.level,
                "kind": p.kind, "bpv_norm_hours": p.bpv_norm_hours}
            programme_ids[p.code] = row["id"]
            rows.append(row)
        bulk.insert(Programme, rows)
        module_ids: dict[str, Any] = {}
        rows = []
        for m in modules:
            row = self.stamper.descriptive(site.id) | {
                "code": m.code, "name": m.name, "programme_id": programme_ids[m.programme],
                "crebo": m.crebo, "level": m.level, "planned_hours": m.planned_hours,
                "min_attendance_pct": m.min_attendance_pct,
                "certificate_kind": m.certificate_kind, "validity_years": m.validity_years}
            module_ids[m.code] = row["id"]
            rows.append(row)
        bulk.insert(Module, rows)
        # Official kerntaak and werkproces texts were not available: clearly marked
        # placeholders, never invented official wording (DOMAIN.md).
        work_processes = [
            self.stamper.descriptive(site.id) | {
                "module_id": module_ids[m.code], "code": code,
                "name": f"Werkproces {code} (DEMO)"}
            for m in modules if m.crebo for code in _WORK_PROCESSES]
        bulk.insert(WorkProcess, work_processes)
        codes = {module_id: code for code, module_id in module_ids.items()}
        self._work_processes = {(codes[row["module_id"]], row["code"]): row["id"]
                                for row in work_processes}
        return module_ids

    def _planned_absences(self, groups: list[DemoGroup]) -> list[Row]:
        """A few absences phoned in ahead, so the register shows them prefilled."""
        rows: list[Row] = []
        horizon = self.today + timedelta(days=7)
        for group in groups:
            upcoming = [x for x in group.lessons
                        if self.today <= x.day <= horizon and not x.cancelled]
            if not upcoming:
                continue
            for enrolment in group.enrolments:
                if enrolment.status != "actief" or self.rng.random() >= 0.03:
                    continue
                lesson = self.rng.choice(upcoming)
                sick = lesson.day == self.today
                recorded = to_utc(datetime.combine(self.today if sick else self.today
                                                   - timedelta(days=1), time(7, 30)))
                row = self.stamper.descriptive(group.site.id, actor="beheer")
                row.update({
                    "created_at": recorded, "updated_at": recorded,
                    "hlc": self.stamper.hlc(epoch_ms(recorded)),
                    "participant_id": enrolment.participant.id, "from_date": lesson.day,
                    "to_date": lesson.day, "lesson_id": None,
                    "kind": "ziek" if sick else "geoorloofd",
                    "note": None if sick else "Verlof aangevraagd door leerbedrijf",
                    "recorded_by": "beheer", "recorded_at": recorded})
                rows.append(row)
        return rows
