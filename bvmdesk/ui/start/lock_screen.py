"""The lock screen: while BVM Desk is locked it shows only the site and who is logged in,
a password field with "Ontgrendelen", and "Ander account".

`LockScreen` is the form (in the main window, or in a `LockDialog` when a modal dialog
was open: that one holds the keyboard then). `Cover` hides the content of every other
window of the application. A badge scanned into the password field is taken out again
and never counts as a password attempt.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.ui.common.scanner import ScannerKeyFilter
from bvmdesk.ui.common.section_card import CARD_STYLE
from bvmdesk.ui.icons import icon
from bvmdesk.ui.theme import MUTED


def locked_title() -> str:
    """Every window's title while locked (a dialog's title may name a participant)."""
    return QCoreApplication.translate("LockScreen", "BVM Desk · vergrendeld")


class LockScreen(QWidget):
    """Site, person, password, "Ontgrendelen" (Enter) and "Ander account"."""

    unlock_requested = Signal(str)  # the typed password
    logout_requested = Signal()

    def __init__(self, site_text: str, person: str,
                 clock: Callable[[], float] = time.monotonic, prefix: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        picture = QLabel()
        picture.setPixmap(icon("fa6s.lock", MUTED).pixmap(QSize(48, 48)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("BVM Desk is vergrendeld"))
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.site_label = QLabel(site_text)
        self.site_label.setObjectName("muted")
        self.site_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.person_label = QLabel(self.tr("Ingelogd: {person}").format(person=person))
        self.person_label.setObjectName("sectionTitle")
        self.person_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Wachtwoord"))
        self.password_edit.setAccessibleName(self.tr("Wachtwoord"))
        self.password_edit.setMinimumWidth(280)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.hide()
        self.other_button = QPushButton(self.tr("&Ander account"))
        self.other_button.setAutoDefault(False)
        self.other_button.setToolTip(self.tr(
            "Uitloggen: het venster sluit (wat is opgeslagen blijft bewaard) en een ander "
            "kan inloggen."))
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setAutoDefault(False)
        hint = QLabel(self.tr("Uw werk staat klaar zoals u het achterliet."))
        hint.setObjectName("muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setStyleSheet(CARD_STYLE)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(24, 24, 24, 24)
        card.setSpacing(8)
        card.addWidget(picture)
        card.addWidget(title)
        card.addWidget(self.site_label)
        card.addSpacing(8)
        card.addWidget(self.person_label)
        card.addWidget(self.password_edit)
        card.addWidget(self.error_label)
        card.addSpacing(8)
        card.addLayout(buttons)
        card.addWidget(hint)
        self.card.setMaximumWidth(440)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

        # A scanner types into the password field like a keyboard: its code is taken out
        # again and its Enter swallowed, so a scan never costs a password attempt.
        self.keys = ScannerKeyFilter(self, clock=clock, prefix=prefix, parent=self,
                                     hold_keys=False, status_keys="")
        self.keys.badge_scanned.connect(self._on_keys_badge_scanned)
        self.password_edit.returnPressed.connect(self._on_password_edit_return_pressed)
        self.password_edit.textEdited.connect(self._on_password_edit_text_edited)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.other_button.clicked.connect(self._on_other_button_clicked)

    def start(self) -> None:
        """Locked just now: an empty field with the keyboard focus."""
        self.password_edit.clear()
        self.error_label.hide()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def refuse(self, text: str) -> None:
        """The password was not accepted: say why; the field is empty for a new try."""
        self._say(text)
        self.password_edit.clear()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def submit(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.refuse(self.tr("Typ uw wachtwoord om verder te gaan."))
            return
        self.unlock_requested.emit(password)

    # --- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Never let a key reach the window behind: Enter would press a covered dialog's
        # default button, Esc would close it and lose what was typed there.
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab stays on the lock screen (the covered widgets keep their own focus)."""
        chain = [w for w in (self.password_edit, self.unlock_button, self.other_button)
                 if w.isEnabled()]
        if not chain:
            return True
        current = QApplication.focusWidget()
        index = chain.index(current) if current in chain else -1
        chain[(index + (1 if next else -1)) % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keys.install()

    def hideEvent(self, event: QHideEvent) -> None:
        self.keys.remove()
        super().hideEvent(event)

    def _on_keys_badge_scanned(self, _code: str) -> None:
        # A program that types the password (a password manager) types as fast as a
        # scanner: say so, so that the person knows why and what to do.
        self._say(self.tr("BVM Desk is vergrendeld: de scan is niet verwerkt. Ontgrendel "
                          "eerst en scan dan opnieuw. Liet u een programma uw wachtwoord "
                          "typen? Dat gaat zo snel als een scanner: typ het zelf."))

    def _on_password_edit_return_pressed(self) -> None:
        self.submit()

    def _on_password_edit_text_edited(self, _text: str) -> None:
        self.error_label.hide()

    def _on_unlock_button_clicked(self) -> None:
        self.submit()

    def _on_other_button_clicked(self) -> None:
        self.logout_requested.emit()


class LockDialog(QDialog):
    """The lock screen in a window of its own, shown when a modal dialog was open: only
    the newest modal window takes the keyboard, so the form must be in one."""

    def __init__(self, screen: LockScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = screen
        self.locked = True
        self.setWindowTitle(locked_title())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(screen)
        self.resize(560, 480)

    def reject(self) -> None:
        if not self.locked:  # Esc or the window's close button do not unlock
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:
            event.ignore()
        else:
            super().closeEvent(event)


class Cover(QWidget):
    """An opaque sheet over everything a window shows, until it is unlocked; it follows
    the window's size and stays above widgets added later."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        text = QLabel(self.tr("Vergrendeld"))
        text.setObjectName("sectionTitle")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent():
            kind = event.type()
            if kind == QEvent.Type.Resize:
                parent = self.parentWidget()
                if parent is not None:
                    self.setGeometry(parent.rect())
            elif kind in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished):
                self.raise_()
        return False

    def remove(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()
