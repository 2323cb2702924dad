"""Beheer > Leerbedrijven: code, name, SBB leerbedrijf-ID and city; beside the form the
company's praktijkopleiders and the participants placed there."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from bvmdesk.domain.companies import CompanyData
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.companies import CompanyRow, PersonLine
from bvmdesk.ui.admin.records import (
    RecordForm,
    RecordPanel,
    RecordSection,
    archived_colour,
    with_archived,
)
from bvmdesk.ui.common.row_table import Column, RowTable

if TYPE_CHECKING:
    from bvmdesk.services.companies import CompanyService


def people_table(code_header: str, name_header: str, detail_header: str) -> RowTable[PersonLine]:
    """A short list of people beside a form (a company's trainers or participants)."""
    table: RowTable[PersonLine] = RowTable([
        Column(code_header, lambda p: p.code, width=110),
        Column(name_header, lambda p: p.name),
        Column(detail_header, lambda p: p.detail, width=150),
    ])
    table.setMinimumHeight(140)
    return table


class CompanyForm(RecordForm[CompanyData]):
    def __init__(self, service: CompanyService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.sbb_edit = QLineEdit()
        self.sbb_edit.setMaxLength(8)
        self.sbb_edit.setPlaceholderText(self.tr("8 cijfers"))
        self.city_edit = QLineEdit()
        self.city_edit.setMaxLength(120)
        self.add_field("code", self.tr("Code"), self.code_edit,
                       self.tr("Een korte code, zoals ACME; zo heet het leerbedrijf in de "
                               "Excel-werkmap."))
        self.add_field("name", self.tr("Naam"), self.name_edit)
        self.add_field("sbb_id", self.tr("Leerbedrijf-ID (SBB)"), self.sbb_edit,
                       self.tr("Het leerbedrijf-ID uit het register van SBB: 8 cijfers."))
        self.add_field("city", self.tr("Plaats"), self.city_edit)
        self.trainers_label = QLabel(self.tr("Praktijkopleiders"))
        self.trainers_label.setObjectName("sectionTitle")
        self.trainers_table = people_table(self.tr("Code"), self.tr("Naam"),
                                           self.tr("E-mail of telefoon"))
        self.participants_label = QLabel(self.tr("Deelnemers bij dit leerbedrijf"))
        self.participants_label.setObjectName("sectionTitle")
        self.participants_table = people_table(self.tr("Nummer"), self.tr("Naam"),
                                               self.tr("Doelgroep"))
        for widget in (self.trainers_label, self.trainers_table, self.participants_label,
                       self.participants_table):
            self.extras.addWidget(widget)
        self.extras_title = self.tr("Personen")

    def data(self) -> CompanyData:
        return CompanyData(self.code_edit.text(), self.name_edit.text(),
                           self.sbb_edit.text() or None, self.city_edit.text() or None)

    def set_data(self, data: CompanyData | None) -> None:
        data = data or CompanyData("", "")
        self.code_edit.setText(data.code)
        self.name_edit.setText(data.name)
        self.sbb_edit.setText(data.sbb_id or "")
        self.city_edit.setText(data.city or "")

    def set_record(self, record_id: uuid.UUID | None) -> None:
        trainers: list[PersonLine] = []
        participants: list[PersonLine] = []
        if record_id is not None:
            try:
                trainers = self._service.trainers(self._actor, record_id)
                participants = self._service.participants(self._actor, record_id)
            except ServiceError:
                pass
        self.trainers_table.set_rows(trainers)
        self.participants_table.set_rows(participants)
        self.trainers_label.setText(self.tr("Praktijkopleiders ({n})").format(n=len(trainers)))
        self.participants_label.setText(self.tr("Deelnemers bij dit leerbedrijf ({n})").format(
            n=len(participants)))
        for widget in (self.trainers_label, self.trainers_table, self.participants_label,
                       self.participants_table):
            widget.setVisible(record_id is not None)


def companies_panel(service: CompanyService, actor: Actor,
                    parent: QWidget | None = None) -> RecordPanel[CompanyRow, CompanyData]:
    translate = QCoreApplication.translate
    section: RecordSection[CompanyRow, CompanyData] = RecordSection(
        key="companies",
        title=translate("CompaniesPanel", "Leerbedrijven"),
        explanation=translate(
            "CompaniesPanel", "De bedrijven waar deelnemers hun praktijk leren (bbl en "
            "bpv), met hun leerbedrijf-ID van SBB. Hun praktijkopleiders beheert u onder "
            "Praktijkopleiders."),
        noun=translate("CompaniesPanel", "leerbedrijf"),
        plural=translate("CompaniesPanel", "leerbedrijven"),
        new_title=translate("CompaniesPanel", "Nieuw leerbedrijf"),
        service=service,
        columns=[
            Column(translate("CompaniesPanel", "Code"), lambda c: c.code, width=90,
                   colour=archived_colour),
            Column(translate("CompaniesPanel", "Naam"), with_archived(lambda c: c.name),
                   colour=archived_colour),
            Column(translate("CompaniesPanel", "Plaats"), lambda c: c.city or "", width=100),
            Column(translate("CompaniesPanel", "Opleiders"), lambda c: str(c.trainers),
                   width=100, sort_key=lambda c: c.trainers, right=True),
        ],
        make_form=lambda: CompanyForm(service, actor),
        describe=lambda c: translate("CompaniesPanel", "Leerbedrijf {code}").format(
            code=c.code),
        search_text=lambda c: f"{c.code} {c.name} {c.city or ''} {c.sbb_id or ''}",
    )
    return RecordPanel(section, actor, parent)
