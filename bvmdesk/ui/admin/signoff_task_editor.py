"""The dialog that makes or changes a sign-off task: module, code, omschrijving, werkproces
(one of the module's, or a new code with its name) and verplicht."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.services.signoff_types import TaskInfo, TaskSpec
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.widgets import DialogButtons, FieldBox

if TYPE_CHECKING:
    from bvmdesk.domain.participants import FieldError
    from bvmdesk.services.signoff_tasks import SignOffTaskService

# Fields of the service's FieldErrors and where this dialog shows them.
_FIELD_KEYS = {"module": "module", "module_code": "module", "code": "code",
               "description": "description", "omschrijving": "description",
               "work_process": "work_process", "werkproces": "work_process",
               "work_process_name": "work_process_name", "werkproces_naam": "work_process_name"}
WorkProcesses = Callable[[str], Sequence[tuple[str, str]]]


class SignOffTaskEditor(QDialog):
    """`saved` carries the stored TaskInfo; nothing is stored on refusal. Read-only for
    whoever may not change modules (and for an archived task)."""

    saved = Signal(object)  # TaskInfo

    def __init__(self, tasks: SignOffTaskService, actor: Actor, task: TaskInfo | None,
                 modules: Sequence[tuple[str, str]], work_processes: WorkProcesses, *,
                 module_code: str | None = None, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._actor = actor
        self._work_processes = work_processes
        self.task = task
        self.read_only = read_only
        self.stored: TaskInfo | None = None
        self.fields: dict[str, FieldBox] = {}
        self.setWindowTitle(self._title())

        self.module_combo = QComboBox()
        for code, name in modules:
            self.module_combo.addItem(f"{code} · {name}" if name else code, code)
        self.module_combo.setMinimumContentsLength(24)
        self.module_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(self.tr("Bijvoorbeeld: AT01"))
        self.description_edit = QLineEdit()
        self.description_edit.setMaxLength(500)
        self.description_edit.setPlaceholderText(self.tr(
            "Wat de praktijkopleider aftekent, bijvoorbeeld: Last een hoeknaad in positie PB"))
        self.process_combo = QComboBox()
        self.process_combo.setEditable(True)   # a new work process code may be typed
        self.process_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        process_edit = self.process_combo.lineEdit()
        assert process_edit is not None
        process_edit.setMaxLength(20)
        process_edit.setPlaceholderText(self.tr("Geen (of typ een code, zoals B1-K1-W1)"))
        self.process_name_edit = QLineEdit()
        self.process_name_edit.setMaxLength(200)
        self.process_name_edit.setPlaceholderText(self.tr("Naam van een nieuw werkproces"))
        self.required_check = QCheckBox(self.tr("Verplicht: nodig voor de praktijkverklaring"))
        self.required_check.setChecked(True)
        for key, editor in (("module", self.module_combo), ("code", self.code_edit),
                            ("description", self.description_edit),
                            ("work_process", self.process_combo),
                            ("work_process_name", self.process_name_edit)):
            self.fields[key] = FieldBox(editor)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        labels = (("module", self.tr("&Module")), ("code", self.tr("&Code")),
                  ("description", self.tr("&Omschrijving")),
                  ("work_process", self.tr("&Werkproces")),
                  ("work_process_name", self.tr("Naam &werkproces")))
        for row, (key, text) in enumerate(labels):
            label = QLabel(text)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text) + 8)
            label.setBuddy(self.fields[key].editor)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.fields[key], row, 1)
        grid.addWidget(self.required_check, len(labels), 1)
        grid.setColumnStretch(1, 1)
        self.process_hint = QLabel()
        self.process_hint.setObjectName("muted")
        self.process_hint.setWordWrap(True)
        self.buttons = DialogButtons(self, self.tr("Opslaan"))
        self.buttons.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.process_hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)

        self.module_combo.currentIndexChanged.connect(self._on_module_combo_changed)
        self.process_combo.currentTextChanged.connect(self._on_process_text_changed)
        self._fill(task, module_code)
        if read_only:
            self._make_read_only()
        (self.description_edit if task is not None else self.code_edit).setFocus()
        self.resize(640, self.sizeHint().height())

    def _title(self) -> str:
        if self.task is None:
            return self.tr("Nieuwe aftekentaak")
        if self.read_only:
            return self.tr("Aftekentaak {code}").format(code=self.task.code)
        return self.tr("Aftekentaak {code} wijzigen").format(code=self.task.code)

    def _fill(self, task: TaskInfo | None, module_code: str | None) -> None:
        chosen = task.module if task is not None else module_code
        index = self.module_combo.findData(chosen) if chosen else -1
        if index < 0 and task is not None:
            self.module_combo.addItem(f"{task.module} · {task.module_name}", task.module)
            index = self.module_combo.count() - 1
        self.module_combo.setCurrentIndex(max(0, index))
        self._fill_processes()
        if task is None:
            self._on_process_text_changed(self.process_combo.currentText())
            return
        # The module of a task stays: its sign-offs belong to that module's enrolments.
        self.module_combo.setEnabled(False)
        self.module_combo.setToolTip(self.tr("De module van een taak ligt vast."))
        self.code_edit.setText(task.code)
        self.description_edit.setText(task.description)
        if task.work_process:
            found = self.process_combo.findData(task.work_process)
            if found < 0:
                self.process_combo.addItem(self._process_label(
                    task.work_process, task.work_process_name), task.work_process)
                found = self.process_combo.count() - 1
            self.process_combo.setCurrentIndex(found)
        else:
            self.process_combo.setCurrentIndex(-1)
        self.required_check.setChecked(task.required)
        self._on_process_text_changed(self.process_combo.currentText())

    @staticmethod
    def _process_label(code: str, name: str | None) -> str:
        return f"{code} · {name}" if name and name != code else code

    def _fill_processes(self) -> None:
        self.process_combo.blockSignals(True)
        self.process_combo.clear()
        module = self.module_code()
        for code, name in (self._work_processes(module) if module else ()):
            self.process_combo.addItem(self._process_label(code, name), code)
        self.process_combo.setCurrentIndex(-1)   # empty: no work process
        self.process_combo.blockSignals(False)

    def _make_read_only(self) -> None:
        for edit in (self.code_edit, self.description_edit, self.process_name_edit):
            edit.setReadOnly(True)
        for widget in (self.module_combo, self.process_combo, self.required_check):
            widget.setEnabled(False)
        self.buttons.save_button.hide()
        self.buttons.cancel_button.setText(self.tr("Sluiten"))

    # --- reading ---------------------------------------------------------------------------
    def module_code(self) -> str:
        return str(self.module_combo.currentData() or "")

    def work_process(self) -> str | None:
        """The chosen work process's code, a typed new code, or None (left empty)."""
        text = self.process_combo.currentText().strip()
        index = self.process_combo.findText(text)
        if index >= 0:
            return str(self.process_combo.itemData(index))
        return text.split(" · ")[0].strip().upper() or None

    def is_new_process(self) -> bool:
        code = self.work_process()
        return code is not None and self.process_combo.findData(code) < 0

    def spec(self) -> TaskSpec:
        name = self.process_name_edit.text().strip()
        return TaskSpec(module=self.module_code(), code=self.code_edit.text().strip(),
                        description=self.description_edit.text().strip(),
                        work_process=self.work_process(),
                        work_process_name=name if self.is_new_process() and name else None,
                        required=self.required_check.isChecked())

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.read_only:
            return False
        for box in self.fields.values():
            box.set_error(None)
        self.buttons.message_label.hide()
        try:
            info = self._tasks.save_task(self._actor, self.spec(),
                                         self.task.id if self.task is not None else None)
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
        first = next((self.fields[k].editor for k in self.fields if k in by_field), None)
        if first is not None:
            first.setFocus()
        self._show_message(" ".join(rest) if rest else self.tr(
            "Verbeter de velden met een melding; er is niets opgeslagen."))

    def _show_message(self, text: str) -> None:
        set_form_message(self.buttons.message_label, text, "formError")
        self.buttons.message_label.show()

    # --- slots -----------------------------------------------------------------------------
    def _on_module_combo_changed(self, _index: int) -> None:
        self._fill_processes()
        self._on_process_text_changed(self.process_combo.currentText())

    def _on_process_text_changed(self, _text: str) -> None:
        new = self.is_new_process()
        self.process_name_edit.setEnabled(new and not self.read_only)
        if new:
            self.process_hint.setText(self.tr(
                "Werkproces {code} is nieuw voor deze module: het wordt bij het opslaan "
                "toegevoegd, met de naam hierboven (of anders de code).").format(
                    code=self.work_process()))
        else:
            self.process_hint.setText("")
