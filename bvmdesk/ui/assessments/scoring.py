"""The scoring screen: one assessment's criteria, rated by keyboard and saved on every change.

Every change goes to the service at once (no Save button); the overall remark a moment after
typing stops, and when the screen is left. A badge scan never rates: the scanner component
tells its keystrokes from a person's by their timing, as on the register.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.assessment import Scale
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.assessments.dialogs import result_word
from bvmdesk.ui.assessments.scoring_actions import ScoringActions
from bvmdesk.ui.assessments.scoring_header import SCORING_STYLE, ScoringHeader
from bvmdesk.ui.assessments.scoring_model import (
    COLUMN_RATING,
    COLUMN_REASON,
    COLUMN_REMARK,
    ScoringModel,
)
from bvmdesk.ui.assessments.scoring_side import ScoringSide, side_scroll_area
from bvmdesk.ui.assessments.scoring_view import ScoringTableView
from bvmdesk.ui.common.messages import ask_retry, can_retry
from bvmdesk.ui.common.scanner import ScannerKeyFilter

if TYPE_CHECKING:
    from bvmdesk.services.assessment_types import AssessmentInfo
    from bvmdesk.services.assessments import AssessmentService

T = TypeVar("T")
REMARK_DELAY_MS = 600
SCALE_KEYS = {Scale.OVG: "OVG", Scale.ACCEPTABLE: "AN", Scale.GRADE: "0123456789"}
LETTER_VALUES = {"O": "O", "V": "V", "G": "G", "A": "A", "N": "NA"}


class ScoringScreen(QWidget):
    """Rate with one key per value (digits open the grade editor), Enter for the
    toelichting, Alt+Enter for the opmerking, Delete clears, Ctrl+Enter makes final."""

    back_requested = Signal()
    changed = Signal(object)      # uuid.UUID of the assessment written (lists go stale)
    discarded = Signal(object)    # uuid.UUID of the draft deleted

    def __init__(self, service: AssessmentService, actor: Actor, *,
                 clock: Callable[[], float] = time.monotonic,
                 scanner_prefix: str | None = None, database: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.database = database
        self.info: AssessmentInfo | None = None
        self._advance_to = -1
        self.setStyleSheet(SCORING_STYLE)

        self.header = ScoringHeader()
        self.header.version_chosen.connect(self._on_header_version_chosen)
        self.model = ScoringModel(self)
        self.model.text_entered.connect(self._on_model_text_entered)
        self.grid = ScoringTableView(self.model)
        self.grid.edit_closed.connect(self._on_grid_edit_closed)
        self.grid.doubleClicked.connect(self._on_grid_double_clicked)
        self.side = ScoringSide()
        self.side.remark_edited.connect(self._on_side_remark_edited)
        self.side_area = side_scroll_area(self.side)

        self.back_button = QPushButton(self.tr("Terug naar overzicht"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.counter_label = self.header.counter_label
        self.total_label = self.header.total_label
        self.discard_button = QPushButton(self.tr("Concept verwijderen"))
        self.discard_button.setObjectName("discardButton")
        self.correct_button = QPushButton(self.tr("Corrigeren"))
        self.correct_button.setObjectName("correctButton")
        self.finalise_button = QPushButton(self.tr("Definitief maken"))
        self.finalise_button.setObjectName("primary")
        self.finalise_button.setToolTip(self.tr("Ctrl+Enter"))
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.discard_button)
        footer.addWidget(self.correct_button)
        footer.addWidget(self.finalise_button)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self.grid, 1)
        middle.addWidget(self.side_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addLayout(middle, 1)
        layout.addLayout(footer)

        self.operations = ScoringActions(self)
        self.discard_button.clicked.connect(self.operations.discard)
        self.correct_button.clicked.connect(self.operations.correct)
        self.finalise_button.clicked.connect(self.operations.finalise)
        self.side.add_photo_button.clicked.connect(self.operations.choose_photo)
        self.side.remove_photo_button.clicked.connect(self.operations.remove_photo)
        self.side.photos.files_dropped.connect(self.operations.add_photo_files)
        self.side.second_button.clicked.connect(self.operations.second_assessor)
        self.side.clear_second_button.clicked.connect(self.operations.clear_second_assessor)

        self.keys = ScannerKeyFilter(self, clock=clock, prefix=scanner_prefix, parent=self,
                                     status_keys=SCALE_KEYS[Scale.OVG])
        self.keys.status_key_pressed.connect(self._on_keys_status_key_pressed)
        self.keys.badge_scanned.connect(self._on_keys_badge_scanned)
        self.keys.enter_pressed.connect(self._on_keys_enter_pressed)
        self._remark_timer = QTimer(self)
        self._remark_timer.setSingleShot(True)
        self._remark_timer.setInterval(REMARK_DELAY_MS)
        self._remark_timer.timeout.connect(self.save_remark)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for sequence, slot in (("Ctrl+Return", self.operations.finalise),
                               ("Ctrl+Enter", self.operations.finalise),
                               ("Alt+Return", self.edit_remark),
                               ("Alt+Enter", self.edit_remark)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.grid)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.clear_current)

    # --- state ---------------------------------------------------------------------------
    @property
    def can_record(self) -> bool:
        return self.actor.may(Permission.RECORD_ASSESSMENTS)

    @property
    def writable(self) -> bool:
        return self.info is not None and not self.info.is_final and self.can_record

    def open(self, assessment_id: uuid.UUID) -> bool:
        """Read one assessment afresh and show it; False when it cannot be read."""
        self.save_remark()
        try:
            info = self.service.assessment(self.actor, assessment_id)
        except ServiceError as exc:
            self.header.show_message(str(exc), error=True)
            return False
        self.show_info(info)
        return True

    def show_info(self, info: AssessmentInfo, *, keep_row: bool = False) -> None:
        row = self.grid.current_row()
        self.info = info
        try:
            versions = self.service.versions(self.actor, info.code)
        except ServiceError:
            versions = []
        self.header.show_assessment(info, versions, can_record=self.can_record)
        self.header.show_message("")
        self.model.set_assessment(info, editable=self.writable)
        self.keys.classifier.status_keys = SCALE_KEYS[Scale(info.form.scale)]
        self.side.show_assessment(info, editable=self.writable)
        self.discard_button.setVisible(self.writable)
        self.finalise_button.setVisible(self.writable)
        self.correct_button.setVisible(info.is_final and info.superseded_by_id is None
                                       and self.can_record)
        self._update_totals()
        target = row if keep_row and self.model.criterion_at(row) else (
            self.model.first_unrated_row())
        self.grid.select_row(target)
        self.grid.setFocus()

    def _update_totals(self) -> None:
        rated, total = self.model.rated_count()
        self.counter_label.setText(self.tr("{rated} van {total} criteria beoordeeld").format(
            rated=rated, total=total))
        if self.info is None:
            self.total_label.setText("")
            return
        word = result_word(self.model.outcome)
        if self.info.is_final:
            self.total_label.setText(word[:1].upper() + word[1:])
        else:
            self.total_label.setText(self.tr("Voorlopig: {word}").format(word=word))

    def show_message(self, text: str, *, error: bool = False, muted: bool = False) -> None:
        self.header.show_message(text, error=error, muted=muted)

    # --- writing -------------------------------------------------------------------------
    def write(self, action: Callable[[], T]) -> T | None:
        """Run one write through the service; a busy database asks to try again. None: not
        written (the message line says why)."""
        try:
            return action()
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            if can_retry(exc) and ask_retry(self, exc):
                result = self.write(action)
                if result is not None:
                    self.show_message(self.tr("Opgeslagen."), muted=True)
                return result
            return None

    def _refused(self) -> bool:
        """True (and says why) when nothing may be changed."""
        if self.writable:
            return False
        if self.info is not None and self.info.is_final:
            self.show_message(self.tr("Deze beoordeling is definitief; kies 'Corrigeren' om "
                                      "iets te wijzigen."), error=True)
        elif self.info is not None:
            self.show_message(self.tr("U kunt deze beoordeling alleen bekijken."), error=True)
        return True

    def rate(self, row: int, value: str | None, *, advance: bool = True) -> bool:
        """Store `value` (None: clear) for the criterion of `row`; select the next one."""
        criterion = self.model.criterion_at(row)
        info = self.info
        if criterion is None or info is None or self._refused():
            return False
        rating = self.write(lambda: self.service.rate(self.actor, info.id, criterion.id,
                                                      value))
        if rating is None:
            return False
        self.model.set_rating(rating)
        self._update_totals()
        self.changed.emit(info.id)
        self.show_message(self.tr("Criterium {number} opgeslagen.").format(
            number=criterion.number), muted=True)
        if advance:
            self._advance_to = self.model.next_criterion_row(row)
            if not self.grid.editing:
                self.grid.select_row(self._advance_to)
                self._advance_to = -1
        return True

    def explain(self, row: int, column: int, text: str) -> bool:
        """Store the toelichting (COLUMN_REASON) or opmerking (COLUMN_REMARK) of a row."""
        criterion = self.model.criterion_at(row)
        info = self.info
        if criterion is None or info is None or self._refused():
            return False
        clean = text.strip() or None
        if column == COLUMN_REASON:
            def action() -> object:
                return self.service.explain(self.actor, info.id, criterion.id, reason=clean)
        else:
            def action() -> object:
                return self.service.explain(self.actor, info.id, criterion.id, remark=clean)
        rating = self.write(action)
        if rating is None:
            return False
        self.model.set_rating(rating)  # type: ignore[arg-type]
        self.changed.emit(info.id)
        self.show_message(self.tr("Criterium {number} opgeslagen.").format(
            number=criterion.number), muted=True)
        return True

    def clear_current(self) -> None:
        """Delete: the selected criterion's rating is wiped (its texts stay)."""
        row = self.grid.current_row()
        if self.model.criterion_at(row) is not None:
            self.rate(row, None, advance=False)

    def edit_reason(self) -> None:
        if not self._refused():
            self.grid.edit_cell(self.grid.current_row(), COLUMN_REASON)

    def edit_remark(self) -> None:
        if not self._refused():
            self.grid.edit_cell(self.grid.current_row(), COLUMN_REMARK)

    def save_remark(self) -> None:
        """Store the overall remark when it was changed since it was last stored."""
        self._remark_timer.stop()
        info = self.info
        if info is None or not self.writable:
            return
        text = self.side.remark.strip() or None
        if text == (info.remark or None):
            return
        if self.write(lambda: self.service.set_remark(self.actor, info.id, text)) is None:
            return
        try:
            self.info = self.service.assessment(self.actor, info.id)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.changed.emit(info.id)

    def reload(self) -> None:
        """Read the assessment again (after photos or the second assessor changed)."""
        if self.info is not None:
            self.save_remark()
            try:
                info = self.service.assessment(self.actor, self.info.id)
            except ServiceError as exc:
                self.show_message(str(exc), error=True)
                return
            self.show_info(info, keep_row=True)

    # --- scanning ------------------------------------------------------------------------
    def scan(self, code: str) -> None:
        """A badge on this screen never rates: it is only named."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QPlainTextEdit) and focus.toPlainText().endswith(code):
            text = focus.toPlainText()[:-len(code)]
            focus.setPlainText(text)  # the scanner typed into the remark: taken out again
            focus.moveCursor(focus.textCursor().MoveOperation.End)
        name = self.info.participant_name if self.info is not None else ""
        self.show_message(self.tr(
            "Badge {code} gescand: er is niets beoordeeld. Deze beoordeling is van {name}; "
            "kies 'Terug naar overzicht' om iemand anders te beoordelen.").format(
                code=code, name=name), error=True)

    # --- events and slots ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keys.install()

    def hideEvent(self, event: QHideEvent) -> None:
        self.keys.remove()
        self.save_remark()
        super().hideEvent(event)

    def _on_keys_status_key_pressed(self, letter: str) -> None:
        row = self.grid.current_row()
        if self.model.criterion_at(row) is None or self._refused():
            return
        if self.model.scale is Scale.GRADE:
            if letter.isdigit():
                self.grid.edit_cell(row, COLUMN_RATING, initial=letter)
            return
        value = LETTER_VALUES.get(letter)
        if value is not None:
            self.rate(row, value)

    def _on_keys_badge_scanned(self, code: str) -> None:
        self.scan(code)

    def _on_keys_enter_pressed(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton):
            focus.click()
        elif self.info is not None:
            self.edit_reason()

    def _on_model_text_entered(self, criterion_id: uuid.UUID, column: int, text: str) -> None:
        row = self.model.row_of(criterion_id)
        if column == COLUMN_RATING:
            if text.strip():
                self.rate(row, text.strip())
        else:
            self.explain(row, column, text)

    def _on_grid_edit_closed(self) -> None:
        if self._advance_to >= 0:
            self.grid.select_row(self._advance_to)
            self._advance_to = -1

    def _on_grid_double_clicked(self, index: object) -> None:
        column = getattr(index, "column", lambda: -1)()
        row = self.grid.current_row()
        if column in (COLUMN_RATING, COLUMN_REASON, COLUMN_REMARK) and self.writable:
            if column == COLUMN_RATING and self.model.scale is not Scale.GRADE:
                return
            self.grid.edit_cell(row, column)

    def _on_side_remark_edited(self) -> None:
        self._remark_timer.start()

    def _on_back_button_clicked(self) -> None:
        self.save_remark()
        self.back_requested.emit()

    def _on_header_version_chosen(self, assessment_id: uuid.UUID) -> None:
        self.open(assessment_id)

