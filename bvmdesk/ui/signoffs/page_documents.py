"""What Aftekenen saves besides sign-offs: the aftekenkaart and the praktijkoverzicht as PDF,
and hours typed in the grid that would be dropped when another enrolment is shown."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.signoff_types import CardInfo, EnrolmentRef
from bvmdesk.ui.signoffs.pdf_files import ask_pdf_path, save_pdf

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bvmdesk.services.signoff_reports import SignOffReports
    from bvmdesk.ui.signoffs.hours import HoursGrid
    from bvmdesk.ui.signoffs.page import SignOffsPage



def _failed(page: SignOffsPage, exc: BaseException) -> None:
    page.show_message(str(exc) if isinstance(exc, ServiceError) else translate("SignOffsPage",
        "Het PDF-bestand kon niet worden gemaakt."), error=True)


def print_card(page: SignOffsPage, reports: SignOffReports, actor: Actor, ref: EnrolmentRef,
               target: Path | None, database: str | None) -> None:
    """The enrolment's aftekenkaart, written to `target` (asked when None)."""
    target = target or ask_pdf_path(page, translate("SignOffsPage", "Aftekenkaart opslaan"),
                                    f"aftekenkaart-{ref.participant_number}-"
                                    f"{ref.group_code}.pdf")
    if target is None:
        return
    made: list[CardInfo] = []

    def make() -> bytes:
        card, content = reports.card(actor, ref.id)
        made.append(card)
        return content

    def done(path: Path) -> None:
        page.show_message(translate(
            "SignOffsPage", "Aftekenkaart {code} (versie {version}) opgeslagen: {path}")
                          .format(code=made[0].code if made else "",
                                  version=made[0].version if made else "", path=path))

    save_pdf(page, make, target, done, lambda exc: _failed(page, exc), database=database)


def print_group_cards(page: SignOffsPage, reports: SignOffReports, actor: Actor,
                      group_id: uuid.UUID, group_code: str, target: Path | None,
                      database: str | None) -> None:
    """One PDF with the aftekenkaart of everyone in the group with a workplace."""
    target = target or ask_pdf_path(page, translate("SignOffsPage", "Aftekenkaarten opslaan"),
                                    f"aftekenkaarten-{group_code}.pdf")
    if target is None:
        return
    save_pdf(page, lambda: reports.group_cards(actor, group_id), target,
             lambda path: page.show_message(translate(
                 "SignOffsPage", "Aftekenkaarten van {group} opgeslagen: {path}").format(
                     group=group_code, path=path)),
             lambda exc: _failed(page, exc), database=database)


def save_overview(page: SignOffsPage, reports: SignOffReports, actor: Actor,
                  participant_id: uuid.UUID, number: str, target: Path | None,
                  database: str | None) -> None:
    """The participant's praktijkoverzicht, written to `target` (asked when None)."""
    target = target or ask_pdf_path(page, translate("SignOffsPage", "Praktijkoverzicht opslaan"),
                                    f"praktijkoverzicht-{number}.pdf")
    if target is None:
        return
    save_pdf(page, lambda: reports.praktijkoverzicht(actor, participant_id), target,
             lambda path: page.show_message(translate(
                 "SignOffsPage", "Praktijkoverzicht opgeslagen: {path}")
                                            .format(path=path)),
             lambda exc: _failed(page, exc), database=database)


def ask_to_save_hours(parent: QWidget, grid: HoursGrid, next_id: uuid.UUID | None) -> None:
    """Hours typed for the enrolment shown and not saved: ask to save them before the grid
    shows `next_id` (which drops them)."""
    if grid.enrolment_id is None or next_id == grid.enrolment_id:
        return
    weeks = grid.unsaved_weeks
    if not weeks:
        return
    box = QMessageBox(QMessageBox.Icon.Question, "BVM Desk", translate("SignOffsPage",
        "De bpv-uren van {weeks} zijn nog niet opgeslagen. Nu opslaan?").format(
            weeks=", ".join(weeks)), QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(translate("SignOffsPage", "Opslaan"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("SignOffsPage", "Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(save)
    box.exec()
    if box.clickedButton() is save:
        grid.save()
