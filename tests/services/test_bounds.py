"""Input bounds of the services (issue 11): a search of any length is cut, never an error;
the demo refuses more participants than it is made for."""

from __future__ import annotations

from pathlib import Path

import pytest

from bvmdesk.domain.text import MAX_SEARCH_LENGTH, cut_search, search_terms
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.container import Services, open_services
from bvmdesk.services.demo.generator import MAX_PARTICIPANTS
from tests.db import support

site_location = support.site_location
services = support.services


def test_cut_search_keeps_short_text_and_cuts_long_text() -> None:
    assert cut_search("Jansen") == ("Jansen", False)
    assert cut_search("x" * MAX_SEARCH_LENGTH) == ("x" * MAX_SEARCH_LENGTH, False)
    assert cut_search("y" * (MAX_SEARCH_LENGTH + 1)) == ("y" * MAX_SEARCH_LENGTH, True)
    assert search_terms("a a A á b") == ["a", "b"]  # each word once
    assert len(search_terms(" ".join(f"w{i}" for i in range(1000)))) < 70


@pytest.mark.parametrize("query", [
    "x" * 50_000,
    " ".join(["jan"] * 1000),
    " ".join(f"w{i}" for i in range(1000)),
    "%_\\" * 20_000,
])
def test_a_search_of_any_length_answers(services: Services, query: str) -> None:
    actor = Actor.viewer()
    assert services.participants.search_ids(actor, query) == []
    assert services.participants.list_all(actor, query) == []


def test_a_search_is_cut_before_it_matches(services: Services) -> None:
    """The first 200 characters count: a paste of a name followed by junk still finds."""
    from datetime import date

    from bvmdesk.domain.participants import ParticipantData
    from tests.db.support import ADMIN, user_actor

    data = ParticipantData(number="", first_names="Ayoub", prefix=None, last_name="Bakkali",
                           birth_date=date(2008, 3, 1), type="BBL")
    services.participants.create(user_actor(services, ADMIN), data, date(2026, 9, 1))
    query = "bakkali" + " " * (MAX_SEARCH_LENGTH - 7) + "zzz-onbekend"
    assert len(services.participants.search_ids(Actor.viewer(), query)) == 1


def test_the_demo_refuses_more_than_its_maximum(tmp_path: Path) -> None:
    services = open_services(str(tmp_path / "demo.sqlite"), create=True, backup=False)
    try:
        with pytest.raises(ServiceError, match=r"hoogstens 100\.000 deelnemers"):
            services.generate_demo(participants=MAX_PARTICIPANTS + 1, seed=1)
        with pytest.raises(ServiceError, match="minstens 1 deelnemer"):
            services.generate_demo(participants=0, seed=1)
    finally:
        services.close()
