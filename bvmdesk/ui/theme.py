"""Fusion style, a light palette with one accent colour, a readable font and the 8-px grid."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

GRID = 8
MIN_POINT_SIZE = 10.5
ACCENT = "#1E5A96"
ACCENT_DARK = "#174A7C"
RAIL = "#1E2A38"
RAIL_SELECTED = "#2B5F92"
RAIL_HOVER = "#2A3A4C"
WINDOW = "#F4F6F8"
TEXT = "#1F2933"
MUTED = "#5F6B7A"
ERROR = "#B3261E"
SUCCESS = "#2E7D32"
BORDER = "#C9D1DB"

# Linux desktops (GNOME, KDE) make Qt put their theme's icons on dialog and message box
# buttons (floppy disk, red X, green check); ours have one icon set, so those get none.
_STYLESHEET = f"""
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: {TEXT}; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 600; color: {TEXT}; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#fieldError {{ color: {ERROR}; }}
QLabel#formError {{ color: {ERROR}; font-weight: 600; }}
QLabel#formSuccess {{ color: {SUCCESS}; font-weight: 600; }}
QPushButton {{ padding: 6px 16px; min-height: 20px; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK};
    border-radius: 4px; font-weight: 600;
}}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primary:disabled {{ background: #8FA8C2; border-color: #8FA8C2; }}
QPushButton#viewSwitch:checked {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK};
}}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit {{ padding: 4px 6px; }}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{ background: {WINDOW}; }}
QTableView {{ gridline-color: #E1E6EC; }}
QHeaderView::section {{
    padding: 4px 8px; font-weight: 600; background: #E9EDF2; border: none;
    border-right: 1px solid {BORDER}; border-bottom: 1px solid {BORDER};
}}
QStatusBar {{ background: #E9EDF2; color: {TEXT}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QListWidget#subNavigation {{ border: none; background: transparent; }}
QListWidget#subNavigation::item {{ padding: 0 8px; border-radius: 4px; }}
QListWidget#subNavigation::item:selected {{ background: {ACCENT}; color: white; }}
QWidget#navigationRail {{ background: {RAIL}; }}
QWidget#navigationRail QPushButton {{
    color: #E8EEF5; background: transparent; border: none; border-radius: 4px;
    text-align: left; padding: 8px 12px; font-size: 11.5pt;
}}
QWidget#navigationRail QPushButton:hover {{ background: {RAIL_HOVER}; }}
QWidget#navigationRail QPushButton:checked {{ background: {RAIL_SELECTED}; color: white; }}
QLabel#railTitle {{ color: white; font-size: 12pt; font-weight: 700; padding: 4px 12px; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion, the light palette, a font of at least 10.5 pt and the shared style sheet."""
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#FFFFFF",
        QPalette.ColorRole.AlternateBase: "#F2F5F9",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#FBFCFD",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: "#FFFFFF",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#7B8794",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7B8794"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(_STYLESHEET)
