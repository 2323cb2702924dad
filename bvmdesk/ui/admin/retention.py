"""Beheer > Bewaartermijnen: the terms per site, what has passed them, and "Verwijderen…"
(after a confirmation with the administrator's password; in the background, with progress
and Cancel until a category's write begins)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.retention import MAX_MONTHS, MAX_YEARS, RetentionTerms
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.retention_policy import (
    CategoryDue,
    PurgeResult,
    RetentionPolicyService,
    SiteTerms,
)
from bvmdesk.ui.admin.retention_confirm import PurgeConfirmDialog
from bvmdesk.ui.common import reauth
from bvmdesk.ui.common.messages import set_form_message, show_task_failure
from bvmdesk.ui.formatting import format_count, format_date, role_label
from bvmdesk.ui.workers import TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.accounts import AccountService

ROW_HEIGHT = 32
COLUMNS = 5


class RetentionPanel(QWidget):
    """The terms of the chosen site, the overview per category and the purge."""

    def __init__(self, retention: RetentionPolicyService, accounts: AccountService,
                 actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retention = retention
        self._accounts = accounts
        self._actor = actor
        self._allowed = actor.may(Permission.PURGE_FACTS)
        self._loaded = False
        self.sites: list[SiteTerms] = []
        self.due: list[CategoryDue] = []
        # Tests replace it: (due) -> True when confirmed with the password.
        self.confirm: Callable[[Sequence[CategoryDue]], bool] = self._confirm

        title = QLabel(self.tr("Bewaartermijnen"))
        title.setObjectName("sectionTitle")
        intro = QLabel(self.tr(
            "De AVG vraagt gegevens niet langer te bewaren dan nodig. Hier ziet u per soort "
            "gegevens wat over de bewaartermijn is, en verwijdert u het. Het register van "
            "uitgegeven certificaten (nummer, naam, datum, opleiding) blijft altijd."))
        intro.setWordWrap(True)
        self.permission_label = QLabel(self.tr(
            "Alleen bekijken: alleen een beheerder kan bewaartermijnen wijzigen en gegevens "
            "verwijderen; u bent ingelogd als {name} ({role}).").format(
                name=actor.name, role=role_label(actor.role)))
        self.permission_label.setObjectName("formError")
        self.permission_label.setWordWrap(True)
        self.permission_label.setVisible(not self._allowed)

        self.site_combo = QComboBox()
        self.site_combo.currentIndexChanged.connect(self._on_site_combo_changed)
        self.personal_spin = self._spin(MAX_YEARS, self.tr(" jaar"))
        self.attendance_spin = self._spin(MAX_YEARS, self.tr(" jaar"))
        self.assessment_spin = self._spin(MAX_MONTHS, self.tr(" maanden"))
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.save_button.setEnabled(self._allowed)
        self.save_button.clicked.connect(self.save_terms)
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("Locatie"), self.site_combo)
        form.addRow(self.tr("Persoonsdossier, na de laatste inschrijving"), self.personal_spin)
        form.addRow(self.tr("Presentie en financiersbewijs"), self.attendance_spin)
        form.addRow(self.tr("Beoordelingsbewijs, na afronding"), self.assessment_spin)
        terms_row = QHBoxLayout()
        terms_row.addLayout(form)
        terms_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        terms_row.addStretch(1)
        terms_note = QLabel(self.tr(
            "Een record volgt de locatie van zijn groep; een persoonsdossier de langste "
            "termijn van de locaties waar de deelnemer ingeschreven was."))
        terms_note.setObjectName("muted")
        terms_note.setWordWrap(True)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Soort gegevens"), self.tr("Termijn"), self.tr("Over de termijn"),
            self.tr("Oudste"), self.tr("Wat er weggaat")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)

        self.refresh_button = QPushButton(self.tr("Vernieuwen"))
        self.refresh_button.setToolTip(self.tr("Opnieuw tellen (F5)"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.purge_button = QPushButton(self.tr("Verwijderen…"))
        self.purge_button.setObjectName("primary")
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_terms,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("F5"), self, lambda: self.refresh(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.permission_label)
        layout.addLayout(terms_row)
        layout.addWidget(terms_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

    def _spin(self, highest: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, highest)
        box.setSuffix(suffix)
        box.setMinimumWidth(120)
        box.setEnabled(self._allowed)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    # --- terms -----------------------------------------------------------------------------
    def _load_sites(self) -> None:
        current = self.site_combo.currentData()
        self.sites = self._retention.site_terms(self._actor)
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in self.sites:
            self.site_combo.addItem(f"{site.code} {site.name}", site.site_id)
        index = max(0, self.site_combo.findData(current)) if current is not None else 0
        self.site_combo.setCurrentIndex(index)
        self.site_combo.blockSignals(False)
        self._on_site_combo_changed(index)

    def _on_site_combo_changed(self, index: int) -> None:
        if not 0 <= index < len(self.sites):
            return
        terms = self.sites[index].terms
        self.personal_spin.setValue(terms.personal_years)
        self.attendance_spin.setValue(terms.attendance_years)
        self.assessment_spin.setValue(terms.assessment_months)

    def save_terms(self) -> None:
        site_id = self.site_combo.currentData()
        if not self._allowed or site_id is None:
            return
        terms = RetentionTerms(self.personal_spin.value(), self.attendance_spin.value(),
                               self.assessment_spin.value())
        try:
            self._retention.save_terms(self._actor, site_id, terms)
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return
        self.refresh((self.tr("Bewaartermijnen van {site} opgeslagen.").format(
            site=self.site_combo.currentText()), "formSuccess"))

    # --- overview --------------------------------------------------------------------------
    def refresh(self, notice: tuple[str, str | None] | None = None) -> None:
        """Count again what has passed its term (in the background); `notice` (text,
        style) is shown once the counts are in."""
        try:
            self._load_sites()
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return
        self.refresh_button.setEnabled(False)
        set_form_message(self.message_label, self.tr("Tellen…"), None)

        def count(_context: TaskContext) -> list[CategoryDue]:
            return self._retention.overview(self._actor)

        run_task(self, count, lambda due: self._on_counted(due, notice),
                 on_error=self._on_count_failed)

    def _on_counted(self, due: list[CategoryDue],
                    notice: tuple[str, str | None] | None = None) -> None:
        self.due = due
        self.refresh_button.setEnabled(True)
        self.table.setRowCount(len(due))
        for row, item in enumerate(due):
            values = (item.label, item.term, format_count(item.due),
                      format_date(item.oldest, weekday=False) if item.oldest else "–",
                      ", ".join(item.parts) or self.tr("niets"))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, max(ROW_HEIGHT, self.table.rowHeight(row)))
        anything = any(item.due for item in due)
        self.purge_button.setEnabled(self._allowed and anything)
        if notice is not None:
            set_form_message(self.message_label, *notice)
        else:
            set_form_message(self.message_label, "" if anything else self.tr(
                "Er is niets over de bewaartermijn."), None)

    def _on_count_failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        show_task_failure(self, self.message_label, exc,
                          self.tr("Tellen mislukt door een onverwachte fout."))

    # --- the purge -------------------------------------------------------------------------
    def _confirm(self, due: Sequence[CategoryDue]) -> bool:
        clock = reauth.current()

        def check(password: str) -> None:
            if clock is not None and clock.actor.name == self._actor.name:
                clock.check(password)  # also restarts the five minutes of re-authentication
            else:
                self._accounts.authenticate(self._actor.name, password)

        dialog = PurgeConfirmDialog(due, self._actor.display_name or self._actor.name, check,
                                    self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def purge(self) -> None:
        """Show what goes, ask for the password, then delete it in the background."""
        if not self._allowed or not any(c.due for c in self.due):
            return
        if not self.confirm(self.due):
            set_form_message(self.message_label, self.tr("Niets verwijderd."), None)
            return
        self.purge_button.setEnabled(False)

        steps = [self.tr("Persoonsdossiers verwijderen…"),
                 self.tr("Presentie en financiersbewijs verwijderen…"),
                 self.tr("Beoordelingsbewijs verwijderen…")]

        def work(context: TaskContext) -> PurgeResult:
            return self._retention.purge_due(
                self._actor, progress=lambda done, total, _text: context.progress(
                    done, total, steps[done] if done < len(steps) else ""),
                cancelled=context.cancelled)

        run_task(self, work, self._on_purged, label=self.tr("Gegevens verwijderen…"),
                 on_error=self._on_purge_failed, on_cancelled=self._on_purge_cancelled)

    def _on_purged(self, result: PurgeResult) -> None:
        counts = result.purged
        text = self.tr(
            "Verwijderd. Persoonsdossiers: {personal}, presentieregels: {attendance}, "
            "beoordelingen: {assessment} ({rows} records in totaal).").format(
                personal=counts.get("personal", 0), attendance=counts.get("attendance", 0),
                assessment=counts.get("assessment", 0), rows=format_count(result.rows))
        if result.cancelled:
            text = self.tr("Geannuleerd; wat al klaar was, is verwijderd. ") + text
        self.refresh((text, "formSuccess"))

    def _on_purge_cancelled(self) -> None:
        self.refresh((self.tr(
            "Geannuleerd: wat al verwijderd was, blijft verwijderd; de rest staat er nog."),
            None))

    def _on_purge_failed(self, exc: BaseException) -> None:
        self.purge_button.setEnabled(True)
        show_task_failure(self, self.message_label, exc,
                          self.tr("Verwijderen mislukt door een onverwachte fout; er is "
                                  "niets gewijzigd in de soort die bezig was."))
