"""Setting up a site, accounts, passwords and logging in, on both backends."""

from __future__ import annotations

from datetime import datetime, timedelta
from unittest import mock

import pytest
from sqlalchemy import func, select

from bvmdesk.db.migrate import APP_VERSION_KEY
from bvmdesk.db.models import AuditEvent, LocalSetting, Site, User
from bvmdesk.domain.enums import Role
from bvmdesk.services import accounts
from bvmdesk.services.accounts import (
    LOCK_MINUTES,
    MAX_FAILED_ATTEMPTS,
    WRONG_LOGIN,
    LoginFailed,
)
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ServiceError, ValidationFailed
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.db import support
from tests.db.support import ADMIN, INSTRUCTOR, INSTRUCTOR_PASSWORD, PASSWORD

# Set-up databases on both backends (shared with tests/db).
site_location = support.site_location
services = support.services
cheap_argon2 = support.cheap_argon2
pytestmark = pytest.mark.usefixtures("cheap_argon2")
admin = support.admin
instructor = support.instructor


def _rows(services: Services) -> tuple[int, int, int, int]:
    with sessions_of(services).read() as s:
        counts = [int(s.scalar(select(func.count()).select_from(m)) or 0)
                  for m in (Site, User, AuditEvent)]
        # Every migration records the version of BVM Desk (APP_VERSION_KEY): not counted.
        settings = int(s.scalar(select(func.count()).select_from(LocalSetting)
                                .where(LocalSetting.key != APP_VERSION_KEY)) or 0)
        return (counts[0], counts[1], settings, counts[2])


@pytest.fixture
def empty(db_location: str):  # type: ignore[no-untyped-def]
    opened = open_services(db_location, create=True)
    yield opened
    opened.close()


BAD_SETUPS = [
    (("Z", "Zwolle", "beheer", PASSWORD), ["site_code"]),
    (("ZW1", "Zwolle", "beheer", PASSWORD), ["site_code"]),
    (("ZWOLLEX", "Zwolle", "beheer", PASSWORD), ["site_code"]),
    (("ZWL", "  ", "beheer", PASSWORD), ["site_name"]),
    (("ZWL", "Zwolle", "Beheer", PASSWORD), ["username"]),
    (("ZWL", "Zwolle", "b", PASSWORD), ["username"]),
    (("ZWL", "Zwolle", "be heer", PASSWORD), ["username"]),
    (("ZWL", "Zwolle", "beheer", "kort  "), ["password"]),
    (("", "", "", ""), ["site_code", "site_name", "username", "password"]),
]


def test_setup_site_validates_everything_and_writes_nothing(empty: Services) -> None:
    for args, fields in BAD_SETUPS:
        with pytest.raises(ValidationFailed) as info:
            empty.accounts.setup_site(Actor.cli(), *args)
        assert [e.field for e in info.value.errors] == fields, args
        assert all(e.message for e in info.value.errors)
    assert _rows(empty) == (0, 0, 0, 0)
    assert not empty.accounts.is_set_up()


def test_setup_site_makes_the_site_and_its_first_administrator(empty: Services) -> None:
    assert empty.accounts.local_site() is None
    with mock.patch.object(accounts, "_hasher", support.REAL_HASHER):  # production costs
        site = empty.accounts.setup_site(Actor.cli(), " zwl ", "Zwolle", "beheer", PASSWORD,
                                         city="Zwolle")
    assert (site.code, site.name, site.city) == ("ZWL", "Zwolle", "Zwolle")
    assert empty.accounts.local_site() == site
    assert empty.accounts.sites() == [site]
    users = empty.accounts.list_users(Actor.cli())
    assert [(u.username, u.role, u.active) for u in users] == [("beheer", Role.ADMIN, True)]
    with sessions_of(empty).read() as s:
        stored = s.scalars(select(User)).one()
        assert stored.site_id == site.id
        # Argon2id with the library's recommended costs (RFC 9106, low-memory profile).
        assert stored.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        assert PASSWORD not in stored.password_hash


def test_setup_twice_is_refused(services: Services) -> None:
    before = _rows(services)
    with pytest.raises(ServiceError, match="al ingericht"):
        services.accounts.setup_site(Actor.cli(), "TBG", "Terborg", "ander", PASSWORD)
    assert _rows(services) == before


def test_authenticate_gives_the_actor_for_the_right_password(services: Services) -> None:
    actor = services.accounts.authenticate(" Beheer ", PASSWORD)
    assert (actor.name, actor.role, actor.display_name) == (ADMIN, Role.ADMIN, "Beheerder")
    assert actor.user_id is not None and not actor.read_only
    with sessions_of(services).read() as s:
        user = s.scalars(select(User).where(User.username == ADMIN)).one()
        assert user.last_login_at is not None


@pytest.mark.parametrize(("username", "password"),
                         [(ADMIN, PASSWORD + "x"), ("niemand", PASSWORD), (ADMIN, "")])
def test_wrong_or_unknown_gives_one_message(services: Services, username: str,
                                            password: str) -> None:
    with pytest.raises(LoginFailed) as info:
        services.accounts.authenticate(username, password)
    assert str(info.value) == "Onjuiste gebruikersnaam of wachtwoord."


def test_a_disabled_account_cannot_log_in(services: Services, admin: Actor) -> None:
    services.accounts.set_active(admin, INSTRUCTOR, False)
    with pytest.raises(LoginFailed, match="uitgeschakeld"):
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    services.accounts.set_active(admin, INSTRUCTOR, True)
    assert services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD).name == INSTRUCTOR


def _refusal(services: Services, username: str, password: str) -> str:
    with pytest.raises(LoginFailed) as info:
        services.accounts.authenticate(username, password)
    return str(info.value)


def test_no_account_oracle_until_the_password_is_right(services: Services,
                                                       admin: Actor) -> None:
    """Unknown, wrong, locked and disabled answer alike to a wrong password (issue 11)."""
    sessions_of(services).now = FakeNow(datetime(2026, 9, 7, 8, 0))
    services.accounts.add_user(admin, "gesloten", Role.INSTRUCTOR, "een lang wachtwoord")
    services.accounts.set_active(admin, "gesloten", False)
    for _ in range(MAX_FAILED_ATTEMPTS):
        _refusal(services, INSTRUCTOR, "fout wachtwoord")
    answers = {
        "unknown": _refusal(services, "niemand", "fout wachtwoord"),
        "wrong": _refusal(services, ADMIN, "fout wachtwoord"),
        "locked": _refusal(services, INSTRUCTOR, "fout wachtwoord"),  # the sixth
        "disabled": _refusal(services, "gesloten", "fout wachtwoord"),
        "unknown, many times": [_refusal(services, "niemand", "x") for _ in range(7)][-1],
    }
    assert set(answers.values()) == {WRONG_LOGIN}, answers
    # The right password is told the truth.
    assert "uitgeschakeld" in _refusal(services, "gesloten", "een lang wachtwoord")
    assert "Te veel mislukte pogingen" in _refusal(services, INSTRUCTOR, INSTRUCTOR_PASSWORD)
    # The admin's wrong attempt above did not lock anyone else.
    assert services.accounts.authenticate(ADMIN, PASSWORD).name == ADMIN


def test_wrong_attempts_on_a_locked_account_do_not_extend_the_lock(services: Services) -> None:
    now = FakeNow(datetime(2026, 9, 7, 8, 0))
    sessions_of(services).now = now
    for _ in range(MAX_FAILED_ATTEMPTS):
        _refusal(services, INSTRUCTOR, "fout wachtwoord")
    now.at += timedelta(minutes=LOCK_MINUTES - 1)
    for _ in range(MAX_FAILED_ATTEMPTS + 1):
        assert _refusal(services, INSTRUCTOR, "fout wachtwoord") == WRONG_LOGIN
    assert "nog 1 minuut" in _refusal(services, INSTRUCTOR, INSTRUCTOR_PASSWORD)
    now.at += timedelta(minutes=1, seconds=1)
    assert services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD).name == INSTRUCTOR


class FakeNow:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_five_failures_lock_the_account_for_a_while(services: Services) -> None:
    now = FakeNow(datetime(2026, 9, 7, 8, 0))
    sessions_of(services).now = now
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed, match="Onjuiste"):
            services.accounts.authenticate(INSTRUCTOR, "fout wachtwoord")
    # Now even the right password is refused, with the time to wait.
    with pytest.raises(LoginFailed, match=f"nog {LOCK_MINUTES} minuten"):
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    now.at += timedelta(minutes=LOCK_MINUTES) - timedelta(seconds=1)
    with pytest.raises(LoginFailed, match="Te veel mislukte pogingen"):
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    now.at += timedelta(seconds=2)
    assert services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD).name == INSTRUCTOR
    # Another account was not affected at any time.
    assert services.accounts.authenticate(ADMIN, PASSWORD).name == ADMIN


def test_a_success_resets_the_failure_count(services: Services) -> None:
    sessions_of(services).now = FakeNow(datetime(2026, 9, 7, 8, 0))
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LoginFailed):
            services.accounts.authenticate(INSTRUCTOR, "fout wachtwoord")
    services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LoginFailed):
            services.accounts.authenticate(INSTRUCTOR, "fout wachtwoord")
    assert services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD).name == INSTRUCTOR


def test_an_admin_adds_a_user_who_can_then_log_in(services: Services, admin: Actor) -> None:
    info = services.accounts.add_user(admin, "jan.smit", Role.INSTRUCTOR, "ijzer en vuur",
                                      display_name="Jan Smit")
    assert (info.username, info.display_name, info.role, info.active) == (
        "jan.smit", "Jan Smit", Role.INSTRUCTOR, True)
    assert [u.username for u in services.accounts.list_users(admin)] == [
        ADMIN, INSTRUCTOR, "jan.smit"]
    assert services.accounts.user_count() == 3
    assert services.accounts.authenticate("jan.smit", "ijzer en vuur").role == Role.INSTRUCTOR


def test_add_user_refuses_a_taken_name_and_a_short_password(services: Services,
                                                             admin: Actor) -> None:
    before = _rows(services)
    with pytest.raises(ValidationFailed, match="bestaat al"):
        services.accounts.add_user(admin, INSTRUCTOR, Role.ADMIN, "een ander wachtwoord")
    with pytest.raises(ValidationFailed, match="minstens 10 tekens"):
        services.accounts.add_user(admin, "nieuw", Role.ADMIN, "kort")
    assert _rows(services) == before


def test_an_instructor_may_not_add_users(services: Services, instructor: Actor) -> None:
    before = _rows(services)
    with pytest.raises(PermissionDenied, match="gebruikers beheren"):
        services.accounts.add_user(instructor, "stiekem", Role.ADMIN, "een lang wachtwoord")
    with pytest.raises(PermissionDenied):
        services.accounts.set_active(instructor, ADMIN, False)
    with pytest.raises(PermissionDenied):
        services.accounts.set_password(instructor, ADMIN, "overgenomen!!")
    assert _rows(services) == before
    assert services.accounts.authenticate(ADMIN, PASSWORD).name == ADMIN


def test_set_password_own_and_by_an_admin(services: Services, admin: Actor,
                                          instructor: Actor) -> None:
    services.accounts.set_password(instructor, INSTRUCTOR, "mijn nieuwe wachtwoord")
    with pytest.raises(LoginFailed):
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    services.accounts.authenticate(INSTRUCTOR, "mijn nieuwe wachtwoord")
    services.accounts.set_password(admin, INSTRUCTOR, "door beheer gezet")
    services.accounts.authenticate(INSTRUCTOR, "door beheer gezet")
    with pytest.raises(ValidationFailed, match="minstens 10"):
        services.accounts.set_password(admin, INSTRUCTOR, "kort")
    with pytest.raises(NotFound):
        services.accounts.set_password(admin, "niemand", "een lang wachtwoord")


def test_set_password_lifts_a_lock(services: Services, admin: Actor) -> None:
    sessions_of(services).now = FakeNow(datetime(2026, 9, 7, 8, 0))
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed):
            services.accounts.authenticate(INSTRUCTOR, "fout wachtwoord")
    services.accounts.set_password(admin, INSTRUCTOR, "weer welkom hier")
    assert services.accounts.authenticate(INSTRUCTOR, "weer welkom hier").name == INSTRUCTOR


def test_the_read_only_viewer_cannot_write(services: Services, admin: Actor) -> None:
    viewer = Actor.viewer()
    # A user whose name happens to be the viewer's must not make its password writable.
    services.accounts.add_user(admin, viewer.name, Role.INSTRUCTOR, "een lang wachtwoord")
    before = _rows(services)
    assert [u.username for u in services.accounts.list_users(viewer)]  # reading is fine
    with pytest.raises(PermissionDenied):
        services.accounts.add_user(viewer, "nieuw", Role.ADMIN, "een lang wachtwoord")
    with pytest.raises(PermissionDenied):
        services.accounts.set_active(viewer, ADMIN, False)
    with pytest.raises(PermissionDenied):
        services.accounts.set_password(viewer, viewer.name, "overgenomen!!")
    with pytest.raises(PermissionDenied):
        services.accounts.set_password(viewer, ADMIN, "overgenomen!!")
    assert _rows(services) == before
    services.accounts.authenticate(viewer.name, "een lang wachtwoord")


def test_the_cli_actor_is_an_administrator_without_login() -> None:
    actor = Actor.cli()
    assert actor.name.startswith("cli:")
    assert actor.role == Role.ADMIN and actor.user_id is None and not actor.read_only
