"""The frozen values of `overzicht.pdf`, the readable summary of an access export (AVG art. 15).

Pure data: no Qt, no database. Minutes are whole minutes; statuses are the stored values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SummaryEnrolment:
    group: str                 # group code
    group_name: str
    module: str                # module name
    location: str
    start_date: date
    end_date: date | None
    status: str                # actief, afgerond, gestopt
    company: str | None
    trainer: str | None


@dataclass(frozen=True)
class SummaryAttendance:
    """Totals of the held lessons of one group (while enrolled, up to the export's day)."""

    group: str
    lessons: int
    planned_minutes: int
    attended_minutes: int
    excused_minutes: int
    unexcused_minutes: int
    unmarked_minutes: int
    percentage: float | None


@dataclass(frozen=True)
class SummaryAssessment:
    code: str
    version: int
    form: str                  # form code and name
    group: str
    date: date
    status: str                # concept, definitief
    passed: bool | None        # None: a draft
    assessor: str | None
    superseded: bool


@dataclass(frozen=True)
class SummarySignOff:
    date: date
    group: str
    task: str                  # code and description
    trainer: str
    method: str                # screen, paper, imported
    withdrawn: bool            # withdrawn later (or this row is the withdrawal)
    is_withdrawal: bool = False


@dataclass(frozen=True)
class SummaryHours:
    group: str
    weeks: int
    entered_minutes: int
    approved_minutes: int
    norm_hours: int | None


@dataclass(frozen=True)
class SummaryCertificate:
    number: str
    kind: str                  # certificaat, deelname
    module: str
    issued_on: date
    status: str                # valid, revoked, superseded
    expires_on: date | None
    revocation_reason: str | None
    file: str                  # its name in the zip


@dataclass(frozen=True)
class PersonSummary:
    """Everything `overzicht.pdf` shows about one participant."""

    number: str
    name: str
    details: tuple[tuple[str, str], ...]          # (label, value) of the personal data
    enrolments: tuple[SummaryEnrolment, ...]
    attendance: tuple[SummaryAttendance, ...]
    assessments: tuple[SummaryAssessment, ...]
    signoffs: tuple[SummarySignOff, ...]
    hours: tuple[SummaryHours, ...]
    certificates: tuple[SummaryCertificate, ...]
    counts: tuple[tuple[str, int], ...]           # (table, rows) in gegevens.json
    attachments: int
    audit_events: int
    made_at: datetime                              # local wall clock
    made_by: str                                   # display name of who exported
