"""Everything in the exchange format: a workbook, or a folder with one CSV per sheet.

Rows are sorted by their key columns in Python (not SQL, whose collation differs per
database), and nothing depends on the moment of export: the same data gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from bvmdesk.db.models import (
    AttendanceMark,
    Certificate,
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
from bvmdesk.services.exchange.assess_export import assessment_sheets
from bvmdesk.services.exchange.cells import escape_csv
from bvmdesk.services.exchange.format import EXPORT_SHEETS, Kind, Sheet
from bvmdesk.services.exchange.signoff_export import signoff_sheets

Cell = str | int | float | None
SheetRows = dict[str, list[tuple[Cell, ...]]]
RawRows = dict[str, list[tuple[Any, ...]]]


def _text(value: Any) -> Cell:
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _live(model: Any) -> Any:
    return model.__table__.c.deleted_at.is_(None)


def _codes(s: Session, model: Any, column: str = "code") -> dict[uuid.UUID, str]:
    table = model.__table__
    return {row_id: code for row_id, code in s.execute(
        select(table.c.id, table.c[column]).where(_live(model)))}


class Collector:
    """Reads the whole administration into sorted rows of cells, sheet by sheet."""

    def __init__(self, s: Session, tick: Callable[[int], None]) -> None:
        self._s = s
        self._tick = tick

    def _rows(self, stmt: Any) -> list[Any]:
        rows = list(self._s.execute(stmt))
        self._tick(len(rows))
        return rows

    def collect(self) -> SheetRows:
        s = self._s
        sites, companies = _codes(s, Site), _codes(s, Company)
        trainers, modules = _codes(s, WorkplaceTrainer), _codes(s, Module)
        groups, people = _codes(s, Group), _codes(s, Participant, "number")
        users = {user_id: name for user_id, name in s.execute(select(User.id, User.username))}
        out: RawRows = {}
        out[fmt.LOCATIONS.name] = [(r.code, r.name, r.city) for r in self._rows(
            select(Site.code, Site.name, Site.city).where(_live(Site)))]
        out[fmt.COMPANIES.name] = [tuple(r) for r in self._rows(
            select(Company.code, Company.name, Company.sbb_id, Company.city)
            .where(_live(Company)))]
        out[fmt.TRAINERS.name] = [
            (r.code, r.name, companies.get(r.company_id), r.email, r.phone)
            for r in self._rows(select(WorkplaceTrainer.code, WorkplaceTrainer.name,
                                       WorkplaceTrainer.company_id, WorkplaceTrainer.email,
                                       WorkplaceTrainer.phone).where(_live(WorkplaceTrainer)))]
        out[fmt.MODULES.name] = [tuple(r) for r in self._rows(
            select(Module.code, Module.name, Module.crebo, Module.level, Module.planned_hours,
                   Module.min_attendance_pct, Module.certificate_kind, Module.validity_years)
            .where(_live(Module)))]
        p = Participant.__table__.c
        out[fmt.PARTICIPANTS.name] = [
            (r.number, r.first_names, r.prefix, r.last_name, r.birth_date, r.type, r.school,
             r.student_number, r.funder, companies.get(r.company_id), r.badge, r.email,
             r.phone)
            for r in self._rows(select(
                p.number, p.first_names, p.prefix, p.last_name, p.birth_date, p.type,
                p.school, p.student_number, p.funder, p.company_id, p.badge, p.email,
                p.phone).where(_live(Participant)))]
        out[fmt.GROUPS.name] = [
            (r.code, r.name, modules.get(r.module_id), sites.get(r.location_id),
             users.get(r.instructor_id) if r.instructor_id else r.instructor_name,
             r.start_date, r.end_date)
            for r in self._rows(select(Group.code, Group.name, Group.module_id,
                                       Group.location_id, Group.instructor_id,
                                       Group.instructor_name, Group.start_date,
                                       Group.end_date).where(_live(Group)))]
        out[fmt.ENROLMENTS.name] = [
            (people.get(r.participant_id), groups.get(r.group_id), r.start_date, r.end_date,
             trainers.get(r.trainer_id) if r.trainer_id else None, r.status)
            for r in self._rows(select(Enrolment.participant_id, Enrolment.group_id,
                                       Enrolment.start_date, Enrolment.end_date,
                                       Enrolment.trainer_id, Enrolment.status)
                                .where(_live(Enrolment)))]
        lessons: dict[uuid.UUID, tuple[Any, ...]] = {}
        ends: dict[uuid.UUID, time] = {}
        lesson_rows: list[tuple[Any, ...]] = []
        for r in self._rows(select(Lesson.id, Lesson.group_id, Lesson.date, Lesson.start_time,
                                   Lesson.end_time, Lesson.instructor_id,
                                   Lesson.instructor_name, Lesson.topic, Lesson.cancelled)
                            .where(_live(Lesson))):
            group = groups.get(r.group_id)
            lessons[r.id] = (group, r.date, r.start_time)
            ends[r.id] = r.end_time
            lesson_rows.append((group, r.date, r.start_time, r.end_time,
                                users.get(r.instructor_id) if r.instructor_id
                                else r.instructor_name, r.topic, bool(r.cancelled)))
        out[fmt.LESSONS.name] = lesson_rows
        out[fmt.MARKS.name] = self._marks(lessons, ends, people)
        out[fmt.HOLIDAYS.name] = [
            (sites.get(r.location_id), r.first_day, r.last_day, r.name)
            for r in self._rows(select(Holiday.location_id, Holiday.first_day,
                                       Holiday.last_day, Holiday.name).where(_live(Holiday)))]
        out.update(assessment_sheets(self._rows, modules, people, users))
        out.update(signoff_sheets(self._rows, modules, people, trainers))
        out[fmt.CERTIFICATES.name] = self._certificates()
        return {sheet.name: _sorted(sheet, out[sheet.name]) for sheet in EXPORT_SHEETS}

    def _certificates(self) -> list[tuple[Any, ...]]:
        """The register of issued certificates (export only): the module and the issue
        date as the certificate states them (its frozen snapshot), the participant by the
        number of the person (a removed person's too), the status in Dutch."""
        numbers = {row_id: number for row_id, number in self._s.execute(
            select(Participant.id, Participant.number))}
        rows = []
        for r in self._rows(select(Certificate.number, Certificate.participant_id,
                                   Certificate.kind, Certificate.issued_at,
                                   Certificate.snapshot, Certificate.status,
                                   Certificate.sha256, Certificate.expires_on)):
            snapshot = r.snapshot if isinstance(r.snapshot, dict) else {}
            issued = snapshot.get("issued_on") or r.issued_at.date().isoformat()
            rows.append((r.number,
                         numbers.get(r.participant_id, snapshot.get("participant_number")),
                         r.kind, snapshot.get("module_code"), issued,
                         r.status, r.sha256,
                         r.expires_on))
        return rows

    def _marks(self, lessons: dict[uuid.UUID, tuple[Any, ...]], ends: dict[uuid.UUID, time],
               people: dict[uuid.UUID, str]) -> list[tuple[Any, ...]]:
        """The current mark of each lesson and participant (nothing supersedes it), with
        its status normalised (`hours.normalised_status`) as an import would store it: a
        mark stored before that rule round-trips, and importing the export changes nothing."""
        mark = AttendanceMark.__table__.c
        later = aliased(AttendanceMark)
        heads = current_marks(
            ((r[0], r[1]), *r[2:]) for r in self._rows(
                select(mark.lesson_id, mark.participant_id, mark.id, mark.supersedes_id,
                       mark.hlc, Site.code, mark.status, mark.arrival_time,
                       mark.departure_time, mark.note)
                .outerjoin(Site, Site.id == mark.site_id)
                .where(~exists().where(later.supersedes_id == mark.id))))
        rows = []
        for (lesson_id, person_id), *_, status, arrival, departure, note in heads.values():
            lesson, person = lessons.get(lesson_id), people.get(person_id)
            # A withdrawn mark (status None, an undo) means: not marked, so no row.
            if lesson is not None and person is not None and status is not None:
                status = normalised_status(status, lesson[2], ends[lesson_id], arrival,
                                           departure)
                rows.append((*lesson, person, status, arrival, departure, note))
        return rows


def _sorted(sheet: Sheet, rows: list[tuple[Any, ...]]) -> list[tuple[Cell, ...]]:
    cells = [tuple(_text(v) for v in row) for row in rows]
    positions = [sheet.index(k) for k in sheet.key]
    if any(sheet.columns[i].kind is Kind.INT for i in positions):  # criteria by number
        cells.sort(key=lambda row: tuple(
            (row[i], "") if isinstance(row[i], int) else (0, str(row[i] or ""))
            for i in positions))
    else:
        cells.sort(key=lambda row: tuple(str(row[i] or "") for i in positions))
    return cells


def write_csv_folder(folder: Path, rows: SheetRows) -> None:
    """One `SHEET.csv` per sheet (UTF-8 with BOM, `;`, CRLF), and nothing else."""
    folder.mkdir(parents=True, exist_ok=True)
    for sheet in EXPORT_SHEETS:
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(sheet.names)
        for row in rows[sheet.name]:
            writer.writerow(["" if v is None else escape_csv(v) if isinstance(v, str) else v
                             for v in row])
        (folder / f"{sheet.name}.csv").write_bytes(buffer.getvalue().encode("utf-8-sig"))


def write_workbook(path: Path, rows: SheetRows) -> None:
    """A workbook with every sheet; every text is a text cell, never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    for sheet in EXPORT_SHEETS:
        ws = workbook.create_sheet(sheet.name)
        ws.append(list(sheet.names))
        for row in rows[sheet.name]:
            values: list[Any] = []
            for value in row:
                if isinstance(value, str) and value.startswith("="):
                    cell = WriteOnlyCell(ws, value)
                    cell.data_type = "s"  # openpyxl would otherwise store a formula
                    values.append(cell)
                else:
                    values.append(value)
            ws.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


def deterministic_zip(data: bytes) -> bytes:
    """The same workbook without the moment of saving (zip times, core.xml modified)."""
    import re
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                                 rb"\g<1>2000-01-01T00:00:00Z", content)
            target.writestr(zipfile.ZipInfo(item.filename, (1980, 1, 1, 0, 0, 0)), content,
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
