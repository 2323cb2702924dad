"""Printed aftekenkaarten: the card of an enrolment (same tasks, same card) and a scanned or typed
card code looked up against today's tasks."""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class CardService:
    """Printed aftekenkaarten: the card of an enrolment (same tasks, same card) and a scanned or
    typed card code looked up against today's tasks."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
