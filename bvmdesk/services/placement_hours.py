"""Weekly bpv hours: entered per ISO week by the instructor, approved by the trainer (PIN and
signature); a change supersedes and voids the approval."""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class HoursService:
    """Weekly bpv hours: entered per ISO week by the instructor, approved by the trainer (PIN and
    signature); a change supersedes and voids the approval."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
