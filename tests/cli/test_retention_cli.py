"""`bvmdesk retention list|purge` on both backends: JSON shapes, text, exit codes, and that
purge without --confirm changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from bvmdesk.domain.clock import Clock
from bvmdesk.services.container import open_services
from tests.cli.conftest import Run
from tests.services.retention_support import TODAY, build_world


@pytest.fixture
def db(site_location: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The retention world (tests/services/retention_support.py), today 2026-11-20."""
    monkeypatch.setenv("BVMDESK_TODAY", TODAY.isoformat())
    services = open_services(site_location, clock=Clock(today=TODAY))
    try:
        build_world(services)
    finally:
        services.close()
    yield site_location


def _list(cli: Run, db: str) -> list[dict[str, object]]:
    result = cli("--db", db, "retention", "list", "--json")
    assert result.code == 0, result.err
    found: list[dict[str, object]] = json.loads(result.out)["retention"]
    return found


def test_list_json_and_text(cli: Run, db: str) -> None:
    assert _list(cli, db) == [
        {"category": "personal", "label": "Persoonsdossier", "term": "2 jaar", "due": 3,
         "oldest": "2019-06-30"},
        {"category": "attendance", "label": "Presentie en financiersbewijs",
         "term": "5 tot 10 jaar", "due": 2, "oldest": "2019-01-07"},
        {"category": "assessment", "label": "Beoordelingsbewijs", "term": "18 maanden",
         "due": 1, "oldest": "2019-05-02"}]
    result = cli("--db", db, "retention", "list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].startswith("Persoonsdossier") and "3 over de termijn" in lines[0]
    assert "oudste 30-06-2019" in lines[0] and "3 persoonsdossiers" in lines[0]


def test_purge_without_confirm_says_what_and_changes_nothing(cli: Run, db: str) -> None:
    result = cli("--db", db, "retention", "purge", "--json")
    assert result.code == 1
    assert result.err.startswith("bvmdesk: Zou verwijderen: persoonsdossier: "
                                 "3 persoonsdossiers")
    assert "--confirm" in result.err and len(result.err.splitlines()) == 1
    assert "--confirm" in json.loads(result.out)["error"]
    assert [c["due"] for c in _list(cli, db)] == [3, 2, 1]


def test_purge_confirm_then_nothing_is_due(cli: Run, db: str) -> None:
    result = cli("--db", db, "retention", "purge", "--confirm", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"purged": {"personal": 3, "attendance": 2,
                                                 "assessment": 1}}
    assert [c["due"] for c in _list(cli, db)] == [0, 0, 0]
    assert cli("--db", db, "check").code == 0
    again = cli("--db", db, "retention", "purge", "--confirm")
    assert again.code == 0
    assert again.out.startswith("Verwijderd. Persoonsdossiers: 0, presentieregels: 0, "
                                "beoordelingen: 0 (0 records in totaal).")
    refused = cli("--db", db, "retention", "purge")
    assert refused.code == 1 and "niets over de bewaartermijn" in refused.err


def test_a_missing_database_and_a_usage_error(cli: Run, tmp_path: object) -> None:
    missing = f"{tmp_path}/nergens.sqlite"
    result = cli("--db", missing, "retention", "list", "--json")
    assert result.code == 1
    assert f"Database niet gevonden: {missing}" in result.err
    assert "error" in json.loads(result.out)
    assert cli("retention").code == 2
    assert cli("retention", "purge", "--zonder").code == 2
