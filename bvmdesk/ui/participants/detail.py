"""The detail panel of one participant: personal data, editable for administrators."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.enums import FUNDERS, ParticipantType, participant_type_label
from bvmdesk.domain.participants import FieldError, ParticipantData
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.common.widgets import FieldBox
from bvmdesk.ui.participants.absences import ParticipantAbsencesPanel
from bvmdesk.ui.participants.assessments import ParticipantAssessmentsPanel
from bvmdesk.ui.participants.signoffs import ParticipantSignOffsPanel

if TYPE_CHECKING:
    from bvmdesk.services.absences import AbsenceService
    from bvmdesk.services.assessments import AssessmentService
    from bvmdesk.services.participants import (
        CompanyChoice,
        ParticipantDetail,
        ParticipantService,
    )
    from bvmdesk.services.placement_hours import HoursService
    from bvmdesk.services.signoffs import SignOffService

class ParticipantDetailPanel(QWidget):
    """Shows one participant; administrators edit and save (Ctrl+S) here."""

    saved = Signal(object)  # uuid.UUID of the participant that was changed
    created = Signal(object)  # uuid.UUID of the new participant
    absences_changed = Signal()  # an absence reported in advance was added or withdrawn
    signoffs_requested = Signal(object)  # uuid.UUID: open Aftekenen for this participant

    def __init__(self, service: ParticipantService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self.editable = actor.may(Permission.EDIT_PARTICIPANTS)
        self._detail: ParticipantDetail | None = None
        self._creating = False
        self.absences_panel: ParticipantAbsencesPanel | None = None
        self.assessments_panel: ParticipantAssessmentsPanel | None = None
        self.signoffs_panel: ParticipantSignOffsPanel | None = None

        self.stack = QStackedWidget()
        hint = QLabel(self.tr("Kies een deelnemer in de lijst om de gegevens te zien."))
        hint.setObjectName("muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.stack.addWidget(hint)
        self.stack.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- building ------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)  # a long name with its number
        self.read_only_note = QLabel(self.tr(
            "Alleen beheerders kunnen persoonsgegevens wijzigen."))
        self.read_only_note.setObjectName("muted")
        self.read_only_note.setVisible(not self.editable)

        self.number_edit = QLineEdit()
        self.first_names_edit = QLineEdit()
        self.prefix_edit = QLineEdit()
        self.last_name_edit = QLineEdit()
        self.birth_date_edit = DateInput(optional=True, numeric=True)
        self.type_combo = QComboBox()
        for kind in ParticipantType:
            self.type_combo.addItem(participant_type_label(kind.value), kind.value)
        # A required choice: a new participant starts without one (issue 9).
        self.type_combo.setPlaceholderText(self.tr("Kies een doelgroep…"))
        self.school_edit = QLineEdit()
        self.student_number_edit = QLineEdit()
        self.funder_combo = QComboBox()
        self.funder_combo.setEditable(True)
        self.funder_combo.addItems(["", *FUNDERS])
        self.company_combo = QComboBox()
        self.badge_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        for combo in (self.type_combo, self.funder_combo, self.company_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(64)
        self.note_edit.setTabChangesFocus(True)

        left = [("number", self.tr("Nummer"), self.number_edit),
                ("first_names", self.tr("Voornamen"), self.first_names_edit),
                ("prefix", self.tr("Tussenvoegsel"), self.prefix_edit),
                ("last_name", self.tr("Achternaam"), self.last_name_edit),
                ("birth_date", self.tr("Geboortedatum"), self.birth_date_edit),
                ("type", self.tr("Doelgroep"), self.type_combo)]
        right = [("school", self.tr("School"), self.school_edit),
                 ("student_number", self.tr("Studentnummer"), self.student_number_edit),
                 ("funder", self.tr("Financier"), self.funder_combo),
                 ("company_code", self.tr("Leerbedrijf"), self.company_combo),
                 ("badge", self.tr("Badge"), self.badge_edit),
                 ("email", self.tr("E-mail"), self.email_edit),
                 ("phone", self.tr("Telefoon"), self.phone_edit)]
        self.fields: dict[str, FieldBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)  # each field keeps a line free under it for its error
        # One column of fields: beside the list there is room for one field at a readable
        # width (a company name, an e-mail address), not for two.
        for row, (key, label, editor) in enumerate(left + right):
            box = FieldBox(editor)
            self.fields[key] = box
            caption = QLabel(label)
            caption.setBuddy(editor)
            grid.addWidget(caption, row, 0,
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            caption.setContentsMargins(0, 6, 8, 0)
            grid.addWidget(box, row, 1)
        note_box = FieldBox(self.note_edit)
        self.fields["note"] = note_box
        note_caption = QLabel(self.tr("Notitie"))
        note_caption.setContentsMargins(0, 6, 8, 0)
        grid.addWidget(note_caption, len(left + right), 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(note_box, len(left + right), 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        # What does not fit in its field is shown whole in its tooltip.
        for edit in (self.first_names_edit, self.last_name_edit, self.school_edit,
                     self.email_edit):
            edit.textChanged.connect(lambda text, e=edit: e.setToolTip(text))
        self.company_combo.currentTextChanged.connect(self.company_combo.setToolTip)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("primary")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        for button in (self.cancel_button, self.save_button):
            button.setVisible(self.editable)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._action_buttons: list[QWidget] = []
        self._actions = QHBoxLayout()  # the heading, and buttons about the person beside it
        self._actions.setSpacing(8)
        self._actions.addWidget(self.heading, 1)
        layout.addLayout(self._actions)
        layout.addWidget(self.read_only_note)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._form_layout = layout
        self._set_read_only(not self.editable)
        return form

    def add_action(self, button: QWidget) -> None:
        """A button about the shown participant, beside the heading (disabled while a new
        participant is being made)."""
        self._actions.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self._action_buttons.append(button)

    def shown(self) -> tuple[str, str] | None:
        """(number, name) of the participant shown; None when none (or a new one)."""
        if self.current_id is None or self._detail is None:
            return None
        return self._detail.data.number, self._detail.name

    def attach_absences(self, absences: AbsenceService, today: Callable[[], date]) -> None:
        """Show the participant's absences reported in advance under the form."""
        panel = ParticipantAbsencesPanel(absences, self._service, self._actor, today)
        panel.absences_changed.connect(self.absences_changed)
        self._form_layout.insertWidget(self._form_layout.count() - 1, panel)
        self.absences_panel = panel
        self.refresh_absences()

    def refresh_absences(self) -> None:
        """Read the shown participant's absences again (they changed elsewhere)."""
        panel = self.absences_panel
        if panel is None:
            return
        shown = self.current_id
        panel.setVisible(shown is not None)
        if shown is None:
            panel.show_participant(None)
        elif self._detail is not None:
            panel.show_participant(shown, f"{self._detail.name} ({self._detail.data.number})")

    def attach_assessments(self, assessments: AssessmentService) -> None:
        """Show the participant's progress per work process (Beoordelingen) under the
        form."""
        panel = ParticipantAssessmentsPanel(assessments, self._actor)
        self._form_layout.insertWidget(self._form_layout.count() - 1, panel)
        self.assessments_panel = panel
        self.refresh_assessments()

    def refresh_assessments(self) -> None:
        """Read the shown participant's progress again (assessments changed elsewhere)."""
        panel = self.assessments_panel
        if panel is None:
            return
        shown = self.current_id
        panel.setVisible(shown is not None)
        panel.show_participant(shown)

    def attach_signoffs(self, signoffs: SignOffService, hours: HoursService) -> None:
        """Show the participant's sign-offs and approved bpv hours (Aftekeningen) under
        the form, with a button to the Aftekenen page (`signoffs_requested`)."""
        panel = ParticipantSignOffsPanel(signoffs, hours, self._actor)
        panel.signoffs_requested.connect(self.signoffs_requested)
        self._form_layout.insertWidget(self._form_layout.count() - 1, panel)
        self.signoffs_panel = panel
        self.refresh_signoffs()

    def refresh_signoffs(self) -> None:
        """Read the shown participant's sign-offs again (they changed elsewhere)."""
        panel = self.signoffs_panel
        if panel is None:
            return
        shown = self.current_id
        panel.setVisible(shown is not None)
        panel.show_participant(shown)

    def _set_read_only(self, read_only: bool) -> None:
        for edit in (self.number_edit, self.first_names_edit, self.prefix_edit,
                     self.last_name_edit, self.school_edit, self.student_number_edit,
                     self.badge_edit, self.email_edit, self.phone_edit):
            edit.setReadOnly(read_only)
        self.note_edit.setReadOnly(read_only)
        self.birth_date_edit.setReadOnly(read_only)
        for combo in (self.type_combo, self.funder_combo, self.company_combo):
            combo.setEnabled(not read_only)

    # --- showing -------------------------------------------------------------------------
    @property
    def current_id(self) -> uuid.UUID | None:
        return None if self._creating or self._detail is None else self._detail.id

    def set_companies(self, companies: list[CompanyChoice]) -> None:
        self.company_combo.clear()
        self.company_combo.addItem(self.tr("(geen)"), None)
        for company in companies:
            self.company_combo.addItem(f"{company.name} ({company.code})", company.code)

    def clear(self) -> None:
        self._detail = None
        self._creating = False
        self.stack.setCurrentIndex(0)

    def show_participant(self, detail: ParticipantDetail) -> None:
        self._detail = detail
        self._creating = False
        self.heading.setText(f"{detail.name} · {detail.data.number}")
        for button in self._action_buttons:
            button.setEnabled(True)
        self.number_edit.setToolTip("")
        self._fill(detail.data)
        self.stack.setCurrentIndex(1)
        self.refresh_absences()
        self.refresh_assessments()
        self.refresh_signoffs()

    def start_new(self) -> None:
        """An empty form for a new participant (administrators only)."""
        if not self.editable:
            return
        self._creating = True
        self.heading.setText(self.tr("Nieuwe deelnemer"))
        for button in self._action_buttons:
            button.setEnabled(False)
        self._fill(ParticipantData(number="", first_names="", prefix=None, last_name="",
                                   birth_date=None, type=""))
        self.number_edit.setPlaceholderText(self.tr("leeg laten: nummer wordt uitgedeeld"))
        self.number_edit.setToolTip(self.number_edit.placeholderText())  # cut off when narrow
        self.stack.setCurrentIndex(1)
        self.refresh_absences()
        self.refresh_assessments()
        self.refresh_signoffs()
        self.first_names_edit.setFocus()

    def _fill(self, data: ParticipantData) -> None:
        self._show_errors([])
        self.message_label.clear()
        self.number_edit.setPlaceholderText("")
        self.number_edit.setText(data.number)
        self.first_names_edit.setText(data.first_names)
        self.prefix_edit.setText(data.prefix or "")
        self.last_name_edit.setText(data.last_name)
        self.birth_date_edit.setDate(data.birth_date)
        type_index = self.type_combo.findData(data.type) if data.type else -1
        if type_index < 0 and data.type:  # a stored value outside the list stays visible
            self.type_combo.addItem(data.type, data.type)
            type_index = self.type_combo.count() - 1
        self.type_combo.setCurrentIndex(type_index)
        self.school_edit.setText(data.school or "")
        self.student_number_edit.setText(data.student_number or "")
        self.funder_combo.setCurrentText(data.funder or "")
        company_index = self.company_combo.findData(data.company_code)
        if company_index < 0 and data.company_code:
            self.company_combo.addItem(data.company_code, data.company_code)
            company_index = self.company_combo.count() - 1
        self.company_combo.setCurrentIndex(max(company_index, 0))
        self.badge_edit.setText(data.badge or "")
        self.email_edit.setText(data.email or "")
        self.phone_edit.setText(data.phone or "")
        self.note_edit.setPlainText(data.note or "")

    # --- editing -------------------------------------------------------------------------
    def collect(self) -> ParticipantData:
        """The form's contents (the service normalises and validates them)."""
        birth = self.birth_date_edit.date()  # save() has read what is typed
        return ParticipantData(
            number=self.number_edit.text(),
            first_names=self.first_names_edit.text(),
            prefix=self.prefix_edit.text() or None,
            last_name=self.last_name_edit.text(),
            birth_date=birth,
            type=str(self.type_combo.currentData() or ""),
            school=self.school_edit.text() or None,
            student_number=self.student_number_edit.text() or None,
            funder=self.funder_combo.currentText() or None,
            company_code=self.company_combo.currentData(),
            badge=self.badge_edit.text() or None,
            email=self.email_edit.text() or None,
            phone=self.phone_edit.text() or None,
            note=self.note_edit.toPlainText() or None,
        )

    def _show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(error.message)
        for key, box in self.fields.items():
            box.set_error(" ".join(by_field.pop(key, [])) or None)
        if by_field:  # errors about no field on this form
            self._show_message(" ".join(m for ms in by_field.values() for m in ms), ok=False)

    def _show_message(self, text: str, *, ok: bool) -> None:
        self.message_label.setObjectName("formSuccess" if ok else "formError")
        self.message_label.style().unpolish(self.message_label)  # the new name's colour
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)

    def save(self) -> bool:
        """Store the form: update the shown participant or create the new one."""
        if not self.editable or self.stack.currentIndex() != 1:
            return False
        self.birth_date_edit.commit()
        if self.birth_date_edit.error:  # typed, but not a date: said at the field
            self._show_message(self.tr(
                "Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd."), ok=False)
            return False
        data = self.collect()
        try:
            if self._creating:
                detail = self._service.create(self._actor, data)
                self.show_participant(detail)
                self.created.emit(detail.id)
            else:
                assert self._detail is not None
                self._service.update(self._actor, self._detail.id, data)
                self.show_participant(self._service.get(self._actor, self._detail.id))
                self.saved.emit(self._detail.id)
        except ValidationFailed as exc:
            self.message_label.clear()
            self._show_errors(exc.errors)
            if not self.message_label.text():
                self._show_message(self.tr(
                    "Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd."),
                    ok=False)
            return False
        except ServiceError as exc:
            self._show_message(str(exc), ok=False)
            return False
        self._show_message(self.tr("Opgeslagen."), ok=True)
        return True

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_cancel_button_clicked(self) -> None:
        if self._detail is not None:
            self.show_participant(self._detail)
        else:
            self.clear()
