"""Reports fit their content: for every builder, a 120-character name (spaced, and as one
unbroken word) and a 200-character topic are printed whole, inside the page, and never over
other text; an empty table says so. Read back with poppler (`pdftotext -bbox`, `-raw`)."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reports.long_samples import BUILDERS, SOLID_NAME, SPACED_NAME, TOPIC

EDGE = 14.0  # points: nothing is printed nearer to the paper's edge (5 mm)
SLACK = 0.6  # points: glyph boxes of neighbouring lines may touch, not overlap


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" '
                   r'yMax="([\d.-]+)">(.*?)</word>')


def _write(data: bytes, tmp_path: Path, name: str) -> Path:
    assert data.startswith(b"%PDF-")
    path = tmp_path / f"{name.replace(' ', '-')}.pdf"
    path.write_bytes(data)
    return path


def _words(path: Path) -> tuple[list[tuple[float, float]], list[Word]]:
    """The size of each page and every word with its box (points, y down)."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages: list[tuple[float, float]] = []
    words: list[Word] = []
    for chunk in out.split("<page ")[1:]:
        size = _PAGE.search("<page " + chunk)
        assert size is not None
        pages.append((float(size.group(1)), float(size.group(2))))
        words += [Word(len(pages), html.unescape(m.group(5)), *map(float, m.groups()[:4]))
                  for m in _WORD.finditer(chunk)]
    return pages, words


def _squashed(path: Path) -> str:
    """The text in the order it is drawn, without any white space: a name wrapped over
    lines (or broken inside a word) reads as one piece again."""
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)


def _overlaps(a: Word, b: Word) -> bool:
    return (min(a.x1, b.x1) - max(a.x0, b.x0) > SLACK
            and min(a.y1, b.y1) - max(a.y0, b.y0) > SLACK)


def assert_fits(path: Path) -> None:
    """Every word lies inside the page's printable area and overlaps no other word."""
    pages, words = _words(path)
    assert words
    for word in words:
        width, height = pages[word.page - 1]
        assert word.x0 >= EDGE and word.x1 <= width - EDGE, f"off the page: {word}"
        assert word.y0 >= EDGE and word.y1 <= height - EDGE, f"off the page: {word}"
    for page in range(1, len(pages) + 1):
        on_page = sorted((w for w in words if w.page == page), key=lambda w: w.y0)
        for index, word in enumerate(on_page):
            for other in on_page[index + 1:]:
                if other.y0 >= word.y1:
                    break
                assert not _overlaps(word, other), f"drawn over each other: {word} {other}"


def assert_rows_in_order(path: Path, first: str, second: str) -> None:
    """The words of the row that starts with `second` begin below the last line of the
    row that holds `first` (on the same page)."""
    _, words = _words(path)
    above = [w for w in words if w.text == first]
    below = [w for w in words if w.text == second]
    assert above and below
    assert below[0].page > above[-1].page or below[0].y0 >= above[-1].y1 - SLACK


@pytest.mark.parametrize("name", [SPACED_NAME, SOLID_NAME], ids=["spaced", "solid"])
@pytest.mark.parametrize("report", sorted(BUILDERS))
def test_a_long_name_and_topic_are_printed_whole_and_inside_their_rows(
        report: str, name: str, tmp_path: Path) -> None:
    path = _write(BUILDERS[report].full(name), tmp_path, report)
    text = _squashed(path)
    assert name.replace(" ", "") in text
    if report not in ("financiers", "verzuim", "presentieoverzicht"):  # no topic to print
        assert TOPIC.replace(" ", "") in text or report == "urengoedkeuring"
    assert_fits(path)


@pytest.mark.parametrize("report", sorted(r for r in BUILDERS if BUILDERS[r].empty))
def test_an_empty_table_says_so(report: str, tmp_path: Path) -> None:
    builder = BUILDERS[report]
    assert builder.empty is not None
    path = _write(builder.empty(SPACED_NAME), tmp_path, f"{report}-leeg")
    assert builder.empty_line.replace(" ", "") in _squashed(path)
    assert_fits(path)


def test_the_presentielijst_row_after_a_long_name_starts_below_it(tmp_path: Path) -> None:
    path = _write(BUILDERS["presentielijst"].full(SOLID_NAME), tmp_path, "pl")
    # the long name is participant 2; participant 3's number starts the next row
    assert_rows_in_order(path, "ZWL-00043", "ZWL-00044")
    _, words = _words(path)
    name_lines = [w for w in words if w.text in SOLID_NAME and len(w.text) > 3]
    next_row = next(w for w in words if w.text == "ZWL-00044")
    assert len(name_lines) >= 2 * 3  # wrapped, twice in the list
    assert max(w.y1 for w in name_lines if w.y0 < next_row.y0) <= next_row.y0 + SLACK
