"""Base45 (RFC 9285): bytes as text in the QR code's alphanumeric set, as the EU Digital COVID
Certificate writes its payload. Three characters carry two bytes; a last single byte takes two.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {char: index for index, char in enumerate(ALPHABET)}


class Base45Error(ValueError):
    """The text is no Base45: a character outside the alphabet, a wrong length, or a group
    whose value does not fit."""


def encode(data: bytes) -> str:
    """`data` as Base45 text."""
    out: list[str] = []
    for index in range(0, len(data) - 1, 2):
        n = data[index] * 256 + data[index + 1]
        n, c = divmod(n, 45)
        e, d = divmod(n, 45)
        out += (ALPHABET[c], ALPHABET[d], ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += (ALPHABET[c], ALPHABET[d])
    return "".join(out)


def decode(text: str) -> bytes:
    """The bytes that `text` encodes.

    Raises:
        Base45Error: `text` is not valid Base45 (every encoding has exactly one text, so a
            changed character either fails here or gives other bytes).
    """
    try:
        values = [_VALUE[char] for char in text]
    except KeyError as exc:
        raise Base45Error(f"Teken {exc.args[0]!r} hoort niet bij Base45.") from None
    if len(values) % 3 == 1:
        raise Base45Error("De lengte past niet bij Base45.")
    out = bytearray()
    for index in range(0, len(values), 3):
        group = values[index:index + 3]
        if len(group) == 3:
            n = group[0] + group[1] * 45 + group[2] * 45 * 45
            if n > 0xFFFF:
                raise Base45Error("Een groep van drie tekens is te groot.")
            out += n.to_bytes(2, "big")
        else:
            n = group[0] + group[1] * 45
            if n > 0xFF:
                raise Base45Error("De laatste twee tekens zijn te groot.")
            out.append(n)
    return bytes(out)
