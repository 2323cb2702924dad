"""The access export (AVG art. 15): every row about a person, found from the metadata, in
one zip with attachments, certificate PDFs and a readable summary; nothing of anyone else;
administrators only; nothing left behind on failure or Cancel."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AuditEvent, Base
from bvmdesk.services import person_export
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ServiceError
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.person_export import EXPORT_ACTION
from tests.db import support
from tests.services import certificate_support
from tests.services.person_export_support import (
    JPEG,
    OTHER,
    PNG,
    SUBJECT,
    ExportWorld,
    export_world,
    fk_to,
    table_graph,
)

site_location = support.site_location
services = certificate_support.services
admin = support.admin
instructor = support.instructor


def _pdf_text(data: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def _export(services: Services, actor: Actor, number: str, target: Path
            ) -> tuple[person_export.ExportSummary, dict[str, Any], zipfile.ZipFile]:
    summary = services.person_export.export_person(actor, number, target)
    archive = zipfile.ZipFile(target)
    return summary, json.loads(archive.read("gegevens.json")), archive


def _ids(document: dict[str, Any], table: str) -> set[str]:
    return {row["id"] for row in document["tabellen"].get(table, [])}


def _all_ids(services: Services, table: str) -> set[str]:
    target = Base.metadata.tables[table]
    with sessions_of(services).read() as s:
        return {str(i) for i in s.scalars(select(target.c.id))}


def test_every_row_about_the_person_is_in_the_zip_and_nothing_of_another(
        services: Services, admin: Actor, tmp_path: Path) -> None:
    world = export_world(services, admin)
    graph = table_graph()
    # The foreign keys to participants, from the metadata: each is in the graph, and the
    # world has rows of the subject in every table of the graph (a new table fails here
    # until the world, and so the export test, covers it).
    direct = {table for table, _ in fk_to("participants")}
    assert direct == {"attendance_marks", "certificates", "enrolments", "planned_absences",
                      "verzuim_handovers"} or direct <= graph
    assert direct <= graph
    for number in (SUBJECT.number, OTHER.number):
        missing = {t for t in graph if not world.rows[number].get(t)} - {"certificates",
                                                                        "attendance_marks"}
        assert not missing, f"the test world has no rows of {number} in {sorted(missing)}"

    summary, document, archive = _export(services, admin, SUBJECT.number,
                                         tmp_path / "zoe.zip")
    _, other_document, _ = _export(services, admin, OTHER.number, tmp_path / "cagan.zip")
    assert set(document["tabellen"]) == graph
    for table in graph:
        mine, theirs = _ids(document, table), _ids(other_document, table)
        assert mine, table
        assert {str(i) for i in world.rows[SUBJECT.number].get(table, ())} <= mine, table
        assert not mine & theirs, f"{table}: rows in both exports"
        # The two people hold every row of these tables: together the two exports are
        # the whole table, so no row about the subject is left out.
        assert mine | theirs == _all_ids(services, table), table
    assert summary.rows == sum(len(rows) for rows in document["tabellen"].values())
    assert (summary.participant, summary.file) == (SUBJECT.number, str(tmp_path / "zoe.zip"))
    person = document["tabellen"]["participants"][0]
    assert (person["number"], person["first_names"], person["prefix"]) == (
        SUBJECT.number, "Zoë", "van 't")
    assert person["birth_date"] == "2007-05-17"
    text = archive.read("gegevens.json").decode("utf-8")
    for stranger in (OTHER.number, "Yılmaz", "Çağan"):
        assert stranger not in text
    _check_context(document)
    _check_files(services, admin, world, document, archive, summary, tmp_path)
    _check_audit(services, document)


def _check_context(document: dict[str, Any]) -> None:
    context = document["verwijzingen"]
    assert {g["code"] for g in context["groups"]} == {certificate_support.GROUP}
    trainer = context["workplace_trainers"][0]
    assert trainer["name"] == "Piet Praktijk"
    assert "email" not in trainer and "pin_hash" not in trainer
    assert all("password_hash" not in user for user in context.get("users", []))
    assert {c["code"] for c in context["companies"]} == {"LB-CERT"}


def _check_files(services: Services, admin: Actor, world: ExportWorld,
                 document: dict[str, Any], archive: zipfile.ZipFile,
                 summary: person_export.ExportSummary, tmp_path: Path) -> None:
    names = set(archive.namelist())
    assert {"gegevens.json", "overzicht.pdf", "LEESMIJ.txt"} <= names
    attachments = document["tabellen"]["attachments"]
    assert summary.attachments == len(attachments) == 2
    data = {row["media_type"]: archive.read(row["data"]["bestand"]) for row in attachments}
    assert data == {"image/png": PNG, "image/jpeg": JPEG}
    files = sorted(row["data"]["bestand"] for row in attachments)
    assert files[0].startswith("bijlagen/001-") and files[0].endswith((".jpg", ".png"))
    assert {Path(f).suffix for f in files} == {".jpg", ".png"}
    scan = next(row for row in attachments if row["media_type"] == "image/png")
    assert scan["thumbnail"] == {"base64": "dGh1bWI="}
    signatures = [n for n in names if n.startswith("bijlagen/handtekeningen/")]
    assert signatures and all(n.endswith(".svg") for n in signatures)
    assert b"<polyline" in archive.read(signatures[0])
    screen = next(r for r in document["tabellen"]["signoffs"] if r["method"] == "screen")
    assert screen["signature_strokes_tekening"] in signatures

    revoked, valid = world.certificates[SUBJECT.number]
    assert summary.certificates == 2
    pdfs = {row["number"]: row["pdf"]["bestand"] for row in document["tabellen"]["certificates"]}
    assert pdfs == {revoked: f"certificaten/{revoked}-ingetrokken.pdf",
                    valid: f"certificaten/{valid}.pdf"}
    for number, name in pdfs.items():
        content = archive.read(name)
        assert content == services.certificates.pdf(admin, number)  # the reprint's bytes
        assert number in _pdf_text(content, tmp_path, number)

    overview = _pdf_text(archive.read("overzicht.pdf"), tmp_path, "overzicht")
    for expected in ("Inzage persoonsgegevens", "Zoë van 't Hek", SUBJECT.number,
                     "op verzoek van de deelnemer (AVG artikel 15)", "Gemaakt op",
                     certificate_support.GROUP, revoked, "Naam verkeerd gespeld",
                     "Presentie per groep", "Bpv-uren", "16 uur 30 min"):
        assert expected in overview, expected
    assert "Yılmaz" not in overview and OTHER.number not in overview
    readme = archive.read("LEESMIJ.txt").decode("utf-8")
    assert "gegevens.json" in readme and "base64" in readme and "certificaten/" in readme


def _check_audit(services: Services, document: dict[str, Any]) -> None:
    exported = {(table, row["id"]) for table, rows in document["tabellen"].items()
                for row in rows}
    events = document["audit"]
    assert events
    assert all((e["entity_type"], e["entity_id"]) in exported for e in events)
    person_id = document["tabellen"]["participants"][0]["id"]
    assert any(e["entity_id"] == person_id for e in events)
    assert {e["entity_type"] for e in events} >= {"participants", "certificates", "signoffs"}
    with sessions_of(services).read() as s:
        entity_type, text = s.execute(
            select(AuditEvent.entity_type, AuditEvent.detail)
            .where(AuditEvent.action == EXPORT_ACTION, AuditEvent.entity_id == person_id)).one()
    assert entity_type == "participants"
    assert json.loads(text or "{}")["deelnemer"] == SUBJECT.number
    assert "Zoë" not in (text or "") and "Hek" not in (text or "")


def test_an_earlier_export_shows_in_the_next_one(services: Services, admin: Actor,
                                                 tmp_path: Path) -> None:
    export_world(services, admin)
    services.person_export.export_person(admin, SUBJECT.number, tmp_path / "a.zip")
    _, document, _ = _export(services, admin, SUBJECT.number, tmp_path / "a.zip")
    exports = [e for e in document["audit"] if e["action"] == EXPORT_ACTION]
    assert len(exports) == 1 and exports[0]["actor"] == admin.name  # replaced, not refused
    report = services.maintenance.check()  # the export's events keep the chain whole
    assert report.ok, report.problems


def test_an_instructor_may_not_export(services: Services, admin: Actor, instructor: Actor,
                                      tmp_path: Path) -> None:
    export_world(services, admin)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PermissionDenied):
        services.person_export.export_person(instructor, SUBJECT.number, out / "x.zip")
    assert list(out.iterdir()) == []


def test_refusals_write_nothing(services: Services, admin: Actor, tmp_path: Path) -> None:
    export_world(services, admin)
    out = tmp_path / "out"
    out.mkdir()
    export = services.person_export.export_person
    with pytest.raises(NotFound, match=r"^Deelnemer P-NOPE bestaat niet\.$"):
        export(admin, "P-NOPE", out / "x.zip")
    with pytest.raises(ServiceError, match=r"gebruik \.zip"):
        export(admin, SUBJECT.number, out / "x.pdf")
    with pytest.raises(ServiceError, match="Map bestaat niet"):
        export(admin, SUBJECT.number, out / "nope" / "x.zip")
    (out / "map.zip").mkdir()
    with pytest.raises(ServiceError, match="is een map"):
        export(admin, SUBJECT.number, out / "map.zip")
    assert [p.name for p in out.iterdir()] == ["map.zip"]
    with sessions_of(services).read() as s:
        assert not s.scalar(select(func.count()).select_from(AuditEvent)
                            .where(AuditEvent.action == EXPORT_ACTION))


def test_cancel_and_failure_leave_nothing(services: Services, admin: Actor, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    export_world(services, admin)
    out = tmp_path / "out"
    out.mkdir()
    steps: list[tuple[int, int]] = []
    result = services.person_export.export_person(
        admin, SUBJECT.number, out / "x.zip", progress=lambda d, t: steps.append((d, t)),
        cancelled=lambda: len(steps) >= 3)
    assert result.cancelled and steps[-1] == (3, 7)  # 2 photos, 2 certificates, 3 parts
    assert list(out.iterdir()) == []

    def refuse(*args: object, **kwargs: object) -> None:
        raise ServiceError("De schijf is vol.")

    monkeypatch.setattr(person_export.audit, "record", refuse)  # the last step fails
    with pytest.raises(ServiceError, match=r"De schijf is vol\."):
        services.person_export.export_person(admin, SUBJECT.number, out / "x.zip")
    assert list(out.iterdir()) == []
    with sessions_of(services).read() as s:
        assert not s.scalar(select(func.count()).select_from(AuditEvent)
                            .where(AuditEvent.action == EXPORT_ACTION))
