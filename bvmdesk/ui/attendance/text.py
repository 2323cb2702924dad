"""How Vandaag and Rapportages word hours, periods, percentages and absences reported."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.enums import AbsenceKind
from bvmdesk.reports.model import VerzuimLesson
from bvmdesk.services.attendance_types import PlannedAbsenceInfo
from bvmdesk.ui.attendance.register_model import (
    STATUS_COLOURS,
    STATUS_LETTERS,
    status_label,
    status_word,
)
from bvmdesk.ui.formatting import format_date, to_qdate

translate = QCoreApplication.translate


def hours_text(minutes: int) -> str:
    """`22 uur 30 min`, `16 uur`, `45 min`."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours and rest:
        return translate("AttendanceText", "{hours} uur {minutes} min").format(
            hours=hours, minutes=rest)
    if hours:
        return translate("AttendanceText", "{hours} uur").format(hours=hours)
    return translate("AttendanceText", "{minutes} min").format(minutes=rest)


def decimal_text(value: float, decimals: int = 1) -> str:
    """`62,5` in Dutch."""
    return QLocale().toString(float(value), "f", decimals)


def percentage_text(percentage: float, minimum: int | None) -> str:
    """`62,5% (minimaal 80%)`."""
    text = f"{decimal_text(percentage)}%"
    if minimum is None:
        return text
    return translate("AttendanceText", "{value} (minimaal {minimum}%)").format(
        value=text, minimum=minimum)


def short_date(value: date, *, year: bool = True) -> str:
    """`28 sep 2026`, or `28 sep` without the year."""
    text = QLocale().toString(to_qdate(value), "d MMM yyyy" if year else "d MMM")
    return text.replace(".", "")


def period_text(first: date, last: date) -> str:
    """`28 sep – 1 nov 2026`, `24 – 28 nov 2026` (what both dates share is said once)."""
    if first == last:
        return short_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {short_date(last)}"
    return f"{short_date(first, year=first.year != last.year)} – {short_date(last)}"


def long_period_text(first: date, last: date) -> str:
    """`ma 28 sep 2026 t/m zo 1 nov 2026`."""
    if first == last:
        return format_date(first)
    return translate("AttendanceText", "{first} t/m {last}").format(
        first=format_date(first), last=format_date(last))


def kind_text(kind: str, *, short: bool = False) -> str:
    """`Z   Ziek` / `G   Geoorloofd afwezig`: the letter with the word; `short`:
    `Z  Ziek` / `G  Geoorloofd`."""
    if not short:
        return status_label(kind)
    letter = STATUS_LETTERS.get(kind, "-")
    if kind == AbsenceKind.EXCUSED:
        word = translate("AttendanceText", "Geoorloofd")
    else:
        word = status_word(kind)
    return f"{letter}  {word}"


def kind_colour(kind: str | None) -> str:
    return STATUS_COLOURS.get(kind, STATUS_COLOURS[None])


def absence_scope(info: PlannedAbsenceInfo, day: date | None = None) -> str:
    """What an absence covers. With `day` (the list of one day): `hele dag`, `les LAS-1
    08:30-12:00` or `t/m vr 27 nov 2026`; without: the dates as well."""
    if info.lesson_label:
        if day is not None:  # the label is "GROUP 08:30-12:00": the day's list needs the time
            return translate("AttendanceText", "les {time}").format(
                time=info.lesson_label.rsplit(" ", 1)[-1])
        lesson = translate("AttendanceText", "les {label}").format(label=info.lesson_label)
        return f"{format_date(info.from_date)}, {lesson}"
    if info.from_date == info.to_date:
        if day is not None:
            return translate("AttendanceText", "hele dag")
        return format_date(info.from_date)
    if day is not None:
        if info.from_date > day:
            return period_text(info.from_date, info.to_date)
        return translate("AttendanceText", "t/m {last}").format(
            last=short_date(info.to_date, year=False))
    return long_period_text(info.from_date, info.to_date)


def absence_when(info: PlannedAbsenceInfo) -> str:
    """Compact dates for one participant's list: `di 24 nov 2026`, `24 – 27 nov 2026`, or
    `di 24 nov 2026 13:00-16:00` for one lesson."""
    if info.lesson_label:
        return f"{format_date(info.from_date)} {info.lesson_label.rsplit(' ', 1)[-1]}"
    if info.from_date == info.to_date:
        return format_date(info.from_date)
    return period_text(info.from_date, info.to_date)


def recorded_text(info: PlannedAbsenceInfo) -> str:
    """`Gemeld door pbakker op di 24 nov 2026 07:32 · moeder belde om 07:30`."""
    at = to_local(info.recorded_at)  # stored as UTC
    text = translate("AttendanceText", "Gemeld door {user} op {day} {time}").format(
        user=info.recorded_by, day=format_date(at.date()), time=f"{at:%H:%M}")
    return f"{text} · {info.note}" if info.note else text


def lesson_line(lesson: VerzuimLesson) -> str:
    """`di 29 sep 2026 · LAS-ZWL-1 · 08:30–12:00 · Ongeoorloofd afwezig · 3 uur 30 min`."""
    return " · ".join((format_date(lesson.date), lesson.group,
                       f"{lesson.start_time:%H:%M}–{lesson.end_time:%H:%M}",
                       status_word(lesson.status), hours_text(lesson.unexcused_minutes)))
