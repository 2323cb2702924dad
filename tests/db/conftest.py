"""Fixtures for the database tests: set-up databases on both backends (tests/db/support)."""

from tests.db.support import (  # noqa: F401
    admin,
    instructor,
    services,
    site_location,
)
