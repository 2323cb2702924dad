"""The assessment sheets: Beoordelingsformulieren, Criteria, Beoordelingen and Scores."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    Criterion,
    Enrolment,
    Group,
    Participant,
    Rating,
    WorkProcess,
)
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.exchange import ExchangeService
from bvmdesk.services.integrity import run_check
from tests.services.exchange.support import (
    counts,
    export_bytes,
    rows_of,
    with_assessments,
    write_csv,
    write_xlsx,
)

HEADERS = {name: rows[0] for name, rows in with_assessments().items()}


def _import(exchange: ExchangeService, folder: Path, sheets: dict[str, list[list[object]]]):
    return exchange.import_file(Actor.cli(), write_csv(folder, sheets))


def _only(**sheets: list[list[object]]) -> dict[str, list[list[object]]]:
    """A file with only these sheets (rows without header); `_` for spaces in names."""
    return {name: [HEADERS[name], *rows] for name, rows in sheets.items()}


def _counts(result: object) -> dict[str, tuple[int, int, int]]:
    summary = result.summary  # type: ignore[attr-defined]
    assert summary is not None, [str(e) for e in result.errors]  # type: ignore[attr-defined]
    return {name: (c.created, c.updated, c.unchanged) for name, c in summary.counts}


def _assessment(s, code: str) -> Assessment:  # type: ignore[no-untyped-def]
    return s.scalars(select(Assessment).where(Assessment.code == code)
                     .order_by(Assessment.version.desc())).first()


def _ratings(s, assessment: Assessment) -> dict[int, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    rows = s.execute(select(Criterion.number, Rating.value, Rating.reason)
                     .join(Rating, Rating.criterion_id == Criterion.id)
                     .where(Rating.assessment_id == assessment.id)).all()
    return {number: (value, reason) for number, value, reason in rows}


def test_import_creates_forms_criteria_assessments_and_scores(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    result = _import(exchange, tmp_path / "in", with_assessments())
    assert _counts(result)["Beoordelingsformulieren"] == (3, 0, 0)
    assert _counts(result)["Criteria"] == (6, 0, 0)
    assert _counts(result)["Beoordelingen"] == (3, 0, 0)
    assert _counts(result)["Scores"] == (5, 0, 0)
    with sessions_of(services).read() as s:
        forms = {f.code: f for f in s.scalars(select(AssessmentTemplate))}
        assert {code: (f.version, f.kind, f.scale, f.cesuur, f.required, f.reasons_required)
                for code, f in forms.items()} == {
            "LAS-1": (1, "examen", "acceptabel", None, True, True),
            "BPV-1": (1, "bpv", "ovg", 80.0, False, True),
            "CNC-1": (1, "opdracht", "cijfer", 5.5, False, True)}
        processes = {(w.code, w.name) for w in s.scalars(select(WorkProcess))}
        assert processes == {("B1-K1-W1", "Lassen volgens WPS"),
                             ("B1-K1-W2", "Werkplek inrichten"),
                             ("B1-K2-W1", "Draaien (DEMO)")}
        las = {c.number: c for c in s.scalars(select(Criterion).where(
            Criterion.template_id == forms["LAS-1"].id))}
        assert (las[1].critical, las[1].weight, las[2].critical, las[2].weight) == (
            True, 1, False, 2)
        assert las[2].description == "Maatvoering; ± 1 mm"
        first = _assessment(s, "BO-2026-00001")
        assert (first.status, first.version, first.second_assessor_name) == (
            "final", 1, "Henk de Vries")
        assert first.finalised_at is not None
        assert _ratings(s, first) == {1: ("A", None),
                                      2: ("NA", "=te breed; 'opnieuw' \"lassen\"")}
        second = _assessment(s, "BO-2026-00002")
        assert (second.status, second.finalised_at) == ("draft", None)
        third = _assessment(s, "BO-2026-00003")
        assert _ratings(s, third) == {1: ("7.5", None), 2: ("8.0", None)}
        enrolment = s.get(Enrolment, third.enrolment_id)
        assert enrolment is not None
        assert s.get(Group, enrolment.group_id).code == "CNC-26"  # type: ignore[union-attr]
        assert s.get(Participant, enrolment.participant_id).number == "H-003"  # type: ignore[union-attr]
    # Every written fact has its audit event with its content.
    assert run_check(sessions_of(services), None).facts == []


def test_the_same_file_again_changes_nothing(services: Services, exchange: ExchangeService,
                                             tmp_path: Path) -> None:
    folder = write_csv(tmp_path / "in", with_assessments())
    exchange.import_file(Actor.cli(), folder)
    before = counts(services)
    again = exchange.import_file(Actor.cli(), folder)
    for name in ("Beoordelingsformulieren", "Criteria", "Beoordelingen", "Scores"):
        assert _counts(again)[name][:2] == (0, 0), name
    assert counts(services) == before | {"audit_events": before["audit_events"] + 1}


def test_the_workbook_variant_reads_numbers_and_excel_cells(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = with_assessments()
    sheets["Beoordelingsformulieren"][3][5] = 5.5
    sheets["Scores"][4][2] = 7.5
    sheets["Scores"][5][2] = 8
    sheets["Criteria"][2][3] = 2
    sheets["Scores"][2][3] = "te breed"  # openpyxl would write "=..." as a formula
    result = exchange.import_file(Actor.cli(), write_xlsx(tmp_path / "in.xlsx", sheets))
    assert _counts(result)["Scores"] == (5, 0, 0)
    with sessions_of(services).read() as s:
        assert _ratings(s, _assessment(s, "BO-2026-00003")) == {1: ("7.5", None),
                                                               2: ("8.0", None)}


def test_changing_a_used_form_makes_a_new_version(services: Services,
                                                  exchange: ExchangeService,
                                                  tmp_path: Path) -> None:
    sheets = with_assessments()
    sheets["Beoordelingsformulieren"].append(["ONG-1", "Ongebruikt", "MIG", "opdracht", "ovg",
                                              "", ""])
    sheets["Criteria"].append(["ONG-1", "B1-K1-W1", "", "1", "Eerste", "", ""])
    _import(exchange, tmp_path / "in", sheets)
    change = _only(Criteria=[["LAS-1", "B1-K1-W1", "", "2", "Maatvoering; ± 0,5 mm", "", "2"],
                             ["LAS-1", "B1-K1-W3", "Nieuw werkproces", "3", "Afwerking", "",
                              ""],
                             ["ONG-1", "B1-K1-W1", "", "1", "Eerste, gewijzigd", "", ""]])
    result = _import(exchange, tmp_path / "change", change)
    assert _counts(result) == {"Criteria": (1, 2, 0)}
    with sessions_of(services).read() as s:
        las = s.scalars(select(AssessmentTemplate).where(AssessmentTemplate.code == "LAS-1")
                        .order_by(AssessmentTemplate.version)).all()
        assert [f.version for f in las] == [1, 2]
        old = {c.number: c.description for c in s.scalars(
            select(Criterion).where(Criterion.template_id == las[0].id))}
        new = {c.number: c.description for c in s.scalars(
            select(Criterion).where(Criterion.template_id == las[1].id))}
        assert old == {1: "Naad zonder porositeit", 2: "Maatvoering; ± 1 mm"}
        assert new == {1: "Naad zonder porositeit", 2: "Maatvoering; ± 0,5 mm", 3: "Afwerking"}
        assert _assessment(s, "BO-2026-00001").template_id == las[0].id  # keeps its version
        las_ids = [f.id for f in las]
        unused = s.scalars(select(AssessmentTemplate).where(
            AssessmentTemplate.code == "ONG-1")).all()
        assert [f.version for f in unused] == [1]  # changed in place
        assert s.scalars(select(Criterion.description).where(
            Criterion.template_id == unused[0].id)).all() == ["Eerste, gewijzigd"]
    exported = list(rows_of(_export(services, tmp_path / "uit"), "Criteria"))
    assert ["LAS-1", "B1-K1-W3", "Nieuw werkproces", "3", "Afwerking", "nee", "1"] in exported
    # A new assessment of LAS-1 uses the newest version; its criterion 3 can be scored.
    new = _only(Beoordelingen=[["BO-2026-00009", "LAS-1", "H-002", "2026-11-01", "docent",
                                "", ""]],
                Scores=[["BO-2026-00009", "3", "A", ""]])
    assert _counts(_import(exchange, tmp_path / "new", new)) == {
        "Beoordelingen": (1, 0, 0), "Scores": (1, 0, 0)}
    with sessions_of(services).read() as s:
        assert _assessment(s, "BO-2026-00009").template_id == las_ids[1]


def _export(services: Services, folder: Path) -> Path:
    ExchangeService(sessions_of(services)).export(Actor.cli(), folder)
    return folder


@pytest.mark.parametrize(("sheet", "row"), [
    ("Scores", ["BO-2026-00001", "1", "NA", "toch niet"]),
    ("Scores", ["BO-2026-00001", "2", "na", "andere toelichting"]),
    ("Beoordelingen", ["BO-2026-00001", "LAS-1", "H-001", "2026-10-02", "docent",
                       "Henk de Vries", "definitief"]),
    ("Beoordelingen", ["BO-2026-00001", "LAS-1", "H-001", "2026-10-01", "docent",
                       "Henk de Vries", "concept"]),
])
def test_a_change_of_a_definitive_assessment_is_refused(
        services: Services, exchange: ExchangeService, tmp_path: Path, sheet: str,
        row: list[object]) -> None:
    _import(exchange, tmp_path / "in", with_assessments())
    before = counts(services)
    exported = export_bytes(services, tmp_path / "voor")
    result = _import(exchange, tmp_path / "change", _only(**{sheet: [row]}))
    column = "score" if sheet == "Scores" else "code"
    assert [str(e) for e in result.errors] == [
        f"{sheet}, rij 2, {column}: Beoordeling BO-2026-00001 is definitief en wordt niet "
        "gewijzigd; maak een correctie in de app."]
    assert not result.written
    assert counts(services) == before
    assert export_bytes(services, tmp_path / "na") == exported


def test_an_imported_definitive_assessment_is_locked_by_the_database(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    _import(exchange, tmp_path / "in", with_assessments())
    with sessions_of(services).read() as s:
        first = _assessment(s, "BO-2026-00001").id
    for statement in ("UPDATE assessments SET date = '2026-12-01' WHERE id = :id",
                      "UPDATE ratings SET value = 'NA' WHERE assessment_id = :id"):
        with pytest.raises(DBAPIError, match="definitief"), \
                sessions_of(services).write("test") as s:
            s.execute(text(statement), {"id": first.hex if s.bind.dialect.name == "sqlite"
                                        else first})


@pytest.mark.parametrize(("row", "message"), [
    (["BO-2026-00001", "1", "V", ""],
     "score: 'V' is geen waarde van de schaal A/NA: geef A of NA."),
    (["BO-2026-00003", "1", "10,5", ""],
     "score: '10,5' is geen cijfer: geef een cijfer van 1,0 tot en met 10,0 met hoogstens "
     "één decimaal."),
    (["BO-2026-00002", "2", "7", ""], "score: '7' is geen waarde van de schaal O/V/G: "
                                      "geef G of V of O."),
    (["BO-2026-00002", "9", "V", ""], "criterium: criterium 9 staat niet op formulier BPV-1 "
                                      "(versie 1)"),
])
def test_an_invalid_score_for_the_scale_is_a_row_error(
        services: Services, exchange: ExchangeService, tmp_path: Path, row: list[object],
        message: str) -> None:
    sheets = with_assessments()
    sheets["Scores"].append(row)
    if row[0] != "BO-2026-00002":
        sheets["Scores"] = [r for r in sheets["Scores"] if r[:2] != row[:2]] + [row]
    before = counts(services)
    result = _import(exchange, tmp_path / "in", sheets)
    assert [str(e) for e in result.errors] == [f"Scores, rij {len(sheets['Scores'])}, "
                                               f"{message}"]
    assert counts(services) == before


def test_definitief_needs_every_score_and_the_reasons(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = with_assessments()
    sheets["Beoordelingen"][2][6] = "definitief"  # BO-2026-00002: criterion 2 unrated
    sheets["Scores"][2][3] = ""  # BO-2026-00001: an NA without a reason
    result = _import(exchange, tmp_path / "in", sheets)
    assert [str(e) for e in result.errors] == [
        "Beoordelingen, rij 2, status: Beoordeling BO-2026-00001: Kan niet definitief worden "
        "gemaakt: een toelichting ontbreekt bij criterium 2.",
        "Beoordelingen, rij 3, status: Beoordeling BO-2026-00002: Kan niet definitief worden "
        "gemaakt: nog niet beoordeeld: criterium 2."]
    # A draft made final later, with the missing score: the import makes it final.
    _import(exchange, tmp_path / "base", with_assessments())
    final = _only(Beoordelingen=[["BO-2026-00002", "BPV-1", "H-002", "2026-10-02", "docent",
                                  "", "definitief"]],
                  Scores=[["BO-2026-00002", "2", "V", ""]])
    assert _counts(_import(exchange, tmp_path / "final", final)) == {
        "Beoordelingen": (0, 1, 0), "Scores": (1, 0, 0)}
    with sessions_of(services).read() as s:
        assert _assessment(s, "BO-2026-00002").status == "final"


def test_references_that_do_not_exist(services: Services, exchange: ExchangeService,
                                      tmp_path: Path) -> None:
    _import(exchange, tmp_path / "base", with_assessments())
    sheets = _only(
        Beoordelingsformulieren=[["X-1", "Iets", "ONBEKEND", "bpv", "ovg", "", ""],
                                 ["X-2", "Iets", "MIG", "bpv", "ovg", "120", ""]],
        Criteria=[["X-9", "B1", "", "1", "Iets", "", ""]],
        Beoordelingen=[["BO-1", "LAS-1", "H-003", "2026-10-01", "docent", "", ""],
                       ["BO-2", "LAS-1", "H-001", "2026-10-01", "niemand", "", ""],
                       ["BO-3", "CNC-1", "H-001", "2026-10-01", "docent", "", ""]],
        Scores=[["BO-4", "1", "A", ""]])
    before = counts(services)
    result = _import(exchange, tmp_path / "in", sheets)
    assert [str(e) for e in result.errors] == [
        "Beoordelingsformulieren, rij 2, module: module 'ONBEKEND' bestaat niet (niet in het "
        "blad Modules en niet in de database)",
        "Beoordelingsformulieren, rij 3, cesuur: de cesuur van de schaal ovg ligt tussen 0 en "
        "100",
        "Criteria, rij 2, formulier: formulier 'X-9' bestaat niet (niet in het blad "
        "Beoordelingsformulieren en niet in de database)",
        "Beoordelingen, rij 2, deelnemer: deelnemer 'H-003' is niet ingeschreven voor module "
        "MIG (niet in het blad Inschrijvingen en niet in de database)",
        "Beoordelingen, rij 3, beoordelaar: gebruiker 'niemand' bestaat niet (beoordelaar is "
        "de gebruikersnaam van een account)",
        "Beoordelingen, rij 4, deelnemer: deelnemer 'H-001' is niet ingeschreven voor module "
        "CNC (niet in het blad Inschrijvingen en niet in de database)",
        "Scores, rij 2, beoordeling: beoordeling 'BO-4' bestaat niet (niet in het blad "
        "Beoordelingen en niet in de database)"]
    assert counts(services) == before


def test_export_writes_the_four_sheets_and_a_round_trip_is_exact(
        services: Services, exchange: ExchangeService, tmp_path: Path,
        site_location: str) -> None:
    _import(exchange, tmp_path / "in", with_assessments())
    folder = _export(services, tmp_path / "uit")
    assert list(rows_of(folder, "Beoordelingsformulieren")) == [
        ["BPV-1", "Voortgang bpv", "MIG", "bpv", "ovg", "80", "nee"],
        ["CNC-1", "Draaien as", "CNC", "opdracht", "cijfer", "5.5", "nee"],
        ["LAS-1", "Hoeknaad MAG", "MIG", "examen", "acceptabel", "", "ja"]]
    assert list(rows_of(folder, "Scores")) == [
        ["BO-2026-00001", "1", "A", ""],
        ["BO-2026-00001", "2", "NA", "'=te breed; 'opnieuw' \"lassen\""],
        ["BO-2026-00002", "1", "G", "Zeer goed"],
        ["BO-2026-00003", "1", "7.5", ""],
        ["BO-2026-00003", "2", "8.0", ""]]
    assert list(rows_of(folder, "Beoordelingen"))[2] == [
        "BO-2026-00003", "CNC-1", "H-003", "2026-10-03", "beheer", "", "definitief"]
    # The export imported again changes nothing; a workbook export reads back the same.
    again = exchange.import_file(Actor.cli(), folder)
    assert all(c[:2] == (0, 0) for c in _counts(again).values())
    exchange.export(Actor.cli(), tmp_path / "uit.xlsx")
    assert exchange.import_file(Actor.cli(), tmp_path / "uit.xlsx").summary is not None
    assert export_bytes(services, tmp_path / "uit2") == {
        p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_template_has_the_four_sheets(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sjabloon.xlsx"
    ExchangeService.write_template(path)
    workbook = load_workbook(path)
    assert workbook.sheetnames[-7:-3] == ["Beoordelingsformulieren", "Criteria",
                                        "Beoordelingen", "Scores"]
    assert [c.value for c in workbook["Criteria"][1]] == HEADERS["Criteria"]
    assert [c.font.b for c in workbook["Scores"][1]] == [True, True, True, False]
    lists = {dv.formula1 for dv in workbook["Beoordelingsformulieren"].data_validations
             .dataValidation}
    assert lists == {'"bpv,opdracht,examen"', '"ovg,acceptabel,cijfer"', '"ja,nee"'}
    assert [dv.formula1 for dv in workbook["Beoordelingen"].data_validations.dataValidation] \
        == ['"concept,definitief"']


def test_assessments_made_in_the_app_export_and_import_unchanged(
        services: Services, exchange: ExchangeService, tmp_path: Path, admin: Actor,
        instructor: Actor) -> None:
    from bvmdesk.services.assessment_types import CriterionSpec, FormSpec

    _import(exchange, tmp_path / "in", with_assessments())
    app = services.assessments
    form = app.save_form(admin, FormSpec(
        "APP-1", "Lassen in de app", "MIG", "opdracht", "cijfer",
        (CriterionSpec("B1-K1-W1", "", 1, "Eerste", True, 2),
         CriterionSpec("B1-K1-W4", "Nieuw in de app", 2, "Tweede")), cesuur=6.0))
    with sessions_of(services).read() as s:
        zoe = s.scalars(select(Participant.id).where(Participant.number == "H-001")).one()
    first = app.start(instructor, zoe, form.id)
    criteria = {c.number: c.id for c in form.criteria}
    app.rate(instructor, first.id, criteria[1], "7,5")
    app.rate(instructor, first.id, criteria[2], "6")
    app.finalise(instructor, first.id)
    second = app.correct(instructor, first.id, "criterium 2 te laag")
    app.rate(instructor, second.id, criteria[2], "8")
    folder = _export(services, tmp_path / "uit")
    assert [row for row in rows_of(folder, "Scores") if row[0] == first.code] == [
        [first.code, "1", "7.5", ""], [first.code, "2", "8.0", ""]]  # the newest version
    assert [row for row in rows_of(folder, "Beoordelingen") if row[0] == first.code] == [
        [first.code, "APP-1", "H-001", first.date.isoformat(), "docent", "", "concept"]]
    before = counts(services)
    again = exchange.import_file(Actor.cli(), folder)
    assert all(c[:2] == (0, 0) for c in _counts(again).values()), _counts(again)
    assert counts(services) == before | {"audit_events": before["audit_events"] + 1}
    # The draft correction can be scored and finished by an import; the first version not.
    change = _only(Beoordelingen=[[first.code, "APP-1", "H-001", first.date.isoformat(),
                                   "docent", "", "definitief"]],
                   Scores=[[first.code, "2", "8,5", ""]])
    assert _counts(_import(exchange, tmp_path / "change", change)) == {
        "Beoordelingen": (0, 1, 0), "Scores": (0, 1, 0)}
    with sessions_of(services).read() as s:
        versions = s.scalars(select(Assessment).where(Assessment.code == first.code)
                             .order_by(Assessment.version)).all()
        assert [(a.version, a.status) for a in versions] == [(1, "final"), (2, "final")]
        assert _ratings(s, versions[0])[2] == ("6.0", None)
        assert _ratings(s, versions[1])[2] == ("8.5", None)
    assert run_check(sessions_of(services), None).facts == []


def test_a_changed_form_row_of_a_used_form_copies_its_criteria_to_the_new_version(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    _import(exchange, tmp_path / "in", with_assessments())
    change = _only(Beoordelingsformulieren=[["LAS-1", "Hoeknaad MAG (2027)", "CNC", "examen",
                                             "acceptabel", "", ""]])
    assert _counts(_import(exchange, tmp_path / "change", change)) == {
        "Beoordelingsformulieren": (0, 1, 0)}
    with sessions_of(services).read() as s:
        newest = s.scalars(select(AssessmentTemplate).where(AssessmentTemplate.code == "LAS-1")
                           .order_by(AssessmentTemplate.version.desc())).first()
        assert (newest.version, newest.name) == (2, "Hoeknaad MAG (2027)")
        criteria = s.execute(select(Criterion.number, Criterion.description, WorkProcess.code,
                                    WorkProcess.name, WorkProcess.module_id)
                             .join(WorkProcess, WorkProcess.id == Criterion.work_process_id)
                             .where(Criterion.template_id == newest.id)
                             .order_by(Criterion.number)).all()
        # The work process is made in the new module, with the name it has elsewhere.
        assert [tuple(c[:4]) for c in criteria] == [
            (1, "Naad zonder porositeit", "B1-K1-W1", "Lassen volgens WPS"),
            (2, "Maatvoering; ± 1 mm", "B1-K1-W1", "Lassen volgens WPS")]
        assert {c[4] for c in criteria} == {newest.module_id}
