"""The command line: exit codes, Dutch one-line reasons, --json, passwords, locations."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import update

from bvmdesk import __version__
from bvmdesk.db.models import AuditEvent
from bvmdesk.db.triggers import drop_fact_triggers
from bvmdesk.domain.participants import ParticipantData
from bvmdesk.services.accounts import LoginFailed
from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services, sessions_of
from tests.cli.conftest import Run, run_process

PASSWORD = "een lang wachtwoord"


def _init(cli: Run, db: str, password: str = PASSWORD, *extra: str):  # type: ignore[no-untyped-def]
    return cli("--db", db, "init", "--site-code", "ZWL", "--site-name", "Zwolle",
               "--admin", "beheer", "--password-stdin", *extra, stdin=password + "\n")


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "data")


# --- version and usage ---------------------------------------------------------------------

def test_version(cli: Run) -> None:
    result = cli("--version")
    assert (result.code, result.out) == (0, f"bvmdesk {__version__}\n")


def test_version_as_a_real_process() -> None:
    result = run_process(["--version"])
    assert (result.code, result.out, result.err) == (0, f"bvmdesk {__version__}\n", "")


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["user", "add", "jan", "--password-stdin"],
    ["user", "add", "jan", "--role", "baas"],
    ["participants"],
    ["demo", "--participants", "-5"],
    ["demo", "--today", "morgen"],
    ["check", "--bestaat-niet"],
])
def test_usage_errors_exit_2(cli: Run, args: list[str], tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path / "x.sqlite"), *args)
    assert result.code == 2
    assert "fout:" in result.err
    assert _files(tmp_path) == []


# --- init ----------------------------------------------------------------------------------

def test_init_with_password_from_stdin_keeps_trailing_spaces(cli: Run, db_location: str) -> None:
    password = "  spaties tellen mee  "
    result = _init(cli, db_location, password)
    assert (result.code, result.err) == (0, "")
    first, key_line = result.out.splitlines()
    assert first == "Locatie ZWL (Zwolle) ingericht; beheerder: beheer."
    assert re.fullmatch(r"Sleutel om certificaten te ondertekenen: [0-9A-F]{8} .*", key_line)
    services = open_services(db_location)
    try:
        assert services.accounts.authenticate("beheer", password).name == "beheer"
        with pytest.raises(LoginFailed):
            services.accounts.authenticate("beheer", password.strip())
    finally:
        services.close()


def test_init_strips_a_windows_line_end_only(cli: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite")
    result = cli("--db", db, "init", "--site-code", "ZWL", "--site-name", "Zwolle", "--admin",
                 "beheer", "--password-stdin", stdin=PASSWORD + " \r\n")
    assert result.code == 0
    services = open_services(db)
    try:
        services.accounts.authenticate("beheer", PASSWORD + " ")
    finally:
        services.close()


def test_init_as_a_real_process_with_json(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    result = run_process(["--db", str(db), "init", "--site-code", "tbg", "--site-name",
                          "Terborg", "--admin", "beheer", "--password-stdin", "--json"],
                         stdin=PASSWORD + "  \n")
    assert (result.code, result.err) == (0, "")
    data = json.loads(result.out)
    assert re.fullmatch(r"[0-9A-F]{8}", data.pop("key_id"))
    assert data == {"site": {"code": "TBG", "name": "Terborg"}, "admin": "beheer"}
    services = open_services(str(db))
    try:
        services.accounts.authenticate("beheer", PASSWORD + "  ")
    finally:
        services.close()


def test_init_without_terminal_or_password_stdin_exits_at_once(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    result = run_process(["--db", str(db), "init", "--site-code", "ZWL", "--site-name",
                          "Zwolle", "--admin", "beheer"], stdin=None, timeout=30)
    assert result.code == 1
    assert result.err == "bvmdesk: Geen wachtwoord: gebruik --password-stdin of een terminal.\n"
    assert _files(tmp_path) == []  # nothing half-made


def test_init_with_a_short_password_exits_1_and_leaves_nothing(cli: Run,
                                                               tmp_path: Path) -> None:
    result = _init(cli, str(tmp_path / "db.sqlite"), "kort")
    assert (result.code, result.out) == (1, "")
    assert result.err == "bvmdesk: Een wachtwoord heeft minstens 10 tekens.\n"
    assert _files(tmp_path) == []


def test_init_with_a_bad_site_code_reports_every_problem(cli: Run, tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path / "db.sqlite"), "init", "--site-code", "Z1",
                 "--site-name", "Zwolle", "--admin", "Beheer!", "--password-stdin", "--json",
                 stdin="kort\n")
    assert result.code == 1
    error = json.loads(result.out)["error"]
    assert "locatiecode" in error and "gebruikersnaam" in error and "10 tekens" in error
    assert result.err.count("\n") == 1


def test_init_twice_is_refused(cli: Run, db_location: str) -> None:
    assert _init(cli, db_location).code == 0
    again = _init(cli, db_location, "een ander wachtwoord")
    assert again.code == 1
    assert again.err == "bvmdesk: Deze database is al ingericht voor een locatie.\n"
    services = open_services(db_location)
    try:
        services.accounts.authenticate("beheer", PASSWORD)
        assert [s.code for s in services.accounts.sites()] == ["ZWL"]
    finally:
        services.close()


def test_init_refuses_a_missing_folder(cli: Run, tmp_path: Path) -> None:
    result = _init(cli, str(tmp_path / "nieuw" / "db.sqlite"))
    assert result.code == 1
    assert result.err.startswith("bvmdesk: Map bestaat niet:")
    assert _files(tmp_path) == []


# --- a missing database ---------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["check"],
    ["participants", "list"],
    ["user", "list"],
    ["user", "add", "jan", "--role", "instructor", "--password-stdin"],
])
def test_a_missing_database_is_not_created(cli: Run, tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "weg.sqlite"
    result = cli("--db", str(db), *args, stdin=PASSWORD + "\n")
    assert (result.code, result.out) == (1, "")
    assert result.err == f"bvmdesk: Database niet gevonden: {db}\n"
    assert _files(tmp_path) == []


def test_a_missing_database_with_json_gives_one_document(cli: Run, tmp_path: Path) -> None:
    db = tmp_path / "weg.sqlite"
    result = cli("--db", str(db), "participants", "list", "--json")
    assert result.code == 1
    assert json.loads(result.out) == {"error": f"Database niet gevonden: {db}"}
    assert _files(tmp_path) == []


# --- check ---------------------------------------------------------------------------------

def test_check_passes_on_a_sound_database(cli: Run, site_location: str) -> None:
    result = cli("--db", site_location, "check")
    assert (result.code, result.err) == (0, "")
    assert "Controle geslaagd" in result.out
    as_json = cli("--db", site_location, "check", "--json")
    report = json.loads(as_json.out)
    assert (report["ok"], report["problems"]) == (True, [])
    assert set(report) <= {"ok", "problems", "warnings"}


def test_check_exits_3_after_tampering_with_the_audit_chain(cli: Run,
                                                            site_location: str) -> None:
    services = open_services(site_location)
    try:
        with sessions_of(services).write("aanvaller") as s:
            drop_fact_triggers(s.connection())  # the database refuses it otherwise
            s.execute(update(AuditEvent).where(AuditEvent.action == "site.setup")
                      .values(detail="niets aan de hand"))
    finally:
        services.close()
    result = cli("--db", site_location, "check", "--json")
    assert result.code == 3
    report = json.loads(result.out)
    assert report["ok"] is False
    assert report["problems"][0]["kind"] == "chain"
    assert report["problems"][0]["table"] == "audit_events"
    assert report["problems"][0]["detail"] == "inhoud gewijzigd na vastleggen"
    assert report["error"]
    text = cli("--db", site_location, "check")
    assert text.code == 3 and "Controle mislukt" in text.out


def test_check_exits_3_for_an_orphan_row(sqlite_location: str, cli: Run) -> None:
    assert _init(cli, sqlite_location).code == 0
    conn = sqlite3.connect(sqlite_location)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO number_sequences (site_id, kind, last_value) "
                     "VALUES ('00000000000000000000000000000000', 'deelnemer', 3)")
        conn.commit()
    finally:
        conn.close()
    result = cli("--db", sqlite_location, "check")
    assert result.code == 3
    assert "number_sequences 1: rij 1 verwijst naar een ontbrekende sites" in result.out


# --- participants and users ----------------------------------------------------------------

def _add_people(location: str) -> None:
    services = open_services(location)
    try:
        for first, prefix, last, born in [("Çağan", None, "Yılmaz", "2007-03-01"),
                                          ("Zoë", "van 't", "Hek", "2008-12-31")]:
            services.participants.create(Actor.cli(), ParticipantData(
                "", first, prefix, last, __import__("datetime").date.fromisoformat(born),
                "BBL"))
    finally:
        services.close()


def test_participants_list_json(cli: Run, site_location: str) -> None:
    _add_people(site_location)
    result = cli("--db", site_location, "participants", "list", "--json")
    assert (result.code, result.err) == (0, "")
    assert json.loads(result.out) == {"participants": [
        {"number": "ZWL-00001", "first_names": "Çağan", "prefix": None, "last_name": "Yılmaz",
         "birth_date": "2007-03-01", "type": "BBL", "company": None, "groups": []},
        {"number": "ZWL-00002", "first_names": "Zoë", "prefix": "van 't", "last_name": "Hek",
         "birth_date": "2008-12-31", "type": "BBL", "company": None, "groups": []},
    ]}
    found = cli("--db", site_location, "participants", "list", "--search", "CAGAN", "--json")
    assert [p["number"] for p in json.loads(found.out)["participants"]] == ["ZWL-00001"]
    found = cli("--db", site_location, "participants", "list", "--search", "van ’t zoe")
    assert found.out.startswith("ZWL-00002") and found.out.count("\n") == 1
    none = cli("--db", site_location, "participants", "list", "--search", "niemand")
    assert (none.code, none.out) == (0, "Geen deelnemers gevonden.\n")


def test_user_add_and_list(cli: Run, site_location: str) -> None:
    added = cli("--db", site_location, "user", "add", "jan.smit", "--role", "instructor",
                "--display-name", "Jan Smit", "--password-stdin", "--json",
                stdin="ijzer en vuur\n")
    assert added.code == 0
    assert json.loads(added.out) == {"user": {"username": "jan.smit", "role": "instructor"}}
    listed = cli("--db", site_location, "user", "list", "--json")
    assert json.loads(listed.out)["users"] == [
        {"username": "beheer", "display_name": "Beheerder", "role": "admin", "active": True,
         "locked": False},
        {"username": "docent", "display_name": "Docent Dijkstra", "role": "instructor",
         "active": True, "locked": False},
        {"username": "jan.smit", "display_name": "Jan Smit", "role": "instructor",
         "active": True, "locked": False},
    ]
    text = cli("--db", site_location, "user", "list")
    assert text.out.splitlines()[2].split() == ["jan.smit", "instructor", "actief"]
    again = cli("--db", site_location, "user", "add", "jan.smit", "--role", "admin",
                "--password-stdin", stdin="nog een wachtwoord\n")
    assert (again.code, again.err) == (1, "bvmdesk: Gebruiker jan.smit bestaat al.\n")
    short = cli("--db", site_location, "user", "add", "piet", "--role", "admin",
                "--password-stdin", "--json", stdin="kort\n")
    assert short.code == 1
    assert json.loads(short.out) == {"error": "Een wachtwoord heeft minstens 10 tekens."}


def test_the_cli_actor_is_recorded_in_the_audit_trail(cli: Run, site_location: str) -> None:
    cli("--db", site_location, "user", "add", "jan.smit", "--role", "instructor",
        "--password-stdin", stdin="ijzer en vuur\n")
    services = open_services(site_location)
    try:
        with sessions_of(services).read() as s:
            from sqlalchemy import select

            last = s.scalars(select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
            assert last is not None
            assert (last.actor, last.action) == (Actor.cli().name, "user.add")
    finally:
        services.close()


# --- where the database is -----------------------------------------------------------------

def test_bvmdesk_db_is_used_without_db(cli: Run, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "omgeving.sqlite"
    monkeypatch.setenv("BVMDESK_DB", str(db))
    assert _init(cli, str(db)).code == 0
    result = cli("user", "list", "--json")
    assert [u["username"] for u in json.loads(result.out)["users"]] == ["beheer"]
    # --db wins over the environment.
    other = tmp_path / "ander.sqlite"
    assert cli("--db", str(other), "check").err == f"bvmdesk: Database niet gevonden: {other}\n"


def test_bvmdesk_db_as_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "omgeving.sqlite"
    result = run_process(["init", "--site-code", "ZWL", "--site-name", "Zwolle", "--admin",
                          "beheer", "--password-stdin"], stdin=PASSWORD + "\n",
                         env={"BVMDESK_DB": str(db)})
    assert result.code == 0
    assert db.exists()


def test_the_default_database_is_in_the_data_dir(cli: Run, _private_data_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BVMDESK_DB", raising=False)
    expected = _private_data_dir / "bvmdesk.sqlite"
    missing = cli("check")
    assert missing.err == f"bvmdesk: Database niet gevonden: {expected}\n"
    result = cli("init", "--site-code", "ZWL", "--site-name", "Zwolle", "--admin", "beheer",
                 "--password-stdin", stdin=PASSWORD + "\n")
    assert result.code == 0
    assert expected.exists()
    assert cli("check").code == 0
