"""The forms of Rapportages: what each report needs (group, date, period, participant) and
the Dutch file name it suggests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.clock import school_year_start
from bvmdesk.services.attendance_types import GroupChoice
from bvmdesk.services.base import Actor
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.common.participant_picker import ParticipantPicker
from bvmdesk.ui.common.widgets import FieldBox

if TYPE_CHECKING:
    from bvmdesk.services.attendance_reports import ReportService
    from bvmdesk.services.participants import ParticipantRow, ParticipantService

FIELD_WIDTH = 600
Builder = Callable[["ReportService", Actor], object]


class FormIncomplete(Exception):
    """Something the report needs is missing; the form shows it at its field."""


@dataclass(frozen=True)
class ReportRequest:
    """What to build, and the file name (without suffix) to suggest for it."""

    title: str
    build: Builder
    file_stem: str


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def period_stem(first: date, last: date) -> str:
    """`2026-09` for a whole calendar month, else `2026-08-01-2026-11-24`."""
    if (first, last) == month_bounds(first):
        return f"{first:%Y-%m}"
    return f"{first.isoformat()}-{last.isoformat()}"


def typed_date(edit: DateInput) -> date:
    """The date in `edit`; FormIncomplete when it is none (`edit` says why)."""
    value = edit.commit()
    if value is None:
        raise FormIncomplete
    return value


class PeriodFields(QWidget):
    """Van … t/m … with buttons for this month, last month and the school year so far."""

    def __init__(self, today: date, first: date, last: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.from_edit = DateInput(first)
        self.to_edit = DateInput(last)
        self.box = FieldBox(self.to_edit)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.addWidget(self.from_edit, 0, 0, Qt.AlignmentFlag.AlignTop)
        until = QLabel(self.tr("t/m"))
        until.setFixedHeight(self.from_edit.sizeHint().height())
        layout.addWidget(until, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.box, 0, 2, Qt.AlignmentFlag.AlignTop)
        presets = QHBoxLayout()
        presets.setSpacing(8)
        for text, slot in ((self.tr("Deze maand"), self.set_this_month),
                           (self.tr("Vorige maand"), self.set_last_month),
                           (self.tr("Schooljaar tot nu"), self.set_school_year)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            presets.addWidget(button)
        presets.addStretch(1)
        layout.addLayout(presets, 1, 0, 1, 4)
        layout.setColumnStretch(3, 1)

    @property
    def period(self) -> tuple[date, date]:
        """Raises FormIncomplete when a field holds no date (said at the field)."""
        return typed_date(self.from_edit), typed_date(self.to_edit)

    def set_period(self, first: date, last: date) -> None:
        self.from_edit.setDate(first)
        self.to_edit.setDate(last)

    def set_this_month(self) -> None:
        self.set_period(*month_bounds(self._today))

    def set_last_month(self) -> None:
        self.set_period(*month_bounds(self._today.replace(day=1) - timedelta(days=1)))

    def set_school_year(self) -> None:
        self.set_period(school_year_start(self._today), self._today)

    def check(self) -> tuple[date, date]:
        """The period, or FormIncomplete when it ends before it starts."""
        first, last = self.period
        if last < first:
            self.box.set_error(self.tr("De periode is leeg: de einddatum ligt voor de "
                                       "begindatum."))
            raise FormIncomplete
        self.box.set_error(None)
        return first, last


class ReportForm(QWidget):
    """One report's fields in a grid, under a sentence that says what the report is."""

    def __init__(self, title: str, description: str, file_prefix: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.file_prefix = file_prefix
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        about = QLabel(description)
        about.setObjectName("muted")
        about.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(2, 1)  # fields keep to FIELD_WIDTH, the rest stays empty
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def add_row(self, caption: str, widget: QWidget) -> None:
        row = self.grid.rowCount()
        widget.setMaximumWidth(FIELD_WIDTH)
        widget.setMinimumWidth(min(widget.sizeHint().width(), FIELD_WIDTH))
        label = QLabel(caption)
        label.setContentsMargins(0, 6, 0, 0)
        self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(widget, row, 1)

    def request(self) -> ReportRequest:
        """What to build; raises FormIncomplete (after marking the field) when unfinished."""
        raise NotImplementedError

    def _request(self, build: Builder, *parts: str) -> ReportRequest:
        return ReportRequest(self.title, build, "-".join((self.file_prefix, *parts)))


class GroupCombo(QComboBox):
    """The groups of attendance.groups(), by code and module."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(30)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box = FieldBox(self)

    def set_groups(self, groups: list[GroupChoice]) -> None:
        keep = self.currentData()
        self.clear()
        self.addItem(QCoreApplication.translate("ReportForms", "Kies een groep…"), None)
        for group in groups:
            self.addItem(f"{group.code} · {group.module_name}", group.code)
            self.setItemData(self.count() - 1, group.name, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(max(self.findData(keep), 0) if keep else 0)

    def check(self) -> str:
        code = self.currentData()
        if not code:
            self.box.set_error(QCoreApplication.translate("ReportForms", "Kies een groep."))
            raise FormIncomplete
        self.box.set_error(None)
        return str(code)


class PresentielijstForm(ReportForm):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Presentielijst"), self.tr(
            "De papieren presentielijst van de lessen van een groep op één dag, met wie "
            "vooraf afgemeld is; om te laten tekenen of als bewijs bij een financier."),
            "presentielijst", parent)
        self.group_combo = GroupCombo()
        self.day_edit = DateInput(today)
        self.add_row(self.tr("Groep"), self.group_combo.box)
        self.add_row(self.tr("Datum"), _left(self.day_edit))

    def request(self) -> ReportRequest:
        code = self.group_combo.check()
        day = typed_date(self.day_edit)
        return self._request(lambda r, a: r.presentielijst(a, code, day), code,
                             day.isoformat())


class AttendanceForm(ReportForm):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Presentieoverzicht per groep"), self.tr(
            "Per deelnemer van de groep: geplande, aanwezige, geoorloofd en ongeoorloofd "
            "gemiste uren en het aanwezigheidspercentage over de periode."),
            "presentieoverzicht", parent)
        self.group_combo = GroupCombo()
        self.period = PeriodFields(today, school_year_start(today), today)
        self.add_row(self.tr("Groep"), self.group_combo.box)
        self.add_row(self.tr("Periode"), self.period)

    def request(self) -> ReportRequest:
        code = self.group_combo.check()
        first, last = self.period.check()
        return self._request(lambda r, a: r.attendance(a, code, first, last), code,
                             period_stem(first, last))


class HoursForm(ReportForm):
    def __init__(self, participants: ParticipantService, actor: Actor, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Urenverantwoording"), self.tr(
            "Alle lessen van één deelnemer in de periode, dag voor dag met de gevolgde uren: "
            "voor de financier (UWV, gemeente) of de school."), "urenverantwoording", parent)
        self.picker = ParticipantPicker(participants, actor, list_height=96)
        self.participant: ParticipantRow | None = None
        self.picker.chosen.connect(self._on_picker_chosen)
        self.picker_box = FieldBox(self.picker)
        self.period = PeriodFields(today, *month_bounds(today))
        self.add_row(self.tr("Deelnemer"), self.picker_box)
        self.add_row(self.tr("Periode"), self.period)

    def request(self) -> ReportRequest:
        person = self.participant
        if person is None:
            self.picker_box.set_error(self.tr("Kies een deelnemer: zoek op naam of nummer, "
                                              "of scan de badge."))
            raise FormIncomplete
        self.picker_box.set_error(None)
        first, last = self.period.check()
        number = person.number
        return self._request(lambda r, a: r.hours(a, number, first, last), number,
                             period_stem(first, last))

    def _on_picker_chosen(self, row: Any) -> None:
        self.participant = row
        if row is not None:
            self.picker_box.set_error(None)


class FundersForm(ReportForm):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Uren per financier"), self.tr(
            "Per financier en per maand: het aantal deelnemers en hun aanwezige uren."),
            "uren-per-financier", parent)
        self.period = PeriodFields(today, *month_bounds(today))
        self.add_row(self.tr("Periode"), self.period)

    def request(self) -> ReportRequest:
        first, last = self.period.check()
        return self._request(lambda r, a: r.funders(a, first, last), period_stem(first, last))


class VerzuimForm(ReportForm):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Verzuimrapport"), self.tr(
            "Alle verzuimsignalen (Leerplichtwet) tot en met de peildatum, met de lessen die "
            "meetellen en of het signaal aan de school is overgedragen."), "verzuimrapport",
            parent)
        self.day_edit = DateInput(today)
        self.add_row(self.tr("Peildatum"), _left(self.day_edit))

    def request(self) -> ReportRequest:
        day = typed_date(self.day_edit)
        return self._request(lambda r, a: r.verzuim(a, day), day.isoformat())


def _left(widget: QWidget) -> QWidget:
    """`widget` at its own width, not stretched over the form."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return holder

