"""Dates, numbers and role names as the user reads them (via QLocale, never strftime)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from bvmdesk.domain.enums import Role


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None, *, weekday: bool = True) -> str:
    """`di 1 sep 2026` in Dutch (the default locale set by the translations); without the
    weekday `1 sep 2026`."""
    if value is None:
        return ""
    pattern = "ddd d MMM yyyy" if weekday else "d MMM yyyy"
    text = QLocale().toString(to_qdate(value), pattern)
    return text.replace(".", "")


def format_count(value: int) -> str:
    """`1.234` in Dutch."""
    return QLocale().toString(value)


def role_label(role: Role) -> str:
    if role is Role.ADMIN:
        return QCoreApplication.translate("Roles", "beheerder")
    return QCoreApplication.translate("Roles", "instructeur")
