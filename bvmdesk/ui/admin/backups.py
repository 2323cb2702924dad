"""Beheer > Back-ups: the backups with their check, "Nu back-up maken", the backup folder,
and restoring one (the main window closes, the backup is restored, the user logs in again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.config import Settings
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import BackupInfo
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common.file_dialogs import existing_directory, open_file_name
from bvmdesk.ui.common.messages import set_form_message, show_task_failure
from bvmdesk.ui.common.reauth import confirm_identity
from bvmdesk.ui.formatting import format_date, role_label
from bvmdesk.ui.theme import ERROR
from bvmdesk.ui.workers import TaskContext, run_task

ROW_HEIGHT = 32


def moment_text(info: BackupInfo) -> str:
    """`di 1 sep 2026 08:30`."""
    if info.created_at is None:
        return "?"
    return f"{format_date(info.created_at.date())} {info.created_at:%H:%M}"


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class BackupsPanel(QWidget):
    """The backups of this database, newest first, and what can be done with them."""

    backup_made = Signal(object)  # BackupInfo
    restore_requested = Signal(object)  # Path: verified and confirmed; the window acts

    def __init__(self, backups: BackupService, actor: Actor, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._actor = actor
        self._settings = settings
        self._allowed = actor.may(Permission.MANAGE_DATA)
        self._loaded = False
        self.items: list[BackupInfo] = []

        title = QLabel(self.tr("Back-ups"))
        title.setObjectName("sectionTitle")
        if backups.automatic:
            intro_text = self.tr(
                "BVM Desk maakt elke dag en bij het afsluiten een back-up en bewaart de "
                "laatste 7 dagen en 4 weken. Elke back-up wordt na het maken gecontroleerd "
                "(quick_check en de audit-keten). Bij terugzetten wordt de huidige database "
                "eerst apart gezet.")
        else:
            intro_text = self.tr(
                "Deze database staat op een PostgreSQL-server: back-ups maakt u hier met "
                "pg_dump, of laat de beheerder van de server ze inplannen. Terugzetten doet "
                "de beheerder van de server met pg_restore.")
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        self.permission_label = QLabel(self.tr(
            "Alleen een beheerder kan back-ups maken of terugzetten; u bent ingelogd als "
            "{name} ({role}).").format(name=actor.name, role=role_label(actor.role)))
        self.permission_label.setObjectName("formError")
        self.permission_label.setWordWrap(True)
        self.permission_label.setVisible(not self._allowed)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_note = QLabel()
        self.folder_note.setObjectName("formError")
        self.folder_note.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Map kiezen…"))
        self.choose_button.setToolTip(self.tr(
            "Bijvoorbeeld een USB-stick. Is die map er later niet, dan gaan de back-ups naar "
            "de standaardmap."))
        self.default_button = QPushButton(self.tr("Standaardmap"))
        for button in (self.choose_button, self.default_button):
            button.setEnabled(self._allowed)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.setSpacing(8)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)

        self.create_button = QPushButton(self.tr("Nu back-up maken"))
        self.create_button.setObjectName("primary")
        self.create_button.setEnabled(self._allowed)
        self.create_button.clicked.connect(self.create_backup)
        self.restore_button = QPushButton(self.tr("Terugzetten…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.file_button = QPushButton(self.tr("Ander bestand terugzetten…"))
        self.file_button.setEnabled(self._allowed and backups.is_sqlite)
        self.file_button.clicked.connect(self._on_file_button_clicked)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.file_button)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = QLabel(self.tr("Er zijn nog geen back-ups in deze map."))
        self.empty_label.setObjectName("muted")
        self.empty_label.hide()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gemaakt"), self.tr("Soort"), self.tr("Grootte"), self.tr("Controle")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_restore_button_clicked())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.permission_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_note)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self._show_folder()

    # --- the list ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Read the backup folder again (in the background; the cheap check per backup)."""
        self._loaded = True
        backups = self._backups
        run_task(self, lambda _ctx: backups.list_all(), self._on_list_finished,
                 on_error=self._on_task_failed)

    def _on_list_finished(self, items: list[BackupInfo]) -> None:
        self.items = items
        self._show_folder()
        self.table.setRowCount(len(items))
        for row, info in enumerate(items):
            if info.ok:
                state = self.tr("In orde")
                if info.warnings:
                    state += self.tr(" (let op: {warnings})").format(
                        warnings="; ".join(info.warnings))
            else:
                state = self.tr("Niet in orde: {problems}").format(
                    problems="; ".join(info.problems))
            values = (moment_text(info), info.kind_label, size_text(info.size), state)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{state}\n{info.path}" if column == 3 else str(info.path))
                if column == 3 and not info.ok:
                    item.setForeground(QColor(ERROR))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not items)
        self._on_table_selection_changed()

    def _show_folder(self) -> None:
        folder = self._backups.folder()
        self.folder_label.setText(self.tr("Back-upmap: {path}").format(path=folder.path))
        self.folder_note.setText(folder.note or "")
        self.folder_note.setVisible(folder.note is not None)
        self.default_button.setEnabled(self._allowed and folder.chosen is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(self._allowed and self._backups.is_sqlite
                                       and info is not None and info.ok)

    # --- actions -------------------------------------------------------------------------
    def create_backup(self) -> None:
        """Make a manual backup now, in the background, then show it in the list."""
        if not self._allowed:
            return
        backups, actor = self._backups, self._actor
        self._set_message("", None)
        run_task(self, lambda _ctx: backups.create(actor), self._on_create_finished,
                 label=self.tr("Bezig met de back-up…"), on_error=self._on_task_failed)

    def _on_create_finished(self, info: BackupInfo) -> None:
        self._set_message(self.tr("Back-up gemaakt en gecontroleerd: {path}").format(
            path=info.path), "formSuccess")
        self.backup_made.emit(info)
        self.refresh()

    def request_restore(self, path: Path) -> None:
        """Verify `path` fully; when it is good and the user confirms, `restore_requested`."""
        if not self._allowed or not self._backups.is_sqlite:
            return
        backups = self._backups

        def work(_ctx: TaskContext) -> BackupInfo:
            return backups.verify(path)

        run_task(self, work, self._on_verify_finished,
                 label=self.tr("De back-up wordt gecontroleerd…"), on_error=self._on_task_failed)

    def _on_verify_finished(self, info: BackupInfo) -> None:
        if not info.ok:
            text = self.tr("Deze back-up is niet in orde en wordt niet teruggezet:\n{problems}"
                           ).format(problems="\n".join(info.problems))
            self._set_message(text, "formError")
            QMessageBox.warning(self, "BVM Desk", text)
            return
        if self.confirm_restore(info) and confirm_identity(
                self, self.tr("een back-up terugzetten")):
            self.restore_requested.emit(info.path)

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Ask before restoring; the question names the backup and what happens."""
        text = self.tr(
            "De back-up van {moment} ({kind}) terugzetten?\n\nDe huidige database wordt eerst "
            "apart gezet in dezelfde map (…voor-herstel-…). Wat na deze back-up is "
            "vastgelegd, staat daarna alleen nog in dat aparte bestand.\n\nBVM Desk sluit "
            "het hoofdvenster, zet de back-up terug en vraagt u daarna opnieuw in te loggen."
        ).format(moment=moment_text(info), kind=info.kind_label)
        if info.warnings:
            text += "\n\n" + self.tr("Let op: {warnings}").format(
                warnings="; ".join(info.warnings))
        box = QMessageBox(QMessageBox.Icon.Question, "BVM Desk", text, parent=self)
        restore = box.addButton(self.tr("Terugzetten"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def _on_restore_button_clicked(self) -> None:
        info = self.selected()
        if info is not None and info.ok:
            self.request_restore(info.path)

    def _on_file_button_clicked(self) -> None:
        name, _ = open_file_name(
            self, self.tr("Back-up kiezen"), str(self._backups.folder().path),
            self.tr("SQLite-back-up (*.sqlite);;Alle bestanden (*)"))
        if name:
            self.request_restore(Path(name))

    def choose_folder(self, folder: Path | None) -> None:
        """Use `folder` for backups from now on (None: the default), saved in the settings."""
        try:
            chosen = self._backups.choose_folder(self._actor, folder)
        except ServiceError as exc:
            self._set_message(str(exc), "formError")
            return
        self._settings.backup_dir = str(chosen.chosen) if chosen.chosen else None
        try:
            self._settings.save()
        except OSError as exc:
            self._set_message(self.tr("De keuze kon niet worden bewaard: {reason}").format(
                reason=exc), "formError")
        else:
            self._set_message(self.tr("Back-ups gaan voortaan naar {path}.").format(
                path=chosen.path), "formSuccess")
        self.refresh()

    def _on_choose_button_clicked(self) -> None:
        name = existing_directory(self, self.tr("Map voor de back-ups kiezen"),
                                                str(self._backups.folder().path))
        if name:
            self.choose_folder(Path(name))

    def _on_default_button_clicked(self) -> None:
        self.choose_folder(None)

    def _on_task_failed(self, exc: BaseException) -> None:
        show_task_failure(self, self.message_label, exc, self.tr("Dat is niet gelukt."))

    def _set_message(self, text: str, style: str | None) -> None:
        set_form_message(self.message_label, text, style)
