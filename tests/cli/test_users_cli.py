"""`bvmdesk user add|list|passwd|disable|enable|unlock` (issue 16): --json shapes, exit
codes, --password-stdin, --temporary, unknown users and the last administrator; on both
backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent, User
from bvmdesk.domain.clock import to_local
from bvmdesk.services.accounts import MAX_FAILED_ATTEMPTS, LoginFailed
from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services, sessions_of
from tests.cli.conftest import Run
from tests.db.support import INSTRUCTOR, INSTRUCTOR_PASSWORD

NEW = "een nieuw wachtwoord"


def _db(cli: Run, location: str, *args: str, stdin: str = ""):  # type: ignore[no-untyped-def]
    return cli("--db", location, "user", *args, stdin=stdin)


def _login(location: str, username: str, password: str) -> str:
    """The actor's name, or the refusal's text."""
    services = open_services(location)
    try:
        return services.accounts.authenticate(username, password).name
    except LoginFailed as exc:
        return str(exc)
    finally:
        services.close()


def _lock(location: str, username: str = INSTRUCTOR) -> str:
    """Lock the account with wrong passwords; returns the local HH:MM it is locked until."""
    services = open_services(location)
    try:
        for _ in range(MAX_FAILED_ATTEMPTS):
            with pytest.raises(LoginFailed):
                services.accounts.authenticate(username, "fout wachtwoord")
        with sessions_of(services).read() as s:
            until = s.scalar(select(User.locked_until).where(User.username == username))
        assert until is not None
        return f"{to_local(until):%H:%M}"
    finally:
        services.close()


def _must_change(location: str, username: str) -> bool:
    services = open_services(location)
    try:
        return services.accounts.must_change_password(username)
    finally:
        services.close()


def _last_action(location: str) -> tuple[str, str]:
    services = open_services(location)
    try:
        with sessions_of(services).read() as s:
            last = s.scalars(select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
            assert last is not None
            return last.actor, last.action
    finally:
        services.close()


def test_list_json_has_exactly_five_keys_and_text_says_the_status(
        cli: Run, site_location: str) -> None:
    until = _lock(site_location)
    listed = _db(cli, site_location, "list", "--json")
    assert listed.code == 0
    assert json.loads(listed.out) == {"users": [
        {"username": "beheer", "display_name": "Beheerder", "role": "admin", "active": True,
         "locked": False},
        {"username": "docent", "display_name": "Docent Dijkstra", "role": "instructor",
         "active": True, "locked": True},
    ]}
    text = _db(cli, site_location, "list")
    assert [line.split(maxsplit=2) for line in text.out.splitlines()] == [
        ["beheer", "admin", "actief"],
        ["docent", "instructor", f"geblokkeerd tot {until}"],
    ]


def test_add_with_a_temporary_password(cli: Run, site_location: str) -> None:
    added = _db(cli, site_location, "add", "jan.smit", "--role", "instructor", "--temporary",
                "--password-stdin", "--json", stdin=NEW + "\n")
    assert added.code == 0
    assert json.loads(added.out) == {"user": {"username": "jan.smit", "role": "instructor",
                                              "must_change_password": True}}
    assert _must_change(site_location, "jan.smit")
    text = _db(cli, site_location, "list").out.splitlines()[2]
    assert text.split(maxsplit=2) == ["jan.smit", "instructor",
                                      "actief, moet wachtwoord wijzigen"]
    plain = _db(cli, site_location, "add", "piet", "--role", "admin", "--password-stdin",
                stdin=NEW + "\n")
    assert (plain.code, plain.out) == (0, "Gebruiker piet (admin) toegevoegd.\n")
    assert not _must_change(site_location, "piet")


def test_passwd_sets_the_password_and_lifts_a_lock(cli: Run, site_location: str) -> None:
    _lock(site_location)
    result = _db(cli, site_location, "passwd", INSTRUCTOR, "--password-stdin", "--json",
                 stdin=NEW + "\n")
    assert result.code == 0
    assert json.loads(result.out) == {"user": {
        "username": INSTRUCTOR, "display_name": "Docent Dijkstra", "role": "instructor",
        "active": True, "locked": False, "must_change_password": False}}
    assert _last_action(site_location) == (Actor.cli().name, "user.password")
    assert _login(site_location, INSTRUCTOR, NEW) == INSTRUCTOR
    assert not _must_change(site_location, INSTRUCTOR)
    text = _db(cli, site_location, "passwd", INSTRUCTOR, "--password-stdin",
               stdin=NEW + " 2\n")
    assert (text.code, text.out) == (0, "Wachtwoord van docent ingesteld.\n")


def test_passwd_temporary_means_the_person_changes_it(cli: Run, site_location: str) -> None:
    result = _db(cli, site_location, "passwd", INSTRUCTOR, "--temporary", "--password-stdin",
                 stdin=NEW + "\n")
    assert result.code == 0
    assert "bij de volgende keer inloggen" in result.out
    assert _must_change(site_location, INSTRUCTOR)
    assert _last_action(site_location) == (Actor.cli().name, "user.reset")
    assert _login(site_location, INSTRUCTOR, NEW) == INSTRUCTOR  # the dialog asks next


def test_passwd_refusals(cli: Run, site_location: str) -> None:
    short = _db(cli, site_location, "passwd", INSTRUCTOR, "--password-stdin", "--json",
                stdin="kort\n")
    assert short.code == 1
    assert json.loads(short.out) == {"error": "Een wachtwoord heeft minstens 10 tekens."}
    assert short.err == "bvmdesk: Een wachtwoord heeft minstens 10 tekens.\n"
    no_terminal = _db(cli, site_location, "passwd", INSTRUCTOR)
    assert (no_terminal.code, no_terminal.err) == (
        1, "bvmdesk: Geen wachtwoord: gebruik --password-stdin of een terminal.\n")
    assert _login(site_location, INSTRUCTOR, INSTRUCTOR_PASSWORD) == INSTRUCTOR


def test_disable_and_enable(cli: Run, site_location: str) -> None:
    off = _db(cli, site_location, "disable", INSTRUCTOR, "--json")
    assert off.code == 0
    assert json.loads(off.out) == {"user": {
        "username": INSTRUCTOR, "display_name": "Docent Dijkstra", "role": "instructor",
        "active": False, "locked": False}}
    assert "uitgeschakeld" in _login(site_location, INSTRUCTOR, INSTRUCTOR_PASSWORD)
    assert _db(cli, site_location, "list").out.splitlines()[1].split() == [
        INSTRUCTOR, "instructor", "uitgeschakeld"]
    assert _last_action(site_location) == (Actor.cli().name, "user.active")
    on = _db(cli, site_location, "enable", INSTRUCTOR)
    assert (on.code, on.out) == (0, "Gebruiker docent is ingeschakeld.\n")
    assert _login(site_location, INSTRUCTOR, INSTRUCTOR_PASSWORD) == INSTRUCTOR


def test_the_last_administrator_cannot_be_disabled(cli: Run, site_location: str) -> None:
    result = _db(cli, site_location, "disable", "beheer", "--json")
    assert result.code == 1
    message = ("beheer is de laatste actieve beheerder: maak eerst een andere gebruiker "
               "beheerder.")
    assert json.loads(result.out) == {"error": message}
    assert result.err == f"bvmdesk: {message}\n"


def test_unlock(cli: Run, site_location: str) -> None:
    _lock(site_location)
    result = _db(cli, site_location, "unlock", INSTRUCTOR, "--json")
    assert result.code == 0
    assert json.loads(result.out) == {"user": {
        "username": INSTRUCTOR, "display_name": "Docent Dijkstra", "role": "instructor",
        "active": True, "locked": False}, "was_locked": True}
    assert _last_action(site_location) == (Actor.cli().name, "user.unlock")
    assert _login(site_location, INSTRUCTOR, INSTRUCTOR_PASSWORD) == INSTRUCTOR
    again = _db(cli, site_location, "unlock", INSTRUCTOR)
    assert (again.code, again.out) == (
        0, "Gebruiker docent was niet geblokkeerd; er is niets te ontgrendelen.\n")


@pytest.mark.parametrize("args", [
    ["passwd", "niemand", "--password-stdin"],
    ["disable", "niemand"],
    ["enable", "niemand"],
    ["unlock", "niemand"],
])
def test_an_unknown_user_is_exit_1(cli: Run, site_location: str, args: list[str]) -> None:
    result = _db(cli, site_location, *args, stdin=NEW + "\n")
    assert (result.code, result.out, result.err) == (
        1, "", "bvmdesk: Gebruiker niemand bestaat niet.\n")
    as_json = _db(cli, site_location, *args, "--json", stdin=NEW + "\n")
    assert as_json.code == 1
    assert json.loads(as_json.out) == {"error": "Gebruiker niemand bestaat niet."}


@pytest.mark.parametrize("args", [
    ["passwd"],
    ["unlock"],
    ["disable", "a", "b"],
    ["passwd", "docent", "--role", "admin"],
    ["wissen", "docent"],
])
def test_usage_errors_exit_2(cli: Run, tmp_path: Path, args: list[str]) -> None:
    result = cli("--db", str(tmp_path / "x.sqlite"), "user", *args)
    assert result.code == 2
    assert "fout:" in result.err
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []


def test_a_missing_database_is_named(cli: Run, tmp_path: Path) -> None:
    missing = tmp_path / "weg.sqlite"
    for args in (["list"], ["unlock", "docent"], ["disable", "docent", "--json"]):
        result = cli("--db", str(missing), "user", *args)
        assert result.code == 1
        assert result.err == f"bvmdesk: Database niet gevonden: {missing}\n"
    assert not missing.exists()
