"""The Deelnemers page: search as you type (in SQL), a lazy table and the detail panel."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signoff import as_card_code
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.scanner import ScannerKeyFilter
from bvmdesk.ui.formatting import format_count
from bvmdesk.ui.participants.detail import ParticipantDetailPanel
from bvmdesk.ui.participants.enrolments import EnrolmentsPanel
from bvmdesk.ui.participants.model import (
    COLUMN_COMPANY,
    COLUMN_GROUPS,
    COLUMN_NAME,
    COLUMN_NUMBER,
    COLUMN_TYPE,
    PAGE_SIZE,
    ParticipantTableModel,
)

if TYPE_CHECKING:
    from bvmdesk.services.participants import ParticipantService

ROW_HEIGHT = 34
TABLE_WIDTH = 600
ENROLMENTS_HEIGHT = 170


class ParticipantsPage(Page):
    """Everyone, found by name, number or badge; the selected person on the right."""

    card_scanned = Signal(str)  # an aftekenkaart's code: the window opens Aftekenen

    def __init__(self, service: ParticipantService, actor: Actor,
                 parent: QWidget | None = None, *, scanner_prefix: str | None = None) -> None:
        editable = actor.may(Permission.EDIT_PARTICIPANTS)
        super().__init__(
            QCoreApplication.translate("ParticipantsPage", "Deelnemers"),
            QCoreApplication.translate("ParticipantsPage", "Nieuwe deelnemer") if editable
            else None,
            QCoreApplication.translate("ParticipantsPage", "Naam, nummer of scan badge"),
            parent)
        self._service = service
        self._actor = actor
        self.model = ParticipantTableModel(lambda ids: service.rows(actor, ids), self)
        # A badge scanned anywhere on the page (the table, the search field) selects its person.
        self.scanner = ScannerKeyFilter(self, prefix=scanner_prefix, parent=self,
                                        hold_keys=False)
        self.scanner.badge_scanned.connect(self._on_scanner_badge_scanned)

        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.table = QTableView()
        self.main_view = self.table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        # Widths for the font in use (at 125 % fixed pixels cut the numbers and the headers
        # off): the longer of a typical value and the bold header with its sort arrow.
        cells = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        headers = QFontMetrics(bold)
        for column, sample, least in ((COLUMN_NUMBER, "ZWL-00000", 96),
                                      (COLUMN_TYPE, "MBO BBL", 108),
                                      (COLUMN_GROUPS, "LAS-ZWL-1", 96),
                                      (COLUMN_COMPANY, "LB-DEMO", 108)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            horizontal.resizeSection(column, max(least, cells.horizontalAdvance(sample) + 16,
                                                 headers.horizontalAdvance(title) + 32))
        self.table.selectionModel().currentRowChanged.connect(
            self._on_table_current_row_changed)

        self.detail = ParticipantDetailPanel(service, actor)
        self.detail.saved.connect(self._on_detail_saved)
        self.detail.created.connect(self._on_detail_created)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        detail_scroll = QScrollArea()
        self.detail_scroll = detail_scroll
        # The form never scrolls sideways: the splitter keeps it as wide as it needs to be
        # (the list gives way; its cells have tooltips).
        self.detail.installEventFilter(self)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail_scroll)
        self.splitter.setChildrenCollapsible(False)
        self.enrolments = EnrolmentsPanel()
        self.vertical_splitter = QSplitter(Qt.Orientation.Vertical)
        self.vertical_splitter.addWidget(self.splitter)
        self.vertical_splitter.addWidget(self.enrolments)
        self.vertical_splitter.setChildrenCollapsible(False)
        self.vertical_splitter.setStretchFactor(0, 1)
        self._sized = False
        self.body.addWidget(self.vertical_splitter, 1)

        self.header.search_changed.connect(self._on_header_search_changed)
        self.header.search_submitted.connect(self._on_header_search_submitted)
        if self.header.action_button is not None:
            self.header.action_button.clicked.connect(self._on_action_button_clicked)
        self._loaded = False  # the list is read when the page is first shown

    def ensure_loaded(self) -> None:
        """Read the companies and the list, once: at start-up the page is still hidden."""
        if self._loaded:
            return
        try:
            self.detail.set_companies(self._service.companies(self._actor))
        except ServiceError:
            self.detail.set_companies([])
        self.search(self.header.search_edit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is getattr(self, "detail", None):
            scroll = self.detail_scroll
            needed = (self.detail.minimumSizeHint().width() + 2 * scroll.frameWidth()
                      + scroll.verticalScrollBar().sizeHint().width())
            if scroll.minimumWidth() != needed:
                scroll.setMinimumWidth(needed)
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.install()
        self.ensure_loaded()
        if not self._sized:  # the first real sizes are known only now
            self._sized = True
            width = self.splitter.width()
            # Room for the fixed columns and a readable name (at a larger font: more).
            header = self.table.horizontalHeader()
            fixed = sum(header.sectionSize(c) for c in range(header.count())
                        if c != COLUMN_NAME)
            name = self.table.fontMetrics().horizontalAdvance("Jan-Willem van der Berg") + 16
            table = max(TABLE_WIDTH, fixed + name + 2 * self.table.frameWidth()
                        + self.table.verticalScrollBar().sizeHint().width())
            self.splitter.setSizes([table, max(width - table, 300)])
            height = self.vertical_splitter.height()
            self.vertical_splitter.setSizes([max(height - ENROLMENTS_HEIGHT, 300),
                                             ENROLMENTS_HEIGHT])

    # --- searching -----------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Show the participants matching `text` (SQL-side), keeping the selection if it
        is still in the list."""
        self._loaded = True
        keep = self.detail.current_id
        service, actor = self._service, self._actor
        # The first page at once; the other ids only as they scroll into view: a
        # one-letter search matches most of 20,000 people, and reading all their ids on
        # every keystroke cost more than the 30 ms a keystroke may take.
        result = service.search(actor, text, PAGE_SIZE)
        if result.complete:
            self.model.set_ids(result.ids)
        else:
            self.model.set_result(
                result.ids, result.total,
                lambda offset, limit: service.search_ids(actor, text, offset=offset,
                                                         limit=limit),
                lambda participant_id: service.position(actor, text, participant_id))
        count = self.model.rowCount()
        self.count_label.setText(self.tr("1 deelnemer") if count == 1 else self.tr(
            "{count} deelnemers").format(count=format_count(count)))
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)

    def select(self, participant_id: uuid.UUID) -> bool:
        """Select (and show) `participant_id` when it is in the list."""
        row = self.model.row_of(participant_id)
        if row < 0:
            return False
        index = self.model.index(row, COLUMN_NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _on_header_search_changed(self, text: str) -> None:
        self.search(text)

    def select_badge(self, code: str) -> bool:
        """Select the person whose badge is `code` (clearing a search that hides them)."""
        found = self._service.find_by_badge(self._actor, code)
        if found is None:
            return False
        if self.model.row_of(found) < 0:
            self.header.search_edit.clear()
        self.select(found)
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.remove()
        super().hideEvent(event)

    def _on_scanner_badge_scanned(self, code: str) -> None:
        if self._take_card(code):
            return
        if self.select_badge(code):
            self.table.setFocus()
        else:
            self.header.search_edit.setText(code)  # shows "geen deelnemers" for it

    def _take_card(self, text: str) -> bool:
        """An aftekenkaart's code (scanned or typed) goes to Aftekenen, not into the search."""
        card = as_card_code(text)
        if card is None:
            return False
        self.header.search_edit.clear()
        self.card_scanned.emit(card)
        return True

    def _on_header_search_submitted(self, text: str) -> None:
        """Enter in the search field: a badge typed by hand selects its person; else the
        first row."""
        text = text.strip()
        if not text or self._take_card(text):
            return
        if self.select_badge(text):
            self.header.search_edit.selectAll()
        elif self.model.rowCount() >= 1:
            first = self.model.id_at(0)
            if first is not None:
                self.select(first)
        self.table.setFocus()

    # --- selection and editing -----------------------------------------------------------
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        participant_id = self.model.id_at(current.row()) if current.isValid() else None
        if participant_id is None:
            self.detail.clear()
            self.enrolments.show_enrolments(None, ())
            return
        if participant_id == self.detail.current_id:
            return
        try:
            detail = self._service.get(self._actor, participant_id)
        except ServiceError:  # removed meanwhile
            self.detail.clear()
            self.enrolments.show_enrolments(None, ())
            return
        self.detail.show_participant(detail)
        self.enrolments.show_enrolments(detail.name, detail.enrolments)

    def _on_detail_saved(self, participant_id: uuid.UUID) -> None:
        self.model.refresh(participant_id)

    def _on_detail_created(self, participant_id: uuid.UUID) -> None:
        self.header.search_edit.blockSignals(True)
        self.header.search_edit.clear()
        self.header.search_edit.blockSignals(False)
        self.search("")
        self.select(participant_id)
        self.enrolments.show_enrolments(self.detail.heading.text(), ())

    def _on_action_button_clicked(self) -> None:
        self.table.selectionModel().clear()
        self.detail.start_new()
