"""Fixtures for the crash proof: the set-up databases of tests/db/support."""

from tests.db.support import _pg_site_template, _sqlite_site_template  # noqa: F401
