"""What every page has: a header with title, primary action and search field (Ctrl+F)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from bvmdesk.ui.common.widgets import PageHeader


class Page(QWidget):
    """A page of the main window; subclasses fill `body`."""

    def __init__(self, title: str, action_text: str | None = None,
                 search_placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.header = PageHeader(title, action_text, search_placeholder)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addLayout(self.body, 1)

    def focus_search(self) -> None:
        edit = self.header.search_edit
        if edit.isEnabled():
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()
