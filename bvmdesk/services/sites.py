"""Locaties (Beheer > Locaties): code, name, city and the site settings.

Being built (issue 15): this class is a placeholder until its section lands.
"""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class SiteService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
