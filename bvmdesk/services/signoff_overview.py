"""Overviews of sign-offs: per group (participants x tasks) and per participant (the JSON of `report
signoffs`)."""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class SignOffOverview:
    """Overviews of sign-offs: per group (participants x tasks) and per participant (the JSON of
    `report signoffs`)."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
