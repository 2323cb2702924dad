"""Background work: a function off the GUI thread, with progress and Cancel; results by signal.

Tests call `set_synchronous(True)`: the function then runs at once on the calling thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("bvmdesk.ui")
T = TypeVar("T")
_synchronous: list[bool] = [False]
_running: set[TaskHandle[Any]] = set()


def is_synchronous() -> bool:
    """Whether work runs at once on the calling thread (tests)."""
    return _synchronous[0]


def set_synchronous(flag: bool) -> None:
    """Run every task immediately on the calling thread (for tests)."""
    _synchronous[0] = flag


class TaskCancelled(Exception):
    """Raised by a task function that stops because the user pressed Cancel."""


class TaskContext:
    """Handed to the task function: report progress, ask whether to stop."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._report: Callable[[int, int, str], None] | None = None

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._report is not None:
            self._report(int(done), int(total), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; signals from the worker arrive here queued."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, func: Callable[[TaskContext], Any], context: TaskContext,
                 relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._context = context
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._func(self._context)
        except BaseException as exc:  # every failure reaches the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskHandle(Generic[T]):
    """One running task; keeps its relay and progress dialog alive until it ends."""

    def __init__(self, parent: QWidget | None, func: Callable[[TaskContext], T],
                 on_done: Callable[[T], None], on_error: Callable[[BaseException], None],
                 on_cancelled: Callable[[], None] | None, label: str | None) -> None:
        self.context = TaskContext()
        self._func = func
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._dialog: QProgressDialog | None = None
        self._relay = _Relay()
        if label is not None:
            dialog = QProgressDialog(label, _cancel_text(), 0, 0, parent)
            dialog.setWindowTitle("BVM Desk")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setMinimumWidth(420)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self._on_dialog_canceled)
            self._dialog = dialog
        self._relay.progressed.connect(self._on_relay_progressed)
        self._relay.succeeded.connect(self._on_relay_succeeded)
        self._relay.failed.connect(self._on_relay_failed)

    def start(self) -> None:
        if _synchronous[0]:
            try:
                result = self._func(self.context)
            except BaseException as exc:
                self._on_relay_failed(exc)
            else:
                self._on_relay_succeeded(result)
            return
        _running.add(self)
        self.context._report = self._relay.progressed.emit
        if self._dialog is not None:
            self._dialog.show()
        QThreadPool.globalInstance().start(_Runnable(self._func, self.context, self._relay))

    def _on_dialog_canceled(self) -> None:
        self.context.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(_cancelling_text())

    def _on_relay_progressed(self, done: int, total: int, text: str) -> None:
        if self._dialog is None or self.context.cancelled():
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self._dialog.setLabelText(text)

    def _finish(self) -> None:
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_relay_succeeded(self, result: Any) -> None:
        self._finish()
        if self.context.cancelled() and self._on_cancelled is not None:
            self._on_cancelled()
        else:
            self._on_done(result)

    def _on_relay_failed(self, exc: BaseException) -> None:
        self._finish()
        if self.context.cancelled() or isinstance(exc, TaskCancelled):
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        self._on_error(exc)


def _cancel_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Workers", "Annuleren")


def _cancelling_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Workers", "Bezig met annuleren…")


def run_task(parent: QWidget | None, func: Callable[[TaskContext], T],
             on_done: Callable[[T], None], *, label: str | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_cancelled: Callable[[], None] | None = None) -> TaskHandle[T]:
    """Run `func(context)` in the thread pool; `on_done(result)` on the GUI thread.

    Args:
        parent: the window a progress dialog belongs to (and error dialogs).
        label: show a progress dialog with this text and a Cancel button; None: no dialog.
        on_error: called with the exception; default: an error dialog.
        on_cancelled: called instead of `on_done` when the user cancelled.
    """
    if on_error is None:
        from bvmdesk.ui.common.messages import show_error

        def on_error(exc: BaseException) -> None:
            # A busy database: "Opnieuw proberen" runs the same task again.
            show_error(parent, exc, retry=lambda: run_task(
                parent, func, on_done, label=label, on_cancelled=on_cancelled))

    handle = TaskHandle(parent, func, on_done, on_error, on_cancelled, label)
    handle.start()
    return handle
