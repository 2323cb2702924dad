"""Fixtures for the crash proof: the set-up PostgreSQL template (tests/db/support)."""

from tests.db.support import _pg_site_template  # noqa: F401
