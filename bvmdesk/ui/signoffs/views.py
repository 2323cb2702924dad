"""The two views Aftekenen embeds from ui/signoffs/hours.py and group_overview.py: the bpv
hours grid of the chosen enrolment and the overview per group. Until a view exists, its
place says so plainly."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from bvmdesk.services.base import Actor

if TYPE_CHECKING:
    from bvmdesk.services.placement_hours import HoursService
    from bvmdesk.services.signoff_overview import SignOffOverview


def _slot(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def _widget_class(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def hours_view(hours: HoursService, actor: Actor) -> tuple[Any | None, QWidget]:
    """(the HoursGrid or None, the widget to show)."""
    grid_class = _widget_class("bvmdesk.ui.signoffs.hours", "HoursGrid")
    if grid_class is None:
        return None, _slot(QCoreApplication.translate(
            "SignOffsPage", "Bpv-uren: het urenoverzicht per week komt hier."))
    grid = grid_class(hours, actor)
    return grid, grid


def group_view(overview: SignOffOverview, actor: Actor) -> tuple[Any | None, QWidget]:
    """(the GroupSignOffView or None, the widget to show)."""
    view_class = _widget_class("bvmdesk.ui.signoffs.group_overview", "GroupSignOffView")
    if view_class is None:
        return None, _slot(QCoreApplication.translate(
            "SignOffsPage", "Per groep: het overzicht van de aftekeningen per groep komt "
            "hier."))
    view = view_class(overview, actor)
    return view, view
