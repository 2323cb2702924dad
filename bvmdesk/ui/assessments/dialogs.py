"""The scoring screen's dialogs: making final (the outcome, then confirm), the reason of a
correction, and the second assessor with name, role and a drawn signature."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.assessment import Outcome
from bvmdesk.domain.signature import SignatureError
from bvmdesk.services.assessment_types import AssessmentInfo
from bvmdesk.services.base import ServiceError
from bvmdesk.ui.assessments.scoring_model import RESULT_COLOURS
from bvmdesk.ui.common.signature_pad import SignaturePad
from bvmdesk.ui.common.widgets import FieldBox

ROLES = (("praktijkopleider", "Praktijkopleider"), ("instructeur", "Instructeur"))


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QWidget]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName("primary")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annuleren"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


class FinaliseDialog(QDialog):
    """The computed outcome per work process, and "Definitief maken" to lock it."""

    def __init__(self, info: AssessmentInfo, result: Outcome,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Beoordeling {code} definitief maken").format(
            code=info.code))
        self.setMinimumWidth(560)
        names = dict(info.form.work_processes)
        intro = QLabel(self.tr(
            "Dit is de uitkomst van de beoordeling van {name} op {form}. Na 'Definitief "
            "maken' kan niets meer worden gewijzigd; een fout herstelt u met Corrigeren "
            "(een nieuwe versie).").format(name=info.participant_name, form=info.form.name))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        self.outcome_labels: list[QLabel] = []
        for item in result.work_processes:
            label = QLabel(f"<b>{item.code}</b> {names.get(item.code, '')}<br>"
                           f"<span style='color:{RESULT_COLOURS[item.result]}'>"
                           f"{item.explanation}</span>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setObjectName("finalOutcome")
            layout.addWidget(label)
            self.outcome_labels.append(label)
        passed = result.passed
        word = self.tr("Geslaagd") if passed else self.tr("Niet geslaagd")
        detail = (self.tr("elk werkproces is minstens voldoende") if passed
                  else self.tr("niet elk werkproces is voldoende"))
        self.total_label = QLabel(f"{word}: {detail}.")
        self.total_label.setObjectName("formSuccess" if passed else "formError")
        layout.addWidget(self.total_label)
        buttons, self.ok_button = _buttons(self, self.tr("Definitief maken"))
        layout.addWidget(buttons)

    def outcome_text(self) -> str:
        return "\n".join(label.text() for label in self.outcome_labels)


class CorrectionDialog(QDialog):
    """Why a final assessment is corrected (required, at most 200 characters)."""

    def __init__(self, info: AssessmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Beoordeling {code} corrigeren").format(code=info.code))
        self.setMinimumWidth(500)
        label = QLabel(self.tr(
            "Een correctie maakt versie {next} van {code}: een concept met dezelfde scores "
            "dat u aanpast en opnieuw definitief maakt. Versie {version} blijft bewaard. "
            "Waarom wordt deze beoordeling gecorrigeerd?").format(
                next=info.version + 1, code=info.code, version=info.version))
        label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("correctionReason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Bijvoorbeeld: verkeerd criterium beoordeeld"))
        buttons, self.ok_button = _buttons(self, self.tr("Corrigeren"))
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _on_reason_edit_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))


class SecondAssessorDialog(QDialog):
    """Name, role and signature of the second assessor; `save(name, role, strokes)` stores
    them (a ServiceError is shown in the dialog, which then stays open)."""

    def __init__(self, info: AssessmentInfo, save: Callable[[str, str, str | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Tweede beoordelaar"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "De praktijkopleider van het leerbedrijf van {name}, of een andere instructeur, "
            "bevestigt deze beoordeling met naam en handtekening.").format(
                name=info.participant_name))
        intro.setWordWrap(True)
        # Not yet confirmed: the praktijkopleider of the enrolment, the usual second one.
        self.name_edit = QLineEdit(info.second_assessor_name or info.trainer_name or "")
        self.name_edit.setObjectName("secondName")
        self.name_edit.setMaxLength(200)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("secondRole")
        for value, label in ROLES:
            self.role_combo.addItem(self.tr(label), value)
        if info.second_assessor_role:
            index = self.role_combo.findData(info.second_assessor_role)
            if index >= 0:
                self.role_combo.setCurrentIndex(index)
        self.pad = SignaturePad()
        self.pad.set_text(info.second_assessor_strokes)
        self.name_box = FieldBox(self.name_edit)
        self.signature_error = QLabel()
        self.signature_error.setObjectName("fieldError")
        self.signature_error.setWordWrap(True)
        self.pad.changed.connect(self._on_pad_changed)
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name_box)
        form.addRow(self.tr("Rol"), self.role_combo)
        buttons, self.ok_button = _buttons(self, self.tr("Bevestigen"))
        buttons.accepted.disconnect(self.accept)
        buttons.accepted.connect(self._on_ok)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Handtekening")))
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.signature_error)
        layout.addWidget(buttons)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_pad_changed(self) -> None:
        self.signature_error.setText("")

    def _on_ok(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_box.set_error(self.tr("Vul de naam van de tweede beoordelaar in."))
            return
        try:
            strokes = self.pad.text()
        except SignatureError as exc:
            self.signature_error.setText(str(exc))
            return
        if strokes is None:
            self.signature_error.setText(self.tr("Zet eerst een handtekening."))
            return
        try:
            self._save(name, str(self.role_combo.currentData()), strokes)
        except ServiceError as exc:
            self.signature_error.setText(str(exc))
            return
        self.accept()


def result_word(result: Outcome) -> str:
    """`Geslaagd`/`Niet geslaagd` (so far, for a draft)."""
    from PySide6.QtCore import QCoreApplication

    if result.passed:
        return QCoreApplication.translate("Scoring", "geslaagd")
    return QCoreApplication.translate("Scoring", "niet geslaagd")

