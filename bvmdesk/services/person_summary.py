"""The readable summary of an access export (`overzicht.pdf`), from the rows `person_rows`
found and a few reads of the same session (lessons, assessment results, bpv-hour totals)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Assessment, Lesson, Participant
from bvmdesk.domain.clock import to_local
from bvmdesk.domain.enums import participant_type_label
from bvmdesk.domain.hours import Minutes, mark_minutes
from bvmdesk.domain.marks import current_marks
from bvmdesk.domain.text import display_name
from bvmdesk.reports.person_model import (
    PersonSummary,
    SummaryAssessment,
    SummaryAttendance,
    SummaryCertificate,
    SummaryEnrolment,
    SummaryHours,
    SummarySignOff,
)
from bvmdesk.services.assessment_read import base_query, load_summaries
from bvmdesk.services.hours_read import load_hours, norms
from bvmdesk.services.person_rows import PersonRows
from bvmdesk.services.signoff_read import enrolment_refs

TABLE_LABELS: dict[str, str] = {
    "participants": "Persoonsgegevens",
    "enrolments": "Inschrijvingen",
    "attendance_marks": "Presentieregels (met correcties)",
    "planned_absences": "Vooraf gemelde afwezigheid",
    "verzuim_handovers": "Verzuimmeldingen aan de school",
    "assessments": "Beoordelingen (alle versies)",
    "ratings": "Scores per criterium",
    "signoff_cards": "Afgedrukte aftekenkaarten",
    "signoffs": "Aftekeningen (met intrekkingen)",
    "placement_hours": "Bpv-uren per week (met wijzigingen)",
    "hours_approvals": "Goedkeuringen van bpv-uren",
    "hours_approval_items": "Goedgekeurde weken",
    "eligibility_overrides": "Toestemmingen van de beheerder voor een certificaat",
    "certificates": "Certificaten",
    "attachments": "Bijlagen",
}


def table_label(table: str) -> str:
    """The Dutch name of what a table holds (the table name itself for a new table)."""
    return TABLE_LABELS.get(table, table)


def build_summary(s: Session, found: PersonRows, today: date, made_at: datetime,
                  made_by: str, certificate_files: dict[uuid.UUID, str]) -> PersonSummary:
    """The summary of everything `found` holds.

    Args:
        today: the export's day: attendance counts the lessons held up to it.
        made_at: the local time the export was made.
        certificate_files: certificate id -> its file name in the zip.
    """
    person = found.rows["participants"][found.participant_id]
    name = display_name(person["first_names"], person["prefix"], person["last_name"])
    groups = found.context.get("groups", {})
    return PersonSummary(
        number=person["number"], name=name, details=_details(found, person, name),
        enrolments=_enrolments(found),
        attendance=_attendance(s, found, today),
        assessments=_assessments(s, found),
        signoffs=_signoffs(found, groups),
        hours=_hours(s, found),
        certificates=_certificates(found, certificate_files),
        counts=tuple((table_label(t), len(found.rows[t])) for t in sorted(
            found.rows, key=lambda t: (list(TABLE_LABELS).index(t) if t in TABLE_LABELS
                                       else len(TABLE_LABELS), t))
            if found.rows[t] and t != "attachments"),
        attachments=len(found.rows.get("attachments", {})),
        audit_events=len(found.audit), made_at=made_at, made_by=made_by)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{to_local(value):%d-%m-%Y %H:%M}"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def _details(found: PersonRows, person: dict[str, Any], name: str) -> tuple[tuple[str, str],
                                                                              ...]:
    company = found.context.get("companies", {}).get(person["company_id"])
    site = found.context.get("sites", {}).get(person["site_id"])
    pairs = [
        ("Naam", name), ("Nummer", person["number"]), ("Voornamen", person["first_names"]),
        ("Tussenvoegsel", person["prefix"] or ""), ("Achternaam", person["last_name"]),
        ("Geboortedatum", _text(person["birth_date"])),
        ("Doelgroep", participant_type_label(person["type"])),
        ("School", person["school"] or ""), ("Studentnummer", person["student_number"] or ""),
        ("Financier", person["funder"] or ""),
        ("Leerbedrijf", f"{company['name']} ({company['code']})" if company else ""),
        ("Badge", person["badge"] or ""), ("E-mail", person["email"] or ""),
        ("Telefoon", person["phone"] or ""), ("Notitie", person["note"] or ""),
        ("Vastgelegd door locatie", f"{site['code']} {site['name']}" if site else ""),
        ("Vastgelegd op", _text(person["created_at"])),
        ("Laatst gewijzigd op", _text(person["updated_at"])),
    ]
    if person.get("deleted_at") is not None:
        pairs.append(("Verwijderd op", _text(person["deleted_at"])))
    return tuple(pairs)


def _row(rows: dict[str, dict[uuid.UUID, dict[str, Any]]], table: str,
         row_id: uuid.UUID | None) -> dict[str, Any]:
    """The row `row_id` of `table` in `rows`, or an empty one."""
    return rows.get(table, {}).get(row_id, {}) if row_id is not None else {}


def _enrolments(found: PersonRows) -> tuple[SummaryEnrolment, ...]:
    context = found.context
    result = []
    for e in sorted(found.of("enrolments"), key=lambda e: (e["start_date"], str(e["id"]))):
        group = _row(context, "groups", e["group_id"])
        module = _row(context, "modules", group.get("module_id"))
        site = _row(context, "sites", group.get("location_id"))
        company = _row(context, "companies", e["company_id"])
        trainer = _row(context, "workplace_trainers", e["trainer_id"])
        result.append(SummaryEnrolment(
            group.get("code", ""), group.get("name", ""), module.get("name", ""),
            site.get("name", ""), e["start_date"], e["end_date"], e["status"],
            company.get("name"), trainer.get("name")))
    return tuple(result)


def _attendance(s: Session, found: PersonRows, today: date) -> tuple[SummaryAttendance, ...]:
    enrolments = found.of("enrolments")
    marks = found.of("attendance_marks")
    heads = current_marks((m["lesson_id"], m["id"], m["supersedes_id"], m["hlc"], "", m)
                          for m in marks)
    marked = {lesson_id: row[5] for lesson_id, row in heads.items()}
    group_ids = {e["group_id"] for e in enrolments}
    lessons_context = found.context.get("lessons", {})
    group_ids |= {lessons_context[i]["group_id"] for i in marked if i in lessons_context}
    if not group_ids:
        return ()
    windows: dict[uuid.UUID, list[tuple[date, date | None]]] = defaultdict(list)
    for e in enrolments:
        windows[e["group_id"]].append((e["start_date"], e["end_date"]))
    totals: dict[uuid.UUID, tuple[int, Minutes]] = {}
    for lesson in s.execute(
            select(Lesson.id, Lesson.group_id, Lesson.date, Lesson.start_time, Lesson.end_time,
                   Lesson.cancelled, Lesson.deleted_at)
            .where(Lesson.group_id.in_(list(group_ids)), Lesson.date <= today)):
        mark = marked.get(lesson.id)
        enrolled = any(start <= lesson.date and (end is None or lesson.date <= end)
                       for start, end in windows.get(lesson.group_id, ()))
        if mark is None and (not enrolled or lesson.deleted_at is not None):
            continue
        if lesson.cancelled:
            continue
        minutes = mark_minutes(lesson.start_time, lesson.end_time,
                               mark["status"] if mark else None,
                               mark["arrival_time"] if mark else None,
                               mark["departure_time"] if mark else None)
        count, held = totals.get(lesson.group_id, (0, Minutes()))
        totals[lesson.group_id] = (count + 1, held + minutes)
    groups = found.context.get("groups", {})
    return tuple(sorted((SummaryAttendance(
        groups.get(group_id, {}).get("code", ""), count, m.planned, m.attended, m.excused,
        m.unexcused, m.unmarked, m.percentage) for group_id, (count, m) in totals.items()),
        key=lambda a: a.group))


def _assessments(s: Session, found: PersonRows) -> tuple[SummaryAssessment, ...]:
    if not found.rows.get("assessments"):
        return ()
    items = load_summaries(s, base_query().where(Participant.id == found.participant_id)
                           .order_by(Assessment.date, Assessment.code,
                                     Assessment.version))
    return tuple(SummaryAssessment(
        a.code, a.version, f"{a.form_code} {a.form_name}", a.group_code, a.date, a.status,
        a.passed, a.assessor_name, a.superseded_by_id is not None) for a in items)


def _signoffs(found: PersonRows, groups: dict[uuid.UUID, dict[str, Any]]
              ) -> tuple[SummarySignOff, ...]:
    rows = found.of("signoffs")
    withdrawn = {r["withdraws_id"] for r in rows if r["withdraws_id"] is not None}
    enrolments = found.rows.get("enrolments", {})
    tasks = found.context.get("signoff_tasks", {})
    trainers = found.context.get("workplace_trainers", {})
    result = []
    for r in sorted(rows, key=lambda r: (r["date"], str(r["created_at"]), str(r["id"]))):
        group = _row({"groups": groups}, "groups",
                     enrolments.get(r["enrolment_id"], {}).get("group_id"))
        task = tasks.get(r["task_id"], {})
        result.append(SummarySignOff(
            r["date"], group.get("code", ""),
            f"{task.get('code', '')} {task.get('description', '')}".strip(),
            trainers.get(r["trainer_id"], {}).get("name", ""),
            "imported" if r["imported"] else r["method"], r["id"] in withdrawn,
            r["withdraws_id"] is not None))
    return tuple(result)


def _hours(s: Session, found: PersonRows) -> tuple[SummaryHours, ...]:
    enrolment_ids = {r["enrolment_id"] for r in found.of("placement_hours")}
    if not enrolment_ids:
        return ()
    refs = enrolment_refs(s, enrolment_ids)
    loaded = load_hours(s, [r.id for r in refs])
    norm_of = norms(s, refs)
    result = []
    for ref in refs:
        hours = loaded[ref.id]
        totals = hours.totals(norm_of[ref.id])
        result.append(SummaryHours(ref.group_code, len(hours.current_rows()),
                                   totals.entered_minutes, totals.approved_minutes,
                                   totals.norm_hours))
    return tuple(sorted(result, key=lambda h: h.group))


def _certificates(found: PersonRows, files: dict[uuid.UUID, str]
                  ) -> tuple[SummaryCertificate, ...]:
    result = []
    for c in sorted(found.of("certificates"), key=lambda c: (c["issued_at"], c["number"])):
        snapshot = c["snapshot"] if isinstance(c["snapshot"], dict) else {}
        module = str(snapshot.get("module_name") or snapshot.get("module_code") or "")
        result.append(SummaryCertificate(
            c["number"], c["kind"], module, c["issued_at"].date(), c["status"],
            c["expires_on"], c["revocation_reason"], files.get(c["id"], "")))
    return tuple(result)
