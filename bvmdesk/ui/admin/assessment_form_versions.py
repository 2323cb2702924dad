"""The version history of one beoordelingsformulier: every version, newest first, with
whether an assessment uses it; look at one or print it empty."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from bvmdesk.services.assessment_types import FormSummary
from bvmdesk.ui.common.row_table import ROW_HEIGHT, Column, RowTable
from bvmdesk.ui.common.section_card import SectionCard


def yes_no(flag: bool) -> str:
    if flag:
        return QCoreApplication.translate("AssessmentForms", "ja")
    return QCoreApplication.translate("AssessmentForms", "nee")


class FormVersionsCard(SectionCard):
    """"Versies van CODE": a table of the versions and Bekijken / Deze versie afdrukken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.table_view: RowTable[FormSummary] = RowTable([
            Column(self.tr("Versie"), lambda f: str(f.version), width=72, right=True,
                   sort_key=lambda f: f.version),
            Column(self.tr("Naam"), lambda f: f.name),
            Column(self.tr("Criteria"), lambda f: str(f.criteria), width=80, right=True),
            Column(self.tr("In gebruik"), lambda f: yes_no(f.used), width=100),
        ], sortable=False)
        super().__init__(self.tr("Versies"), self.table_view, parent)
        self.view_button = QPushButton(self.tr("Bekijken…"))
        self.print_button = QPushButton(self.tr("Deze versie afdrukken…"))
        self.add_button(self.view_button)
        self.add_button(self.print_button)
        # Room for two versions (more scroll); the forms above take the rest.
        self.setMinimumHeight(ROW_HEIGHT * 2 + 120)
        self.show_versions(None, [])

    def show_versions(self, code: str | None, versions: Sequence[FormSummary]) -> None:
        self.table_view.set_rows(versions)
        self.title_label.setText(self.tr("Versies van {code}").format(code=code)
                                 if code else self.tr("Versies"))
        if versions:
            self.show_table(len(versions))
            self.table_view.select_row(0)
        else:
            self.show_message(self.tr("Kies een formulier om zijn versies te zien."))
        self.view_button.setEnabled(bool(versions))
        self.print_button.setEnabled(bool(versions))

    def current(self) -> FormSummary | None:
        return self.table_view.current_item()
