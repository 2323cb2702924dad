"""Inschrijvingen: participants in a group, their status and moves.

Being built (issue 15): this class is a placeholder until its section lands.
"""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class EnrolmentService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
