"""The two sides of a `RecordPanel` (records.py): the list with its search, and the form with
its buttons. They only lay the widgets out; the panel connects them and does the work."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.records import RecordRow
from bvmdesk.ui.admin.record_form import RecordForm
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.widgets import FormFoot
from bvmdesk.ui.icons import icon, set_clear_button

R = TypeVar("R", bound=RecordRow)
D = TypeVar("D")


class RecordListSide(QWidget, Generic[R]):
    """Search, "ook gearchiveerd", Nieuw; the table; the count and Archiveren under it."""

    def __init__(self, columns: Sequence[Column[R]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoeken"))
        self.search_edit.setToolTip(self.tr("Zoek op code of naam (ook een deel ervan)"))
        set_clear_button(self.search_edit)
        self.archived_check = QCheckBox(self.tr("ook gearchiveerd"))
        self.count_label = QLabel()
        self.count_label.setObjectName("cardCount")
        self.new_button = QPushButton(icon("fa6s.plus"), self.tr("Nieuw"))
        self.new_button.setToolTip(self.tr("Een nieuw record (Ctrl+N)"))
        self.archive_button = QPushButton(icon("fa6s.box-archive"), self.tr("Archiveren…"))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.archived_check)
        filters.addWidget(self.new_button)
        self.table: RowTable[R] = RowTable(columns)
        # Archiveren sits under the list, beside the count: it is about the chosen row, and
        # the form's side keeps room for its own buttons at 125 % scaling.
        count_row = QHBoxLayout()
        count_row.setSpacing(8)
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(count_row)


class RecordFormSide(QWidget, Generic[D]):
    """The heading, the form (with the record's lists on a tab when it has them), the
    message line, Opslaan and Annuleren."""

    def __init__(self, form: RecordForm[D], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        self.tabs: QTabWidget | None = None
        form_view: QWidget = scroll
        if form.extras_title:  # the record's lists on a tab beside its fields
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.setUsesScrollButtons(False)  # a long title is cut, never hidden
            self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
            self.tabs.addTab(scroll, self.tr("Gegevens"))
            self.tabs.addTab(form.extras_page, form.extras_title)
            form_view = self.tabs
        foot = FormFoot()
        self.message_label = foot.message_label
        self.save_button = foot.save_button
        self.cancel_button = foot.cancel_button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(form_view, 1)
        layout.addLayout(foot)
