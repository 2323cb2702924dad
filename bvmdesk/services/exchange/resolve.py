"""References between sheets and to the database, and what each row will do (upsert).

Existing keys are loaded once per table into dictionaries; every reference is then a
dictionary lookup, so the cost grows with the file, not with per-row queries.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, exists, select
from sqlalchemy.orm import Session, aliased

from bvmdesk.db.models import (
    AttendanceMark,
    Company,
    Enrolment,
    Group,
    Holiday,
    Lesson,
    Module,
    Participant,
    Site,
    User,
    WorkplaceTrainer,
)
from bvmdesk.domain.hours import normalised_status
from bvmdesk.domain.marks import current_marks
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.assess_apply import AssessmentPlan, plan_assessments, wanted
from bvmdesk.services.exchange.format import Sheet
from bvmdesk.services.exchange.results import CellError, ImportSummary, SheetCounts
from bvmdesk.services.exchange.validate import CHUNK, ParsedWorkbook, Record
from bvmdesk.services.participants import participant_search_key

Key = tuple[Any, ...]
_LESSON_CHUNK = 500


class TablePlan:
    """The existing rows of one table by key, and the inserts and updates planned for it."""

    def __init__(self, s: Session, model: Any, columns: tuple[str, ...],
                 key: tuple[str, ...]) -> None:
        self.model = model
        self.table: Table = model.__table__
        self.columns = columns
        self._key_index = [columns.index(k) for k in key]
        self.existing: dict[Key, tuple[uuid.UUID, tuple[Any, ...], bool]] = {}
        c = self.table.c
        for row in s.execute(select(c.id, c.deleted_at, *[c[name] for name in columns])):
            values = tuple(row[2:])
            self.existing[self.key_of(values)] = (row[0], values, row[1] is not None)
        self.ids: dict[Key, uuid.UUID] = {k: v[0] for k, v in self.existing.items()}
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.counts = [0, 0, 0]  # created, updated, unchanged

    def key_of(self, values: tuple[Any, ...]) -> Key:
        return tuple(values[i] for i in self._key_index)

    def upsert(self, values: tuple[Any, ...]) -> uuid.UUID:
        """Plan `values` (in `columns` order): a new row, an update, or nothing."""
        key = self.key_of(values)
        found = self.existing.get(key)
        if found is None:
            row_id = uuid.uuid4()
            self.inserts.append({"id": row_id, **dict(zip(self.columns, values, strict=True))})
            self.existing[key] = (row_id, values, False)
            self.ids[key] = row_id
            self.counts[0] += 1
            return row_id
        row_id, old, deleted = found
        if deleted or old != values:
            self.updates.append({"b_id": row_id, **dict(zip(self.columns, values, strict=True))})
            self.existing[key] = (row_id, values, False)
            self.counts[1] += 1
        else:
            self.counts[2] += 1
        return row_id


@dataclass
class Resolution:
    """Everything an import will write, in order, or the errors that stop it."""

    errors: list[CellError]
    counts: dict[str, list[int]]
    tables: list[TablePlan]
    # (record, lesson id, participant id, id of the mark it supersedes or None)
    marks: list[tuple[Record, uuid.UUID, uuid.UUID, uuid.UUID | None]] = field(
        default_factory=list)
    assessments: AssessmentPlan | None = None  # only when the file has those sheets

    def summary(self, sheets: list[str]) -> ImportSummary:
        return ImportSummary(tuple((name, SheetCounts(*self.counts[name])) for name in sheets))


class Resolver:
    """Resolves a parsed workbook against one session (read or write)."""

    def __init__(self, s: Session, parsed: ParsedWorkbook, tick: Callable[[int], None]) -> None:
        self._s = s
        self._parsed = parsed
        self._tick = tick
        self._errors: list[CellError] = []
        self._done = 0

    def run(self) -> Resolution:
        s = self._s
        sites = TablePlan(s, Site, ("code", "name", "city"), ("code",))
        companies = TablePlan(s, Company, ("code", "name", "sbb_id", "city"), ("code",))
        trainers = TablePlan(s, WorkplaceTrainer,
                             ("code", "name", "company_id", "email", "phone"), ("code",))
        modules = TablePlan(s, Module, ("code", "name", "crebo", "level", "planned_hours",
                                        "min_attendance_pct", "certificate_kind",
                                        "validity_years"), ("code",))
        participants = TablePlan(s, Participant, (
            "number", "first_names", "prefix", "last_name", "birth_date", "type", "school",
            "student_number", "funder", "company_id", "badge", "email", "phone",
            "search_text"), ("number",))
        groups = TablePlan(s, Group, ("code", "name", "module_id", "location_id",
                                      "instructor_id", "instructor_name", "start_date",
                                      "end_date"), ("code",))
        enrolments = TablePlan(s, Enrolment, ("participant_id", "group_id", "start_date",
                                              "end_date", "status", "company_id",
                                              "trainer_id"), ("participant_id", "group_id"))
        lessons = TablePlan(s, Lesson, ("group_id", "date", "start_time", "end_time",
                                        "instructor_id", "instructor_name", "topic",
                                        "cancelled"), ("group_id", "date", "start_time"))
        holidays = TablePlan(s, Holiday, ("location_id", "first_day", "last_day", "name"),
                             ("location_id", "first_day"))
        self._users = self._load_users()
        p = self._parsed
        for record in self._records(fmt.LOCATIONS):
            sites.upsert(record[1:])
        for record in self._records(fmt.COMPANIES):
            companies.upsert(record[1:])
        for record in self._records(fmt.TRAINERS):
            _row, code, name, company, email, phone = record
            company_id = self._ref(record, "leerbedrijf", company, companies, fmt.COMPANIES)
            if company_id is not None:
                trainers.upsert((code, name, company_id, email, phone))
        for record in self._records(fmt.MODULES):
            modules.upsert(record[1:])
        self._participants(participants, companies)
        for record in self._records(fmt.GROUPS):
            _row, code, name, module, location, teacher, start, end = record
            module_id = self._ref(record, "module", module, modules, fmt.MODULES)
            location_id = self._ref(record, "locatie", location, sites, fmt.LOCATIONS)
            if module_id is not None and location_id is not None:
                groups.upsert((code, name, module_id, location_id, *self._teacher(teacher),
                               start, end))
        self._enrolments(enrolments, participants, groups, trainers)
        for record in self._records(fmt.LESSONS):
            _row, group, day, start, end, teacher, topic, cancelled = record
            group_id = self._ref(record, "groep", group, groups, fmt.GROUPS)
            if group_id is not None:
                lessons.upsert((group_id, day, start, end, *self._teacher(teacher), topic,
                                cancelled))
        marks = self._marks(p, groups, lessons, participants, enrolments)
        for record in self._records(fmt.HOLIDAYS):
            _row, location, first, last, name = record
            location_id = self._ref(record, "locatie", location, sites, fmt.LOCATIONS)
            if location_id is not None:
                holidays.upsert((location_id, first, last, name))
        tables = [sites, companies, trainers, modules, participants, groups, enrolments,
                  lessons, holidays]
        counts = {sheet.name: table.counts for sheet, table in zip(
            (fmt.LOCATIONS, fmt.COMPANIES, fmt.TRAINERS, fmt.MODULES, fmt.PARTICIPANTS,
             fmt.GROUPS, fmt.ENROLMENTS, fmt.LESSONS, fmt.HOLIDAYS), tables, strict=True)}
        counts[fmt.MARKS.name] = self._mark_counts
        assessments = None
        if wanted(p):
            self._current = fmt.FORMS
            assessments = plan_assessments(
                s, p, self._errors, {"modules": modules, "participants": participants,
                                     "groups": groups, "enrolments": enrolments},
                self._users, self._step)
            counts.update(assessments.counts)
        return Resolution(self._errors, counts, tables, marks, assessments)

    # --- helpers ---------------------------------------------------------------------
    def _records(self, sheet: Sheet) -> list[Record]:
        records = self._parsed.records(sheet)
        self._current = sheet
        return records

    def _step(self) -> None:
        self._done += 1
        if self._done % CHUNK == 0:
            self._tick(CHUNK)

    def _ref(self, record: Record, column: str, value: Any, table: TablePlan,
             target: Sheet) -> uuid.UUID | None:
        """The id that `value` names in `table` (file or database), or None and an error."""
        self._step()
        found = table.ids.get((value,))
        if found is None and value is not None and not self._parsed.seen(target, (value,)):
            self._missing(record[0], column, f"{column} '{value}'", target)
        return found

    def _missing(self, row: int, column: str, what: str, target: Sheet) -> None:
        self._errors.append(CellError(
            self._current.name, row, column,
            f"{what} bestaat niet (niet in het blad {target.name} en niet in de database)"))

    def _load_users(self) -> dict[str, uuid.UUID]:
        users: dict[str, uuid.UUID] = {}
        rows = self._s.execute(select(User.id, User.username)).all()
        for user_id, username in rows:
            users.setdefault(username.lower(), user_id)
        for user_id, username in rows:
            users[username] = user_id
        return users

    def _teacher(self, teacher: str | None) -> tuple[uuid.UUID | None, str | None]:
        """An account when `docent` is a username (exact, else ignoring case), else the text."""
        if teacher is None:
            return None, None
        user_id = self._users.get(teacher) or self._users.get(teacher.lower())
        return (user_id, None) if user_id else (None, teacher)

    def _participants(self, participants: TablePlan, companies: TablePlan) -> None:
        records = self._records(fmt.PARTICIPANTS)
        # A badge is unique: refuse one that another participant has after this import
        # (in the database and not given a new one here, or in an earlier row of the file).
        badges: dict[str, str | None] = {
            values[0]: values[10] for _, values, _ in participants.existing.values()}
        file_rows: dict[str, int] = {}
        for record in records:
            badges[record[1]] = record[11]
            file_rows[record[1]] = record[0]
        owners: dict[str, list[str]] = defaultdict(list)
        for number, badge in badges.items():
            if badge is not None:
                owners[badge].append(number)
        for record in records:
            (row, number, first, prefix, last, born, kind, school, student, funder, company,
             badge, email, phone) = record
            company_id = self._ref(record, "leerbedrijf", company, companies, fmt.COMPANIES)
            if company is not None and company_id is None:
                continue
            clash = sorted(n for n in owners[badge or ""] if n != number
                           and file_rows.get(n, 0) < row) if badge is not None else []
            if clash:
                others = ", ".join(clash)
                self._errors.append(CellError(fmt.PARTICIPANTS.name, row, "badge",
                                              f"badge '{badge}' is al in gebruik bij "
                                              f"deelnemer {others}"))
                continue
            search = participant_search_key(first, prefix, last, number, badge)
            participants.upsert((number, first, prefix, last, born, kind, school, student,
                                 funder, company_id, badge, email, phone, search))

    def _enrolments(self, enrolments: TablePlan, participants: TablePlan, groups: TablePlan,
                    trainers: TablePlan) -> None:
        trainer_company = {key: values[2] for key, (_, values, _) in trainers.existing.items()}
        person_company = {key: values[9]
                          for key, (_, values, _) in participants.existing.items()}
        for record in self._records(fmt.ENROLMENTS):
            _row, person, group, start, end, trainer, status = record
            person_id = self._ref(record, "deelnemer", person, participants,
                                  fmt.PARTICIPANTS)
            group_id = self._ref(record, "groep", group, groups, fmt.GROUPS)
            trainer_id = self._ref(record, "praktijkopleider", trainer, trainers,
                                   fmt.TRAINERS)
            if person_id is None or group_id is None or (trainer and trainer_id is None):
                continue
            # For bpv: the trainer's company, else the participant's own leerbedrijf.
            company_id = (trainer_company.get((trainer,)) if trainer
                          else person_company.get((person,)))
            enrolments.upsert((person_id, group_id, start, end, status, company_id,
                               trainer_id))

    def _marks(self, parsed: ParsedWorkbook, groups: TablePlan, lessons: TablePlan,
               participants: TablePlan, enrolments: TablePlan,
               ) -> list[tuple[Record, uuid.UUID, uuid.UUID, uuid.UUID | None]]:
        self._mark_counts = [0, 0, 0]
        records = self._records(fmt.MARKS)
        if not records:
            return []
        enrolled = {key for key, (_, _, deleted) in enrolments.existing.items()
                    if not deleted}
        existing_lessons = {row_id for row_id, _, _ in lessons.existing.values()}
        current = self._current_marks(existing_lessons)
        group_ids, lesson_ids, person_ids = groups.ids, lessons.ids, participants.ids
        planned: list[tuple[Record, uuid.UUID, uuid.UUID, uuid.UUID | None]] = []
        counts = self._mark_counts
        for record in records:
            self._step()
            row, group, day, start, person, status, arrival, departure, note = record
            group_id = group_ids.get((group,))
            person_id = person_ids.get((person,))
            if group_id is None:
                if not parsed.seen(fmt.GROUPS, (group,)):
                    self._missing(row, "groep", f"groep '{group}'", fmt.GROUPS)
                continue
            lesson_id = lesson_ids.get((group_id, day, start))
            if lesson_id is None:
                if not parsed.seen(fmt.LESSONS, (group, day, start)):
                    self._missing(row, "datum", f"de les van groep '{group}' op "
                                  f"{day.isoformat()} om {start:%H:%M}", fmt.LESSONS)
                continue
            if person_id is None:
                if not parsed.seen(fmt.PARTICIPANTS, (person,)):
                    self._missing(row, "deelnemer", f"deelnemer '{person}'", fmt.PARTICIPANTS)
                continue
            if (person_id, group_id) not in enrolled:
                if not parsed.seen(fmt.ENROLMENTS, (person, group)):
                    self._errors.append(CellError(
                        fmt.MARKS.name, row, "deelnemer",
                        f"deelnemer '{person}' is niet ingeschreven in groep '{group}' (niet "
                        "in het blad Inschrijvingen en niet in de database)"))
                continue
            # The status as the register would store it (aanwezig with aanwezig_van after
            # the start is te_laat); the current mark is compared normalised too, so that
            # importing the same file again changes nothing, also over a mark stored
            # before the rule.
            end = lessons.existing[(group_id, day, start)][1][3]
            normal = normalised_status(status, start, end, arrival, departure)
            if normal != status:
                status, record = normal, (*record[:5], normal, *record[6:])
            old = current.get((lesson_id, person_id))
            if old is None:
                planned.append((record, lesson_id, person_id, None))
                counts[0] += 1
            elif (normalised_status(old[1], start, end, *old[2:4]), *old[2:]) == (
                    status, arrival, departure, note):
                counts[2] += 1
            else:
                planned.append((record, lesson_id, person_id, old[0]))
                counts[1] += 1
        return planned

    def _current_marks(self, lesson_ids: set[uuid.UUID]) -> dict[Key, tuple[Any, ...]]:
        """The current mark (the one nothing supersedes; highest hlc) per lesson and person."""
        if not lesson_ids:
            return {}
        mark = AttendanceMark.__table__.c
        later = aliased(AttendanceMark)
        base = select(mark.lesson_id, mark.participant_id, mark.id, mark.supersedes_id,
                      mark.hlc, Site.code, mark.status, mark.arrival_time,
                      mark.departure_time, mark.note).outerjoin(
            Site, Site.id == mark.site_id).where(~exists().where(later.supersedes_id == mark.id))
        ids = sorted(lesson_ids)
        chunks = [base] if len(ids) > 20 * _LESSON_CHUNK else [
            base.where(mark.lesson_id.in_(ids[i:i + _LESSON_CHUNK]))
            for i in range(0, len(ids), _LESSON_CHUNK)]
        heads = current_marks(((r[0], r[1]), *r[2:])
                              for stmt in chunks for r in self._s.execute(stmt))
        # (id, status, arrival, departure, note) per key, as the planner compares them
        return {key: (head[1], *head[5:]) for key, head in heads.items()}
