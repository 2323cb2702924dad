"""The dump sees a change: otherwise every "nothing changed" in the corpus proves nothing."""

from __future__ import annotations

from datetime import date

from bvmdesk.domain.participants import ParticipantData
from bvmdesk.services.container import open_services
from tests.corpus.dump import logical_dump
from tests.db.support import ADMIN, user_actor


def test_dump_is_stable_and_sees_a_change(site_location: str) -> None:
    before = logical_dump(site_location)
    assert logical_dump(site_location) == before
    services = open_services(site_location)
    try:
        data = ParticipantData(number="", first_names="Dirk", prefix=None, last_name="Dump",
                               birth_date=date(2008, 1, 2), type="BBL")
        services.participants.create(user_actor(services, ADMIN), data, date(2026, 9, 15))
    finally:
        services.close()
    after = logical_dump(site_location)
    assert after != before
    assert "Dump" in after
