"""The dialog that makes or changes a beoordelingsformulier: its settings and its criteria
per work process. A used version is never changed: saving it makes the next version."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.assessment import Scale, default_cesuur, format_number
from bvmdesk.domain.enums import AssessmentKind
from bvmdesk.services.assessment_types import FormInfo, FormSpec
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.ui.admin.assessment_form_criteria import CriteriaTable
from bvmdesk.ui.admin.assessment_form_labels import (
    cesuur_text,
    kind_labels,
    required_by_default,
    scale_labels,
)
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.widgets import DialogButtons, FieldBox

if TYPE_CHECKING:
    from bvmdesk.domain.participants import FieldError
    from bvmdesk.services.assessments import AssessmentService

NOTICE_STYLE = """
QLabel#usedNotice { background: #FFF4E0; color: #7A4A00; border: 1px solid #F0C987;
                    border-radius: 4px; padding: 6px 10px; }
"""
# Fields of the service's FieldErrors and where this dialog shows them.
_FIELD_KEYS = {"code": "code", "name": "name", "naam": "name", "module": "module",
               "module_code": "module", "kind": "kind", "soort": "kind", "scale": "scale",
               "schaal": "scale", "cesuur": "cesuur"}


class FormEditorDialog(QDialog):
    """Code (fixed once made), naam, module, soort, schaal, cesuur, verplicht, toelichting
    and the criteria. `saved` carries the stored FormInfo; nothing is stored on refusal."""

    saved = Signal(object)  # FormInfo

    def __init__(self, assessments: AssessmentService, actor: Actor, form: FormInfo | None,
                 modules: Sequence[tuple[str, str]], *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessments = assessments
        self._actor = actor
        self.form = form
        self.read_only = read_only
        self.stored: FormInfo | None = None
        self._required_touched = False
        self.setStyleSheet(NOTICE_STYLE)
        self.setWindowTitle(self._title())
        self.fields: dict[str, FieldBox] = {}

        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(self.tr("Bijvoorbeeld: LAS-135-1"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.module_combo = QComboBox()
        self.module_combo.setEditable(True)  # a module code may be typed
        self.module_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in modules:
            self.module_combo.addItem(f"{code} · {name}" if name else code, code)
        self.module_combo.setCurrentIndex(-1)
        module_edit = self.module_combo.lineEdit()
        assert module_edit is not None
        module_edit.setPlaceholderText(self.tr("Kies of typ een modulecode"))
        self.kind_combo = QComboBox()
        for value, words in kind_labels().items():
            self.kind_combo.addItem(words, value)
        self.scale_combo = QComboBox()
        for value, words in scale_labels(long=True).items():
            self.scale_combo.addItem(words, value)
        self.cesuur_edit = QLineEdit()
        self.cesuur_edit.setFixedWidth(max(120, self.cesuur_edit.fontMetrics().horizontalAdvance(
            self.tr("standaard {value}").format(value="5,55")) + 28))
        self.cesuur_hint = QLabel()
        self.cesuur_hint.setObjectName("muted")
        self.cesuur_hint.setWordWrap(True)
        cesuur_row = QWidget()
        row = QHBoxLayout(cesuur_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cesuur_edit)
        row.addWidget(self.cesuur_hint, 1)
        self.required_check = QCheckBox(self.tr("Verplicht: telt mee voor het certificaat "
                                                "van de module"))
        self.reasons_check = QCheckBox(self.tr("Toelichting verplicht bij O, G en NA"))
        self.reasons_check.setChecked(True)
        for key, editor in (("code", self.code_edit), ("name", self.name_edit),
                            ("module", self.module_combo), ("kind", self.kind_combo),
                            ("scale", self.scale_combo), ("cesuur", cesuur_row)):
            self.fields[key] = FieldBox(editor)
        for combo in (self.module_combo, self.kind_combo, self.scale_combo):
            # A long module name must not push the Naam column narrow: both halves share.
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        labels = (("code", self.tr("&Code")), ("name", self.tr("&Naam")),
                  ("module", self.tr("&Module")), ("kind", self.tr("&Soort")),
                  ("scale", self.tr("Sc&haal")), ("cesuur", self.tr("C&esuur")))
        for index, (key, text) in enumerate(labels):
            label = QLabel(text)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text))
            label.setBuddy(self.fields[key].editor if key != "cesuur" else self.cesuur_edit)
            r, c = divmod(index, 2)
            grid.addWidget(label, r, c * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.fields[key], r, c * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        checks = QHBoxLayout()
        checks.setSpacing(24)
        checks.addWidget(self.required_check)
        checks.addWidget(self.reasons_check)
        checks.addStretch(1)

        self.used_notice = QLabel()
        self.used_notice.setObjectName("usedNotice")
        self.used_notice.setWordWrap(True)
        self.used_notice.hide()

        criteria_title = QLabel(self.tr("Criteria per werkproces"))
        criteria_title.setObjectName("sectionTitle")
        self.criteria = CriteriaTable()
        self.criteria.setMinimumHeight(200)
        self.add_button = QPushButton(self.tr("Criterium toevoegen"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.add_process_button = QPushButton(self.tr("Werkproces toevoegen"))
        self.up_button = QPushButton(self.tr("Omhoog"))
        self.down_button = QPushButton(self.tr("Omlaag"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setToolTip(self.tr("Delete"))
        tools = QHBoxLayout()
        tools.setSpacing(8)
        for button in (self.add_button, self.add_process_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            tools.addWidget(button)
        self.keys_hint = QLabel(self.tr("Enter: cel wijzigen · Ctrl+N: nieuw criterium · "
                                        "Delete: regel weg · spatie: kritisch aan of uit"))
        self.keys_hint.setObjectName("muted")

        self.buttons = DialogButtons(self, self.tr("Opslaan"))
        self.buttons.save_button.clicked.connect(self.save)
        for button in (self.add_button, self.add_process_button, self.up_button,
                       self.down_button, self.remove_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(grid)
        layout.addLayout(checks)
        layout.addWidget(self.used_notice)
        layout.addWidget(criteria_title)
        layout.addWidget(self.criteria, 1)
        layout.addLayout(tools)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)

        QShortcut(QKeySequence("Ctrl+N"), self, self._on_add_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.add_process_button.clicked.connect(self.criteria.add_work_process)
        self.up_button.clicked.connect(lambda: self.criteria.move_current(-1))
        self.down_button.clicked.connect(lambda: self.criteria.move_current(1))
        self.remove_button.clicked.connect(self.criteria.remove_current)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.scale_combo.currentIndexChanged.connect(
            self._on_scale_combo_current_index_changed)
        self.required_check.clicked.connect(self._on_required_check_clicked)
        self._fill(form)
        self.setTabOrder(self.code_edit, self.name_edit)
        self.setTabOrder(self.name_edit, self.module_combo)
        self.setTabOrder(self.module_combo, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.scale_combo)
        self.setTabOrder(self.scale_combo, self.cesuur_edit)
        self.setTabOrder(self.cesuur_edit, self.required_check)
        self.setTabOrder(self.required_check, self.reasons_check)
        self.setTabOrder(self.reasons_check, self.criteria)
        if read_only:
            self._make_read_only()
        (self.name_edit if form is not None else self.code_edit).setFocus()
        screen = self.screen().availableGeometry()
        self.resize(min(1000, screen.width() - 40), min(700, screen.height() - 60))

    # --- filling -------------------------------------------------------------------------
    def _title(self) -> str:
        if self.form is None:
            return self.tr("Nieuw beoordelingsformulier")
        if self.read_only:
            return self.tr("Beoordelingsformulier {code} (versie {version})").format(
                code=self.form.code, version=self.form.version)
        return self.tr("Beoordelingsformulier {code} wijzigen (versie {version})").format(
            code=self.form.code, version=self.form.version)

    def _fill(self, form: FormInfo | None) -> None:
        if form is None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(
                AssessmentKind.ASSIGNMENT.value))
            self.required_check.setChecked(required_by_default(self.kind))
            self._on_scale_combo_current_index_changed(0)
            return
        self.code_edit.setText(form.code)
        self.code_edit.setReadOnly(True)
        self.code_edit.setToolTip(self.tr("De code van een formulier ligt vast."))
        self.name_edit.setText(form.name)
        index = self.module_combo.findData(form.module_code)
        if index < 0 and form.module_code:
            self.module_combo.addItem(form.module_code, form.module_code)
            index = self.module_combo.count() - 1
        self.module_combo.setCurrentIndex(index)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(form.kind)))
        self.scale_combo.setCurrentIndex(max(0, self.scale_combo.findData(form.scale)))
        self._on_scale_combo_current_index_changed(0)
        self.cesuur_edit.setText(cesuur_text(form.cesuur))
        self.required_check.setChecked(form.required)
        self._required_touched = True  # a stored choice is the user's
        self.reasons_check.setChecked(form.reasons_required)
        self.criteria.set_criteria(form.criteria)
        if form.used and not self.read_only:
            self.used_notice.setText(self.tr(
                "Dit formulier is al gebruikt; opslaan maakt versie {next}. Beoordelingen "
                "houden hun versie.").format(next=form.version + 1))
            self.used_notice.show()

    def _make_read_only(self) -> None:
        for edit in (self.code_edit, self.name_edit, self.cesuur_edit):
            edit.setReadOnly(True)
        for widget in (self.module_combo, self.kind_combo, self.scale_combo,
                       self.required_check, self.reasons_check, self.add_button,
                       self.add_process_button, self.up_button, self.down_button,
                       self.remove_button):
            widget.setEnabled(False)
        self.criteria.set_read_only(True)
        self.keys_hint.hide()
        self.buttons.save_button.hide()
        self.buttons.cancel_button.setText(self.tr("Sluiten"))

    # --- reading ---------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    @property
    def scale(self) -> str:
        return str(self.scale_combo.currentData())

    def module_code(self) -> str:
        """The chosen module's code, or what was typed (its code before a ' · ')."""
        text = self.module_combo.currentText().strip()
        index = self.module_combo.findText(text)
        if index >= 0 and self.module_combo.itemData(index):
            return str(self.module_combo.itemData(index))
        return text.split(" · ")[0].strip()

    def cesuur(self) -> float | None:
        """The typed cesuur (comma or point), None when empty (the scale's default).

        Raises:
            ValueError: not a number.
        """
        text = self.cesuur_edit.text().strip().replace(",", ".").rstrip("%").strip()
        if not text or self.scale == Scale.ACCEPTABLE.value:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValueError(text) from None
        if not value.is_finite():
            raise ValueError(text)
        return float(value)

    def spec(self) -> FormSpec:
        """What the dialog holds, as the service takes it.

        Raises:
            ValueError: the cesuur is not a number.
        """
        return FormSpec(code=self.code_edit.text().strip(), name=self.name_edit.text().strip(),
                        module_code=self.module_code(), kind=self.kind, scale=self.scale,
                        criteria=self.criteria.specs(), cesuur=self.cesuur(),
                        required=self.required_check.isChecked(),
                        reasons_required=self.reasons_check.isChecked())

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.read_only:
            return False
        self._clear_errors()
        if self.criteria.state() == CriteriaTable.State.EditingState:
            self.criteria.setFocus()  # close the open editor: its text counts
            self.criteria.setCurrentCell(self.criteria.currentRow(),
                                         self.criteria.currentColumn())
        try:
            spec = self.spec()
        except ValueError:
            self.fields["cesuur"].set_error(self.tr("Schrijf een getal, bijvoorbeeld {example}.")
                                            .format(example=self._default_text()))
            self._refused()
            return False
        try:
            info = self._assessments.save_form(
                self._actor, spec, self.form.id if self.form is not None else None)
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except ServiceError as exc:
            self._show_message(str(exc))
            return False
        self.stored = info
        self.saved.emit(info)
        self.accept()
        return True

    def _clear_errors(self) -> None:
        for box in self.fields.values():
            box.set_error(None)
        self.buttons.message_label.hide()

    def _show_errors(self, errors: Sequence[FieldError]) -> None:
        rest: list[str] = []
        by_field: dict[str, list[str]] = {}
        for error in errors:
            key = _FIELD_KEYS.get(error.field)
            if key is None:
                rest.append(error.message)
            else:
                by_field.setdefault(key, []).append(error.message)
        for key, messages in by_field.items():
            self.fields[key].set_error(" ".join(messages))
        self._refused(rest)

    def _refused(self, messages: Sequence[str] = ()) -> None:
        marked = any(box.error for box in self.fields.values())
        if not messages:
            text = self.tr("Niet opgeslagen: verbeter wat in rood staat. Er is niets gewijzigd.")
        elif marked:
            text = self.tr("Niet opgeslagen: verbeter wat in rood staat. {problems} Er is "
                           "niets gewijzigd.").format(problems=" ".join(messages))
        else:
            text = self.tr("Niet opgeslagen: {problems} Er is niets gewijzigd.").format(
                problems=" ".join(messages))
        self._show_message(text)

    def _show_message(self, text: str) -> None:
        set_form_message(self.buttons.message_label, text, "formError")
        self.buttons.message_label.show()

    def _default_text(self) -> str:
        return format_number(default_cesuur(Scale(self.scale)), 2)

    # --- slots -----------------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        if not self.read_only:
            self.criteria.add_criterion()

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        if not self._required_touched:
            self.required_check.setChecked(required_by_default(self.kind))

    def _on_required_check_clicked(self) -> None:
        self._required_touched = True

    def _on_scale_combo_current_index_changed(self, _index: int) -> None:
        scale = Scale(self.scale)
        if scale is Scale.ACCEPTABLE:
            self.cesuur_edit.clear()
            self.cesuur_edit.setEnabled(False)
            self.cesuur_edit.setPlaceholderText("")
            self.cesuur_hint.setText(self.tr("geen: elk criterium moet A zijn"))
            return
        self.cesuur_edit.setEnabled(not self.read_only)
        default = self._default_text()
        self.cesuur_edit.setPlaceholderText(self.tr("standaard {value}").format(value=default))
        if scale is Scale.OVG:
            self.cesuur_hint.setText(self.tr("% van het gewicht V of G"))
        else:
            self.cesuur_hint.setText(self.tr("laagste voldoende cijfer"))
