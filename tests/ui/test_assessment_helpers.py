"""Shared set-up of the scoring tests: forms made through the real service on the GUI test
database (Zoë van 't Hek, badge BADGE0007, is enrolled in LAS-ZWL-1 of module MAG135-1),
the Beoordelingen page shown, and keys pressed as a person presses them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bvmdesk.services.assessment_types import AssessmentInfo, CriterionSpec, FormInfo, FormSpec
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.assessments.page import AssessmentsPage
from tests.ui.conftest import activate
from tests.ui.test_register_helpers import FakeClock, dutch

MODULE = "MAG135-1"
ZOE_BADGE = "BADGE0007"
WORK_PROCESSES = {"B1-K1-W1": "Bereidt de laswerkzaamheden voor",
                  "B1-K1-W2": "Last een hoeknaad met MAG 135"}


def make_form(services: Services, admin: Actor, scale: str = "ovg",
              code: str = "LAS-OPD-1") -> FormInfo:
    """Criteria 1-3 under B1-K1-W1 (1 critical), 4-5 under B1-K1-W2 (5 weighs 2)."""
    criteria = tuple(
        CriterionSpec("B1-K1-W1" if n <= 3 else "B1-K1-W2",
                      WORK_PROCESSES["B1-K1-W1" if n <= 3 else "B1-K1-W2"], n,
                      f"Criterium {n}: de naad is gelijkmatig en zonder porositeit",
                      critical=n == 1, weight=2 if n == 5 else 1)
        for n in range(1, 6))
    return services.assessments.save_form(admin, FormSpec(
        code, "Praktijkopdracht hoeklas", MODULE, "opdracht", scale, criteria))


def zoe(services: Services, actor: Actor) -> uuid.UUID:
    found = services.participants.find_by_badge(actor, ZOE_BADGE)
    assert found is not None
    return found


def start(services: Services, actor: Actor, form: FormInfo) -> AssessmentInfo:
    return services.assessments.start(actor, zoe(services, actor), form.id)


def open_page(qtbot, services: Services, actor: Actor, clock: FakeClock,
              size: tuple[int, int] = (1366, 740)) -> AssessmentsPage:
    dutch()
    page = AssessmentsPage(services.assessments, services.participants, actor, clock=clock,
                           database=services.location)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    activate(qtbot, page)
    return page


def open_scoring(qtbot, services: Services, actor: Actor, clock: FakeClock,
                 info: AssessmentInfo) -> AssessmentsPage:
    page = open_page(qtbot, services, actor, clock)
    assert page.open_assessment(info.id)
    qtbot.waitUntil(lambda: page.scoring.grid.hasFocus(), timeout=2000)
    return page


def press(qtbot, page: AssessmentsPage, clock: FakeClock, key: Qt.Key | str,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed by a person: slow, and its hold time passes before the next key."""
    clock.advance(0.25)
    target = QApplication.focusWidget() or page
    qtbot.keyClick(target, key, modifier)
    QApplication.processEvents()  # an editor commits on Enter through a queued call
    clock.advance(0.1)
    page.scoring.keys.poll()


def type_text(qtbot, page: AssessmentsPage, clock: FakeClock, text: str) -> None:
    for char in text:
        press(qtbot, page, clock, char)


def stored(services: Services, actor: Actor, assessment_id: uuid.UUID
           ) -> dict[int, tuple[str | None, str | None, str | None]]:
    """criterion number -> (value, reason, remark), read through the service."""
    info = services.assessments.assessment(actor, assessment_id)
    return {r.number: (r.value, r.reason, r.remark) for r in info.ratings}


def values(services: Services, actor: Actor, assessment_id: uuid.UUID) -> dict[int, str]:
    """criterion number -> value, of the rated criteria only."""
    return {n: v[0] for n, v in stored(services, actor, assessment_id).items()
            if v[0] is not None}
