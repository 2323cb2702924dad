"""`bvmdesk backup create|list|restore`, and commands on a damaged database."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import Run, run_process
from tests.services.backup_support import damage_header, damage_table

BACKUP_KEYS = ["path", "created_at", "kind", "size", "ok", "verified", "problems", "warnings",
               "head_sequence"]


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_site_template: Path) -> str:
    """A set-up SQLite database (a file is restored; a server with pg_restore)."""
    path = tmp_path / "school.sqlite"
    shutil.copyfile(_sqlite_site_template, path)
    return str(path)


def test_create_list_and_restore(cli: Run, sqlite_db: str) -> None:
    db = sqlite_db
    made = cli("--db", db, "backup", "create", "--json")
    assert made.code == 0, made.err
    backup = json.loads(made.out)["backup"]
    assert list(backup) == BACKUP_KEYS
    assert backup["kind"] == "handmatig" and backup["ok"] and backup["verified"]
    assert backup["created_at"][:4].isdigit() and backup["created_at"][-6] in "+-"
    assert isinstance(backup["head_sequence"], int) and backup["size"] > 0

    cli("--db", db, "user", "add", "later", "--role", "instructor", "--password-stdin",
        stdin="een lang wachtwoord\n")
    listed = cli("--db", db, "backup", "list", "--json")
    assert listed.code == 0
    data = json.loads(listed.out)
    assert list(data) == ["folder", "folder_note", "backups"]
    assert [b["path"] for b in data["backups"]] == [backup["path"]]
    text = cli("--db", db, "backup", "list")
    assert "handmatig" in text.out and "in orde" in text.out

    restored = cli("--db", db, "backup", "restore", backup["path"])
    assert restored.code == 0, restored.err
    assert "De vorige database staat in" in restored.out
    users = cli("--db", db, "user", "list", "--json")
    assert "later" not in [u["username"] for u in json.loads(users.out)["users"]]
    aside = next(Path(db).parent.glob("*.voor-herstel-*.sqlite"))
    conn = sqlite3.connect(aside)
    assert ("later",) in conn.execute("SELECT username FROM users").fetchall()
    conn.close()


def test_create_to_a_file(cli: Run, site_location: str, tmp_path: Path) -> None:
    target = tmp_path / "kopie.sqlite" if "://" not in site_location else tmp_path / "k.dump"
    result = cli("--db", site_location, "backup", "create", "-o", str(target))
    assert result.code == 0, result.err
    assert "Back-up gemaakt en gecontroleerd" in result.out and target.exists()
    again = cli("--db", site_location, "backup", "create", "-o", str(target), "--json")
    assert again.code == 1 and "bestaat al" in json.loads(again.out)["error"]
    assert again.err.startswith("bvmdesk: Het bestand bestaat al")


def test_a_damaged_backup_is_refused(cli: Run, sqlite_db: str) -> None:
    db = sqlite_db
    backup = Path(json.loads(cli("--db", db, "backup", "create", "--json").out)
                  ["backup"]["path"])
    damage_table(backup, "users")
    before = Path(db).read_bytes()
    result = cli("--db", db, "backup", "restore", str(backup), "--json")
    assert result.code == 1
    assert "niet in orde en wordt niet teruggezet" in json.loads(result.out)["error"]
    assert len(result.err.strip().splitlines()) == 1
    assert Path(db).read_bytes() == before
    listed = json.loads(cli("--db", db, "backup", "list", "--json").out)["backups"]
    assert listed[0]["ok"] is True  # the cheap check: opens, head matches
    verified = cli("--db", db, "backup", "list", "--verify", "--json")
    assert verified.code == 3
    assert json.loads(verified.out)["backups"][0]["ok"] is False


def test_missing_database_or_backup(cli: Run, tmp_path: Path, sqlite_db: str) -> None:
    missing = tmp_path / "nergens.sqlite"
    for args in (["create"], ["list"], ["restore", "x.sqlite"]):
        result = cli("--db", str(missing), "backup", *args)
        assert result.code == 1 and f"Database niet gevonden: {missing}" in result.err
    assert not missing.exists()
    result = cli("--db", sqlite_db, "backup", "restore", str(tmp_path / "geen.sqlite"))
    assert result.code == 1 and "Back-up niet gevonden" in result.err


@pytest.mark.parametrize(("command", "damage"), [
    ("participants", damage_header),  # not a database at all: found when it opens
    ("user", lambda path: damage_table(path, "users")),  # found when the table is read
])
def test_a_command_on_a_damaged_database_says_so(
        cli: Run, sqlite_db: str, command: str, damage: object) -> None:
    damage(Path(sqlite_db))  # type: ignore[operator]
    result = cli("--db", sqlite_db, command, "list", "--json")
    assert result.code == 1
    assert json.loads(result.out)["error"].startswith("De database is beschadigd")
    assert "bvmdesk backup restore" in result.err and "onverwachte fout" not in result.err


def test_a_real_process_restores_a_damaged_database(sqlite_db: str) -> None:
    db = sqlite_db
    made = run_process(["--db", db, "backup", "create", "--json"])
    backup = json.loads(made.out)["backup"]["path"]
    damage_header(Path(db))
    assert run_process(["--db", db, "check"]).code == 3  # a damaged file fails the check
    result = run_process(["--db", db, "backup", "restore", backup])
    assert result.code == 0, result.err
    assert run_process(["--db", db, "check"]).code == 0


def test_init_and_demo_make_private_database_files(cli: Run, tmp_path: Path) -> None:
    import stat

    site = tmp_path / "site.sqlite"
    assert cli("--db", str(site), "init", "--site-code", "ZWL", "--site-name", "Zwolle",
               "--admin", "beheer", "--password-stdin", stdin="een lang wachtwoord\n").code == 0
    demo = tmp_path / "demo.sqlite"
    assert cli("--db", str(demo), "demo", "--participants", "5").code == 0
    for path in (site, demo, Path(f"{demo}-wal"), Path(f"{demo}-shm")):
        if path.name.endswith(("-wal", "-shm")) and not path.exists():
            continue  # SQLite removes them when the last connection closes
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
