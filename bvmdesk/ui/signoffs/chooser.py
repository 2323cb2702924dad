"""The left side of Aftekenen: find the participant (search as you type, a badge scan, or a
card scan that goes to its card), then choose one of their enrolments."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from bvmdesk.domain.enums import Role
from bvmdesk.domain.signoff import as_card_code
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import EnrolmentRef
from bvmdesk.ui.common.participant_picker import ParticipantPicker
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.participants import ParticipantRow, ParticipantService
    from bvmdesk.services.signoffs import SignOffService


class CardAwarePicker(ParticipantPicker):
    """A participant picker that also knows aftekenkaart codes: scanned or typed with Enter,
    a card code is handed on (`card_entered(code)`) instead of being sought as a badge."""

    card_entered = Signal(str)

    def _take_card(self, text: str) -> bool:
        code = as_card_code(text)
        if code is None:
            return False
        self.search_edit.clear()
        self.card_entered.emit(code)
        return True

    def submit(self) -> None:
        if not self._take_card(self.search_edit.text()):
            super().submit()

    def _on_scanner_badge_scanned(self, code: str) -> None:
        if not self._take_card(code):
            super()._on_scanner_badge_scanned(code)


def enrolment_text(ref: EnrolmentRef) -> str:
    """`LAS-ZWL-1 · MAG-lassen 135 niveau 1 · Metaalwerk Zwolle BV · vanaf di 1 sep 2026`."""
    parts = [ref.group_code, ref.module_name]
    if ref.company:
        parts.append(ref.company)
    parts.append(QCoreApplication.translate("SignOffChooser", "vanaf {date}").format(
        date=format_date(ref.start_date, weekday=False)))
    return "  ·  ".join(parts)


def workplace_text(ref: EnrolmentRef) -> str:
    translate = QCoreApplication.translate
    if not ref.has_workplace:
        return translate("SignOffChooser",
                         "Geen leerbedrijf of praktijkopleider: geen aftekentaken. Vul bij "
                         "Deelnemers het leerbedrijf en de praktijkopleider van deze "
                         "inschrijving in.")
    text = translate("SignOffChooser", "Leerbedrijf: {company}. Praktijkopleider: {trainer}.") \
        .format(company=ref.company, trainer=ref.trainer)
    if ref.company_sbb_id:
        text += " " + translate("SignOffChooser", "SBB-nummer {sbb}.").format(
            sbb=ref.company_sbb_id)
    return text


class ParticipantChooser(QWidget):
    """`enrolment_chosen(EnrolmentRef | None)`; `card_entered(code)` for a card code."""

    enrolment_chosen = Signal(object)
    card_entered = Signal(str)

    def __init__(self, participants: ParticipantService, signoffs: SignOffService,
                 actor: Actor, *, scanner_prefix: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._signoffs = signoffs
        self._actor = actor
        self.participant: ParticipantRow | None = None
        self.enrolments: list[EnrolmentRef] = []
        title = QLabel(self.tr("Deelnemer"))
        title.setObjectName("sectionTitle")
        self.picker = CardAwarePicker(
            participants, actor, list_height=180, scanner_prefix=scanner_prefix,
            placeholder=self.tr("Naam, nummer, badge of kaartcode"))
        self.name_label = QLabel()
        self.name_label.setObjectName("sectionTitle")
        self.name_label.setWordWrap(True)
        self.enrolment_combo = QComboBox()
        self.enrolment_combo.setObjectName("enrolmentChoice")
        self.enrolment_combo.setMinimumContentsLength(24)
        self.enrolment_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.enrolment_label = QLabel()
        self.enrolment_label.setObjectName("enrolmentInfo")
        self.enrolment_label.setWordWrap(True)
        self.workplace_label = QLabel()
        self.workplace_label.setObjectName("workplaceInfo")
        self.workplace_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.picker)
        layout.addWidget(self.name_label)
        layout.addWidget(self.enrolment_combo)
        layout.addWidget(self.enrolment_label)
        layout.addWidget(self.workplace_label)
        layout.addStretch(1)
        self.picker.chosen.connect(self._on_picker_chosen)
        self.picker.submitted.connect(self._on_picker_submitted)
        self.picker.card_entered.connect(self.card_entered)
        self.enrolment_combo.currentIndexChanged.connect(self._on_enrolment_combo_changed)
        self.show_participant(None)

    @property
    def enrolment(self) -> EnrolmentRef | None:
        index = self.enrolment_combo.currentIndex()
        return self.enrolments[index] if 0 <= index < len(self.enrolments) else None

    def choose(self, participant_id: uuid.UUID, enrolment_id: uuid.UUID | None = None) -> bool:
        """Choose a participant (and one of their enrolments) from elsewhere."""
        if not self.picker.choose(participant_id):
            return False
        row = self.picker.current
        if row is None:
            return False
        self.show_participant(row, enrolment_id)
        return True

    def reload(self) -> None:
        """Read the enrolments again (company or trainer changed elsewhere)."""
        current = self.enrolment
        self.show_participant(self.participant, current.id if current else None)

    def show_participant(self, row: ParticipantRow | None,
                         enrolment_id: uuid.UUID | None = None) -> None:
        self.participant = row
        enrolments: list[EnrolmentRef] = []
        message = ""
        if row is not None:
            try:
                enrolments = self._signoffs.participant_enrolments(self._actor, row.id)
            except ServiceError as exc:
                message = str(exc)
            if not enrolments and not message and self._actor.role is Role.INSTRUCTOR:
                # An instructor sees only the enrolments in the groups they teach.
                message = self.tr("{name} is niet ingeschreven in een groep die u "
                                  "lesgeeft.").format(name=row.name)
            elif not enrolments and not message:
                message = self.tr("{name} is nergens ingeschreven.").format(name=row.name)
        self.enrolments = enrolments
        self.name_label.setText(f"{row.name}  ·  {row.number}" if row is not None else "")
        self.name_label.setVisible(row is not None)
        self.enrolment_combo.blockSignals(True)
        self.enrolment_combo.clear()
        for ref in enrolments:
            self.enrolment_combo.addItem(enrolment_text(ref))
        index = next((i for i, r in enumerate(enrolments) if r.id == enrolment_id), 0)
        self.enrolment_combo.setCurrentIndex(index if enrolments else -1)
        self.enrolment_combo.blockSignals(False)
        self.enrolment_combo.setVisible(len(enrolments) > 1)
        if row is None:
            message = self.tr("Zoek een deelnemer op naam of nummer, scan een badge of scan "
                              "een aftekenkaart.")
        self.enrolment_label.setText(message)
        self.enrolment_label.setVisible(bool(message))
        self._show_enrolment()

    def _show_enrolment(self) -> None:
        ref = self.enrolment
        if ref is None:
            self.workplace_label.clear()
            self.workplace_label.hide()
        else:
            prefix = "" if len(self.enrolments) > 1 else enrolment_text(ref) + "\n"
            self.workplace_label.setText(prefix + workplace_text(ref))
            self.workplace_label.setObjectName("" if ref.has_workplace else "formError")
            self.workplace_label.style().unpolish(self.workplace_label)
            self.workplace_label.style().polish(self.workplace_label)
            self.workplace_label.show()
        self.enrolment_chosen.emit(ref)

    def _on_picker_chosen(self, row: ParticipantRow | None) -> None:
        if row is not None and (self.participant is None or row.id != self.participant.id):
            self.show_participant(row)

    def _on_picker_submitted(self) -> None:
        row = self.picker.current
        if row is not None and (self.participant is None or row.id != self.participant.id):
            self.show_participant(row)

    def _on_enrolment_combo_changed(self, _index: int) -> None:
        self._show_enrolment()
