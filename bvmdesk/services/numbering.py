"""Numbers people read (participants, assessments, later certificates): per site, from a
sequence of their kind, never given twice (DATA_MODEL.md)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from bvmdesk.db.models import NumberSequence, Site
from bvmdesk.db.session import local_site_id
from bvmdesk.services import locks
from bvmdesk.services.base import ServiceError


def local_site(s: Session) -> Site:
    """This database's own site.

    Raises:
        ServiceError: the database has no site yet.
    """
    site_id = local_site_id(s)
    site = s.get(Site, site_id) if site_id else None
    if site is None:
        raise ServiceError("Deze database is nog niet ingericht voor een locatie.")
    return site


def next_free(s: Session, kind: str, make: Callable[[Site, int], str],
              taken: Callable[[str], bool]) -> str:
    """The local site's next number of `kind`, as `make` writes it, that is not `taken`
    (an imported one may already use it). The sequence stays locked until commit, so two
    PCs never get the same number; a number handed out is never given again, also when its
    transaction is later undone by a discard."""
    site = local_site(s)
    locks.numbering(s, site.id, kind)  # before the last number is read
    seq = s.get(NumberSequence, (site.id, kind), populate_existing=True)
    if seq is None:
        seq = NumberSequence(site_id=site.id, kind=kind, last_value=0)
        s.add(seq)
    while True:
        seq.last_value += 1
        number = make(site, seq.last_value)
        if not taken(number):
            return number
