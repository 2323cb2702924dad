"""Certificate PDFs: both kinds in both languages, every Latin name exactly in the text layer,
a long name wrapped and never cut, the QR read back from the printed page, frozen bytes and
their size."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2
import pytest

from bvmdesk.domain.certificate_code import decode
from bvmdesk.reports.certificate_model import CertificateArt, CertificateDocument
from bvmdesk.reports.pdf.certificate import code_in_pdf, render_certificate, render_print
from bvmdesk.reports.pdf.certificate_page import HEIGHT, NAME_MIN, NAME_WIDTH, WIDTH, fit_name
from bvmdesk.reports.pdf.fonts import FONT_BOLD
from tests.reports import certificate_samples as samples

LIMIT = 100 * 1024


def _text(data: bytes, tmp_path: Path, name: str = "c", *layout: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", *layout, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _flat(text: str) -> str:
    """Whitespace and line breaks made single spaces (a wrapped name reads as one line)."""
    return re.sub(r"\s+", " ", text)


def _qr_codes(data: bytes, tmp_path: Path, page: int = 1) -> list[str]:
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(path), str(tmp_path / "scan")], check=True)
    found = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "scan.png")],
                           capture_output=True, text=True)
    return [line for line in found.stdout.splitlines() if line]


@pytest.mark.parametrize(("kind", "language", "expected"), [
    ("certificaat", "nl", ["Certificaat", "de module met goed gevolg heeft afgerond",
                           "omvang 40 uur", "Werkproces", "Resultaat",
                           "Verspaant eenvoudige producten op een draaibank", "voldoende",
                           "Geldig tot 12 mei 2031", "geboren op 7 maart 2003",
                           "Zwolle, 12 mei 2026", "Vervangt certificaat ZWL-2026-00003",
                           "Controleer dit certificaat: scan de code",
                           "Dit is een certificaat van de BVM en geen mbo-diploma of "
                           "mbo-certificaat."]),
    ("deelname", "nl", ["Bewijs van deelname", "heeft deelgenomen aan de module",
                        "aanwezig 36 uur 30 min van 40 uur (91,2 %)"]),
    ("certificaat", "en", ["Certificate", "has successfully completed the module",
                           "duration 40 hours", "Work process", "satisfactory", "good",
                           "Valid until 12 May 2031",
                           "born on 7 March 2003", "Zwolle, 12 May 2026",
                           "Replaces certificate ZWL-2026-00003",
                           "Verify this certificate: scan the code",
                           "This is a certificate of the BVM, not an MBO diploma or "
                           "certificate."]),
    ("deelname", "en", ["Certificate of participation", "has taken part in the module",
                        "attended 36 hours 30 min of 40 hours (91.2%)"]),
])
def test_both_kinds_in_both_languages_state_what_they_must(
        kind: str, language: str, expected: list[str], tmp_path: Path) -> None:
    doc = samples.document(kind, language, expires=date(2031, 5, 12),
                           supersedes="ZWL-2026-00003")
    text = _flat(_text(render_certificate(doc, samples.art()), tmp_path))
    common = ["Sanne Maria de Vries", "ZWL-2026-00017", "Verspanen: draaien 1", "crebo 25293",
              "Verspaner (BBL)", "Bedrijfsvakschool Metaaltechniek Oost", "Zwolle",
              "Drs. H.J. (Henk) Bosman", "Directeur"]
    for part in common + expected:
        assert part in text, part
    if kind == "deelname":
        assert "Werkproces" not in text and "Work process" not in text
    assert _pages(render_certificate(doc, samples.art())) == [(WIDTH, HEIGHT)]


def _pages(data: bytes) -> list[tuple[float, float]]:
    document = pypdfium2.PdfDocument(data)
    try:
        return [tuple(pytest.approx(v) for v in page.get_size()) for page in document]
    finally:
        document.close()


def test_the_certificate_sentence_is_absent_when_nothing_expires_or_is_replaced(
        tmp_path: Path) -> None:
    text = _flat(_text(render_certificate(samples.document(), samples.art()), tmp_path))
    assert "Geldig tot" not in text and "Vervangt" not in text


@pytest.mark.parametrize("key", sorted(samples.NAMES))
def test_every_latin_name_is_in_the_text_layer_character_for_character(
        key: str, tmp_path: Path) -> None:
    doc = samples.document("certificaat", "nl", samples.NAMES[key])
    text = _text(render_certificate(doc, samples.art()), tmp_path)
    assert doc.full_name in text.splitlines()


def test_all_names_in_one_print_pdf(tmp_path: Path) -> None:
    docs = [samples.document("deelname", "en", name) for name in samples.NAMES.values()]
    data = render_print(docs, samples.art())
    assert len(_pages(data)) == len(docs)
    lines = _text(data, tmp_path).splitlines()
    for doc in docs:
        assert doc.full_name in lines


def test_a_very_long_name_wraps_onto_two_lines_and_is_never_cut(tmp_path: Path) -> None:
    doc = samples.document("certificaat", "nl", samples.LONG_NAME)
    assert len(doc.full_name) == 120
    size, lines = fit_name(doc.full_name, NAME_WIDTH)
    assert len(lines) == 2 and size >= 12
    assert " ".join(lines) == doc.full_name
    text = _text(render_certificate(doc, samples.art()), tmp_path)
    assert doc.full_name in _flat(text)
    assert lines[0] in text.splitlines() and lines[1] in text.splitlines()


def test_a_name_shrinks_before_it_wraps_and_an_endless_word_still_fits() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size, lines = fit_name("Sanne de Vries", NAME_WIDTH)
    assert (size, lines) == (28.0, ["Sanne de Vries"])
    medium = "Maximiliaan Alexander van der Wijngaarden-Bloemendaal"
    size, lines = fit_name(medium, NAME_WIDTH)
    assert lines == [medium] and NAME_MIN <= size < 28
    endless = "Ö" * 90
    size, lines = fit_name(endless, NAME_WIDTH)
    assert lines == [endless]
    assert stringWidth(endless, FONT_BOLD, size) <= NAME_WIDTH + 0.01


def test_the_qr_on_the_printed_page_is_the_code(tmp_path: Path) -> None:
    doc = samples.document("certificaat", "nl", samples.NAMES["vietnamese"])
    data = render_certificate(doc, samples.art())
    assert _qr_codes(data, tmp_path) == [doc.qr_text]
    record = decode(doc.qr_text).record
    assert record is not None and record.name == "Nguyễn Thị Ánh Tuyết"
    assert code_in_pdf(data) == doc.qr_text


def test_the_print_pdf_carries_each_code_on_its_own_page(tmp_path: Path) -> None:
    docs = [samples.document("deelname", "nl", number=f"ZWL-2026-{n:05d}") for n in (1, 2, 3)]
    data = render_print(docs, samples.art())
    assert _qr_codes(data, tmp_path, page=3) == [docs[2].qr_text]
    assert _qr_codes(data, tmp_path, page=1) == [docs[0].qr_text]
    assert code_in_pdf(data) is None  # a batch is no single certificate


def test_a_long_name_makes_a_larger_qr_that_still_reads(tmp_path: Path) -> None:
    doc = samples.document("certificaat", "en", samples.LONG_NAME)
    assert _qr_codes(render_certificate(doc, samples.art()), tmp_path) == [doc.qr_text]


def test_the_same_document_gives_the_same_bytes() -> None:
    doc = samples.document("certificaat", "nl", samples.NAMES["czech"])
    first = render_certificate(doc, samples.art())
    again = render_certificate(samples.document("certificaat", "nl", samples.NAMES["czech"]),
                               samples.art())
    assert first == again
    assert render_certificate(replace(doc, number="ZWL-2026-00018"), samples.art()) != first


def test_a_frozen_pdf_stays_under_100_kb_with_artwork_and_a_long_table() -> None:
    doc = samples.document("certificaat", "nl", samples.LONG_NAME,
                           results=samples.many_results(30), expires=date(2031, 5, 12),
                           supersedes="ZWL-2026-00003")
    data = render_certificate(doc, samples.art())
    assert len(samples.art().logo or b"") > 1000 and len(samples.art().signature or b"") > 1000
    assert b"/Subtype /Image" in data
    assert 10_000 < len(data) <= LIMIT


def test_many_results_all_fit_on_the_page(tmp_path: Path) -> None:
    doc = samples.document("certificaat", "nl", results=samples.many_results(30))
    data = render_certificate(doc, samples.art())
    assert len(_pages(data)) == 1
    text = _flat(_text(data, tmp_path))
    for n in (1, 15, 30):
        assert f"Voert werkproces {n} zelfstandig" in text
    assert _qr_codes(data, tmp_path) == [doc.qr_text]


def test_a_specimen_is_marked_and_may_have_no_code_yet(tmp_path: Path) -> None:
    doc = replace(samples.document(), number="", qr_text="")
    data = render_certificate(doc, samples.art(), specimen=True)
    text = _flat(_page_text(data))
    assert "VOORBEELD" in text and "voorbeeld: nog geen code" in text
    assert code_in_pdf(data) is None
    assert "VOORBEELD" not in _page_text(render_certificate(samples.document(), samples.art()))


def _page_text(data: bytes) -> str:
    """The text layer as PDFium reads it (the specimen mark is drawn at an angle, which
    pdftotext splits into letters)."""
    document = pypdfium2.PdfDocument(data)
    try:
        return str(document[0].get_textpage().get_text_range())
    finally:
        document.close()


def test_broken_artwork_leaves_the_certificate_without_it(tmp_path: Path) -> None:
    doc = samples.document()
    data = render_certificate(doc, CertificateArt(logo=b"not a picture", signature=None))
    assert b"/Subtype /Image" not in data
    assert "Sanne Maria de Vries" in _text(data, tmp_path)


def test_a_snapshot_renders_the_same_bytes_again() -> None:
    doc = samples.document("deelname", "en", samples.NAMES["nordic"])
    again = CertificateDocument.from_snapshot(doc.snapshot())
    assert render_certificate(again, samples.art()) == render_certificate(doc, samples.art())
