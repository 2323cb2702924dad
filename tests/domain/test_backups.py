"""Backup names and the rotation rule (7 daily, 4 weekly, manual ones never)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain.backups import (
    KIND_DAILY,
    KIND_EXIT,
    KIND_MANUAL,
    KIND_MIGRATION,
    backup_name,
    parse_backup_name,
    to_remove,
)

START = datetime(2026, 9, 1, 8, 30, 15)


def test_a_name_reads_back_as_what_made_it() -> None:
    name = backup_name("bvmdesk", START, KIND_DAILY, ".sqlite")
    assert name.file_name == "bvmdesk-20260901-083015-dagelijks.sqlite"
    assert parse_backup_name("bvmdesk", name.file_name) == name
    second = backup_name("bvmdesk", START, KIND_EXIT, ".dump", serial=2)
    assert second.file_name == "bvmdesk-20260901-083015-afsluiten-2.dump"
    assert parse_backup_name("bvmdesk", second.file_name) == second


def test_names_of_another_database_or_another_file_are_not_ours() -> None:
    demo = backup_name("bvmdesk-demo", START, KIND_DAILY, ".sqlite").file_name
    assert parse_backup_name("bvmdesk", demo) is None
    assert parse_backup_name("bvmdesk-demo", demo) is not None
    for other in ("bvmdesk.sqlite", "bvmdesk-20260901-083015-dagelijks.sqlite.head",
                  "bvmdesk-20261301-083015-dagelijks.sqlite",  # month 13
                  "bvmdesk-20260901-083015-wekelijks.sqlite", "notes.txt"):
        assert parse_backup_name("bvmdesk", other) is None, other


def test_after_40_days_of_daily_backups_7_daily_and_4_weekly_remain() -> None:
    made = [backup_name("db", START + timedelta(days=d), KIND_DAILY, ".sqlite")
            for d in range(40)]
    removed = set(to_remove(made))
    kept = sorted(set(made) - removed)
    assert len(kept) == 11
    newest_days = [n.created.date() for n in kept[-7:]]
    assert newest_days == [(START + timedelta(days=d)).date() for d in range(33, 40)]
    weekly = kept[:4]
    weeks = {n.created.isocalendar()[:2] for n in weekly}
    assert len(weeks) == 4  # one per ISO week
    for name in weekly:  # the newest of its week among the older ones
        same_week = [n for n in made if n.created.isocalendar()[:2]
                     == name.created.isocalendar()[:2] and n not in kept[-7:]]
        assert name == max(same_week)


def test_manual_and_pre_migration_backups_are_never_rotated_away() -> None:
    made = [backup_name("db", START + timedelta(days=d), kind, ".sqlite")
            for d in range(60) for kind in (KIND_DAILY, KIND_MANUAL, KIND_MIGRATION)]
    removed = to_remove(made)
    assert removed and all(n.kind == KIND_DAILY for n in removed)


def test_several_backups_on_one_day_keep_only_the_newest_of_that_day() -> None:
    made = [backup_name("db", START + timedelta(hours=h), KIND_EXIT, ".sqlite")
            for h in range(5)]
    made.append(backup_name("db", START - timedelta(hours=1), KIND_DAILY, ".sqlite"))
    removed = to_remove(made)
    assert set(made) - set(removed) == {max(made)}


@given(st.lists(st.integers(min_value=0, max_value=400 * 24), max_size=120))
def test_rotation_never_keeps_more_than_11_and_never_drops_the_newest(hours: list[int]) -> None:
    made = list({backup_name("db", START + timedelta(hours=h), KIND_DAILY, ".sqlite")
                 for h in hours})
    kept = set(made) - set(to_remove(made))
    assert len(kept) <= 11
    if made:
        assert max(made) in kept
        days = {n.created.date() for n in made}
        assert len(kept) >= min(len(days), 7)
