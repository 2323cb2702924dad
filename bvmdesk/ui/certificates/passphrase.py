"""Asking for the passphrase of the site's signing key (once per session: the key store keeps
the loaded key), and for a new passphrase typed twice (export, protect)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.signing_keys import MIN_PASSPHRASE, PassphraseAsk
from bvmdesk.ui.common.widgets import DialogButtons
from bvmdesk.ui.icons import icon


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    edit.setMinimumWidth(320)
    return edit


class PassphraseDialog(QDialog):
    """One passphrase (`repeat` False) or a new one typed twice (`repeat` True); a new one
    must have at least MIN_PASSPHRASE characters, or be empty when `allow_empty`."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None, *,
                 repeat: bool = False, allow_empty: bool = False,
                 save_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self._repeat = repeat
        self._allow_empty = allow_empty
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.passphrase_edit = _password_edit("passphrase")
        self.repeat_edit = _password_edit("passphraseRepeat")
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("Wachtwoordzin"), self.passphrase_edit)
        if repeat:
            form.addRow(self.tr("Nog een keer"), self.repeat_edit)
        else:
            self.repeat_edit.hide()
        self.buttons = DialogButtons(self, save_text or self.tr("OK"))
        self.buttons.save_button.setIcon(icon("fa6s.key", "#FFFFFF"))
        self.buttons.cancel_button.setIcon(icon("fa6s.xmark"))
        self.buttons.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons.message_label)
        layout.addLayout(self.buttons)
        self.passphrase_edit.setFocus()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def problem(self) -> str | None:
        """Why the typed text is refused, in Dutch; None when it will do."""
        text = self.passphrase_edit.text()
        if not self._repeat:
            return None if text else self.tr("Typ de wachtwoordzin.")
        if not text and self._allow_empty:
            return None if not self.repeat_edit.text() else self.tr(
                "De twee wachtwoordzinnen zijn niet gelijk.")
        if len(text) < MIN_PASSPHRASE:
            return self.tr("Een wachtwoordzin heeft minstens {n} tekens.").format(
                n=MIN_PASSPHRASE)
        if text != self.repeat_edit.text():
            return self.tr("De twee wachtwoordzinnen zijn niet gelijk.")
        return None

    def _on_save_button_clicked(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.buttons.message_label.setText(problem)
            self.buttons.message_label.show()
            self.passphrase_edit.setFocus()
            return
        self.accept()


def ask_passphrase(parent: QWidget | None, key_id: str) -> str | None:
    """The passphrase of key `key_id`, or None when the user cancels."""
    translate = QCoreApplication.translate
    dialog = PassphraseDialog(
        translate("Passphrase", "Wachtwoordzin voor sleutel {key}").format(key=key_id),
        translate("Passphrase", "De sleutel {key} waarmee deze locatie certificaten "
                  "ondertekent, is beveiligd met een wachtwoordzin. Typ die om te "
                  "ondertekenen; BVM Desk vraagt er deze sessie niet meer om.").format(
                      key=key_id), parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase() or None
    finally:
        dialog.deleteLater()


def ask_new_passphrase(parent: QWidget | None, title: str, explanation: str, *,
                       allow_empty: bool = False, save_text: str | None = None
                       ) -> str | None:
    """A new passphrase typed twice ("" when `allow_empty` and left empty), or None when
    the user cancels."""
    dialog = PassphraseDialog(title, explanation, parent, repeat=True,
                              allow_empty=allow_empty, save_text=save_text)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()
    finally:
        dialog.deleteLater()


def passphrase_asker(parent: QWidget | None) -> PassphraseAsk:
    """A callable for the key store: shows "Wachtwoordzin voor sleutel XXXXXXXX" and gives
    the text, or None when the user cancels."""

    def ask(key_id: str) -> str | None:
        return ask_passphrase(parent, key_id)

    return ask
