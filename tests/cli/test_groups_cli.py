"""`bvmdesk group add`, `enrol add` and `enrol stop` on SQLite: JSON shapes, text, exit
codes and the Dutch refusals (unknown participant, group, module or site, a trainer of
another company, an enrolment that exists or overlaps, a taken code)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bvmdesk.db.models import Company, Module, WorkplaceTrainer
from bvmdesk.services.container import open_services, sessions_of
from tests.cli.conftest import Run, run_process
from tests.db.support import add_participant


@pytest.fixture
def db(_sqlite_site_template: Path, tmp_path: Path) -> str:
    """Site ZWL with module LAS, companies ACME (trainer PO-A) and BETA (PO-B), and
    participants 1001 (placed at ACME) and 1002."""
    path = tmp_path / "site.sqlite"
    shutil.copyfile(_sqlite_site_template, path)
    head = _sqlite_site_template.with_name(_sqlite_site_template.name + ".head")
    if head.exists():
        shutil.copyfile(head, path.with_name(path.name + ".head"))
    services = open_services(str(path))
    try:
        with sessions_of(services).write("test") as s:
            s.add(Module(code="LAS", name="Lassen", planned_hours=80))
            acme, beta = Company(code="ACME", name="Acme"), Company(code="BETA", name="Beta")
            s.add_all([acme, beta])
            s.flush()
            s.add_all([WorkplaceTrainer(code="PO-A", name="Piet", company_id=acme.id),
                       WorkplaceTrainer(code="PO-B", name="Bep", company_id=beta.id)])
            add_participant(s, "1001", "Zoë", "Hek").company_id = acme.id
            add_participant(s, "1002", "Ali", "Bakker")
    finally:
        services.close()
    return str(path)


def _group(cli: Run, db: str, code: str = "LAS-1", *extra: str) -> None:
    result = cli("--db", db, "group", "add", code, "--name", "Lassen najaar", "--module",
                 "LAS", "--site", "ZWL", "--start", "2026-09-01", *extra)
    assert result.code == 0, result.err


def test_group_add_json_and_text(cli: Run, db: str) -> None:
    result = cli("--db", db, "group", "add", "LAS-1", "--name", "Lassen najaar", "--module",
                 "LAS", "--site", "ZWL", "--start", "01-09-2026", "--end", "2027-01-31",
                 "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"group": {
        "code": "LAS-1", "name": "Lassen najaar", "module": "LAS", "site": "ZWL",
        "start_date": "2026-09-01", "end_date": "2027-01-31"}}
    result = cli("--db", db, "group", "add", "LAS-2", "--name", "Lassen", "--module", "LAS",
                 "--site", "ZWL", "--start", "2026-09-01")
    assert result.code == 0, result.err
    assert result.out.strip() == ("Groep LAS-2 (Lassen) toegevoegd: module LAS, locatie ZWL, "
                                  "vanaf 01-09-2026.")


@pytest.mark.parametrize(("args", "words"), [
    (["LAS-1", "--module", "XXX", "--site", "ZWL"], "Module XXX bestaat niet"),
    (["LAS-1", "--module", "LAS", "--site", "TBG"], "Locatie TBG bestaat niet"),
    (["LAS-9", "--module", "LAS", "--site", "ZWL"], "Code LAS-9 is al in gebruik"),
])
def test_group_add_refusals(cli: Run, db: str, args: list[str], words: str) -> None:
    _group(cli, db, "LAS-9")
    result = cli("--db", db, "group", "add", *args, "--name", "N", "--start", "2026-09-01")
    assert result.code == 1
    assert result.err.startswith(f"bvmdesk: {words}") and result.err.count("\n") == 1
    assert result.out == ""
    result = cli("--db", db, "group", "add", *args, "--name", "N", "--start", "2026-09-01",
                 "--json")
    assert result.code == 1
    assert words in json.loads(result.out)["error"]


def test_enrol_add_and_stop(cli: Run, db: str) -> None:
    _group(cli, db)
    result = cli("--db", db, "enrol", "add", "1001", "LAS-1", "--start", "2026-09-01",
                 "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"enrolment": {
        "participant": "1001", "group": "LAS-1", "start_date": "2026-09-01", "end_date": None,
        "status": "actief", "trainer": None, "company": "ACME"}}
    result = cli("--db", db, "enrol", "add", "1002", "LAS-1", "--start", "2026-09-01",
                 "--end", "2027-01-31", "--trainer", "PO-B")
    assert result.code == 0, result.err
    assert result.out.strip() == ("Deelnemer 1002 ingeschreven in groep LAS-1: van 01-09-2026 "
                                  "tot 31-01-2027, status actief, leerbedrijf BETA, "
                                  "praktijkopleider PO-B.")
    result = cli("--db", db, "enrol", "stop", "1002", "LAS-1", "--date", "15-10-2026",
                 "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {"enrolment": {
        "participant": "1002", "group": "LAS-1", "start_date": "2026-09-01",
        "end_date": "2026-10-15", "status": "gestopt", "trainer": "PO-B", "company": "BETA"}}


@pytest.mark.parametrize(("args", "words"), [
    (["9999", "LAS-1"], "Deelnemer met nummer 9999 bestaat niet"),
    (["1001", "XXX"], "Groep XXX bestaat niet"),
    (["1002", "LAS-1", "--trainer", "PO-X"], "Praktijkopleider PO-X bestaat niet"),
    (["1001", "LAS-1"], "Deelnemer 1001 (Zoë Hek) staat al in groep LAS-1"),
    (["1001", "LAS-2"], "Deelnemer 1001 (Zoë Hek) volgt deze module in die periode al in "
                        "groep LAS-1"),
])
def test_enrol_add_refusals(cli: Run, db: str, args: list[str], words: str) -> None:
    _group(cli, db)
    _group(cli, db, "LAS-2")
    assert cli("--db", db, "enrol", "add", "1001", "LAS-1", "--start", "2026-09-01").code == 0
    result = cli("--db", db, "enrol", "add", *args, "--start", "2026-09-01")
    assert result.code == 1
    assert result.err.startswith(f"bvmdesk: {words}") and result.err.count("\n") == 1
    result = cli("--db", db, "enrol", "add", *args, "--start", "2026-09-01", "--json")
    assert result.code == 1
    assert words in json.loads(result.out)["error"]


def test_a_trainer_of_another_company_is_refused(cli: Run, db: str) -> None:
    """1001 is placed at ACME: BETA's trainer is refused, ACME's accepted."""
    _group(cli, db)
    result = cli("--db", db, "enrol", "add", "1001", "LAS-1", "--start", "2026-09-01",
                 "--trainer", "PO-B")
    assert result.code == 1
    assert result.err.startswith("bvmdesk: Praktijkopleider PO-B werkt niet bij leerbedrijf "
                                 "ACME.")
    result = cli("--db", db, "enrol", "add", "1001", "LAS-1", "--start", "2026-09-01",
                 "--trainer", "PO-A", "--json")
    assert result.code == 0, result.err
    assert (json.loads(result.out)["enrolment"]["trainer"],
            json.loads(result.out)["enrolment"]["company"]) == ("PO-A", "ACME")


def test_stopping_an_enrolment_that_does_not_exist(cli: Run, db: str) -> None:
    _group(cli, db)
    result = cli("--db", db, "enrol", "stop", "1001", "LAS-1", "--date", "2026-10-01")
    assert result.code == 1
    assert result.err == ("bvmdesk: Deelnemer 1001 (Zoë Hek) staat niet in groep LAS-1. "
                          "Er is niets gewijzigd.\n")


def test_stop_before_the_start_is_refused(cli: Run, db: str) -> None:
    _group(cli, db)
    assert cli("--db", db, "enrol", "add", "1001", "LAS-1", "--start", "2026-09-01").code == 0
    result = cli("--db", db, "enrol", "stop", "1001", "LAS-1", "--date", "2026-08-01",
                 "--json")
    assert result.code == 1
    assert "vóór de startdatum" in json.loads(result.out)["error"]


def test_the_real_program(db: str) -> None:
    """Through `python -m bvmdesk`: success, a refusal (exit 1) and a usage error (exit 2)."""
    ok = run_process(["--db", db, "group", "add", "LAS-1", "--name", "Lassen", "--module",
                      "LAS", "--site", "ZWL", "--start", "2026-09-01", "--json"])
    assert ok.code == 0, ok.err
    assert json.loads(ok.out)["group"]["code"] == "LAS-1"
    refused = run_process(["--db", db, "enrol", "add", "9999", "LAS-1", "--start",
                           "2026-09-01"])
    assert refused.code == 1
    assert refused.err.startswith("bvmdesk: Deelnemer met nummer 9999 bestaat niet")
    usage = run_process(["--db", db, "enrol", "stop", "1001", "LAS-1"])
    assert usage.code == 2
    assert "--date" in usage.err
