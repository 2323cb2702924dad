"""Managing accounts (issue 16): reset and must-change, unlock, disable and enable, name and
role, the last administrator, the 15-minute lock in local time, and the audit events; on
both backends."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AuditEvent, User
from bvmdesk.domain.enums import Role
from bvmdesk.services.accounts import LOCK_MINUTES, MAX_FAILED_ATTEMPTS, LoginFailed
from bvmdesk.services.base import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.db.support import ADMIN, INSTRUCTOR, INSTRUCTOR_PASSWORD, PASSWORD

site_location = support.site_location
services = support.services
cheap_argon2 = support.cheap_argon2
pytestmark = pytest.mark.usefixtures("cheap_argon2")
admin = support.admin
instructor = support.instructor

TEMPORARY = "tijdelijk wachtwoord 1"
OWN = "mijn eigen wachtwoord"


class FakeNow:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def _events(services: Services) -> list[tuple[str, str]]:
    """(actor, action) of every user.* audit event, oldest first."""
    with sessions_of(services).read() as s:
        rows = s.execute(select(AuditEvent.actor, AuditEvent.action)
                         .where(AuditEvent.action.like("user.%"))
                         .order_by(AuditEvent.sequence)).all()
        return [(r[0], r[1]) for r in rows]


def _audit_count(services: Services) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _user(services: Services, username: str) -> User:
    with sessions_of(services).read() as s:
        user = s.scalars(select(User).where(User.username == username)).one()
        s.expunge(user)
        return user


def _lock(services: Services, username: str = INSTRUCTOR) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LoginFailed):
            services.accounts.authenticate(username, "fout wachtwoord")


def test_reset_then_must_change_then_the_person_sets_a_new_one(services: Services,
                                                               admin: Actor) -> None:
    accounts = services.accounts
    assert not accounts.must_change_password(INSTRUCTOR)
    info = accounts.reset_password(admin, INSTRUCTOR, TEMPORARY)
    assert info.must_change_password and info.username == INSTRUCTOR
    with pytest.raises(LoginFailed):  # the old password is gone
        accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    # The temporary password logs in (the login dialog then asks for a new one).
    actor = accounts.authenticate(INSTRUCTOR, TEMPORARY)
    assert actor.name == INSTRUCTOR
    assert accounts.must_change_password(INSTRUCTOR)
    assert accounts.must_change_password(" Docent ")  # as typed at the login
    assert [u.must_change_password for u in accounts.list_users(admin)
            if u.username == INSTRUCTOR] == [True]
    # The temporary one cannot be chosen again, a short one neither: the flag stays.
    with pytest.raises(ValidationFailed, match="ander wachtwoord dan het tijdelijke"):
        accounts.set_password(actor, INSTRUCTOR, TEMPORARY)
    with pytest.raises(ValidationFailed, match="minstens 10"):
        accounts.set_password(actor, INSTRUCTOR, "kort")
    assert accounts.must_change_password(INSTRUCTOR)
    accounts.set_password(actor, INSTRUCTOR, OWN)
    assert not accounts.must_change_password(INSTRUCTOR)
    assert accounts.authenticate(INSTRUCTOR, OWN).name == INSTRUCTOR
    assert _events(services)[-2:] == [(ADMIN, "user.reset"), (INSTRUCTOR, "user.password")]


def test_an_admin_setting_a_password_clears_the_flag(services: Services,
                                                      admin: Actor) -> None:
    services.accounts.reset_password(admin, INSTRUCTOR, TEMPORARY)
    info = services.accounts.set_password(admin, INSTRUCTOR, "door beheer gekozen")
    assert not info.must_change_password
    assert not services.accounts.must_change_password(INSTRUCTOR)


def test_a_new_account_may_get_a_temporary_password(services: Services, admin: Actor) -> None:
    info = services.accounts.add_user(admin, "jan.smit", Role.INSTRUCTOR, TEMPORARY,
                                      "Jan Smit", temporary=True)
    assert info.must_change_password and not info.locked
    assert services.accounts.must_change_password("jan.smit")
    assert not services.accounts.must_change_password("niemand")
    plain = services.accounts.add_user(admin, "piet", Role.INSTRUCTOR, TEMPORARY)
    assert not plain.must_change_password


def test_reset_refuses_bad_input_and_an_instructor(services: Services, admin: Actor,
                                                   instructor: Actor) -> None:
    before = _audit_count(services)
    with pytest.raises(ValidationFailed, match="minstens 10"):
        services.accounts.reset_password(admin, INSTRUCTOR, "kort")
    with pytest.raises(NotFound, match="Gebruiker niemand bestaat niet"):
        services.accounts.reset_password(admin, "niemand", TEMPORARY)
    with pytest.raises(PermissionDenied, match="gebruikers beheren"):
        services.accounts.reset_password(instructor, ADMIN, TEMPORARY)
    with pytest.raises(PermissionDenied):
        services.accounts.reset_password(Actor.viewer(), INSTRUCTOR, TEMPORARY)
    assert _audit_count(services) == before
    assert not services.accounts.must_change_password(INSTRUCTOR)


def test_five_wrong_passwords_lock_for_15_minutes_and_say_until_when(
        services: Services, admin: Actor) -> None:
    assert LOCK_MINUTES == 15
    now = FakeNow(datetime(2026, 9, 7, 8, 0))  # UTC: 10:00 in Zwolle (summer time)
    sessions_of(services).now = now
    _lock(services)
    with pytest.raises(LoginFailed) as info:
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    assert "geblokkeerd tot 10:15 (nog 15 minuten)" in str(info.value)
    listed = {u.username: u for u in services.accounts.list_users(admin)}
    assert listed[INSTRUCTOR].locked
    assert listed[INSTRUCTOR].locked_until == datetime(2026, 9, 7, 8, 15)
    assert not listed[ADMIN].locked and listed[ADMIN].locked_until is None
    now.at += timedelta(minutes=12, seconds=30)
    with pytest.raises(LoginFailed, match=r"tot 10:15 \(nog 3 minuten\)"):
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    now.at += timedelta(minutes=2, seconds=31)  # 15 minutes and a second
    assert not services.accounts.get_user(admin, INSTRUCTOR).locked
    assert services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD).name == INSTRUCTOR


def test_winter_time_is_local_too(services: Services) -> None:
    sessions_of(services).now = FakeNow(datetime(2026, 12, 7, 13, 17))  # 14:17 in Zwolle
    _lock(services)
    with pytest.raises(LoginFailed, match=r"geblokkeerd tot 14:32 \(nog 15 minuten\)"):
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)


def test_unlock_lifts_the_lock_at_once(services: Services, admin: Actor,
                                       instructor: Actor) -> None:
    sessions_of(services).now = FakeNow(datetime(2026, 9, 7, 8, 0))
    _lock(services)
    with pytest.raises(PermissionDenied):
        services.accounts.unlock(instructor, INSTRUCTOR)
    assert services.accounts.unlock(admin, INSTRUCTOR) is True
    stored = _user(services, INSTRUCTOR)
    assert (stored.locked_until, stored.failed_attempts) == (None, 0)
    assert not services.accounts.get_user(admin, INSTRUCTOR).locked
    assert services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD).name == INSTRUCTOR
    assert _events(services)[-1] == (ADMIN, "user.unlock")
    # Unlocking an account that is not locked changes nothing and records nothing.
    before = _audit_count(services)
    assert services.accounts.unlock(admin, INSTRUCTOR) is False
    assert _audit_count(services) == before
    with pytest.raises(NotFound, match="Gebruiker niemand bestaat niet"):
        services.accounts.unlock(admin, "niemand")


def test_unlock_clears_a_count_of_wrong_tries(services: Services, admin: Actor) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LoginFailed):
            services.accounts.authenticate(INSTRUCTOR, "fout wachtwoord")
    assert services.accounts.unlock(admin, INSTRUCTOR) is False  # it was not locked
    assert _user(services, INSTRUCTOR).failed_attempts == 0
    assert _events(services)[-1] == (ADMIN, "user.unlock")


def test_disable_and_enable(services: Services, admin: Actor) -> None:
    info = services.accounts.set_active(admin, INSTRUCTOR, False)
    assert not info.active
    with pytest.raises(LoginFailed, match="uitgeschakeld"):
        services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD)
    assert services.accounts.set_active(admin, INSTRUCTOR, True).active
    assert _events(services)[-2:] == [(ADMIN, "user.active"), (ADMIN, "user.active")]
    before = _audit_count(services)
    services.accounts.set_active(admin, INSTRUCTOR, True)  # already active: no event
    assert _audit_count(services) == before
    with pytest.raises(NotFound, match="Gebruiker niemand bestaat niet"):
        services.accounts.set_active(admin, "niemand", False)


def test_the_last_active_administrator_is_protected(services: Services, admin: Actor) -> None:
    cli = Actor.cli()
    before = _audit_count(services)
    with pytest.raises(ServiceError, match="eigen account niet uitschakelen"):
        services.accounts.set_active(admin, ADMIN, False)
    with pytest.raises(ServiceError, match="laatste actieve beheerder"):
        services.accounts.set_active(cli, ADMIN, False)
    with pytest.raises(ServiceError, match="laatste actieve beheerder"):
        services.accounts.update_user(cli, ADMIN, "Beheerder", Role.INSTRUCTOR)
    with pytest.raises(ServiceError, match="eigen rol niet wijzigen"):
        services.accounts.update_user(admin, ADMIN, "Beheerder", Role.INSTRUCTOR)
    assert _audit_count(services) == before
    # With a second administrator, the first may go; then the second is the last one.
    services.accounts.update_user(cli, INSTRUCTOR, "Docent Dijkstra", Role.ADMIN)
    services.accounts.set_active(cli, ADMIN, False)
    with pytest.raises(ServiceError, match="docent is de laatste actieve beheerder"):
        services.accounts.set_active(cli, INSTRUCTOR, False)
    # A disabled administrator does not count as one that is left.
    with pytest.raises(ServiceError, match="laatste actieve beheerder"):
        services.accounts.update_user(cli, INSTRUCTOR, "Docent Dijkstra", Role.INSTRUCTOR)
    services.accounts.set_active(cli, ADMIN, True)
    services.accounts.update_user(cli, INSTRUCTOR, "Docent Dijkstra", Role.INSTRUCTOR)
    assert {u.username: u.role for u in services.accounts.list_users(cli)} == {
        ADMIN: Role.ADMIN, INSTRUCTOR: Role.INSTRUCTOR}


def test_change_name_and_role(services: Services, admin: Actor, instructor: Actor) -> None:
    info = services.accounts.update_user(admin, INSTRUCTOR, "  Dirk Dijkstra ", Role.ADMIN)
    assert (info.display_name, info.role) == ("Dirk Dijkstra", Role.ADMIN)
    assert services.accounts.authenticate(INSTRUCTOR, INSTRUCTOR_PASSWORD).role == Role.ADMIN
    assert _events(services)[-1] == (ADMIN, "user.update")
    before = _audit_count(services)
    services.accounts.update_user(admin, INSTRUCTOR, "Dirk Dijkstra", Role.ADMIN)  # same
    assert _audit_count(services) == before
    with pytest.raises(ValidationFailed, match="Vul de naam in"):
        services.accounts.update_user(admin, INSTRUCTOR, "  ", Role.ADMIN)
    with pytest.raises(ValidationFailed, match="hoogstens 200"):
        services.accounts.update_user(admin, INSTRUCTOR, "x" * 201, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        services.accounts.update_user(instructor, ADMIN, "Overgenomen", Role.INSTRUCTOR)
    with pytest.raises(NotFound):
        services.accounts.update_user(admin, "niemand", "Niemand", Role.INSTRUCTOR)
    assert _audit_count(services) == before


def test_every_management_action_needs_manage_users(services: Services,
                                                    instructor: Actor) -> None:
    before = _audit_count(services)
    for call in (
        lambda: services.accounts.set_active(instructor, ADMIN, False),
        lambda: services.accounts.update_user(instructor, INSTRUCTOR, "Ik", Role.ADMIN),
        lambda: services.accounts.unlock(instructor, ADMIN),
        lambda: services.accounts.reset_password(instructor, INSTRUCTOR, TEMPORARY),
        lambda: services.accounts.add_user(instructor, "x1", Role.ADMIN, TEMPORARY),
    ):
        with pytest.raises(PermissionDenied, match="gebruikers beheren"):
            call()
    assert _audit_count(services) == before
    assert services.accounts.authenticate(ADMIN, PASSWORD).name == ADMIN


def test_audit_events_of_every_action_and_the_chain_holds(services: Services,
                                                          admin: Actor) -> None:
    sessions_of(services).now = FakeNow(datetime(2026, 9, 7, 8, 0))
    services.accounts.add_user(admin, "jan.smit", Role.INSTRUCTOR, TEMPORARY, temporary=True)
    services.accounts.reset_password(admin, "jan.smit", TEMPORARY + "2")
    services.accounts.set_password(admin, "jan.smit", "door beheer gekozen")
    _lock(services, "jan.smit")
    services.accounts.unlock(admin, "jan.smit")
    services.accounts.set_active(admin, "jan.smit", False)
    services.accounts.update_user(admin, "jan.smit", "Jan Smit", Role.ADMIN)
    assert _events(services)[-6:] == [
        (ADMIN, "user.add"), (ADMIN, "user.reset"), (ADMIN, "user.password"),
        (ADMIN, "user.unlock"), (ADMIN, "user.active"), (ADMIN, "user.update")]
    report = services.maintenance.check()
    assert report.ok, report.problems
