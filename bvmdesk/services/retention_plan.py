"""What has passed its retention term, as rows to purge: read inside the caller's session.

`due_people`, `due_attendance` and `due_assessments` find what is due per category
(domain.retention); `person_rows` expands people into every row that belongs to them.
A `Plan` lists fact rows per table in an order the foreign keys allow (referring rows
first); the person plan adds the descriptive rows (enrolments, the participant) that go
or stay behind as a tombstone (when an issued certificate refers to them).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Assessment,
    Attachment,
    AttendanceMark,
    Certificate,
    EligibilityOverride,
    Enrolment,
    Group,
    HoursApproval,
    HoursApprovalItem,
    Lesson,
    Participant,
    PlacementHours,
    PlannedAbsence,
    Rating,
    SignOff,
    SignOffCard,
    Site,
    VerzuimHandover,
)
from bvmdesk.domain.clock import to_local
from bvmdesk.domain.enums import AssessmentStatus
from bvmdesk.domain.retention import DEFAULT_TERMS, Category, RetentionTerms, cutoff, terms_of

CHUNK = 500
# Fact tables in an order in which each purge leaves no row behind that refers to it.
FACT_ORDER = ("ratings", "assessments", "signoffs", "attachments", "signoff_cards",
              "hours_approval_items", "hours_approvals", "placement_hours",
              "eligibility_overrides", "attendance_marks", "planned_absences",
              "verzuim_handovers")
# How the parts of a plan are named on screen and in the summary event.
PART_WORDS = {
    "participants": ("persoonsdossier", "persoonsdossiers"),
    "attendance_marks": ("presentieregel", "presentieregels"),
    "planned_absences": ("vooraf gemelde afwezigheid", "vooraf gemelde afwezigheden"),
    "verzuim_handovers": ("verzuimoverdracht", "verzuimoverdrachten"),
    "placement_hours": ("week bpv-uren", "weken bpv-uren"),
    "hours_approval_items": ("goedgekeurde week", "goedgekeurde weken"),
    "hours_approvals": ("goedkeuring bpv-uren", "goedkeuringen bpv-uren"),
    "assessments": ("beoordeling", "beoordelingen"),
    "ratings": ("beoordeelde criterium", "beoordeelde criteria"),
    "attachments": ("foto of scan", "foto's en scans"),
    "signoffs": ("aftekening", "aftekeningen"),
    "signoff_cards": ("aftekenkaart", "aftekenkaarten"),
    "eligibility_overrides": ("overrule van een voorwaarde", "overrules van voorwaarden"),
    "enrolments": ("inschrijving", "inschrijvingen"),
}
_UNIT_TABLE = {Category.PERSONAL: "participants", Category.ATTENDANCE: "attendance_marks",
               Category.ASSESSMENT: "assessments"}


def count_text(table: str, count: int) -> str:
    one, many = PART_WORDS.get(table, (table, table))
    return f"{count} {one if count == 1 else many}"


@dataclass
class Plan:
    """What one category purges."""

    category: Category
    units: int = 0                      # people, marks or assessments: what the count says
    oldest: date | None = None
    facts: dict[str, set[uuid.UUID]] = field(default_factory=lambda: defaultdict(set))
    people: list[uuid.UUID] = field(default_factory=list)
    enrolments: set[uuid.UUID] = field(default_factory=set)
    # Rows an issued certificate refers to: they stay, emptied of personal data.
    kept_enrolments: set[uuid.UUID] = field(default_factory=set)
    kept_people: set[uuid.UUID] = field(default_factory=set)

    def parts(self) -> list[tuple[str, int]]:
        """(table, count) of everything that goes: what the category counts first."""
        found = [("participants", len(self.people))] if self.people else []
        if self.enrolments:
            found.append(("enrolments", len(self.enrolments)))
        first = _UNIT_TABLE[self.category]
        tables = ([first] if self.facts.get(first) else []) + [
            t for t in FACT_ORDER if t != first and self.facts.get(t)]
        return found + [(t, len(self.facts[t])) for t in tables]


def chunks(ids: Iterable[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    values = sorted(set(ids), key=str)
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def site_terms(s: Session) -> dict[uuid.UUID, RetentionTerms]:
    return {site_id: terms_of(settings)
            for site_id, settings in s.execute(select(Site.id, Site.settings))}


def _terms(terms: dict[uuid.UUID, RetentionTerms], site_id: uuid.UUID | None
           ) -> RetentionTerms:
    return terms.get(site_id, DEFAULT_TERMS) if site_id is not None else DEFAULT_TERMS


def _earlier(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else min(a, b)


# --- persoonsdossier -----------------------------------------------------------------------
def due_people(s: Session, today: date) -> tuple[list[uuid.UUID], date | None]:
    """People whose file has passed its term, and the oldest end of such a file.

    A file ends when the last enrolment ended: every live enrolment has an end date, and
    the latest of them counts, whatever the status says (an enrolment left "actief" after
    its end date has ended all the same; one without an end date keeps the file); without
    live enrolments, at the later of the person's creation
    and the removal of their last enrolment. Already purged people (the tombstones an
    issued certificate keeps) are not due again.
    """
    terms = site_terms(s)
    enrolments: dict[uuid.UUID, list[tuple[uuid.UUID, date | None, str, date | None]]] = \
        defaultdict(list)
    for pid, location, end, status, deleted in s.execute(
            select(Enrolment.participant_id, Group.location_id, Enrolment.end_date,
                   Enrolment.status, Enrolment.deleted_at)
            .join(Group, Group.id == Enrolment.group_id)):
        enrolments[pid].append((location, end, status,
                                to_local(deleted).date() if deleted else None))
    due: list[uuid.UUID] = []
    oldest: date | None = None
    for pid, origin, created in s.execute(
            select(Participant.id, Participant.site_id, Participant.created_at)
            .where(Participant.last_name != "")):
        rows = enrolments.get(pid, [])
        live = [r for r in rows if r[3] is None]
        if any(end is None for _, end, _, _ in live):
            continue
        if live:
            ended = max(end for _, end, _, _ in live if end is not None)
        else:
            removed = [r[3] for r in rows if r[3] is not None]
            ended = max([to_local(created).date(), *removed])
        sites = {r[0] for r in rows} or {origin}
        months = max(_terms(terms, site).months(Category.PERSONAL) for site in sites)
        if ended < cutoff(today, months):
            due.append(pid)
            oldest = _earlier(oldest, ended)
    return due, oldest


def person_rows(s: Session, people: Sequence[uuid.UUID], plan: Plan) -> None:
    """Every row of `people` into `plan`: their enrolments and all that hangs on them,
    their marks, absences and handovers. Certificates stay (the register)."""
    plan.people = sorted(set(people), key=str)
    facts = plan.facts
    for chunk in chunks(people):
        plan.enrolments |= set(s.scalars(select(Enrolment.id)
                                         .where(Enrolment.participant_id.in_(chunk))))
        plan.kept_people |= set(s.scalars(select(Certificate.participant_id)
                                          .where(Certificate.participant_id.in_(chunk))))
        for table, model in (("attendance_marks", AttendanceMark),
                             ("planned_absences", PlannedAbsence),
                             ("verzuim_handovers", VerzuimHandover)):
            facts[table] |= set(s.scalars(select(model.id)
                                          .where(model.participant_id.in_(chunk))))
    assessments: set[uuid.UUID] = set()
    signoffs: set[uuid.UUID] = set()
    hours: set[uuid.UUID] = set()
    for chunk in chunks(plan.enrolments):
        plan.kept_enrolments |= {e for e in s.scalars(
            select(Certificate.enrolment_id).where(Certificate.enrolment_id.in_(chunk)))
            if e is not None}
        assessments |= set(s.scalars(select(Assessment.id)
                                     .where(Assessment.enrolment_id.in_(chunk))))
        hours |= set(s.scalars(select(PlacementHours.id)
                               .where(PlacementHours.enrolment_id.in_(chunk))))
        facts["signoff_cards"] |= set(s.scalars(select(SignOffCard.id)
                                                .where(SignOffCard.enrolment_id.in_(chunk))))
        facts["eligibility_overrides"] |= set(s.scalars(
            select(EligibilityOverride.id).where(EligibilityOverride.enrolment_id.in_(chunk))))
        for sid, evidence in s.execute(select(SignOff.id, SignOff.evidence_attachment_id)
                                       .where(SignOff.enrolment_id.in_(chunk))):
            signoffs.add(sid)
            if evidence is not None:
                facts["attachments"].add(evidence)
    facts["signoffs"] |= signoffs
    facts["attachments"] |= _attachments(s, "signoff", signoffs)
    _add_assessments(s, assessments, plan)
    _add_hours(s, hours, plan)
    plan.enrolments -= plan.kept_enrolments
    plan.units = len(plan.people)


def _attachments(s: Session, owner_type: str, owners: set[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for chunk in chunks(owners):
        found |= set(s.scalars(select(Attachment.id).where(
            Attachment.owner_type == owner_type, Attachment.owner_id.in_(chunk))))
    return found


def _add_assessments(s: Session, assessments: set[uuid.UUID], plan: Plan) -> None:
    plan.facts["assessments"] |= assessments
    for chunk in chunks(assessments):
        plan.facts["ratings"] |= set(s.scalars(select(Rating.id)
                                               .where(Rating.assessment_id.in_(chunk))))
    plan.facts["attachments"] |= _attachments(s, "assessment", assessments)


def _add_hours(s: Session, hours: set[uuid.UUID], plan: Plan) -> None:
    """Placement hours, their approval items, and the approvals (with their withdrawals)
    none of whose items stays."""
    plan.facts["placement_hours"] |= hours
    items: set[uuid.UUID] = set()
    approvals: set[uuid.UUID] = set()
    for chunk in chunks(hours):
        for item, approval in s.execute(
                select(HoursApprovalItem.id, HoursApprovalItem.approval_id)
                .where(HoursApprovalItem.placement_hours_id.in_(chunk))):
            items.add(item)
            approvals.add(approval)
    plan.facts["hours_approval_items"] |= items
    whole: set[uuid.UUID] = set()
    for chunk in chunks(approvals):
        staying = set(s.scalars(select(HoursApprovalItem.approval_id).where(
            HoursApprovalItem.approval_id.in_(chunk), HoursApprovalItem.id.not_in(items))
            .distinct())) if items else set()
        whole |= set(chunk) - staying
    frontier = set(whole)
    while frontier:  # withdrawals of an approval that goes, go with it
        found: set[uuid.UUID] = set()
        for chunk in chunks(frontier):
            found |= set(s.scalars(select(HoursApproval.id)
                                   .where(HoursApproval.withdraws_id.in_(chunk))))
        frontier = found - whole
        whole |= frontier
    plan.facts["hours_approvals"] |= whole


# --- presentie en financiersbewijs ---------------------------------------------------------
def due_attendance(s: Session, today: date, skip: frozenset[uuid.UUID] = frozenset()
                   ) -> Plan:
    """Marks of lessons more than the site's term ago, absences reported in advance and
    verzuim handovers that ended before the longest term, and the bpv hours of weeks
    before the term (with the approvals of only such weeks). Rows of the people in `skip`
    are left out (their whole file is due: they count there)."""
    plan = Plan(Category.ATTENDANCE)
    terms = site_terms(s)
    longest = max([t.months(Category.ATTENDANCE) for t in terms.values()]
                  + [DEFAULT_TERMS.months(Category.ATTENDANCE)])
    hours: set[uuid.UUID] = set()
    oldest: date | None = None
    for site_id, site_term in sorted(terms.items(), key=lambda kv: str(kv[0])):
        limit = cutoff(today, site_term.months(Category.ATTENDANCE))
        for mark, day, person in s.execute(
                select(AttendanceMark.id, Lesson.date, AttendanceMark.participant_id)
                .join(Lesson, Lesson.id == AttendanceMark.lesson_id)
                .join(Group, Group.id == Lesson.group_id)
                .where(Group.location_id == site_id, Lesson.date < limit)):
            if person in skip:
                continue
            plan.facts["attendance_marks"].add(mark)
            oldest = _earlier(oldest, day)
        year, week, _ = limit.isocalendar()
        for row_id, iso_year, iso_week, person in s.execute(
                select(PlacementHours.id, PlacementHours.iso_year, PlacementHours.iso_week,
                       Enrolment.participant_id)
                .join(Enrolment, Enrolment.id == PlacementHours.enrolment_id)
                .join(Group, Group.id == Enrolment.group_id)
                .where(Group.location_id == site_id,
                       or_(PlacementHours.iso_year < year,
                           and_(PlacementHours.iso_year == year,
                                PlacementHours.iso_week < week)))):
            if person in skip:
                continue
            hours.add(row_id)
            oldest = _earlier(oldest, date.fromisocalendar(iso_year, iso_week, 1))
    limit = cutoff(today, longest)
    for row_id, day, person in s.execute(
            select(PlannedAbsence.id, PlannedAbsence.from_date, PlannedAbsence.participant_id)
            .where(PlannedAbsence.to_date < limit)):
        if person in skip:
            continue
        plan.facts["planned_absences"].add(row_id)
        oldest = _earlier(oldest, day)
    for row_id, day, person in s.execute(
            select(VerzuimHandover.id, VerzuimHandover.window_start,
                   VerzuimHandover.participant_id)
            .where(VerzuimHandover.window_end < limit)):
        if person in skip:
            continue
        plan.facts["verzuim_handovers"].add(row_id)
        oldest = _earlier(oldest, day)
    _add_hours(s, _closed(s, hours, PlacementHours), plan)
    plan.units = len(plan.facts["attendance_marks"])
    plan.oldest = oldest
    return plan


def _closed(s: Session, due: set[uuid.UUID], model: type[PlacementHours] | type[Assessment]
            ) -> set[uuid.UUID]:
    """`due` without the rows that a row which is not due supersedes (a chain of
    corrections goes as a whole, when its newest row is due)."""
    due = set(due)
    while True:
        staying: set[uuid.UUID] = set()
        for chunk in chunks(due):
            for superseded, newer in s.execute(select(model.supersedes_id, model.id)
                                               .where(model.supersedes_id.in_(chunk))):
                if newer not in due and superseded is not None:
                    staying.add(superseded)
        if not staying:
            return due
        due -= staying


# --- beoordelingsbewijs --------------------------------------------------------------------
def due_assessments(s: Session, today: date, skip: frozenset[uuid.UUID] = frozenset()
                    ) -> Plan:
    """Final assessments completed more than the term of their group's site ago (with
    their ratings and photos); a corrected one goes with the correction that replaced it.
    Assessments of the people in `skip` are left out."""
    plan = Plan(Category.ASSESSMENT)
    terms = site_terms(s)
    dates: dict[uuid.UUID, date] = {}
    for row_id, finalised, day, location, person in s.execute(
            select(Assessment.id, Assessment.finalised_at, Assessment.date, Group.location_id,
                   Enrolment.participant_id)
            .join(Enrolment, Enrolment.id == Assessment.enrolment_id)
            .join(Group, Group.id == Enrolment.group_id)
            .where(Assessment.status == AssessmentStatus.FINAL.value)):
        if person in skip:
            continue
        completed = to_local(finalised).date() if finalised is not None else day
        if completed < cutoff(today, _terms(terms, location).months(Category.ASSESSMENT)):
            dates[row_id] = completed
    due = _closed(s, set(dates), Assessment)
    _add_assessments(s, due, plan)
    plan.units = len(due)
    plan.oldest = min((dates[a] for a in due), default=None)
    return plan


def count_due(s: Session, category: Category, today: date,
              skip: frozenset[uuid.UUID] = frozenset()) -> Plan:
    """The plan of `category` (for the overview and for the purge), without the rows of
    the people in `skip`."""
    if category is Category.PERSONAL:
        people, oldest = due_people(s, today)
        plan = Plan(category)
        person_rows(s, people, plan)
        plan.oldest = oldest
        return plan
    if category is Category.ATTENDANCE:
        return due_attendance(s, today, skip)
    return due_assessments(s, today, skip)

