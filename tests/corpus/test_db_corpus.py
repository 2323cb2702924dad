"""Every broken database of the corpus (db_cases.py) through the command line and through
open_services: its own Dutch message and exit code, no traceback, never "onverwachte
fout", never a password, and nothing changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bvmdesk.services.backup_types import DatabaseDamagedError, damage_message
from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services
from tests.corpus.db_cases import (
    CASES,
    Built,
    CaseEnv,
    DbCase,
    database_of,
    open_in_child,
    run_cli,
)

PARAMS = [pytest.param(case, id=case.name,
                       marks=[pytest.mark.postgres] if case.backend == "postgresql" else [])
          for case in CASES]


@pytest.fixture(params=PARAMS)
def case(request: pytest.FixtureRequest) -> DbCase:
    found: DbCase = request.param
    return found


@pytest.fixture
def case_env(case: DbCase, request: pytest.FixtureRequest, tmp_path: Path,
             _sqlite_site_template: Path) -> Iterator[CaseEnv]:
    env = CaseEnv(tmp_path / "cases", _sqlite_site_template)
    env.folder.mkdir()
    copies = None
    if case.backend == "postgresql":
        env.pg = request.getfixturevalue("pg_server")
        copies = request.getfixturevalue("_pg_site_template")
        env.pg_site = env.pg.url(copies.take())
    try:
        yield env
    finally:
        for undo in env.cleanup:
            undo()
        if copies is not None and env.pg_site is not None:
            copies.drop(database_of(env.pg_site))


def _assert_clean(text: str, built: Built) -> None:
    assert "Traceback" not in text
    assert "onverwachte fout" not in text
    if built.secret:
        assert built.secret not in text


def test_db_case_through_the_command_line(case: DbCase, case_env: CaseEnv,
                                          tmp_path: Path) -> None:
    built = case.build(case_env)
    before = built.snapshot()
    data = tmp_path / "data"
    env = {"BVMDESK_DATA_DIR": str(data)}

    check = run_cli(["--db", built.location, "check"], env=env, drop=built.drop_privileges)
    _assert_clean(check.out + check.err, built)
    assert check.code == case.check_exit, check
    assert case.message in check.out + check.err

    as_json = run_cli(["--db", built.location, "check", "--json"], env=env,
                      drop=built.drop_privileges)
    _assert_clean(as_json.out + as_json.err, built)
    assert as_json.code == case.check_exit, as_json
    document = json.loads(as_json.out)
    assert case.message in document["error"]
    if case.check_exit == 3:
        assert document["ok"] is False
        assert document["problems"][0]["kind"] == case.kind
        assert "bvmdesk backup restore" in document["problems"][0]["detail"]

    listing = run_cli(["--db", built.location, "participants", "list", "--json"], env=env,
                      drop=built.drop_privileges)
    _assert_clean(listing.out + listing.err, built)
    assert listing.code == case.exit_code, listing
    assert case.message in json.loads(listing.out)["error"]
    assert listing.err.startswith("bvmdesk: ") and case.message in listing.err

    assert built.snapshot() == before
    backups = data / "backups"
    assert not backups.exists() or not any(backups.iterdir())  # no backup of a refused open
    if built.secret and data.exists():
        for path in data.rglob("*"):
            if path.is_file():
                assert built.secret not in path.read_text(errors="replace"), path


def test_db_case_through_open_services(case: DbCase, case_env: CaseEnv,
                                       tmp_path: Path) -> None:
    built = case.build(case_env)
    before = built.snapshot()
    if built.drop_privileges:
        found = open_in_child(built.location, env={"BVMDESK_DATA_DIR": str(tmp_path / "d")},
                              drop=True)
    else:
        found = _open_in_process(built.location, read=case.opens)
    assert found["type"] is not None, "the broken database opened"
    message = str(found["message"])
    assert case.message in message
    _assert_clean(message, built)
    expected_type = {"damaged": "DatabaseDamagedError", "newer": "NewerSchemaError"}
    if case.kind in expected_type:
        assert found["type"] == expected_type[case.kind]
    else:
        assert found["type"] == "DatabaseOpenError" and found["kind"] == case.kind
    assert built.snapshot() == before


def _open_in_process(location: str, *, read: bool) -> dict[str, str | None]:
    """open_services(location) (and with `read` a first read): the error's class, kind and
    message; a damage SQLite finds while reading is named as the services name it."""
    try:
        services = open_services(location)
        try:
            if read:
                services.participants.list_all(Actor.cli(), "")
        finally:
            services.close()
    except Exception as exc:
        damaged = damage_message(exc)
        if damaged is not None and not isinstance(exc, DatabaseDamagedError):
            return {"type": "DatabaseDamagedError", "kind": "damaged", "message": damaged}
        return {"type": type(exc).__name__, "kind": getattr(exc, "kind", None),
                "message": str(exc)}
    return {"type": None}
