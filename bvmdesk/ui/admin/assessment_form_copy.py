"""Kopiëren: a new beoordelingsformulier (version 1) with the settings and criteria of
another, under a new code and name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from bvmdesk.services.assessment_types import FormInfo, FormSummary
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.widgets import DialogButtons, FieldBox, grow_to_fit

if TYPE_CHECKING:
    from bvmdesk.services.assessments import AssessmentService


class CopyFormDialog(QDialog):
    """New code and name for a copy of `source`; `saved` carries the new FormInfo."""

    saved = Signal(object)  # FormInfo

    def __init__(self, assessments: AssessmentService, actor: Actor, source: FormSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessments = assessments
        self._actor = actor
        self.source = source
        self.stored: FormInfo | None = None
        self.setWindowTitle(self.tr("Formulier {code} kopiëren").format(code=source.code))
        intro = QLabel(self.tr(
            "De kopie krijgt dezelfde instellingen en criteria als {code} (versie {version}) "
            "en begint bij versie 1.").format(code=source.code, version=source.version))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.code_edit = QLineEdit(f"{source.code}-KOPIE"[:40])
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit(self.tr("{name} (kopie)").format(name=source.name)[:200])
        self.name_edit.setMaxLength(200)
        self.fields = {"code": FieldBox(self.code_edit), "name": FieldBox(self.name_edit)}
        form = QFormLayout()
        form.setSpacing(8)
        for text, key in ((self.tr("Nieuwe &code"), "code"), (self.tr("Nieuwe &naam"), "name")):
            label = QLabel(text)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text))
            label.setBuddy(self.fields[key].editor)
            form.addRow(label, self.fields[key])
        self.buttons = DialogButtons(self, self.tr("Kopiëren"))
        self.buttons.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        self.code_edit.selectAll()
        self.code_edit.setFocus()
        self.resize(520, 0)
        grow_to_fit(self)

    def save(self) -> bool:
        for box in self.fields.values():
            box.set_error(None)
        self.buttons.message_label.hide()
        try:
            info = self._assessments.copy_form(self._actor, self.source.id,
                                               self.code_edit.text().strip(),
                                               self.name_edit.text().strip())
        except ValidationFailed as exc:
            rest = []
            for error in exc.errors:
                key = {"naam": "name"}.get(error.field, error.field)
                if key in self.fields:
                    self.fields[key].set_error(error.message)
                else:
                    rest.append(error.message)
            self._message(" ".join(rest) or self.tr(
                "Niet gekopieerd: verbeter wat in rood staat. Er is niets gewijzigd."))
            return False
        except ServiceError as exc:
            self._message(str(exc))
            return False
        self.stored = info
        self.saved.emit(info)
        self.accept()
        return True

    def _message(self, text: str) -> None:
        set_form_message(self.buttons.message_label, text, "formError")
        self.buttons.message_label.show()
        grow_to_fit(self)
