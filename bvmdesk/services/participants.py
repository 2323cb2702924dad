"""Participants: search as you type, the detail with enrolments, and editing."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from bvmdesk.db.models import (
    Company,
    Enrolment,
    Group,
    Module,
    Participant,
    Site,
    WorkplaceTrainer,
)
from bvmdesk.db.session import Sessions
from bvmdesk.domain.participants import (
    FieldError,
    ParticipantData,
    format_number,
    validate_participant,
)
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import display_name, search_key, search_terms
from bvmdesk.services import audit, scope
from bvmdesk.services.base import Actor, Changed, NotFound, ValidationFailed
from bvmdesk.services.numbering import next_free
from bvmdesk.services.retry import run_write

NUMBER_KIND = "participant"
_MAX_KNOWN_IDS = 200_000


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the participant list."""

    id: uuid.UUID
    number: str
    name: str
    type: str
    groups: tuple[str, ...]
    company: str | None  # the leerbedrijf's code (LB-DEMO); its name is company_name
    badge: str | None
    company_name: str | None = None


@dataclass(frozen=True)
class SearchResult:
    """The first ids of a search, in list order, and how many match in all."""

    ids: tuple[uuid.UUID, ...]
    total: int

    @property
    def complete(self) -> bool:
        return len(self.ids) >= self.total


@dataclass(frozen=True)
class ParticipantListItem:
    """One participant as `participants list` prints it."""

    number: str
    first_names: str
    prefix: str | None
    last_name: str
    birth_date: date
    type: str
    company: str | None
    groups: tuple[str, ...]


@dataclass(frozen=True)
class EnrolmentInfo:
    group_code: str
    group_name: str
    module_name: str
    location: str
    start_date: date
    end_date: date | None
    status: str
    company: str | None
    trainer: str | None


@dataclass(frozen=True)
class ParticipantDetail:
    id: uuid.UUID
    data: ParticipantData
    enrolments: tuple[EnrolmentInfo, ...]

    @property
    def name(self) -> str:
        return display_name(self.data.first_names, self.data.prefix, self.data.last_name)


@dataclass(frozen=True)
class CompanyChoice:
    code: str
    name: str


def participant_search_key(first_names: str, prefix: str | None, last_name: str,
                           number: str, badge: str | None) -> str:
    """The folded text a participant is found by, and sorted by (also for bulk writers).

    It starts with the last name, then the first names and the tussenvoegsel, so that
    sorting on it gives the Dutch list order without accents getting in the way
    (`Çelik` among the C's, `van 't Hek` among the H's).
    """
    return search_key(last_name, first_names, prefix,
                      display_name(first_names, prefix, last_name), number, badge)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


def _filtered(query: str, stmt: _Query) -> _Query:
    for term in search_terms(query):
        stmt = stmt.where(Participant.search_text.like(f"%{_escape_like(term)}%", escape="\\"))
    return stmt.where(Participant.deleted_at.is_(None))


_new_uuid = uuid.UUID.__new__
_set_slot = object.__setattr__


def _as_uuid(value: object) -> uuid.UUID:
    """A driver's id value as a UUID; for our own 32-digit hex text, without re-parsing."""
    if isinstance(value, uuid.UUID):
        return value
    # uuid.UUID(hex) validates and reformats the text first: three times slower, and the
    # search builds up to 20,000 of these per keystroke.
    result = _new_uuid(uuid.UUID)
    _set_slot(result, "int", int(str(value), 16))
    _set_slot(result, "is_safe", uuid.SafeUUID.unknown)
    return result


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


class ParticipantService:
    """Reading and editing participants."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._uuids: dict[str, uuid.UUID] = {}

    # --- reading -------------------------------------------------------------------------
    def search_ids(self, actor: Actor, query: str = "", *, offset: int = 0,
                   limit: int | None = None) -> list[uuid.UUID]:
        """Ids of the participants matching `query`, sorted by last name, in SQL.

        Every word of the query must occur, ignoring case and accents, in a name, the
        number or the badge. `offset` and `limit` give one page of that list: the list
        shows the first page at once and reads the others when they scroll into view.
        """
        actor.require(Permission.VIEW)
        stmt = _filtered(query, select(Participant.id)).order_by(
            Participant.search_text, Participant.number
        )
        if limit is not None:
            stmt = stmt.offset(offset).limit(limit)
        elif offset:
            stmt = stmt.offset(offset)
        stmt = scope.limit_participants(stmt, actor, Participant.id)
        with self._sessions.read() as s:
            # A short query matches most of 20,000 people: take the driver's rows as they
            # are (SQLite: hex text; PostgreSQL: UUIDs) instead of building a result row
            # per id (DESIGN.md: <= 30 ms per keystroke).
            values = s.connection().execute(stmt).cursor.fetchall()
        if not values or isinstance(values[0][0], uuid.UUID):
            return [value for (value,) in values]
        # Even the fastest UUID construction costs ~1 µs each; ids never change, so the
        # ones made before are reused (at most a few MB for the whole participant list).
        known = self._uuids
        if len(known) > _MAX_KNOWN_IDS:
            known.clear()
        return [known.get(value) or known.setdefault(value, _as_uuid(value))
                for (value,) in values]

    def search(self, actor: Actor, query: str, first: int) -> SearchResult:
        """At least the first `first` ids of `search_ids(actor, query)` and their number.

        For everyone, a one-letter query matches most of 20,000 people: then the first
        page and a COUNT are quicker than every id. An instructor sees only their groups'
        participants, and each query pays for working those out: one query for all ids is
        quicker than two.
        """
        if scope.scoped(actor):
            ids = self.search_ids(actor, query)
            return SearchResult(tuple(ids), len(ids))
        ids = self.search_ids(actor, query, limit=first + 1)
        if len(ids) <= first:
            return SearchResult(tuple(ids), len(ids))
        return SearchResult(tuple(ids[:first]), max(self.count(actor, query), len(ids)))

    def count(self, actor: Actor, query: str = "") -> int:
        """How many participants `search_ids(actor, query)` gives, without reading them."""
        actor.require(Permission.VIEW)
        stmt = scope.limit_participants(
            _filtered(query, select(func.count()).select_from(Participant)), actor,
            Participant.id)
        with self._sessions.read() as s:
            return int(s.scalar(stmt) or 0)

    def position(self, actor: Actor, query: str, participant_id: uuid.UUID) -> int | None:
        """The place (from 0) of `participant_id` in `search_ids(actor, query)`, or None
        when the search does not give it."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            key = s.execute(scope.limit_participants(
                _filtered(query, select(Participant.search_text, Participant.number))
                .where(Participant.id == participant_id), actor, Participant.id)).first()
            if key is None:
                return None
            text, number = key
            # The list's order is (search_text, number), and numbers are unique.
            before = or_(Participant.search_text < text,
                         and_(Participant.search_text == text, Participant.number < number))
            return int(s.scalar(scope.limit_participants(
                _filtered(query, select(func.count()).select_from(Participant)).where(before),
                actor, Participant.id)) or 0)

    def rows(self, actor: Actor, ids: Sequence[uuid.UUID]) -> list[ParticipantRow]:
        """The list rows of `ids`, in the same order (missing ids are left out)."""
        actor.require(Permission.VIEW)
        if not ids:
            return []
        with self._sessions.read() as s:
            # Columns, not ORM objects: this runs on every keystroke.
            stmt = (select(Participant.id, Participant.number, Participant.first_names,
                           Participant.prefix, Participant.last_name, Participant.type,
                           Participant.badge, Company.code, Company.name)
                    .outerjoin(Company, Company.id == Participant.company_id)
                    .where(Participant.id.in_(list(ids))))
            visible = scope.few_participants_filter(actor, Participant.id)
            found = s.execute(stmt if visible is None else stmt.where(visible)).all()
            groups = self._group_codes(s, [row[0] for row in found])
        by_id = {
            pid: ParticipantRow(pid, number, display_name(first_names, prefix, last_name),
                                type_, tuple(groups.get(pid, ())), code, badge, company_name)
            for pid, number, first_names, prefix, last_name, type_, badge, code, company_name
            in found
        }
        return [by_id[i] for i in ids if i in by_id]

    def _group_codes(self, s: Session,
                     ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, list[str]]:
        stmt = select(Enrolment.participant_id, Group.code).join(
            Group, Group.id == Enrolment.group_id
        ).where(Enrolment.deleted_at.is_(None)).order_by(Group.code)
        if ids is not None:
            stmt = stmt.where(Enrolment.participant_id.in_(list(ids)))
        result: dict[uuid.UUID, list[str]] = defaultdict(list)
        for participant_id, code in s.execute(stmt):
            result[participant_id].append(code)
        return result

    def find_by_badge(self, actor: Actor, badge: str) -> uuid.UUID | None:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return s.scalars(scope.limit_participants(select(Participant.id).where(
                Participant.badge == badge.strip(), Participant.deleted_at.is_(None)),
                actor, Participant.id)).first()

    def list_all(self, actor: Actor, query: str = "") -> list[ParticipantListItem]:
        """Everyone at every site, no paging (the command line's `participants list`)."""
        actor.require(Permission.VIEW)
        stmt = _filtered(
            query,
            select(Participant.id, Participant.number, Participant.first_names,
                   Participant.prefix, Participant.last_name, Participant.birth_date,
                   Participant.type, Company.code)
            .outerjoin(Company, Company.id == Participant.company_id),
        ).order_by(Participant.number)
        stmt = scope.limit_participants(stmt, actor, Participant.id)
        with self._sessions.read() as s:
            rows = s.execute(stmt).all()
            # All groups at once: an IN list of every match could exceed SQL's parameter limit.
            groups = self._group_codes(s, None)
        return [
            ParticipantListItem(number, first_names, prefix, last_name, birth_date, type_,
                                code, tuple(groups.get(pid, ())))
            for pid, number, first_names, prefix, last_name, birth_date, type_, code in rows
        ]

    def get(self, actor: Actor, participant_id: uuid.UUID) -> ParticipantDetail:
        """The participant's personal data and enrolments.

        Raises:
            NotFound: no such participant.
        """
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            p = s.get(Participant, participant_id)
            if p is None or p.deleted_at is not None:
                raise NotFound("Deze deelnemer bestaat niet (meer).")
            scope.require_participant(s, actor, p.id)
            company_code = s.scalar(select(Company.code).where(Company.id == p.company_id))
            enrolment_company = aliased(Company)
            rows = s.execute(
                select(Enrolment, Group, Module.name, Site.code, enrolment_company.name,
                       WorkplaceTrainer.name)
                .join(Group, Group.id == Enrolment.group_id)
                .join(Module, Module.id == Group.module_id)
                .join(Site, Site.id == Group.location_id)
                .outerjoin(enrolment_company, enrolment_company.id == Enrolment.company_id)
                .outerjoin(WorkplaceTrainer, WorkplaceTrainer.id == Enrolment.trainer_id)
                .where(and_(Enrolment.participant_id == p.id, Enrolment.deleted_at.is_(None)))
                .order_by(Enrolment.start_date.desc(), Group.code)
            ).all()
            enrolments = tuple(
                EnrolmentInfo(g.code, g.name, module, site, e.start_date, e.end_date, e.status,
                              company, trainer)
                for e, g, module, site, company, trainer in rows
            )
            return ParticipantDetail(p.id, _data(p, company_code), enrolments)

    def companies(self, actor: Actor) -> list[CompanyChoice]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(Company.code, Company.name)
                             .where(Company.deleted_at.is_(None)).order_by(Company.name))
            return [CompanyChoice(code, name) for code, name in rows]

    # --- writing -------------------------------------------------------------------------
    def update(self, actor: Actor, participant_id: uuid.UUID, data: ParticipantData,
               today: date | None = None) -> Changed:
        """Store new personal data, after validation. Only administrators may.

        Raises:
            PermissionDenied, ValidationFailed (nothing changed), NotFound.
        """
        actor.require(Permission.EDIT_PARTICIPANTS)
        data = _normalised(data)
        errors = validate_participant(data, today or self._sessions.clock.today())
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> None:
            # A row lock: a second PC saving the same person waits, and audits what the
            # first one stored as its "before".
            p = s.get(Participant, participant_id, with_for_update=True,
                      populate_existing=True)
            if p is None or p.deleted_at is not None:
                raise NotFound("Deze deelnemer bestaat niet (meer).")
            company_id = self._company_id(s, data.company_code)
            self._check_unique(s, data, participant_id)
            _apply(p, data, company_id)
            if s.is_modified(p):
                audit.record_row(s, actor.name, "participant.update", p)
        run_write(self._sessions, actor.name, work)
        return Changed(participants=True, ids=frozenset({participant_id}))

    def create(self, actor: Actor, data: ParticipantData,
               today: date | None = None) -> ParticipantDetail:
        """Add a participant; an empty number gets the next site-coded one (`ZWL-00042`)."""
        actor.require(Permission.EDIT_PARTICIPANTS)
        entered = _normalised(data)

        def work(s: Session) -> uuid.UUID:
            data = entered
            if not data.number:
                data = replace(data, number=self._next_number(s))
            errors = validate_participant(data, today or self._sessions.clock.today())
            if errors:
                raise ValidationFailed(errors)
            company_id = self._company_id(s, data.company_code)
            self._check_unique(s, data, None)
            p = Participant()
            _apply(p, data, company_id)
            s.add(p)
            s.flush()
            audit.record_row(s, actor.name, "participant.create", p)
            return p.id
        # A number or badge another PC stored at the same moment: the retry finds it and
        # says so in _check_unique; a generated number waits for the site's lock.
        return self.get(actor, run_write(self._sessions, actor.name, work))

    def _next_number(self, s: Session) -> str:
        """The site's next free number; the site's numbering stays locked until commit."""
        return next_free(
            s, NUMBER_KIND, lambda site, n: format_number(site.code, n),
            lambda number: s.scalars(select(Participant.id)
                                     .where(Participant.number == number)).first() is not None)

    def _company_id(self, s: Session, code: str | None) -> uuid.UUID | None:
        if not code:
            return None
        company_id = s.scalars(select(Company.id).where(Company.code == code)).first()
        if company_id is None:
            raise ValidationFailed(
                [FieldError("company_code", f"Leerbedrijf {code} bestaat niet.")])
        return company_id

    def _check_unique(self, s: Session, data: ParticipantData, own: uuid.UUID | None) -> None:
        errors = []
        clash = s.scalars(select(Participant.id).where(Participant.number == data.number)).first()
        if clash is not None and clash != own:
            errors.append(FieldError("number", f"Nummer {data.number} is al in gebruik."))
        if data.badge:
            clash = s.scalars(select(Participant.id).where(Participant.badge == data.badge)).first()
            if clash is not None and clash != own:
                errors.append(FieldError("badge", f"Badge {data.badge} is al in gebruik."))
        if errors:
            raise ValidationFailed(errors)


def _normalised(data: ParticipantData) -> ParticipantData:
    return replace(
        data,
        number=data.number.strip(), first_names=data.first_names.strip(),
        prefix=_clean(data.prefix), last_name=data.last_name.strip(),
        school=_clean(data.school), student_number=_clean(data.student_number),
        funder=_clean(data.funder), company_code=_clean(data.company_code),
        badge=_clean(data.badge), email=_clean(data.email), phone=_clean(data.phone),
        note=_clean(data.note),
    )


def _data(p: Participant, company_code: str | None) -> ParticipantData:
    return ParticipantData(
        number=p.number, first_names=p.first_names, prefix=p.prefix, last_name=p.last_name,
        birth_date=p.birth_date, type=p.type, school=p.school,
        student_number=p.student_number, funder=p.funder, company_code=company_code,
        badge=p.badge, email=p.email, phone=p.phone, note=p.note,
    )


def _apply(p: Participant, data: ParticipantData, company_id: uuid.UUID | None) -> None:
    assert data.birth_date is not None  # validated
    p.number = data.number
    p.first_names = data.first_names
    p.prefix = data.prefix
    p.last_name = data.last_name
    p.birth_date = data.birth_date
    p.type = data.type
    p.school = data.school
    p.student_number = data.student_number
    p.funder = data.funder
    p.company_id = company_id
    p.badge = data.badge
    p.email = data.email
    p.phone = data.phone
    p.note = data.note
    p.search_text = participant_search_key(data.first_names, data.prefix, data.last_name,
                                           data.number, data.badge)
