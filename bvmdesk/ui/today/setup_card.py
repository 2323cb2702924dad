"""Vandaag's "Aan de slag": the first steps of a new site, each with whether it is done (a
check and the word "klaar" with a count; colour never alone) and a link to where it is done.
The card shows until a group of this site has a lesson (services.today_setup)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.today_setup import SetupProgress
from bvmdesk.ui.icons import icon
from bvmdesk.ui.theme import ACCENT, ACCENT_DARK, MUTED, SUCCESS

if TYPE_CHECKING:
    from bvmdesk.ui.main_window import MainWindow

# Where a link goes: a Beheer section by its key, or one of these two.
NEW_PARTICIPANT = "new_participant"  # Deelnemers, "Nieuwe deelnemer"
PARTICIPANTS = "participants"  # Deelnemers (for whom may not add one)
PLAN_LESSONS = "lessons"  # Beheer > Groepen, where a group's lessons are planned

SETUP_STYLE = f"""
QPushButton#setupLink {{
    color: {ACCENT}; background: transparent; border: none; padding: 2px 8px 2px 0;
    font-weight: 600; text-align: left;
}}
QPushButton#setupLink:hover {{ color: {ACCENT_DARK}; text-decoration: underline; }}
QPushButton#setupLink:focus {{ text-decoration: underline; }}
QLabel#setupDone {{ color: {SUCCESS}; font-weight: 600; }}
QLabel#setupToDo {{ color: {MUTED}; }}
"""

ICON_SIZE = 18


@dataclass
class StepRow:
    """The widgets of one step: its state icon and text, and its links by target."""

    state_icon: QLabel
    title: QLabel
    state: QLabel
    links: dict[str, QPushButton]


class SetupCard(QFrame):
    """Five steps; a click on a link asks the window to open that place (`step_requested`
    with a Beheer section key, NEW_PARTICIPANT, PARTICIPANTS or PLAN_LESSONS)."""

    step_requested = Signal(str)

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        """`editable`: the actor may change master data (an administrator). Others see the
        same steps and links, which open the sections read-only, and a line saying so."""
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(SETUP_STYLE)
        self.editable = editable
        self.progress: SetupProgress | None = None
        title = QLabel(self.tr("Aan de slag"))
        title.setObjectName("sectionTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("cardCount")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        self.intro = QLabel(self.tr(
            "Deze locatie heeft nog geen lessen. Zet de eerste stappen hieronder; deze "
            "kaart verdwijnt zodra een groep lessen heeft.") if editable else self.tr(
            "Deze locatie heeft nog geen lessen. Deze stappen zet een beheerder; u kunt de "
            "onderdelen wel bekijken, niet wijzigen."))
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.steps: dict[str, StepRow] = {}
        participant_link = (
            (NEW_PARTICIPANT, self.tr("Nieuwe deelnemer"),
             self.tr("Deelnemers, Nieuwe deelnemer: één deelnemer met de hand invoeren"))
            if editable else
            (PARTICIPANTS, self.tr("Deelnemers"), self.tr("De pagina Deelnemers")))
        plan = [
            ("modules", self.tr("1. Modules"),
             self.tr("Uren, minimale aanwezigheid, werkprocessen."),
             [("modules", self.tr("Modules"), self.tr("Beheer > Modules"))]),
            ("companies", self.tr("2. Leerbedrijven"),
             self.tr("Waar deelnemers werken, met praktijkopleiders."),
             [("companies", self.tr("Leerbedrijven"), self.tr("Beheer > Leerbedrijven")),
              ("trainers", self.tr("Praktijkopleiders"),
               self.tr("Beheer > Praktijkopleiders"))]),
            ("groups", self.tr("3. Een groep"),
             self.tr("Een module op deze locatie, met startdatum."),
             [("groups", self.tr("Groepen"), self.tr("Beheer > Groepen"))]),
            ("participants", self.tr("4. Deelnemers"),
             self.tr("Met de hand, of uit een Excel-werkmap."),
             [participant_link,
              ("import", self.tr("Importeren"), self.tr("Beheer > Importeren"))]),
            ("lessons", self.tr("5. Lessen plannen"),
             self.tr("Kies de groep, tabblad Inschrijvingen, dan "
                     "\u201cLessen plannen\u2026\u201d."),
             [(PLAN_LESSONS, self.tr("Groepen"),
               self.tr("Beheer > Groepen: kies de groep, tabblad Inschrijvingen, dan "
                       "\u201cLessen plannen\u2026\u201d"))]),
        ]
        for index, (key, heading, text, links) in enumerate(plan):
            if index:
                grid.setRowMinimumHeight(index * 3 - 1, 4)  # a little air between steps
            self.steps[key] = self._add_step(grid, index * 3, heading, text, links)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _add_step(self, grid: QGridLayout, row: int, heading: str, text: str,
                  links: list[tuple[str, str, str]]) -> StepRow:
        state_icon = QLabel()
        state_icon.setFixedWidth(ICON_SIZE + 4)
        state_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(heading)
        title.setStyleSheet("font-weight: 600;")
        description = QLabel(text)
        description.setObjectName("muted")
        description.setWordWrap(True)
        description.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        state = QLabel()
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        made: dict[str, QPushButton] = {}
        for target, label, tooltip in links:
            button = QPushButton(icon("fa6s.arrow-right", ACCENT), label)
            button.setObjectName("setupLink")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(tooltip)
            button.clicked.connect(lambda _=False, t=target: self.step_requested.emit(t))
            buttons.addWidget(button)
            made[target] = button
        buttons.addStretch(1)
        # The title and what it is about on the left; whether it is done, and the links
        # to where it is done, in a column on the right.
        grid.addWidget(state_icon, row, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(title, row, 1)
        grid.addWidget(state, row, 2)
        grid.addWidget(description, row + 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(buttons, row + 1, 2)
        return StepRow(state_icon, title, state, made)

    # --- state ---------------------------------------------------------------------------
    def set_progress(self, progress: SetupProgress) -> None:
        self.progress = progress
        self.count_label.setText(self.tr("({done} van 5 klaar)").format(
            done=progress.steps_done))
        self._show_state("modules", progress.modules, self.tr("1 module") if
                         progress.modules == 1 else self.tr("{count} modules").format(
                             count=progress.modules))
        companies = (self.tr("1 leerbedrijf") if progress.companies == 1 else
                     self.tr("{count} leerbedrijven").format(count=progress.companies))
        trainers = (self.tr("1 praktijkopleider") if progress.trainers == 1 else
                    self.tr("{count} praktijkopleiders").format(count=progress.trainers))
        self._show_state("companies", progress.companies,
                         self.tr("{companies}, {trainers}").format(companies=companies,
                                                                    trainers=trainers))
        self._show_state("groups", progress.groups, self.tr("1 groep") if progress.groups == 1
                         else self.tr("{count} groepen").format(count=progress.groups))
        self._show_state("participants", progress.participants,
                         self.tr("1 deelnemer") if progress.participants == 1 else
                         self.tr("{count} deelnemers").format(count=progress.participants))
        self._show_state("lessons", progress.lessons, self.tr("1 les") if
                         progress.lessons == 1 else self.tr("{count} lessen").format(
                             count=progress.lessons))

    def _show_state(self, key: str, count: int, counted: str) -> None:
        step = self.steps[key]
        done = count > 0
        step.state.setObjectName("setupDone" if done else "setupToDo")
        step.state.setText(self.tr("klaar · {counted}").format(counted=counted) if done
                           else self.tr("nog te doen"))
        step.state.setToolTip(step.state.text())
        step.state.style().unpolish(step.state)
        step.state.style().polish(step.state)
        pixmap = icon("fa6s.circle-check" if done else "fa6s.circle", SUCCESS if done
                      else "#B8C2CE").pixmap(ICON_SIZE, ICON_SIZE)
        step.state_icon.setPixmap(pixmap)

    def is_done(self, key: str) -> bool:
        """Whether step `key` (modules, companies, groups, participants, lessons) shows as
        done: for tests and for reading aloud."""
        return self.steps[key].state.objectName() == "setupDone"


def open_setup_step(window: MainWindow, target: str) -> None:
    """Follow a link of "Aan de slag" in `window`: Deelnemers (with a new participant's
    form, for whom may add one), else the Beheer section `target` (read-only for whom may
    not change it; PLAN_LESSONS is Groepen, where a group's lessons are planned)."""
    if target in (NEW_PARTICIPANT, PARTICIPANTS):
        page = window.participants_page
        window.show_page_key("participants")
        page.ensure_loaded()
        button = page.header.action_button
        if target == NEW_PARTICIPANT and button is not None and button.isEnabled():
            button.click()
        return
    admin = window.admin_page
    admin.header.search_edit.clear()  # a filter could hide the section
    window.show_page_key("admin")
    admin.show_section("groups" if target == PLAN_LESSONS else target)
