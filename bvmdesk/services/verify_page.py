"""The verification page (issue 18): gathers what the page states from the database (the
public keys of every site, site and module names, the local site's certificate settings)
and writes index.html and README.txt into a folder (reports/verify_page.py makes them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from bvmdesk.db.models import Module, Programme, SigningKey, Site
from bvmdesk.db.session import Sessions
from bvmdesk.domain.clock import Clock
from bvmdesk.domain.permissions import Permission
from bvmdesk.reports.verify_page import PageKey, VerifyPageContent, page_html, readme_text
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.certificate_settings import read_settings
from bvmdesk.services.numbering import local_site
from bvmdesk.services.report_files import write_atomically
from bvmdesk.services.signing_keys import SigningKeyService

PAGE_NAME = "index.html"
README_NAME = "README.txt"


@dataclass(frozen=True)
class WrittenPage:
    """The page as written: its two files, the key ids it trusts, the address it is for."""

    page: Path
    readme: Path
    key_ids: tuple[str, ...]
    address: str


class VerifyPageService:
    """Makes the verification page of this database."""

    def __init__(self, sessions: Sessions, keys: SigningKeyService, clock: Clock) -> None:
        self._sessions = sessions
        self._keys = keys
        self._clock = clock

    def content(self, actor: Actor) -> VerifyPageContent:
        """What the page will state now (the local site gets its key first if it has none)."""
        actor.require(Permission.VIEW)
        self._keys.info(actor)
        with self._sessions.read() as s:
            settings = read_settings(local_site(s))
            codes = {site_id: code for site_id, code in s.execute(select(Site.id, Site.code))}
            keys = tuple(PageKey(key_id, bytes(public), codes.get(site_id, ""))
                         for key_id, public, site_id in s.execute(
                             select(SigningKey.key_id, SigningKey.public_key,
                                    SigningKey.site_id).where(
                                 SigningKey.deleted_at.is_(None))))
            sites = tuple((code, name) for code, name in s.execute(
                select(Site.code, Site.name).where(Site.deleted_at.is_(None))))
            names = {code: name for model in (Programme, Module)
                     for code, name in s.execute(select(model.code, model.name).where(
                         model.deleted_at.is_(None)))}
        return VerifyPageContent(
            organisation=settings.organisation, contact=settings.contact,
            address=settings.verify_address, keys=keys, sites=sites,
            modules=tuple(names.items()), made=self._clock.today())

    def write(self, actor: Actor, directory: Path) -> WrittenPage:
        """Write index.html and README.txt into `directory` (made when only it is missing).

        Raises:
            ServiceError: no permission, the folder above is missing, or a file cannot be
                written (then nothing half-written is left: each file appears whole).
        """
        actor.require(Permission.MANAGE_CERTIFICATES)
        if directory.exists() and not directory.is_dir():
            raise ServiceError(f"{directory} is een bestand, geen map. Er is niets geschreven.")
        if not directory.parent.is_dir():
            from bvmdesk.domain.text import missing_folder_text

            raise ServiceError(missing_folder_text(directory.parent))
        content = self.content(actor)
        try:
            directory.mkdir(exist_ok=True)
        except OSError as exc:
            raise ServiceError(f"Kan de map {directory} niet maken: {exc.strerror or exc}. "
                               "Er is niets geschreven.") from None
        page, readme = directory / PAGE_NAME, directory / README_NAME
        write_atomically(page, page_html(content))
        write_atomically(readme, readme_text(content).replace("\n", "\r\n").encode("utf-8"))
        return WrittenPage(page, readme, tuple(sorted(k.key_id for k in content.keys)),
                           content.address)
