"""The navigation rail on the left: one checkable button per page, Alt+1 ... Alt+8."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QVBoxLayout, QWidget

from bvmdesk.ui.icons import icon


@dataclass(frozen=True)
class PageSpec:
    """One entry of the rail: its key, title, icon and what the page is for (a whole
    sentence, shown while the page is not built yet)."""

    key: str
    title: str
    icon: str
    purpose: str


def main_pages() -> list[PageSpec]:
    """The eight pages, in rail order (Alt+1 ... Alt+8)."""
    translate = QCoreApplication.translate
    return [
        PageSpec("today", translate("Navigation", "Vandaag"), "fa6s.sun", translate(
            "Navigation", "Hier ziet u straks het overzicht van vandaag: uw lessen, wie zich "
            "ziek heeft gemeld en wat nog afgetekend of beoordeeld moet worden.")),
        PageSpec("attendance", translate("Navigation", "Presentie"), "fa6s.clipboard-check",
                 translate("Navigation", "Hier vult u straks per les het presentieregister "
                           "in: één toets per status (A, L, V, Z, G, O), een badge scannen of "
                           "'Iedereen aanwezig'.")),
        PageSpec("participants", translate("Navigation", "Deelnemers"), "fa6s.users",
                 translate("Navigation", "Hier zoekt u straks alle deelnemers en bekijkt "
                           "u hun gegevens en inschrijvingen.")),
        PageSpec("assessments", translate("Navigation", "Beoordelingen"), "fa6s.list-check",
                 translate("Navigation", "Hier legt u straks praktijkbeoordelingen per "
                           "werkproces vast op het beoordelingsformulier, met de "
                           "praktijkopleider als tweede beoordelaar.")),
        PageSpec("signoffs", translate("Navigation", "Aftekenen"), "fa6s.signature",
                 translate("Navigation", "Hier tekent de praktijkopleider straks "
                           "werkprocessen en bpv-uren af, op het scherm of op een kaart die "
                           "u daarna invoert.")),
        PageSpec("certificates", translate("Navigation", "Certificaten"), "fa6s.certificate",
                 translate("Navigation", "Hier maakt en controleert u straks certificaten "
                           "en bewijzen van deelname, en trekt u ze zo nodig in.")),
        PageSpec("reports", translate("Navigation", "Rapportages"), "fa6s.chart-column",
                 translate("Navigation", "Hier maakt u straks overzichten van presentie, "
                           "verzuimsignalen en uren per deelnemer en per financier, als Excel "
                           "of PDF.")),
        PageSpec("admin", translate("Navigation", "Beheer"), "fa6s.gear", translate(
            "Navigation", "Hier beheert u straks locaties, gebruikers, leerbedrijven, "
            "modules, groepen, import en export, back-ups, synchronisatie en instellingen.")),
    ]


class NavigationRail(QWidget):
    """The dark rail of page buttons; `page_selected(index)` when one is chosen."""

    page_selected = Signal(int)

    def __init__(self, pages: list[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationRail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(176)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 16, 8, 16)
        layout.setSpacing(4)
        title = QLabel("BVM Desk")
        title.setObjectName("railTitle")
        layout.addWidget(title)
        layout.addSpacing(8)
        for index, spec in enumerate(pages):
            button = QPushButton(icon(spec.icon, "#E8EEF5"), spec.title)
            button.setObjectName(f"rail_{spec.key}")
            button.setCheckable(True)
            button.setIconSize(QSize(20, 20))
            button.setToolTip(f"{spec.title} (Alt+{index + 1})")
            self._group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idClicked.connect(self.page_selected)

    def set_current(self, index: int) -> None:
        self.buttons[index].setChecked(True)
