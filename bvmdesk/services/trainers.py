"""The praktijkopleiders of all leerbedrijven, for Beheer (their PIN state; adding and
changing trainers is issue 15)."""

from __future__ import annotations

from sqlalchemy import select

from bvmdesk.db.models import Company, WorkplaceTrainer
from bvmdesk.db.session import Sessions
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import MAX_SEARCH_LENGTH, fold
from bvmdesk.services.base import Actor
from bvmdesk.services.signoff_types import TrainerInfo
from bvmdesk.services.trainer_pins import is_locked


class TrainerDirectory:
    """Reads the praktijkopleiders with their company and whether they have a PIN."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def list_trainers(self, actor: Actor, search: str = "") -> list[TrainerInfo]:
        """The trainers not removed, of companies not removed, by name then code.

        `search`: every word must occur in the code, the name or the company's name
        (accents and case do not matter). `locked_until` is set only while locked now.
        """
        actor.require(Permission.VIEW)
        words = fold(search[:MAX_SEARCH_LENGTH]).split()
        with self._sessions.read() as s:
            now = self._sessions.now()
            rows = s.execute(
                select(WorkplaceTrainer, Company)
                .join(Company, Company.id == WorkplaceTrainer.company_id)
                .where(WorkplaceTrainer.deleted_at.is_(None), Company.deleted_at.is_(None))
            ).all()
            found = []
            for trainer, company in rows:
                if words:
                    text = fold(" ".join((trainer.code, trainer.name, company.name)))
                    if not all(word in text for word in words):
                        continue
                found.append(TrainerInfo(
                    id=trainer.id, code=trainer.code, name=trainer.name,
                    company_id=company.id, company=company.name,
                    has_pin=trainer.pin_hash is not None,
                    locked_until=trainer.pin_locked_until if is_locked(trainer, now)
                    else None))
        found.sort(key=lambda t: (fold(t.name), t.code))
        return found
