"""Retention policy (Beheer > Bewaartermijnen, `bvmdesk retention`): the terms per site,
what has passed them, and the purge of it.

The purge runs one write transaction per category (persoonsdossiers, then presentie en
financiersbewijs, then beoordelingsbewijs): each category goes entirely or not at all, and
a Cancel stops before the next category's transaction begins. Fact rows go through
`services.retention.purge` (the permits the database triggers ask for, one `purge` event
per row); enrolments and participants are deleted with one `purge` event each, or, when an
issued certificate refers to them, kept as a tombstone without any personal data (the
register of issued certificates stays). Each category ends with one `retention.purge`
event that counts what went; no event names a person.

On SQLite the purge writes with `secure_delete` on and checkpoints the WAL afterwards, so
the deleted text does not linger in free pages of the file.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Enrolment, Participant, Site
from bvmdesk.db.session import Sessions, local_site_id, stamp_of
from bvmdesk.domain.enums import ParticipantType
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.retention import (
    CATEGORY_LABELS,
    SETTINGS_KEY,
    Category,
    RetentionTerms,
    terms_of,
    terms_text,
    validate_terms,
)
from bvmdesk.services import audit, retention
from bvmdesk.services.base import Actor, NotFound, ValidationFailed
from bvmdesk.services.retention_plan import (
    FACT_ORDER,
    Plan,
    chunks,
    count_due,
    count_text,
    site_terms,
)
from bvmdesk.services.retry import run_write

log = logging.getLogger(__name__)
SUMMARY_ACTION = "retention.purge"
ANONYMISE_ACTION = "retention.anonymise"
NEUTRAL_BIRTH_DATE = date(1900, 1, 1)
_ORDER = (Category.PERSONAL, Category.ATTENDANCE, Category.ASSESSMENT)
_STEP_TEXT = {
    Category.PERSONAL: "Persoonsdossiers verwijderen…",
    Category.ATTENDANCE: "Presentie en financiersbewijs verwijderen…",
    Category.ASSESSMENT: "Beoordelingsbewijs verwijderen…",
}
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CategoryDue:
    """One category in the overview: what has passed its term."""

    category: Category
    label: str                 # "Persoonsdossier"
    term: str                  # "2 jaar" (or "2 tot 3 jaar" when sites differ)
    due: int                   # people (personal), marks (attendance), assessments
    oldest: date | None
    parts: tuple[str, ...]     # "3 persoonsdossiers", "41 presentieregels", ...


@dataclass(frozen=True)
class SiteTerms:
    site_id: uuid.UUID
    code: str
    name: str
    terms: RetentionTerms
    local: bool


@dataclass(frozen=True)
class PurgeResult:
    """Units purged per category (people, marks, assessments), rows in all, and whether a
    Cancel stopped it before a category."""

    purged: dict[str, int] = field(default_factory=dict)
    rows: int = 0
    cancelled: bool = False


class RetentionPolicyService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- terms -----------------------------------------------------------------------------
    def site_terms(self, actor: Actor) -> list[SiteTerms]:
        """The terms of every site (this installation's own first)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            own = local_site_id(s)
            rows = [SiteTerms(site.id, site.code, site.name, terms_of(site.settings),
                              site.id == own)
                    for site in s.scalars(select(Site).order_by(Site.code))]
        return sorted(rows, key=lambda r: (not r.local, r.code))

    def save_terms(self, actor: Actor, site_id: uuid.UUID, terms: RetentionTerms) -> None:
        """Set a site's terms (its other settings stay).

        Raises:
            PermissionDenied: not an administrator. ValidationFailed: a term out of range.
            NotFound: no such site.
        """
        actor.require(Permission.PURGE_FACTS)
        errors = validate_terms(terms)
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> None:
            site = s.get(Site, site_id)
            if site is None:
                raise NotFound("Deze locatie bestaat niet (meer).")
            settings = dict(site.settings or {})
            if settings.get(SETTINGS_KEY) == terms.as_settings():
                return
            settings[SETTINGS_KEY] = terms.as_settings()
            site.settings = settings  # a new dict: the JSON column sees the change
            audit.record_row(s, actor.name, "site.retention", site)
        run_write(self._sessions, actor.name, work)

    # --- what is due -----------------------------------------------------------------------
    def overview(self, actor: Actor) -> list[CategoryDue]:
        """Per category: its term, how much has passed it and the oldest date."""
        actor.require(Permission.VIEW)
        today = self._sessions.clock.today()
        found = []
        with self._sessions.read() as s:
            terms = list(site_terms(s).values()) or [RetentionTerms()]
            people: frozenset[uuid.UUID] = frozenset()
            for category in _ORDER:  # in purge order: what a person's file takes, counts there
                plan = count_due(s, category, today, people)
                people = people | frozenset(plan.people)
                found.append(CategoryDue(
                    category, CATEGORY_LABELS[category],
                    terms_text(t.months(category) for t in terms), plan.units, plan.oldest,
                    tuple(count_text(t, n) for t, n in plan.parts())))
        return found

    # --- the purge -------------------------------------------------------------------------
    def purge_due(self, actor: Actor, reason: str | None = None,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> PurgeResult:
        """Delete everything that has passed its term, one transaction per category.

        Args:
            reason: added to the reason each purge event carries (no names, please).
            progress: (step, steps, text) before each category.
            cancelled: asked before each category; True stops there (what went, went).

        Raises:
            PermissionDenied: not an administrator. ServiceError: the database refused;
                that category and those after it are left as they were.
        """
        actor.require(Permission.PURGE_FACTS)
        extra = (reason or "").strip()
        purged: dict[str, int] = {c.value: 0 for c in _ORDER}
        rows = 0
        for step, category in enumerate(_ORDER):
            if cancelled is not None and cancelled():
                return PurgeResult(purged, rows, cancelled=True)
            if progress is not None:
                progress(step, len(_ORDER), _STEP_TEXT[category])
            today = self._sessions.clock.today()

            def work(s: Session, category: Category = category,
                     today: date = today) -> tuple[int, int]:
                plan = count_due(s, category, today)
                if not plan.units:
                    return 0, 0
                terms = list(site_terms(s).values()) or [RetentionTerms()]
                term = terms_text(t.months(category) for t in terms)
                why = f"bewaartermijn {CATEGORY_LABELS[category].lower()} ({term}) verstreken"
                if extra:
                    why = f"{why}: {extra}"
                done = _execute(s, actor, plan, why[:500])
                audit.record(s, actor.name, SUMMARY_ACTION, "retention", None, detail=(
                    f"{CATEGORY_LABELS[category]} ({term}): "
                    + ", ".join(count_text(t, n) for t, n in plan.parts())))
                return plan.units, done

            units, done = run_write(self._sessions, actor.name, work)
            purged[category.value] = units
            rows += done
        if progress is not None:
            progress(len(_ORDER), len(_ORDER), "")
        self._checkpoint()
        return PurgeResult(purged, rows)

    def _checkpoint(self) -> None:
        """SQLite: move the zeroed pages from the WAL into the file and empty the WAL."""
        engine = self._sessions.engine
        if engine.dialect.name != "sqlite":
            return
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # the data is gone either way; the next checkpoint catches up
            log.warning("WAL-checkpoint na opschonen mislukt", exc_info=True)


def _execute(s: Session, actor: Actor, plan: Plan, reason: str) -> int:
    """Delete what `plan` lists inside the caller's transaction; the number of rows."""
    sqlite = s.connection().dialect.name == "sqlite"
    if sqlite:
        s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        done = 0
        for table in FACT_ORDER:
            ids = plan.facts.get(table)
            if ids:
                done += retention.purge(s, actor, table, ids, reason)
        done += _descriptive(s, actor, plan, reason)
        s.flush()
    finally:
        if sqlite:
            s.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
    return done


def _descriptive(s: Session, actor: Actor, plan: Plan, reason: str) -> int:
    """Enrolments and participants: deleted, or kept as a tombstone for the register."""
    now = stamp_of(s).now
    done = 0
    for chunk in chunks(plan.enrolments | plan.kept_enrolments):
        for enrolment in s.scalars(select(Enrolment).where(Enrolment.id.in_(chunk))):
            if enrolment.id in plan.kept_enrolments:
                enrolment.company_id = enrolment.trainer_id = None
                enrolment.deleted_at = enrolment.deleted_at or now
                audit.record_row(s, actor.name, ANONYMISE_ACTION, enrolment, detail=reason)
            else:
                s.delete(enrolment)
                audit.record_row(s, actor.name, retention.PURGE_ACTION, enrolment,
                                 detail=reason)
            done += 1
    for chunk in chunks(plan.people):
        for person in s.scalars(select(Participant).where(Participant.id.in_(chunk))):
            if person.id in plan.kept_people:
                _tombstone(person, now)
                audit.record_row(s, actor.name, ANONYMISE_ACTION, person, detail=reason)
            else:
                s.delete(person)
                audit.record_row(s, actor.name, retention.PURGE_ACTION, person, detail=reason)
            done += 1
    return done


def _tombstone(person: Participant, now: datetime) -> None:
    """Only the number stays: the register of issued certificates refers to it."""
    person.first_names = person.last_name = person.search_text = ""
    person.prefix = person.school = person.student_number = person.funder = None
    person.badge = person.email = person.phone = person.note = None
    person.company_id = None
    person.birth_date = NEUTRAL_BIRTH_DATE
    person.type = ParticipantType.OTHER.value
    if person.deleted_at is None:
        person.deleted_at = now

