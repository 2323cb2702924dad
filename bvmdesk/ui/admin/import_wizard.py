"""Beheer > Importeren: choose a file, see every error or what will change, then Bevestigen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.exchange import ImportPlan, ImportRefused, ImportSummary
from bvmdesk.ui.admin.import_pages import ApplyPage, CheckPage, ChoosePage, DonePage, label
from bvmdesk.ui.common.file_dialogs import existing_directory, open_file_name
from bvmdesk.ui.common.messages import show_error
from bvmdesk.ui.common.reauth import confirm_identity
from bvmdesk.ui.formatting import role_label
from bvmdesk.ui.theme import MUTED
from bvmdesk.ui.workers import TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.exchange import ExchangeService

CHOOSE, CHECK, APPLY, DONE = range(4)


class ImportWizard(QWidget):
    """Four steps in one panel: Bestand kiezen, Controle, Importeren, Klaar.

    Nothing is written before Bevestigen; validating and writing run in workers with a
    progress dialog and Cancel, and a cancelled import leaves the database as it was.
    """

    imported = Signal(object)  # ImportSummary, after a successful import

    def __init__(self, exchange: ExchangeService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self._actor = actor
        self._allowed = actor.may(Permission.MANAGE_DATA)
        self._path: Path | None = None
        self._plan: ImportPlan | None = None
        self._last_dir = str(Path.home())

        title = label(self.tr("Importeren"), "sectionTitle")
        self.steps_label = label(wrap=False)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.permission_label = label(self.tr(
            "Alleen een beheerder kan gegevens importeren; u bent ingelogd als {name} "
            "({role}).").format(name=actor.name, role=role_label(actor.role)), "formError")
        self.permission_label.setVisible(not self._allowed)

        self.choose_page = ChoosePage(self._allowed)
        self.file_button, self.folder_button = (self.choose_page.file_button,
                                                self.choose_page.folder_button)
        self.path_edit = self.choose_page.path_edit
        self.choose_message = self.choose_page.choose_message
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.check_page = CheckPage()
        self.check_headline = self.check_page.check_headline
        self.error_table, self.error_detail = (self.check_page.error_table,
                                               self.check_page.error_detail)
        self.error_panel, self.copy_button = (self.check_page.error_panel,
                                              self.check_page.copy_button)
        self.summary_panel = self.check_page.summary_panel
        self.summary_table, self.summary_note = (self.check_page.summary_table,
                                                 self.check_page.summary_note)
        self.apply_page = ApplyPage()
        self.apply_message, self.apply_hint = (self.apply_page.apply_message,
                                               self.apply_page.apply_hint)
        self.done_page = DonePage()
        self.done_headline, self.done_table, self.done_note = (
            self.done_page.done_headline, self.done_page.done_table, self.done_page.done_note)
        self.stack = QStackedWidget()
        for page in (self.choose_page, self.check_page, self.apply_page, self.done_page):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("Terug"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.next_button = QPushButton(self.tr("Volgende"))
        self.next_button.setObjectName("primary")
        self.confirm_button = QPushButton(self.tr("&Bevestigen"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setToolTip(self.tr("Schrijft alles in één keer weg (Alt+B)"))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.next_button, self.confirm_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.permission_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self._on_enter_shortcut_activated)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_escape_shortcut_activated)
        self.restart()

    # --- state ---------------------------------------------------------------------------
    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def restart(self) -> None:
        """Back to step 1 with nothing chosen."""
        self._path = None
        self._plan = None
        self.path_edit.clear()
        self.choose_message.clear()
        self._show_step(CHOOSE)

    def set_path(self, path: Path | str) -> None:
        """Choose the workbook or CSV folder (the file dialogs end here)."""
        self._path = Path(path)
        self._plan = None
        self.path_edit.setText(str(self._path))
        self.choose_message.clear()
        self._show_step(CHOOSE)

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [self.tr("Bestand kiezen"), self.tr("Controle"), self.tr("Importeren"),
                 self.tr("Klaar")]
        parts = [f"<b>{i + 1}. {name}</b>" if i == step else
                 f'<span style="color:{MUTED}">{i + 1}. {name}</span>'
                 for i, name in enumerate(names)]
        self.steps_label.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        ok = self._plan is not None and self._plan.ok
        self.back_button.setVisible(step in (CHECK, APPLY))
        self.back_button.setEnabled(True)
        self.next_button.setVisible(step in (CHOOSE, DONE))
        self.next_button.setText(self.tr("Nog een bestand importeren") if step == DONE
                                 else self.tr("Volgende"))
        self.next_button.setEnabled(self._allowed and (step == DONE or self._path is not None))
        self.confirm_button.setVisible(step == CHECK)
        self.confirm_button.setEnabled(self._allowed and step == CHECK and ok)
        self.cancel_button.setVisible(step != DONE)
        self.cancel_button.setEnabled(self._allowed)

    def _show_plan(self) -> None:
        plan = self._plan
        assert plan is not None
        self.check_page.show_plan(plan)
        self._show_step(CHECK)
        (self.error_table if plan.errors else self.confirm_button).setFocus()

    def _show_check_failure(self, text: str) -> None:
        self.check_page.show_failure(text)
        self._show_step(CHECK)

    # --- validate ------------------------------------------------------------------------
    def validate(self) -> None:
        """Step 2: check the chosen file in a worker (nothing is written)."""
        if self._path is None or not self._allowed:
            return
        path, actor, exchange = self._path, self._actor, self._exchange
        self._plan = None

        def work(context: TaskContext) -> ImportPlan:
            return exchange.validate(actor, path, context.progress, context.cancelled)

        run_task(self, work, self._on_validation_finished,
                 label=self.tr("{name} wordt gecontroleerd…").format(name=path.name),
                 on_error=self._on_validation_failed,
                 on_cancelled=self._on_validation_cancelled)

    def _on_validation_finished(self, plan: ImportPlan) -> None:
        self._plan = plan
        self._show_plan()

    def _on_validation_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            show_error(self, exc)
        self._show_check_failure(self.tr(
            "Het bestand kon niet worden gecontroleerd: {reason} Er is niets gewijzigd.").format(
                reason=str(exc) if isinstance(exc, ServiceError) else self.tr(
                    "er ging iets onverwachts mis; de details staan in het logbestand.")))

    def _on_validation_cancelled(self) -> None:
        self._show_step(CHOOSE)
        self.choose_message.setText(self.tr("Controle geannuleerd; er is niets gewijzigd."))

    # --- apply ---------------------------------------------------------------------------
    def confirm(self) -> None:
        """Step 3: write the checked file in one transaction, in a worker."""
        plan = self._plan
        if plan is None or not plan.ok or not self._allowed:
            return
        if not confirm_identity(self, self.tr("importeren")):
            return  # the password was not typed again: nothing imported
        actor, exchange = self._actor, self._exchange
        self.apply_page.show_busy(plan.label)
        self._show_step(APPLY)
        for button in (self.back_button, self.cancel_button):
            button.setEnabled(False)

        def work(context: TaskContext) -> ImportSummary:
            return exchange.apply(actor, plan, context.progress, context.cancelled)

        run_task(self, work, self._on_import_finished,
                 label=self.tr("Bezig met importeren…"), on_error=self._on_import_failed,
                 on_cancelled=self._on_import_cancelled)

    def _on_import_finished(self, summary: ImportSummary) -> None:
        plan_label = self._plan.label if self._plan is not None else ""
        self._plan = None
        self.done_page.show_summary(plan_label, summary)
        self._show_step(DONE)
        self.next_button.setFocus()
        self.imported.emit(summary)

    def _on_import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused) and self._plan is not None:
            self._plan = ImportPlan(self._plan.path, self._plan.label, exc.errors, None,
                                    self._plan.parsed)
            self._show_plan()
            return
        if not isinstance(exc, ServiceError):
            show_error(self, exc)
        self._show_apply_stopped(str(exc) if isinstance(exc, ServiceError) else self.tr(
            "Het importeren is mislukt; er is niets gewijzigd."))

    def _on_import_cancelled(self) -> None:
        self._show_apply_stopped(self.tr("Geannuleerd: er is niets gewijzigd."))

    def _show_apply_stopped(self, text: str) -> None:
        self.apply_page.show_stopped(text, self._plan is not None)
        self._show_step(APPLY)

    # --- buttons and keys ----------------------------------------------------------------
    def _on_file_button_clicked(self) -> None:
        name, _ = open_file_name(
            self, self.tr("Excel-werkmap kiezen"), self._last_dir,
            self.tr("Excel-werkmap (*.xlsx)"))
        if name:
            self._last_dir = str(Path(name).parent)
            self.set_path(name)

    def _on_folder_button_clicked(self) -> None:
        name = existing_directory(
            self, self.tr("Map met CSV-bestanden kiezen"), self._last_dir)
        if name:
            self._last_dir = name
            self.set_path(name)

    def _on_next_button_clicked(self) -> None:
        if self.step == DONE:
            self.restart()
        else:
            self.validate()

    def _on_back_button_clicked(self) -> None:
        if self.step == APPLY and self._plan is not None:
            self._show_plan()
        else:
            self._plan = None
            self._show_step(CHOOSE)

    def _on_cancel_button_clicked(self) -> None:
        self.restart()

    def _on_confirm_button_clicked(self) -> None:
        self.confirm()

    def _on_enter_shortcut_activated(self) -> None:
        for button in (self.next_button, self.confirm_button):
            if button.isVisible() and button.isEnabled():
                button.click()
                return

    def _on_escape_shortcut_activated(self) -> None:
        if self.cancel_button.isVisible() and self.cancel_button.isEnabled():
            self.cancel_button.click()
