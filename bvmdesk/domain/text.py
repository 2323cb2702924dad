"""Text rules: display names as people say them, and accent-free search keys."""

from __future__ import annotations

import errno
import unicodedata

# Letters that NFKD does not split into a base letter and an accent.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ß": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d",
        "’": "'", "‘": "'", "`": "'",
    }
)


def fold(text: str) -> str:
    """Lower-case `text` and strip accents, so that `Çağan` and `cagan` compare equal."""
    # Case-fold after decomposing (compatibility letters such as `ℌ` decompose to capitals)
    # and decompose again after case-folding (`İ` folds to `i` plus a combining dot); map
    # the special letters last, so that `Þ` and `þ` fold alike.
    decomposed = _strip_accents(_strip_accents(text).casefold())
    return decomposed.translate(_SPECIAL)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def display_name(first_names: str, prefix: str | None, last_name: str) -> str:
    """The name as people say it: `Zoë van 't Hek`."""
    parts = [first_names.strip(), (prefix or "").strip(), last_name.strip()]
    return " ".join(p for p in parts if p)


def sort_name(first_names: str, prefix: str | None, last_name: str) -> str:
    """The name as a list sorts it: `Hek, Zoë van 't`."""
    rest = " ".join(p for p in [first_names.strip(), (prefix or "").strip()] if p)
    return f"{last_name.strip()}, {rest}" if rest else last_name.strip()


SEARCH_KEY_SEPARATOR = "\x1f"
"""Separates the parts of a search key: it sorts before every letter and the space (so
`berg` comes before `bergsma`), and no query word can contain it (it counts as white
space), so a word never matches across two parts."""


def search_key(*parts: str | None) -> str:
    """One folded string of every searchable part, separated by SEARCH_KEY_SEPARATOR.

    Names are also kept as one run (`zoe van 't hek`) so a query like `van 't hek` matches.
    The first parts decide the sort order when the key is used to sort.
    """
    return SEARCH_KEY_SEPARATOR.join(fold(p.strip()) for p in parts if p and p.strip())


MAX_SEARCH_LENGTH = 200
"""A search text is cut to this many characters (with a notice, never an error): no name,
number or badge is longer, and thousands of words would make thousands of SQL conditions."""


def cut_search(query: str) -> tuple[str, bool]:
    """`query` cut to MAX_SEARCH_LENGTH characters, and whether it was cut. Characters that
    are no text (bytes a terminal could not decode) are left out."""
    if not query.isascii():
        query = query.encode("utf-8", "ignore").decode("utf-8")  # drops lone surrogates
    if len(query) <= MAX_SEARCH_LENGTH:
        return query, False
    return query[:MAX_SEARCH_LENGTH], True


def search_terms(query: str) -> list[str]:
    """The folded words of a search query (cut to MAX_SEARCH_LENGTH, each word once); every
    word must match."""
    return list(dict.fromkeys(t for t in fold(cut_search(query)[0]).split() if t))


def duration_text(minutes: int) -> str:
    """A duration in words, never like a clock time: `22 uur 30 min`, `16 uur`, `45 min`,
    `0 min` (a negative amount counts as none)."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours and rest:
        return f"{hours} uur {rest} min"
    if hours:
        return f"{hours} uur"
    return f"{rest} min"


def plural(count: int, one: str, many: str) -> str:
    """The count with the right form of its noun: `1 fout`, `0 fouten`, `3 fouten`."""
    return f"{count} {one if count == 1 else many}"


def missing_folder_text(folder: object) -> str:
    """`Map bestaat niet: /x/y. Maak de map eerst aan of kies een andere map.`: what
    happened and what to do next (UI.md, Messages); nothing makes the folder for the user."""
    return f"Map bestaat niet: {folder}. Maak de map eerst aan of kies een andere map."


_OS_REASONS = {
    getattr(errno, name, -1): reason for name, reason in (
        ("ENOENT", "bestaat niet"),
        ("EACCES", "geen toegang (rechten)"),
        ("EPERM", "geen toegang (rechten)"),
        ("ENOSPC", "de schijf is vol"),
        ("EDQUOT", "de schijfruimte van deze gebruiker is op"),
        ("EROFS", "de schijf is alleen-lezen"),
        ("EEXIST", "bestaat al"),
        ("ENOTDIR", "een deel van het pad is geen map"),
        ("EISDIR", "is een map, geen bestand"),
        ("ENAMETOOLONG", "de naam is te lang"),
        ("EIO", "leesfout of schrijffout van de schijf"),
        ("EBUSY", "in gebruik door een ander programma"),
        ("ETXTBSY", "in gebruik door een ander programma"),
        ("EFBIG", "het bestand wordt te groot"),
        ("ENOTEMPTY", "de map is niet leeg"),
        ("EXDEV", "ligt op een andere schijf"),
    )
}  # by name: not every system has every code (EDQUOT, ETXTBSY on Windows)


def os_error_text(exc: OSError) -> str:
    """Why a file operation failed, in Dutch (`de schijf is vol`); the system's own words
    (often English) only for a reason not listed."""
    reason = _OS_REASONS.get(exc.errno or 0)
    if reason is not None:
        return reason
    return exc.strerror or str(exc)
