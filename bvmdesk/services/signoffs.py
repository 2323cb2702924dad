"""Sign-offs by the praktijkopleider: on screen (PIN and signature) and on paper (card, photo),
withdrawals, the trainers offered and their PINs."""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class SignOffService:
    """Sign-offs by the praktijkopleider: on screen (PIN and signature) and on paper (card, photo),
    withdrawals, the trainers offered and their PINs."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
