"""The one master-data pattern of Beheer (locaties, leerbedrijven, praktijkopleiders,
modules, groepen): a list with search as you type, sortable columns and a count; beside it
a form that checks as you type; Nieuw, Opslaan (Ctrl+S), Annuleren (Esc) and Archiveren.

A section gives a `RecordSection` (its service, columns and form); `RecordPanel` does the
rest the same way for every section. The service checks every rule and permission again
(`services.records.RecordService`); the form's checks are only there to help while typing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.participants import FieldError
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.services.records import RecordRow
from bvmdesk.ui.admin.record_form import (
    RecordForm,
    RecordSection,
    archived_colour,
    with_archived,
)
from bvmdesk.ui.admin.record_sides import RecordFormSide, RecordListSide
from bvmdesk.ui.common.messages import set_form_message, show_error
from bvmdesk.ui.common.section_card import CARD_STYLE, confirm
from bvmdesk.ui.icons import icon

__all__ = ["RecordForm", "RecordPanel", "RecordSection", "archived_colour", "with_archived"]

R = TypeVar("R", bound=RecordRow)
D = TypeVar("D")


class RecordPanel(QWidget, Generic[R, D]):
    """The list and the form of one section (see the module's docstring)."""

    saved = Signal(object)  # uuid.UUID of the record that was stored
    archived = Signal(object)  # uuid.UUID of the record that was archived or restored

    def __init__(
        self, section: RecordSection[R, D], actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._actor = actor
        self.editable = actor.may(section.permission)
        self.rows: list[R] = []
        self.current_id: uuid.UUID | None = None  # the record in the form (None: new)
        self.creating = False
        self.dirty = False
        self._loaded = False
        self._showing_all_errors = False
        # Replaced in tests: the questions before archiving and before dropping changes.
        self.confirm: Callable[[str, str], bool] = lambda text, action: confirm(self, text, action)
        self.setStyleSheet(CARD_STYLE)

        title = QLabel(section.title)
        title.setObjectName("sectionTitle")
        explanation = QLabel(section.explanation)
        explanation.setObjectName("muted")
        explanation.setWordWrap(True)
        self.explanation = explanation
        if not self.editable:  # say why the form does not react, instead of leaving it grey
            explanation.setText(section.explanation + " " + self.tr(
                "U kunt dit alleen bekijken; een beheerder wijzigt het."))

        list_side: RecordListSide[R] = RecordListSide(section.columns)
        self.search_edit = list_side.search_edit
        self.archived_check = list_side.archived_check
        self.count_label = list_side.count_label
        self.new_button = list_side.new_button
        self.archive_button = list_side.archive_button
        self.table = list_side.table
        self.search_edit.textChanged.connect(self._apply_filter)
        self.archived_check.toggled.connect(lambda _on: self.reload())
        self.new_button.clicked.connect(self.start_new)
        self.archive_button.clicked.connect(self._on_archive_clicked)
        self.table.current_changed.connect(self._on_current_changed)

        self.form: RecordForm[D] = section.make_form()
        self.form.changed.connect(self._on_form_changed)
        self.form.set_editable(self.editable)
        form_side: RecordFormSide[D] = RecordFormSide(self.form)
        self.heading = form_side.heading
        self.tabs = form_side.tabs
        self.message_label = form_side.message_label
        self.save_button = form_side.save_button
        self.cancel_button = form_side.cancel_button
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(list_side)
        splitter.addWidget(form_side)
        splitter.setStretchFactor(0, 3)  # the list gets the larger part: names stay readable
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([550, 450])  # shares, scaled to the width it gets
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(splitter, 1)

        # Ctrl+S and Ctrl+N work wherever the focus is on the page (a hidden section's
        # shortcuts are inactive, so the sections never compete); Esc only inside the panel.
        window = Qt.ShortcutContext.WindowShortcut
        inside = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for sequence, slot, context in (
            (QKeySequence.StandardKey.Save, self.save, window),
            (QKeySequence("Esc"), self.cancel, inside),
            (QKeySequence.StandardKey.New, self.start_new, window),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        for button in (self.new_button, self.save_button, self.cancel_button, self.archive_button):
            button.setVisible(self.editable)
        self._show_form(None, None)

    # --- loading -------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            QTimer.singleShot(0, self.reload)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the list again; keep (or move to) the record `select`."""
        keep = select or self.current_id
        try:
            self.rows = list(
                self.section.service.records(
                    self._actor, include_archived=self.archived_check.isChecked()
                )
            )
        except ServiceError as exc:
            self.rows = []
            set_form_message(self.message_label, str(exc), "formError")
        self._loaded = True
        self._apply_filter()
        if keep is not None and not self.creating:
            self.select(keep)

    def _visible_rows(self) -> list[R]:
        needle = self.search_edit.text().strip().casefold()
        if not needle:
            return list(self.rows)
        return [r for r in self.rows if needle in self.section.search_text(r).casefold()]

    def _apply_filter(self, *_args: object) -> None:
        visible = self._visible_rows()
        blocked = self.table.blockSignals(True)
        self.table.set_rows(visible)
        self.table.blockSignals(blocked)
        total = len(self.rows)
        plural = self.section.noun if total == 1 else self.section.plural  # "1 module"
        if len(visible) == total:
            self.count_label.setText(self.tr("{n} {what}").format(n=total, what=plural))
        else:
            self.count_label.setText(
                self.tr("{shown} van {n} {what}").format(shown=len(visible), n=total, what=plural)
            )
        if self.current_id is not None:
            self._select_in_table(self.current_id)

    def select(self, record_id: uuid.UUID) -> bool:
        """Show the record `record_id` (if the list has it); False when it is not there."""
        if not self._select_in_table(record_id):
            return False
        row = next(r for r in self.rows if r.id == record_id)
        self._open(row)
        return True

    def _select_in_table(self, record_id: uuid.UUID) -> bool:
        for index, row in enumerate(self.table.table_model.rows()):
            if row.id == record_id:
                blocked = self.table.blockSignals(True)
                self.table.select_row(index)
                self.table.blockSignals(blocked)
                return True
        return False

    def _on_current_changed(self, row: R | None) -> None:
        if row is None or (row.id == self.current_id and not self.creating):
            return
        if not self._may_drop_changes():
            if self.current_id is not None:
                self._select_in_table(self.current_id)
            else:
                blocked = self.table.blockSignals(True)
                self.table.clearSelection()
                self.table.blockSignals(blocked)
            return
        self._open(row)

    def _open(self, row: R) -> None:
        if row.id != self.current_id:  # another record: the last one's message is stale
            set_form_message(self.message_label, "", None)
        self.creating = False
        try:
            data = self.section.service.get(self._actor, row.id)
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return
        self._show_form(row, data)

    def _show_form(self, row: R | None, data: D | None) -> None:
        self.current_id = row.id if row is not None else None
        self.form.set_data(data)
        for edit in self.form.findChildren(QLineEdit):  # a long name shows its beginning
            edit.setCursorPosition(0)
        self.form.set_record(self.current_id)
        self.form.touched = set()
        self.form.show_errors([])
        self._showing_all_errors = False
        self.dirty = False
        archived = row is not None and row.archived
        self.form.set_editable(
            self.editable and not archived and (row is not None or self.creating)
        )
        if row is not None:
            self.heading.setText(
                self.section.describe(row) + (self.tr(" (gearchiveerd)") if archived else "")
            )
        elif self.creating:
            self.heading.setText(self.section.new_title)
        else:
            self.heading.setText(self.tr("Kies links een regel, of klik op Nieuw."))
        self.archive_button.setText(self.tr("Terugzetten") if archived else self.tr("Archiveren…"))
        self.archive_button.setIcon(icon("fa6s.box-open" if archived else "fa6s.box-archive"))
        self.archive_button.setEnabled(row is not None)
        self.save_button.setEnabled(self.creating or (row is not None and not archived))
        self.cancel_button.setEnabled(False)
        if self.tabs is not None:
            self.tabs.setTabEnabled(1, row is not None)
            if row is None:
                self.tabs.setCurrentIndex(0)

    # --- editing -------------------------------------------------------------------------
    def start_new(self) -> None:
        if not self.editable or not self._may_drop_changes():
            return
        blocked = self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(blocked)
        self.current_id = None
        self.creating = True
        self._show_form(None, None)
        set_form_message(self.message_label, "", None)
        first = next(iter(self.form.fields), None)
        if first is not None:
            self.form.focus_field(first)

    def _on_form_changed(self) -> None:
        self.dirty = True
        self.cancel_button.setEnabled(True)
        errors = self.section.service.validate(self.form.data())
        self.form.show_errors(errors, None if self._showing_all_errors else self.form.touched)

    def save(self) -> bool:
        """Store the form (Ctrl+S); True when it was stored."""
        if not self.editable or not self.save_button.isEnabled():
            return False
        data = self.form.data()
        errors = self.section.service.validate(data)
        if errors:
            self._refuse(errors)
            return False
        try:
            record_id = self.section.service.save(self._actor, self.current_id, data)
        except ValidationFailed as exc:
            self._refuse(exc.errors)
            return False
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return False
        except Exception as exc:  # a bug: the dialog that names the log
            show_error(self, exc)
            return False
        created = self.creating
        self.creating = False
        self.current_id = record_id
        self.dirty = False
        self.reload(select=record_id)
        if created and self.tabs is not None:  # next: its lists (enrolments, work processes)
            self.tabs.setCurrentIndex(1)
        set_form_message(self.message_label, self.tr("Opgeslagen."), "formSuccess")
        self.saved.emit(record_id)
        return True

    def _refuse(self, errors: Sequence[FieldError]) -> None:
        """Every error next to its field; the first field gets the focus."""
        self._showing_all_errors = True
        if self.tabs is not None:
            self.tabs.setCurrentIndex(0)
        self.form.show_errors(errors)
        shown = [e for e in errors if e.field in self.form.fields]
        if shown:
            self.form.focus_field(shown[0].field)
        hidden = [e.message for e in errors if e.field not in self.form.fields]
        if len(shown) == 1:
            text = self.tr("Verbeter het veld met de rode tekst; er is niets opgeslagen.")
        else:
            text = self.tr(
                "Verbeter de {n} velden met een rode tekst; er is niets opgeslagen."
            ).format(n=len(shown))
        set_form_message(
            self.message_label, " ".join([*hidden, text]) if hidden or shown else text, "formError"
        )

    def cancel(self) -> None:
        """Drop the changes (Esc): the stored record again, or no form for a new one."""
        if not self.dirty and not self.creating:
            return
        set_form_message(self.message_label, "", None)
        if self.current_id is not None:
            record_id = self.current_id
            self.current_id = None
            row = next((r for r in self.rows if r.id == record_id), None)
            if row is not None:
                self._open(row)
                return
        self.creating = False
        self._show_form(None, None)

    def _may_drop_changes(self) -> bool:
        if not self.dirty:
            return True
        return self.confirm(
            self.tr("De wijzigingen in het formulier zijn niet opgeslagen. Weggooien?"),
            self.tr("Weggooien"),
        )

    # --- archiving -----------------------------------------------------------------------
    def _on_archive_clicked(self) -> None:
        row = next((r for r in self.rows if r.id == self.current_id), None)
        if row is None:
            return
        name = self.section.describe(row)
        try:
            if row.archived:
                self.section.service.restore(self._actor, row.id)
                message = self.tr("{name} is teruggezet.").format(name=name)
            else:
                if not self.confirm(
                    self.tr(
                        "{name} archiveren? Het verdwijnt uit de lijsten "
                        "en keuzes; u kunt het later terugzetten."
                    ).format(name=name),
                    self.tr("Archiveren"),
                ):
                    return
                self.section.service.archive(self._actor, row.id)
                message = self.tr("{name} is gearchiveerd.").format(name=name)
        except ServiceError as exc:
            set_form_message(self.message_label, str(exc), "formError")
            return
        self.dirty = False
        if not self.archived_check.isChecked() and not row.archived:
            self.current_id = None
            self._show_form(None, None)
        self.reload()
        set_form_message(self.message_label, message, "formSuccess")
        self.archived.emit(row.id)


