"""Beside a module's form (Beheer > Modules): its work processes (a list with Werkproces
toevoegen…, a double-click or Enter to change one, Archiveren…), the dialog that adds or
changes one, and the dialog that picks a qualification (crebo and level) from the shipped
list."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.modules import WORK_PROCESS_CODE_LENGTH, WorkProcessData
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.services.modules import WorkProcessLine
from bvmdesk.services.qualifications import Qualification
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.section_card import confirm
from bvmdesk.ui.common.widgets import DialogButtons, FieldBox
from bvmdesk.ui.icons import icon, set_clear_button

if TYPE_CHECKING:
    from bvmdesk.services.modules import ModuleService


class WorkProcessDialog(QDialog):
    """Adds a work process to a module (`process` None) or changes one; checks as you
    type, stores through the service, and shows a refusal next to its field."""

    def __init__(self, service: ModuleService, actor: Actor, module_id: uuid.UUID,
                 module_code: str, process: WorkProcessLine | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._module_id = module_id
        self.process = process
        self.stored: uuid.UUID | None = None
        if process is None:
            self.setWindowTitle(self.tr("Werkproces toevoegen aan {module}").format(
                module=module_code))
        else:
            self.setWindowTitle(self.tr("Werkproces {code} wijzigen").format(code=process.code))
        self.code_edit = QLineEdit(process.code if process else "")
        self.code_edit.setMaxLength(WORK_PROCESS_CODE_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("Zoals B1-K1-W1"))
        self.code_edit.setToolTip(self.tr(
            "De code uit het kwalificatiedossier: B1-K1-W1 (basisdeel) of P1-K1-W1 "
            "(profieldeel)."))
        self.name_edit = QLineEdit(process.name if process else "")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("Zoals: Bereidt de werkzaamheden voor"))
        self.fields = {"code": FieldBox(self.code_edit), "name": FieldBox(self.name_edit)}
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("&Code"), self.fields["code"])
        form.addRow(self.tr("&Naam"), self.fields["name"])
        self.buttons = DialogButtons(self, self.tr("Opslaan"))
        self.buttons.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        self._touched: set[str] = set()
        self.code_edit.textEdited.connect(lambda _t: self._on_edited("code"))
        self.name_edit.textEdited.connect(lambda _t: self._on_edited("name"))
        (self.name_edit if process else self.code_edit).setFocus()
        self.resize(520, self.sizeHint().height())

    def data(self) -> WorkProcessData:
        return WorkProcessData(self.code_edit.text(), self.name_edit.text())

    def _on_edited(self, key: str) -> None:
        self._touched.add(key)
        errors = {e.field: e.message for e in self._service.validate_work_process(self.data())}
        for field, box in self.fields.items():
            box.set_error(errors.get(field) if field in self._touched else None)

    def _show(self, errors: dict[str, str]) -> None:
        for field, box in self.fields.items():
            box.set_error(errors.get(field))
        first = next((f for f in self.fields if f in errors), None)
        if first is not None:
            self.fields[first].editor.setFocus()
        self.buttons.message_label.hide()

    def save(self) -> bool:
        errors = {e.field: e.message for e in self._service.validate_work_process(self.data())}
        if errors:
            self._show(errors)
            return False
        try:
            self.stored = self._service.save_work_process(
                self._actor, self._module_id, self.process.id if self.process else None,
                self.data())
        except ValidationFailed as exc:
            self._show({e.field: e.message for e in exc.errors})
            return False
        except ServiceError as exc:
            self.buttons.message_label.setText(str(exc))
            self.buttons.message_label.show()
            return False
        self.accept()
        return True


class WorkProcessList(QWidget):
    """A stored module's work processes: Code / Naam, with add, change and archive."""

    changed = Signal()  # a work process was added, changed or archived

    def __init__(self, service: ModuleService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self.module_id: uuid.UUID | None = None
        self.module_code = ""
        self.editable = False
        # Replaced in tests: the question before archiving, and how a dialog is shown.
        self.confirm: Callable[[str, str], bool] = lambda text, action: confirm(
            self, text, action)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.label = QLabel(self.tr("Werkprocessen"))
        self.label.setObjectName("sectionTitle")
        self.hint = QLabel(self.tr("dubbelklik om te wijzigen"))
        self.hint.setObjectName("muted")
        self.table: RowTable[WorkProcessLine] = RowTable([
            Column(self.tr("Code"), lambda w: w.code, width=110),
            Column(self.tr("Naam"), lambda w: w.name),
        ])
        self.table.setMinimumHeight(160)
        self.table.setToolTip(self.tr("Dubbelklik op een werkproces (of Enter) om het te "
                                      "wijzigen."))
        self.table.row_activated.connect(self.edit)
        self.table.current_changed.connect(lambda _row: self._update_buttons())
        # A click moves the current row before it selects it: look again once selected.
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_buttons())
        self.add_button = QPushButton(icon("fa6s.plus"), self.tr("Werkproces toevoegen…"))
        self.add_button.clicked.connect(self.add)
        self.archive_button = QPushButton(icon("fa6s.box-archive"), self.tr("Archiveren…"))
        self.archive_button.clicked.connect(self.archive_current)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        title = QHBoxLayout()
        title.setSpacing(8)
        title.addWidget(self.label)
        title.addStretch(1)
        title.addWidget(self.hint)
        layout.addLayout(title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

    def set_module(self, module_id: uuid.UUID | None, module_code: str) -> None:
        self.module_id, self.module_code = module_id, module_code
        set_form_message(self.message_label, "", None)
        self.reload()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._update_buttons()

    def reload(self, select: uuid.UUID | None = None) -> None:
        rows: list[WorkProcessLine] = []
        if self.module_id is not None:
            try:
                rows = self._service.work_processes(self._actor, self.module_id)
            except ServiceError as exc:
                set_form_message(self.message_label, str(exc), "formError")
        self.table.set_rows(rows)
        self.label.setText(self.tr("Werkprocessen ({n})").format(n=len(rows)))
        if select is not None:
            shown = self.table.table_model.rows()
            index = next((i for i, w in enumerate(shown) if w.id == select), -1)
            self.table.select_row(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.current_item() is not None
        self.add_button.setVisible(self.editable)
        self.archive_button.setVisible(self.editable)
        self.hint.setVisible(self.editable)
        self.archive_button.setEnabled(chosen)

    def add(self) -> None:
        self._open(None)

    def edit(self, process: WorkProcessLine | None) -> None:
        if process is not None:
            self._open(process)

    def _open(self, process: WorkProcessLine | None) -> None:
        if not self.editable or self.module_id is None:
            return
        dialog = WorkProcessDialog(self._service, self._actor, self.module_id,
                                   self.module_code, process, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.stored is None:
            return
        code = dialog.data().code.strip().upper()
        text = (self.tr("Werkproces {code} is toegevoegd.") if process is None
                else self.tr("Werkproces {code} is gewijzigd.")).format(code=code)
        self.reload(select=dialog.stored)
        set_form_message(self.message_label, text, "formSuccess")
        self.changed.emit()

    def archive_current(self) -> None:
        process = self.table.current_item()
        if process is None or not self.editable:
            return
        if not self.confirm(self.tr("Werkproces {code} archiveren? Het verdwijnt uit de "
                                    "keuzes van beoordelingsformulieren en aftekentaken.")
                            .format(code=process.code), self.tr("Archiveren")):
            return
        try:
            self._service.archive_work_process(self._actor, process.id)
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return
        self.reload()
        set_form_message(self.message_label, self.tr("Werkproces {code} is gearchiveerd.")
                         .format(code=process.code), "formSuccess")
        self.changed.emit()


class QualificationDialog(QDialog):
    """Pick a qualification (crebo, name, level) from the shipped list; search as you
    type; Enter or a double-click picks the selected one."""

    def __init__(self, qualifications: list[Qualification],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kies een kwalificatie"))
        self.chosen: Qualification | None = None
        self._all = qualifications
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoek op crebo, naam of dossier"))
        set_clear_button(self.search_edit)
        self.search_edit.textChanged.connect(self._filter)
        self.table: RowTable[Qualification] = RowTable([
            Column(self.tr("Crebo"), lambda q: q.crebo, width=80),
            Column(self.tr("Kwalificatie"), lambda q: q.name),
            Column(self.tr("Niveau"), lambda q: str(q.level), width=70,
                   sort_key=lambda q: q.level, right=True),
            Column(self.tr("Dossier"), lambda q: q.dossier, width=200),
        ])
        self.table.row_activated.connect(self._pick)
        self.buttons = DialogButtons(self, self.tr("Kiezen"))
        self.buttons.save_button.clicked.connect(lambda: self._pick(self.table.current_item()))
        note = QLabel(self.tr("Vult de crebocode en het niveau in, en de naam als die nog leeg "
                              "is."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        self._filter("")
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(720, 480)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        self.table.set_rows([q for q in self._all
                             if needle in f"{q.crebo} {q.name} {q.dossier}".casefold()])
        if self.table.table_model.rowCount():
            self.table.select_row(0)

    def _pick(self, qualification: Qualification | None) -> None:
        if qualification is None:
            self.buttons.message_label.setText(self.tr("Kies eerst een kwalificatie."))
            self.buttons.message_label.show()
            return
        self.chosen = qualification
        self.accept()
