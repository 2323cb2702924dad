"""Icons from qtawesome's Font Awesome 6 (solid) font, drawn directly and cached.

Importing qtawesome itself costs ~0.4 s at start-up (it loads qtpy and patches enums), so
the `fa6s.*` glyphs are painted here from qtawesome's own font file and charmap; any other
icon set falls back to qtawesome.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton

from bvmdesk.ui.theme import MUTED

_SOLID_FONT = "fontawesome6-solid-webfont-6.7.2.ttf"
_SOLID_CHARMAP = "fontawesome6-solid-webfont-charmap-6.7.2.json"
_cache: dict[tuple[str, str], QIcon] = {}
_ours: set[int] = set()  # cache keys of the icons made here, see `is_ours`
_solid: list[tuple[str, dict[str, int]]] = []


def _fonts_dir() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def _solid_font() -> tuple[str, dict[str, int]] | None:
    """(font family, name -> code point) of Font Awesome 6 solid, loaded once."""
    if not _solid:
        folder = _fonts_dir()
        if folder is None or not (folder / _SOLID_FONT).exists():
            return None
        font_id = QFontDatabase.addApplicationFont(str(folder / _SOLID_FONT))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not families:
            return None
        charmap = json.loads((folder / _SOLID_CHARMAP).read_text(encoding="utf-8"))
        _solid.append((families[0], {k: int(v, 16) for k, v in charmap.items()}))
    return _solid[0]


def _paint(family: str, code: int, color: str, size: int = 64) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont(family)
    font.setPixelSize(int(size * 0.875))
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    painter.setFont(font)
    painter.setPen(QColor(color))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, chr(code))
    painter.end()
    return QIcon(pixmap)


def icon(name: str, color: str = "#1F2933") -> QIcon:
    """The qtawesome icon `name` (e.g. `fa6s.users`) in `color`."""
    key = (name, color)
    if key not in _cache:
        prefix, _, glyph = name.partition(".")
        solid = _solid_font() if prefix == "fa6s" else None
        if solid is not None and glyph in solid[1]:
            _cache[key] = _paint(solid[0], solid[1][glyph], color)
        else:
            import qtawesome

            _cache[key] = qtawesome.icon(name, color=color)
        _ours.add(_cache[key].cacheKey())
    return _cache[key]


def is_ours(candidate: QIcon) -> bool:
    """True for an icon made by `icon` (or a copy of one): one icon set on every button."""
    return candidate.cacheKey() in _ours


def set_clear_button(edit: QLineEdit) -> None:
    """Give `edit` a clear button with our icon instead of the desktop theme's."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    if action is not None:
        action.setIcon(icon("fa6s.circle-xmark", MUTED))


def set_calendar_arrows(calendar: QCalendarWidget) -> None:
    """Give a calendar's month arrows our icons, not the desktop theme's."""
    for name, glyph in (("qt_calendar_prevmonth", "fa6s.chevron-left"),
                        ("qt_calendar_nextmonth", "fa6s.chevron-right")):
        button = calendar.findChild(QToolButton, name)
        if button is not None:
            button.setIcon(icon(glyph, "#FFFFFF"))  # on the accent-coloured month bar
