"""The four steps of the import wizard: Bestand kiezen, Controle, Importeren, Klaar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bvmdesk.services.exchange import ImportPlan, ImportSummary
from bvmdesk.ui.admin.import_results import ErrorTable, SummaryTable
from bvmdesk.ui.formatting import format_count

# The texts keep the translation context "ImportWizard": they were the wizard's own.


def label(text: str = "", name: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    return widget


def restyle(widget: QLabel) -> None:
    """Apply the style sheet again after the object name changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 8, 0, 0)
    return layout


class ChoosePage(QWidget):
    """Step 1: an Excel workbook or a folder of CSV files; the wizard handles the buttons."""

    def __init__(self, allowed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = label(QCoreApplication.translate(
            "ImportWizard",
            "Kies een Excel-werkmap (.xlsx) of een map met CSV-bestanden. De bladen heten "
            "Locaties, Leerbedrijven, Praktijkopleiders, Modules, Deelnemers, Groepen, "
            "Inschrijvingen, Lessen, Presentie, Vakanties, Beoordelingsformulieren, Criteria, "
            "Beoordelingen, Scores, Aftekentaken, Aftekeningen en Bpv-uren, met vaste "
            "kolomkoppen; een "
            "bestand mag ook maar een deel van de bladen bevatten. Eerst wordt alles "
            "gecontroleerd; er verandert pas iets als u op Bevestigen klikt."))
        hint = label(QCoreApplication.translate(
            "ImportWizard",
            "Tip: begin met een leeg sjabloon (Beheer → Exporteren → Leeg sjabloon "
            "opslaan…). Dat bevat de kolomkoppen, een toelichting en keuzelijsten."), "muted")
        self.file_button = QPushButton(QCoreApplication.translate(
            "ImportWizard", "Excel-werkmap kiezen…"))
        self.folder_button = QPushButton(QCoreApplication.translate(
            "ImportWizard", "CSV-map kiezen…"))
        for button in (self.file_button, self.folder_button):
            button.setEnabled(allowed)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(QCoreApplication.translate(
            "ImportWizard", "Nog geen bestand of map gekozen"))
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choose_message = label(name="muted")
        layout = _page_layout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(label(QCoreApplication.translate("ImportWizard", "Gekozen:")))
        layout.addWidget(self.path_edit)
        layout.addWidget(self.choose_message)
        layout.addStretch(1)


class CheckPage(QWidget):
    """Step 2: every error of the file, or what an import will change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_headline = label(name="formError")
        self.error_table = ErrorTable()
        self.copy_button = QPushButton(QCoreApplication.translate("ImportWizard", "Kopiëren"))
        self.copy_button.setToolTip(QCoreApplication.translate(
            "ImportWizard", "Zet alle fouten op het klembord (Ctrl+C)"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        copy_row = QHBoxLayout()
        copy_row.addWidget(label(QCoreApplication.translate(
            "ImportWizard",
            "Klik op een kolomkop om te sorteren. Kopiëren (of Ctrl+C) zet de hele lijst op "
            "het klembord, om in Excel of een e-mail te plakken."), "muted"), 1)
        copy_row.addWidget(self.copy_button)
        self.error_panel = QWidget()
        errors = QVBoxLayout(self.error_panel)
        errors.setContentsMargins(0, 0, 0, 0)
        # The chosen error in full, word-wrapped: its message often ends in what to do
        # ("verwijder de kolom en importeer opnieuw"), which a narrow column cuts off.
        self.error_detail = label()
        self.error_detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_table.selectionModel().currentRowChanged.connect(
            self._on_error_table_current_row_changed)
        errors.addWidget(self.error_table, 1)
        errors.addWidget(self.error_detail)
        errors.addLayout(copy_row)
        self.summary_table = SummaryTable()
        self.summary_note = label(QCoreApplication.translate(
            "ImportWizard",
            "Er is nog niets gewijzigd. Bevestigen schrijft alles in één keer weg; wordt het "
            "importeren geannuleerd of lukt het niet, dan blijft alles zoals het was."),
            "muted")
        self.summary_panel = QWidget()
        summary = QVBoxLayout(self.summary_panel)
        summary.setContentsMargins(0, 0, 0, 0)
        summary.addWidget(self.summary_table)
        summary.addWidget(self.summary_note)
        summary.addStretch(1)
        layout = _page_layout(self)
        layout.addWidget(self.check_headline)
        layout.addWidget(self.error_panel, 1)
        layout.addWidget(self.summary_panel, 1)

    def show_plan(self, plan: ImportPlan) -> None:
        """The errors of `plan`, the first one selected; or, without errors, its summary."""
        if plan.errors:
            count = len(plan.errors)
            self.check_headline.setObjectName("formError")
            self.check_headline.setText(
                QCoreApplication.translate(
                    "ImportWizard",
                    "Het bestand kon niet worden geïmporteerd: 1 fout. Bekijk de lijst "
                    "hieronder; er is niets gewijzigd.") if count == 1 else
                QCoreApplication.translate(
                    "ImportWizard",
                    "Het bestand kon niet worden geïmporteerd: {count} fouten. Bekijk de "
                    "lijst hieronder; er is niets gewijzigd.").format(
                        count=format_count(count)))
            self.error_table.error_model.set_errors(plan.errors)
            self.error_table.horizontalHeader().setSortIndicator(
                0, Qt.SortOrder.AscendingOrder)
            self.error_table.selectRow(0)
        else:
            self.check_headline.setObjectName("formSuccess")
            self.check_headline.setText(QCoreApplication.translate(
                "ImportWizard",
                "{label} is in orde. Dit wordt er geïmporteerd:").format(label=plan.label))
            self.summary_table.set_summary(plan.summary)
        restyle(self.check_headline)
        self.error_panel.setVisible(bool(plan.errors))
        self.summary_panel.setVisible(not plan.errors)

    def show_failure(self, text: str) -> None:
        """The file could not be checked at all: only `text`, no table."""
        self.check_headline.setObjectName("formError")
        self.check_headline.setText(text)
        restyle(self.check_headline)
        self.error_panel.hide()
        self.summary_panel.hide()

    def _on_error_table_current_row_changed(self, current: QModelIndex,
                                            _previous: QModelIndex) -> None:
        errors = self.error_table.error_model.errors
        if not current.isValid() or not 0 <= current.row() < len(errors):
            self.error_detail.clear()
            return
        error = errors[current.row()]
        if error.column:
            text = QCoreApplication.translate(
                "ImportWizard", "{sheet}, rij {row}, kolom {column}: {message}")
        else:
            text = QCoreApplication.translate("ImportWizard", "{sheet}, rij {row}: {message}")
        self.error_detail.setText(text.format(sheet=error.sheet, row=error.row,
                                              column=error.column, message=error.message))

    def _on_copy_button_clicked(self) -> None:
        self.error_table.copy_all()


class ApplyPage(QWidget):
    """Step 3: the import running, or why it stopped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.apply_message = label()
        self.apply_message.setStyleSheet("font-size: 12pt;")
        self.apply_hint = label(QCoreApplication.translate(
            "ImportWizard",
            "Het bestand is nog steeds gecontroleerd: met Terug ziet u weer wat er "
            "geïmporteerd wordt en kunt u opnieuw bevestigen. Annuleren begint opnieuw."),
            "muted")
        layout = _page_layout(self)
        layout.addWidget(self.apply_message)
        layout.addWidget(self.apply_hint)
        layout.addStretch(1)

    def show_busy(self, plan_label: str) -> None:
        self.apply_message.setObjectName("")
        self.apply_message.setText(QCoreApplication.translate(
            "ImportWizard", "Bezig met importeren van {label}…").format(label=plan_label))
        restyle(self.apply_message)
        self.apply_hint.hide()

    def show_stopped(self, text: str, checked: bool) -> None:
        """The import stopped with `text`; `checked`: the plan is still there for Terug."""
        self.apply_message.setObjectName("formError")
        self.apply_message.setText(text)
        restyle(self.apply_message)
        self.apply_hint.setVisible(checked)


class DonePage(QWidget):
    """Step 4: what was imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_headline = label(name="formSuccess")
        self.done_table = SummaryTable()
        self.done_note = label(QCoreApplication.translate(
            "ImportWizard",
            "Het auditlogboek heeft deze import vastgelegd: wie, wanneer, welk bestand en "
            "de aantallen hierboven (Beheer → Audit)."), "muted")
        layout = _page_layout(self)
        layout.addWidget(self.done_headline)
        layout.addWidget(self.done_table)
        layout.addWidget(self.done_note)
        layout.addStretch(1)

    def show_summary(self, plan_label: str, summary: ImportSummary) -> None:
        rows = (QCoreApplication.translate("ImportWizard", "1 rij") if summary.rows == 1 else
                QCoreApplication.translate("ImportWizard", "{count} rijen").format(
                    count=format_count(summary.rows)))
        self.done_headline.setText(QCoreApplication.translate(
            "ImportWizard", "Klaar: {label} is geïmporteerd ({rows}).").format(
                label=plan_label, rows=rows))
        self.done_table.set_summary(summary)
