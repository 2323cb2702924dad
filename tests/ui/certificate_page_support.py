"""A group ready for certificates in the GUI test database, and the page around it."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.certificates.page import CertificatesPage

GROUP = "LAS-ZWL-1"


def enrol_everyone(services: Services) -> list[str]:
    """Enrol the four named participants not yet in LAS-ZWL-1 (Zoë already is): five in
    the group; their numbers, in name order of the template."""
    from bvmdesk.db.models import Enrolment, Group, Participant

    with sessions_of(services).write("test") as s:
        group = s.scalars(select(Group).where(Group.code == GROUP)).one()
        enrolled = set(s.scalars(select(Enrolment.participant_id)
                                 .where(Enrolment.group_id == group.id)))
        named = s.scalars(select(Participant).where(~Participant.number.like("T-%"))
                          .order_by(Participant.number)).all()
        for participant in named:
            if participant.id not in enrolled:
                s.add(Enrolment(participant_id=participant.id, group_id=group.id,
                                start_date=date(2026, 9, 1), status="actief"))
        return [p.number for p in named]


def set_minimum_attendance(services: Services, pct: int | None) -> None:
    from bvmdesk.db.models import Module

    with sessions_of(services).write("test") as s:
        module = s.scalars(select(Module).where(Module.code == "MAG135-1")).one()
        module.min_attendance_pct = pct


def close_summary(page: CertificatesPage) -> None:
    """The batch summary is a window of its own: a window-modal dialog left open would be
    the next test's active modal widget."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if page.summary_dialog is not None:
        page.summary_dialog.close()
        # deleted now (it deletes itself on close), not after its page has gone
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_page(qtbot: Any, services: Services, actor: Actor, **kwargs: Any) -> CertificatesPage:
    page = CertificatesPage(services, actor, database=services.location, **kwargs)
    qtbot.addWidget(page, before_close_func=close_summary)
    page.resize(1190, 700)
    page.show()
    qtbot.waitExposed(page)
    return page
