"""Nieuwe beoordeling: pick the participant (search or badge scan) and the form, then start."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common.participant_picker import ParticipantPicker

if TYPE_CHECKING:
    from bvmdesk.services.assessment_types import FormSummary
    from bvmdesk.services.assessments import AssessmentService
    from bvmdesk.services.participants import ParticipantRow, ParticipantService

KIND_WORDS = {"bpv": "bpv", "opdracht": "opdracht", "examen": "examen"}
SCALE_WORDS = {"ovg": "O/V/G", "acceptabel": "A/NA", "cijfer": "cijfer"}


def form_text(form: FormSummary) -> str:
    """`LAS-135-01 · Hoeklas MAG 135 · opdracht · O/V/G · 12 criteria`."""
    if form.criteria == 1:
        count = QCoreApplication.translate("StartPanel", "1 criterium")
    else:
        count = QCoreApplication.translate("StartPanel", "{count} criteria").format(
            count=form.criteria)
    return "  ·  ".join((form.code, form.name, KIND_WORDS.get(form.kind, form.kind),
                         SCALE_WORDS.get(form.scale, form.scale), count))


class StartPanel(QWidget):
    """`started(info)` when a draft was made; `cancelled` for "Annuleren"."""

    started = Signal(object)
    cancelled = Signal()

    def __init__(self, assessments: AssessmentService, participants: ParticipantService,
                 actor: Actor, *, scanner_prefix: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = assessments
        self._actor = actor
        self._participant: ParticipantRow | None = None
        self.setStyleSheet("QListWidget::item { min-height: 36px; padding: 0 4px; }")
        title = QLabel(self.tr("Nieuwe beoordeling"))
        title.setObjectName("sectionTitle")
        self.picker = ParticipantPicker(participants, actor, list_height=200,
                                        scanner_prefix=scanner_prefix)
        self.picker.chosen.connect(self._on_picker_chosen)
        self.picker.submitted.connect(self._on_picker_submitted)
        self.forms_label = QLabel(self.tr("Kies eerst een deelnemer."))
        self.forms_label.setObjectName("muted")
        self.forms_label.setWordWrap(True)
        self.forms = QListWidget()
        self.forms.setObjectName("formChoices")
        self.forms.setUniformItemSizes(True)
        self.forms.setMinimumHeight(160)
        self.forms.installEventFilter(self)
        self.forms.itemDoubleClicked.connect(self._on_forms_item_double_clicked)
        self.forms.currentRowChanged.connect(self._on_forms_current_row_changed)
        self.message_label = QLabel()
        self.message_label.setObjectName("formError")
        self.message_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Beoordeling starten"))
        self.start_button.setObjectName("primary")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Deelnemer")))
        layout.addWidget(self.picker)
        layout.addWidget(QLabel(self.tr("Beoordelingsformulier")))
        layout.addWidget(self.forms_label)
        layout.addWidget(self.forms, 1)
        layout.addLayout(buttons)

    def reset(self, text: str = "") -> None:
        """Empty (or searching `text`), the search field focused."""
        self.message_label.setText("")
        self.picker.search(text)
        self._show_forms(None)
        self.picker.search_edit.setFocus()

    def choose(self, participant_id: uuid.UUID) -> bool:
        """Choose a participant (a badge scanned elsewhere) and go on to the forms."""
        if not self.picker.choose(participant_id):
            return False
        self._on_picker_submitted()
        return True

    @property
    def chosen_form(self) -> FormSummary | None:
        item = self.forms.currentItem()
        form: FormSummary | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        return form

    def start(self) -> None:
        participant, form = self._participant, self.chosen_form
        if participant is None or form is None:
            return
        try:
            info = self._service.start(self._actor, participant.id, form.id)
        except ServiceError as exc:
            self.message_label.setText(str(exc))
            return
        self.started.emit(info)

    def _show_forms(self, participant: ParticipantRow | None) -> None:
        self._participant = participant
        self.forms.clear()
        self.start_button.setEnabled(False)
        if participant is None:
            self.forms_label.setText(self.tr("Kies eerst een deelnemer."))
            return
        try:
            forms = self._service.forms_for(self._actor, participant.id)
        except ServiceError as exc:
            self.forms_label.setText(str(exc))
            return
        for form in forms:
            item = QListWidgetItem(form_text(form))
            item.setData(Qt.ItemDataRole.UserRole, form)
            item.setToolTip(form_text(form))
            self.forms.addItem(item)
        if forms:
            self.forms_label.setText(self.tr("Formulieren van de modules van {name}:").format(
                name=participant.name))
            self.forms.setCurrentRow(0)
        else:
            self.forms_label.setText(self.tr(
                "{name} is niet ingeschreven voor een module met een "
                "beoordelingsformulier.").format(name=participant.name))

    def _on_picker_chosen(self, row: ParticipantRow | None) -> None:
        if row is None or self._participant is None or row.id != self._participant.id:
            self._show_forms(row)

    def _on_picker_submitted(self) -> None:
        if self.picker.current is not None:
            self._show_forms(self.picker.current)
            if self.forms.count():
                self.forms.setFocus()

    def _on_forms_current_row_changed(self, row: int) -> None:
        self.start_button.setEnabled(row >= 0 and self._participant is not None)

    def _on_forms_item_double_clicked(self, _item: QListWidgetItem) -> None:
        self.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list of forms starts the assessment."""
        if watched is self.forms and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.start()
                return True
        return super().eventFilter(watched, event)

