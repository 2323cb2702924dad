"""Choosing one participant: a search field (name, number or a badge scan) over a short list."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common.scanner import ScannerKeyFilter
from bvmdesk.ui.common.search_limit import bounded_search
from bvmdesk.ui.icons import set_clear_button

if TYPE_CHECKING:
    from bvmdesk.services.participants import ParticipantRow, ParticipantService

MAX_SHOWN = 30


def row_text(row: ParticipantRow) -> str:
    """`Zoë van 't Hek  ·  ZWL-00042  ·  LAS-ZWL-1`."""
    parts = [row.name, row.number]
    if row.groups:
        parts.append(", ".join(row.groups))
    return "  ·  ".join(parts)


class ParticipantPicker(QWidget):
    """Type a name or number (every word must match, as on Deelnemers) or scan a badge;
    the selected line of the list is the choice. Enter in the field takes the badge's
    person, or the first line, and emits `submitted`."""

    chosen = Signal(object)  # ParticipantRow, or None when nothing is chosen
    submitted = Signal()

    def __init__(self, participants: ParticipantService, actor: Actor, *,
                 list_height: int = 168, placeholder: str | None = None,
                 scanner_prefix: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = participants
        self._actor = actor
        self._rows: dict[uuid.UUID, ParticipantRow] = {}
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("participantSearch")
        set_clear_button(self.search_edit)
        self.search_edit.setPlaceholderText(placeholder or self.tr(
            "Naam, nummer of scan badge"))
        self.results = QListWidget()
        self.results.setObjectName("participantResults")
        self.results.setFixedHeight(list_height)
        self.results.setUniformItemSizes(True)
        # A narrow picker elides a long line (the whole line is the tooltip) instead of
        # growing a horizontal scroll bar.
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        self.setFocusProxy(self.search_edit)
        self.search_edit.textEdited.connect(self._on_search_edit_text_edited)
        self.search_edit.installEventFilter(self)
        # A badge scanned while the picker shows chooses its person (in a dialog as well).
        self.scanner = ScannerKeyFilter(self, prefix=scanner_prefix, parent=self,
                                        hold_keys=False)
        self.scanner.badge_scanned.connect(self._on_scanner_badge_scanned)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)

    @property
    def current(self) -> ParticipantRow | None:
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        pid = item.data(Qt.ItemDataRole.UserRole)
        return self._rows.get(pid) if pid is not None else None

    def search(self, text: str) -> None:
        """Show the participants matching `text` (nothing for an empty text)."""
        if self.search_edit.text() != text:
            self.search_edit.setText(text)
        self.results.clear()
        self._rows.clear()
        text = text.strip()
        if not text:
            self.chosen.emit(None)
            return
        try:
            ids = self._service.search_ids(self._actor, text)
            rows = self._service.rows(self._actor, ids[:MAX_SHOWN])
        except ServiceError as exc:
            self._add_note(str(exc))
            self.chosen.emit(None)
            return
        for row in rows:
            self._add_row(row)
        if len(ids) > MAX_SHOWN:
            self._add_note(self.tr("… en nog {count}: typ verder om te zoeken").format(
                count=len(ids) - MAX_SHOWN))
        elif not ids:
            self._add_note(self.tr("Niemand gevonden met '{text}'.").format(text=text))
        self.chosen.emit(None)

    def choose(self, participant_id: uuid.UUID) -> bool:
        """Select `participant_id` (fetching it when it is not in the list)."""
        if participant_id not in self._rows:
            try:
                found = self._service.rows(self._actor, [participant_id])
            except ServiceError:
                return False
            if not found:
                return False
            self.results.clear()
            self._rows.clear()
            self._add_row(found[0])
        for index in range(self.results.count()):
            item = self.results.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                self.results.setCurrentItem(item)
                item.setSelected(True)
                return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.install()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.remove()
        super().hideEvent(event)

    def choose_badge(self, code: str) -> bool:
        """Choose the person whose badge is `code`; False when nobody has it."""
        try:
            found = self._service.find_by_badge(self._actor, code)
        except ServiceError:
            found = None
        return found is not None and self.choose(found)

    def submit(self) -> None:
        """Enter: a badge typed by hand chooses its person; otherwise the chosen or first
        line."""
        text = self.search_edit.text().strip()
        if text and self.choose_badge(text):
            self.submitted.emit()
            return
        if self.current is None and self._rows:
            self.results.setCurrentRow(0)
        self.submitted.emit()

    def _on_scanner_badge_scanned(self, code: str) -> None:
        if self.choose_badge(code):
            self.submitted.emit()
        else:
            self.search_edit.setText(code)
            self.search(code)

    def _add_row(self, row: ParticipantRow) -> None:
        self._rows[row.id] = row
        item = QListWidgetItem(row_text(row))
        item.setToolTip(row_text(row))
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.results.addItem(item)

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the field: Enter chooses (and is not passed on to a dialog's default button);
        Up and Down move through the list."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._rows:
                row = self.results.currentRow()
                step = 1 if key == Qt.Key.Key_Down else -1
                count = len(self._rows)
                self.results.setCurrentRow(min(max(row + step, 0), count - 1))
                return True
        return super().eventFilter(watched, event)

    def _on_search_edit_text_edited(self, text: str) -> None:
        self.search(bounded_search(self.search_edit, text))

    def _on_results_current_item_changed(self, current: QListWidgetItem | None,
                                         _previous: QListWidgetItem | None) -> None:
        pid = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.chosen.emit(self._rows.get(pid) if pid is not None else None)
