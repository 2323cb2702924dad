"""What every page has: a header with title, primary action and search field (Ctrl+F;
Esc there goes back to the page's main view)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from bvmdesk.ui.common.widgets import PageHeader


class Page(QWidget):
    """A page of the main window; subclasses fill `body`."""

    def __init__(self, title: str, action_text: str | None = None,
                 search_placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.header = PageHeader(title, action_text, search_placeholder)
        self.main_view: QWidget | None = None  # where Esc in the search field goes
        # A shortcut of the field, not an event filter of the page: a page's own
        # eventFilter would be called during this __init__, before its subclass exists.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.header.search_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.leave_search)
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

    def leave_search(self) -> None:
        """Esc in the search field: focus the page's main view (its table), so that its
        keys work again; without one the search field just loses the focus."""
        view = self.main_view
        if view is not None and view.isVisible() and view.isEnabled():
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.header.search_edit.clearFocus()
