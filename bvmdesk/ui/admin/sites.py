"""Beheer > Locaties: code, name and city, and the site settings: the verzuim thresholds
(empty: the default, shown as such), the default scanner prefix of the site's PCs (a
PC's own prefix under Beheer > Instellingen goes before it) and the idle lock."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from bvmdesk.domain.sites import DEFAULT_IDLE_LOCK_MINUTES, DEFAULTS, IDLE_LOCK_RANGE, SiteData
from bvmdesk.services.base import Actor
from bvmdesk.services.sites import SiteRow
from bvmdesk.ui.admin.records import (
    RecordForm,
    RecordPanel,
    RecordSection,
    archived_colour,
    with_archived,
)
from bvmdesk.ui.common.row_table import Column

if TYPE_CHECKING:
    from bvmdesk.services.sites import SiteService


def _threshold_box(maximum: int, step: int, default_text: str, suffix: str) -> QSpinBox:
    """A spin box whose lowest value (0) means "the default": it says so in words."""
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSingleStep(step)
    box.setSpecialValueText(default_text)
    box.setSuffix(suffix)
    box.setMinimumWidth(240)
    return box


class SiteForm(RecordForm[SiteData]):
    def __init__(self, service: SiteService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(10)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.city_edit = QLineEdit()
        self.city_edit.setMaxLength(120)
        self.minutes_box = _threshold_box(
            9600, 30, self.tr("standaard ({n} minuten)").format(n=DEFAULTS.threshold_minutes),
            self.tr(" minuten"))
        self.weeks_box = _threshold_box(
            52, 1, self.tr("standaard ({n} weken)").format(n=DEFAULTS.window_weeks),
            self.tr(" weken"))
        self.age_box = _threshold_box(
            30, 1, self.tr("standaard (jonger dan {n})").format(n=DEFAULTS.age_limit),
            self.tr(" jaar"))
        self.idle_box = _threshold_box(
            IDLE_LOCK_RANGE[1], 1,
            self.tr("standaard ({n} minuten)").format(n=DEFAULT_IDLE_LOCK_MINUTES), "")
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(1)
        self.prefix_edit.setMaximumWidth(80)
        self.prefix_edit.setPlaceholderText(self.tr("leeg"))
        self.add_field("code", self.tr("Code"), self.code_edit,
                       self.tr("Letters en cijfers, zoals ZWL. De code staat in de nummers "
                               "van deelnemers, certificaten en kaarten en verandert na het "
                               "opslaan niet meer."))
        self.add_field("name", self.tr("Naam"), self.name_edit)
        self.add_field("city", self.tr("Plaats"), self.city_edit)
        self.add_field("verzuim_minutes", self.tr("Verzuimsignaal vanaf"), self.minutes_box,
                       self.tr("Zoveel minuten ongeoorloofd afwezig binnen de schoolweken "
                               "hieronder geeft een verzuimsignaal."))
        self.add_field("verzuim_weeks", self.tr("Binnen"), self.weeks_box,
                       self.tr("Het aantal opeenvolgende schoolweken waarin de minuten "
                               "worden opgeteld (vakantieweken tellen niet mee)."))
        self.add_field("verzuim_age", self.tr("Voor deelnemers jonger dan"), self.age_box,
                       self.tr("Alleen lessen op dagen dat de deelnemer jonger is dan deze "
                               "leeftijd tellen mee."))
        self.add_field("scanner_prefix", self.tr("Voorvoegsel badgescanner"),
                       self.prefix_edit,
                       self.tr("Eén leesteken, zoals #, of leeg: dan wordt een scan herkend "
                               "aan de snelheid waarmee de tekens binnenkomen."))
        self.add_field("idle_lock_minutes", self.tr("Vergrendelen na (minuten)"),
                       self.idle_box,
                       self.tr("Zolang niemand toetsenbord of muis gebruikt, vergrendelt BVM "
                               "Desk na zoveel minuten (1 tot 240). Geldt op deze pc meteen "
                               "na het opslaan."))
        for key, box in (("verzuim_minutes", self.minutes_box),
                         ("verzuim_weeks", self.weeks_box), ("verzuim_age", self.age_box),
                         ("idle_lock_minutes", self.idle_box)):
            box.valueChanged.connect(lambda _v, k=key: self._on_edited(k))
        self.settings_note = QLabel(self.tr(
            "Laat een drempel op 'standaard' staan om de wettelijke standaard te gebruiken. "
            "Het voorvoegsel geldt op de pc's van deze locatie; een voorvoegsel dat op een pc "
            "zelf is ingesteld (Beheer > Instellingen) gaat voor. Nieuwe drempels en een nieuw "
            "voorvoegsel gaan in zodra BVM Desk opnieuw start; de vergrendeltijd meteen."))
        self.settings_note.setObjectName("muted")
        self.settings_note.setWordWrap(True)
        self.local_note = QLabel(self.tr(
            "Dit is de locatie van deze installatie; die kan niet worden gearchiveerd."))
        self.local_note.setObjectName("muted")
        self.local_note.setWordWrap(True)
        self.extras.addWidget(self.settings_note)
        self.extras.addWidget(self.local_note)
        self.local_note.setVisible(False)

    def data(self) -> SiteData:
        return SiteData(self.code_edit.text(), self.name_edit.text(),
                        self.city_edit.text() or None,
                        self.minutes_box.value() or None, self.weeks_box.value() or None,
                        self.age_box.value() or None, self.prefix_edit.text() or None,
                        self.idle_box.value() or None)

    def set_data(self, data: SiteData | None) -> None:
        data = data or SiteData("", "")
        self.code_edit.setText(data.code)
        self.name_edit.setText(data.name)
        self.city_edit.setText(data.city or "")
        for box, value in ((self.minutes_box, data.verzuim_minutes),
                           (self.weeks_box, data.verzuim_weeks),
                           (self.age_box, data.verzuim_age),
                           (self.idle_box, data.idle_lock_minutes)):
            blocked = box.blockSignals(True)
            box.setValue(value or 0)
            box.blockSignals(blocked)
        self.prefix_edit.setText(data.scanner_prefix or "")

    def set_record(self, record_id: uuid.UUID | None) -> None:
        # The code of a stored site does not change (services.sites).
        self.code_edit.setReadOnly(record_id is not None)
        self.local_note.setVisible(record_id is not None
                                   and record_id == self._service.local_site_id())


def sites_panel(service: SiteService, actor: Actor,
                parent: QWidget | None = None) -> RecordPanel[SiteRow, SiteData]:
    translate = QCoreApplication.translate

    def name(row: SiteRow) -> str:
        if row.local:
            return translate("SitesPanel", "{name} (deze installatie)").format(name=row.name)
        return row.name

    section: RecordSection[SiteRow, SiteData] = RecordSection(
        key="sites",
        title=translate("SitesPanel", "Locaties"),
        explanation=translate(
            "SitesPanel", "De locaties van de BVM, met per locatie de drempels van het "
            "verzuimsignaal, het voorvoegsel van de badgescanner en na hoeveel minuten BVM "
            "Desk vergrendelt. Groepen en vakanties horen bij een locatie."),
        noun=translate("SitesPanel", "locatie"),
        plural=translate("SitesPanel", "locaties"),
        new_title=translate("SitesPanel", "Nieuwe locatie"),
        service=service,
        columns=[
            Column(translate("SitesPanel", "Code"), lambda r: r.code, width=64,
                   colour=archived_colour),
            Column(translate("SitesPanel", "Naam"), with_archived(name),
                   colour=archived_colour),
            Column(translate("SitesPanel", "Plaats"), lambda r: r.city or "", width=90),
            Column(translate("SitesPanel", "Groepen"), lambda r: str(r.groups), width=72,
                   sort_key=lambda r: r.groups, right=True),
        ],
        make_form=lambda: SiteForm(service),
        describe=lambda r: translate("SitesPanel", "Locatie {code}").format(code=r.code),
        search_text=lambda r: f"{r.code} {r.name} {r.city or ''}",
    )
    return RecordPanel(section, actor, parent)
