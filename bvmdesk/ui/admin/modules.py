"""Beheer > Modules: code, name, opleiding, crebo and level (pick them from the
qualification list), planned hours, minimum attendance, what the module gives (certificaat
or bewijs van deelname) and how long it is valid; under the form its work processes."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from bvmdesk.domain.certificate_code import CertificateKind
from bvmdesk.domain.modules import ModuleData
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.modules import ModuleRow, ProgrammeLine
from bvmdesk.services.qualifications import Qualification
from bvmdesk.ui.admin.modules_work import QualificationDialog, WorkProcessList
from bvmdesk.ui.admin.records import (
    RecordForm,
    RecordPanel,
    RecordSection,
    archived_colour,
    with_archived,
)
from bvmdesk.ui.common.row_table import Column

if TYPE_CHECKING:
    from collections.abc import Callable

    from bvmdesk.services.modules import ModuleService


def number_edit(digits: int, placeholder: str = "") -> QLineEdit:
    """A line for a whole number of at most `digits` digits (empty allowed): only digits
    can be typed, the range is checked by the form's rules."""
    edit = QLineEdit()
    edit.setMaxLength(digits)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[0-9]*$"), edit))
    edit.setPlaceholderText(placeholder)
    return edit


def number_of(edit: QLineEdit) -> int | None:
    text = edit.text().strip()
    return int(text) if text else None


class ModuleForm(RecordForm[ModuleData]):
    def __init__(self, service: ModuleService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._programme_id: uuid.UUID | None = None
        # Replaced in tests: how the qualification dialog is shown.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.programme_combo = QComboBox()
        self.programme_combo.setMinimumContentsLength(16)
        self.programme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.crebo_edit = number_edit(5, self.tr("5 cijfers"))
        self.pick_button = QPushButton(self.tr("Kies uit kwalificaties…"))
        self.pick_button.setToolTip(self.tr(
            "Kies een kwalificatie uit de lijst van SBB: vult de crebocode en het niveau in, "
            "en de naam als die nog leeg is."))
        self.pick_button.clicked.connect(self.pick_qualification)
        crebo_row = QWidget()
        crebo_layout = QHBoxLayout(crebo_row)
        crebo_layout.setContentsMargins(0, 0, 0, 0)
        crebo_layout.setSpacing(8)
        self.crebo_edit.setFixedWidth(self.crebo_edit.fontMetrics().horizontalAdvance(
            self.crebo_edit.placeholderText()) + 24)
        crebo_layout.addWidget(self.crebo_edit)
        crebo_layout.addWidget(self.pick_button)
        crebo_layout.addStretch(1)
        crebo_row.setFocusProxy(self.crebo_edit)
        self.level_edit = number_edit(1, self.tr("1 tot 4, leeg = geen"))
        self.hours_edit = number_edit(6)
        self.attendance_edit = number_edit(3, self.tr("leeg = geen eis"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Certificaat"), CertificateKind.CERTIFICAAT.value)
        self.kind_combo.addItem(self.tr("Bewijs van deelname"), CertificateKind.DEELNAME.value)
        self.validity_edit = number_edit(2, self.tr("leeg = geen einddatum"))
        self.add_field("code", self.tr("Code"), self.code_edit,
                       self.tr("Een korte code, zoals MAG135-1; zo heet de module in de "
                               "Excel-werkmap."))
        self.add_field("name", self.tr("Naam"), self.name_edit)
        self.add_field("programme_id", self.tr("Opleiding"), self.programme_combo,
                       self.tr("De opleiding (het traject) waar de module bij hoort; mag "
                               "leeg blijven."))
        self.add_field("crebo", self.tr("Crebo"), crebo_row,
                       self.tr("De crebocode van de kwalificatie (5 cijfers); mag leeg "
                               "blijven."))
        self.add_field("level", self.tr("Niveau"), self.level_edit,
                       self.tr("Het MBO-niveau, 1 tot 4; mag leeg blijven."))
        self.add_field("planned_hours", self.tr("Geplande uren"), self.hours_edit,
                       self.tr("Hoeveel uren de module volgens plan duurt (0 tot 100000)."))
        self.add_field("min_attendance_pct", self.tr("Min. aanwezigheid (%)"),
                       self.attendance_edit,
                       self.tr("Wie minder aanwezig was, krijgt geen certificaat (0 tot 100); "
                               "leeg: geen eis."))
        self.add_field("certificate_kind", self.tr("Levert op"), self.kind_combo,
                       self.tr("Een certificaat (met de resultaten per werkproces) of een "
                               "bewijs van deelname (uren en aanwezigheid)."))
        self.add_field("validity_years", self.tr("Geldig (jaren)"), self.validity_edit,
                       self.tr("Hoeveel jaar het certificaat geldig is (1 tot 50); leeg: "
                               "geen einddatum."))
        self.work = WorkProcessList(service, actor)
        self.extras.addWidget(self.work)
        self.extras_title = self.tr("Werkprocessen")

    # --- the data ------------------------------------------------------------------------
    def data(self) -> ModuleData:
        kind = self.kind_combo.currentData()
        return ModuleData(
            self.code_edit.text(), self.name_edit.text(), self.programme_combo.currentData(),
            self.crebo_edit.text() or None, number_of(self.level_edit),
            number_of(self.hours_edit), number_of(self.attendance_edit),
            str(kind) if kind else CertificateKind.CERTIFICAAT.value,
            number_of(self.validity_edit))

    def set_data(self, data: ModuleData | None) -> None:
        data = data or ModuleData("", "", planned_hours=None)
        self.code_edit.setText(data.code)
        self.name_edit.setText(data.name)
        self._fill_programmes(data.programme_id)
        self.crebo_edit.setText(data.crebo or "")
        self.level_edit.setText("" if data.level is None else str(data.level))
        self.hours_edit.setText("" if data.planned_hours is None else str(data.planned_hours))
        self.attendance_edit.setText(
            "" if data.min_attendance_pct is None else str(data.min_attendance_pct))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.certificate_kind)))
        self.validity_edit.setText(
            "" if data.validity_years is None else str(data.validity_years))

    def _fill_programmes(self, chosen: uuid.UUID | None) -> None:
        """(geen), the live programmes, and an archived one only when the module has it."""
        try:
            programmes: list[ProgrammeLine] = self._service.programmes(self._actor)
        except ServiceError:
            programmes = []
        combo = self.programme_combo
        combo.clear()
        combo.addItem(self.tr("(geen)"), None)
        for programme in programmes:
            if programme.archived and programme.id != chosen:
                continue
            text = f"{programme.code} · {programme.name}"
            if programme.archived:
                text += self.tr(" (gearchiveerd)")
            combo.addItem(text, programme.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)

    def set_record(self, record_id: uuid.UUID | None) -> None:
        self.work.set_module(record_id, self.code_edit.text())
        self.work.setVisible(record_id is not None)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.work.set_editable(editable and self._actor.may(Permission.EDIT_MODULES))

    # --- the qualification list ----------------------------------------------------------
    def pick_qualification(self) -> None:
        try:
            qualifications = self._service.qualifications(self._actor)
        except (ServiceError, OSError):
            qualifications = []
        dialog = QualificationDialog(qualifications, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.chosen:
            self.apply_qualification(dialog.chosen)

    def apply_qualification(self, qualification: Qualification) -> None:
        """Crebo and level from `qualification`, and its name when the name is empty."""
        self.crebo_edit.setText(qualification.crebo)
        self.level_edit.setText(str(qualification.level))
        edited = {"crebo", "level"}
        if not self.name_edit.text().strip():
            self.name_edit.setText(qualification.name)
            edited.add("name")
        for key in edited:
            self._on_edited(key)


def modules_panel(service: ModuleService, actor: Actor,
                  parent: QWidget | None = None) -> RecordPanel[ModuleRow, ModuleData]:
    translate = QCoreApplication.translate
    section: RecordSection[ModuleRow, ModuleData] = RecordSection(
        key="modules",
        title=translate("ModulesPanel", "Modules"),
        explanation=translate(
            "ModulesPanel", "De modules en cursussen die groepen volgen: hun uren, de "
            "aanwezigheid die het certificaat vraagt en wat de module oplevert. Op het "
            "tabblad Werkprocessen staan de werkprocessen waarop beoordeeld en afgetekend "
            "wordt."),
        noun=translate("ModulesPanel", "module"),
        plural=translate("ModulesPanel", "modules"),
        new_title=translate("ModulesPanel", "Nieuwe module"),
        service=service,
        columns=[
            Column(translate("ModulesPanel", "Code"), lambda m: m.code, width=100,
                   colour=archived_colour),
            Column(translate("ModulesPanel", "Naam"), with_archived(lambda m: m.name),
                   colour=archived_colour),
            Column(translate("ModulesPanel", "Crebo"), lambda m: m.crebo or "", width=62),
            Column(translate("ModulesPanel", "Uren"), lambda m: str(m.planned_hours),
                   width=56, sort_key=lambda m: m.planned_hours, right=True),
            Column(translate("ModulesPanel", "Werkpr."), lambda m: str(m.work_processes),
                   width=70, sort_key=lambda m: m.work_processes, right=True,
                   tooltip=lambda m: translate("ModulesPanel", "Aantal werkprocessen")),
        ],
        make_form=lambda: ModuleForm(service, actor),
        describe=lambda m: translate("ModulesPanel", "Module {code}").format(code=m.code),
        permission=Permission.EDIT_MODULES,
        search_text=lambda m: f"{m.code} {m.name} {m.crebo or ''} {m.programme or ''}",
    )
    panel: RecordPanel[ModuleRow, ModuleData] = RecordPanel(section, actor, parent)
    form = panel.form

    def recount() -> None:
        """The list's count of work processes follows; the form is left as it is."""
        try:
            panel.rows = list(service.records(
                actor, include_archived=panel.archived_check.isChecked()))
        except ServiceError:
            return
        panel._apply_filter()

    if isinstance(form, ModuleForm):
        form.work.changed.connect(recount)
    return panel
