"""The sign-off tasks of one enrolment: code, description, werkproces, verplicht and state,
and under the list the history of the selected task (withdrawals with their reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.signoff import METHOD_WORDS
from bvmdesk.services.signoff_types import SignOffInfo, TaskState
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.theme import MUTED, SUCCESS

translate = QCoreApplication.translate

CONTEXT = "SignOffTasks"



def method_text(info: SignOffInfo) -> str:
    """`scherm`, `op papier, vastgelegd door Petra Bakker` or `geïmporteerd`."""
    if info.imported:
        return translate("SignOffTasks", "geïmporteerd")
    if info.method == "paper":
        return translate("SignOffTasks", "op papier, vastgelegd door {name}").format(
            name=info.recorded_by_name or info.recorded_by)
    return METHOD_WORDS.get(info.method, info.method)


def state_text(state: TaskState, *, full: bool = False) -> str:
    """`Afgetekend 12-10-2026 door Piet Praktijk (scherm)` (`papier`; with `full` `op papier,
    vastgelegd door Petra Bakker`), or `Open`."""
    current = state.current
    if current is None:
        return translate("SignOffTasks", "Open")
    if full or current.imported:
        method = method_text(current)
    else:
        method = METHOD_WORDS.get(current.method, current.method)
    return translate("SignOffTasks", "Afgetekend {date} door {trainer} ({method})").format(
        date=f"{current.day:%d-%m-%Y}", trainer=current.trainer, method=method)


def short_state_text(state: TaskState) -> str:
    """The state as the narrow column shows it: `✓ 12-10-2026 · Piet Praktijk · scherm` or
    `Open` (the whole sentence is the tooltip)."""
    current = state.current
    if current is None:
        return translate("SignOffTasks", "Open")
    method = (translate("SignOffTasks", "geïmporteerd") if current.imported
              else METHOD_WORDS.get(current.method, current.method))
    return f"✓ {current.day:%d-%m-%Y} · {current.trainer} · {method}"


def history_line(info: SignOffInfo) -> str:
    """One line of a task's history, a sign-off or a withdrawal."""
    moment = to_local(info.recorded_at)
    recorded = f"{moment:%d-%m-%Y %H:%M}"
    who = info.recorded_by_name or info.recorded_by
    if info.is_withdrawal:
        return translate(
            "SignOffTasks", "{moment}: ingetrokken door {who}. Reden: {reason}").format(
            moment=recorded, who=who, reason=info.reason or "")
    # The short method word: "vastgelegd door" follows anyway.
    method = (translate("SignOffTasks", "geïmporteerd") if info.imported
              else METHOD_WORDS.get(info.method, info.method))
    line = translate(
        "SignOffTasks", "{date}: afgetekend door {trainer} ({method}), vastgelegd door {who} op "
                        "{moment}").format(date=f"{info.day:%d-%m-%Y}", trainer=info.trainer,
                                           method=method, who=who, moment=recorded)
    if info.card_code:
        line += translate("SignOffTasks", ", kaart {code}").format(code=info.card_code)
    if info.evidence_attachment_id is not None:
        line += translate("SignOffTasks", ", met foto van de kaart")
    if info.remark:
        line += translate("SignOffTasks", ". Opmerking: {remark}").format(remark=info.remark)
    if info.withdrawn_by is not None:
        line += translate("SignOffTasks", " (ingetrokken)")
    return line


def task_columns() -> list[Column[TaskState]]:
    return [
        Column(translate("SignOffTasks", "Code"), lambda t: t.task.code, 70),
        Column(translate("SignOffTasks", "Omschrijving"),
               lambda t: t.task.description + (translate(
                   "SignOffTasks", " (vervallen)") if t.task.archived else ""),
               tooltip=lambda t: t.task.description),
        Column(translate("SignOffTasks", "Werkproces"), lambda t: t.task.work_process or "", 116,
               tooltip=lambda t: t.task.work_process_name or t.task.work_process),
        Column(translate("SignOffTasks", "Verplicht"),
               lambda t: (translate("SignOffTasks", "ja") if t.task.required
                          else translate("SignOffTasks", "nee")), 92),
        Column(translate("SignOffTasks", "Status"), short_state_text, 316,
               colour=lambda t: SUCCESS if t.current is not None else MUTED,
               tooltip=lambda t: state_text(t, full=True)),
    ]


class TasksView(QWidget):
    """The task list of an enrolment; `current_changed(TaskState | None)` on selection."""

    current_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: RowTable[TaskState] = RowTable(task_columns(), sortable=False)
        self.table.setObjectName("signoffTasks")
        self.table.setSelectionMode(RowTable.SelectionMode.ExtendedSelection)
        self.history_title = QLabel(self.tr("Geschiedenis"))
        self.history_title.setObjectName("sectionTitle")
        self.history_label = QLabel()
        self.history_label.setObjectName("signoffHistory")
        self.history_label.setWordWrap(True)
        self.history_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history_label.setContentsMargins(8, 8, 8, 8)
        history = QScrollArea()
        history.setObjectName("signoffHistoryArea")
        history.setWidgetResizable(True)
        history.setWidget(self.history_label)
        history.setFixedHeight(130)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.history_title)
        layout.addWidget(history)
        self.table.current_changed.connect(self._on_table_current_changed)
        # A mouse click moves the current row before it selects it: say it again once the
        # selection follows, so that the page's buttons see the chosen task.
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._show_history(None)

    def set_tasks(self, tasks: tuple[TaskState, ...] | list[TaskState]) -> None:
        """Show `tasks`, keeping the selected task selected where it still is."""
        current = self.current()
        keep = current.task.id if current is not None else None
        self.table.set_rows(list(tasks))
        rows = self.table.table_model.rows()
        index = next((i for i, t in enumerate(rows) if t.task.id == keep), 0)
        if rows:
            self.table.select_row(index)
        else:
            self._show_history(None)

    def tasks(self) -> list[TaskState]:
        return self.table.table_model.rows()

    def current(self) -> TaskState | None:
        return self.table.current_item()

    def selected(self) -> list[TaskState]:
        """The selected tasks (several with Shift or Ctrl), in list order."""
        model = self.table.table_model
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [t for t in (model.row_at(r) for r in rows) if t is not None]

    def _show_history(self, state: TaskState | None) -> None:
        if state is None:
            self.history_label.setText(self.tr("Kies een taak om te zien wie wat aftekende."))
            return
        if not state.history:
            self.history_label.setText(self.tr("{code}: nog niet afgetekend.").format(
                code=state.task.code))
            return
        lines = [history_line(info) for info in state.history]
        self.history_label.setText(f"{state.task.code} {state.task.description}\n"
                                   + "\n".join(f"• {line}" for line in lines))

    def _on_selection_changed(self, *_args: object) -> None:
        self.current_changed.emit(self.current())

    def _on_table_current_changed(self, item: TaskState | None) -> None:
        self._show_history(item)
        self.current_changed.emit(item)
