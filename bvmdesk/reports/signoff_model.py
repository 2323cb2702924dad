"""The frozen values the sign-off PDFs take: the aftekenkaart to print, the receipts for the
trainer (sign-offs on screen, an approval of bpv hours) and the praktijkoverzicht of a
participant. Services fill them (services/signoff_reports.py), the builders in
reports/pdf/signoff_*.py draw them.

Pure data: no Qt, no database. Moments are local wall-clock times (Europe/Amsterdam);
hours are minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bvmdesk.domain.signature import Signature


@dataclass(frozen=True)
class Workplace:
    """Who the pages are about: the participant in one group, at one company."""

    participant_name: str
    participant_number: str
    group: str                       # group code
    module: str                      # "M-LAS-1 Lassen MIG/MAG"
    company: str | None
    company_sbb_id: str | None
    trainer: str | None              # the enrolment's praktijkopleider


# --- the aftekenkaart --------------------------------------------------------------------
@dataclass(frozen=True)
class CardLine:
    code: str
    description: str
    work_process: str | None         # code
    required: bool


@dataclass(frozen=True)
class CardSheet:
    """One printed card: its code (in the QR), version and the tasks to sign."""

    code: str
    version: int
    printed_on: date
    workplace: Workplace
    tasks: tuple[CardLine, ...]


# --- the receipt of sign-offs --------------------------------------------------------------
@dataclass(frozen=True)
class ReceiptLine:
    code: str
    description: str
    work_process: str | None
    day: date
    remark: str | None


@dataclass(frozen=True)
class SignOffReceipt:
    """The sign-offs of one moment by one trainer, for the trainer to keep."""

    workplace: Workplace
    trainer: str                     # who signed
    method: str                      # screen | paper
    lines: tuple[ReceiptLine, ...]
    signature: Signature | None
    recorded_at: datetime            # local
    recorded_by: str                 # the instructor's display name
    card_code: str | None = None


# --- the receipt of an approval of bpv hours -------------------------------------------
@dataclass(frozen=True)
class WeekLine:
    week: str                        # 2026-W37
    monday: date
    sunday: date
    minutes: int


@dataclass(frozen=True)
class ApprovalReceipt:
    workplace: Workplace
    trainer: str
    approved_on: date
    weeks: tuple[WeekLine, ...]
    signature: Signature | None
    recorded_at: datetime            # local
    recorded_by: str
    withdrawn: str | None = None     # "ingetrokken op ... door ...: reden", when withdrawn
    on_paper: bool = False           # recorded from paper (an import), not signed on screen

    @property
    def total_minutes(self) -> int:
        return sum(w.minutes for w in self.weeks)


# --- the praktijkoverzicht ---------------------------------------------------------------
@dataclass(frozen=True)
class TaskLine:
    """A task of the module and the sign-off that stands (None: open)."""

    code: str
    description: str
    work_process: str | None
    required: bool
    trainer: str | None
    day: date | None
    method: str | None               # "op het scherm", "op papier, vastgelegd door X", ...
    remark: str | None = None

    @property
    def signed(self) -> bool:
        return self.day is not None


@dataclass(frozen=True)
class WorkProcessLine:
    """A work process and how many of its tasks are signed."""

    code: str
    name: str
    signed: int
    total: int
    required_open: int


@dataclass(frozen=True)
class HoursLine:
    week: str
    monday: date
    sunday: date
    minutes: int
    approved_by: str | None          # None: not (or no longer) approved
    approved_on: date | None


@dataclass(frozen=True)
class EnrolmentPart:
    """One enrolment with a workplace: tasks, work processes, withdrawals and hours."""

    workplace: Workplace
    start: date
    end: date | None
    trainers: tuple[str, ...]        # the enrolment's and those who signed
    work_processes: tuple[WorkProcessLine, ...]
    tasks: tuple[TaskLine, ...]
    withdrawn: tuple[str, ...]       # one sentence per withdrawn sign-off
    hours: tuple[HoursLine, ...]
    entered_minutes: int
    approved_minutes: int
    norm_hours: int | None


@dataclass(frozen=True)
class Praktijkoverzicht:
    participant_name: str
    participant_number: str
    participant_type: str
    parts: tuple[EnrolmentPart, ...]
