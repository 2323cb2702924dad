"""Beheer > Beoordelingsformulieren: the forms with their version history; new, change,
copy, archive and restore for administrators, an empty form to print for everyone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.assessment_types import FormInfo, FormSummary
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.admin.assessment_form_copy import CopyFormDialog
from bvmdesk.ui.admin.assessment_form_editor import FormEditorDialog
from bvmdesk.ui.admin.assessment_form_labels import kind_labels, scale_labels
from bvmdesk.ui.admin.assessment_form_versions import FormVersionsCard, yes_no
from bvmdesk.ui.common.file_dialogs import save_file_name
from bvmdesk.ui.common.messages import set_form_message, show_task_failure
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.section_card import CARD_STYLE, SectionCard, confirm
from bvmdesk.ui.icons import set_clear_button
from bvmdesk.ui.workers import TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.assessments import AssessmentService

MUTED = "#5F6B7A"


class AssessmentFormsPanel(QWidget):
    """The current version of every form, filtered by module and a search; the versions of
    the selected form below. Only administrators (EDIT_MODULES) change forms."""

    def __init__(self, assessments: AssessmentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessments = assessments
        self._actor = actor
        self._loaded = False
        self._last_dir = str(Path.home())
        self.forms: list[FormSummary] = []
        self.editable = actor.may(Permission.EDIT_MODULES)
        self.editor: FormEditorDialog | None = None
        self.copy_dialog: CopyFormDialog | None = None
        self.last_pdf: Path | None = None
        # Replaced in tests: the question before archiving, the file to print to.
        self.confirm: Callable[[str, str], bool] = lambda text, action: confirm(
            self, text, action)
        self.ask_save_path: Callable[[Path], Path | None] = self._ask_save_path
        self.setStyleSheet(CARD_STYLE)

        title = QLabel(self.tr("Beoordelingsformulieren"))
        title.setObjectName("sectionTitle")
        explanation = QLabel(self.tr(
            "Een formulier dat al gebruikt is, verandert nooit: wijzigen maakt een nieuwe "
            "versie, en beoordelingen houden de versie waarmee ze gemaakt zijn."))
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        self.module_combo = QComboBox()
        self.module_combo.setMinimumContentsLength(16)
        self.module_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search_edit = QLineEdit()
        self.search_edit.setMinimumWidth(240)
        self.search_edit.setPlaceholderText(self.tr("Zoek op code, naam of module"))
        self.search_edit.setToolTip(self.search_edit.placeholderText())
        set_clear_button(self.search_edit)
        self.archived_check = QCheckBox(self.tr("Gearchiveerde tonen"))
        self.new_button = QPushButton(self.tr("Nieuw formulier"))
        self.new_button.setObjectName("primary")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(QLabel(self.tr("Module")))
        filters.addWidget(self.module_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.archived_check)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.new_button)

        kinds, scales = kind_labels(), scale_labels()
        self.table: RowTable[FormSummary] = RowTable([
            Column(self.tr("Code"), lambda f: f.code, width=112, bold=True),
            Column(self.tr("Naam"), lambda f: f.name + (
                self.tr(" (gearchiveerd)") if f.archived else ""),
                colour=lambda f: MUTED if f.archived else None),
            Column(self.tr("Module"), lambda f: f.module_code, width=96,
                   tooltip=lambda f: f"{f.module_code} · {f.module_name}"),
            Column(self.tr("Soort"), lambda f: kinds.get(f.kind, f.kind), width=134),
            Column(self.tr("Schaal"), lambda f: scales.get(f.scale, f.scale), width=70),
            Column(self.tr("Versie"), lambda f: str(f.version), width=72, right=True,
                   sort_key=lambda f: f.version),
            Column(self.tr("Criteria"), lambda f: str(f.criteria), width=80, right=True,
                   sort_key=lambda f: f.criteria),
            Column(self.tr("In gebruik"), lambda f: yes_no(f.used), width=100),
        ])
        self.card = SectionCard(self.tr("Formulieren"), self.table)
        self.edit_button = QPushButton(self.tr("Wijzigen…") if self.editable
                                       else self.tr("Bekijken…"))
        self.copy_button = QPushButton(self.tr("Kopiëren…"))
        self.archive_button = QPushButton(self.tr("Archiveren…"))
        self.print_button = QPushButton(self.tr("Lege versie afdrukken…"))
        for button in (self.edit_button, self.copy_button, self.archive_button,
                       self.print_button):
            self.card.add_button(button)

        self.versions_card = FormVersionsCard()
        self.versions = self.versions_card.table_view
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.card)
        splitter.addWidget(self.versions_card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([10_000, 1])

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(explanation)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)

        for button in (self.new_button, self.copy_button, self.archive_button):
            button.setEnabled(self.editable)
        if not self.editable:
            self.new_button.setToolTip(self.tr("Alleen een beheerder wijzigt formulieren."))
        self.module_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.archived_check.toggled.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.new_button.clicked.connect(self.new_form)
        self.edit_button.clicked.connect(self.edit_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.archive_button.clicked.connect(self.archive_current)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.versions_card.view_button.clicked.connect(self._on_view_version_button_clicked)
        self.versions_card.print_button.clicked.connect(
            self._on_print_version_button_clicked)
        self.table.row_activated.connect(lambda _item: self.edit_current())
        self.table.current_changed.connect(self._on_table_current_changed)
        self.versions.row_activated.connect(lambda _item: self._on_view_version_button_clicked())
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_form,
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
        """(code, name) of the modules to choose from."""
        try:
            return self._assessments.modules(self._actor)
        except ServiceError:
            return []

    def refresh(self, select_code: str | None = None) -> None:
        """Read the forms again (keeping the selection, or selecting `select_code`)."""
        current = self.table.current_item()
        select_code = select_code or (current.code if current is not None else None)
        self._fill_module_filter()
        try:
            self.forms = self._assessments.list_forms(
                self._actor, include_archived=self.archived_check.isChecked(),
                module_code=self.module_combo.currentData())
        except ServiceError as exc:
            self.forms = []
            self.show_message(str(exc), error=True)
        self._apply_search(select_code)

    def _fill_module_filter(self) -> None:
        chosen = self.module_combo.currentData()
        self.module_combo.blockSignals(True)
        self.module_combo.clear()
        self.module_combo.addItem(self.tr("Alle modules"), None)
        for code, name in self.modules():
            self.module_combo.addItem(f"{code} · {name}" if name else code, code)
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(chosen)))
        self.module_combo.blockSignals(False)

    def _apply_search(self, select_code: str | None = None) -> None:
        needle = self.search_edit.text().strip().casefold()
        shown = [f for f in self.forms if not needle or needle in " ".join(
            (f.code, f.name, f.module_code, f.module_name)).casefold()]
        self.table.set_rows(shown)
        if shown:
            self.card.show_table(len(shown))
        elif self.forms:
            self.card.show_message(self.tr("Geen formulier past bij de zoektekst."), count=0)
        else:
            self.card.show_message(self.tr(
                "Nog geen beoordelingsformulieren. Maak er een met ‘Nieuw formulier’."),
                count=0)
        rows = self.table.table_model.rows()
        index = next((i for i, f in enumerate(rows) if f.code == select_code), 0)
        self.table.select_row(index)
        self._on_table_current_changed(self.table.current_item())

    # --- actions ---------------------------------------------------------------------------
    def selected(self) -> FormSummary | None:
        return self.table.current_item()

    def new_form(self) -> FormEditorDialog | None:
        if not self.editable:
            return None
        return self._open_editor(None)

    def edit_current(self) -> FormEditorDialog | None:
        summary = self.selected()
        if summary is None:
            self.show_message(self.tr("Kies eerst een formulier in de lijst."), error=True)
            return None
        form = self._load(summary)
        if form is None:
            return None
        return self._open_editor(form, read_only=not self.editable or summary.archived)

    def _open_editor(self, form: FormInfo | None, *, read_only: bool = False
                     ) -> FormEditorDialog:
        self.editor = FormEditorDialog(self._assessments, self._actor, form, self.modules(),
                                       read_only=read_only, parent=self)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.open()
        return self.editor

    def copy_current(self) -> CopyFormDialog | None:
        summary = self.selected()
        if summary is None or not self.editable:
            return None
        self.copy_dialog = CopyFormDialog(self._assessments, self._actor, summary, self)
        self.copy_dialog.saved.connect(self._on_copy_dialog_saved)
        self.copy_dialog.open()
        return self.copy_dialog

    def archive_current(self) -> bool:
        """Archive the selected form (asked first), or put an archived one back."""
        summary = self.selected()
        if summary is None or not self.editable:
            return False
        try:
            if summary.archived:
                self._assessments.restore_form(self._actor, summary.id)
                text = self.tr("Formulier {code} is teruggezet.")
            else:
                if not self.confirm(self.tr(
                        "Beoordelingsformulier {code} ({name}) archiveren? Het wordt niet meer "
                        "aangeboden voor nieuwe beoordelingen; bestaande beoordelingen houden "
                        "het.").format(code=summary.code, name=summary.name),
                        self.tr("Archiveren")):
                    return False
                self._assessments.archive_form(self._actor, summary.id)
                text = self.tr("Formulier {code} is gearchiveerd.")
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.refresh(summary.code)
        self.show_message(text.format(code=summary.code))
        return True

    def print_form(self, summary: FormSummary, path: Path | None = None) -> bool:
        """An empty form for paper use, written to `path` (asked when None) in a worker."""
        form = self._load(summary)
        if form is None:
            return False
        target = path or self.ask_save_path(
            Path(self._last_dir) / f"{summary.code}-v{summary.version}-leeg.pdf")
        if target is None:
            return False
        if target.suffix.lower() != ".pdf":
            target = target.with_name(f"{target.name}.pdf")
        self._last_dir = str(target.parent)

        def work(_context: TaskContext) -> Path:
            from bvmdesk.services.assessment_reports import empty_form_pdf, write_pdf

            # A file ending in .pdf: never the database itself (its name ends otherwise).
            write_pdf(target, empty_form_pdf(form))
            return target

        self.show_message("")
        run_task(self, work, self._on_print_done,
                 label=self.tr("Formulier {code} wordt gemaakt…").format(code=summary.code),
                 on_error=self._on_print_failed)
        return True

    def _load(self, summary: FormSummary) -> FormInfo | None:
        try:
            return self._assessments.form(self._actor, summary.id)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return None

    def _ask_save_path(self, suggested: Path) -> Path | None:
        name, _ = save_file_name(self, self.tr("Leeg formulier opslaan als PDF"),
                                 str(suggested), self.tr("PDF-bestand (*.pdf)"))
        return Path(name) if name else None

    def show_message(self, text: str, *, error: bool = False) -> None:
        set_form_message(self.message_label, text,
                         ("formError" if error else "formSuccess") if text else None)

    # --- slots -----------------------------------------------------------------------------
    def _on_filter_changed(self, *_args: object) -> None:
        self.refresh()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        current = self.table.current_item()
        self._apply_search(current.code if current is not None else None)

    def _on_table_current_changed(self, item: FormSummary | None) -> None:
        has = item is not None
        self.edit_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.copy_button.setEnabled(has and self.editable)
        self.archive_button.setEnabled(has and self.editable)
        self.archive_button.setText(self.tr("Terugzetten") if item is not None and item.archived
                                    else self.tr("Archiveren…"))
        self.edit_button.setText(self.tr("Wijzigen…") if self.editable and not (
            item is not None and item.archived) else self.tr("Bekijken…"))
        versions: list[FormSummary] = []
        if item is not None:
            try:
                versions = self._assessments.form_versions(self._actor, item.code)
            except ServiceError as exc:
                self.show_message(str(exc), error=True)
        self.versions_card.show_versions(item.code if item is not None else None, versions)

    def _on_editor_saved(self, info: FormInfo) -> None:
        self.refresh(info.code)
        self.show_message(self.tr("Formulier {code} versie {version} is opgeslagen.").format(
            code=info.code, version=info.version))

    def _on_copy_dialog_saved(self, info: FormInfo) -> None:
        self.refresh(info.code)
        self.show_message(self.tr("Kopie {code} is gemaakt.").format(code=info.code))

    def _on_print_button_clicked(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.print_form(summary)

    def _on_view_version_button_clicked(self) -> None:
        version = self.versions_card.current()
        if version is None:
            return
        form = self._load(version)
        if form is not None:
            self._open_editor(form, read_only=True)

    def _on_print_version_button_clicked(self) -> None:
        version = self.versions_card.current()
        if version is not None:
            self.print_form(version)

    def _on_print_done(self, path: Path) -> None:
        self.last_pdf = path
        self.show_message(self.tr("Leeg formulier opgeslagen: {path}").format(path=path))

    def _on_print_failed(self, exc: BaseException) -> None:
        show_task_failure(self, self.message_label, exc, self.tr(
            "Het formulier kon niet worden gemaakt; er is niets opgeslagen."))
