"""`bvmdesk report assessment|assessment-form|assessments`: PDFs read back with pdftotext,
the JSON of a participant's assessments, exit codes and Dutch refusals, on both backends."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services.assessment_types import CriterionSpec, FormSpec
from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services
from tests.cli.conftest import Run
from tests.db.support import ADMIN, INSTRUCTOR, build_lesson_world, user_actor

NUMBER = "P-LAS-1"  # the participant of build_lesson_world
SPEC = FormSpec("LAS-OPD", "Praktijkopdracht hoeknaad", "M-LAS-1", "opdracht", "ovg", (
    CriterionSpec("B1-K1-W1", "Bereidt het laswerk voor", 1, "Leest de tekening",
                  critical=True),
    CriterionSpec("B1-K1-W1", "Bereidt het laswerk voor", 2, "Maakt de naad schoon"),
    CriterionSpec("B1-K1-W2", "Last een hoeknaad", 3, "Last zonder porositeit", weight=2),
    CriterionSpec("B1-K1-W2", "Last een hoeknaad", 4, "Ruimt de werkplek op"),
))


@dataclass(frozen=True)
class World:
    location: str
    corrected: str      # code of a final assessment with a correction (versions 1 and 2)
    draft: str          # code of a draft


def _pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                            check=True)
    return " ".join(result.stdout.split())


@pytest.fixture
def world(site_location: str) -> World:
    services = open_services(site_location)
    try:
        build_lesson_world(services)
        admin, instructor = user_actor(services, ADMIN), user_actor(services, INSTRUCTOR)
        service = services.assessments
        form = service.save_form(admin, SPEC)
        criteria = {c.number: c.id for c in form.criteria}
        first = service.start(instructor, _participant(services), form.id, on=date(2026, 10, 5))
        for number, value in {1: "V", 2: "G", 3: "V", 4: "O"}.items():
            service.rate(instructor, first.id, criteria[number], value)
        service.explain(instructor, first.id, criteria[2], reason="Naad spiegelend schoon")
        service.explain(instructor, first.id, criteria[4], reason="Werkplek niet opgeruimd")
        signature = make_signature(300, 100, [[(10, 50), (80, 20), (150, 80), (290, 30)]])
        service.set_second_assessor(instructor, first.id, name="Jan de Praktijk",
                                    role="praktijkopleider", strokes=encode(signature))
        photo = BytesIO()
        Image.new("RGB", (640, 480), "steelblue").save(photo, "JPEG")
        service.add_photo(instructor, first.id, photo.getvalue(), "hoeknaad.jpg")
        service.finalise(instructor, first.id)
        second = service.correct(instructor, first.id, "Criterium 4 verkeerd overgenomen")
        service.rate(instructor, second.id, criteria[4], "V")
        service.finalise(instructor, second.id)
        draft = service.start(instructor, _participant(services), form.id, on=date(2026, 11, 2))
        service.rate(instructor, draft.id, criteria[1], "G")
        return World(site_location, first.code, draft.code)
    finally:
        services.close()


def _participant(services: object) -> object:
    actor = Actor.cli()
    participants = services.participants  # type: ignore[attr-defined]
    return next(row.id for row in participants.rows(actor, participants.search_ids(actor, NUMBER))
                if row.number == NUMBER)


def test_report_assessment_writes_the_newest_version_or_the_one_asked(
        cli: Run, world: World, tmp_path: Path) -> None:
    newest = tmp_path / "beoordeling.pdf"
    result = cli("--db", world.location, "report", "assessment", world.corrected, "-o",
                 str(newest))
    assert result.code == 0, result.err
    assert f"{world.corrected} versie 2" in result.out
    text = _pdf_text(newest)
    for expected in ("Praktijkbeoordeling", "Çağan Yılmaz", NUMBER, "LAS-OPD versie 1",
                     "Praktijkopdracht hoeknaad", "Versie 2, vervangt versie 1.",
                     "Criterium 4 verkeerd overgenomen", "Definitief", "Eindoordeel: behaald",
                     "Naad spiegelend schoon", "Jan de Praktijk", "Praktijkopleider",
                     "Docent Dijkstra"):
        assert expected in text, expected
    assert newest.read_bytes().count(b"/Subtype /Image") == 1  # the photo, copied along
    assert "Foto's" in text
    old = tmp_path / "versie1.pdf"
    assert cli("--db", world.location, "report", "assessment", world.corrected, "--version",
               "1", "-o", str(old)).code == 0
    text = _pdf_text(old)
    assert "Werkplek niet opgeruimd" in text and "Eindoordeel: niet behaald" in text
    assert "Vervangen: van deze beoordeling bestaat een nieuwere versie" in text
    assert "vervangt versie" not in text
    draft = tmp_path / "concept.pdf"
    assert cli("--db", world.location, "report", "assessment", world.draft, "-o",
               str(draft)).code == 0
    assert "Concept (voorlopig)" in _pdf_text(draft)


def test_report_assessment_refuses_unknown_codes_and_other_file_types(
        cli: Run, world: World, tmp_path: Path) -> None:
    target = tmp_path / "nee.pdf"
    unknown = cli("--db", world.location, "report", "assessment", "BO-1999-99999", "-o",
                  str(target))
    assert unknown.code == 1 and "BO-1999-99999" in unknown.err
    assert unknown.err.startswith("bvmdesk: ") and not target.exists()
    missing_version = cli("--db", world.location, "report", "assessment", world.corrected,
                          "--version", "7", "-o", str(target))
    assert missing_version.code == 1 and not target.exists()
    docx = cli("--db", world.location, "report", "assessment", world.corrected, "-o",
               str(tmp_path / "b.docx"))
    assert docx.code == 1 and "gebruik .pdf" in docx.err
    folder = cli("--db", world.location, "report", "assessment", world.corrected, "-o",
                 str(tmp_path / "weg" / "b.pdf"))
    assert folder.code == 1 and not (tmp_path / "weg").exists()
    assert cli("--db", world.location, "report", "assessment", world.corrected).code == 2
    assert cli("--db", world.location, "report", "assessment", world.corrected, "--version",
               "0", "-o", str(target)).code == 2


def test_report_assessment_form_prints_the_empty_form(cli: Run, world: World,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "formulier.pdf"
    result = cli("--db", world.location, "report", "assessment-form", "LAS-OPD", "-o",
                 str(target))
    assert result.code == 0, result.err
    text = _pdf_text(target)
    for expected in ("Beoordelingsformulier", "LAS-OPD versie 1", "Leest de tekening",
                     "Ruimt de werkplek op", "Deelnemer:", "Tweede beoordelaar",
                     "Kruis per criterium één waarde aan: G = goed, V = voldoende, "
                     "O = onvoldoende."):
        assert expected in text, expected
    assert "Çağan" not in text and "Naad spiegelend schoon" not in text
    unknown = cli("--db", world.location, "report", "assessment-form", "GEEN", "-o",
                  str(tmp_path / "geen.pdf"))
    assert unknown.code == 1 and "GEEN" in unknown.err


def test_report_assessments_json_is_the_services_report(cli: Run, world: World) -> None:
    result = cli("--db", world.location, "report", "assessments", "--participant", NUMBER,
                 "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    services = open_services(world.location)
    try:
        assert data == services.assessments.report(Actor.cli(), NUMBER)
    finally:
        services.close()
    assert list(data) == ["participant", "assessments"] and data["participant"] == NUMBER
    by_key = {(a["code"], a["version"]): a for a in data["assessments"]}
    assert set(by_key) == {(world.corrected, 1), (world.corrected, 2), (world.draft, 1)}
    old, new, draft = (by_key[(world.corrected, 1)], by_key[(world.corrected, 2)],
                       by_key[(world.draft, 1)])
    assert old["superseded_by"] == 2 and old["code"] == world.corrected
    assert "superseded_by" not in new and "superseded_by" not in draft
    assert (old["status"], old["passed"], new["passed"]) == ("definitief", False, True)
    assert (draft["status"], draft["passed"], draft["date"]) == ("concept", None, "2026-11-02")
    assert (new["form"], new["kind"]) == ("LAS-OPD", "opdracht")
    assert [(w["code"], w["result"]) for w in old["work_processes"]] == [
        ("B1-K1-W1", "goed"), ("B1-K1-W2", "onvoldoende")]
    assert all(set(w) == {"code", "result", "explanation"} for a in data["assessments"]
               for w in a["work_processes"])
    missing = cli("--db", world.location, "report", "assessments", "--participant", "NEE",
                  "--json")
    assert missing.code == 1 and "NEE" in json.loads(missing.out)["error"]


def test_report_assessments_text_and_pdf(cli: Run, world: World, tmp_path: Path) -> None:
    text = cli("--db", world.location, "report", "assessments", "--participant", NUMBER)
    assert text.code == 0, text.err
    assert f"Beoordelingen van Çağan Yılmaz ({NUMBER})" in text.out
    assert "niet behaald (vervangen door versie 2)" in text.out
    assert "voorlopig" in text.out and "05-10-2026" in text.out
    assert "B1-K1-W2" in text.out and "Voldoende" in text.out
    assert "Voortgang per werkproces, praktijkopdrachten" in text.out
    target = tmp_path / "overzicht.pdf"
    result = cli("--db", world.location, "report", "assessments", "--participant", NUMBER,
                 "-o", str(target))
    assert result.code == 0, result.err
    pdf = _pdf_text(target)
    for expected in ("Beoordelingen", "Çağan Yılmaz", world.corrected, world.draft,
                     "Definitief, vervangen door versie 2", "Concept (voorlopig)",
                     "Voortgang per werkproces", "B1-K1-W1", "Goed", "Laatste opdracht"):
        assert expected in pdf, expected
    both = cli("--db", world.location, "report", "assessments", "--participant", NUMBER,
               "--json", "-o", str(target))
    assert both.code == 2


def test_our_own_database_is_never_overwritten(cli: Run, _sqlite_site_template: Path,
                                               tmp_path: Path) -> None:
    database = tmp_path / "bvm.pdf"  # a database file whose name ends in .pdf
    shutil.copyfile(_sqlite_site_template, database)
    head = _sqlite_site_template.with_name(_sqlite_site_template.name + ".head")
    if head.exists():
        shutil.copyfile(head, database.with_name(database.name + ".head"))
    services = open_services(str(database))
    try:
        build_lesson_world(services)
        services.assessments.save_form(user_actor(services, ADMIN), SPEC)
    finally:
        services.close()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    for target in (database, tmp_path / "." / "bvm.pdf"):
        result = cli("--db", str(database), "report", "assessment-form", "LAS-OPD", "-o",
                     str(target))
        assert result.code == 1 and "de database van BVM Desk zelf" in result.err
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert cli("--db", str(database), "report", "assessment-form", "LAS-OPD", "-o",
               str(tmp_path / "ander.pdf")).code == 0
