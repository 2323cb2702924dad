"""The locks a unit of work takes before it reads what it will write on (PostgreSQL only).

Each function names what two PCs must not read-then-write at the same time; on SQLite they
do nothing (BEGIN IMMEDIATE already lets one writer in at a time). A unit of work calls one
of them, before it reads the protected rows: each takes all its keys in one statement, in
the ascending order every unit uses, so two units never wait for each other crosswise. Row
locks (`SELECT ... FOR UPDATE` on a row changed in place) come after, and the audit chain's
lock last (`audit.record`). A deadlock that slips through anyway costs a retry
(`services/retry.py`).

Marks have three levels: every mark writer holds "all marks" shared, which an import (or a
very large scan log) takes exclusively; a writer of single marks holds its lessons shared
and each (lesson, participant) exclusively; "Iedereen aanwezig" holds its lesson
exclusively.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.orm import Session

from bvmdesk.db.concurrency import lock, lock_many

# PostgreSQL keeps advisory locks in one shared table of limited size (by default 64 times
# the number of connections): a unit that would lock more marks locks all marks instead.
MAX_MARK_KEYS = 200


def exchange_import(s: Session) -> None:
    """Two imports at once run one after the other, and every other writer of marks waits
    while an import supersedes marks in bulk."""
    lock_many(s, exclusive=[("exchange-import",), ("marks",)])


def all_marks(s: Session) -> None:
    """Every mark of every lesson: for a writer of marks in bulk."""
    lock(s, "marks")


def lesson_marks(s: Session, lesson_id: uuid.UUID) -> None:
    """Every mark of one lesson ("Iedereen aanwezig")."""
    lock_many(s, exclusive=[("marks", lesson_id)], shared=[("marks",)])


def marks(s: Session, pairs: Iterable[tuple[uuid.UUID, uuid.UUID]]) -> None:
    """The current mark of each (lesson, participant): taken before it is read, so that a
    second writer supersedes the first one's new mark, not the one both saw.

    A first mark is protected too: there is no row yet that could be locked.
    """
    wanted = set(pairs)
    if len(wanted) > MAX_MARK_KEYS:
        all_marks(s)
        return
    lessons = {lesson_id for lesson_id, _ in wanted}
    lock_many(s, exclusive=[("mark", lesson_id, person) for lesson_id, person in wanted],
              shared=[("marks",), *[("marks", lesson_id) for lesson_id in lessons]])


def numbering(s: Session, site_id: uuid.UUID, kind: str) -> None:
    """A site's number sequence of one kind (participants now, certificates later)."""
    lock(s, "number", site_id, kind)


def signing_key(s: Session, site_id: uuid.UUID) -> None:
    """A site's signing key, checked missing and then made: two PCs never make two."""
    lock(s, "signing-key", site_id)


def site_setup(s: Session) -> None:
    """Making this database a site's (`init`): once."""
    lock(s, "site-setup")


def username(s: Session, name: str) -> None:
    """A new account's name, checked free and then taken."""
    lock(s, "username", name)


def administrators(s: Session) -> None:
    """Who is an active administrator: counted before one is disabled or made instructor,
    so that two PCs cannot each take away one of the last two."""
    lock(s, "administrators")


def group_lessons(s: Session, group_id: uuid.UUID) -> None:
    """A group's lessons (one per date and start time)."""
    lock(s, "lessons", group_id)


def site_holidays(s: Session, site_id: uuid.UUID) -> None:
    """A site's holidays (one per first day)."""
    lock(s, "holidays", site_id)


def enrolment(s: Session, participant_id: uuid.UUID, group_id: uuid.UUID) -> None:
    """A participant's one enrolment in a group (a walk-in)."""
    lock(s, "enrolment", participant_id, group_id)


def handovers(s: Session, participant_id: uuid.UUID) -> None:
    """A participant's verzuim handovers (one per window start; no unique index)."""
    lock(s, "verzuim-handover", participant_id)
