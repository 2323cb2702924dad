"""Databases with a site on SQLite and PostgreSQL (tests.db.support)."""

from tests.db.support import (  # noqa: F401
    _pg_site_template,
    _sqlite_site_template,
    cheap_argon2,
    site_location,
)
