"""Beheer > Aftekentaken: what a praktijkopleider signs off, per module. New, change,
archive and restore for administrators (EDIT_MODULES); instructors see the list read-only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import TaskInfo
from bvmdesk.ui.admin.signoff_task_editor import SignOffTaskEditor
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.section_card import CARD_STYLE, SectionCard, confirm

if TYPE_CHECKING:
    from bvmdesk.services.signoff_tasks import SignOffTaskService

MUTED = "#5F6B7A"


def _yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return (QCoreApplication.translate("SignOffTasksPanel", "ja") if value
            else QCoreApplication.translate("SignOffTasksPanel", "nee"))


def task_used(task: TaskInfo) -> bool:
    """Whether the task has sign-offs (or withdrawals)."""
    return task.used


class SignOffTasksPanel(QWidget):
    """The tasks of one module (or all), archived ones on request."""

    def __init__(self, tasks: SignOffTaskService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._actor = actor
        self._loaded = False
        self.tasks: list[TaskInfo] = []
        self.editable = actor.may(Permission.EDIT_MODULES)
        self.editor: SignOffTaskEditor | None = None
        # Replaced in tests: the question before archiving.
        self.confirm: Callable[[str, str], bool] = lambda text, action: confirm(
            self, text, action)
        self.setStyleSheet(CARD_STYLE)

        title = QLabel(self.tr("Aftekentaken"))
        title.setObjectName("sectionTitle")
        explanation = QLabel(self.tr(
            "Wat de praktijkopleider per module aftekent, op het scherm of op de aftekenkaart. "
            "Een inschrijving met leerbedrijf en praktijkopleider krijgt de taken van haar "
            "module. Een gearchiveerde taak wordt niet meer aangeboden; wat al is afgetekend, "
            "blijft staan."))
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        self.module_combo = QComboBox()
        self.module_combo.setMinimumContentsLength(24)
        self.module_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.archived_check = QCheckBox(self.tr("Gearchiveerde tonen"))
        self.new_button = QPushButton(self.tr("Nieuwe taak"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(QLabel(self.tr("Module")))
        filters.addWidget(self.module_combo, 1)
        filters.addWidget(self.archived_check)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.new_button)

        self.table: RowTable[TaskInfo] = RowTable([
            Column(self.tr("Module"), lambda t: t.module, width=110,
                   tooltip=lambda t: f"{t.module} · {t.module_name}"),
            Column(self.tr("Code"), lambda t: t.code, width=90, bold=True),
            Column(self.tr("Omschrijving"), lambda t: t.description + (
                self.tr(" (gearchiveerd)") if t.archived else ""),
                colour=lambda t: MUTED if t.archived else None,
                tooltip=lambda t: t.description),
            Column(self.tr("Werkproces"), lambda t: t.work_process or "—", width=110,
                   tooltip=lambda t: t.work_process_name),
            Column(self.tr("Verplicht"), lambda t: _yes_no(t.required), width=86),
            Column(self.tr("In gebruik"), lambda t: _yes_no(task_used(t)), width=96),
        ])
        self.card = SectionCard(self.tr("Taken"), self.table)
        self.edit_button = QPushButton(self.tr("Wijzigen…") if self.editable
                                       else self.tr("Bekijken…"))
        self.archive_button = QPushButton(self.tr("Archiveren…"))
        for button in (self.edit_button, self.archive_button):
            self.card.add_button(button)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(explanation)
        layout.addLayout(filters)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.message_label)

        self.new_button.setEnabled(self.editable)
        self.archive_button.setVisible(self.editable)
        if not self.editable:
            self.new_button.setToolTip(self.tr("Alleen een beheerder wijzigt aftekentaken."))
        self.module_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.archived_check.toggled.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self.new_task)
        self.edit_button.clicked.connect(self.edit_current)
        self.archive_button.clicked.connect(self.archive_current)
        self.table.row_activated.connect(lambda _item: self.edit_current())
        self.table.current_changed.connect(self._on_table_current_changed)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_task,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._on_table_current_changed(None)

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def modules(self) -> list[tuple[str, str]]:
        try:
            return self._tasks.modules(self._actor)
        except ServiceError:
            return []

    def work_processes(self, module_code: str) -> list[tuple[str, str]]:
        """(code, name) of the module's work processes."""
        try:
            return self._tasks.work_processes(self._actor, module_code)
        except ServiceError:
            return []

    def refresh(self, select_id: object | None = None) -> None:
        """Read the tasks again (keeping the selection, or selecting `select_id`)."""
        current = self.table.current_item()
        select_id = select_id or (current.id if current is not None else None)
        self._fill_module_filter()
        try:
            self.tasks = self._tasks.list_tasks(
                self._actor, module_code=self.module_combo.currentData(),
                include_archived=self.archived_check.isChecked())
        except ServiceError as exc:
            self.tasks = []
            self.show_message(str(exc), error=True)
        self.table.set_rows(self.tasks)
        if self.tasks:
            self.card.show_table(len(self.tasks))
        elif self.module_combo.currentData():
            self.card.show_message(self.tr(
                "Deze module heeft nog geen aftekentaken. Maak er een met ‘Nieuwe taak’."),
                count=0)
        else:
            self.card.show_message(self.tr(
                "Nog geen aftekentaken. Maak er een met ‘Nieuwe taak’."), count=0)
        rows = self.table.table_model.rows()
        index = next((i for i, t in enumerate(rows) if t.id == select_id), 0)
        self.table.select_row(index)
        self._on_table_current_changed(self.table.current_item())

    def _fill_module_filter(self) -> None:
        chosen = self.module_combo.currentData()
        self.module_combo.blockSignals(True)
        self.module_combo.clear()
        self.module_combo.addItem(self.tr("Alle modules"), None)
        for code, name in self.modules():
            self.module_combo.addItem(f"{code} · {name}" if name else code, code)
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(chosen)))
        self.module_combo.blockSignals(False)

    # --- actions ---------------------------------------------------------------------------
    def selected(self) -> TaskInfo | None:
        return self.table.current_item()

    def new_task(self) -> SignOffTaskEditor | None:
        if not self.editable:
            return None
        return self._open_editor(None)

    def edit_current(self) -> SignOffTaskEditor | None:
        task = self.selected()
        if task is None:
            self.show_message(self.tr("Kies eerst een taak in de lijst."), error=True)
            return None
        return self._open_editor(task, read_only=not self.editable or task.archived)

    def _open_editor(self, task: TaskInfo | None, *, read_only: bool = False
                     ) -> SignOffTaskEditor:
        self.editor = SignOffTaskEditor(
            self._tasks, self._actor, task, self.modules(), self.work_processes,
            module_code=self.module_combo.currentData(), read_only=read_only, parent=self)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.open()
        return self.editor

    def archive_current(self) -> bool:
        """Archive the selected task (asked first), or put an archived one back."""
        task = self.selected()
        if task is None or not self.editable:
            return False
        try:
            if task.archived:
                self._tasks.restore_task(self._actor, task.id)
                text = self.tr("Taak {code} van {module} is teruggezet.")
            else:
                if not self.confirm(self.tr(
                        "Aftekentaak {code} ({description}) van {module} archiveren? Ze wordt "
                        "niet meer aangeboden en komt niet meer op nieuwe aftekenkaarten; wat "
                        "al is afgetekend, blijft staan.").format(
                            code=task.code, description=task.description, module=task.module),
                        self.tr("Archiveren")):
                    return False
                self._tasks.archive_task(self._actor, task.id)
                text = self.tr("Taak {code} van {module} is gearchiveerd.")
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return False
        if not task.archived and not self.archived_check.isChecked():
            self.refresh()
        else:
            self.refresh(task.id)
        self.show_message(text.format(code=task.code, module=task.module))
        return True

    def show_message(self, text: str, *, error: bool = False) -> None:
        set_form_message(self.message_label, text,
                         ("formError" if error else "formSuccess") if text else None)

    # --- slots -----------------------------------------------------------------------------
    def _on_filter_changed(self, *_args: object) -> None:
        self.refresh()

    def _on_table_current_changed(self, item: TaskInfo | None) -> None:
        has = item is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has and self.editable)
        archived = item is not None and item.archived
        self.archive_button.setText(self.tr("Terugzetten") if archived
                                    else self.tr("Archiveren…"))
        self.edit_button.setText(self.tr("Wijzigen…") if self.editable and not archived
                                 else self.tr("Bekijken…"))

    def _on_editor_saved(self, info: TaskInfo) -> None:
        self.refresh(info.id)
        self.show_message(self.tr("Taak {code} van {module} is opgeslagen.").format(
            code=info.code, module=info.module))
