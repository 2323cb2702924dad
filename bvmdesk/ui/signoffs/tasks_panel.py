"""The Aftekeningen view of the Aftekenen page (page.py): the buttons for a participant's
tasks above the list of them, and the page's view switch. Layout only: the page connects
the buttons and gives them their shortcuts (which work wherever the focus is on the page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from bvmdesk.ui.icons import icon
from bvmdesk.ui.signoffs.tasks_view import TasksView

translate = QCoreApplication.translate


def _button(glyph: str, text: str, keys: str) -> QPushButton:
    button = QPushButton(icon(glyph), text)
    button.setToolTip(f"{text} ({keys})")
    return button


class TasksPanel(QWidget):
    """Kaart vastleggen, Kaart afdrukken, Intrekken, Kaartfoto and Praktijkoverzicht above
    the tasks; `keys` pairs each button with its shortcut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = TasksView()
        self.paper_button = _button("fa6s.qrcode", translate(
            "SignOffsPage", "Kaart vastleggen"), "Ctrl+K")
        self.card_button = _button("fa6s.print", translate(
            "SignOffsPage", "Kaart afdrukken"), "Ctrl+P")
        self.card_button.setToolTip(translate(
            "SignOffsPage", "Aftekenkaart afdrukken, met QR-code (Ctrl+P)"))
        self.withdraw_button = _button("fa6s.ban", translate(
            "SignOffsPage", "Intrekken"), "Ctrl+I")
        self.evidence_button = _button("fa6s.image", translate(
            "SignOffsPage", "Kaartfoto"), "Ctrl+Shift+F")
        self.evidence_button.setToolTip(translate(
            "SignOffsPage", "De foto of scan van de teruggekomen kaart bekijken (Ctrl+Shift+F)"))
        self.overview_button = _button("fa6s.file-pdf", translate(
            "SignOffsPage", "Praktijkoverzicht"), "Ctrl+Shift+P")
        self.keys = ((self.paper_button, "Ctrl+K"), (self.card_button, "Ctrl+P"),
                     (self.withdraw_button, "Ctrl+I"), (self.evidence_button, "Ctrl+Shift+F"),
                     (self.overview_button, "Ctrl+Shift+P"))
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.paper_button, self.card_button, self.withdraw_button,
                       self.evidence_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.overview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(self.tasks, 1)


def view_switch(group: QButtonGroup) -> QHBoxLayout:
    """Aftekeningen, Bpv-uren, Per groep: checkable buttons in `group` (ids 0, 1, 2)."""
    group.setExclusive(True)
    bar = QHBoxLayout()
    bar.setSpacing(0)
    for index, (glyph, text) in enumerate((
            ("fa6s.list-check", translate("SignOffsPage", "Aftekeningen")),
            ("fa6s.clock", translate("SignOffsPage", "Bpv-uren")),
            ("fa6s.users", translate("SignOffsPage", "Per groep")))):
        button = QPushButton(icon(glyph), text)
        button.setCheckable(True)
        button.setObjectName("viewSwitch")
        group.addButton(button, index)
        bar.addWidget(button)
    bar.addStretch(1)
    return bar
