"""Render resources/icons/bvmdesk.svg to the Windows icon (.ico) the frozen build needs.

Run once after the SVG changes: `python scripts/make_icon.py`; the .ico is kept in git so
that a Windows build does not need Qt's SVG renderer before PyInstaller runs.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> Image.Image:
    """The SVG drawn at `size` x `size` pixels, as a Pillow image with alpha."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    svg = ICONS / "bvmdesk.svg"
    largest = render(svg, SIZES[-1])
    # Pillow scales the largest picture down for each size; small sizes look better drawn
    # by Qt itself, so each is rendered separately and passed in.
    images = [render(svg, size) for size in SIZES]
    largest.save(ICONS / "bvmdesk.ico", sizes=[(s, s) for s in SIZES],
                 append_images=images[:-1])
    print(f"{ICONS / 'bvmdesk.ico'}: {', '.join(str(s) for s in SIZES)} px")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
