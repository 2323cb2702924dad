"""Printed aftekenkaarten: the same card while the tasks stay the same, the next version with
a new code when they change, a scanned old card saying what changed, and the refusals."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AuditEvent, SignOffCard, SignOffTask
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ServiceError
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.signoff_card_support import TASKS, add_task, card_world

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _card_count(services: Services) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(SignOffCard)) or 0)


def _print_events(services: Services) -> list[str]:
    with sessions_of(services).read() as s:
        return list(s.scalars(select(AuditEvent.actor)
                              .where(AuditEvent.action == "signoff_card.print")))


def test_the_same_tasks_give_the_same_card(services: Services, instructor: Actor) -> None:
    w = card_world(services)
    cards = services.signoff_cards
    first = cards.card_for(instructor, w.enrolment_id)
    year = services.clock.today().year
    assert first.code == f"ZWL-AK-{year}-00001" and first.version == 1
    assert [(t.code, t.description, t.required) for t in first.tasks] == [
        (code, text, required) for code, text, _, required in TASKS]
    assert first.printed_by == "docent"
    assert first.enrolment.company == "Metaalbouw Zwolle B.V."
    assert first.enrolment.trainer == "Piet Praktijk"
    again = cards.card_for(instructor, w.enrolment_id)
    assert (again.id, again.code, again.version) == (first.id, first.code, 1)
    assert _card_count(services) == 1 and _print_events(services) == ["docent"]
    lookup = cards.find_card(instructor, f"  {first.code.lower()} ")
    assert lookup.card.id == first.id and not lookup.stale
    assert lookup.stale_message() is None


def test_changed_tasks_make_the_next_version_and_the_old_card_says_what_changed(
        services: Services, instructor: Actor) -> None:
    w = card_world(services)
    cards = services.signoff_cards
    old = cards.card_for(instructor, w.enrolment_id)
    with sessions_of(services).write("test") as s:
        add_task(s, w.world.module_id, "T4", "Leest een lastekening", "B1-K1-W1")
        t1 = s.get(SignOffTask, w.tasks["T1"])
        t3 = s.get(SignOffTask, w.tasks["T3"])
        assert t1 is not None and t3 is not None
        t1.description = "Stelt de lasmachine in (WPS en materiaal)"
        t3.deleted_at = datetime(2026, 9, 1, 12, 0)
    new = cards.card_for(instructor, w.enrolment_id)
    assert new.version == 2 and new.code != old.code and new.id != old.id
    assert re.fullmatch(r"ZWL-AK-\d{4}-00002", new.code)
    assert [t.code for t in new.tasks] == ["T1", "T2", "T4"]
    assert cards.card_for(instructor, w.enrolment_id).id == new.id
    lookup = cards.find_card(instructor, old.code)
    assert lookup.card.version == 1 and lookup.stale
    assert (lookup.added, lookup.removed, lookup.changed) == (("T4",), ("T3",), ("T1",))
    message = lookup.stale_message()
    assert message is not None
    assert "versie 1" in message and "nieuw: T4" in message and "vervallen: T3" in message
    assert "gewijzigd: T1" in message
    assert not cards.find_card(instructor, new.code).stale
    assert [c.version for c in cards.cards(instructor, w.enrolment_id)] == [2, 1]
    assert [t.code for t in cards.cards(instructor, w.enrolment_id)[1].tasks] == [
        "T1", "T2", "T3"]  # the old card keeps what was printed on it
    with sessions_of(services).write("test") as s:  # required changed: stale too
        t2 = s.get(SignOffTask, w.tasks["T2"])
        assert t2 is not None
        t2.required = False
    assert cards.find_card(instructor, new.code).changed == ("T2",)
    assert len(_print_events(services)) == 2


def test_cards_of_two_enrolments_get_their_own_numbers(services: Services,
                                                       instructor: Actor) -> None:
    one = card_world(services, "LAS-1")
    two = card_world(services, "LAS-2")
    a = services.signoff_cards.card_for(instructor, one.enrolment_id)
    b = services.signoff_cards.card_for(instructor, two.enrolment_id)
    assert a.code != b.code and (a.version, b.version) == (1, 1)
    assert services.signoff_cards.find_card(instructor, b.code).card.enrolment.group_code == "LAS-2"


@pytest.mark.parametrize("text", ["ZWL-AK-2026-99999", "geen code", "", "ZWL-BO-2026-00001"])
def test_an_unknown_code_is_not_found(services: Services, instructor: Actor,
                                      text: str) -> None:
    card_world(services)
    with pytest.raises(NotFound, match=r"Geen aftekenkaart met code .* gevonden"):
        services.signoff_cards.find_card(instructor, text)


def test_no_tasks_or_no_workplace_prints_nothing(services: Services,
                                                 instructor: Actor) -> None:
    bare = card_world(services, "LAS-1", tasks=False)
    with pytest.raises(ServiceError, match="Module M-LAS-1 heeft geen aftekentaken"):
        services.signoff_cards.card_for(instructor, bare.enrolment_id)
    homeless = card_world(services, "LAS-2", workplace=False)
    with pytest.raises(ServiceError, match="nog geen leerbedrijf en praktijkopleider"):
        services.signoff_cards.card_for(instructor, homeless.enrolment_id)
    assert _card_count(services) == 0 and _print_events(services) == []
    assert services.signoff_cards.cards(instructor, bare.enrolment_id) == []


def test_a_read_only_actor_prints_no_card_but_may_look_one_up(services: Services,
                                                              instructor: Actor) -> None:
    w = card_world(services)
    card = services.signoff_cards.card_for(instructor, w.enrolment_id)
    with pytest.raises(PermissionDenied):
        services.signoff_cards.card_for(Actor.viewer(), w.enrolment_id)
    assert services.signoff_cards.find_card(Actor.viewer(), card.code).card.id == card.id
