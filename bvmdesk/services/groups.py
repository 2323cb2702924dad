"""Groepen (Beheer > Groepen): code, name, module, site, instructors, dates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from bvmdesk.db.session import Sessions
from bvmdesk.domain.groups import GroupData, validate_group
from bvmdesk.domain.participants import FieldError
from bvmdesk.services.base import Actor
from bvmdesk.services.records import RecordRow


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

    def records(self, actor: Actor, include_archived: bool = False) -> list[GroupRow]:
        raise NotImplementedError

    def get(self, actor: Actor, record_id: uuid.UUID) -> GroupData:
        raise NotImplementedError

    def validate(self, data: GroupData) -> list[FieldError]:
        return validate_group(data)

    def save(self, actor: Actor, record_id: uuid.UUID | None, data: GroupData) -> uuid.UUID:
        raise NotImplementedError

    def archive(self, actor: Actor, record_id: uuid.UUID) -> None:
        raise NotImplementedError

    def restore(self, actor: Actor, record_id: uuid.UUID) -> None:
        raise NotImplementedError

    def module_choices(self, actor: Actor) -> list[tuple[str, str]]:
        raise NotImplementedError

    def site_choices(self, actor: Actor) -> list[tuple[str, str]]:
        raise NotImplementedError

    def instructor_choices(self, actor: Actor) -> list[tuple[uuid.UUID, str]]:
        raise NotImplementedError

    def add(self, actor: Actor, code: str, name: str, module_code: str, site_code: str,
            start: date, end: date | None = None) -> uuid.UUID:
        raise NotImplementedError
