"""TrainerDirectory: every praktijkopleider with company and PIN state, searchable."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from bvmdesk.db.models import Company, WorkplaceTrainer
from bvmdesk.services import trainer_pins
from bvmdesk.services.base import Actor, PermissionDenied
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.trainer_pins import PinRefused
from tests.db import support

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _trainers(services: Services) -> dict[str, uuid.UUID]:
    """Two companies (one removed) with four trainers (one removed); ids by code."""
    with sessions_of(services).write("test") as s:
        staal = Company(code="LB-STAAL", name="Staalbouw Noord")
        weg = Company(code="LB-WEG", name="Opgeheven BV")
        s.add_all([staal, weg])
        s.flush()
        rows = [WorkplaceTrainer(code="PO-PIET", name="Piet Praktijk", company_id=staal.id),
                WorkplaceTrainer(code="PO-ANNE", name="Anne Opleider", company_id=staal.id),
                WorkplaceTrainer(code="PO-ZOE", name="Zoë Ağca", company_id=staal.id),
                WorkplaceTrainer(code="PO-OUD", name="Oud Gediende", company_id=staal.id),
                WorkplaceTrainer(code="PO-WEG", name="Wim Weg", company_id=weg.id)]
        s.add_all(rows)
        s.flush()
        rows[3].deleted_at = sessions_of(services).now()
        weg.deleted_at = sessions_of(services).now()
        return {row.code: row.id for row in rows}


def test_lists_trainers_by_name_with_company_and_pin_state(
        services: Services, admin: Actor, instructor: Actor) -> None:
    ids = _trainers(services)
    directory = services.trainers
    found = directory.list_trainers(instructor)
    assert [t.code for t in found] == ["PO-ANNE", "PO-PIET", "PO-ZOE"]
    assert {t.company for t in found} == {"Staalbouw Noord"}
    assert not any(t.has_pin or t.locked_until for t in found)
    assert not any(t.is_enrolment_trainer for t in found)

    sessions = sessions_of(services)
    trainer_pins.set_pin(sessions, instructor, ids["PO-PIET"], "24680", "24680")
    trainer_pins.set_pin(sessions, instructor, ids["PO-ANNE"], "13579", "13579")
    for _ in range(5):
        with pytest.raises(PinRefused):
            trainer_pins.check_pin(sessions, instructor, ids["PO-ANNE"], "11111")
    by_code = {t.code: t for t in directory.list_trainers(instructor)}
    assert by_code["PO-PIET"].has_pin and by_code["PO-PIET"].locked_until is None
    anne = by_code["PO-ANNE"]
    assert anne.has_pin and anne.locked_until is not None
    assert anne.locked_until - sessions.now() <= timedelta(minutes=15)

    trainer_pins.reset_pin(sessions, admin, ids["PO-ANNE"])
    anne = next(t for t in directory.list_trainers(admin) if t.code == "PO-ANNE")
    assert not anne.has_pin and anne.locked_until is None


def test_search_by_code_name_or_company_ignoring_accents(
        services: Services, instructor: Actor) -> None:
    _trainers(services)
    directory = services.trainers

    def codes(text: str) -> list[str]:
        return [t.code for t in directory.list_trainers(instructor, text)]

    assert codes("zoe agca") == ["PO-ZOE"]
    assert codes("ZOË") == ["PO-ZOE"]
    assert codes("po-piet") == ["PO-PIET"]
    assert codes("staalbouw anne") == ["PO-ANNE"]
    assert codes("  ") == ["PO-ANNE", "PO-PIET", "PO-ZOE"]
    assert codes("weg") == []            # removed company, removed trainer
    assert codes("x" * 5000) == []


def test_the_smoke_test_viewer_may_read_but_not_reset(services: Services) -> None:
    ids = _trainers(services)
    assert len(services.trainers.list_trainers(Actor.viewer())) == 3
    with pytest.raises(PermissionDenied):
        trainer_pins.reset_pin(sessions_of(services), Actor.viewer(), ids["PO-PIET"])
