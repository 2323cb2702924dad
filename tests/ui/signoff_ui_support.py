"""What the sign-off GUI tests share: the GUI template database opened on a fixed day
(2026-W47) with the sign-off world of tests/services/signoff_support.py on top."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bvmdesk.domain.clock import Clock
from bvmdesk.domain.enums import Role
from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services import trainer_pins
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.db.support import INSTRUCTOR, INSTRUCTOR_PASSWORD
from tests.services.signoff_support import SignOffWorld, signoff_world

TODAY = date(2026, 11, 18)   # a Wednesday in ISO week 2026-W47
PIN = "24680"
STROKES = encode(make_signature(300, 100, [[(10, 10), (60, 40), (120, 30)]]))


def open_day_services(db_path: Path) -> Services:
    """The GUI template database whose today is TODAY (close it when done)."""
    return open_services(str(db_path), clock=Clock(today=TODAY))


def make_world(services: Services) -> SignOffWorld:
    """The sign-off world (it needs the instructor `docent` of the service tests); Piet
    Praktijk has PIN 24680."""
    services.accounts.add_user(Actor.cli(), INSTRUCTOR, Role.INSTRUCTOR, INSTRUCTOR_PASSWORD,
                               "Dirk Docent")
    made = signoff_world(services)
    trainer_pins.set_pin(sessions_of(services), Actor.cli(), made.trainer_id, PIN, PIN)
    return made


def docent_of(services: Services) -> Actor:
    return services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
