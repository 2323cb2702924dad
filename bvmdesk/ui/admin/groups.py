"""Beheer > Groepen: code, name, module, locatie, instructeurs, start and end date; under a
stored group's form its enrolments (`group_enrolments`) and "Lessen plannen…", which opens
the lesson planner (`ui.attendance.lessons.LessonsPanel`) for that group."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.dates import parse_user_date
from bvmdesk.domain.groups import GroupData
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.groups import GroupRow
from bvmdesk.ui.admin.group_enrolments import GroupEnrolments
from bvmdesk.ui.admin.records import (
    RecordForm,
    RecordPanel,
    RecordSection,
    archived_colour,
    with_archived,
)
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.common.row_table import Column
from bvmdesk.ui.formatting import format_date
from bvmdesk.ui.icons import icon

if TYPE_CHECKING:
    from bvmdesk.ui.admin.sections import AdminServices


def typed_date(edit: DateInput) -> date | None:
    """The date typed in `edit` now, without an error at the field while the user types
    (the field itself says so when it is left)."""
    if not edit.edit.isModified():
        return edit.date()
    text = edit.edit.text().strip()
    if not text:
        return None
    try:
        return parse_user_date(text)
    except ValueError:
        return None


def _choice_combo() -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


class GroupForm(RecordForm[GroupData]):
    def __init__(self, services: AdminServices, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._groups = services.groups
        self._actor = actor
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.module_combo = _choice_combo()
        self.site_combo = _choice_combo()
        self.main_combo = _choice_combo()
        self.extra_list = QListWidget()
        self.extra_list.setFixedHeight(72)
        self.extra_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.start_edit = DateInput(None)
        self.end_edit = DateInput(None, optional=True)
        self.add_field("code", self.tr("Code"), self.code_edit,
                       self.tr("Een korte code, zoals LAS-ZWL-1; zo heet de groep in de "
                               "Excel-werkmap."))
        self.add_field("name", self.tr("Naam"), self.name_edit)
        self.add_field("module_code", self.tr("Module"), self.module_combo)
        self.add_field("site_code", self.tr("Locatie"), self.site_combo)
        self.add_field("instructor_ids", self.tr("Instructeur"), self.main_combo,
                       self.tr("De vaste instructeur van de groep"))
        self.add_field("extra_instructors", self.tr("Ook instructeurs"), self.extra_list,
                       self.tr("Vink aan wie ook les geeft in deze groep"))
        self.add_field("start_date", self.tr("Startdatum"), self.start_edit)
        self.add_field("end_date", self.tr("Einddatum"), self.end_edit,
                       self.tr("Niet verplicht"))
        self.extra_list.itemChanged.connect(lambda _item: self._on_edited("extra_instructors"))
        self.main_combo.currentIndexChanged.connect(lambda _index: self._hide_main())
        self.start_edit.date_changed.connect(lambda _d: self._on_edited("start_date"))
        self.end_edit.date_changed.connect(lambda _d: self._on_edited("end_date"))
        self._choices_loaded = False
        self.enrolments = GroupEnrolments(services.enrolments, services.participants,
                                          services.groups, actor, services.lessons.clock.today)
        self.lessons_button = QPushButton(icon("fa6s.calendar-days"), self.tr("Lessen plannen…"))
        self.lessons_button.setToolTip(self.tr("De lessen van deze groep plannen, laten "
                                               "vervallen of een instructeur geven"))
        self.lessons_button.clicked.connect(self.plan_lessons)
        self.enrolments.buttons.addWidget(self.lessons_button, 1, 1)
        self.extras.addWidget(self.enrolments)
        self.extras_title = self.tr("Inschrijvingen")
        self.enrolments.hide()
        # Replaced in tests: how the lesson planner's dialog is run.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

    # --- choices -------------------------------------------------------------------------
    def load_choices(self) -> None:
        """The modules, sites and instructors to choose from (read again for every record:
        one made in another section meanwhile is there)."""
        try:
            modules = self._groups.module_choices(self._actor)
            sites = self._groups.site_choices(self._actor)
            instructors = self._groups.instructor_choices(self._actor)
        except ServiceError:
            modules, sites, instructors = [], [], []
        for combo, items, empty in (
            (self.module_combo, modules, self.tr("Kies een module")),
            (self.site_combo, sites, self.tr("Kies een locatie")),
        ):
            combo.clear()
            combo.addItem(empty, "")
            for code, name in items:
                combo.addItem(f"{code} · {name}", code)
        self.main_combo.clear()
        self.main_combo.addItem(self.tr("Nog geen instructeur"), None)
        blocked = self.extra_list.blockSignals(True)
        self.extra_list.clear()
        for user_id, name in instructors:
            self.main_combo.addItem(name, user_id)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.extra_list.addItem(item)
        self.extra_list.blockSignals(blocked)

    @staticmethod
    def _choose(combo: QComboBox, value: object, label: str | None = None) -> None:
        # findData does not compare Python objects (a UUID) by value
        index = next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
        if index < 0 and label:  # an archived module or site the group still has
            combo.addItem(label, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _hide_main(self) -> None:
        """The main instructor is not offered again under "Ook instructeurs"."""
        main = self.main_combo.currentData()
        for index in range(self.extra_list.count()):
            item = self.extra_list.item(index)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) == main)

    # --- the record ----------------------------------------------------------------------
    def data(self) -> GroupData:
        main = self.main_combo.currentData()
        ids: list[uuid.UUID] = [main] if isinstance(main, uuid.UUID) else []
        for index in range(self.extra_list.count()):
            item = self.extra_list.item(index)
            user_id = item.data(Qt.ItemDataRole.UserRole)
            if (item.checkState() == Qt.CheckState.Checked and not item.isHidden()
                    and user_id not in ids):
                ids.append(user_id)
        return GroupData(self.code_edit.text(), self.name_edit.text(),
                         self.module_combo.currentData() or "",
                         self.site_combo.currentData() or "", tuple(ids),
                         typed_date(self.start_edit), typed_date(self.end_edit))

    def set_data(self, data: GroupData | None) -> None:
        self.load_choices()
        if data is None:  # a new group: at this installation's site, with its only module
            site = self._services.sites.local_site_code(self._actor)
            modules = [self.module_combo.itemData(i) for i in range(self.module_combo.count())
                       if self.module_combo.itemData(i)]
            data = GroupData("", "", modules[0] if len(modules) == 1 else "", site or "")
        self.code_edit.setText(data.code)
        self.name_edit.setText(data.name)
        self._choose(self.module_combo, data.module_code, data.module_code)
        self._choose(self.site_combo, data.site_code, data.site_code)
        main = data.instructor_ids[0] if data.instructor_ids else None
        self._choose(self.main_combo, main)
        blocked = self.extra_list.blockSignals(True)
        for index in range(self.extra_list.count()):
            item = self.extra_list.item(index)
            on = item.data(Qt.ItemDataRole.UserRole) in data.instructor_ids[1:]
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.extra_list.blockSignals(blocked)
        self._hide_main()
        self.start_edit.setDate(data.start_date)
        self.end_edit.setDate(data.end_date)

    def set_record(self, record_id: uuid.UUID | None) -> None:
        start = self.start_edit.date()
        label = self.code_edit.text()
        self.enrolments.set_group(record_id, label, start)
        self.enrolments.setVisible(record_id is not None)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.enrolments.set_editable(editable)

    # --- lessons -------------------------------------------------------------------------
    def plan_lessons(self) -> None:
        """The lesson planner for this group, in a dialog."""
        group_id = self.enrolments.group_id
        if group_id is None:
            return
        from bvmdesk.ui.attendance.lessons import LessonsPanel

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Lessen van {group}").format(
            group=self.enrolments.group_label))
        panel = LessonsPanel(self._services.lessons, self._services.attendance, self._actor)
        panel.show_group(group_id)
        close = QPushButton(icon("fa6s.xmark"), self.tr("Sluiten"))
        close.clicked.connect(dialog.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel, 1)
        layout.addLayout(buttons)
        dialog.resize(1000, 640)
        self.planner = panel
        self.run_dialog(dialog)
        self.enrolments.changed.emit()  # the lesson count in the list


def group_columns() -> list[Column[GroupRow]]:
    translate = QCoreApplication.translate
    return [
        Column(translate("GroupsPanel", "Code"), lambda g: g.code, width=90,
               colour=archived_colour),
        Column(translate("GroupsPanel", "Naam"), with_archived(lambda g: g.name),
               colour=archived_colour,
               tooltip=lambda g: translate("GroupsPanel", "{name} (module {module})").format(
                   name=g.name, module=g.module)),
        Column(translate("GroupsPanel", "Loc."), lambda g: g.site, width=52,
               tooltip=lambda g: translate("GroupsPanel", "Locatie {site}").format(
                   site=g.site)),
        Column(translate("GroupsPanel", "Start"),
               lambda g: format_date(g.start_date, weekday=False),
               width=96, sort_key=lambda g: g.start_date),
        Column(translate("GroupsPanel", "Deeln."), lambda g: str(g.active), width=64,
               sort_key=lambda g: g.active, right=True,
               tooltip=lambda g: translate("GroupsPanel", "{n} actieve inschrijvingen; "
                                           "{lessons} lessen gepland").format(
                   n=g.active, lessons=g.lessons)),
    ]


def groups_panel(services: AdminServices, actor: Actor,
                 parent: QWidget | None = None) -> RecordPanel[GroupRow, GroupData]:
    translate = QCoreApplication.translate
    forms: list[GroupForm] = []

    def make_form() -> GroupForm:
        forms.append(GroupForm(services, actor))
        return forms[-1]

    section: RecordSection[GroupRow, GroupData] = RecordSection(
        key="groups",
        title=translate("GroupsPanel", "Groepen"),
        explanation=translate(
            "GroupsPanel", "Een groep volgt één module op één locatie, met een of meer "
            "instructeurs. Op het tabblad Inschrijvingen schrijft u deelnemers in, "
            "wijzigt u hun status en plant u de lessen."),
        noun=translate("GroupsPanel", "groep"),
        plural=translate("GroupsPanel", "groepen"),
        new_title=translate("GroupsPanel", "Nieuwe groep"),
        service=services.groups,
        columns=group_columns(),
        make_form=make_form,
        describe=lambda g: translate("GroupsPanel", "Groep {code}").format(code=g.code),
        search_text=lambda g: f"{g.code} {g.name} {g.module} {g.site} {g.instructors}",
    )
    panel: RecordPanel[GroupRow, GroupData] = RecordPanel(section, actor, parent)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    # The list's six columns need a little more room than the form.
    splitter = panel.findChild(QSplitter)
    if splitter is not None:
        splitter.setSizes([600, 400])

    def enrolments_changed() -> None:
        if not panel.dirty and not panel.creating:
            panel.reload()

    for form in forms:
        form.enrolments.changed.connect(enrolments_changed)
    return panel
