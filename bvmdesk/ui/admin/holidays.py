"""Beheer > Vakanties: the school holidays per site (weeks that are no school weeks)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.attendance_types import HolidayInfo
    from bvmdesk.services.lessons import LessonService


class HolidaysPanel(QWidget):
    """A list of holidays of one site (or all), with add and delete for administrators."""

    def __init__(self, lessons: LessonService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lessons = lessons
        self._actor = actor
        self._loaded = False
        self.holidays: list[HolidayInfo] = []
        self.confirm: Callable[[str], bool] = self._confirm
        editable = actor.may(Permission.EDIT_MODULES)
        title = QLabel(self.tr("Vakanties"))
        title.setObjectName("sectionTitle")
        explanation = QLabel(self.tr(
            "Een week die helemaal in een vakantie van de locatie valt, is geen schoolweek: "
            "die telt niet mee voor verzuimsignalen, en een weekpatroon plant er geen lessen."))
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        self.filter_combo = QComboBox()
        self.delete_button = QPushButton(self.tr("Verwijderen…"))
        self.filter_combo.setMinimumWidth(220)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Locatie")))
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Locatie"), self.tr("Eerste dag"),
                                              self.tr("Laatste dag"), self.tr("Naam")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        today = lessons.clock.today()
        self.site_combo = QComboBox()
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.first_edit = DateInput(today)
        self.last_edit = DateInput(today + timedelta(days=6))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Bijvoorbeeld: Herfstvakantie"))
        self.name_edit.setMinimumWidth(max(
            240, self.name_edit.fontMetrics().horizontalAdvance(
                self.name_edit.placeholderText()) + 32))
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setObjectName("primary")
        # Two rows: in one, the fields were squeezed on top of each other at 1280 px.
        when = QHBoxLayout()
        when.setSpacing(8)
        for widget in (self.site_combo, self.first_edit, QLabel(self.tr("t/m")),
                       self.last_edit):
            when.addWidget(widget)
        when.addStretch(1)
        what = QHBoxLayout()
        what.setSpacing(8)
        what.addWidget(self.name_edit, 1)
        what.addWidget(self.add_button)
        form = QVBoxLayout()
        form.setSpacing(8)
        form.addLayout(when)
        form.addLayout(what)
        self.message_label = QLabel()
        self.message_label.setObjectName("formSuccess")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        controls: tuple[QWidget, ...] = (self.add_button, self.delete_button, self.name_edit,
                                         self.site_combo, self.first_edit, self.last_edit)
        for control in controls:
            control.setEnabled(editable)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_current_index_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            sites = self._lessons.sites(self._actor)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.filter_combo.blockSignals(True)
        self.filter_combo.addItem(self.tr("Alle locaties"), None)
        for code, name in sites:
            self.filter_combo.addItem(f"{name} ({code})", code)
            self.site_combo.addItem(f"{name} ({code})", code)
        self.filter_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.holidays = self._lessons.holidays(self._actor, self.filter_combo.currentData())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            self.holidays = []
        self.table.setRowCount(len(self.holidays))
        for row, holiday in enumerate(self.holidays):
            values = (holiday.location_code, format_date(holiday.first_day),
                      format_date(holiday.last_day), holiday.name or "")
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setObjectName("formError" if error else "formSuccess")
        self.message_label.setText(text)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Vakantie verwijderen"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _on_filter_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_add_button_clicked(self) -> None:
        code = self.site_combo.currentData()
        if code is None:
            return
        first, last = self.first_edit.commit(), self.last_edit.commit()
        if first is None or last is None:  # not a date: said at the field
            return
        try:
            holiday = self._lessons.add_holiday(
                self._actor, code, first, last, self.name_edit.text().strip() or None)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.name_edit.clear()
        self.refresh()
        self.show_message(self.tr("Vakantie {first} t/m {last} toegevoegd.").format(
            first=format_date(holiday.first_day), last=format_date(holiday.last_day)))

    def _on_delete_button_clicked(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.holidays):
            self.show_message(self.tr("Kies eerst een vakantie in de lijst."), error=True)
            return
        holiday = self.holidays[row]
        label = holiday.name or self.tr("vakantie")
        if not self.confirm(self.tr("{name} ({site}, {first} t/m {last}) verwijderen?").format(
                name=label, site=holiday.location_code, first=format_date(holiday.first_day),
                last=format_date(holiday.last_day))):
            return
        try:
            self._lessons.delete_holiday(self._actor, holiday.id)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.refresh()
        self.show_message(self.tr("{name} verwijderd.").format(name=label))
