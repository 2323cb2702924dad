"""The embedded DejaVu Sans fonts: registered with ReportLab once per process."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bvmdesk.config import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

_FILES: dict[str, str] = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}
_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    """A font file of the installation is missing: the PDF cannot be made."""


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, italic) with ReportLab; later calls do nothing.

    Raises:
        FontMissingError: a font file is not in `resources/fonts`.
    """
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, file_name in _FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FontMissingError(
                    f"Het lettertype {file_name} ontbreekt in {folder}; de PDF kan niet "
                    "worden gemaakt. Installeer BVM Desk opnieuw.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> in paragraphs pick the matching file.
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT_ITALIC)
        addMapping(FONT, 1, 1, FONT_BOLD)
        _registered = True
