"""Sign-off tasks per module (Beheer): list, save, archive, restore."""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class SignOffTaskService:
    """Sign-off tasks per module (Beheer): list, save, archive, restore."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
