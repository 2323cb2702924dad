"""The PDFs, read back with poppler: names exactly as typed, the numbers, pages, fonts."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bvmdesk.reports.formatting import hours_text
from bvmdesk.reports.model import (
    AttendanceRow,
    FundersReport,
    Presentielijst,
    VerzuimReport,
)
from bvmdesk.reports.pdf import (
    attendance_pdf,
    funders_pdf,
    hours_pdf,
    presentielijst_pdf,
    verzuim_pdf,
)
from tests.reports import samples

DIACRITICS = samples.DIACRITIC_NAMES


def _write(data: bytes, tmp_path: Path, name: str) -> Path:
    assert data.startswith(b"%PDF-")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return path


def _text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in
                                                 out.splitlines())}


def _pages(path: Path) -> int:
    return int(_info(path)["Pages"])


def _assert_fonts_embedded(path: Path) -> None:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout
    fonts = out.splitlines()[2:]
    assert any("DejaVuSans" in line for line in fonts)
    for line in fonts:
        assert "DejaVuSans" in line, f"a font that is not ours: {line}"
        # columns: name type encoding emb sub uni object ID
        assert re.search(r"\byes\s+yes\s+yes\b", line), f"not embedded: {line}"
    assert b"/FontFile2" in path.read_bytes()


def _assert_page_furniture(text: str, pages: int) -> None:
    assert "Bedrijfsvakschool Metaaltechniek" in text
    assert "ZWL Zwolle" in text
    assert "Afgedrukt op di 15 sep 2026 14:05" in text
    for page in range(1, pages + 1):
        assert f"Pagina {page} van {pages}" in text


def test_presentielijst_shows_names_statuses_and_room_to_sign(tmp_path: Path) -> None:
    path = _write(presentielijst_pdf(samples.presentielijst(), samples.meta()), tmp_path, "pl")
    text = _text(path)
    for name in DIACRITICS:
        assert name in text
    assert "Presentielijst" in text
    assert "ZWL-MIG-26A – MIG/MAG-lassen basis A" in text
    assert "MIG/MAG-lassen NIL 1 (135)" in text
    assert "Hoeknaden PB, plaatdikte 8 mm" in text
    assert "Henk Brinkhuis" in text
    assert "di 15 sep 2026" in text
    assert "08:30–16:00" in text
    for column in ("Naam", "Nummer", "Status", "Aankomst", "Vertrek", "Handtekening"):
        assert column in text
    assert "A L V Z G O" in text  # empty rows: letters to circle
    assert "Ziek" in text and "(vooraf gemeld)" in text
    assert "Te laat" in text and "09:10" in text
    assert "Vroeg weg" in text and "14:30" in text
    assert "Handtekening instructeur:" in text and "Datum:" in text
    assert "G = Geoorloofd afwezig" in text
    _assert_page_furniture(text, _pages(path))
    _assert_fonts_embedded(path)
    info = _info(path)
    assert info["Title"].startswith("Presentielijst ZWL-MIG-26A")
    assert info["Author"] == "Bedrijfsvakschool Metaaltechniek"


def test_presentielijst_starts_each_lesson_on_a_new_page(tmp_path: Path) -> None:
    lessons = (samples.list_lesson(16), samples.list_lesson(6, cancelled=True),
               samples.list_lesson(0))
    data = Presentielijst("ZWL-MIG-26A", date(2026, 9, 15), lessons)
    path = _write(presentielijst_pdf(data, samples.meta()), tmp_path, "three")
    assert _pages(path) == 3
    assert "Zoë van 't Hek" in _text(path, 1)
    cancelled = _text(path, 2)
    assert "Deze les is vervallen" in cancelled
    assert "Handtekening instructeur" not in cancelled
    assert "Geen deelnemers ingeschreven op deze datum." in _text(path, 3)
    assert "Pagina 3 van 3" in _text(path, 3)


def test_a_long_presentielijst_repeats_the_table_header(tmp_path: Path) -> None:
    data = Presentielijst("ZWL-MIG-26A", date(2026, 9, 15), (samples.list_lesson(40),))
    path = _write(presentielijst_pdf(data, samples.meta()), tmp_path, "long")
    assert _pages(path) == 2
    second = _text(path, 2)
    assert "Handtekening" in second and "Aankomst" in second
    assert "Pagina 2 van 2" in second


def test_attendance_runs_over_two_pages_with_totals_and_flags(tmp_path: Path) -> None:
    report = samples.attendance(60)
    path = _write(attendance_pdf(report, samples.meta()), tmp_path, "att")
    text = _text(path)
    assert _pages(path) == 2
    _assert_page_furniture(text, 2)
    for name in DIACRITICS:
        assert name in text
    assert "Ongeoorloofd" in _text(path, 2)  # the header row came along
    assert "di 1 sep 2026 t/m ma 30 nov 2026" in text
    assert "80% aanwezigheid" in text
    assert "Gehouden lessen" in text
    planned = sum(r.planned_minutes for r in report.rows)
    attended = sum(r.attended_minutes for r in report.rows)
    # The bold totals may wrap between hours and minutes, never inside `5407 uur`.
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if "Totaal" in line)
    total_row = " | ".join(lines[at - 1:at + 2])
    for minutes in (planned, attended):
        assert f"{minutes // 60} uur" in total_row
        assert minutes % 60 == 0 or f"{minutes % 60} min" in total_row
    zoe = next(line for line in text.splitlines() if "Zoë van 't Hek" in line)
    assert "90 uur" in zoe and "82 uur 30 min" in zoe and "91,7" in zoe
    assert ":" not in zoe  # hours in words, never like a time of day
    for name in DIACRITICS:  # a line per participant, whole names
        assert any(name in line and "uur" in line for line in lines), name
    flagged = [r for r in report.rows if r.percentage is not None and r.percentage < 80]
    assert flagged
    for row in flagged:
        line = next(line for line in text.splitlines() if row.participant in line)
        assert line.rstrip().endswith("!")
    assert f"{len(flagged)} deelnemer" in text
    assert "onder het minimum van 80%" in text
    nobody = next(line for line in text.splitlines() if "Nieuw Ingeschreven" in line)
    assert nobody.rstrip().endswith("-")
    _assert_fonts_embedded(path)


def test_attendance_without_a_minimum_has_no_flags(tmp_path: Path) -> None:
    report = replace(samples.attendance(5), min_attendance_pct=None,
                     rows=(AttendanceRow("=1+1", "Jan <b> & Co", 60, 30, 0, 30, 0, 50.0),))
    text = _text(_write(attendance_pdf(report, samples.meta()), tmp_path, "att"))
    assert "minimum" not in text
    assert "Jan <b> & Co" in text  # markup characters printed, not interpreted
    assert "50,0" in text


def test_hours_statement_lists_days_weeks_totals_and_signatures(tmp_path: Path) -> None:
    statement = samples.hours()
    path = _write(hours_pdf(statement, samples.meta()), tmp_path, "hours")
    text = _text(path)
    _assert_page_furniture(text, _pages(path))
    for needle in ("Urenverantwoording", "Şükrü Öztürk", "ZWL-00043", "za 14 mrt 2009",
                   "MBO BBL", "Deltion College", "553120", "OOM",
                   "Metaalbewerking Ÿsselvliet B.V.", "Jolanda Ruiterkamp", "Henk Brinkhuis",
                   "di 1 sep 2026 t/m ma 30 nov 2026", "Totaal week 36", "Totaal week 48",
                   "di 1 sep 2026", "08:30–16:00", "09:15–16:00", "Ongeoorloofd afwezig",
                   "Instructeur", "Praktijkopleider", "Handtekening",
                   "presentieregister van BVM Desk"):
        assert needle in text, needle
    total_line = next(line for line in text.splitlines()
                      if line.strip().startswith("Totaal") and "Totaal week" not in line)
    for minutes in (statement.planned_minutes, statement.attended_minutes,
                    statement.excused_minutes, statement.unexcused_minutes):
        assert hours_text(minutes) in total_line
    percentage = f"{statement.percentage:.1f}".replace(".", ",")
    assert f"Aanwezigheid: {percentage}%" in text
    signers = next(line for line in text.splitlines() if "Naam" in line and "Henk" in line)
    assert "Jolanda Ruiterkamp" in signers  # the two signature blocks side by side
    _assert_fonts_embedded(path)
    assert _info(path)["Title"].startswith("Urenverantwoording Şükrü Öztürk")


def test_hours_statement_of_an_empty_period(tmp_path: Path) -> None:
    path = _write(hours_pdf(samples.hours(()), samples.meta()), tmp_path, "empty")
    text = _text(path)
    assert _pages(path) == 1
    assert "Geen lessen in deze periode." in text
    total_line = next(line for line in text.splitlines() if line.strip().startswith("Totaal"))
    assert total_line.count("0 min") == 4
    assert "Instructeur" in text and "Praktijkopleider" in text


def test_funders_summary(tmp_path: Path) -> None:
    report = samples.funders()
    path = _write(funders_pdf(report, samples.meta()), tmp_path, "funders")
    text = _text(path)
    _assert_page_furniture(text, _pages(path))
    for needle in ("Financiersoverzicht", "OOM", "UWV", "gemeente Zwolle", "werkgever",
                   "Geen financier", "september 2026", "oktober 2026", "november 2026",
                   "Subtotaal OOM", "Totaal alle financiers"):
        assert needle in text, needle
    oom = sum(r.attended_minutes for r in report.rows if r.funder == "OOM")
    assert hours_text(oom) in next(line for line in text.splitlines() if "Subtotaal OOM" in line)
    grand = sum(r.attended_minutes for r in report.rows)
    assert hours_text(grand) in next(line for line in text.splitlines()
                                     if "Totaal alle financiers" in line)
    _assert_fonts_embedded(path)


def test_funders_summary_without_rows(tmp_path: Path) -> None:
    report = FundersReport(date(2026, 9, 1), date(2026, 9, 30), ())
    text = _text(_write(funders_pdf(report, samples.meta()), tmp_path, "none"))
    assert "Geen aanwezige uren in deze periode." in text


def test_verzuim_report_explains_the_rule_and_each_signal(tmp_path: Path) -> None:
    report = samples.verzuim()
    path = _write(verzuim_pdf(report, samples.meta()), tmp_path, "verzuim")
    text = " ".join(_text(path).split())  # the intro wraps: compare words
    _assert_page_furniture(_text(path), _pages(path))
    for needle in ("16 uur ongeoorloofd verzuim binnen 4 opeenvolgende schoolweken",
                   "jonger dan 18", "vakantieweken tellen niet mee", "DUO",
                   "Stand op do 1 okt 2026", "Zoë van 't Hek (ZWL-00042)",
                   "Łukasz Wróbel (ZWL-00044)",
                   "zo 2 mei 2010", "Deltion College", "551234",
                   "ma 31 aug 2026 t/m zo 27 sep 2026", "30 uur 45 min (1845 minuten)",
                   "Ongeoorloofd afwezig", "Te laat", "Minuten", "Totaal 1845",
                   "Overgedragen aan school op wo 30 sep 2026 door Marieke Oosterhuis",
                   "Nog niet overgedragen"):
        assert needle in text, needle
    _assert_fonts_embedded(path)


def test_verzuim_report_without_signals(tmp_path: Path) -> None:
    report = VerzuimReport(date(2026, 10, 1), (), threshold_minutes=990, window_weeks=3,
                           age_limit=18)
    text = " ".join(_text(_write(verzuim_pdf(report, samples.meta()), tmp_path, "v")).split())
    assert "Er zijn geen verzuimsignalen tot en met do 1 okt 2026." in text
    assert "16 uur 30 min ongeoorloofd verzuim binnen 3 opeenvolgende schoolweken" in text


@pytest.mark.parametrize("name", DIACRITICS)
def test_every_name_survives_the_hours_statement(tmp_path: Path, name: str) -> None:
    statement = replace(samples.hours(samples.hours_days(2)), name=name)
    text = _text(_write(hours_pdf(statement, samples.meta()), tmp_path, "n"))
    assert name in text


def test_a_missing_font_file_gives_a_dutch_message(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from bvmdesk.reports.pdf import FontMissingError, fonts

    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "resources_dir", lambda: tmp_path)
    with pytest.raises(FontMissingError, match="Installeer BVM Desk opnieuw"):
        fonts.register_fonts()


def test_the_fonts_and_their_licence_ship_with_the_resources() -> None:
    from bvmdesk.config import resources_dir

    folder = resources_dir() / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (folder / name).stat().st_size > 100_000
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
