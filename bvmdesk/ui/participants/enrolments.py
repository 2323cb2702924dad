"""The enrolments of the selected participant: a small read-only table under the list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.participants import EnrolmentInfo


class EnrolmentsPanel(QWidget):
    """Groep, module, locatie, van, tot, status, leerbedrijf and praktijkopleider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self.tr("Inschrijvingen"))
        self.title_label.setObjectName("sectionTitle")
        self.empty_label = QLabel(self.tr("Geen inschrijvingen."))
        self.empty_label.setObjectName("muted")
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Groep"), self.tr("Module"), self.tr("Locatie"), self.tr("Van"),
            self.tr("Tot"), self.tr("Status"), self.tr("Leerbedrijf"),
            self.tr("Praktijkopleider")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for stretch in (1, 6, 7):
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.show_enrolments(None, ())

    def show_enrolments(self, name: str | None, enrolments: Sequence[EnrolmentInfo]) -> None:
        """The enrolments of participant `name`; None clears the panel."""
        self.title_label.setText(self.tr("Inschrijvingen van {name}").format(name=name)
                                 if name else self.tr("Inschrijvingen"))
        self.table.setRowCount(len(enrolments))
        for row, e in enumerate(enrolments):
            values = [e.group_code, e.module_name, e.location, format_date(e.start_date),
                      format_date(e.end_date), e.status, e.company or "", e.trainer or ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(e.group_name if column == 0 else value)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(enrolments))
        self.empty_label.setText(self.tr("Geen inschrijvingen.") if name
                                 else self.tr("Kies een deelnemer om de inschrijvingen te zien."))
        self.empty_label.setVisible(not enrolments)
