"""The verification address (issue 18): the web address of the BVM's verification page, and
the address form of a certificate's QR text, `ADDRESS#PAYLOAD` (docs/certificaatcode.md).

The signed code goes after the `#`: a browser never sends the fragment to the web server, so
the code stays on the phone. Base45's space and `%` are not allowed in a fragment and are
written `%20` and `%25`; nothing else is escaped, and the address keeps the case it was given.
Reading a fragment back undoes every `%XX` (UTF-8, RFC 3986); a `%` without two hex digits
after it makes the text unreadable, as `decodeURIComponent` finds it on the page.
"""

from __future__ import annotations

import re

MAX_ADDRESS_LENGTH = 120
"""Longer addresses make the QR code denser than a phone reads comfortably."""
_SCHEMES = ("https://", "http://")
_FORM = re.compile(r"^https?://[^#\x00-\x20\x7f]*#", re.IGNORECASE)
_NOT_IN_URLS = set('"<>\\^`{|}')
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


class AddressError(ValueError):
    """An address that cannot be used; the message says why, in Dutch."""


def check_address(text: str) -> str:
    """`text` as a verification address (surrounding spaces removed, case kept).

    Raises:
        AddressError: not http(s), a fragment, spaces or other characters a URL does not
            carry, no host, or longer than MAX_ADDRESS_LENGTH.
    """
    address = (text or "").strip()
    if not address:
        raise AddressError("Vul een webadres in, bijvoorbeeld "
                           "https://www.bvm-voorbeeld.nl/verificatie/.")
    if not address.lower().startswith(_SCHEMES):
        raise AddressError("Een verificatieadres begint met https:// (of http://).")
    if "#" in address:
        raise AddressError("Een verificatieadres bevat geen #-teken: daarachter zet BVM Desk de "
                           "certificaatcode.")
    if any(char.isspace() for char in address):
        raise AddressError("Een webadres heeft geen spaties.")
    if not address.isascii() or not address.isprintable() or any(
            char in _NOT_IN_URLS for char in address):
        raise AddressError("Het webadres bevat tekens die niet in een webadres horen (zoals "
                           "letters met accenten); een domeinnaam met accenten schrijft u in "
                           "de xn---vorm.")
    host = address.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0]
    if not host or host.startswith(("@", ":", ".")):
        raise AddressError("Het webadres mist de naam van de website na https://.")
    if len(address) > MAX_ADDRESS_LENGTH:
        raise AddressError(f"Het webadres is te lang (hoogstens {MAX_ADDRESS_LENGTH} tekens).")
    return address


def is_plain_http(address: str) -> bool:
    """Whether `address` is http:// (browsers refuse their signature checks there)."""
    return address.lower().startswith("http://")


def escape(payload: str) -> str:
    """The payload as written after the `#`: space -> %20, % -> %25 (`%` first)."""
    return payload.replace("%", "%25").replace(" ", "%20")


def qr_content(address: str | None, payload: str) -> str:
    """The text of the QR code: `ADDRESS#PAYLOAD` with an address, else the bare payload."""
    return f"{address}#{escape(payload)}" if address else payload


def fragment_of(text: str) -> str | None:
    """The part after the `#` when `text` is the address form (`http(s)://...#...`), else
    None (a bare code never holds a `#`: it is no Base45 character)."""
    found = _FORM.match(text)
    return text[found.end():] if found else None


def unescape(fragment: str) -> str:
    """The fragment with every `%XX` undone (the bytes read as UTF-8).

    Raises:
        ValueError: a `%` without two hex digits, or bytes that are no UTF-8.
    """
    out = bytearray()
    at = 0
    while at < len(fragment):
        char = fragment[at]
        if char != "%":
            out += char.encode("utf-8")
            at += 1
            continue
        found = _ESCAPE.match(fragment, at)
        if found is None:
            raise ValueError("percent")
        out.append(int(found.group(1), 16))
        at = found.end()
    return out.decode("utf-8")  # UnicodeDecodeError is a ValueError
