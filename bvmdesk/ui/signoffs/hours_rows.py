"""What the Bpv-uren grid shows, without widgets: one row per ISO week from the
enrolment's start up to this week (newest first), the hours as typed but not saved yet,
the status sentence of a week, the totals line and a week's history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.signoff import (
    HoursError,
    format_hours,
    format_iso_week,
    iso_week_of,
    parse_hours,
    week_monday,
    week_sunday,
)
from bvmdesk.services.signoff_types import ApprovalInfo, HoursSheet, HoursTotals, WeekHours
from bvmdesk.ui.formatting import to_qdate

translate = QCoreApplication.translate

WEEKS_BACK = 52          # at most this many weeks before this week are offered
CONTEXT = "HoursGrid"



def short_date(day: date) -> str:
    """14-09-2026, as the sign-off screens write dates in sentences."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


@dataclass(frozen=True)
class Pending:
    """Hours typed into a week and not saved: `minutes` None when `error` says why not."""

    text: str
    minutes: int | None
    error: str | None


@dataclass(frozen=True)
class WeekRow:
    iso_year: int
    iso_week: int
    hours: WeekHours | None        # what stands (None: nothing entered for this week)

    @property
    def key(self) -> tuple[int, int]:
        return self.iso_year, self.iso_week

    @property
    def label(self) -> str:
        return format_iso_week(self.iso_year, self.iso_week)

    @property
    def monday(self) -> date:
        return week_monday(self.iso_year, self.iso_week)

    @property
    def sunday(self) -> date:
        return week_sunday(self.iso_year, self.iso_week)

    @property
    def current_id(self) -> uuid.UUID | None:
        return self.hours.hours_id if self.hours is not None else None

    @property
    def approvable(self) -> bool:
        """Has hours (more than 0) and no approval that counts."""
        return (self.hours is not None and self.hours.minutes > 0
                and self.hours.approval is None)

    @property
    def approval_voided(self) -> bool:
        """An older row of this week had an approval that counted until it was changed."""
        if self.hours is None or self.hours.approval is not None:
            return False
        return any(entry.superseded and any(_stood(a) for a in entry.approvals)
                   for entry in self.hours.history)

    @property
    def approval_withdrawn(self) -> bool:
        """The current row's approval was withdrawn (and none counts now)."""
        if self.hours is None or self.hours.approval is not None:
            return False
        return any(entry.hours_id == self.hours.hours_id
                   and any(a.withdrawn_by is not None for a in entry.approvals)
                   for entry in self.hours.history)


def _stood(approval: ApprovalInfo) -> bool:
    """An approval that was not withdrawn (and is no withdrawal itself)."""
    return approval.withdraws_id is None and approval.withdrawn_by is None


def week_rows(start: date, today: date, sheet: HoursSheet | None) -> list[WeekRow]:
    """The weeks of the grid, newest first: from the week of `start` (at most WEEKS_BACK
    weeks back) up to this week, plus any older week that has hours."""
    entered = {(w.iso_year, w.iso_week): w for w in sheet.weeks} if sheet else {}
    first = max(start, today - timedelta(weeks=WEEKS_BACK))
    keys: set[tuple[int, int]] = set()
    if first <= today:
        monday = first - timedelta(days=first.weekday())
        while monday <= today:
            keys.add(iso_week_of(monday))
            monday += timedelta(weeks=1)
    this_week = iso_week_of(today)
    keys.update(k for k in entered if k <= this_week)
    return [WeekRow(y, w, entered.get((y, w))) for (y, w) in sorted(keys, reverse=True)]


def read_pending(text: str, row: WeekRow) -> Pending | None:
    """What typing `text` into `row` means: None when it changes nothing (the same hours,
    or nothing typed into a week without hours); else the minutes or the Dutch error."""
    stripped = text.strip()
    standing = row.hours.minutes if row.hours is not None else None
    if not stripped:
        if standing is None or standing == 0:
            return None
        return Pending(text, 0, None)          # emptied: the week has 0 hours now
    try:
        minutes = parse_hours(stripped)
    except HoursError as exc:
        return Pending(stripped, None, str(exc))
    if minutes == standing or (standing is None and minutes == 0):
        return None
    return Pending(stripped, minutes, None)


def range_text(row: WeekRow, *, year: bool = True) -> str:
    """`7 sep – 13 sep 2026` (the year once when both days share it); without `year`
    `7 sep – 13 sep` (the column: the week's label says the year)."""
    monday, sunday = row.monday, row.sunday
    if not year:
        return f"{_day_month(monday)} – {_day_month(sunday)}"
    left = _day_month(monday) + (f" {monday.year}" if monday.year != sunday.year else "")
    return f"{left} – {_day_month(sunday)} {sunday.year}"


def _day_month(day: date) -> str:
    return QLocale().toString(to_qdate(day), "d MMM").replace(".", "")


def hours_text(row: WeekRow) -> str:
    return format_hours(row.hours.minutes) if row.hours is not None else ""


def status_text(row: WeekRow, pending: Pending | None = None) -> str:
    """The Status column: approved by whom and when, not approved, or voided."""
    if pending is not None:
        if pending.error is not None:
            return translate("HoursGrid", "Niet opgeslagen: {error}").format(error=pending.error)
        return translate("HoursGrid", "Gewijzigd, nog niet opgeslagen (Ctrl+S)")
    hours = row.hours
    if hours is None:
        return ""
    if hours.approval is not None:
        return translate("HoursGrid", "Goedgekeurd {day} · {trainer}").format(
            trainer=hours.approval.trainer, day=short_date(hours.approval.approved_on))
    if row.approval_voided:
        return translate("HoursGrid", "Goedkeuring vervallen door wijziging")
    if row.approval_withdrawn:
        return translate("HoursGrid", "Goedkeuring ingetrokken")
    if hours.minutes == 0:
        return translate("HoursGrid", "Geen uren")
    return translate("HoursGrid", "Niet goedgekeurd")


def entered_text(row: WeekRow, *, full: bool = False) -> str:
    """Ingevoerd door: who (and with `full`, the tooltip, when: local date)."""
    if row.hours is None:
        return ""
    if not full:
        return row.hours.entered_by
    return f"{row.hours.entered_by}, {short_date(to_local(row.hours.entered_at).date())}"


def _approval_line(approval: ApprovalInfo, voided: bool) -> str:
    method = (translate("HoursGrid", "op papier") if approval.method == "paper"
              else translate("HoursGrid", "op het scherm"))
    if approval.withdraws_id is not None:
        line = translate("HoursGrid", "Goedkeuring ingetrokken op {day} door {user}").format(
            day=short_date(approval.approved_on), user=approval.recorded_by)
        return line + (f": {approval.reason}" if approval.reason else "")
    line = translate("HoursGrid", "Goedgekeurd door {trainer} op {day} ({method})").format(
        trainer=approval.trainer, day=short_date(approval.approved_on), method=method)
    if approval.withdrawn_by is not None:
        line += translate("HoursGrid", " — ingetrokken")
        if approval.reason:
            line += f": {approval.reason}"
    elif voided:
        line += translate("HoursGrid", " — vervallen door wijziging")
    return line


def history_lines(row: WeekRow) -> list[str]:
    """Every row of the week (oldest first) with its approvals and withdrawals."""
    if row.hours is None:
        return [translate("HoursGrid", "{week}: nog geen uren ingevoerd.").format(week=row.label)]
    lines: list[str] = []
    for entry in row.hours.history:
        moment = to_local(entry.entered_at)
        line = translate(
            "HoursGrid", "{hours} uur ingevoerd door {user} op {day} om {time}").format(
            hours=format_hours(entry.minutes), user=entry.entered_by,
            day=short_date(moment.date()), time=f"{moment:%H:%M}")
        if entry.superseded:
            line += translate("HoursGrid", " (vervangen)")
        lines.append(line)
        lines += ["    " + _approval_line(a, entry.superseded) for a in entry.approvals]
    return lines


def totals_text(totals: HoursTotals) -> str:
    """`Ingevoerd 120 · Goedgekeurd 96 · Norm 610 per jaar` (or `Norm onbekend`)."""
    norm = (translate("HoursGrid", "Norm onbekend") if totals.norm_hours is None
            else translate("HoursGrid", "Norm {hours} per jaar").format(hours=totals.norm_hours))
    return translate("HoursGrid", "Ingevoerd {entered} · Goedgekeurd {approved} · {norm}").format(
        entered=format_hours(totals.entered_minutes),
        approved=format_hours(totals.approved_minutes), norm=norm)


def approvable_ids(rows: list[WeekRow]) -> tuple[list[uuid.UUID], list[WeekRow]]:
    """(current hours ids of the rows that can be approved, the rows that cannot)."""
    ids = [row.current_id for row in rows if row.approvable and row.current_id is not None]
    return ids, [row for row in rows if not row.approvable]
