"""The parts of Beheer's master-data pattern that a section fills in: its form
(`RecordForm`: fields with their error lines, extra lists on a tab of their own) and its
description (`RecordSection`: words, service, columns); plus the list's look of an archived
row. `ui.admin.records.RecordPanel` puts them together."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.records import RecordRow, RecordService
from bvmdesk.ui.common.row_table import Column
from bvmdesk.ui.common.widgets import FieldBox, _connect_change

R = TypeVar("R", bound=RecordRow)
D = TypeVar("D")
ARCHIVED = "#5F6B7A"


class RecordForm(QWidget, Generic[D]):
    """A section's form: editors in a form layout, each in a `FieldBox` (its error line
    under it, the layout does not jump). Subclasses add their fields with `add_field` and
    implement `data` and `set_data`; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FieldBox] = {}
        self.form = QFormLayout()
        self.form.setSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # On a narrow form (1280x720, 125 %) a label goes above its field instead of
        # squeezing it.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.touched: set[str] = set()  # the fields the user edited since it was shown
        # Lists that belong to a stored record (a company's trainers, a group's enrolments):
        # under the fields, or on a tab of their own when the form sets `extras_title`.
        self.extras_page = QWidget()
        self.extras = QVBoxLayout(self.extras_page)
        self.extras.setContentsMargins(0, 0, 0, 0)
        self.extras.setSpacing(8)
        self.extras_title: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.extras_page)
        layout.addStretch(1)

    def add_field(
        self, key: str, label: str, editor: QWidget, tooltip: str | None = None
    ) -> FieldBox:
        """Add `editor` as field `key` (the name the validators use in `FieldError`)."""
        box = FieldBox(editor)
        if tooltip:
            editor.setToolTip(tooltip)
        self.fields[key] = box
        self.form.addRow(label, box)

        for widget in (editor, *editor.findChildren(QWidget)):
            _connect_change(widget, lambda *_a, k=key: self._on_edited(k))
        return box

    def _on_edited(self, key: str) -> None:
        self.touched.add(key)
        self.changed.emit()

    def data(self) -> D:
        """The record as the form shows it now."""
        raise NotImplementedError

    def set_data(self, data: D | None) -> None:
        """Show `data`; None: empty fields for a new record."""
        raise NotImplementedError

    def set_record(self, record_id: uuid.UUID | None) -> None:
        """Called after `set_data` with the record's id (None for a new one): sections fill
        their extra lists here."""

    def set_editable(self, editable: bool) -> None:
        for box in self.fields.values():
            box.editor.setEnabled(editable)

    def show_errors(self, errors: Sequence[FieldError], only: set[str] | None = None) -> None:
        """One message per field, next to it; a field without an error is cleared.
        `only`: show errors of these fields only (those the user already touched)."""
        by_field = {e.field: e.message for e in errors}
        for key, box in self.fields.items():
            message = by_field.get(key)
            box.set_error(message if only is None or key in only else None)

    def focus_field(self, key: str) -> None:
        box = self.fields.get(key)
        if box is not None:
            box.editor.setFocus(Qt.FocusReason.OtherFocusReason)


class RecordSection(Generic[R, D]):
    """What one Beheer section is: its words, service, columns and form.

    Args:
        noun: the record in a sentence ("leerbedrijf"); `plural` for the count.
        describe: the record in a question, with its code ("Leerbedrijf ACME").
        permission: what an actor needs to change records (else the form is read-only).
    """

    def __init__(
        self,
        *,
        key: str,
        title: str,
        explanation: str,
        noun: str,
        plural: str,
        new_title: str,
        service: RecordService[R, D],
        columns: Sequence[Column[R]],
        make_form: Callable[[], RecordForm[D]],
        describe: Callable[[R], str],
        permission: Permission = Permission.MANAGE_DATA,
        search_text: Callable[[R], str] | None = None,
    ) -> None:
        self.key, self.title, self.explanation = key, title, explanation
        self.noun, self.plural, self.new_title = noun, plural, new_title
        self.service, self.columns, self.make_form = service, list(columns), make_form
        self.describe, self.permission = describe, permission
        self.search_text = search_text or (lambda row: f"{row.code} {row.name}")



def archived_colour(row: RecordRow) -> str | None:
    """The list's grey for an archived row (the word "gearchiveerd" says it too)."""
    return ARCHIVED if row.archived else None


def with_archived(text: Callable[[R], str]) -> Callable[[R], str]:
    """A column text that says "(gearchiveerd)" after an archived record's name."""

    def shown(row: R) -> str:
        if not row.archived:
            return text(row)
        return text(row) + QCoreApplication.translate("RecordPanel", " (gearchiveerd)")

    return shown
