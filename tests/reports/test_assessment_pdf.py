"""The assessment PDFs, read back with poppler: the filled form (ratings, reasons, outcome
sentences, version and correction, draft), the empty form (the scale's values to tick),
long forms over pages with repeated headers, and the signature drawn as vector paths."""

from __future__ import annotations

import base64
import re
import subprocess
import zlib
from dataclasses import replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from bvmdesk.domain.signature import Signature, make_signature
from bvmdesk.reports.assessment_model import (
    AssessmentLine,
    CriterionLine,
    EmptyForm,
    FilledForm,
    FormHead,
    ParticipantAssessments,
    ProgressHeader,
    ProgressLine,
    WorkProcessPart,
)
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.assessment import assessment_pdf, empty_form_pdf
from bvmdesk.reports.pdf.assessment_overview import participant_pdf

META = ReportMeta(site="ZWL Zwolle", printed_at=datetime(2026, 9, 14, 10, 5))
FORM = FormHead("LAS-141", 2, "Lassen TIG plaatwerk (DEMO)", "LAS-1 Lassen basis", "opdracht",
                "ovg", "75 %")
SIGNATURE = make_signature(400, 150, [[(20 + 6 * i, 75 + (i % 7) * 8) for i in range(50)],
                                      [(320, 30), (350, 120), (380, 40)]])


def _text(data: bytes, tmp_path: Path, name: str, page: int | None = None, *,
          layout: bool = True) -> str:
    assert data.startswith(b"%PDF-")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    mode = ["-layout"] if layout else []
    return subprocess.run(["pdftotext", *mode, *pages, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))  # type: ignore[union-attr]


def _streams(data: bytes) -> list[tuple[bytes, bytes]]:
    """(dictionary, decoded content) of every stream of the PDF."""
    found = []
    for match in re.finditer(rb"obj\s*<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, body = match.group(1), match.group(2).rstrip(b"\r\n")
        if b"ASCII85Decode" in head:
            body = base64.a85decode(body.removeprefix(b"<~").removesuffix(b"~>").strip())
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        found.append((head, body))
    return found


def _page_content(data: bytes) -> bytes:
    """Every stream that is no font and no image: the pages' drawing operators."""
    return b"\n".join(body for head, body in _streams(data)
                      if b"/Subtype /Image" not in head and b"Length1" not in head
                      and b"/Subtype" not in head)


def _images(data: bytes) -> int:
    return sum(1 for head, _ in _streams(data) if b"/Subtype /Image" in head)


def _png(colour: str, size: tuple[int, int] = (240, 160)) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _parts() -> tuple[WorkProcessPart, ...]:
    return (
        WorkProcessPart("B1-K1-W1", "Bereidt het laswerk voor (DEMO)", (
            CriterionLine(1, "Leest de tekening en kiest het lasproces", weight=2, value="G",
                          reason="Zonder hulp de juiste parameters gekozen"),
            CriterionLine(2, "Maakt de naad schoon en vrij van olie", critical=True,
                          value="V", remark="Let op: borstel van RVS gebruiken"),
            CriterionLine(3, "Hecht de delen op maat (< 2 mm & haaks)", value="O",
                          reason="Afwijking 4 mm; opnieuw hechten"),
        ), "voldoende", "Voldoende: 75 % van het gewicht is V of G (cesuur 75 %), 50 % G"),
        WorkProcessPart("B1-K1-W2", "Last de verbinding (DEMO)", (
            CriterionLine(4, "Last de hoeklas zonder porositeit", critical=True, value="O",
                          reason="Porositeit over de hele lengte"),
            CriterionLine(5, "Ruimt de werkplek op", value="V"),
        ), "onvoldoende", "Onvoldoende: kritisch criterium 4 is O"),
    )


def _filled(**changes: object) -> FilledForm:
    base = FilledForm(
        form=FORM, parts=_parts(), code="BO-2026-00042", version=2, final=True,
        participant_number="ZWL-00012", participant_name="Zoë van 't Hek",
        group="LAS-1-2026A", date=date(2026, 9, 14), passed=False,
        assessor_name="Kees Instructeur", finalised_at=datetime(2026, 9, 14, 15, 30),
        remark="Netjes gewerkt; oefen de hoeklas.", second_assessor_name="Jan de Praktijk",
        second_assessor_role="praktijkopleider", second_assessor_signature=SIGNATURE,
        second_assessed_at=datetime(2026, 9, 14, 15, 20), supersedes_version=1,
        correction_reason="Criterium 3 verkeerd overgenomen")
    return replace(base, **changes)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_filled_form_shows_ratings_reasons_sentences_and_the_correction(
        tmp_path: Path) -> None:
    text = _flat(_text(assessment_pdf(_filled(), META), tmp_path, "filled", layout=False))
    for expected in ("Praktijkbeoordeling", "Zoë van 't Hek", "ZWL-00012", "LAS-1-2026A",
                     "LAS-141 versie 2: Lassen TIG plaatwerk (DEMO)", "LAS-1 Lassen basis",
                     "Praktijkopdracht", "75 %", "BO-2026-00042, versie 2",
                     "Definitief op ma 14 sep 2026 15:30",
                     "Werkproces B1-K1-W1: Bereidt het laswerk voor (DEMO)",
                     "Leest de tekening en kiest het lasproces",
                     "Zonder hulp de juiste parameters gekozen",
                     "Let op: borstel van RVS gebruiken",
                     "Hecht de delen op maat (< 2 mm & haaks)",
                     "Uitkomst: Onvoldoende: kritisch criterium 4 is O",
                     "Uitkomst: Voldoende: 75 % van het gewicht is V of G",
                     "Versie 2, vervangt versie 1.", "Criterium 3 verkeerd overgenomen",
                     "Eindoordeel: niet behaald", "Netjes gewerkt; oefen de hoeklas.",
                     "Kees Instructeur", "Jan de Praktijk", "Praktijkopleider",
                     "ma 14 sep 2026 15:20", "Pagina 1 van"):
        assert expected in text, expected
    assert "Concept" not in text and "voorlopig" not in text
    # each rating stands in its row, after the weight
    rows = _text(assessment_pdf(_filled(), META), tmp_path, "filled")
    assert re.search(r"\n\s+1\s+2\s+G\n", rows)   # number, weight, rating
    assert re.search(r"\n\s+3\s+1\s+O\n", rows)
    assert re.search(r"Ruimt de werkplek op\s+1\s+V\n", rows)


def test_draft_is_marked_concept_and_its_outcomes_voorlopig(tmp_path: Path) -> None:
    draft = _filled(final=False, finalised_at=None, version=1, supersedes_version=None,
                    correction_reason=None, passed=True)
    text = _flat(_text(assessment_pdf(draft, META), tmp_path, "draft", layout=False))
    assert "Concept (voorlopig)" in text
    assert "Uitkomst tot nu toe (voorlopig): Onvoldoende: kritisch criterium 4 is O" in text
    assert "Eindoordeel: voorlopig (tot nu toe behaald)" in text
    assert "Definitief op" not in text and "vervangt" not in text
    assert "nog niet definitief" in text


def test_superseded_version_says_so_and_grades_use_a_comma(tmp_path: Path) -> None:
    grade_form = replace(FORM, scale="cijfer", cesuur="5,5")
    parts = (WorkProcessPart("P1-K1-W1", "Draait een as (DEMO)",
                             (CriterionLine(1, "Maatvoering", value="7.5"),),
                             "voldoende", "Voldoende: gewogen gemiddelde 7,5 (cesuur 5,5)"),)
    old = _filled(form=grade_form, parts=parts, superseded=True, supersedes_version=None)
    text = _text(assessment_pdf(old, META), tmp_path, "old")
    assert "Vervangen: van deze beoordeling bestaat een nieuwere versie" in text
    assert re.search(r"Maatvoering\s+1\s+7,5", text) and "7.5" not in text


def _line_operators(data: bytes) -> int:
    return len(re.findall(rb"[\d.]+ [\d.]+ l\b", _page_content(data)))


def test_signature_is_drawn_as_vector_lines_never_as_an_image() -> None:
    with_signature = assessment_pdf(_filled(), META)
    # A tap is no signature: the same box, nothing drawn in it.
    tap = assessment_pdf(_filled(second_assessor_signature=Signature(400, 150, (((9, 9),),))),
                         META)
    assert _images(with_signature) == 0 and _images(tap) == 0
    drawn = sum(len(stroke) - 1 for stroke in SIGNATURE.strokes)
    assert _line_operators(with_signature) - _line_operators(tap) == drawn
    content = _page_content(with_signature)
    assert re.search(rb"[\d.]+ [\d.]+ m (?:[\d.]+ [\d.]+ l ){40,}", content)  # one path
    assert re.search(rb" l S\b", content)  # stroked, not filled


def test_photos_are_thumbnails_and_a_broken_one_is_named(tmp_path: Path) -> None:
    data = assessment_pdf(_filled(photos=(_png("red"), _png("blue", (120, 240)))), META)
    assert _images(data) == 2
    broken = assessment_pdf(_filled(photos=(b"geen foto",)), META)
    assert "(foto onleesbaar)" in _text(broken, tmp_path, "broken")
    assert _images(broken) == 0


@pytest.mark.parametrize(("scale", "pattern"), [
    ("ovg", r"G\s+V\s+O"), ("acceptabel", r"A\s+NA"),
])
def test_empty_form_offers_the_scale_values_to_tick(tmp_path: Path, scale: str,
                                                    pattern: str) -> None:
    form = replace(FORM, scale=scale)
    parts = tuple(replace(p, result=None, explanation=None,
                          criteria=tuple(replace(c, value=None, reason=None, remark=None)
                                         for c in p.criteria)) for p in _parts())
    text = _text(empty_form_pdf(EmptyForm(form, parts), META), tmp_path, f"empty-{scale}")
    assert len(re.findall(pattern, text)) == 5  # one set of boxes per criterion
    flat = _flat(text)
    for expected in ("Beoordelingsformulier", "LAS-141 versie 2", "Deelnemer:", "Datum:",
                     "Toelichting", "Eerste beoordelaar (instructeur)", "Tweede beoordelaar",
                     "Praktijkopleider", "Instructeur", "Handtekening", "Behaald",
                     "Niet behaald", "Uitkomst B1-K1-W2:"):
        assert expected in flat, expected
    outcomes = r"Onvoldoende\s+Voldoende\s+Goed" if scale == "ovg" else r"Onvoldoende\s+Voldoende\n"
    assert re.search(rf"Uitkomst B1-K1-W2:\s+{outcomes}", text)
    assert "Zonder hulp" not in flat  # nothing of a filled form


def test_empty_grade_form_asks_for_a_grade(tmp_path: Path) -> None:
    form = replace(FORM, scale="cijfer", cesuur="5,5")
    data = empty_form_pdf(EmptyForm(form, _parts()[:1]), META)
    text = _flat(_text(data, tmp_path, "g", layout=False))
    assert "cijfer van 1,0 tot en met 10,0" in text and "5,5" in text


def _long_part(count: int) -> WorkProcessPart:
    return WorkProcessPart("B1-K2-W1", "Werkt volgens de planning (DEMO)", tuple(
        CriterionLine(n, f"Criterium nummer {n} van de lange lijst", value="VG"[n % 2],
                      reason="Goed uitgevoerd" if n % 2 else None) for n in range(1, count + 1)),
        "goed", "Goed: 53,3 % van het gewicht is G (V of G: 100 %)")


def test_a_long_form_flows_over_pages_with_the_header_on_each(tmp_path: Path) -> None:
    filled = assessment_pdf(_filled(parts=(_long_part(45),)), META)
    empty = empty_form_pdf(EmptyForm(FORM, (_long_part(45),)), META)
    for name, data in (("long-filled", filled), ("long-empty", empty)):
        pages = _pages(data, tmp_path)
        assert pages > 1
        criteria_pages = 0
        for page in range(1, pages + 1):
            text = _text(data, tmp_path, name, page)
            assert f"Pagina {page} van {pages}" in text
            if "Criterium nummer" in text:
                criteria_pages += 1
                assert re.search(r"Nr\s+Criterium\s+Kritisch\s+Weging\s+Score\s+Toelichting",
                                 text), (name, page)
        assert criteria_pages > 1
        everything = _text(data, tmp_path, name)
        assert all(f"Criterium nummer {n} van" in everything for n in (1, 23, 45))


def test_participant_overview_lists_versions_and_progress_in_words(tmp_path: Path) -> None:
    data = ParticipantAssessments(
        "ZWL-00012", "Zoë van 't Hek",
        lines=(AssessmentLine("BO-2026-00042", 2, "LAS-141 Lassen TIG", "opdracht",
                              date(2026, 9, 14), True, True),
               AssessmentLine("BO-2026-00042", 1, "LAS-141 Lassen TIG", "opdracht",
                              date(2026, 9, 14), True, False, superseded_by=2),
               AssessmentLine("BO-2026-00050", 1, "BPV-1 Voortgang", "bpv",
                              date(2026, 10, 1), False, None)),
        columns=(ProgressHeader("BO-2026-00042", 2, "LAS-141", "opdracht",
                                date(2026, 9, 14)),),
        progress=(ProgressLine("B1-K1-W1", "Bereidt voor (DEMO)", ("goed",), ("goed", None)),
                  ProgressLine("B1-K1-W2", "Last (DEMO)", (None,), (None, "voldoende"))),
        kinds=("opdracht", "bpv"))
    text = _flat(_text(participant_pdf(data, META), tmp_path, "overview", layout=False))
    for expected in ("Beoordelingen", "Zoë van 't Hek", "ZWL-00012", "Definitief, vervangen "
                     "door versie 2", "Niet behaald", "Behaald", "Concept (voorlopig)",
                     "Bpv-voortgang", "Voortgang per werkproces", "B1-K1-W1", "Goed",
                     "Laatste opdracht", "Laatste bpv", "Voldoende"):
        assert expected in text, expected
    empty = ParticipantAssessments("X-1", "Niemand", (), (), ())
    text = _flat(_text(participant_pdf(empty, META), tmp_path, "none", layout=False))
    assert "nog geen beoordelingen" in text and "er is nog geen voortgang" in text


def test_a_wide_progress_matrix_continues_in_a_next_table(tmp_path: Path) -> None:
    columns = tuple(ProgressHeader(f"BO-2026-{n:05d}", 1, "LAS-OPD", "opdracht",
                                   date(2026, 9, n)) for n in range(1, 10))
    rows = tuple(ProgressLine(f"B1-K1-W{w}", f"Werkproces {w} (DEMO)",
                              tuple(("goed", "voldoende", "onvoldoende", None)[(w + n) % 4]
                                    for n in range(9)), ("voldoende",)) for w in range(1, 4))
    data = ParticipantAssessments("ZWL-00012", "Zoë van 't Hek", (), columns, rows,
                                  ("opdracht",))
    text = _text(participant_pdf(data, META), tmp_path, "wide")
    assert all(f"BO-2026-{n:05d}" in text for n in range(1, 10))
    assert text.count("Laatste") == 2  # 7 columns, then the other 2: each with its latest
    assert text.count("B1-K1-W3") == 2
    assert "Onvoldoende" in text and "Goed" in text
