"""Finding participants: search as you type, list rows, a badge, the whole list."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Company, Enrolment, Group, Participant
from bvmdesk.db.session import Sessions
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import display_name, search_key, search_terms
from bvmdesk.services import scope
from bvmdesk.services.base import Actor

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


class ParticipantSearch:
    """The reading side of ParticipantService that lists and finds participants."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._uuids: dict[str, uuid.UUID] = {}

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
