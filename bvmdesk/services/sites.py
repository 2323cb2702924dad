"""Locaties (Beheer > Locaties): code, name, city and the site settings (the verzuim
thresholds, the default scanner prefix of the site's PCs and the idle lock).

The local site (the one this installation is, `db.session.local_site_id`) is never
archived; another site is refused while live groups or holidays use it. A site's code does
not change once it is stored: it is the first part of the participant, assessment,
certificate and card numbers already handed out, and other sites know the site by it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Group, Holiday, Site
from bvmdesk.db.session import Sessions, local_site_id
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.records import clean
from bvmdesk.domain.sites import (
    SiteData,
    idle_lock_minutes_of,
    merged_settings,
    scanner_prefix_of,
    site_data,
    validate_site,
)
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.records import (
    RecordRow,
    Usage,
    count_of,
    live,
    refuse_in_use,
    refuse_taken_code,
    set_archived,
)
from bvmdesk.services.retry import run_write

MISSING = "Deze locatie bestaat niet (meer)."


@dataclass(frozen=True)
class SiteRow(RecordRow):
    city: str | None
    local: bool  # this installation's own site
    groups: int  # live groups at the site


class SiteService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    # --- reading -------------------------------------------------------------------------
    def records(self, actor: Actor, include_archived: bool = False) -> list[SiteRow]:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            own = local_site_id(s)
            stmt = select(Site).order_by(Site.code)
            if not include_archived:
                stmt = stmt.where(Site.deleted_at.is_(None))
            groups = {location: int(n) for location, n in s.execute(
                select(Group.location_id, func.count()).where(Group.deleted_at.is_(None))
                .group_by(Group.location_id))}
            return [SiteRow(site.id, site.code, site.name, site.deleted_at is not None,
                            site.city, site.id == own, groups.get(site.id, 0))
                    for site in s.scalars(stmt)]

    def get(self, actor: Actor, record_id: uuid.UUID) -> SiteData:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            site = s.get(Site, record_id)
            if site is None:
                raise NotFound(MISSING)
            return site_data(site.code, site.name, site.city, site.settings)

    def local_site_id(self) -> uuid.UUID | None:
        return self._sessions.local_site_id()

    def local_site_code(self, actor: Actor) -> str | None:
        """The code of this installation's own site (the default for a new group)."""
        actor.require(Permission.VIEW)
        site_id = self._sessions.local_site_id()
        if site_id is None:
            return None
        with self._sessions.read() as s:
            site = s.get(Site, site_id)
            return site.code if site is not None else None

    def scanner_prefix(self, actor: Actor) -> str | None:
        """The default scanner prefix of this installation's site (None: none set). A PC's
        own prefix (Beheer > Instellingen) goes before it (`effective_scanner_prefix`)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            own = local_site_id(s)
            site = s.get(Site, own) if own is not None else None
            return scanner_prefix_of(site.settings) if site is not None else None

    def idle_lock_minutes(self, actor: Actor) -> int:
        """After how many minutes without input the main window locks, at this
        installation's site (the default, 10, when the site has none set)."""
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            own = local_site_id(s)
            site = s.get(Site, own) if own is not None else None
            return idle_lock_minutes_of(site.settings if site is not None else None)

    # --- writing -------------------------------------------------------------------------
    def validate(self, data: SiteData) -> list[FieldError]:
        return validate_site(data)

    def save(self, actor: Actor, record_id: uuid.UUID | None, data: SiteData) -> uuid.UUID:
        """Create (`record_id` None) or change a site; settings keys this form does not
        know are kept.

        Raises:
            PermissionDenied, ValidationFailed (nothing changed), NotFound.
        """
        actor.require(Permission.MANAGE_DATA)
        data = _normalised(data)
        errors = validate_site(data)
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> uuid.UUID:
            if record_id is None:
                refuse_taken_code(s, Site, data.code, None)
                site = Site(code=data.code, settings={})
                s.add(site)
            else:
                site = live(s, Site, record_id, MISSING)
                if site.code != data.code:
                    raise ValidationFailed([FieldError(
                        "code", f"De code van een locatie blijft {site.code}: die staat in "
                                "de deelnemer-, certificaat- en kaartnummers en de andere "
                                "locaties kennen de locatie eraan.")])
            site.name, site.city = data.name, data.city
            settings = merged_settings(site.settings, data)
            if settings != (site.settings or {}):
                site.settings = settings  # a new dict: the JSON column sees the change
            if record_id is None or s.is_modified(site):  # record_row flushes
                action = "site.create" if record_id is None else "site.update"
                audit.record_row(s, actor.name, action, site)
            return site.id
        return run_write(self._sessions, actor.name, work)

    def archive(self, actor: Actor, record_id: uuid.UUID) -> None:
        """Archive a site; never this installation's own, and not while live groups or
        holidays use it."""
        actor.require(Permission.MANAGE_DATA)

        def work(s: Session) -> None:
            site = live(s, Site, record_id, MISSING)
            if site.id == local_site_id(s):
                raise ServiceError(f"Locatie {site.code} is de locatie van deze installatie "
                                   "en kan niet worden gearchiveerd; er is niets gewijzigd.")
            refuse_in_use(f"Locatie {site.code}", [
                Usage(count_of(s, Group.location_id, site.id), "groep", "groepen"),
                Usage(count_of(s, Holiday.location_id, site.id), "vakantie", "vakanties"),
            ])
            set_archived(s, actor, site, True, "site.archive", self._sessions.now())
        run_write(self._sessions, actor.name, work)

    def restore(self, actor: Actor, record_id: uuid.UUID) -> None:
        actor.require(Permission.MANAGE_DATA)

        def work(s: Session) -> None:
            site = live(s, Site, record_id, MISSING, archived_too=True)
            set_archived(s, actor, site, False, "site.restore", self._sessions.now())
        run_write(self._sessions, actor.name, work)


def effective_scanner_prefix(pc_prefix: str | None, site_prefix: str | None) -> str | None:
    """The prefix the badge scanner is read with: the PC's own (Beheer > Instellingen) when
    set, else the site's default (Beheer > Locaties), else none."""
    return pc_prefix or site_prefix or None


def _normalised(data: SiteData) -> SiteData:
    return replace(data, code=data.code.strip().upper(), name=data.name.strip(),
                   city=clean(data.city), scanner_prefix=data.scanner_prefix or None,
                   idle_lock_minutes=data.idle_lock_minutes or None)
