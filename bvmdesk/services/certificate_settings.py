"""The site's certificate settings (Beheer > Certificaten): signatory, contact line, logo and
signature image, and the verification address (issue 18). Stored in the site row's settings
(they sync with the site) under `certificaat`; images as base64 PNG, checked and stripped of
metadata by Pillow. A change is audited as the site row's update, like every other."""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace
from io import BytesIO
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Site
from bvmdesk.db.session import Sessions
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.verify_address import AddressError, check_address
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.certificate_types import CertificateSettings
from bvmdesk.services.numbering import local_site
from bvmdesk.services.retry import run_write

SETTINGS_KEY = "certificaat"
ADDRESS_KEY = "verificatieadres"
MAX_IMAGE_BYTES = 2_000_000
MAX_IMAGE_SIDE = 1200  # pixels; larger images are scaled down (a PDF stays small)
_TEXT_LIMITS = {"signatory_name": 120, "signatory_function": 120, "contact": 300,
                "organisation": 200}


def _image(value: object) -> bytes | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def read_settings(site: Site) -> CertificateSettings:
    """The certificate settings of `site` (defaults where nothing is set)."""
    raw = (site.settings or {}).get(SETTINGS_KEY) or {}
    if not isinstance(raw, dict):
        raw = {}
    texts = {key: str(raw[key]).strip() for key in _TEXT_LIMITS if raw.get(key)}
    return replace(CertificateSettings(), **texts, logo=_image(raw.get("logo")),
                   signature=_image(raw.get("signature")),
                   verify_address=_address(raw.get(ADDRESS_KEY)))


def _address(value: object) -> str:
    """A stored address as it is used: "" when none (or one that is no longer valid)."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        return check_address(value)
    except AddressError:
        return ""


def clean_address(value: str | None) -> str:
    """`value` as it will be stored: "" for none (None, empty), else the checked address.

    Raises:
        ServiceError: the address cannot be used (the message says why).
    """
    if value is None or not value.strip():
        return ""
    try:
        return check_address(value)
    except AddressError as exc:
        raise ServiceError(f"{exc} Er is niets gewijzigd.") from None


def clean_image(data: bytes, label: str) -> bytes:
    """`data` (PNG or JPEG) as a PNG without metadata, at most 1200 pixels a side.

    Raises:
        ServiceError: too large, or not a picture Pillow can read.
    """
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_IMAGE_BYTES:
        raise ServiceError(f"De afbeelding voor {label} is groter dan 2 MB; kies een kleinere.")
    try:
        with Image.open(BytesIO(data)) as image:
            image.load()
            picture = image.convert("RGBA") if image.mode not in ("RGB", "RGBA", "L", "LA") \
                else image.copy()
    except (UnidentifiedImageError, OSError, ValueError):
        raise ServiceError(f"Het bestand voor {label} is geen afbeelding (PNG of JPEG).") \
            from None
    picture.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
    out = BytesIO()
    picture.save(out, format="PNG", optimize=True)  # no EXIF, no text chunks
    return out.getvalue()


class CertificateSettingsService:
    """Read and change the local site's certificate settings (the verification address:
    of every site at once)."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def get(self, actor: Actor) -> CertificateSettings:
        actor.require(Permission.VIEW)
        with self._sessions.read() as s:
            return read_settings(local_site(s))

    def update(self, actor: Actor, **changes: Any) -> CertificateSettings:
        """Change some of: signatory_name, signatory_function, contact, organisation (text);
        logo, signature (image bytes, or None to remove); verify_address (a web address, or
        "" / None for none).

        Raises:
            ServiceError: an unknown field, a text too long, an image that is none, an
                address that cannot be used. Then nothing is changed.
        """
        actor.require(Permission.MANAGE_CERTIFICATES)
        stored: dict[str, Any] = {}
        for key, value in changes.items():
            if key in _TEXT_LIMITS:
                text = (value or "").strip()
                if len(text) > _TEXT_LIMITS[key]:
                    raise ServiceError(f"Deze tekst is te lang (hoogstens {_TEXT_LIMITS[key]} "
                                       "tekens).")
                stored[key] = text
            elif key in ("logo", "signature"):
                label = "het logo" if key == "logo" else "de handtekening"
                stored[key] = (base64.b64encode(clean_image(value, label)).decode("ascii")
                               if value else "")
            elif key == "verify_address":
                stored[ADDRESS_KEY] = clean_address(value)
            else:
                raise ServiceError(f"Onbekende instelling: {key}.")

        def work(s: Session) -> CertificateSettings:
            site = local_site(s)
            _store(s, site, stored, actor.name)
            if ADDRESS_KEY in stored:
                # One address for the whole BVM: every site's QR codes open the same page,
                # which holds the keys of all sites (issue 18: an address per BVM).
                for other in s.scalars(select(Site).where(Site.id != site.id,
                                                          Site.deleted_at.is_(None))):
                    _store(s, other, {ADDRESS_KEY: stored[ADDRESS_KEY]}, actor.name)
            return read_settings(site)

        return run_write(self._sessions, actor.name, work)

    def set_verify_address(self, actor: Actor, address: str | None) -> CertificateSettings:
        """Set the verification address (None or "": none; new QR codes hold the bare code).

        Raises:
            ServiceError: see `update`.
        """
        return self.update(actor, verify_address=address)


def _store(s: Session, site: Site, stored: dict[str, Any], actor_name: str) -> None:
    settings = dict(site.settings or {})
    current = settings.get(SETTINGS_KEY)
    section: dict[str, Any] = dict(current) if isinstance(current, dict) else {}
    section.update(stored)
    settings[SETTINGS_KEY] = section
    site.settings = settings  # a new dict, so the JSON column sees the change
    site.updated_by = actor_name
    s.flush()
