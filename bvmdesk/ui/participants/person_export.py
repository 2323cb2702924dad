""""Inzageverzoek exporteren…" on the participant card (AVG art. 15): administrators only;
asks the password again when it is stale, asks where, makes the zip in the background with
progress and Cancel, and says where the file is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor
from bvmdesk.ui.common.file_dialogs import save_file_name
from bvmdesk.ui.common.reauth import confirm_identity
from bvmdesk.ui.workers import TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.person_export import ExportSummary, PersonExportService

Shown = Callable[[], "tuple[str, str] | None"]
"""(number, name) of the participant the card shows; None when none (or a new one)."""


class PersonExportButton(QPushButton):
    """The button; `export()` runs the whole flow (tests call it too)."""

    exported = Signal(object)  # ExportSummary of a written zip

    def __init__(self, service: PersonExportService, actor: Actor, shown: Shown,
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Inzageverzoek exporteren…"))
        self.setObjectName("personExportButton")
        self.setToolTip(self.tr("Alles wat BVM Desk over deze deelnemer bewaart in één "
                                "zip-bestand, voor een inzageverzoek (AVG artikel 15)."))
        self.setAutoDefault(False)
        self._service = service
        self._actor = actor
        self._shown = shown
        self._today = today
        self._folder = str(Path.home())
        self.last_box: QMessageBox | None = None  # the closing message (for tests)
        # Instructors do not see it: the export is an administrator's task (the service
        # refuses them as well).
        self.setHidden(not actor.may(Permission.MANAGE_DATA))
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self) -> None:
        self.export()

    def export(self) -> None:
        shown = self._shown()
        if shown is None or not self._actor.may(Permission.MANAGE_DATA):
            return
        number, name = shown
        if not confirm_identity(self, self.tr("een inzageverzoek exporteren")):
            return
        target = self.ask_path(number)
        if target is not None:
            self.export_to(target, number, name)

    def ask_path(self, number: str) -> Path | None:
        """The zip to write (`.zip` added when the name lacks it), or None."""
        suggested = Path(self._folder) / f"inzage-{number}-{self._today().isoformat()}.zip"
        name, _ = save_file_name(self, self.tr("Inzageverzoek exporteren"), str(suggested),
                                 self.tr("Zip-bestand (*.zip)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".zip":
            target = target.with_name(f"{target.name}.zip")
        self._folder = str(target.parent)
        return target

    def export_to(self, target: Path, number: str, name: str) -> None:
        """Make the zip in the background (progress and Cancel), then say where it is."""

        def work(context: TaskContext) -> ExportSummary:
            return self._service.export_person(self._actor, number, target,
                                               progress=context.progress,
                                               cancelled=context.cancelled)

        def done(summary: ExportSummary) -> None:
            if summary.cancelled:
                self._say(self.tr("Geannuleerd; er is niets geschreven."), None)
                return
            self.exported.emit(summary)
            self._say(self.tr(
                "De gegevens van {name} ({number}) staan in:\n{path}\n\n{rows} rijen, "
                "{attachments} bijlagen en {certificates} certificaten; overzicht.pdf is "
                "het leesbare overzicht. Het bestand bevat persoonsgegevens: geef het "
                "alleen aan de deelnemer zelf.").format(
                    name=name, number=number, path=summary.file, rows=summary.rows,
                    attachments=summary.attachments, certificates=summary.certificates),
                target.parent)

        run_task(self.window(), work, done,
                 label=self.tr("Inzage van {number} wordt gemaakt…").format(number=number),
                 on_cancelled=lambda: self._say(
                     self.tr("Geannuleerd; er is niets geschreven."), None))

    def _say(self, text: str, folder: Path | None) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Inzageverzoek"), text,
                          QMessageBox.StandardButton.NoButton, self.window())
        box.setObjectName("personExportDone")
        ok = box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = (box.addButton(self.tr("Map openen"), QMessageBox.ButtonRole.ActionRole)
                       if folder is not None else None)
        box.setDefaultButton(ok)
        self.last_box = box
        box.exec()
        if open_folder is not None and box.clickedButton() is open_folder and folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
