"""Certificaten "Uitgegeven" and "Verlopen binnenkort": the register of issued certificates
as a table, with a status filter and the actions for the selected rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.certificate_types import CertificateInfo
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.formatting import format_date
from bvmdesk.ui.icons import icon

CONTEXT = "CertificatesPage"
translate = QCoreApplication.translate
STATUS_COLOURS = {"valid": "#1B5E20", "revoked": "#B00020", "superseded": "#6B7480"}
EXPIRED_COLOUR = "#B00020"


def status_text(status: str) -> str:
    """Geldig, Ingetrokken or Vervangen."""
    return {
        "valid": translate("CertificatesPage", "Geldig"),
        "revoked": translate("CertificatesPage", "Ingetrokken"),
        "superseded": translate("CertificatesPage", "Vervangen"),
    }.get(status, status)


def kind_text(kind: str) -> str:
    return (
        translate("CertificatesPage", "Bewijs van deelname")
        if kind == "deelname"
        else translate("CertificatesPage", "Certificaat")
    )


def _expires_colour(info: CertificateInfo) -> str | None:
    if info.status == "valid" and info.expires_on is not None and info.expires_on < date.today():
        return EXPIRED_COLOUR
    return None


def _status_tooltip(info: CertificateInfo) -> str:
    parts = [status_text(info.status)]
    if info.revocation_reason:
        parts.append(
            translate("CertificatesPage", "reden: {reason}").format(reason=info.revocation_reason)
        )
    if info.superseded_by:
        parts.append(
            translate("CertificatesPage", "vervangen door {number}").format(
                number=info.superseded_by
            )
        )
    if info.supersedes:
        parts.append(
            translate("CertificatesPage", "vervangt {number}").format(number=info.supersedes)
        )
    return "; ".join(parts)


def certificate_columns() -> list[Column[CertificateInfo]]:
    return [
        Column(translate("CertificatesPage", "Nummer"), lambda c: c.number, 136),
        Column(translate("CertificatesPage", "Naam"), lambda c: c.name, None),
        Column(translate("CertificatesPage", "Deelnemer"), lambda c: c.participant, 108),
        Column(translate("CertificatesPage", "Soort"), lambda c: kind_text(c.kind), 156),
        Column(
            translate("CertificatesPage", "Module"),
            lambda c: c.module,
            96,
            tooltip=lambda c: f"{c.module} · {c.module_name}",
        ),
        Column(translate("CertificatesPage", "Groep"), lambda c: c.group, 96),
        Column(
            translate("CertificatesPage", "Uitgegeven"),
            lambda c: format_date(c.issued_on, weekday=False),
            104,
            sort_key=lambda c: (c.issued_on, c.number),
            tooltip=lambda c: translate("CertificatesPage", "{date} door {who}").format(
                date=format_date(c.issued_on), who=c.issued_by
            ),
        ),
        Column(
            translate("CertificatesPage", "Status"),
            lambda c: status_text(c.status),
            112,
            colour=lambda c: STATUS_COLOURS.get(c.status),
            tooltip=_status_tooltip,
            bold=True,
        ),
        Column(
            translate("CertificatesPage", "Verloopt"),
            lambda c: (
                format_date(c.expires_on, weekday=False)
                if c.expires_on
                else translate("CertificatesPage", "nooit")
            ),
            104,
            colour=_expires_colour,
            sort_key=lambda c: c.expires_on or date.max,
        ),
    ]


class CertificateTable(RowTable[CertificateInfo]):
    """Issued certificates; several rows can be selected (to print them together)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(certificate_columns(), parent=parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selected_items(self) -> list[CertificateInfo]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        found = [self.table_model.row_at(row) for row in rows]
        return [item for item in found if item is not None]

    def select_number(self, number: str) -> bool:
        for row, item in enumerate(self.table_model.rows()):
            if item.number == number:
                self.selectionModel().setCurrentIndex(
                    self.table_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False


def matches(info: CertificateInfo, text: str) -> bool:
    """Whether the search `text` (every word) occurs in the number, name, participant,
    module or group."""
    haystack = " ".join(
        (info.number, info.name, info.participant, info.module, info.module_name, info.group)
    ).casefold()
    return all(word in haystack for word in text.casefold().split())


class IssuedView(QWidget):
    """The register: status filter, the table and the action buttons. The page runs the
    actions (they need the services); this view only says which were asked for."""

    status_changed = Signal()
    print_requested = Signal()
    open_requested = Signal()
    save_requested = Signal()
    correct_requested = Signal()
    revoke_requested = Signal()

    def __init__(self, may_manage: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[CertificateInfo] = []
        self._search = ""
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        for text, value in (
            (translate("CertificatesPage", "Alle statussen"), None),
            (translate("CertificatesPage", "Geldig"), "valid"),
            (translate("CertificatesPage", "Ingetrokken"), "revoked"),
            (translate("CertificatesPage", "Vervangen"), "superseded"),
        ):
            self.status_combo.addItem(text, value)
        status_label = QLabel(translate("CertificatesPage", "&Status:"))
        status_label.setBuddy(self.status_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.print_button = self._button(
            "fa6s.print", translate("CertificatesPage", "Afdrukken"), "Ctrl+P"
        )
        self.open_button = self._button(
            "fa6s.file-pdf", translate("CertificatesPage", "Openen"), "Ctrl+O"
        )
        self.open_button.setToolTip(
            translate("CertificatesPage", "Openen in de PDF-viewer (Ctrl+O of Enter)")
        )
        self.save_button = self._button(
            "fa6s.floppy-disk", translate("CertificatesPage", "Opslaan als…"), ""
        )
        self.correct_button = self._button(
            "fa6s.pen-to-square", translate("CertificatesPage", "Corrigeren…"), ""
        )
        self.revoke_button = self._button(
            "fa6s.ban", translate("CertificatesPage", "Intrekken…"), ""
        )
        self.revoke_button.setVisible(may_manage)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(status_label)
        top.addWidget(self.status_combo)
        top.addWidget(self.count_label)
        top.addStretch(1)
        for button in (
            self.print_button,
            self.open_button,
            self.save_button,
            self.correct_button,
            self.revoke_button,
        ):
            top.addWidget(button)
        self.table = CertificateTable()
        self.table.setObjectName("issuedTable")
        self.empty_label = QLabel(
            translate(
                "CertificatesPage",
                "Nog geen certificaten uitgegeven. Kies het tabblad Uitgeven om te beginnen.",
            )
        )
        self.empty_label.setObjectName("muted")
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.print_button.clicked.connect(self.print_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.correct_button.clicked.connect(self.correct_requested)
        self.revoke_button.clicked.connect(self.revoke_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._update_buttons()

    @staticmethod
    def _button(glyph: str, text: str, keys: str) -> QPushButton:
        button = QPushButton(icon(glyph), text)
        button.setToolTip(f"{text} ({keys})" if keys else text)
        return button

    @property
    def status(self) -> str | None:
        value = self.status_combo.currentData()
        return value if isinstance(value, str) else None

    def set_certificates(self, rows: list[CertificateInfo]) -> None:
        keep = [item.number for item in self.table.selected_items()]
        self._all = rows
        self._show(keep)

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self._show([item.number for item in self.table.selected_items()])

    def _show(self, keep: list[str]) -> None:
        shown = [info for info in self._all if matches(info, self._search)]
        self.table.set_rows(shown)
        for number in keep[:1]:
            self.table.select_number(number)
        self.count_label.setText(
            translate("CertificatesPage", "{shown} van {total}").format(
                shown=len(shown), total=len(self._all)
            )
            if self._search
            else translate("CertificatesPage", "{total} certificaten").format(total=len(shown))
        )
        self.empty_label.setVisible(not self._all and self.status is None)
        self._update_buttons()

    def _on_status_combo_changed(self, _index: int) -> None:
        self.status_changed.emit()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.selected_items()
        one = len(selected) == 1
        valid = one and selected[0].status == "valid"
        self.print_button.setEnabled(bool(selected))
        self.open_button.setEnabled(one)
        self.save_button.setEnabled(one)
        self.correct_button.setEnabled(valid)
        self.revoke_button.setEnabled(valid)


class ExpiringView(QWidget):
    """Valid certificates that expire within the next 90 days, soonest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_label = QLabel()
        self.note_label.setObjectName("muted")
        self.note_label.setWordWrap(True)
        self.table = CertificateTable()
        self.table.setObjectName("expiringTable")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.note_label)
        layout.addWidget(self.table, 1)

    def set_certificates(self, rows: list[CertificateInfo], days: int) -> None:
        self.table.set_rows(rows)
        if not rows:
            text = translate(
                "CertificatesPage", "Er verlopen geen certificaten in de komende {days} dagen."
            )
        elif len(rows) == 1:
            text = translate(
                "CertificatesPage", "1 geldig certificaat verloopt in de komende {days} dagen."
            )
        else:
            text = translate(
                "CertificatesPage",
                "{count} geldige certificaten verlopen in de komende {days} dagen.",
            )
        hint = translate("CertificatesPage", "Enter opent het certificaat, Ctrl+P drukt het af.")
        self.note_label.setText(
            text.format(count=len(rows), days=days) + (f" {hint}" if rows else "")
        )
