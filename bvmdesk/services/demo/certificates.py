"""The demo sites' certificate settings (Beheer > Certificaten) and the signing key.

Made-up but plausible: an organisation, a signatory and a contact line per site, so a demo
certificate looks like a real one. The phone numbers are the sites' area codes with a
made-up number; the e-mail domain is `.example` (RFC 2606), which reaches nobody.
"""

from __future__ import annotations

from typing import Any

from bvmdesk.services.certificate_settings import SETTINGS_KEY
from bvmdesk.services.demo.people import DemoSite
from bvmdesk.services.demo.rows import Row, RowStamper
from bvmdesk.services.signing_keys import KeyStore

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


def signing_key_rows(keys: KeyStore | None, site: DemoSite, site_row: Row,
                     stamper: RowStamper) -> tuple[str, Row, Row]:
    """A new key pair for the local site, as `init` makes one: the private key is written
    as a file in `keys` (the user data directory's `keys/` by default), the public key goes
    into the database. Returns (key id, the signing_keys row, the site row with its public
    key, for `BulkInserter.update`): the demo writes every row along its one write path."""
    key_id, public = (keys or KeyStore()).create()
    row = stamper.descriptive(site.id) | {"key_id": key_id, "public_key": public,
                                          "retired_at": None}
    return key_id, row, site_row | {"signing_public_key": public}
