"""Shared set-up of the register tests: a lesson of 16 on a real database, a fake clock."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.attendance.register import RegisterPage
from tests.ui.conftest import activate

DAY = date(2026, 9, 1)  # a Tuesday; the group starts that day
NOW = datetime(2026, 9, 1, 8, 40)  # ten minutes into the lesson
START, END = time(8, 30), time(16, 30)


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_lesson(services: Services, admin: Actor) -> uuid.UUID:
    """Enrol 15 more people in LAS-ZWL-1 (16 with Zoë), one of them with badge `A123`, and
    plan the lesson of DAY."""
    from bvmdesk.db.models import Enrolment, Group, Participant

    with sessions_of(services).write("test") as s:
        group = s.scalars(select(Group)).one()
        people = s.scalars(select(Participant).where(Participant.number.like("T-%"))
                           .order_by(Participant.number).limit(15)).all()
        for person in people:
            s.add(Enrolment(participant_id=person.id, group_id=group.id, start_date=DAY,
                            status="actief"))
        people[3].badge = "A123"
        group_id = group.id
    return services.lessons.add_lesson(admin, group_id, DAY, START, END).id


def dutch() -> None:
    """Dutch dates ("di 1 sep 2026"), as the app sets them at start-up."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def open_page(qtbot, services: Services, actor: Actor, clock: FakeClock,
              now: datetime = NOW) -> RegisterPage:
    dutch()
    services.attendance.now = lambda: now
    page = RegisterPage(services.attendance, actor, clock=clock, now=lambda: now)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    activate(qtbot, page)
    page.table.setFocus()
    return page


def press(qtbot, page: RegisterPage, clock: FakeClock, key: Qt.Key | str,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed by a person: slow, and its hold time passes before the next key."""
    clock.advance(0.25)
    target = QApplication.focusWidget() or page
    qtbot.keyClick(target, key, modifier)
    clock.advance(0.1)
    page.keys.poll()


def scan(qtbot, page: RegisterPage, clock: FakeClock, code: str, widget=None) -> None:
    """A USB scanner: every character 3 ms after the last, then Enter."""
    clock.advance(1.0)
    target = widget or page.table
    for char in code:
        qtbot.keyClick(target, char)
        clock.advance(0.003)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    clock.advance(0.5)
    page.keys.poll()


def stored(services: Services, actor: Actor, lesson_id: uuid.UUID) -> dict[str, str | None]:
    """name -> current status, as the database has it."""
    register = services.attendance.register(actor, lesson_id)
    return {r.name: (r.mark.status if r.mark else None) for r in register.rows}
