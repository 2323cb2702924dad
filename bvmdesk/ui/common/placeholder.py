"""A calm page for what is not built yet: its title, an icon and what it will do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bvmdesk.ui.common.base import Page
from bvmdesk.ui.icons import icon
from bvmdesk.ui.theme import MUTED


class NotBuiltNotice(QWidget):
    """An icon, "Deze pagina is nog niet gebouwd." and what the page will do (`purpose`,
    one whole sentence: "Hier legt u straks praktijkbeoordelingen ... vast.")."""

    def __init__(self, icon_name: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, MUTED).pixmap(QSize(64, 64)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel(self.tr(
            "Deze pagina is nog niet gebouwd. {purpose}").format(purpose=purpose))
        self.text_label.setObjectName("notBuilt")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setStyleSheet("font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(picture)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text_label, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class PlaceholderPage(Page):
    """A main page that is not built yet; its search field is off until there is content."""

    def __init__(self, title: str, icon_name: str, purpose: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent=parent, search_placeholder=QCoreApplication.translate(
            "PlaceholderPage", "Zoeken"))
        self.header.search_edit.setEnabled(False)
        self.notice = NotBuiltNotice(icon_name, purpose)
        self.body.addWidget(self.notice)
