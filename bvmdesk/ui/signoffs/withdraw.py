"""Withdrawing a sign-off (or an hours approval): never an edit, a new record with a reason
(3 to 200 characters), by an administrator or whoever recorded it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bvmdesk.services.signoff_types import SignOffInfo
from bvmdesk.ui.common.reason_dialog import ReasonDialog

MAX_REASON = 200


class WithdrawDialog(ReasonDialog):
    """`question` above a reason field; "Intrekken" calls `save(reason)` (a ServiceError
    is shown here and the dialog stays open)."""

    def __init__(self, title: str, question: str, save: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            title, question, translate("WithdrawDialog", "Intrekken"), "fa6s.ban", save,
            translate("WithdrawDialog", "Waarom? Bijvoorbeeld: verkeerde taak aangevinkt"),
            parent, max_length=MAX_REASON, too_short=translate(
                "WithdrawDialog",
                "Geef een reden van minstens {count} tekens; er is niets ingetrokken."))
        self.reason_edit.setObjectName("withdrawReason")
        self.setMinimumWidth(520)

    def withdraw(self) -> bool:
        """Withdraw with the reason given (False, with the message shown, when refused)."""
        return self.submit()


def withdraw_question(info: SignOffInfo, participant: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "WithdrawDialog",
        "Aftekening van taak {code} ({description}) voor {name} intrekken? Afgetekend op "
        "{date} door {trainer}. De aftekening blijft in de geschiedenis staan, met uw reden; "
        "de taak is daarna weer open.").format(
            code=info.task_code, description=info.task_description, name=participant,
            date=f"{info.day:%d-%m-%Y}", trainer=info.trainer)
