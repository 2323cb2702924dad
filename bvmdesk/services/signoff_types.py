"""The frozen values the sign-off services take and return (tasks, trainers, sign-offs,
cards, bpv hours, overviews). The front ends see these, never the database rows.

Methods are the database's values (`screen`, `paper`); `domain.signoff.METHOD_WORDS` gives
the interface words (`scherm`, `papier`). Hours are minutes (whole half hours).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime


# --- tasks (Beheer) ---------------------------------------------------------------------
@dataclass(frozen=True)
class TaskSpec:
    """A sign-off task as an administrator writes it (input of `save_task`).

    `work_process` is a code of the module's work processes (None: not linked); one the
    module does not have yet is added, named `work_process_name` (else by its code).
    """

    module: str                    # module code
    code: str
    description: str
    work_process: str | None = None
    work_process_name: str | None = None
    required: bool = True


@dataclass(frozen=True)
class TaskInfo:
    id: uuid.UUID
    module_id: uuid.UUID
    module: str                    # module code
    module_name: str
    code: str
    description: str
    work_process: str | None       # code
    work_process_name: str | None
    required: bool
    archived: bool                 # removed from the module; its sign-offs stay
    used: bool = False             # has a sign-off (list_tasks and task fill it in)


# --- trainers ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainerInfo:
    id: uuid.UUID
    code: str
    name: str
    company_id: uuid.UUID
    company: str                   # company name
    has_pin: bool
    locked_until: datetime | None  # UTC; None when not locked now
    is_enrolment_trainer: bool = False  # the enrolment's own praktijkopleider


# --- sign-offs --------------------------------------------------------------------------
@dataclass(frozen=True)
class SignItem:
    """One task ticked in a sign-off: which, on which date, with an optional remark."""

    task_id: uuid.UUID
    day: date
    remark: str | None = None


@dataclass(frozen=True)
class SignOffInfo:
    """One sign-off row (a withdrawal too: `withdraws_id` set, `reason` says why)."""

    id: uuid.UUID
    enrolment_id: uuid.UUID
    task_id: uuid.UUID
    task_code: str
    task_description: str
    trainer_id: uuid.UUID
    trainer: str                   # trainer's name
    trainer_code: str
    day: date
    method: str                    # screen | paper
    has_signature: bool
    remark: str | None
    recorded_by: str               # user name
    recorded_by_name: str          # display name (falls back to the user name)
    recorded_at: datetime          # UTC (created_at)
    imported: bool
    card_code: str | None
    evidence_attachment_id: uuid.UUID | None
    withdraws_id: uuid.UUID | None = None
    reason: str | None = None
    withdrawn_by: uuid.UUID | None = None  # the withdrawal row that withdrew this one

    @property
    def is_withdrawal(self) -> bool:
        return self.withdraws_id is not None

    @property
    def counts(self) -> bool:
        """A sign-off that stands: not a withdrawal and not withdrawn."""
        return self.withdraws_id is None and self.withdrawn_by is None


@dataclass(frozen=True)
class TaskState:
    """A task of an enrolment with the sign-off that stands (None: not signed) and every
    sign-off and withdrawal of it, oldest first."""

    task: TaskInfo
    current: SignOffInfo | None
    history: tuple[SignOffInfo, ...]


@dataclass(frozen=True)
class EnrolmentRef:
    """An enrolment as the sign-off screens show it."""

    id: uuid.UUID
    participant_id: uuid.UUID
    participant_number: str
    participant_name: str
    participant_type: str
    group_id: uuid.UUID
    group_code: str
    module_id: uuid.UUID
    module_code: str
    module_name: str
    company_id: uuid.UUID | None
    company: str | None            # company name
    company_sbb_id: str | None
    trainer_id: uuid.UUID | None
    trainer: str | None            # trainer's name
    start_date: date
    end_date: date | None
    status: str

    @property
    def has_workplace(self) -> bool:
        """Gets the module's tasks: a company and a praktijkopleider (issue 13, 1)."""
        return self.company_id is not None and self.trainer_id is not None


@dataclass(frozen=True)
class EnrolmentSignOffs:
    enrolment: EnrolmentRef
    tasks: tuple[TaskState, ...]   # the module's tasks (archived ones only when signed)


# --- printed cards ----------------------------------------------------------------------
@dataclass(frozen=True)
class CardTask:
    id: uuid.UUID
    code: str
    description: str
    required: bool
    work_process: str | None = None  # code, as printed


@dataclass(frozen=True)
class CardInfo:
    id: uuid.UUID
    code: str                      # ZWL-AK-2026-00012, in the QR
    version: int                   # 1, 2, ... per enrolment
    enrolment: EnrolmentRef
    tasks: tuple[CardTask, ...]    # as printed
    printed_at: datetime           # UTC
    printed_by: str


@dataclass(frozen=True)
class CardLookup:
    """A scanned or typed card code, against today's tasks of its module."""

    card: CardInfo
    added: tuple[str, ...]         # task codes the module has now and the card not
    removed: tuple[str, ...]       # task codes on the card the module no longer has
    changed: tuple[str, ...]       # same code, other description or required

    @property
    def stale(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def stale_message(self) -> str | None:
        """Dutch: what changed since the card was printed, or None."""
        if not self.stale:
            return None
        parts = []
        if self.added:
            parts.append("nieuw: " + ", ".join(self.added))
        if self.removed:
            parts.append("vervallen: " + ", ".join(self.removed))
        if self.changed:
            parts.append("gewijzigd: " + ", ".join(self.changed))
        return (f"Deze kaart (versie {self.card.version}) is gedrukt op "
                f"{self.card.printed_at:%d-%m-%Y}, voordat de taken veranderden ("
                + "; ".join(parts) + "). Leg alleen vast wat op de kaart staat en druk een "
                "nieuwe kaart voor de rest.")


# --- bpv hours --------------------------------------------------------------------------
@dataclass(frozen=True)
class WeekEntry:
    """Input of `enter_hours`: the hours of one ISO week (minutes, whole half hours)."""

    iso_year: int
    iso_week: int
    minutes: int


@dataclass(frozen=True)
class ApprovalInfo:
    id: uuid.UUID
    trainer_id: uuid.UUID
    trainer: str
    approved_on: date
    method: str                    # screen | paper
    has_signature: bool
    recorded_by: str
    recorded_at: datetime          # UTC
    imported: bool
    withdraws_id: uuid.UUID | None = None
    reason: str | None = None
    withdrawn_by: uuid.UUID | None = None

    @property
    def counts(self) -> bool:
        return self.withdraws_id is None and self.withdrawn_by is None


@dataclass(frozen=True)
class WeekHours:
    """The hours of one week as they stand, and their history (oldest first)."""

    hours_id: uuid.UUID            # the current row
    iso_year: int
    iso_week: int
    minutes: int
    entered_by: str
    entered_at: datetime           # UTC
    approval: ApprovalInfo | None  # the approval that counts for the current row
    history: tuple[WeekHistoryEntry, ...]

    @property
    def approved(self) -> bool:
        return self.approval is not None


@dataclass(frozen=True)
class WeekHistoryEntry:
    hours_id: uuid.UUID
    minutes: int
    entered_by: str
    entered_at: datetime
    approvals: tuple[ApprovalInfo, ...]  # withdrawn and voided ones too
    superseded: bool


@dataclass(frozen=True)
class HoursTotals:
    entered_minutes: int
    approved_minutes: int
    norm_hours: int | None         # a year; None when the programme has none (not BBL)


@dataclass(frozen=True)
class HoursSheet:
    enrolment: EnrolmentRef
    weeks: tuple[WeekHours, ...]   # by week
    totals: HoursTotals


# --- overviews --------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupTaskColumn:
    task_id: uuid.UUID
    code: str
    description: str
    required: bool


@dataclass(frozen=True)
class GroupSignOffRow:
    enrolment: EnrolmentRef
    signed: dict[uuid.UUID, date]  # task id -> date of the sign-off that stands
    hours: HoursTotals


@dataclass(frozen=True)
class GroupSignOffs:
    group_id: uuid.UUID
    group_code: str
    module_code: str
    module_name: str
    tasks: tuple[GroupTaskColumn, ...]
    rows: tuple[GroupSignOffRow, ...]  # enrolments with a workplace, by participant name
