"""The navigation rail on the left: one checkable button per page, Alt+1 ... Alt+8."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QVBoxLayout, QWidget

from bvmdesk.ui.icons import icon


@dataclass(frozen=True)
class PageSpec:
    """One entry of the rail: its key, title, icon and what the page is for."""

    key: str
    title: str
    icon: str
    purpose: str


def main_pages() -> list[PageSpec]:
    """The eight pages, in rail order (Alt+1 ... Alt+8)."""
    translate = QCoreApplication.translate
    return [
        PageSpec("today", translate("Navigation", "Vandaag"), "fa6s.sun", translate(
            "Navigation", "het overzicht van vandaag: uw lessen, wie er ziek gemeld is en "
            "wat nog afgetekend of beoordeeld moet worden")),
        PageSpec("attendance", translate("Navigation", "Presentie"), "fa6s.clipboard-check",
                 translate("Navigation", "het presentieregister per les: één toets per "
                           "status (A, L, V, Z, G, O), badge scannen en 'Iedereen aanwezig'")),
        PageSpec("participants", translate("Navigation", "Deelnemers"), "fa6s.users",
                 translate("Navigation", "alle deelnemers zoeken en hun gegevens en "
                           "inschrijvingen bekijken")),
        PageSpec("assessments", translate("Navigation", "Beoordelingen"), "fa6s.list-check",
                 translate("Navigation", "praktijkbeoordelingen per werkproces vastleggen op "
                           "het beoordelingsformulier, met de praktijkopleider als tweede "
                           "beoordelaar")),
        PageSpec("signoffs", translate("Navigation", "Aftekenen"), "fa6s.signature",
                 translate("Navigation", "aftekeningen van werkprocessen en bpv-uren door de "
                           "praktijkopleider, op het scherm of van een getekende kaart")),
        PageSpec("certificates", translate("Navigation", "Certificaten"), "fa6s.certificate",
                 translate("Navigation", "certificaten en bewijzen van deelname maken, "
                           "controleren en zo nodig intrekken")),
        PageSpec("reports", translate("Navigation", "Rapportages"), "fa6s.chart-column",
                 translate("Navigation", "overzichten van presentie, verzuimsignalen en uren "
                           "per deelnemer en per financier, als Excel of PDF")),
        PageSpec("admin", translate("Navigation", "Beheer"), "fa6s.gear", translate(
            "Navigation", "locaties, gebruikers, leerbedrijven, modules, groepen, import en "
            "export, back-ups, synchronisatie en instellingen")),
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
