"""Small shared widgets: an input with its own error line, and a page header."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.ui.icons import set_clear_button


class FieldBox(QWidget):
    """An input with a red error line under it that shows only when there is an error."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)

    def set_error(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))

    @property
    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""


class PageHeader(QWidget):
    """Title, the page's primary action (if any) and a search field (Ctrl+F)."""

    search_changed = Signal(str)
    search_submitted = Signal(str)

    def __init__(self, title: str, action_text: str | None = None,
                 search_placeholder: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.action_button: QPushButton | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("pageSearch")
        set_clear_button(self.search_edit)
        self.search_edit.setMinimumWidth(320)
        self.search_edit.setMaximumWidth(380)
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.search_edit.setPlaceholderText(
            f"{search_placeholder or ''} ({shortcut})" if search_placeholder else shortcut)
        self.search_edit.textChanged.connect(self.search_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        if action_text:
            self.action_button = QPushButton(action_text)
            self.action_button.setObjectName("primary")
            self.action_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                             QSizePolicy.Policy.Fixed)
            layout.addWidget(self.action_button)
        layout.addWidget(self.search_edit, 0, Qt.AlignmentFlag.AlignVCenter)

    def _on_search_edit_return_pressed(self) -> None:
        self.search_submitted.emit(self.search_edit.text())


class DialogButtons(QHBoxLayout):
    """A form dialog's foot: a hidden error line above, Annuleren and the save button
    (default, Enter) at the right. `save` is connected by the dialog."""

    def __init__(self, dialog: QDialog, save_text: str) -> None:
        super().__init__()
        self.message_label = QLabel()
        self.message_label.setObjectName("formError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.cancel_button = QPushButton(
            QCoreApplication.translate("DialogButtons", "Annuleren"))
        self.save_button = QPushButton(save_text)
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(dialog.reject)
        self.addStretch(1)
        self.addWidget(self.cancel_button)
        self.addWidget(self.save_button)
