"""The hours statement's week subtotals (issue 9 item 10): one per ISO week, after the week's
last lesson, worded and placed as a subtotal ("Totaal week 37", beside the numbers), and never
cut off from its lessons by a page break. Read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

from bvmdesk.reports.pdf import hours_pdf
from tests.reports import samples

_MONTHS = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "okt": 10, "nov": 11, "dec": 12}
_LESSON = re.compile(r"^\s*(ma|di|wo|do|vr|za|zo) (\d{1,2}) (\w{3}) (\d{4})")
_SUBTOTAL = re.compile(r"Totaal week (\d+)")


def _pages(data: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "hours.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [page.splitlines() for page in text.split("\f") if page.strip()]


def _table(lines: list[str]) -> list[tuple[str, int, str]]:
    """("lesson", ISO week, line) and ("subtotal", week, line), in the order printed."""
    rows = []
    for line in lines:
        lesson = _LESSON.match(line)
        subtotal = _SUBTOTAL.search(line)
        if lesson and re.search(r"\d{2}:\d{2}–\d{2}:\d{2}", line):
            day = date(int(lesson[4]), _MONTHS[lesson[3]], int(lesson[2]))
            rows.append(("lesson", day.isocalendar()[1], line))
        elif subtotal:
            rows.append(("subtotal", int(subtotal[1]), line))
    return rows


def test_one_subtotal_per_week_after_its_last_lesson(tmp_path: Path) -> None:
    statement = samples.hours()  # two lessons a week, Tuesdays and Thursdays
    rows = [r for page in _pages(hours_pdf(statement, samples.meta()), tmp_path)
            for r in _table(page)]
    weeks = sorted({d.date.isocalendar()[1] for d in statement.days})
    assert [week for kind, week, _ in rows if kind == "subtotal"] == weeks
    for index, (kind, week, _line) in enumerate(rows):
        if kind == "subtotal":
            assert rows[index - 1][:2] == ("lesson", week)  # right after its last lesson
            assert index + 1 == len(rows) or rows[index + 1][1] > week
    assert sum(1 for kind, _, _ in rows if kind == "lesson") == len(statement.days)
    assert not any(re.search(r"(?<!Totaal )Week \d", line) for *_, line in rows)


def test_the_subtotal_stands_beside_the_numbers_not_as_a_heading(tmp_path: Path) -> None:
    lines = _pages(hours_pdf(samples.hours(), samples.meta()), tmp_path)[0]
    header = next(line for line in lines if "Gepland" in line)
    status_column = header.index("Status")
    for kind, _week, line in _table(lines):
        if kind == "subtotal":
            assert line.index("Totaal week") > status_column, line  # right-aligned label
            assert line.rstrip().endswith(("min", "uur")), line  # the hours on the same line


def test_a_page_never_starts_with_a_subtotal(tmp_path: Path) -> None:
    # One lesson a week, as for most BBL participants: every lesson has its own subtotal,
    # and at some length the page break falls between the lesson and its subtotal.
    # A first week of two lessons shifts the rows by one, so that both ways of falling
    # (between two weeks, inside one) come up.
    days = samples.hours_days(80)
    tuesdays = tuple(d for d in days if d.date.weekday() == 1)
    for first_week in ((), (days[1],)):
        for count in (12, 16, 20):
            statement = replace(samples.hours(), days=(*tuesdays[:1], *first_week,
                                                       *tuesdays[1:count]))
            pages = _pages(hours_pdf(statement, samples.meta()), tmp_path)
            assert len(pages) > 1
            for page in pages[1:]:
                table = _table(page)
                assert not table or table[0][0] == "lesson", (count, table[0][2])
