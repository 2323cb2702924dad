"""Shared set-up of the Aftekenen GUI tests: the sign-off world of
tests/services/signoff_support.py on the GUI test database, a drawn signature, a page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from bvmdesk.domain.clock import Clock
from bvmdesk.domain.enums import Role
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.common.signature_pad import SignaturePad
from bvmdesk.ui.signoffs.page import SignOffsPage
from tests.db.support import INSTRUCTOR as GROUP_INSTRUCTOR
from tests.services.signoff_support import SignOffWorld, signoff_world
from tests.ui.conftest import activate

TODAY = date(2026, 10, 12)
PIN = "24680"
STROKE = [(30, 90), (60, 60), (90, 100), (130, 50), (170, 95)]


def world(services: Services) -> SignOffWorld:
    """The sign-off world (its group's instructor `docent` added to the GUI database), with
    a badge for Sanne and services whose today is TODAY. Petra Bakker (the GUI tests'
    instructor) teaches its group AFT-1 too, so that she sees it (own groups only)."""
    from bvmdesk.db.models import GroupInstructor, Participant, User

    services.accounts.add_user(Actor.cli(), GROUP_INSTRUCTOR, Role.INSTRUCTOR,
                               "krijt en bord 2026", "Docent Dijkstra")
    built = signoff_world(services)
    with sessions_of(services).write("test") as s:
        sanne = s.scalars(select(Participant).where(Participant.id == built.participant_id)
                          ).one()
        sanne.badge = "BADGE0900"
        petra = s.scalars(select(User.id).where(User.username == "pbakker")).one()
        s.add(GroupInstructor(group_id=built.group_id, user_id=petra))
    set_today(services, TODAY)
    return built


def set_today(services: Services, day: date) -> None:
    """The services' and the page's today (sign-off dates may not lie after it)."""
    sessions_of(services).clock = Clock(today=day)


def _mouse(widget, kind, point: QPoint, buttons) -> None:
    event = QMouseEvent(kind, QPointF(point), widget.mapToGlobal(QPointF(point)),
                        Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def draw(pad: SignaturePad, points: list[tuple[int, int]] | None = None) -> None:
    """A stroke drawn with the mouse: press, moves with the button held, release."""
    points = points or STROKE
    left = Qt.MouseButton.LeftButton
    _mouse(pad.canvas, QMouseEvent.Type.MouseButtonPress, QPoint(*points[0]), left)
    for x, y in points[1:]:
        _mouse(pad.canvas, QMouseEvent.Type.MouseMove, QPoint(x, y), left)
    _mouse(pad.canvas, QMouseEvent.Type.MouseButtonRelease, QPoint(*points[-1]),
           Qt.MouseButton.NoButton)


def open_page(qtbot, services: Services, actor: Actor) -> SignOffsPage:
    page = SignOffsPage(services.signoffs, services.bpv_hours, services.signoff_cards,
                        services.signoff_reports, services.signoff_overview,
                        services.participants, actor, today=lambda: TODAY,
                        database=services.location)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    activate(qtbot, page)
    return page
