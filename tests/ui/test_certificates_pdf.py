"""Certificaten: frozen PDFs on screen (the preview dialog) and on paper (a QPrinter writing
a PDF file: no real printer), the batch summary and the reason dialog."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from bvmdesk.services.base import ServiceError
from bvmdesk.services.certificate_types import IssuedCertificate, IssueResult, Skipped
from bvmdesk.ui.certificates.issue_summary import IssueSummaryDialog, summary_text
from bvmdesk.ui.certificates.pdf_pages import (
    PdfPreviewDialog,
    is_landscape,
    page_images,
    print_pdf,
)
from bvmdesk.ui.common.reason_dialog import ReasonDialog
from tests.ui.certificate_support import batch_pdf, certificate_pdf


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_pages_render_as_images_of_the_page_size(qapp: object) -> None:
    images = list(page_images(batch_pdf(2), 72))
    assert len(images) == 2
    # A4 landscape at 72 dpi: 842 x 595 points
    assert images[0].width() == 842 and abs(images[0].height() - 595) <= 1
    assert is_landscape(certificate_pdf())


def test_preview_dialog_shows_the_page_as_an_image(qtbot: object) -> None:
    dialog = PdfPreviewDialog(certificate_pdf(), "Voorbeeld", "VOORBEELD, niet uitgegeven")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert len(dialog.pages) == 1
    image = dialog.pages[0].pixmap().toImage()
    assert image.width() > 600 and image.height() > 400
    assert image.width() > image.height()  # a certificate is landscape
    # not blank: the title and the QR code are dark pixels on the white page
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50
    assert dialog.note_label.text() == "VOORBEELD, niet uitgegeven"


def test_printing_draws_every_page_on_the_printer(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "afdruk.pdf"
    printer = pdf_printer(target)
    assert print_pdf(batch_pdf(3), printer) == 3
    printed = pypdfium2.PdfDocument(target.read_bytes())
    try:
        assert len(printed) == 3
        width, height = printed.get_page_size(0)
        assert width > height  # the paper turned the way the certificate is
        page = printed[1]
        bitmap = page.render(scale=0.5, rev_byteorder=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888).copy()
        bitmap.close()
        page.close()
    finally:
        printed.close()
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50  # the page was drawn, not left blank


def test_printed_page_still_carries_a_readable_qr_code(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "afdruk.pdf"
    print_pdf(certificate_pdf("ZWL-2026-00042"), pdf_printer(target))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(target), str(tmp_path / "p")],
                   check=True)
    found = subprocess.run(["zbarimg", "-q", "--raw", str(next(tmp_path.glob("p*.png")))],
                           capture_output=True, text=True, check=False)
    assert found.stdout.strip() == "BVM1:TEST-ZWL-2026-00042"


def test_summary_names_the_numbers_and_the_skipped(qtbot: object) -> None:
    printed: list[bytes] = []
    result = IssueResult(
        issued=(IssuedCertificate("ZWL-2026-00001", "D-0001", "aa"),
                IssuedCertificate("ZWL-2026-00002", "D-0002", "bb")),
        skipped=(Skipped("D-0003", "aanwezigheid 70,0 % < 80 %"),),
        print_pdf=batch_pdf(2), cancelled=True)
    dialog = IssueSummaryDialog(result, printed.append, lambda _data: None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    text = dialog.summary_label.text()
    assert "2 certificaten uitgegeven: ZWL-2026-00001 t/m ZWL-2026-00002" in text
    assert "gestopt" in text and "1 overgeslagen" in text
    assert "D-0003: aanwezigheid 70,0 % < 80 %" in dialog.details.toPlainText()
    dialog.print_button.click()
    assert printed == [result.print_pdf]


def test_summary_without_certificates_offers_no_print(qtbot: object) -> None:
    result = IssueResult(issued=(), skipped=(Skipped("D-0003", "heeft er al één"),))
    dialog = IssueSummaryDialog(result, lambda _d: None, lambda _d: None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert summary_text(result).startswith("Er is geen certificaat uitgegeven.")
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


@pytest.mark.parametrize("reason, saved", [("", False), ("ab", False), ("verkeerde persoon", True)])
def test_reason_dialog_requires_a_reason(qtbot: object, reason: str, saved: bool) -> None:
    calls: list[str] = []
    dialog = ReasonDialog("Intrekken", "Certificaat ZWL-2026-00001 intrekken?", "Intrekken",
                          "fa6s.ban", lambda text: calls.append(text))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.reason_edit.setText(reason)
    assert dialog.submit() is saved
    assert calls == ([reason] if saved else [])
    if not saved:
        assert "er is niets gewijzigd" in dialog.error_label.text() or not reason


def test_reason_dialog_shows_a_refusal_and_stays_open(qtbot: object) -> None:
    def refuse(_reason: str) -> None:
        raise ServiceError("Certificaat ZWL-2026-00001 is al ingetrokken; er is niets gewijzigd.")

    dialog = ReasonDialog("Intrekken", "?", "Intrekken", "fa6s.ban", refuse)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.reason_edit.setText("dubbel")
    assert not dialog.submit()
    assert "al ingetrokken" in dialog.error_label.text()
