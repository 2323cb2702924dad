"""The sign-off sheets' cells and row checks that need only the file (issue 13).

Aftekentaken, Aftekeningen and Bpv-uren: an ISO week (`2026-W37`) is read as (2026, 37),
bpv hours (`7,5`, `7:30`, a number cell 7.5) as minutes in whole half hours; a sign-off
date and an approval date are never in the future, nor is a week of hours, and an approval
is not dated before its week began; the approval columns go together. References
(participant, task, trainer) are checked by `signoff_plan`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from bvmdesk.domain.signoff import (
    HoursError,
    WeekError,
    format_iso_week,
    iso_week_of,
    minutes_of_number,
    parse_hours,
    parse_iso_week,
    signoff_date_problem,
    week_monday,
)
from bvmdesk.services.exchange import format as fmt
from bvmdesk.services.exchange.cells import CellValueError, to_text
from bvmdesk.services.exchange.format import Kind

Issues = list[tuple[str, str]]
MSG_APPROVAL_PAIR = ("goedgekeurd_door en goedgekeurd_op horen bij elkaar: vul ze allebei "
                     "in (de praktijkopleider en de datum van de goedkeuring) of laat ze "
                     "allebei leeg")


def parse_week(value: Any) -> tuple[int, int]:
    """`2026-W37` as (2026, 37).

    Raises:
        CellValueError: not a week, or a week that year does not have.
    """
    text = to_text(value)
    try:
        return parse_iso_week(text or "")
    except WeekError as exc:
        raise CellValueError(str(exc)) from None


def parse_minutes(value: Any) -> int:
    """Bpv hours as minutes: a number cell (7.5) or text (`7,5`, `7.5`, `7:30`, `8 uur`).

    Raises:
        CellValueError: not a number, not whole half hours, negative, more than a week.
    """
    try:
        if isinstance(value, bool):
            raise HoursError(f"'{value}' is geen aantal uren; typ bijvoorbeeld 7,5 of 8.")
        if isinstance(value, int | float):
            if value != value or value in (float("inf"), float("-inf")):
                raise HoursError("geen aantal uren; typ bijvoorbeeld 7,5 of 8.")
            return minutes_of_number(value)
        return parse_hours(to_text(value) or "")
    except HoursError as exc:
        raise CellValueError(str(exc)) from None


PARSERS: dict[Kind, Callable[[Any], Any]] = {Kind.WEEK: parse_week, Kind.HOURS: parse_minutes}
"""The cell readers of the kinds only these sheets have (`validate.cell_parser`)."""


def _check_task(v: list[Any], _today: date) -> Issues:
    if v[4] is not None and v[3] is None:
        return [("werkproces_naam", "vul ook werkproces in (de code van het werkproces "
                                    "waarvan dit de naam is)")]
    return []


def _check_signoff(v: list[Any], today: date) -> Issues:
    problem = signoff_date_problem(v[3], today) if v[3] is not None else None
    return [("datum", problem)] if problem else []


def _check_hours(v: list[Any], today: date) -> Issues:
    """Not a week that has not begun; the approval's trainer and date together, the date
    not in the future."""
    issues: Issues = []
    week, trainer, approved = v[1], v[3], v[4]
    if week is not None and week > iso_week_of(today):
        issues.append(("week", f"week {format_iso_week(*week)} is nog niet begonnen; "
                               "bpv-uren gaan over deze week of eerdere weken"))
    if (trainer is None) != (approved is None):
        issues.append(("goedgekeurd_op" if approved is None else "goedgekeurd_door",
                       MSG_APPROVAL_PAIR))
    if approved is not None:
        problem = signoff_date_problem(approved, today)
        if problem:
            issues.append(("goedgekeurd_op", problem))
        elif week is not None and week_monday(*week) > approved:
            issues.append(("goedgekeurd_op", (
                f"week {format_iso_week(*week)} begon pas op {week_monday(*week):%d-%m-%Y}; "
                f"een goedkeuring op {approved:%d-%m-%Y} kan die week niet gelden")))
    return issues


ROW_CHECKS: dict[str, Callable[[list[Any], date], Issues]] = {
    fmt.SIGNOFF_TASKS.name: _check_task, fmt.SIGNOFFS.name: _check_signoff,
    fmt.PLACEMENT_HOURS.name: _check_hours}
"""Checks within one row (`validate.Parser`), by sheet name."""
