"""The PDFs of sign-offs: the receipt for the trainer, the aftekenkaart (with its QR) and
the praktijkoverzicht of a participant."""

from __future__ import annotations

from bvmdesk.db.session import Sessions


class SignOffReports:
    """The PDFs of sign-offs: receipt, aftekenkaart, praktijkoverzicht."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
