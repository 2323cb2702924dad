"""What the scoring screen's buttons do: make final, correct, discard, photos, second
assessor. Each is one service call (photos are read and stored in a worker)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from bvmdesk.domain.text import os_error_text
from bvmdesk.services.base import ServiceError, refuse_own_database
from bvmdesk.ui.assessments.dialogs import CorrectionDialog, FinaliseDialog, SecondAssessorDialog
from bvmdesk.ui.assessments.photos import IMAGE_SUFFIXES
from bvmdesk.ui.common.file_dialogs import open_file_name
from bvmdesk.ui.common.messages import ask_retry, can_retry
from bvmdesk.ui.common.section_card import confirm
from bvmdesk.ui.workers import TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.assessment_types import PhotoInfo
    from bvmdesk.ui.assessments.scoring import ScoringScreen

MAX_PHOTO_BYTES = 10 * 1024 * 1024


class ScoringActions(QObject):
    """The screen's actions; dialogs are created here and can be answered by tests."""

    def __init__(self, screen: ScoringScreen) -> None:
        super().__init__(screen)
        self.screen = screen

    # --- final, correction, discard ------------------------------------------------------
    def finalise(self) -> None:
        """Ctrl+Enter: refused with the criteria named, else the outcome and a question."""
        screen = self.screen
        info = screen.info
        if info is None or screen._refused():
            return
        screen.save_remark()
        preview = screen.write(lambda: screen.service.preview_final(screen.actor, info.id))
        if preview is None:
            return
        result, check = preview
        if not check.ok:
            screen.show_message(check.message() + self.tr(" Er is niets gewijzigd."),
                                error=True)
            numbers = check.missing_reasons or check.unrated
            row = screen.model.row_of_number(numbers[0]) if numbers else -1
            if row >= 0:
                screen.grid.select_row(row)
            screen.grid.setFocus()
            return
        dialog = FinaliseDialog(info, result, screen)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            screen.grid.setFocus()
            return
        final = screen.write(lambda: screen.service.finalise(screen.actor, info.id))
        if final is None:
            return
        screen.show_info(final)
        screen.show_message(self.tr("Beoordeling {code} is definitief.").format(
            code=final.code))
        screen.changed.emit(final.id)

    def correct(self) -> None:
        """A new draft version of a final assessment, with the reason asked here."""
        screen = self.screen
        info = screen.info
        if info is None or not info.is_final or not screen.can_record:
            return
        dialog = CorrectionDialog(info, screen)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason
        dialog.deleteLater()
        if not accepted or not reason:
            return
        draft = screen.write(lambda: screen.service.correct(screen.actor, info.id, reason))
        if draft is None:
            return
        screen.show_info(draft)
        screen.show_message(self.tr("Versie {version} van {code} is gemaakt; pas de scores "
                                    "aan en maak haar opnieuw definitief.").format(
            version=draft.version, code=draft.code))
        screen.changed.emit(draft.id)

    def discard(self) -> None:
        screen = self.screen
        info = screen.info
        if info is None or screen._refused():
            return
        question = self.tr("Concept {code} van {name} verwijderen? De scores, opmerkingen en "
                           "foto's van dit concept gaan verloren.").format(
            code=info.code, name=info.participant_name)
        if not confirm(screen, question, self.tr("Concept verwijderen")):
            return
        def discard() -> bool:
            screen.service.discard(screen.actor, info.id)
            return True

        if screen.write(discard) is None:
            return
        screen.info = None
        screen.discarded.emit(info.id)

    # --- photos --------------------------------------------------------------------------
    def choose_photo(self) -> None:
        screen = self.screen
        if screen._refused():
            return
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        path, _ = open_file_name(screen, self.tr("Foto toevoegen"), "",
                                 self.tr("Foto's ({patterns})").format(patterns=patterns))
        if path:
            self.add_photo_files([path])

    def add_photo_files(self, paths: list[str]) -> None:
        """Read and store photos in a worker (shrinking and cleaning take a moment)."""
        screen = self.screen
        info = screen.info
        if info is None or not paths or screen._refused():
            return
        service, actor, database = screen.service, screen.actor, screen.database
        unreadable = self.tr("{name} kon niet worden gelezen: {reason}. Er is niets "
                             "toegevoegd.")

        def work(context: TaskContext) -> list[PhotoInfo]:
            from bvmdesk.services.exchange.textfiles import read_bytes

            added = []
            for index, name in enumerate(paths):
                context.progress(index, len(paths))
                path = Path(name)
                refuse_own_database(database, path)  # never opened outside SQLite
                try:
                    data = read_bytes(path, MAX_PHOTO_BYTES)
                except OSError as exc:
                    raise ServiceError(unreadable.format(
                        name=path.name, reason=os_error_text(exc))) from exc
                added.append(service.add_photo(actor, info.id, data, path.name))
            return added

        def failed(exc: BaseException) -> None:
            screen.reload()
            screen.show_message(str(exc) if isinstance(exc, ServiceError) else
                                self.tr("De foto kon niet worden toegevoegd."), error=True)
            if can_retry(exc) and ask_retry(screen, exc):
                self.add_photo_files(paths)

        run_task(screen, work, self._on_photos_added,
                 label=self.tr("Foto's toevoegen…") if len(paths) > 1 else None,
                 on_error=failed)

    def _on_photos_added(self, added: list[PhotoInfo]) -> None:
        self.screen.reload()
        self.screen.show_message(self.tr("{count} foto('s) toegevoegd.").format(
            count=len(added)), muted=True)

    def remove_photo(self) -> None:
        screen = self.screen
        info = screen.info
        chosen = screen.side.photos.current_photo()
        if info is None or chosen is None or screen._refused():
            return
        photo_id, name = chosen
        if not confirm(screen, self.tr("Foto {name} verwijderen uit {code}?").format(
                name=name, code=info.code), self.tr("Foto verwijderen")):
            return
        def remove() -> bool:
            screen.service.remove_photo(screen.actor, info.id, photo_id)
            return True

        if screen.write(remove) is None:
            return
        screen.reload()

    # --- second assessor -----------------------------------------------------------------
    def second_assessor(self) -> None:
        screen = self.screen
        info = screen.info
        if info is None or screen._refused():
            return

        def save(name: str, role: str, strokes: str | None) -> None:
            screen.service.set_second_assessor(screen.actor, info.id, name=name, role=role,
                                               strokes=strokes)

        dialog = SecondAssessorDialog(info, save, screen)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            screen.reload()
            screen.show_message(self.tr("Tweede beoordelaar vastgelegd."), muted=True)
            screen.changed.emit(info.id)

    def clear_second_assessor(self) -> None:
        screen = self.screen
        info = screen.info
        if info is None or screen._refused():
            return
        if not confirm(screen, self.tr("Tweede beoordelaar {name} weghalen uit {code}?").format(
                name=info.second_assessor_name or "", code=info.code),
                self.tr("Weghalen")):
            return
        def clear() -> bool:
            screen.service.clear_second_assessor(screen.actor, info.id)
            return True

        if screen.write(clear) is None:
            return
        screen.reload()
        screen.changed.emit(info.id)
