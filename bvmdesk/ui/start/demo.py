"""Opening the demo database: made (in a worker, with Cancel) when missing, then its accounts."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bvmdesk import config
from bvmdesk.ui.workers import TaskCancelled, TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.container import Services

DEMO_PARTICIPANTS = 120
DEMO_SEED = 1


def demo_location() -> Path:
    return config.data_dir() / config.DEMO_DB_NAME


class DemoAccountsDialog(QDialog):
    """Shows the demo accounts (name, password, role) to log in with."""

    def __init__(self, accounts: Sequence[Any], parent: QWidget | None = None, *,
                 pin_trainer: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BVM Desk: demo-accounts"))
        title = QLabel(self.tr("De demodatabase is klaar"))
        title.setObjectName("pageTitle")
        text = QLabel(self.tr(
            "Log in met een van deze accounts. Ze horen alleen bij de demodatabase; "
            "selecteer een regel en kopieer hem met Ctrl+C als u wilt."))
        text.setWordWrap(True)
        table = QTableWidget(len(accounts), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Gebruikersnaam"), self.tr("Wachtwoord"), self.tr("Rol")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, account in enumerate(accounts):
            role = str(getattr(account, "role", ""))
            role_text = self.tr("beheerder") if role == "admin" else self.tr("instructeur")
            for col, value in enumerate((account.username, account.password, role_text)):
                table.setItem(row, col, QTableWidgetItem(str(value)))
        self.accounts_table = table
        _fit_rows(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Naar inloggen"))
        ok.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(table)
        self.pin_label: QLabel | None = None
        if pin_trainer:
            self.pin_label = QLabel(self.tr(
                "Aftekenen proberen: praktijkopleider {name} heeft pincode 12345; de andere "
                "kiezen hun pincode bij hun eerste aftekening.").format(name=pin_trainer))
            self.pin_label.setWordWrap(True)
            layout.addWidget(self.pin_label)
        layout.addWidget(buttons)
        self.table = table
        self.resize(560, 360)

    def showEvent(self, event: QShowEvent) -> None:
        # Wide enough for every column at any font size (known once the style sheet has
        # been applied): a password must be read whole.
        table, header = self.table, self.table.horizontalHeader()
        columns = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                      for c in range(table.columnCount()))
        table.setMinimumWidth(columns + 2 * table.frameWidth()
                              + table.verticalScrollBar().sizeHint().width())
        super().showEvent(event)


def _fit_rows(table: QTableWidget) -> None:
    """As high as its rows: the few demo accounts are all in view, without a scroll bar."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows
                         + 2 * table.frameWidth())


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _generate(services: Services, context: TaskContext) -> Any:
    def progress(*args: Any, **kwargs: Any) -> None:
        numbers = [a for a in (*args, *kwargs.values())
                   if isinstance(a, int | float) and not isinstance(a, bool)]
        texts = [a for a in (*args, *kwargs.values()) if isinstance(a, str)]
        if len(numbers) >= 2:
            done, total = int(numbers[0]), int(numbers[1])
        elif numbers and float(numbers[0]) <= 1.0:
            done, total = int(float(numbers[0]) * 100), 100
        else:
            done, total = 0, 0
        context.progress(done, total, texts[0] if texts else "")

    result = services.generate_demo(participants=DEMO_PARTICIPANTS, seed=DEMO_SEED,
                                    progress=progress, cancelled=context.cancelled)
    if context.cancelled():
        raise TaskCancelled()
    return result


def _run_generation(parent: QWidget | None, services: Services) -> tuple[str, Any]:
    """("done", result), ("cancelled", None) or ("failed", exception), waiting for the end."""
    outcome: list[tuple[str, Any]] = []
    loop = QEventLoop()

    def finish(kind: str, value: Any) -> None:
        outcome.append((kind, value))
        loop.quit()

    run_task(parent, lambda ctx: _generate(services, ctx),
             lambda result: finish("done", result),
             label=QCoreApplication.translate("DemoDatabase", "De demodatabase wordt gemaakt…"),
             on_error=lambda exc: finish("failed", exc),
             on_cancelled=lambda: finish("cancelled", None))
    if not outcome:
        loop.exec()
    return outcome[0]


def open_demo_database(parent: QWidget | None) -> tuple[Services, str] | None:
    """Open the demo database, making it first when needed.

    Returns:
        The services on it and a username to suggest at login; None when the user cancelled
        or it failed (then the user has been told why).
    """
    from bvmdesk.services.container import open_services
    from bvmdesk.ui.common.messages import show_error

    path = demo_location()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        services = open_services(str(path), create=True)
        if services.accounts.is_set_up():
            translate = QCoreApplication.translate
            box = QMessageBox(QMessageBox.Icon.Question, "BVM Desk", translate(
                "DemoDatabase", "De demodatabase bestaat al. Openen zoals hij is, of opnieuw "
                "maken? Opnieuw maken vervangt alle demogegevens en geeft nieuwe "
                "demo-accounts."), parent=parent)
            open_button = box.addButton(translate("DemoDatabase", "Openen"),
                                        QMessageBox.ButtonRole.AcceptRole)
            remake_button = box.addButton(translate("DemoDatabase", "Opnieuw maken"),
                                          QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(translate("DemoDatabase", "Annuleren"),
                          QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is open_button:
                return services, ""
            services.close()
            if box.clickedButton() is not remake_button:
                return None
            _remove_database(path)
            services = open_services(str(path), create=True)
    except Exception as exc:
        show_error(parent, exc)
        return None

    kind, value = _run_generation(parent, services)
    if kind != "done":
        services.close()
        _remove_database(path)  # a half-made demo is of no use
        if kind == "failed":
            show_error(parent, value)
        return None
    accounts = list(getattr(value, "accounts", ()))
    DemoAccountsDialog(accounts, parent, pin_trainer=getattr(value, "pin_trainer", None)).exec()
    settings = config.Settings.load()
    settings.last_database = str(path)
    with contextlib.suppress(OSError):
        settings.save()
    return services, accounts[0].username if accounts else ""
