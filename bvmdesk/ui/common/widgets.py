"""Small shared widgets: an input with its own error line, and a page header."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.ui.common.search_limit import bounded_search
from bvmdesk.ui.icons import icon, set_clear_button


class FieldBox(QWidget):
    """An input with a red error line under it. The line keeps its height when empty, so
    that the form does not shift when an error appears, and it clears as soon as the user
    changes the input."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setMinimumHeight(self.error_label.fontMetrics().height())
        # Its height is set in _fit_error, as a minimum that dialogs and forms respect.
        policy = self.error_label.sizePolicy()
        policy.setHeightForWidth(False)
        self.error_label.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)
        for widget in (editor, *editor.findChildren(QWidget)):
            _connect_change(widget, self._on_editor_changed)

    def set_error(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self._fit_error()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_error()

    def _fit_error(self) -> None:
        """Reserve one line, or as many as the message needs at the current width (a form
        layout does not ask a word-wrapped label for its height by itself)."""
        label = self.error_label
        width = self.width() if self.width() > 0 else self.editor.width()  # label's width
        label.setMinimumHeight(0)  # heightForWidth honours the old minimum: measure afresh
        needed = label.heightForWidth(width)
        if not label.text():  # the height of one line, measured as the label measures
            label.setText("X")
            needed = label.heightForWidth(width)
            label.setText("")
        label.setMinimumHeight(needed)

    @property
    def error(self) -> str:
        return self.error_label.text()

    def _on_editor_changed(self, *_args: object) -> None:
        if self.error_label.text():
            self.set_error(None)


def _connect_change(widget: QWidget, slot: Callable[..., None]) -> None:
    """Connect what the user changes in `widget` (typing, choosing, a date) to `slot`."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)
        if isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.activated.connect(slot)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)


def grow_to_fit(widget: QWidget) -> None:
    """Grow `widget` (a dialog) to the height its layout needs at its width: a word-wrapped
    label that gets a longer text does not grow a dialog by itself, it squashes the rest."""
    layout = widget.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(widget.width())
    if needed > widget.height():
        widget.resize(widget.width(), needed)


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
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.search_edit.setPlaceholderText(
            f"{search_placeholder or ''} ({shortcut})" if search_placeholder else shortcut)
        self._fit_search_width()
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        # The title is never squeezed; when the row is full the search field gives way
        # (down to 240 px, its hint then in its tooltip).
        self.title_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.title_label)
        layout.addStretch(0)  # what the search field (stretch 1) leaves
        if action_text:
            self.action_button = QPushButton(action_text)
            self.action_button.setObjectName("primary")
            self.action_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                             QSizePolicy.Policy.Fixed)
            layout.addWidget(self.action_button)
        layout.addWidget(self.search_edit, 1, Qt.AlignmentFlag.AlignVCenter)

    def _fit_search_width(self) -> None:
        """As wide as its placeholder needs (320 to 480 px) at the font size of the moment:
        a cut-off hint would hide what can be searched for."""
        edit = self.search_edit
        # padding (6 px a side in the style sheet), frame, Qt's own margin and the clear button
        chrome = 2 * 6 + 2 * 2 + 2 * 2 + 32
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + chrome
        edit.setMinimumWidth(240)
        edit.setMaximumWidth(max(320, min(needed, 480)))
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.setToolTip(edit.placeholderText())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_search_width()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.search_changed.emit(bounded_search(self.search_edit, text))

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


class FormFoot(QVBoxLayout):
    """The foot of a form beside a list (Beheer): a message line two lines tall, then
    Opslaan (Ctrl+S) and Annuleren (Esc) at the left. The owner connects the buttons and
    their shortcuts."""

    def __init__(self) -> None:
        super().__init__()
        self.setSpacing(8)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().height() * 2)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.save_button = QPushButton(icon("fa6s.floppy-disk", "#FFFFFF"),
                                       QCoreApplication.translate("FormFoot", "Opslaan"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(QCoreApplication.translate("FormFoot", "Opslaan (Ctrl+S)"))
        self.cancel_button = QPushButton(icon("fa6s.rotate-left"),
                                         QCoreApplication.translate("FormFoot", "Annuleren"))
        self.cancel_button.setToolTip(QCoreApplication.translate(
            "FormFoot", "De wijzigingen weggooien (Esc)"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.addWidget(self.message_label)
        self.addLayout(buttons)
