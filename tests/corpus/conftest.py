"""Databases with a site on SQLite and PostgreSQL (tests.db.support)."""

from tests.cli.conftest import cli  # noqa: F401  (the command line in-process)
from tests.db.support import (  # noqa: F401
    cheap_argon2,
    site_location,
)
