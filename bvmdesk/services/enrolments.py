"""Inschrijvingen: participants in a group, their status and moves."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bvmdesk.db.session import Sessions
from bvmdesk.services.base import Actor


@dataclass(frozen=True)
class EnrolmentRow:
    id: uuid.UUID
    participant_id: uuid.UUID
    number: str
    name: str  # display name "Zoë van 't Hek"
    start_date: date
    end_date: date | None
    status: str  # "actief" | "afgerond" | "gestopt" (EnrolmentStatus values)
    company_code: str | None
    company: str | None  # company name
    trainer_code: str | None
    trainer: str | None  # trainer name


@dataclass(frozen=True)
class TrainerChoice:
    code: str
    name: str
    company_code: str


class EnrolmentService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def enrolments(self, actor: Actor, group_id: uuid.UUID) -> list[EnrolmentRow]:
        raise NotImplementedError

    def add(self, actor: Actor, group_id: uuid.UUID, participant_ids: Sequence[uuid.UUID],
            start: date, end: date | None = None, company_code: str | None = None,
            trainer_code: str | None = None) -> list[uuid.UUID]:
        raise NotImplementedError

    def update(self, actor: Actor, enrolment_id: uuid.UUID, start: date, end: date | None,
               company_code: str | None, trainer_code: str | None) -> None:
        raise NotImplementedError

    def set_status(self, actor: Actor, enrolment_id: uuid.UUID, status: str,
                   day: date | None = None) -> None:
        raise NotImplementedError

    def move(self, actor: Actor, enrolment_id: uuid.UUID, to_group_id: uuid.UUID,
             day: date) -> uuid.UUID:
        raise NotImplementedError

    def trainer_choices(self, actor: Actor,
                        company_code: str | None = None) -> list[TrainerChoice]:
        raise NotImplementedError

    def company_choices(self, actor: Actor) -> list[tuple[str, str]]:
        raise NotImplementedError

    def add_by_codes(self, actor: Actor, number: str, group_code: str, start: date,
                     end: date | None = None, trainer_code: str | None = None) -> uuid.UUID:
        raise NotImplementedError

    def stop_by_codes(self, actor: Actor, number: str, group_code: str,
                      day: date) -> uuid.UUID:
        raise NotImplementedError
