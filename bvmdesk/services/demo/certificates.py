"""The demo sites' certificate settings (Beheer > Certificaten) and the signing key.

Made-up but plausible: an organisation, a signatory and a contact line per site, so a demo
certificate looks like a real one. The phone numbers are the sites' area codes with a
made-up number; the e-mail domain is `.example` (RFC 2606), which reaches nobody.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from bvmdesk.services.certificate_settings import SETTINGS_KEY
from bvmdesk.services.demo.people import DemoSite
from bvmdesk.services.demo.rows import ACTOR
from bvmdesk.services.signing_keys import KeyStore, ensure_site_key

ORGANISATION = "Bedrijfsvakschool Metaaltechniek Oost"
SIGNATORY_NAME = "Ir. J. de Vries"
SIGNATORY_FUNCTION = "Directeur"
_PHONES = {"ZWL": "038 123 45 67", "TBG": "0315 12 34 56"}


def contact_line(site: DemoSite) -> str:
    """Who a verifier may ask about a certificate of `site`."""
    phone = _PHONES.get(site.code, "038 123 45 67")
    return (f"{ORGANISATION}, locatie {site.name}, {phone}, "
            f"certificaten@bvm-oost.example")


def site_settings(site: DemoSite) -> dict[str, Any]:
    """The `settings` JSON of a demo site: its certificate settings (no images)."""
    return {SETTINGS_KEY: {"organisation": ORGANISATION, "signatory_name": SIGNATORY_NAME,
                           "signatory_function": SIGNATORY_FUNCTION,
                           "contact": contact_line(site)}}


def create_site_key(s: Session, keys: KeyStore | None) -> str:
    """The local site's signing key pair, made inside the demo's write (as `init` does):
    the public key in the database, the private key as a file in `keys` (the user data
    directory's `keys/` by default). Returns the key id."""
    return ensure_site_key(s, keys or KeyStore(), ACTOR).key_id
