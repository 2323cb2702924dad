"""Groepen (Beheer > Groepen): code, name, module, site, instructors, dates.

The first instructor of a group is its main one (`Group.instructor_id`); the others are
`GroupInstructor` rows, tombstoned when taken off and revived when put back (their unique
key holds archived rows too). An imported group whose `docent` matched no account keeps
that name (`Group.instructor_name`) until an instructor is chosen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Enrolment, Group, GroupInstructor, Lesson, Module, Site, User
from bvmdesk.db.session import Sessions
from bvmdesk.domain.enums import EnrolmentStatus
from bvmdesk.domain.groups import GroupData, validate_group
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import audit, scope
from bvmdesk.services.base import Actor, NotFound, ValidationFailed
from bvmdesk.services.records import (
    RecordRow,
    Usage,
    count_of,
    live,
    refuse_in_use,
    refuse_taken_code,
    set_archived,
)
from bvmdesk.services.retry import run_write

MISSING = "Deze groep bestaat niet (meer)."


@dataclass(frozen=True)
class GroupRow(RecordRow):
    module: str  # module code
    site: str  # site code
    instructors: str  # "Petra Bakker, Jan Smit" (or the imported docent name)
    start_date: date
    end_date: date | None
    active: int  # enrolments with status actief
    lessons: int  # lessons not cancelled


class GroupService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading -------------------------------------------------------------------------
    def records(self, actor: Actor, include_archived: bool = False) -> list[GroupRow]:
        """The groups (an instructor: those they teach), by code, with their instructors
        and counts."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            stmt = (select(Group, Module.code, Site.code)
                    .join(Module, Module.id == Group.module_id)
                    .join(Site, Site.id == Group.location_id)
                    .order_by(Group.code))
            if not include_archived:
                stmt = stmt.where(Group.deleted_at.is_(None))
            rows = s.execute(scope.limit_groups(stmt, actor, Group.id)).all()
            names = _instructor_names(s)
            active = _counts(s, Enrolment.group_id,
                             Enrolment.status == EnrolmentStatus.ACTIVE.value)
            lessons = _counts(s, Lesson.group_id, Lesson.cancelled.is_(False))
            return [GroupRow(g.id, g.code, g.name, g.deleted_at is not None, module, site,
                             ", ".join(names.get(g.id, [])) or (g.instructor_name or ""),
                             g.start_date, g.end_date, active.get(g.id, 0),
                             lessons.get(g.id, 0))
                    for g, module, site in rows]

    def get(self, actor: Actor, record_id: uuid.UUID) -> GroupData:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            found = s.execute(select(Group, Module.code, Site.code)
                              .join(Module, Module.id == Group.module_id)
                              .join(Site, Site.id == Group.location_id)
                              .where(Group.id == record_id)).first()
            if found is None:
                raise NotFound(MISSING)
            group, module, site = found
            scope.require_group(s, actor, group.id)
            return GroupData(group.code, group.name, module, site,
                             tuple(_instructor_ids(s, group)), group.start_date,
                             group.end_date)

    def module_choices(self, actor: Actor) -> list[tuple[str, str]]:
        """(code, name) of the live modules, by code."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(Module.code, Module.name)
                             .where(Module.deleted_at.is_(None)).order_by(Module.code))
            return [(code, name) for code, name in rows]

    def site_choices(self, actor: Actor) -> list[tuple[str, str]]:
        """(code, name) of the live sites, by code."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(Site.code, Site.name)
                             .where(Site.deleted_at.is_(None)).order_by(Site.code))
            return [(code, name) for code, name in rows]

    def instructor_choices(self, actor: Actor) -> list[tuple[uuid.UUID, str]]:
        """(id, display name) of the active accounts, by name."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            rows = s.execute(select(User.id, User.display_name)
                             .where(User.active.is_(True), User.deleted_at.is_(None))
                             .order_by(User.display_name))
            return [(uid, name) for uid, name in rows]

    # --- writing -------------------------------------------------------------------------
    def validate(self, data: GroupData) -> list[FieldError]:
        return validate_group(data)

    def save(self, actor: Actor, record_id: uuid.UUID | None, data: GroupData) -> uuid.UUID:
        """Create (`record_id` None) or change a group, with its instructors.

        Raises:
            PermissionDenied, ValidationFailed (also an unknown module, site or instructor,
            or a taken code; nothing changed), NotFound.
        """
        actor.require(Permission.MANAGE_DATA)
        data = _normalised(data)
        errors = validate_group(data)
        if errors:
            raise ValidationFailed(errors)
        start = data.start_date
        assert start is not None  # validate_group requires it

        def work(s: Session) -> uuid.UUID:
            refuse_taken_code(s, Group, data.code, record_id)
            module_id = _by_code(s, Module, data.module_code, "module_code",
                                 f"Module {data.module_code} bestaat niet (of is "
                                 "gearchiveerd); kies een bestaande module.")
            site_id = _by_code(s, Site, data.site_code, "site_code",
                               f"Locatie {data.site_code} bestaat niet (of is "
                               "gearchiveerd); kies een bestaande locatie.")
            _check_instructors(s, data.instructor_ids)
            if record_id is None:
                group = Group()
                s.add(group)
            else:
                group = live(s, Group, record_id, MISSING)
            group.code, group.name = data.code, data.name
            group.module_id, group.location_id = module_id, site_id
            group.start_date, group.end_date = start, data.end_date
            main = data.instructor_ids[0] if data.instructor_ids else None
            if main is not None or group.instructor_id is not None:
                group.instructor_id = main
            if main is not None:
                group.instructor_name = None
            if record_id is None or s.is_modified(group):  # record_row flushes
                action = "group.create" if record_id is None else "group.update"
                audit.record_row(s, actor.name, action, group)
            _set_extra_instructors(s, actor, group.id, data.instructor_ids[1:],
                                   self._sessions.now())
            return group.id
        return run_write(self._sessions, actor.name, work)

    def add(self, actor: Actor, code: str, name: str, module_code: str, site_code: str,
            start: date, end: date | None = None) -> uuid.UUID:
        """A new group by codes (the command line's `group add`)."""
        return self.save(actor, None, GroupData(code, name, module_code, site_code, (),
                                                start, end))

    def archive(self, actor: Actor, record_id: uuid.UUID) -> None:
        """Archive a group; refused while it has active enrolments or lessons from today on
        (not cancelled)."""
        actor.require(Permission.MANAGE_DATA)
        today = self._sessions.clock.today()

        def work(s: Session) -> None:
            group = live(s, Group, record_id, MISSING)
            refuse_in_use(f"Groep {group.code}", [
                Usage(count_of(s, Enrolment.group_id, group.id,
                               Enrolment.status == EnrolmentStatus.ACTIVE.value),
                      "lopende inschrijving", "lopende inschrijvingen"),
                Usage(count_of(s, Lesson.group_id, group.id, Lesson.date >= today,
                               Lesson.cancelled.is_(False)),
                      "geplande les (vandaag of later)", "geplande lessen (vandaag of later)"),
            ])
            set_archived(s, actor, group, True, "group.archive", self._sessions.now())
        run_write(self._sessions, actor.name, work)

    def restore(self, actor: Actor, record_id: uuid.UUID) -> None:
        actor.require(Permission.MANAGE_DATA)

        def work(s: Session) -> None:
            group = live(s, Group, record_id, MISSING, archived_too=True)
            set_archived(s, actor, group, False, "group.restore", self._sessions.now())
        run_write(self._sessions, actor.name, work)


def _normalised(data: GroupData) -> GroupData:
    unique = tuple(dict.fromkeys(data.instructor_ids))  # order kept, doubles dropped
    return replace(data, code=data.code.strip(), name=data.name.strip(),
                   module_code=data.module_code.strip(), site_code=data.site_code.strip(),
                   instructor_ids=unique)


def _by_code(s: Session, model: Any, code: str, field: str, message: str) -> uuid.UUID:
    found = s.scalar(select(model.id).where(model.code == code, model.deleted_at.is_(None)))
    if found is None:
        raise ValidationFailed([FieldError(field, message)])
    return found  # type: ignore[no-any-return]


def _check_instructors(s: Session, ids: tuple[uuid.UUID, ...]) -> None:
    if not ids:
        return
    known = set(s.scalars(select(User.id).where(User.id.in_(ids), User.active.is_(True),
                                                User.deleted_at.is_(None))))
    if any(i not in known for i in ids):
        raise ValidationFailed([FieldError(
            "instructor_ids", "Een gekozen instructeur bestaat niet (meer) of is niet "
                              "actief; kies opnieuw.")])


def _set_extra_instructors(s: Session, actor: Actor, group_id: uuid.UUID,
                           extra: tuple[uuid.UUID, ...], now: datetime) -> None:
    """GroupInstructor rows for `extra`: added, revived or tombstoned, each audited."""
    rows = {r.user_id: r for r in s.scalars(select(GroupInstructor)
                                            .where(GroupInstructor.group_id == group_id))}
    for user_id, row in rows.items():
        if user_id not in extra and row.deleted_at is None:
            row.deleted_at = now
            audit.record_row(s, actor.name, "group.instructor.remove", row)
    for user_id in extra:
        old = rows.get(user_id)
        if old is None:
            new = GroupInstructor(group_id=group_id, user_id=user_id)
            s.add(new)
            audit.record_row(s, actor.name, "group.instructor.add", new)
        elif old.deleted_at is not None:
            old.deleted_at = None
            audit.record_row(s, actor.name, "group.instructor.add", old)


def _instructor_ids(s: Session, group: Group) -> list[uuid.UUID]:
    extra = s.scalars(select(GroupInstructor.user_id)
                      .join(User, User.id == GroupInstructor.user_id)
                      .where(GroupInstructor.group_id == group.id,
                             GroupInstructor.deleted_at.is_(None))
                      .order_by(User.display_name))
    main = [group.instructor_id] if group.instructor_id is not None else []
    return main + [u for u in extra if u not in main]


def _instructor_names(s: Session) -> dict[uuid.UUID, list[str]]:
    """Per group: the main instructor's name, then the other instructors' by name."""
    names: dict[uuid.UUID, list[str]] = {}
    for group_id, name in s.execute(select(Group.id, User.display_name)
                                    .join(User, User.id == Group.instructor_id)):
        names[group_id] = [name]
    for group_id, name in s.execute(select(GroupInstructor.group_id, User.display_name)
                                    .join(User, User.id == GroupInstructor.user_id)
                                    .where(GroupInstructor.deleted_at.is_(None))
                                    .order_by(User.display_name)):
        if name not in names.setdefault(group_id, []):
            names[group_id].append(name)
    return names


def _counts(s: Session, column: Any, *where: Any) -> dict[uuid.UUID, int]:
    """Live rows per value of `column` (a foreign key), in one query."""
    table = column.class_
    rows = s.execute(select(column, func.count()).where(table.deleted_at.is_(None), *where)
                     .group_by(column))
    return {key: int(n) for key, n in rows if key is not None}
