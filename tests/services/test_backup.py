"""Backups of a SQLite file: made, verified, rotated and restored on real files."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bvmdesk.db.head import ChainHead, head_path_for_file, read_head, write_head
from bvmdesk.domain.enums import Role
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import BackupError, DatabaseDamagedError
from bvmdesk.services.base import Actor, PermissionDenied
from bvmdesk.services.container import backup_service, open_services
from tests.db import support
from tests.services.backup_support import SteppedClock, damage_header, damage_table

cheap_argon2 = support.cheap_argon2
pytestmark = pytest.mark.usefixtures("cheap_argon2")
ADMIN = Actor.cli()
NOON = datetime(2026, 9, 1, 12, 0, 0)


@pytest.fixture
def database(tmp_path: Path, _sqlite_site_template: Path) -> Path:
    path = tmp_path / "school" / "bvmdesk.sqlite"
    path.parent.mkdir()
    shutil.copyfile(_sqlite_site_template, path)
    return path


@pytest.fixture
def clock() -> SteppedClock:
    return SteppedClock(NOON)


@pytest.fixture
def backups(database: Path, tmp_path: Path, clock: SteppedClock) -> BackupService:
    return BackupService(str(database), default_dir=tmp_path / "data" / "backups", clock=clock)


def _add_user(database: Path, name: str) -> None:
    opened = open_services(str(database))
    try:
        opened.accounts.add_user(ADMIN, name, Role.INSTRUCTOR, "een lang wachtwoord")
    finally:
        opened.close()


def _usernames(database: Path) -> set[str]:
    conn = sqlite3.connect(database)
    try:
        return {r[0] for r in conn.execute("SELECT username FROM users")}
    finally:
        conn.close()


def _last_event(database: Path) -> tuple[int, str]:
    conn = sqlite3.connect(database)
    try:
        row = conn.execute("SELECT sequence, hash FROM audit_events "
                           "ORDER BY sequence DESC LIMIT 1").fetchone()
        return int(row[0]), str(row[1])
    finally:
        conn.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)



def _attacker(path: Path) -> sqlite3.Connection:
    """A raw connection to `path` with the audit table's triggers dropped, as an attacker
    with the file would do first (the triggers refuse any change to an event)."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'audit_events'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    return conn

def test_a_manual_backup_is_a_verified_private_copy_with_its_head(
        backups: BackupService, database: Path, tmp_path: Path) -> None:
    info = backups.create(ADMIN)
    assert info.path.parent == tmp_path / "data" / "backups"
    assert info.path.name == "bvmdesk-20260901-120000-handmatig.sqlite"
    assert info.ok and info.fully_checked and info.problems == () and info.warnings == ()
    sequence, digest = _last_event(database)
    assert info.head_sequence == sequence
    assert read_head(head_path_for_file(info.path)) == ChainHead(sequence, digest)
    assert _usernames(info.path) == _usernames(database)
    for path in (info.path, head_path_for_file(info.path)):
        assert _mode(path) == 0o600, path
    assert _mode(info.path.parent) == 0o700
    assert not Path(f"{info.path}-wal").exists()  # one self-contained file


def test_a_backup_to_a_file_of_ones_choosing(backups: BackupService, tmp_path: Path) -> None:
    target = tmp_path / "stick" / "kopie.sqlite"
    target.parent.mkdir()
    info = backups.create(ADMIN, target)
    assert info.path == target and info.ok and info.kind == "handmatig"
    assert _mode(target) == 0o600
    with pytest.raises(BackupError, match="bestaat al"):
        backups.create(ADMIN, target)
    with pytest.raises(BackupError, match="Map bestaat niet"):
        backups.create(ADMIN, tmp_path / "nergens" / "kopie.sqlite")


def test_only_an_administrator_makes_or_restores_backups(backups: BackupService) -> None:
    instructor = Actor("docent", Role.INSTRUCTOR)
    with pytest.raises(PermissionDenied):
        backups.create(instructor)
    info = backups.create(ADMIN)
    with pytest.raises(PermissionDenied):
        backups.restore(instructor, info.path)


def test_a_damaged_database_gives_no_backup_but_a_clear_error(
        backups: BackupService, database: Path) -> None:
    damage_table(database, "users")
    with pytest.raises(BackupError, match="niet in orde"):
        backups.create(ADMIN)
    assert backups.list_all() == []
    damage_header(database)
    with pytest.raises(DatabaseDamagedError, match="beschadigd"):
        backups.create(ADMIN)
    assert backups.list_all() == []


def test_list_gives_newest_first_with_kind_size_and_head(
        backups: BackupService, clock: SteppedClock, database: Path) -> None:
    first = backups.create_automatic("dagelijks")
    clock.local += timedelta(hours=3)
    _add_user(database, "nieuw")
    second = backups.create(ADMIN)
    listed = backups.list_all()
    assert [i.path for i in listed] == [second.path, first.path]
    assert [i.kind for i in listed] == ["handmatig", "dagelijks"]
    assert listed[0].created_at == NOON + timedelta(hours=3)
    assert listed[0].size == second.path.stat().st_size > 0
    assert listed[0].head_sequence == _last_event(database)[0] > listed[1].head_sequence
    assert all(i.ok and not i.fully_checked for i in listed)
    assert all(i.fully_checked for i in backups.list_all(full=True))


def test_two_backups_in_one_second_both_stay(backups: BackupService) -> None:
    a, b = backups.create(ADMIN), backups.create(ADMIN)
    assert a.path != b.path and b.path.name.endswith("-handmatig-2.sqlite")
    assert len(backups.list_all()) == 2


def test_40_days_of_automatic_backups_leave_7_daily_and_4_weekly(
        backups: BackupService, clock: SteppedClock) -> None:
    manual = backups.create(ADMIN)
    for day in range(40):
        clock.local = NOON + timedelta(days=day)
        assert backups.ensure_daily() is not None
        assert backups.ensure_daily() is None  # once a day
        clock.local += timedelta(hours=5)
        backups.create_automatic("afsluiten")
    kept = [i for i in backups.list_all() if i.kind != "handmatig"]
    days = [i.created_at.date() for i in kept if i.created_at]
    assert len(kept) == 11 and len(set(days)) == 11
    assert days[:7] == [(NOON + timedelta(days=d)).date() for d in range(39, 32, -1)]
    assert len({d.isocalendar()[:2] for d in days[7:]}) == 4
    assert manual.path.exists()  # never rotated away
    folder = backups.folder().path
    heads = sorted(p for p in folder.iterdir() if p.name.endswith(".head"))
    assert len(heads) == 12  # no head file outlives its backup


def test_verify_catches_a_damaged_backup(backups: BackupService) -> None:
    info = backups.create(ADMIN)
    damage_table(info.path, "users")
    checked = backups.verify(info.path)
    assert not checked.ok
    assert any("quick_check" in p for p in checked.problems)
    damage_header(info.path)
    listed = backups.list_all()
    assert not listed[0].ok and "geen SQLite-database" in listed[0].problems[0]


def test_verify_catches_a_head_file_that_does_not_match(
        backups: BackupService, database: Path) -> None:
    info = backups.create(ADMIN)
    sequence, digest = _last_event(database)
    write_head(head_path_for_file(info.path), ChainHead(sequence + 3, "a" * 64),
               only_forward=False)
    checked = backups.verify(info.path)
    assert not checked.ok and "kopbestand" in checked.problems[0]
    # Events cut off the tail of the backup: its head file still names the last one.
    write_head(head_path_for_file(info.path), ChainHead(sequence, digest), only_forward=False)
    conn = _attacker(info.path)
    conn.execute("DELETE FROM audit_events WHERE sequence = ?", (sequence,))
    conn.commit()
    conn.close()
    assert not backups.verify(info.path).ok
    assert not backups.list_all()[0].ok  # the cheap check of `list` sees it too


def test_verify_catches_an_edited_audit_event(backups: BackupService) -> None:
    info = backups.create(ADMIN)
    conn = _attacker(info.path)
    conn.execute("UPDATE audit_events SET actor = 'iemand anders' WHERE sequence = 1")
    conn.commit()
    conn.close()
    checked = backups.verify(info.path)
    assert not checked.ok
    assert any("audit-gebeurtenis 1" in p for p in checked.problems)


def test_a_backup_without_its_head_file_is_usable_with_a_warning(
        backups: BackupService) -> None:
    info = backups.create(ADMIN)
    head_path_for_file(info.path).unlink()
    checked = backups.verify(info.path)
    assert checked.ok and "ontbreekt" in checked.warnings[0]


def test_restore_keeps_the_current_database_aside(
        backups: BackupService, database: Path, clock: SteppedClock) -> None:
    info = backups.create(ADMIN)
    write_head(head_path_for_file(database), ChainHead(*_last_event(database)))
    _add_user(database, "later")
    after = _last_event(database)
    write_head(head_path_for_file(database), ChainHead(*after))
    clock.local += timedelta(minutes=5)

    result = backups.restore(ADMIN, info.path)

    assert result.aside == database.with_name("bvmdesk.voor-herstel-20260901-120500.sqlite")
    assert "later" in _usernames(result.aside)  # the previous state, whole
    assert read_head(head_path_for_file(result.aside)) == ChainHead(*after)
    assert _mode(result.aside) == 0o600
    assert "later" not in _usernames(database)
    assert read_head(head_path_for_file(database)) == read_head(head_path_for_file(info.path))
    opened = open_services(str(database))
    try:
        assert opened.maintenance.check().ok
        assert opened.maintenance.quick_check() == []
    finally:
        opened.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(
        backups: BackupService, database: Path) -> None:
    info = backups.create(ADMIN)
    damage_table(info.path, "users")
    before = database.read_bytes()
    with pytest.raises(BackupError, match="niet in orde en wordt niet teruggezet"):
        backups.restore(ADMIN, info.path)
    assert database.read_bytes() == before
    assert list(database.parent.glob("*voor-herstel*")) == []
    with pytest.raises(BackupError, match="Back-up niet gevonden"):
        backups.restore(ADMIN, database.parent / "bestaat-niet.sqlite")


@pytest.mark.parametrize("damage", [damage_header, damage_table])
def test_a_damaged_database_is_restored_and_its_bytes_kept_aside(
        backups: BackupService, database: Path, damage: object) -> None:
    info = backups.create(ADMIN)
    damage(database)  # type: ignore[operator]
    damaged = database.read_bytes()
    result = backups.restore(ADMIN, info.path)
    assert result.aside.read_bytes()[4096:] == damaged[4096:]  # the damage is kept too
    assert _usernames(database) == _usernames(info.path)
    opened = open_services(str(database))
    try:
        assert opened.maintenance.check().ok
    finally:
        opened.close()


def test_newest_good_skips_a_damaged_newer_backup(
        backups: BackupService, clock: SteppedClock) -> None:
    good = backups.create(ADMIN)
    clock.local += timedelta(hours=1)
    bad = backups.create(ADMIN)
    damage_table(bad.path, "users")
    newest = backups.newest_good()
    assert newest is not None and newest.path == good.path


def test_a_chosen_folder_that_is_missing_falls_back_to_the_default(
        backups: BackupService, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    folder = backups.choose_folder(ADMIN, stick)
    assert folder.path == stick and not folder.fallback
    assert backups.create(ADMIN).path.parent == stick
    shutil.rmtree(stick)  # the stick is pulled: a backup still happens, in the default folder
    folder = backups.folder()
    assert folder.fallback and folder.note and str(stick) in folder.note
    info = backups.create_automatic("afsluiten")
    assert info.path.parent == tmp_path / "data" / "backups"
    with pytest.raises(BackupError, match="Map bestaat niet"):
        backups.choose_folder(ADMIN, stick)


def test_the_settings_choose_the_folder(database: Path, tmp_path: Path) -> None:
    from bvmdesk.config import Settings

    stick = tmp_path / "usb"
    stick.mkdir()
    settings = Settings(backup_dir=str(stick))
    settings.save()
    assert Settings.load().backup_dir == str(stick)
    assert backup_service(str(database)).folder().path == stick


def test_a_migration_is_preceded_by_a_verified_backup(database: Path) -> None:
    from alembic import command

    from bvmdesk.db.engine import make_engine
    from bvmdesk.db.migrate import alembic_config

    engine = make_engine(str(database))
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), "0004")
        conn.commit()
    engine.dispose()
    opened = open_services(str(database))
    try:
        listed = opened.backups.list_all(full=True)
    finally:
        opened.close()
    assert [i.kind for i in listed] == ["voor-migratie"]
    assert listed[0].ok and listed[0].head_sequence == _last_event(database)[0]
    assert any("revisie 0004" in w for w in listed[0].warnings)


def test_opening_a_damaged_file_says_so(database: Path) -> None:
    damage_header(database)
    with pytest.raises(DatabaseDamagedError, match="geen \\(leesbare\\) database"):
        open_services(str(database))


def test_new_database_files_are_private(tmp_path: Path) -> None:
    location = tmp_path / "nieuw.sqlite"
    opened = open_services(str(location), create=True)
    try:
        opened.accounts.setup_site(ADMIN, "ZWL", "Zwolle", "beheer", "een lang wachtwoord")
        files = [location, Path(f"{location}-wal"), Path(f"{location}-shm")]
        for path in files:
            assert path.exists() and _mode(path) == 0o600, path
    finally:
        opened.close()

