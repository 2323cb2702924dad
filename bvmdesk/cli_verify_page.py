"""The command line of issue 18: `certificates verify-address [URL | --clear] [--json]` and
`certificates verify-page -o DIR [--json]`.

`verify-address --json` prints `{"address": "https://..." | null, "changed": bool}` (and
`"warning"` for an http:// address, which browsers do not check signatures on);
`verify-page --json` prints `{"page", "readme", "address", "key_ids"}`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_commands(csub: Any) -> None:
    """Add verify-address and verify-page to `certificates`' subparsers."""
    from bvmdesk.cli import JSON_HELP

    address = csub.add_parser(
        "verify-address", help="het webadres van de verificatiepagina (in de QR-code)",
        description="Zonder argument: toont het verificatieadres. Met een adres: nieuwe "
        "certificaten krijgen een QR-code ADRES#CODE, die een telefooncamera opent op de "
        "verificatiepagina (maak die met 'certificates verify-page'). --clear: weer alleen de "
        "code. Uitgegeven certificaten blijven zoals ze zijn.")
    which = address.add_mutually_exclusive_group()
    which.add_argument("url", metavar="URL", nargs="?",
                       help="bijvoorbeeld https://www.bvm-voorbeeld.nl/verificatie/")
    which.add_argument("--clear", action="store_true", help="geen verificatieadres meer")
    address.add_argument("--json", action="store_true", help=JSON_HELP)

    page = csub.add_parser(
        "verify-page", help="maak de verificatiepagina (index.html en README.txt)",
        description="Schrijft index.html (één bestand dat de certificaatcode in de browser "
        "controleert, met de openbare sleutels van alle locaties) en README.txt (hoe u hem "
        "publiceert) in MAP. Een nieuwe of vervangen sleutel: maak en publiceer hem opnieuw.")
    page.add_argument("-o", "--output", metavar="MAP", type=Path, required=True,
                      help="de map voor index.html en README.txt (wordt gemaakt als alleen "
                      "die map ontbreekt)")
    page.add_argument("--json", action="store_true", help=JSON_HELP)


def cmd_verify_address(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.domain.verify_address import is_plain_http
    from bvmdesk.services.base import Actor

    services = _open(args)
    try:
        settings = services.certificate_settings
        changed = bool(args.clear or args.url is not None)
        if args.clear:
            current = settings.set_verify_address(Actor.cli(), None)
        elif args.url is not None:
            current = settings.set_verify_address(Actor.cli(), args.url)
        else:
            current = settings.get(Actor.cli())
    finally:
        services.close()
    address = current.verify_address or None
    payload: dict[str, Any] = {"address": address, "changed": changed}
    if address is None:
        text = ("Geen verificatieadres: de QR-code van nieuwe certificaten bevat alleen de "
                "code." if not changed else
                "Verificatieadres gewist: nieuwe certificaten krijgen alleen de code in hun "
                "QR-code.")
    else:
        text = (f"Verificatieadres: {address}" if not changed else
                f"Verificatieadres ingesteld: {address}\nNieuwe certificaten krijgen een "
                "QR-code die de verificatiepagina op dat adres opent. Maak de pagina met "
                "'bvmdesk certificates verify-page -o MAP' en zet index.html op dat adres.")
        if is_plain_http(address):
            warning = ("Let op: browsers controleren de handtekening alleen op een pagina die "
                       "via https:// komt; gebruik https:// voor de echte pagina.")
            payload["warning"] = warning
            text += "\n" + warning
    _emit(args, payload, text)
    return EXIT_OK


def cmd_verify_page(args: argparse.Namespace) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, _open
    from bvmdesk.services.base import Actor

    services = _open(args)
    try:
        written = services.verify_page.write(Actor.cli(), args.output)
    finally:
        services.close()
    keys = ", ".join(written.key_ids)
    lines = [f"Verificatiepagina geschreven: {written.page}",
             f"Uitleg voor wie hem publiceert: {written.readme}",
             f"Sleutels in de pagina: {keys}"]
    lines.append(f"Zet index.html op {written.address}" if written.address else
                 "Er is nog geen verificatieadres: stel het in met 'bvmdesk certificates "
                 "verify-address URL' (daarna krijgen nieuwe certificaten het in hun QR-code).")
    lines.append("Een nieuwe of vervangen sleutel: maak en publiceer de pagina opnieuw.")
    _emit(args, {"page": str(written.page), "readme": str(written.readme),
                 "address": written.address or None, "key_ids": list(written.key_ids)},
          "\n".join(lines))
    return EXIT_OK
