"""Frozen certificate PDFs on screen and on paper: pages rendered with pypdfium2 (QtPdf is
not part of PySide6-Essentials), the in-app preview and printing through QPrinter.

The bytes are never changed: a reprint is the frozen PDF, drawn page by page.
"""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.ui.icons import icon

MAX_PRINT_DPI = 300
"""Pages are rendered at the printer's resolution, at most this (a certificate is vector
art; 1200 dpi would take half a gigabyte per A4 page)."""
PREVIEW_DPI = 96
CONTEXT = "CertificatePdf"


def page_count(data: bytes) -> int:
    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def is_landscape(data: bytes) -> bool:
    """Whether the first page of `data` is wider than high (a certificate is)."""
    document = pypdfium2.PdfDocument(data)
    try:
        if not len(document):
            return False
        width, height = document.get_page_size(0)
        return bool(width > height)
    finally:
        document.close()


def fitting_dpi(data: bytes, room: QSize) -> float:
    """The resolution at which the first page of `data` fits `room` (at most
    PREVIEW_DPI; at least 36, below that nothing is legible)."""
    document = pypdfium2.PdfDocument(data)
    try:
        if not len(document):
            return PREVIEW_DPI
        width, height = document.get_page_size(0)
    finally:
        document.close()
    fit = min(room.width() / (width / 72.0), room.height() / (height / 72.0))
    return float(max(36.0, min(PREVIEW_DPI, fit)))


def orient(printer: QPrinter, data: bytes) -> None:
    """Turn the printer's paper the way the PDF's pages are."""
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if is_landscape(data)
        else QPageLayout.Orientation.Portrait
    )


def page_images(data: bytes, dpi: float) -> Iterator[QImage]:
    """Each page of the PDF `data` as an image at `dpi` (white background)."""
    document = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
                try:
                    yield _to_image(bitmap)
                finally:
                    bitmap.close()
            finally:
                page.close()
    finally:
        document.close()


def _to_image(bitmap: pypdfium2.PdfBitmap) -> QImage:
    channels = bitmap.n_channels
    formats = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBX8888}
    image = QImage(
        bytes(bitmap.buffer),
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        formats.get(channels, QImage.Format.Format_Grayscale8),
    )
    return image.copy()  # own the pixels: the bitmap's buffer goes with it


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Draw every page of `data` on `printer`, each fitted to its page and centred; the
    number of pages printed. Raises OSError when the printer cannot be opened."""
    dpi = min(max(printer.resolution(), 72), MAX_PRINT_DPI)
    orient(printer, data)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate(
                "CertificatePdf", "De printer kon niet worden geopend; er is niets afgedrukt."
            )
        )
    printed = 0
    try:
        for image in page_images(data, dpi):
            if printed:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (target.width() - size.width()) // 2
            y = (target.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def choose_printer(parent: QWidget | None, data: bytes) -> QPrinter | None:
    """The printer the user chooses in the print dialog for `data`, or None when
    cancelled."""
    pages = page_count(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("BVM Desk")
    orient(printer, data)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("CertificatePdf", "Certificaten afdrukken"))
    dialog.setMinMax(1, max(pages, 1))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    finally:
        dialog.deleteLater()
    return printer


def print_with_dialog(parent: QWidget | None, data: bytes) -> int:
    """Ask for a printer and print `data`: the pages printed (0 when cancelled)."""
    printer = choose_printer(parent, data)
    if printer is None:
        return 0
    return print_pdf(data, printer)


class PdfPreviewDialog(QDialog):
    """The pages of a PDF as images, one under the other, in a scroll area."""

    def __init__(
        self, data: bytes, title: str, note: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("certificatePreview")
        self.pages: list[QLabel] = []
        column = QWidget()
        pages_layout = QVBoxLayout(column)
        pages_layout.setSpacing(16)
        pages_layout.setContentsMargins(16, 16, 16, 16)
        dpi = fitting_dpi(data, self._room() - QSize(80, 140))
        for image in page_images(data, dpi * self.devicePixelRatioF()):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            label = QLabel()
            label.setObjectName("previewPage")
            label.setPixmap(pixmap)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white; border: 1px solid #B0B8C4;")
            self.pages.append(label)
            pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        close = QPushButton(icon("fa6s.xmark"), self.tr("Sluiten"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        foot = QHBoxLayout()
        foot.addWidget(self.note_label, 1)
        foot.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(foot)
        first = self.pages[0].pixmap().deviceIndependentSize() if self.pages else None
        width = int(first.width()) + 80 if first is not None else 640
        self.resize(QSize(max(width, 640), 720).boundedTo(self._room()))

    def _room(self) -> QSize:
        screen = self.screen()
        if screen is None:
            return QSize(1280, 720)
        available = screen.availableGeometry().size()
        return QSize(available.width() - 40, available.height() - 60)
