"""Fixtures for the exchange tests: set-up databases on both backends (tests/db/support)."""

from tests.db.support import (  # noqa: F401
    admin,
    instructor,
    services,
    site_location,
)
from tests.services.exchange.support import exchange  # noqa: F401
