"""The sign-off PDFs, rendered and read back: the aftekenkaart's QR code through `zbarimg`
(it must give exactly the card's code), its text and pages; the receipts and the
praktijkoverzicht through `pdftotext`."""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.signoff_card import card_pdf
from bvmdesk.reports.pdf.signoff_overview import praktijkoverzicht_pdf
from bvmdesk.reports.pdf.signoff_receipt import approval_pdf, receipt_pdf
from bvmdesk.reports.signoff_model import (
    ApprovalReceipt,
    CardLine,
    CardSheet,
    EnrolmentPart,
    HoursLine,
    Praktijkoverzicht,
    ReceiptLine,
    SignOffReceipt,
    TaskLine,
    WeekLine,
    Workplace,
    WorkProcessLine,
)
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.container import Services
from bvmdesk.services.signoff_types import SignItem, WeekEntry
from tests.db import support
from tests.services.signoff_card_support import card_world

site_location = support.site_location
services = support.services
instructor = support.instructor

META = ReportMeta(site="ZWL Zwolle", printed_at=datetime(2026, 10, 5, 14, 30))
PLACE = Workplace("Çağan Yılmaz", "P-LAS-1", "LAS-1", "M-LAS-1 Lassen MIG/MAG",
                  "Metaalbouw Zwolle B.V.", "100234567", "Piet Praktijk")
CARD = CardSheet("ZWL-AK-2026-00012", 2, date(2026, 10, 5), PLACE, (
    CardLine("T1", "Stelt de lasmachine in volgens de WPS", "B1-K1-W1", True),
    CardLine("T2", "Last een hoeknaad in positie PB", "B1-K1-W2", True),
    CardLine("T3", "Ruimt de werkplek veilig op", None, False),
))


def _write(tmp_path: Path, content: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, check=True)
    return result.stdout


def flat_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                            check=True)
    return " ".join(result.stdout.split())


def page_count(path: Path) -> int:
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def qr_codes(path: Path, page: int, tmp_path: Path, resolution: int = 150) -> list[str]:
    """What `zbarimg` reads from the page rendered as PNG: one line per symbol found."""
    prefix = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-f", str(page), "-l",
                    str(page), "-singlefile", str(path), str(prefix)], check=True)
    result = subprocess.run(["zbarimg", "--raw", "-q", f"{prefix}.png"], capture_output=True,
                            text=True)
    return [line for line in result.stdout.splitlines() if line]


def test_the_card_qr_reads_back_as_exactly_the_card_code(tmp_path: Path) -> None:
    path = _write(tmp_path, card_pdf([CARD], META))
    assert page_count(path) == 1
    assert qr_codes(path, 1, tmp_path) == ["ZWL-AK-2026-00012"]
    # Also from a coarse scan: the symbol is large and has its quiet zone.
    assert qr_codes(path, 1, tmp_path, resolution=75) == ["ZWL-AK-2026-00012"]


def test_the_card_says_whose_it_is_and_what_to_sign(tmp_path: Path) -> None:
    text = flat_text(_write(tmp_path, card_pdf([CARD], META)))
    for expected in ("Aftekenkaart", "Çağan Yılmaz", "P-LAS-1", "LAS-1",
                     "M-LAS-1 Lassen MIG/MAG", "Metaalbouw Zwolle B.V. (SBB 100234567)",
                     "Piet Praktijk", "ZWL-AK-2026-00012", "versie 2 van 05-10-2026",
                     "Teken per taak af met datum, paraaf en handtekening; geef de kaart "
                     "terug aan de instructeur.", "Datum", "Paraaf", "Handtekening",
                     "Werkproces", "Verplicht", "Stelt de lasmachine in volgens de WPS",
                     "B1-K1-W2", "Ruimt de werkplek veilig op",
                     "Aftekenkaart ZWL-AK-2026-00012 · blad 1 van 1"):
        assert expected in text, expected
    lines = pdf_text(tmp_path / "out.pdf").splitlines()
    t3 = next(line for line in lines if "Ruimt de werkplek" in line)
    assert t3.split()[-1] == "nee"


def test_rows_leave_room_to_sign_and_long_cards_repeat_the_head(tmp_path: Path) -> None:
    many = replace(CARD, tasks=tuple(CardLine(f"T{n:02d}", f"Taak nummer {n}", None, True)
                                     for n in range(1, 31)))
    path = _write(tmp_path, card_pdf([many], META))
    pages = page_count(path)
    # 30 rows of at least 14 mm do not fit on one A4 page (297 mm), nor on two.
    assert pages >= 3
    for page in range(1, pages + 1):
        assert qr_codes(path, page, tmp_path) == ["ZWL-AK-2026-00012"]
    result = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), str(path), "-"],
                            capture_output=True, text=True, check=True)
    last = " ".join(result.stdout.split())
    assert "Çağan Yılmaz" in last and "Handtekening" in last and "T30" in last
    assert f"blad {pages} van {pages}" in last
    # 14 mm = 39.7 pt: no more rows per page than the frame has room for at that height
    rows_per_page = [flat_text_page(path, p).count("Taak nummer") for p in range(1, pages + 1)]
    assert sum(rows_per_page) == 30 and max(rows_per_page) <= 14


def flat_text_page(path: Path, page: int) -> str:
    result = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                            capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def test_several_cards_in_one_pdf_each_count_their_own_pages(tmp_path: Path) -> None:
    other = replace(CARD, code="ZWL-AK-2026-00013", version=1,
                    workplace=replace(PLACE, participant_name="Anna de Vries",
                                      participant_number="P-LAS-2"))
    path = _write(tmp_path, card_pdf([CARD, other], META))
    assert page_count(path) == 2
    assert qr_codes(path, 1, tmp_path) == ["ZWL-AK-2026-00012"]
    assert qr_codes(path, 2, tmp_path) == ["ZWL-AK-2026-00013"]
    second = flat_text_page(path, 2)
    assert "Anna de Vries" in second and "Çağan" not in second
    assert "Aftekenkaart ZWL-AK-2026-00013 · blad 1 van 1" in second
    with pytest.raises(ValueError):
        card_pdf([], META)


def test_the_service_prints_the_enrolments_card(services: Services, instructor: Actor,
                                                tmp_path: Path) -> None:
    w = card_world(services)
    card, content = services.signoff_reports.card(instructor, w.enrolment_id)
    path = _write(tmp_path, content)
    assert qr_codes(path, 1, tmp_path) == [card.code]
    text = flat_text(path)
    assert "Çağan Yılmaz" in text and "B1-K1-W1" in text and "ZWL Zwolle" in text
    assert f"versie 1 van {services.clock.today():%d-%m-%Y}" in text
    again, _ = services.signoff_reports.card(instructor, w.enrolment_id)
    assert again.code == card.code
    group = _write(tmp_path, services.signoff_reports.group_cards(instructor, w.world.group_id),
                   "groep.pdf")
    assert qr_codes(group, 1, tmp_path) == [card.code]


# --- receipts and the praktijkoverzicht, from report values --------------------------------
SIGNATURE = make_signature(400, 150, [[(20 + 6 * i, 75 + (i % 7) * 8) for i in range(50)],
                                      [(320, 30), (350, 120), (380, 40)]])
RECEIPT = SignOffReceipt(
    PLACE, "Piet Praktijk", "screen",
    (ReceiptLine("T1", "Stelt de lasmachine in volgens de WPS", "B1-K1-W1",
                 date(2026, 10, 5), "Netjes ingesteld"),
     ReceiptLine("T2", "Last een hoeknaad in positie PB", "B1-K1-W2", date(2026, 10, 2),
                 None)),
    SIGNATURE, datetime(2026, 10, 5, 14, 12), "Docent Dijkstra")


def test_the_receipt_names_the_tasks_and_how_they_were_signed(tmp_path: Path) -> None:
    path = _write(tmp_path, receipt_pdf(RECEIPT, META))
    text = flat_text(path)
    for expected in ("Bewijs van aftekening", "Çağan Yılmaz", "P-LAS-1",
                     "Metaalbouw Zwolle B.V. (SBB 100234567)", "Piet Praktijk",
                     "Stelt de lasmachine in volgens de WPS", "05-10-2026", "02-10-2026",
                     "Netjes ingesteld", "Handtekening van Piet Praktijk",
                     "Afgetekend op het scherm op ma 5 okt 2026 14:12, vastgelegd door "
                     "Docent Dijkstra.", "Pagina 1 van 1"):
        assert expected in text, expected
    content = path.read_bytes()
    assert b"/Subtype /Image" not in content  # the signature is drawn, not pasted
    paper = replace(RECEIPT, method="paper", signature=None, card_code="ZWL-AK-2026-00012")
    text = flat_text(_write(tmp_path, receipt_pdf(paper, META), "papier.pdf"))
    assert ("Op papier afgetekend (aftekenkaart ZWL-AK-2026-00012); vastgelegd door Docent "
            "Dijkstra op ma 5 okt 2026 14:12.") in text
    assert "Handtekening van" not in text


def test_the_approval_receipt_lists_weeks_and_the_total(tmp_path: Path) -> None:
    data = ApprovalReceipt(PLACE, "Piet Praktijk", date(2026, 10, 5), (
        WeekLine("2026-W39", date(2026, 9, 21), date(2026, 9, 27), 1920),
        WeekLine("2026-W40", date(2026, 9, 28), date(2026, 10, 4), 1890)),
        SIGNATURE, datetime(2026, 10, 5, 14, 15), "Docent Dijkstra")
    text = flat_text(_write(tmp_path, approval_pdf(data, META)))
    for expected in ("Goedkeuring bpv-uren", "2026-W39", "21-09-2026 t/m 27-09-2026", "32",
                     "2026-W40", "31,5", "Handtekening van Piet Praktijk",
                     "Goedgekeurd op het scherm op ma 5 okt 2026"):
        assert expected in text, expected
    total = next(line for line in pdf_text(tmp_path / "out.pdf").splitlines()
                 if "Totaal" in line)
    assert total.split() == ["Totaal", "63,5"]
    on_paper = flat_text(_write(tmp_path, approval_pdf(replace(data, on_paper=True), META),
                                "papier.pdf"))
    assert "Goedgekeurd op papier op ma 5 okt 2026" in on_paper
    withdrawn = replace(data, withdrawn="Ingetrokken op 06-10-2026 door Docent Dijkstra: "
                                        "week 40 klopt niet")
    text = flat_text(_write(tmp_path, approval_pdf(withdrawn, META), "ingetrokken.pdf"))
    assert "Ingetrokken op 06-10-2026 door Docent Dijkstra: week 40 klopt niet" in text


def _part(**changes: object) -> EnrolmentPart:
    tasks = (
        TaskLine("T1", "Stelt de lasmachine in volgens de WPS", "B1-K1-W1", True,
                 "Piet Praktijk", date(2026, 10, 5), "op het scherm", "Netjes"),
        TaskLine("T2", "Last een hoeknaad in positie PB", "B1-K1-W2", True, "Piet Praktijk",
                 date(2026, 10, 2), "op papier, vastgelegd door Docent Dijkstra"),
        TaskLine("T3", "Ruimt de werkplek veilig op", None, False, "Jan Jansen",
                 date(2026, 9, 20), "geïmporteerd"),
        TaskLine("T4", "Leest een lastekening", "B1-K1-W1", True, None, None, None))
    part = EnrolmentPart(
        PLACE, date(2026, 9, 1), None, ("Piet Praktijk", "Jan Jansen"),
        (WorkProcessLine("B1-K1-W1", "Bereidt het laswerk voor", 1, 2, 1),
         WorkProcessLine("B1-K1-W2", "Last een hoeknaad", 1, 1, 0)), tasks,
        ("T2 afgetekend 01-10-2026 door Piet Praktijk, ingetrokken op 02-10-2026 door "
         "Docent Dijkstra: verkeerde taak",),
        (HoursLine("2026-W39", date(2026, 9, 21), date(2026, 9, 27), 1920, "Piet Praktijk",
                   date(2026, 10, 5)),
         HoursLine("2026-W40", date(2026, 9, 28), date(2026, 10, 4), 1890, None, None)),
        3810, 1920, 610)
    return replace(part, **changes)  # type: ignore[arg-type]


def test_the_praktijkoverzicht_is_the_evidence_for_the_school(tmp_path: Path) -> None:
    data = Praktijkoverzicht("Çağan Yılmaz", "P-LAS-1", "BBL", (_part(),))
    path = _write(tmp_path, praktijkoverzicht_pdf(data, META))
    text = flat_text(path)
    for expected in ("Praktijkoverzicht", "Çağan Yılmaz (P-LAS-1)", "LAS-1 – M-LAS-1 Lassen",
                     "Metaalbouw Zwolle B.V.", "SBB-id 100234567",
                     "Piet Praktijk, Jan Jansen", "Werkprocessen", "Bereidt het laswerk voor",
                     "1 van 2", "op het scherm (Netjes)",
                     "op papier, vastgelegd door Docent Dijkstra", "geïmporteerd",
                     "Afgetekend: 3 van 4 taken. Open verplichte taken: T4.",
                     "Ingetrokken (telt niet mee): T2 afgetekend 01-10-2026 door Piet Praktijk",
                     "2026-W39", "niet goedgekeurd",
                     "Goedgekeurd: 32 uur van de norm van 610 uur per jaar. Ingevoerd: 63,5 uur.",
                     "Afgedrukt op ma 5 okt 2026 14:30", "Pagina 1 van"):
        assert expected in text, expected
    lines = pdf_text(path).splitlines()
    t4 = next(line for line in lines if "Leest een lastekening" in line)
    assert t4.split()[-3:] == ["B1-K1-W1", "ja", "open"]


def test_the_praktijkoverzicht_runs_over_pages_with_numbers(tmp_path: Path) -> None:
    parts = tuple(_part(workplace=replace(PLACE, group=f"LAS-{n}")) for n in range(1, 5))
    data = Praktijkoverzicht("Çağan Yılmaz", "P-LAS-1", "BBL", parts)
    path = _write(tmp_path, praktijkoverzicht_pdf(data, META))
    pages = page_count(path)
    assert pages >= 2
    assert f"Pagina {pages} van {pages}" in flat_text_page(path, pages)
    no_norm = _part(norm_hours=None, hours=(), entered_minutes=0, approved_minutes=0,
                    tasks=(), work_processes=(), withdrawn=())
    text = flat_text(_write(tmp_path, praktijkoverzicht_pdf(
        Praktijkoverzicht("Anna", "P-2", "BOL", (no_norm,)), META), "leeg.pdf"))
    assert "De module heeft geen aftekentaken." in text
    assert "Nog geen bpv-uren ingevoerd." in text
    assert "(geen norm voor deze opleiding)" in text


# --- through the services ----------------------------------------------------------------
PIN = "13579"
STROKES = encode(SIGNATURE)


def test_the_service_receipts_and_praktijkoverzicht(services: Services, instructor: Actor,
                                                    tmp_path: Path) -> None:
    w = card_world(services)
    signoffs, reports = services.signoffs, services.signoff_reports
    signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    signed = signoffs.sign_on_screen(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES, [
        SignItem(w.tasks["T1"], date(2026, 10, 5), "Netjes ingesteld"),
        SignItem(w.tasks["T3"], date(2026, 10, 2))])
    path = _write(tmp_path, reports.receipt(instructor, [s.id for s in signed]), "bewijs.pdf")
    text = flat_text(path)
    for expected in ("Bewijs van aftekening", "Çağan Yılmaz", "Piet Praktijk",
                     "Stelt de lasmachine in volgens de WPS", "Netjes ingesteld", "B1-K1-W1",
                     "Ruimt de werkplek veilig op", "Afgetekend op het scherm op",
                     "vastgelegd door"):
        assert expected in text, expected
    assert b"/Subtype /Image" not in path.read_bytes()
    with pytest.raises(ServiceError, match="geen aftekeningen"):
        reports.receipt(instructor, [])
    signoffs.withdraw(instructor, signed[1].id, "verkeerde taak aangevinkt")

    sheet = services.bpv_hours.enter_hours(instructor, w.enrolment_id, [
        WeekEntry(2026, 40, 32 * 60), WeekEntry(2026, 41, 31 * 60 + 30)])
    approval = services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN,
                                          STROKES, [x.hours_id for x in sheet.weeks])
    receipt = _write(tmp_path, reports.approval_receipt(instructor, approval.id), "uren.pdf")
    text = flat_text(receipt)
    for expected in ("Goedkeuring bpv-uren", "2026-W40", "2026-W41", "31,5",
                     "Handtekening van Piet Praktijk", "Goedgekeurd op het scherm op"):
        assert expected in text, expected
    assert next(line for line in pdf_text(receipt).splitlines()
                if "Totaal" in line).split() == ["Totaal", "63,5"]
    services.bpv_hours.enter_hours(instructor, w.enrolment_id, [WeekEntry(2026, 41, 30 * 60)])
    with pytest.raises(NotFound):
        reports.approval_receipt(instructor, uuid.uuid4())

    overview = _write(tmp_path, reports.praktijkoverzicht(instructor, w.participant_id),
                      "overzicht.pdf")
    text = flat_text(overview)
    for expected in ("Praktijkoverzicht", "Çağan Yılmaz (P-LAS-1)", "Metaalbouw Zwolle B.V.",
                     "100234567", "Werkprocessen", "op het scherm (Netjes ingesteld)",
                     "Open verplichte taken: T2.",
                     "Ingetrokken (telt niet mee): T3 afgetekend 02-10-2026 door Piet Praktijk",
                     "verkeerde taak aangevinkt", "2026-W41", "niet goedgekeurd",
                     "Goedgekeurd: 32 uur van de norm van 610 uur per jaar. Ingevoerd: 62 uur.",
                     "Leerweg MBO BBL"):
        assert expected in text, expected
    homeless = card_world(services, "LAS-2", workplace=False)
    with pytest.raises(ServiceError, match="er is geen praktijkoverzicht gemaakt"):
        reports.praktijkoverzicht(instructor, homeless.participant_id)
