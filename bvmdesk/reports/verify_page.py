"""The verification page (issue 18): one self-contained index.html that checks a certificate
code in the browser, and the README.txt for whoever publishes it. A frozen DTO in, bytes out.

The page is made from the template in `web/` (HTML, CSS and JavaScript kept apart so that
they can be read and linted); the CSS and the script are put inline and named by their
SHA-256 in a Content-Security-Policy that allows nothing else: no request can leave the page.
The keys, site and module names and the contact line go in as a JSON data block, which the
browser never executes (and the policy therefore need not name).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bvmdesk.domain.certificate_code import EPOCH

TEMPLATE_DIR = Path(__file__).resolve().parent / "web"
_PROBE_SEED = bytes(range(32))  # the example key of docs/certificaatcode.md; never in use
_PROBE_DATA = b"BVM Desk: werkt Ed25519 in deze browser?"


@dataclass(frozen=True)
class PageKey:
    """One public key the page trusts: its id, the raw 32 bytes, and the site it signs for."""

    key_id: str
    public_key: bytes
    site: str


@dataclass(frozen=True)
class VerifyPageContent:
    """What the page states besides its code."""

    organisation: str
    contact: str  # the contact line of the certificate settings ("" = none)
    address: str  # where it is to be published ("" = not set yet)
    keys: tuple[PageKey, ...]
    sites: tuple[tuple[str, str], ...]  # (code, name)
    modules: tuple[tuple[str, str], ...]  # (code, name) of modules and programmes
    made: date


def _template(name: str) -> str:
    return (TEMPLATE_DIR / name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()
                                         ).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    """Nothing but this script and this style sheet; no fetch, image, font, form or frame."""
    return ("default-src 'none'; " f"script-src {_hash(script)}; style-src {_hash(style)}; "
            "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
            "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
            "form-action 'none'; base-uri 'none'")


def _probe() -> dict[str, str]:
    """A known signature for the page's self-test of the browser's Ed25519."""
    key = Ed25519PrivateKey.from_private_bytes(_PROBE_SEED)
    return {"key": key.public_key().public_bytes_raw().hex(), "data": _PROBE_DATA.hex(),
            "signature": key.sign(_PROBE_DATA).hex()}


def page_config(content: VerifyPageContent) -> dict[str, object]:
    """The JSON the page reads (also what the tests compare with the database)."""
    return {
        "organisation": content.organisation,
        "contact": content.contact,
        "address": content.address,
        "keys": {key.key_id: {"key": key.public_key.hex(), "site": key.site}
                 for key in sorted(content.keys, key=lambda k: k.key_id)},
        "sites": dict(sorted(content.sites)),
        "modules": dict(sorted(content.modules)),
        "made": (content.made - EPOCH).days,
        "probe": _probe(),
    }


def _json_in_html(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</script>" or "<!--" in a name must not end or bend the element.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_html(content: VerifyPageContent) -> bytes:
    """index.html: the whole page in one file, UTF-8."""
    script = _template("verificatie.js")
    style = _template("verificatie.css")
    page = _template("verificatie.html")
    for marker, value in (("@CSP@", html.escape(content_security_policy(script, style))),
                          ("@ORGANISATION@", html.escape(content.organisation)),
                          ("@CONFIG@", _json_in_html(page_config(content))),
                          ("@STYLE@", style), ("@SCRIPT@", script)):
        page = page.replace(marker, value, 1)
    return page.encode("utf-8")


def readme_text(content: VerifyPageContent) -> str:
    """README.txt: what the page is and how to publish it, for the BVM's web person."""
    address = content.address or "(nog niet ingesteld in BVM Desk: Beheer > Certificaten)"
    keys = "\n".join(f"  - {key.key_id} (locatie {key.site})" for key in
                     sorted(content.keys, key=lambda k: (k.site, k.key_id))) or "  (geen)"
    return f"""Verificatiepagina voor certificaten van {content.organisation}
Gemaakt door BVM Desk op {content.made.strftime('%d-%m-%Y')}.

WAT DIT IS
index.html is een complete webpagina in één bestand. Wie de QR-code op een certificaat
scant met de camera van een telefoon, opent deze pagina; de pagina controleert dan in de
browser van die telefoon de digitale handtekening in de code en toont het oordeel.
Er draait niets op een server: de code staat achter het #-teken van het webadres, en dat
deel stuurt een browser nooit mee naar de webserver. De pagina haalt zelf ook niets op
(geen lettertypen, scripts of statistieken; een Content-Security-Policy verbiedt het).

PUBLICEREN
1. Zet index.html op dit adres: {address}
   Dat is het verificatieadres dat BVM Desk in de QR-codes zet. Elke webserver of
   statische hosting is goed (de eigen website, GitHub Pages, een hostingpakket). De
   webserver hoeft niets te kunnen behalve dit bestand leveren.
2. Gebruik https://. Browsers staan de controle van de handtekening (WebCrypto) alleen
   toe op pagina's die via https:// komen.
3. Controleer het: scan de QR-code van een certificaat met een telefoon. U moet het woord
   voor een goed certificaat zien, met de naam die op het certificaat staat.

OPNIEUW PUBLICEREN
De pagina bevat de openbare sleutels van alle locaties van de BVM, op het moment dat hij
gemaakt werd:
{keys}
Krijgt een locatie een nieuwe sleutel (een nieuwe locatie, een vervangen sleutel), maak de
pagina dan opnieuw in BVM Desk (Beheer > Certificaten > Verificatiepagina maken..., of
'bvmdesk certificates verify-page -o MAP') en zet hem weer op dezelfde plek. Oude sleutels
blijven erin: certificaten die ermee zijn ondertekend blijven te controleren.

WAT DE PAGINA BEWIJST, EN WAT NIET
Een goed oordeel betekent: de BVM heeft dit certificaat met deze gegevens uitgegeven en
er is niets aan veranderd. Of het sindsdien is ingetrokken of vervangen, weet alleen de
BVM zelf (BVM Desk: Certificaten > Verifiëren); dat zegt de pagina er ook bij, met de
contactregel uit Beheer > Certificaten.
"""
