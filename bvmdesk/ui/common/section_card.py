"""A white card with a title, a table or a sentence in its place, and buttons; and the
question asked before a destructive action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

CARD_STYLE = """
QFrame#card { background: #FFFFFF; border: 1px solid #C9D1DB; border-radius: 6px; }
QFrame#card QLabel#cardMessage { color: #5F6B7A; padding: 8px; }
QFrame#card QLabel#cardCount { color: #5F6B7A; }
"""


def confirm(parent: QWidget | None, text: str, action: str) -> bool:
    """Ask before a destructive action; the question names the object, the button the act."""
    box = QMessageBox(QMessageBox.Icon.Question, "BVM Desk", text,
                      QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Panels", "Annuleren"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


class SectionCard(QFrame):
    """A white card: a title with a count, a table or a sentence in its place, buttons."""

    def __init__(self, title: str, table: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("sectionTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("cardCount")
        self.message_label = QLabel()
        self.message_label.setObjectName("cardMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table = table
        self.stack = QStackedWidget()
        self.stack.addWidget(table)
        self.stack.addWidget(self.message_label)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label)
        top.addWidget(self.count_label)
        top.addStretch(1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self.buttons)

    def set_title_visible(self, visible: bool) -> None:
        """Hide the title where a tab already names the card."""
        self.title_label.setVisible(visible)
        self.count_label.setVisible(visible)

    def add_button(self, button: QPushButton, *, left: bool = False) -> None:
        if left:
            self.buttons.insertWidget(0, button)
        else:
            self.buttons.addWidget(button)

    def show_table(self, count: int | None = None) -> None:
        self.stack.setCurrentIndex(0)
        self.count_label.setText(f"({count})" if count is not None else "")

    def show_message(self, text: str, *, count: int | None = None) -> None:
        self.message_label.setText(text)
        self.stack.setCurrentIndex(1)
        self.count_label.setText(f"({count})" if count is not None else "")

    @property
    def message(self) -> str:
        return self.message_label.text() if self.stack.currentIndex() == 1 else ""
