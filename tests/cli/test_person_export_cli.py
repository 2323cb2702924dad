"""`bvmdesk participants export-person NUMBER -o FILE.zip [--json]`: the JSON shape, the
text, an existing file replaced, and the Dutch refusals with exit 1 (2 for usage)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from bvmdesk.services.container import open_services
from tests.cli.conftest import Run, run_process
from tests.db.support import build_lesson_world


def _world(site_location: str) -> str:
    services = open_services(site_location)
    try:
        build_lesson_world(services)  # participant P-LAS-1, Çağan Yılmaz, in group LAS-1
    finally:
        services.close()
    return "P-LAS-1"


def test_json_text_and_an_existing_file_replaced(cli: Run, site_location: str,
                                                 tmp_path: Path) -> None:
    number = _world(site_location)
    target = tmp_path / "inzage.zip"
    result = cli("--db", site_location, "participants", "export-person", number, "-o",
                 str(target), "--json")
    assert result.code == 0, result.err
    payload = json.loads(result.out)
    assert payload == {"export": {"participant": number, "file": str(target), "rows": 2,
                                  "attachments": 0, "certificates": 0}}
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("gegevens.json"))
        assert set(archive.namelist()) == {"gegevens.json", "overzicht.pdf", "LEESMIJ.txt"}
    assert set(document["tabellen"]) == {"participants", "enrolments"}
    assert document["tabellen"]["participants"][0]["last_name"] == "Yılmaz"
    before = target.read_bytes()
    result = cli("--db", site_location, "participants", "export-person", f" {number} ",
                 "-o", str(target))
    assert result.code == 0, result.err
    assert result.out.strip() == (f"Inzage van deelnemer {number} geschreven: {target} "
                                  "(2 rijen, 0 bijlagen, 0 certificaten).")
    assert target.read_bytes() != before  # replaced: it now names the first export too
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".bvmdesk-")] == []


def test_refusals(cli: Run, site_location: str, tmp_path: Path) -> None:
    number = _world(site_location)
    base = ("--db", site_location, "participants", "export-person")
    result = cli(*base, "P-NOPE", "-o", str(tmp_path / "x.zip"), "--json")
    assert (result.code, json.loads(result.out)) == (1, {"error":
                                                         "Deelnemer P-NOPE bestaat niet."})
    assert result.err == "bvmdesk: Deelnemer P-NOPE bestaat niet.\n"
    result = cli(*base, number, "-o", str(tmp_path / "weg" / "x.zip"))
    assert result.code == 1 and result.err.startswith("bvmdesk: Map bestaat niet:")
    result = cli(*base, number, "-o", str(tmp_path / "x.pdf"))
    assert result.code == 1 and "gebruik .zip" in result.err
    result = cli(*base, number)
    assert result.code == 2 and "-o/--output" in result.err
    assert not list(tmp_path.glob("*.zip")) and not list(tmp_path.glob(".bvmdesk-*"))


def test_a_missing_database_and_a_real_process(tmp_path: Path, site_location: str) -> None:
    missing = tmp_path / "nergens.sqlite"
    result = run_process(["--db", str(missing), "participants", "export-person", "P-1",
                          "-o", str(tmp_path / "x.zip")])
    assert result.code == 1 and result.err == f"bvmdesk: Database niet gevonden: {missing}\n"
    assert not missing.exists()
    number = _world(site_location)
    result = run_process(["--db", site_location, "participants", "export-person", number,
                          "-o", str(tmp_path / "x.zip"), "--json"])
    assert result.code == 0, result.err
    assert json.loads(result.out)["export"]["rows"] == 2
