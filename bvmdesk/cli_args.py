"""The command line's parser: argparse in Dutch, and the types of its options (dates and
numbers, each within a sane range).

A value outside its range is a usage error (exit 2) with a Dutch reason, before a database
is opened.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from bvmdesk.domain.dates import (
    DATE_FORMS,
    FIRST_PLAUSIBLE,
    LAST_PLAUSIBLE,
    ImpossibleDateError,
    parse_date_text,
)

EXIT_USAGE = 2

# argparse's own words (its gettext messages), in Dutch: help and usage errors speak the
# user's language like the rest of the command line.
_ARGPARSE_DUTCH: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulptekst en stop",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "not allowed with argument %s": "niet samen met argument %s",
    "ignored explicit argument %r": "argument %r genegeerd",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected %s argument": "verwacht %s waarde",
    "expected %s arguments": "verwacht %s waarden",
    "ambiguous option: %(option)s could match %(matches)s":
        "optie %(option)s is niet eenduidig: bedoelt u %(matches)s?",
    "unexpected option string: %s": "onverwachte optie: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
}


def _dutch(message: str) -> str:
    return _ARGPARSE_DUTCH.get(message, message)


def _dutch_n(singular: str, plural: str, n: int) -> str:
    return _dutch(singular if n == 1 else plural)


@contextlib.contextmanager
def dutch_argparse() -> Iterator[None]:
    """argparse speaks Dutch while our parsers are built, format help or parse; the module's
    gettext functions are put back afterwards (pytest and others in this process use it)."""
    module: Any = argparse
    saved = module._, module.ngettext
    module._, module.ngettext = _dutch, _dutch_n
    try:
        yield
    finally:
        module._, module.ngettext = saved


class Parser(argparse.ArgumentParser):
    """Dutch help and usage errors (exit 2); with --json also one JSON document."""

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        with dutch_argparse():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        with dutch_argparse():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with dutch_argparse():
            return super().format_usage()

    def format_help(self) -> str:
        with dutch_argparse():
            return super().format_help()

    def error(self, message: str) -> None:  # type: ignore[override]
        if "--json" in sys.argv[1:]:  # one JSON document on stdout, also for a usage error
            json.dump({"error": f"{self.prog}: {message}"}, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n")


MAX_DEMO_PARTICIPANTS = 100_000
"""The most participants `demo` makes: five times the benchmark's 20,000 (a few minutes)."""
MAX_SEED = 2**32 - 1


def _thousands(value: int) -> str:
    """`100.000`: thousands separated by a dot."""
    return f"{value:,}".replace(",", ".")


def date_arg(text: str) -> date:
    """A date option: `YYYY-MM-DD`, `DD-MM-YYYY` or `D-M-YYYY`, as the import reads dates,
    from 1900 to 2199. A wrong one is a usage error (exit 2)."""
    try:
        value = parse_date_text(text)
    except ImpossibleDateError as exc:
        raise argparse.ArgumentTypeError(f"datum {text} bestaat niet") from exc
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"geen datum: {text} (schrijf {DATE_FORMS})") from exc
    if not FIRST_PLAUSIBLE <= value <= LAST_PLAUSIBLE:
        raise argparse.ArgumentTypeError(
            f"datum {text} ligt buiten {FIRST_PLAUSIBLE.year} tot en met "
            f"{LAST_PLAUSIBLE.year}")
    return value


def int_arg(low: int, high: int) -> Callable[[str], int]:
    """A whole-number option from `low` to `high` (inclusive)."""

    def parse(text: str) -> int:
        value_text = text.strip()
        digits = value_text[1:] if value_text[:1] in "+-" else value_text
        if not (digits.isascii() and digits.isdigit()):
            raise argparse.ArgumentTypeError(f"geen geheel getal: {text}")
        # Too many digits is out of range too (and int() of thousands of digits is slow).
        value = int(value_text) if len(digits) <= 20 else high + 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text} ligt buiten {_thousands(low)} tot en met {_thousands(high)}")
        return value

    parse.__name__ = "getal"  # argparse names the type in some messages
    return parse


demo_participants = int_arg(1, MAX_DEMO_PARTICIPANTS)
seed_arg = int_arg(0, MAX_SEED)
