"""DateInput: the one date field of the GUI. Typed dates (`3-12-2026`, `03-12-2026`,
`2026-12-03`, `di 3 dec 2026`) or a calendar; an impossible date (`31-02-2026`) is shown as
an error at the field ("31-02-2026 bestaat niet."), never silently moved to another day
(as QDateEdit does)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.dates import parse_user_date
from bvmdesk.ui.formatting import format_date, from_qdate, to_qdate
from bvmdesk.ui.icons import icon, set_calendar_arrows

INVALID_STYLE = 'QLineEdit#dateInput[invalid="true"] { border: 1px solid #B42318; }'


class DateInput(QWidget):
    """A date typed or picked. `date()` is the date shown (None when empty or wrong);
    `date_changed(date)` when the user changes it (Enter, leaving the field, the calendar,
    Up/Down for a day); `setDate` does not signal. `error` is the message at the field."""

    date_changed = Signal(object)  # dt.date

    def __init__(self, value: dt.date | None = None, *, optional: bool = False,
                 numeric: bool = False, parent: QWidget | None = None) -> None:
        """`optional`: empty is allowed (date() None, no error); `numeric`: shown as
        `14-03-2008` (a birth date) instead of `di 3 dec 2026`."""
        super().__init__(parent)
        self.optional = optional
        self.numeric = numeric
        self._date: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("dateInput")
        self.edit.setPlaceholderText("d-m-jjjj")
        self.edit.setToolTip(self.tr("Typ een datum (3-12-2026 of 2026-12-03) of kies er "
                                     "een met de knop; Alt+↓ opent de kalender, ↑ en ↓ gaan "
                                     "een dag verder."))
        self.edit.installEventFilter(self)
        # The calendar (a popup window of this field) is made on first use: a form has many
        # date fields and most are never opened.
        self._calendar: QCalendarWidget | None = None
        self.button = QToolButton()
        self.button.setIcon(icon("fa6s.calendar-days"))
        self.button.setToolTip(self.tr("Kalender (Alt+↓)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.setStyleSheet(INVALID_STYLE)
        self.setFocusProxy(self.edit)
        self.setMinimumWidth(170)
        self.setMaximumWidth(260)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        self.button.clicked.connect(self.open_calendar)
        self.setDate(value)

    # --- value ---------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date in the field; None when it is empty or not a date (see `error`)."""
        return None if self.error else self._date

    def setDate(self, value: dt.date | QDate | None) -> None:
        """Show `value` (`di 3 dec 2026`; a QDate as QDateEdit takes it); no `date_changed`."""
        if isinstance(value, QDate):
            value = from_qdate(value) if value.isValid() else None
        self._date = value
        if value is None:
            self.edit.setText("")
        else:
            self.edit.setText(f"{value:%d-%m-%Y}" if self.numeric else format_date(value))
        self.set_error(None)

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setVisible(not read_only)

    def isReadOnly(self) -> bool:
        return self.edit.isReadOnly()

    @property
    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def set_error(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))
        self.edit.setProperty("invalid", bool(text))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def commit(self) -> dt.date | None:
        """Read what is typed now: the date, or None with the error shown at the field."""
        if not self.edit.isModified() and not self.error:
            return self._date  # unchanged since shown
        text = self.edit.text().strip()
        if not text and self.optional:
            self._change(None)
            return None
        try:
            value = parse_user_date(text)
        except ValueError as exc:
            self.set_error(str(exc))
            return None
        self._change(value)
        return value

    def _change(self, value: dt.date | None) -> None:
        changed = value != self._date
        self.setDate(value)
        if changed and value is not None:
            self.date_changed.emit(value)

    # --- keys and slots ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
            if self.edit.isReadOnly():
                return False
            if key == Qt.Key.Key_Down and alt:
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
                current = self.commit() if self.edit.isModified() else self.date()
                if current is not None:
                    step = dt.timedelta(days=1 if key == Qt.Key.Key_Up else -1)
                    self._change(current + step)
                return True
        return super().eventFilter(watched, event)

    def _on_edit_editing_finished(self) -> None:
        self.commit()

    @property
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            set_calendar_arrows(calendar)
            calendar.clicked.connect(self._on_calendar_clicked)
            calendar.activated.connect(self._on_calendar_clicked)
            self._calendar = calendar
        return self._calendar

    def open_calendar(self) -> None:
        """Show the calendar under the field, on the date in it (or today)."""
        value = self.date()
        self.calendar.setSelectedDate(to_qdate(value) if value else QDate.currentDate())
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _on_calendar_clicked(self, value: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self._change(from_qdate(value))
        self.edit.setFocus()
