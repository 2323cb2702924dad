"""The schema migrates and accepts a site on both databases."""

from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services


def test_setup_site_on_each_backend(db_location: str) -> None:
    services = open_services(db_location, create=True)
    try:
        site = services.accounts.setup_site(Actor.cli(), "ZWL", "Zwolle", "beheer",
                                            "een lang wachtwoord")
        assert services.accounts.local_site() == site
        actor = services.accounts.authenticate("beheer", "een lang wachtwoord")
        assert actor.role == "admin"
        assert services.maintenance.check().ok
    finally:
        services.close()
