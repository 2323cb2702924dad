"""Beheer > Importeren: choose a file, see every error or what will change, then Bevestigen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.exchange import ImportPlan, ImportRefused, ImportSummary
from bvmdesk.ui.admin.import_results import ErrorTable, SummaryTable
from bvmdesk.ui.common.file_dialogs import existing_directory, open_file_name
from bvmdesk.ui.common.messages import show_error
from bvmdesk.ui.formatting import format_count, role_label
from bvmdesk.ui.theme import MUTED
from bvmdesk.ui.workers import TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.exchange import ExchangeService

CHOOSE, CHECK, APPLY, DONE = range(4)


def _label(text: str = "", name: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


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

        title = _label(self.tr("Importeren"), "sectionTitle")
        self.steps_label = _label(wrap=False)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.permission_label = _label(self.tr(
            "Alleen een beheerder kan gegevens importeren; u bent ingelogd als {name} "
            "({role}).").format(name=actor.name, role=role_label(actor.role)), "formError")
        self.permission_label.setVisible(not self._allowed)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_choose_page())
        self.stack.addWidget(self._build_check_page())
        self.stack.addWidget(self._build_apply_page())
        self.stack.addWidget(self._build_done_page())

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

    # --- pages ---------------------------------------------------------------------------
    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        intro = _label(self.tr(
            "Kies een Excel-werkmap (.xlsx) of een map met CSV-bestanden. De bladen heten "
            "Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, "
            "Inschrijvingen, Lessen, Presentie en Vakanties, met vaste kolomkoppen; een "
            "bestand mag ook maar een deel van de bladen bevatten. Eerst wordt alles "
            "gecontroleerd; er verandert pas iets als u op Bevestigen klikt."))
        hint = _label(self.tr(
            "Tip: begin met een leeg sjabloon (Beheer → Exporteren → Leeg sjabloon "
            "opslaan…). Dat bevat de kolomkoppen, een toelichting en keuzelijsten."), "muted")
        self.file_button = QPushButton(self.tr("Excel-werkmap kiezen…"))
        self.folder_button = QPushButton(self.tr("CSV-map kiezen…"))
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        for button in (self.file_button, self.folder_button):
            button.setEnabled(self._allowed)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Nog geen bestand of map gekozen"))
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choose_message = _label(name="muted")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(_label(self.tr("Gekozen:")))
        layout.addWidget(self.path_edit)
        layout.addWidget(self.choose_message)
        layout.addStretch(1)
        return page

    def _build_check_page(self) -> QWidget:
        page = QWidget()
        self.check_headline = _label(name="formError")
        self.error_table = ErrorTable()
        self.copy_button = QPushButton(self.tr("Kopiëren"))
        self.copy_button.setToolTip(self.tr("Zet alle fouten op het klembord (Ctrl+C)"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        copy_row = QHBoxLayout()
        copy_row.addWidget(_label(self.tr(
            "Klik op een kolomkop om te sorteren. Kopiëren (of Ctrl+C) zet de hele lijst op "
            "het klembord, om in Excel of een e-mail te plakken."), "muted"), 1)
        copy_row.addWidget(self.copy_button)
        self.error_panel = QWidget()
        errors = QVBoxLayout(self.error_panel)
        errors.setContentsMargins(0, 0, 0, 0)
        # The chosen error in full, word-wrapped: its message often ends in what to do
        # ("verwijder de kolom en importeer opnieuw"), which a narrow column cuts off.
        self.error_detail = _label()
        self.error_detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_table.selectionModel().currentRowChanged.connect(
            self._on_error_table_current_row_changed)
        errors.addWidget(self.error_table, 1)
        errors.addWidget(self.error_detail)
        errors.addLayout(copy_row)
        self.summary_table = SummaryTable()
        self.summary_note = _label(self.tr(
            "Er is nog niets gewijzigd. Bevestigen schrijft alles in één keer weg; wordt het "
            "importeren geannuleerd of lukt het niet, dan blijft alles zoals het was."),
            "muted")
        self.summary_panel = QWidget()
        summary = QVBoxLayout(self.summary_panel)
        summary.setContentsMargins(0, 0, 0, 0)
        summary.addWidget(self.summary_table)
        summary.addWidget(self.summary_note)
        summary.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.check_headline)
        layout.addWidget(self.error_panel, 1)
        layout.addWidget(self.summary_panel, 1)
        return page

    def _build_apply_page(self) -> QWidget:
        page = QWidget()
        self.apply_message = _label()
        self.apply_message.setStyleSheet("font-size: 12pt;")
        self.apply_hint = _label(self.tr(
            "Het bestand is nog steeds gecontroleerd: met Terug ziet u weer wat er "
            "geïmporteerd wordt en kunt u opnieuw bevestigen. Annuleren begint opnieuw."),
            "muted")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.apply_message)
        layout.addWidget(self.apply_hint)
        layout.addStretch(1)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self.done_headline = _label(name="formSuccess")
        self.done_table = SummaryTable()
        self.done_note = _label(self.tr(
            "Het auditlogboek heeft deze import vastgelegd: wie, wanneer, welk bestand en "
            "de aantallen hierboven (Beheer → Audit)."), "muted")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.done_headline)
        layout.addWidget(self.done_table)
        layout.addWidget(self.done_note)
        layout.addStretch(1)
        return page

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
        if plan.errors:
            count = len(plan.errors)
            self.check_headline.setObjectName("formError")
            self.check_headline.setText(
                self.tr("Het bestand kon niet worden geïmporteerd: 1 fout. Bekijk de lijst "
                        "hieronder; er is niets gewijzigd.") if count == 1 else
                self.tr("Het bestand kon niet worden geïmporteerd: {count} fouten. Bekijk de "
                        "lijst hieronder; er is niets gewijzigd.").format(
                            count=format_count(count)))
            self.error_table.error_model.set_errors(plan.errors)
            self.error_table.horizontalHeader().setSortIndicator(
                0, Qt.SortOrder.AscendingOrder)
            self.error_table.selectRow(0)
        else:
            self.check_headline.setObjectName("formSuccess")
            self.check_headline.setText(self.tr(
                "{label} is in orde. Dit wordt er geïmporteerd:").format(label=plan.label))
            self.summary_table.set_summary(plan.summary)
        self._restyle(self.check_headline)
        self.error_panel.setVisible(bool(plan.errors))
        self.summary_panel.setVisible(not plan.errors)
        self._show_step(CHECK)
        (self.error_table if plan.errors else self.confirm_button).setFocus()

    def _on_error_table_current_row_changed(self, current: QModelIndex,
                                            _previous: QModelIndex) -> None:
        errors = self.error_table.error_model.errors
        if not current.isValid() or not 0 <= current.row() < len(errors):
            self.error_detail.clear()
            return
        error = errors[current.row()]
        if error.column:
            text = self.tr("{sheet}, rij {row}, kolom {column}: {message}")
        else:
            text = self.tr("{sheet}, rij {row}: {message}")
        self.error_detail.setText(text.format(sheet=error.sheet, row=error.row,
                                              column=error.column, message=error.message))

    def _show_check_failure(self, text: str) -> None:
        self.check_headline.setObjectName("formError")
        self.check_headline.setText(text)
        self._restyle(self.check_headline)
        self.error_panel.hide()
        self.summary_panel.hide()
        self._show_step(CHECK)

    @staticmethod
    def _restyle(label: QLabel) -> None:
        label.style().unpolish(label)
        label.style().polish(label)

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
        actor, exchange = self._actor, self._exchange
        self.apply_message.setObjectName("")
        self.apply_message.setText(self.tr("Bezig met importeren van {label}…").format(
            label=plan.label))
        self._restyle(self.apply_message)
        self.apply_hint.hide()
        self._show_step(APPLY)
        for button in (self.back_button, self.cancel_button):
            button.setEnabled(False)

        def work(context: TaskContext) -> ImportSummary:
            return exchange.apply(actor, plan, context.progress, context.cancelled)

        run_task(self, work, self._on_import_finished,
                 label=self.tr("Bezig met importeren…"), on_error=self._on_import_failed,
                 on_cancelled=self._on_import_cancelled)

    def _on_import_finished(self, summary: ImportSummary) -> None:
        label = self._plan.label if self._plan is not None else ""
        self._plan = None
        rows = (self.tr("1 rij") if summary.rows == 1 else
                self.tr("{count} rijen").format(count=format_count(summary.rows)))
        self.done_headline.setText(self.tr(
            "Klaar: {label} is geïmporteerd ({rows}).").format(label=label, rows=rows))
        self.done_table.set_summary(summary)
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
        self.apply_message.setObjectName("formError")
        self.apply_message.setText(text)
        self._restyle(self.apply_message)
        self.apply_hint.setVisible(self._plan is not None)
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

    def _on_copy_button_clicked(self) -> None:
        self.error_table.copy_all()

    def _on_enter_shortcut_activated(self) -> None:
        for button in (self.next_button, self.confirm_button):
            if button.isVisible() and button.isEnabled():
                button.click()
                return

    def _on_escape_shortcut_activated(self) -> None:
        if self.cancel_button.isVisible() and self.cancel_button.isEnabled():
            self.cancel_button.click()
