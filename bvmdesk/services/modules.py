"""Modules and their work processes (Beheer > Modules).

Being built (issue 15): this class is a placeholder until its section lands.
"""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class ModuleService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
