"""The eligibility list of a group on Certificaten "Uitgeven": who may get a certificate
now, why not ("2 van 3 voorwaarden: ..."), an administrator's permission and the
certificate an enrolment already has."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QWidget

from bvmdesk.services.certificate_types import EligibilityRow
from bvmdesk.ui.common.row_table import Column, RowTable

CONTEXT = "CertificatesPage"
translate = QCoreApplication.translate
YES_COLOUR, NO_COLOUR = "#1B5E20", "#B00020"


def may_issue(row: EligibilityRow) -> bool:
    """Eligible (or allowed by an administrator) and no valid certificate yet."""
    return row.eligible and row.certificate is None


def eligible_text(row: EligibilityRow) -> str:
    if row.certificate is not None:
        return translate("CertificatesPage", "Heeft er al één")
    if row.eligible and row.override:
        return translate("CertificatesPage", "Ja (toestemming)")
    return (
        translate("CertificatesPage", "Ja")
        if row.eligible
        else translate("CertificatesPage", "Nee")
    )


def _eligible_colour(row: EligibilityRow) -> str | None:
    if row.certificate is not None:
        return None
    return YES_COLOUR if row.eligible else NO_COLOUR


def conditions_text(row: EligibilityRow) -> str:
    """What the row needs: the conditions not met (the room goes to what matters), else the
    summary ("3 van 3 voorwaarden")."""
    failing = [f"{c.name} {c.detail}" for c in row.conditions if not c.met]
    return "; ".join(failing) if failing else row.summary


def _conditions_tooltip(row: EligibilityRow) -> str:
    lines = [f"{'✓' if c.met else '✗'} {c.name}: {c.detail}" for c in row.conditions]
    return "\n".join(lines) or row.summary


def eligibility_columns() -> list[Column[EligibilityRow]]:
    return [
        Column(translate("CertificatesPage", "Naam"), lambda r: r.name, 200),
        Column(translate("CertificatesPage", "Nummer"), lambda r: r.participant, 96),
        Column(
            translate("CertificatesPage", "Mag"),
            eligible_text,
            136,
            colour=_eligible_colour,
            bold=True,
            sort_key=lambda r: (r.certificate is not None, not r.eligible, r.name),
        ),
        Column(
            translate("CertificatesPage", "Voorwaarden"),
            conditions_text,
            None,
            tooltip=_conditions_tooltip,
        ),
        Column(
            translate("CertificatesPage", "Toestemming"),
            lambda r: r.override or "",
            130,
            tooltip=lambda r: (
                translate(
                    "CertificatesPage", "Toch toegestaan door een beheerder: {reason}"
                ).format(reason=r.override)
                if r.override
                else None
            ),
        ),
        Column(translate("CertificatesPage", "Certificaat"), lambda r: r.certificate or "", 136),
    ]


class EligibilityTable(RowTable[EligibilityRow]):
    """Several rows can be selected: "Uitgeven" then issues only those."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(eligibility_columns(), parent=parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selected_items(self) -> list[EligibilityRow]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        found = [self.table_model.row_at(row) for row in rows]
        return [item for item in found if item is not None]
