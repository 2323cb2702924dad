"""The pieces around the register table: the lesson line with the counter and "Iedereen
aanwezig", the keys hint and the banner of a cancelled or read-only register."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from bvmdesk.services.base import ValidationFailed
from bvmdesk.ui.common.widgets import PageHeader
from bvmdesk.ui.icons import icon

T = TypeVar("T")

REGISTER_STYLE = """
QLabel#registerKeys { background: #E8F0F8; border: 1px solid #C9D8E8; border-radius: 4px;
                      padding: 6px 10px; }
QLabel#registerBanner { background: #FDECEA; color: #8C1D18; border: 1px solid #F2B8B5;
                        border-radius: 4px; padding: 6px 10px; font-weight: 600; }
QLabel#registerCounter { font-weight: 600; }
QLabel#scanError { color: #B3261E; font-weight: 600; }
QLabel#scanOk { color: #2E7D32; font-weight: 600; }
"""


class RegisterInfoRow(QWidget):
    """`di 1 sep 2026 · 08:30–16:30 · …`, "12 van 16 ingevuld", a bar and the button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)  # a long place or instructor at a large font
        self.counter_label = QLabel()
        self.counter_label.setObjectName("registerCounter")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(140, 18)
        self.all_present_button = QPushButton(
            icon("fa6s.check-double", "#FFFFFF"),
            QCoreApplication.translate("RegisterPage", "Iedereen aanwezig"))
        self.all_present_button.setObjectName("primary")
        self.all_present_button.setToolTip(QCoreApplication.translate(
            "RegisterPage", "Vult alleen de lege rijen (Ctrl+Shift+A)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.info_label, 1)
        layout.addWidget(self.counter_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.all_present_button)


def keys_label() -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "RegisterPage",
        "Toetsen: <b>A</b> aanwezig <b>L</b> te laat <b>V</b> vroeg weg <b>Z</b> ziek "
        "<b>G</b> geoorloofd <b>O</b> ongeoorloofd · Enter: tijden en notitie · "
        "Ctrl+Z: ongedaan maken"))
    label.setObjectName("registerKeys")
    label.setWordWrap(True)  # all keys stay readable at a larger font
    return label


def banner_label() -> QLabel:
    label = QLabel()
    label.setObjectName("registerBanner")
    label.setWordWrap(True)
    label.hide()
    return label


def stretch_title(header: PageHeader) -> None:
    """The title, not the gap before the search field, takes the room (a long module name
    is then shortened to fit, see `lesson_title`)."""
    header.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    layout = header.layout()
    if isinstance(layout, QHBoxLayout):
        layout.setStretchFactor(header.title_label, 1)
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                layout.setStretch(index, 0)


def run_with_reason(final: bool, ask: Callable[[], str | None],
                    action: Callable[[str | None], T]) -> T | None:
    """Run a write; after the lesson day (`final`) ask the reason first. None: the user
    cancelled the question. When the lesson day ended while the page was open, the
    service refuses without a reason: ask then and try once more.

    Raises:
        ServiceError: from `action`.
    """
    reason = None
    if final:
        reason = ask()
        if reason is None:
            return None
    try:
        return action(reason)
    except ValidationFailed as exc:
        if reason is not None or not any(e.field == "reason" for e in exc.errors):
            raise
        reason = ask()
        return action(reason) if reason is not None else None
