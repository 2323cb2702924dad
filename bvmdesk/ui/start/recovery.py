"""A damaged database: a clear choice (restore the newest good backup, open another database,
close), and the restore itself, done while no window has the database open."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.config import mask_location
from bvmdesk.domain.enums import Role
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import BackupInfo, RestoreResult
from bvmdesk.services.base import Actor
from bvmdesk.ui.admin.backups import moment_text
from bvmdesk.ui.common.file_dialogs import open_file_name
from bvmdesk.ui.start.next_step import NextStep
from bvmdesk.ui.workers import run_task

CHOICE_RESTORE, CHOICE_OTHER, CHOICE_CLOSE = "restore", "other", "close"


def recovery_actor() -> Actor:
    """Who restores from the recovery dialog: the OS user, as on the command line (whoever
    can reach the file can copy a backup over it anyway)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "onbekend"
    return Actor(name=f"herstel:{user}", role=Role.ADMIN, display_name=f"herstel ({user})")


class RecoveryDialog(QDialog):
    """The database is damaged: restore the newest good backup, open another one, or close."""

    def __init__(self, location: str, problems: list[str], newest: BackupInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BVM Desk: database beschadigd"))
        self.choice = CHOICE_CLOSE
        self.chosen_location: str | None = None
        self.newest = newest
        title = QLabel(self.tr("De database is beschadigd"))
        title.setObjectName("pageTitle")
        shown = "\n".join(f"• {p}" for p in problems[:5])
        text = QLabel(self.tr(
            "SQLite meldt dat {location} beschadigd is:\n{problems}\n\nWerk er niet mee "
            "verder: zet een back-up terug, of open een andere database. Bij terugzetten "
            "blijft de beschadigde database bewaard (…voor-herstel-…) in dezelfde map."
        ).format(location=mask_location(location), problems=shown))
        text.setWordWrap(True)
        text.setMinimumWidth(520)
        if newest is not None:
            backup_text = self.tr("Nieuwste goede back-up: {moment} ({kind}), {path}").format(
                moment=moment_text(newest), kind=newest.kind_label, path=newest.path)
        else:
            backup_text = self.tr("Er is geen goede back-up gevonden in de back-upmap.")
        self.backup_label = QLabel(backup_text)
        self.backup_label.setWordWrap(True)
        self.backup_label.setObjectName("muted" if newest else "formError")
        self.restore_button = QPushButton(self.tr("Nieuwste back-up terugzetten"))
        self.restore_button.setObjectName("primary")
        self.restore_button.setEnabled(newest is not None)
        self.other_button = QPushButton(self.tr("Andere database openen…"))
        self.close_button = QPushButton(self.tr("BVM Desk sluiten"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.other_button.clicked.connect(self._on_other_button_clicked)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.backup_label)
        layout.addLayout(buttons)
        (self.restore_button if newest else self.other_button).setDefault(True)

    def _on_restore_button_clicked(self) -> None:
        self.choice = CHOICE_RESTORE
        self.accept()

    def _on_other_button_clicked(self) -> None:
        name, _ = open_file_name(
            self, self.tr("Database openen"), "", self.tr("BVM Desk-database (*.sqlite);;"
                                                          "Alle bestanden (*)"))
        if name:
            self.open_other(name)

    def open_other(self, location: str) -> None:
        self.choice = CHOICE_OTHER
        self.chosen_location = location
        self.accept()


def ask_recovery(parent: QWidget | None, backups: BackupService,
                 problems: list[str]) -> NextStep | None:
    """Show the recovery dialog for the database of `backups`.

    Returns:
        The next step (restore, or another database); None: close BVM Desk.
    """
    dialog = RecoveryDialog(backups.location, problems, backups.newest_good(), parent)
    dialog.exec()
    if dialog.choice == CHOICE_RESTORE and dialog.newest is not None:
        return NextStep(backups.location, dialog.newest.path, recovery_actor())
    if dialog.choice == CHOICE_OTHER and dialog.chosen_location:
        return NextStep(dialog.chosen_location)
    return None


def restore_backup(backups: BackupService, actor: Actor, backup: Path) -> bool:
    """Restore `backup` (nothing has the database open now) with a progress dialog; tell
    the user how it went. Returns whether it was restored."""
    outcome: list[tuple[str, Any]] = []
    loop = QEventLoop()

    def finish(kind: str, value: Any) -> None:
        outcome.append((kind, value))
        loop.quit()

    translate = QCoreApplication.translate
    run_task(None, lambda _ctx: backups.restore(actor, backup),
             lambda result: finish("done", result),
             label=translate("Recovery", "De back-up wordt teruggezet…"),
             on_error=lambda exc: finish("failed", exc))
    if not outcome:
        loop.exec()
    kind, value = outcome[0]
    if kind == "failed":
        from bvmdesk.ui.common.messages import show_error

        show_error(None, value)
        return False
    result: RestoreResult = value
    QMessageBox.information(None, "BVM Desk", translate(
        "Recovery", "De back-up {backup} is teruggezet.\n\nDe vorige database staat in "
        "{aside}.\n\nLog opnieuw in.").format(backup=result.backup.name, aside=result.aside))
    return True
