"""`bvmdesk certificates eligibility|issue|list|revoke|reprint|correct` and the round trip:
issue -> the page as PNG (pdftoppm) -> the QR read by zbarimg -> `verify` = valid; expired,
revoked and superseded from the command line; a copied database cannot issue."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import Certificate, Enrolment, Module
from bvmdesk.domain.base45 import ALPHABET
from bvmdesk.services.container import open_services, sessions_of
from tests.cli.conftest import Run
from tests.db.support import INSTRUCTOR, add_participant, build_lesson_world, user_actor
from tests.reports.test_signoff_pdf import page_count, qr_codes

TODAY = "2026-10-01"
PASSPHRASE = "paard batterij nietje"


@dataclass(frozen=True)
class World:
    location: str


@pytest.fixture
def world(site_location: str, monkeypatch: pytest.MonkeyPatch) -> World:
    """Group LAS-1 (module M-LAS-1, at least 80 % attendance, valid 2 years) with one
    lesson: P-LAS-1 Çağan Yılmaz and P-LAS-2 Zoë ... Ødegård present, P-LAS-3 absent."""
    monkeypatch.setenv("BVMDESK_TODAY", TODAY)
    services = open_services(site_location)
    try:
        made = build_lesson_world(services)
        with sessions_of(services).write("test") as s:
            s.get(Module, made.module_id).validity_years = 2  # type: ignore[union-attr]
            others = [add_participant(s, "P-LAS-2", "Zoë Wiktoria Hà", "Ødegård-Dvořák",
                                      prefix="van der"),
                      add_participant(s, "P-LAS-3", "Bas", "Jansen")]
            for person in others:
                s.add(Enrolment(participant_id=person.id, group_id=made.group_id,
                                start_date=date(2026, 9, 1)))
            ids = [made.participant_id] + [p.id for p in others]
        instructor = user_actor(services, INSTRUCTOR)
        for person, status in zip(ids, ("aanwezig", "aanwezig", "ongeoorloofd"), strict=True):
            services.attendance.set_mark(instructor, made.lesson_id, person, status,
                                         reason="nagekeken op de presentielijst")
    finally:
        services.close()
    return World(site_location)


def _issue(cli: Run, world: World, output: Path, *extra: str) -> dict[str, list[dict[str, str]]]:
    result = cli("--db", world.location, "certificates", "issue", "--group", "LAS-1",
                 "-o", str(output), "--json", *extra)
    assert result.code == 0, result.err
    data: dict[str, list[dict[str, str]]] = json.loads(result.out)
    return data


def _count(location: str) -> int:
    services = open_services(location)
    try:
        with sessions_of(services).read() as s:
            return int(s.scalar(select(func.count()).select_from(Certificate)) or 0)
    finally:
        services.close()


def test_eligibility_json(cli: Run, world: World) -> None:
    result = cli("--db", world.location, "certificates", "eligibility", "--group", "LAS-1",
                 "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["group"] == "LAS-1"
    rows = {row["participant"]: row for row in data["rows"]}
    assert sorted(rows) == ["P-LAS-1", "P-LAS-2", "P-LAS-3"]
    assert (rows["P-LAS-1"]["eligible"], rows["P-LAS-3"]["eligible"]) == (True, False)
    for row in rows.values():
        assert set(row) == {"participant", "name", "eligible", "conditions"}
        assert all(set(c) == {"name", "met", "detail"} for c in row["conditions"])
    attendance = next(c for c in rows["P-LAS-3"]["conditions"] if c["name"] == "aanwezigheid")
    assert attendance["met"] is False
    text = cli("--db", world.location, "certificates", "eligibility", "--group", "LAS-1")
    assert text.code == 0 and "P-LAS-3" in text.out
    missing = cli("--db", world.location, "certificates", "eligibility", "--group", "GEEN")
    assert missing.code == 1 and missing.err.startswith("bvmdesk: ")


def test_round_trip_issue_scan_verify(cli: Run, world: World, tmp_path: Path) -> None:
    folder = tmp_path / "certificaten"
    data = _issue(cli, world, folder)
    year = TODAY[:4]
    assert [i["number"] for i in data["issued"]] == [f"ZWL-{year}-00001", f"ZWL-{year}-00002"]
    assert sorted(i["participant"] for i in data["issued"]) == ["P-LAS-1", "P-LAS-2"]
    assert [s["participant"] for s in data["skipped"]] == ["P-LAS-3"]
    assert data["skipped"][0]["reason"]
    for item in data["issued"]:
        path = Path(item["file"])
        assert path == folder / f"{item['number']}.pdf"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == item["sha256"]
    second = next(i for i in data["issued"] if i["participant"] == "P-LAS-2")
    [code] = qr_codes(Path(second["file"]), 1, tmp_path)
    result = cli("--db", world.location, "certificates", "verify", code, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "status": "valid", "number": second["number"],
        "name": "Zoë Wiktoria Hà van der Ødegård-Dvořák", "module": "M-LAS-1",
        "issued": TODAY, "kind": "certificaat", "site": "ZWL", "expires": "2028-10-01"}
    # The PDF file itself, and the print PDF, verify the same way.
    assert cli("--db", world.location, "certificates", "verify", second["file"]).code == 0
    # Every single-character change of the payload is refused (offline: quick).
    key = tmp_path / "zwl.pem"
    assert cli("--db", world.location, "certificates", "public-key", "-o", str(key)).code == 0
    for position in range(len(code)):
        changed = code[:position] + next(c for c in ALPHABET if c != code[position]) + \
            code[position + 1:]
        refused = cli("certificates", "verify", changed, "--public-key", str(key))
        assert refused.code in (1, 3), (position, refused)
        assert not refused.out.startswith("Geldig"), position
    # Nobody is issued twice; the list shows both.
    again = _issue(cli, world, tmp_path / "nog-eens")
    assert again["issued"] == [] and len(again["skipped"]) == 3
    assert not (tmp_path / "nog-eens").exists()
    listing = json.loads(cli("--db", world.location, "certificates", "list", "--json").out)
    assert sorted(c["number"] for c in listing["certificates"]) == [
        i["number"] for i in data["issued"]]


def test_one_print_pdf_and_reprint_gives_the_frozen_bytes(cli: Run, world: World,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "afdrukken.pdf"
    data = _issue(cli, world, target, "--language", "en")
    assert page_count(target) == 2
    assert [i["file"] for i in data["issued"]] == [str(target)] * 2
    first = data["issued"][0]
    copy = tmp_path / "opnieuw.pdf"
    result = cli("--db", world.location, "certificates", "reprint", first["number"], "-o",
                 str(copy))
    assert result.code == 0, result.err
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == first["sha256"]
    assert qr_codes(copy, 1, tmp_path)[0].startswith("BVM1:")
    # The print file carries no code of its own: verify says so, and what to check instead.
    printed = cli("--db", world.location, "certificates", "verify", str(target))
    assert printed.code == 1 and "afdrukbestand" in printed.err and "reprint" in printed.err
    assert "Traceback" not in printed.err
    assert cli("--db", world.location, "certificates", "verify", str(copy)).code == 0
    bad = cli("--db", world.location, "certificates", "reprint", "ZWL-1999-00001", "-o",
              str(tmp_path / "x.pdf"))
    assert bad.code == 1 and not (tmp_path / "x.pdf").exists()


def test_one_participant_and_a_refusal(cli: Run, world: World, tmp_path: Path) -> None:
    data = _issue(cli, world, tmp_path / "een.pdf", "--participant", "P-LAS-2")
    assert [i["participant"] for i in data["issued"]] == ["P-LAS-2"]
    refused = cli("--db", world.location, "certificates", "issue", "--group", "LAS-1",
                  "--participant", "P-LAS-3", "-o", str(tmp_path / "niet.pdf"))
    assert refused.code == 1 and not (tmp_path / "niet.pdf").exists()
    wrong = cli("--db", world.location, "certificates", "issue", "--group", "LAS-1",
                "-o", str(tmp_path / "x.txt"))
    assert wrong.code == 1 and _count(world.location) == 1


def test_expired_revoked_and_superseded(cli: Run, world: World, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    data = _issue(cli, world, tmp_path / "map")
    first, second = (Path(i["file"]) for i in data["issued"])
    numbers = [i["number"] for i in data["issued"]]
    monkeypatch.setenv("BVMDESK_TODAY", "2028-10-02")
    late = cli("--db", world.location, "certificates", "verify", str(first), "--json")
    assert late.code == 3 and json.loads(late.out)["status"] == "expired"
    monkeypatch.setenv("BVMDESK_TODAY", TODAY)

    refused = cli("--db", world.location, "certificates", "revoke", numbers[0],
                  "--reason", "")
    assert refused.code == 1
    revoked = cli("--db", world.location, "certificates", "revoke", numbers[0], "--reason",
                  "Deelnemer heeft de toets niet zelf gemaakt")
    assert revoked.code == 0, revoked.err
    result = cli("--db", world.location, "certificates", "verify", str(first))
    assert result.code == 3 and result.out.startswith("Ingetrokken\n")
    assert "niet zelf gemaakt" in result.out
    # A revoked certificate verifies as revoked even after its expiry date.
    monkeypatch.setenv("BVMDESK_TODAY", "2028-10-02")
    assert json.loads(cli("--db", world.location, "certificates", "verify", str(first),
                          "--json").out)["status"] == "revoked"
    monkeypatch.setenv("BVMDESK_TODAY", TODAY)

    corrected = tmp_path / "nieuw.pdf"
    made = cli("--db", world.location, "certificates", "correct", numbers[1], "-o",
               str(corrected), "--json")
    assert made.code == 0, made.err
    new = json.loads(made.out)["certificate"]
    assert new["supersedes"] == numbers[1] and new["number"] not in numbers
    old = cli("--db", world.location, "certificates", "verify", str(second), "--json")
    assert old.code == 3 and json.loads(old.out)["status"] == "superseded"
    assert cli("--db", world.location, "certificates", "verify", str(corrected)).code == 0
    listing = json.loads(cli("--db", world.location, "certificates", "list", "--json").out)
    statuses = {c["number"]: c["status"] for c in listing["certificates"]}
    assert statuses == {numbers[0]: "revoked", numbers[1]: "superseded", new["number"]: "valid"}


def test_a_copied_database_cannot_issue(cli: Run, world: World, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    services = open_services(world.location)
    try:
        from bvmdesk.services.base import Actor

        services.signing_keys.info(Actor.cli())  # the site has its key (on this PC)
    finally:
        services.close()
    monkeypatch.setenv("BVMDESK_DATA_DIR", str(tmp_path / "andere-pc"))
    target = tmp_path / "map"
    result = cli("--db", world.location, "certificates", "issue", "--group", "LAS-1", "-o",
                 str(target))
    assert result.code == 1
    assert "staat niet op deze pc" in result.err and "key import" in result.err
    assert _count(world.location) == 0 and not target.exists()


def test_export_import_then_the_second_pc_issues(cli: Run, world: World, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    export = tmp_path / "sleutel.pem"
    monkeypatch.setenv("BVMDESK_KEY_PASSPHRASE", PASSPHRASE)
    assert cli("--db", world.location, "certificates", "key", "export", str(export)).code == 0
    monkeypatch.setenv("BVMDESK_DATA_DIR", str(tmp_path / "tweede-pc"))
    assert cli("--db", world.location, "certificates", "issue", "--group", "LAS-1", "-o",
               str(tmp_path / "eerst.pdf")).code == 1
    assert cli("--db", world.location, "certificates", "key", "import", str(export)).code == 0
    data = _issue(cli, world, tmp_path / "tweede.pdf")
    assert len(data["issued"]) == 2
    shutil.rmtree(tmp_path / "tweede-pc")
