"""The sign-off sheets: Aftekentaken, Aftekeningen and Bpv-uren (issue 13)."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bvmdesk.db.models import (
    Enrolment,
    HoursApproval,
    HoursApprovalItem,
    Participant,
    PlacementHours,
    SignOff,
    SignOffTask,
    WorkProcess,
)
from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from bvmdesk.services.exchange import ExchangeService
from bvmdesk.services.integrity import run_check
from bvmdesk.services.signoff_types import SignItem, WeekEntry
from tests.db import support
from tests.services.backup_support import SteppedClock
from tests.services.exchange.support import (
    Sheets,
    counts,
    export_bytes,
    rows_of,
    valid,
    write_csv,
    write_xlsx,
)
from tests.services.signoff_support import signoff_world

cheap_argon2 = support.cheap_argon2

TODAY = date(2026, 12, 3)  # a Thursday in week 2026-W49

SIGNOFF_SHEETS: Sheets = {
    "Aftekentaken": [
        ["module", "code", "omschrijving", "werkproces", "werkproces_naam", "verplicht"],
        ["MIG", "T1", "Veilig werken op de werkvloer", "B1-K1-W1", "Lassen volgens WPS", ""],
        ["MIG", "T2", "Hoeknaad lassen", "B1-K1-W9", "", "nee"],
        ["MIG", "T3", '=Formule; "aanhalingstekens"', "", "", "ja"],
        ["CNC", "T1", "Draaien", "", "", ""]],
    "Aftekeningen": [
        ["deelnemer", "taak", "praktijkopleider", "datum", "wijze", "opmerking"],
        ["H-001", "T1", "PO1", "2026-10-12", "scherm", "Goed gedaan"],
        ["H-001", "T2", "PO1", "12-10-2026", "Papier", ""],
        ["H-003", "T1", "PO2", "2026-11-02", "papier", ""]],
    "Bpv-uren": [
        ["deelnemer", "week", "uren", "goedgekeurd_door", "goedgekeurd_op"],
        ["H-001", "2026-W37", "7,5", "PO1", "2026-09-20"],
        ["H-001", "2026w38", "8", "", ""],
        ["H-001", "2026-W40", "0", "", ""],
        ["H-001", "2026-W49", "7:30", "", ""]],
}


def with_signoffs() -> Sheets:
    """The valid administration, a trainer at the second company, and the three sheets."""
    sheets = valid() | copy.deepcopy(SIGNOFF_SHEETS)
    sheets["Praktijkopleiders"].append(["PO2", "Piet Praktijk", "LB2", "", ""])
    return sheets


def _only(sheets: Sheets, **rows: list[list[Any]]) -> Sheets:
    """A file with only these sheets (`Bpv_uren` for Bpv-uren), headers from `sheets`."""
    return {name.replace("_", "-"): [sheets[name.replace("_", "-")][0], *found]
            for name, found in rows.items()}


@pytest.fixture
def exchange(services: Services) -> ExchangeService:
    return ExchangeService(sessions_of(services), today=lambda: TODAY)


@pytest.fixture
def empty_location(site_location: str, tmp_path: Path,
                   request: pytest.FixtureRequest) -> Iterator[str]:
    """A second set-up database on the same backend (no data yet)."""
    if "://" not in site_location:
        path = tmp_path / "leeg.sqlite"
        shutil.copyfile(request.getfixturevalue("_sqlite_site_template"), path)
        yield str(path)
        return
    copies = request.getfixturevalue("_pg_site_template")
    name = copies.take()
    try:
        yield request.getfixturevalue("pg_server").url(name)
    finally:
        copies.drop(name)


def _import(exchange: ExchangeService, folder: Path, sheets: Sheets) -> Any:
    return exchange.import_file(Actor.cli(), write_csv(folder, sheets))


def _counts(result: Any) -> dict[str, tuple[int, int, int]]:
    assert result.summary is not None, [str(e) for e in result.errors]
    return {name: (c.created, c.updated, c.unchanged) for name, c in result.summary.counts}


def _errors(result: Any) -> list[str]:
    assert not result.written
    return [str(e) for e in result.errors]


def _export(exchange: ExchangeService, folder: Path) -> Path:
    exchange.export(Actor.cli(), folder)
    return folder


def test_import_writes_tasks_signoffs_and_hours(services: Services, exchange: ExchangeService,
                                                tmp_path: Path) -> None:
    result = _import(exchange, tmp_path / "in", with_signoffs())
    assert {k: v for k, v in _counts(result).items() if k in SIGNOFF_SHEETS} == {
        "Aftekentaken": (4, 0, 0), "Aftekeningen": (3, 0, 0), "Bpv-uren": (4, 0, 0)}
    with sessions_of(services).read() as s:
        processes = {(w.code, w.name) for w in s.scalars(select(WorkProcess))}
        assert processes == {("B1-K1-W1", "Lassen volgens WPS"), ("B1-K1-W9", "B1-K1-W9")}
        tasks = {(t.code, t.description, t.required) for t in s.scalars(select(SignOffTask))}
        assert tasks == {("T1", "Veilig werken op de werkvloer", True),
                         ("T2", "Hoeknaad lassen", False),
                         ("T3", '=Formule; "aanhalingstekens"', True), ("T1", "Draaien", True)}
        signoffs = s.scalars(select(SignOff).order_by(SignOff.date)).all()
        assert [(o.date, o.method, o.remark, o.imported, o.signature_strokes, o.recorded_by)
                for o in signoffs] == [
            (date(2026, 10, 12), "screen", "Goed gedaan", True, None, Actor.cli().name),
            (date(2026, 10, 12), "paper", None, True, None, Actor.cli().name),
            (date(2026, 11, 2), "paper", None, True, None, Actor.cli().name)]
        hours = {(h.iso_year, h.iso_week): h for h in s.scalars(select(PlacementHours))}
        assert {week: h.minutes for week, h in hours.items()} == {
            (2026, 37): 450, (2026, 38): 480, (2026, 40): 0, (2026, 49): 450}
        approval = s.scalars(select(HoursApproval)).one()
        assert (approval.method, approval.imported, approval.approved_on,
                approval.signature_strokes, approval.recorded_by) == (
            "paper", True, date(2026, 9, 20), None, Actor.cli().name)
        item = s.scalars(select(HoursApprovalItem)).one()
        assert item.placement_hours_id == hours[(2026, 37)].id
    assert run_check(sessions_of(services), None).facts == []


def test_export_and_round_trip_into_an_empty_database(
        services: Services, exchange: ExchangeService, tmp_path: Path,
        empty_location: str) -> None:
    _import(exchange, tmp_path / "in", with_signoffs())
    folder = _export(exchange, tmp_path / "uit")
    assert list(rows_of(folder, "Aftekentaken")) == [
        ["CNC", "T1", "Draaien", "", "", "ja"],
        ["MIG", "T1", "Veilig werken op de werkvloer", "B1-K1-W1", "Lassen volgens WPS", "ja"],
        ["MIG", "T2", "Hoeknaad lassen", "B1-K1-W9", "B1-K1-W9", "nee"],
        ["MIG", "T3", '\'=Formule; "aanhalingstekens"', "", "", "ja"]]
    assert list(rows_of(folder, "Aftekeningen")) == [
        ["H-001", "T1", "PO1", "2026-10-12", "scherm", "Goed gedaan"],
        ["H-001", "T2", "PO1", "2026-10-12", "papier", ""],
        ["H-003", "T1", "PO2", "2026-11-02", "papier", ""]]
    assert list(rows_of(folder, "Bpv-uren")) == [
        ["H-001", "2026-W37", "7.5", "PO1", "2026-09-20"],
        ["H-001", "2026-W38", "8", "", ""],
        ["H-001", "2026-W40", "0", "", ""],
        ["H-001", "2026-W49", "7.5", "", ""]]
    other = open_services(empty_location, backup=False)
    try:
        second = ExchangeService(sessions_of(other), today=lambda: TODAY)
        assert second.import_file(Actor.cli(), folder).errors == ()
        again = _export(second, tmp_path / "uit2")
        assert run_check(sessions_of(other), None).facts == []
    finally:
        other.close()
    assert {p.name: p.read_bytes() for p in sorted(again.iterdir())} == {
        p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    # A workbook export reads back the same (hours as number cells, dates as date cells).
    exchange.export(Actor.cli(), tmp_path / "uit.xlsx")
    result = exchange.import_file(Actor.cli(), tmp_path / "uit.xlsx")
    assert all(c[:2] == (0, 0) for c in _counts(result).values()), _counts(result)


def test_the_same_file_again_changes_nothing(services: Services, exchange: ExchangeService,
                                             tmp_path: Path) -> None:
    folder = write_csv(tmp_path / "in", with_signoffs())
    exchange.import_file(Actor.cli(), folder)
    before = counts(services)
    again = exchange.import_file(Actor.cli(), folder)
    for name in SIGNOFF_SHEETS:
        assert _counts(again)[name][:2] == (0, 0), name
    assert counts(services) == before | {"audit_events": before["audit_events"] + 1}


def test_a_workbook_with_number_cells_and_excel_dates(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = with_signoffs()
    sheets["Bpv-uren"][1][2:] = [7.5, "PO1", date(2026, 9, 20)]
    sheets["Bpv-uren"][2][2] = 8
    sheets["Aftekeningen"][1][3] = date(2026, 10, 12)
    sheets["Aftekentaken"][3][2] = "Formule"  # openpyxl would store "=..." as a formula
    for rows in sheets.values():
        for row in rows:
            row[:] = [None if value == "" else value for value in row]
    result = exchange.import_file(Actor.cli(), write_xlsx(tmp_path / "in.xlsx", sheets))
    assert _counts(result)["Bpv-uren"] == (4, 0, 0)
    with sessions_of(services).read() as s:
        assert sorted(s.scalars(select(PlacementHours.minutes))) == [0, 450, 450, 480]
    sheets["Bpv-uren"][1][2] = 7.2
    sheets["Bpv-uren"][2][2] = -1
    refused = exchange.import_file(Actor.cli(), write_xlsx(tmp_path / "bad.xlsx", sheets))
    assert _errors(refused) == [
        "Bpv-uren, rij 2, uren: '7,2': bpv-uren gaan per half uur (zoals 7,5 of 8).",
        "Bpv-uren, rij 3, uren: '-1': een aantal uren is niet negatief."]


def test_every_error_is_reported_and_nothing_is_written(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = with_signoffs()
    sheets["Inschrijvingen"].append(["H-002", "CNC-26", "2026-09-01", "", "", ""])
    sheets["Groepen"].append(["MIG-27", "Lassen voorjaar", "MIG", "ZWL", "", "2027-02-01",
                              ""])
    # H-001 also in MIG-27, without a trainer: the sign-offs go to MIG-26 (a workplace).
    sheets["Inschrijvingen"].append(["H-001", "MIG-27", "2027-02-01", "", "", ""])
    sheets["Aftekentaken"] += [["XYZ", "T9", "Iets", "", "", ""],
                               ["MIG", "T4", "Iets", "", "Naam zonder code", ""],
                               ["MIG", "T5", "Iets", "", "", "misschien"]]
    sheets["Aftekeningen"] += [
        ["H-999", "T1", "PO1", "2026-10-12", "scherm", ""],
        ["H-001", "T8", "PO1", "2026-10-12", "scherm", ""],
        ["H-001", "T3", "PO9", "2026-10-12", "scherm", ""],
        ["H-001", "T3", "PO2", "2026-10-13", "scherm", ""],
        ["H-001", "T3", "PO1", "2026-12-04", "scherm", ""],
        ["H-001", "T3", "PO1", "2026-10-14", "fax", ""],
        ["H-002", "T1", "PO1", "2026-10-14", "papier", ""],
        ["H-003", "T1", "PO2", "2026-11-03", "papier", ""],
        ["H-002", "T2", "PO1", "2026-10-14", "papier", ""]]
    sheets["Bpv-uren"] += [
        ["H-001", "2026-W60", "8", "", ""],
        ["H-001", "week 39", "8", "", ""],
        ["H-001", "2026-W41", "7,25", "", ""],
        ["H-001", "2026-W42", "8", "PO1", ""],
        ["H-001", "2026-W43", "8", "", "2026-10-30"],
        ["H-001", "2026-W44", "8", "PO2", "2026-11-06"],
        ["H-001", "2026-W45", "8", "PO1", "2026-12-04"],
        ["H-001", "2026-W50", "8", "", ""],
        ["H-002", "2026-W45", "8", "", ""],
        ["H-404", "2026-W45", "8", "", ""],
        ["H-001", "2026-W46", "8", "PO1", "2026-11-06"]]
    before = counts(services)
    result = _import(exchange, tmp_path / "in", sheets)
    assert _errors(result) == [
        "Aftekentaken, rij 6, module: module 'XYZ' bestaat niet (niet in het blad Modules en "
        "niet in de database)",
        "Aftekentaken, rij 7, werkproces_naam: vul ook werkproces in (de code van het "
        "werkproces waarvan dit de naam is)",
        "Aftekentaken, rij 8, verplicht: vul ja of nee in",
        "Aftekeningen, rij 5, deelnemer: deelnemer 'H-999' bestaat niet (niet in het blad "
        "Deelnemers en niet in de database)",
        "Aftekeningen, rij 6, taak: taak 'T8' bestaat niet bij de module(s) waarvoor "
        "deelnemer 'H-001' is ingeschreven (MIG; niet in het blad Aftekentaken en niet in de "
        "database)",
        "Aftekeningen, rij 7, praktijkopleider: praktijkopleider 'PO9' bestaat niet (niet in "
        "het blad Praktijkopleiders en niet in de database)",
        "Aftekeningen, rij 8, praktijkopleider: Piet Praktijk is geen praktijkopleider van "
        "Metaal BV (het leerbedrijf van deelnemer 'H-001' bij groep MIG-26)",
        "Aftekeningen, rij 9, datum: De datum 04-12-2026 ligt in de toekomst; aftekenen kan op "
        "vandaag of eerder.",
        "Aftekeningen, rij 10, wijze: onbekende wijze 'fax' (kies uit: scherm, papier)",
        "Aftekeningen, rij 11, taak: taak 'T1' hoort bij meer dan één inschrijving van "
        "deelnemer 'H-002' (groepen CNC-26, MIG-26); geef alleen de inschrijving waarvoor "
        "wordt afgetekend een leerbedrijf en praktijkopleider",
        "Aftekeningen, rij 12, datum: taak T1 is voor deelnemer 'H-003' al afgetekend op "
        "2026-11-02 door Piet Praktijk (rij 4); trek die aftekening eerst in de app in",
        "Aftekeningen, rij 13, deelnemer: deelnemer 'H-002' heeft bij groep MIG-26 geen "
        "leerbedrijf; leg eerst het leerbedrijf en de praktijkopleider vast",
        "Bpv-uren, rij 6, week: 2026 heeft geen week 60 (wel 1 tot en met 53).",
        "Bpv-uren, rij 7, week: 'week 39' is geen week; schrijf een week als 2026-W37.",
        "Bpv-uren, rij 8, uren: '7,25': bpv-uren gaan per half uur (zoals 7,5 of 8).",
        "Bpv-uren, rij 9, goedgekeurd_op: goedgekeurd_door en goedgekeurd_op horen bij "
        "elkaar: vul ze allebei in (de praktijkopleider en de datum van de goedkeuring) of "
        "laat ze allebei leeg",
        "Bpv-uren, rij 10, goedgekeurd_door: goedgekeurd_door en goedgekeurd_op horen bij "
        "elkaar: vul ze allebei in (de praktijkopleider en de datum van de goedkeuring) of "
        "laat ze allebei leeg",
        "Bpv-uren, rij 11, goedgekeurd_door: Piet Praktijk is geen praktijkopleider van Metaal "
        "BV (het leerbedrijf van deelnemer 'H-001' bij groep MIG-26)",
        "Bpv-uren, rij 12, goedgekeurd_op: De datum 04-12-2026 ligt in de toekomst; aftekenen "
        "kan op vandaag of eerder.",
        "Bpv-uren, rij 13, week: week 2026-W50 is nog niet begonnen; bpv-uren gaan over deze "
        "week of eerdere weken",
        "Bpv-uren, rij 14, deelnemer: deelnemer 'H-002' heeft geen inschrijving met "
        "leerbedrijf en praktijkopleider; bpv-uren horen bij zo'n inschrijving",
        "Bpv-uren, rij 15, deelnemer: deelnemer 'H-404' bestaat niet (niet in het blad "
        "Deelnemers en niet in de database)",
        "Bpv-uren, rij 16, goedgekeurd_op: week 2026-W46 begon pas op 09-11-2026; een "
        "goedkeuring op 06-11-2026 kan die week niet gelden"]
    assert counts(services) == before


def test_a_trainer_of_another_company_cannot_sign(services: Services,
                                                  exchange: ExchangeService,
                                                  tmp_path: Path) -> None:
    sheets = with_signoffs()
    sheets["Aftekeningen"][1][2] = "PO2"
    assert _errors(_import(exchange, tmp_path / "in", sheets)) == [
        "Aftekeningen, rij 2, praktijkopleider: Piet Praktijk is geen praktijkopleider van "
        "Metaal BV (het leerbedrijf van deelnemer 'H-001' bij groep MIG-26)"]


def test_a_standing_signoff_is_never_changed_by_an_import(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = with_signoffs()
    _import(exchange, tmp_path / "in", sheets)
    before = counts(services)
    exported = export_bytes(services, tmp_path / "voor")
    change = _only(sheets, Aftekeningen=[
        ["H-001", "T1", "PO1", "2026-10-12", "papier", "Goed gedaan"],
        ["H-001", "T2", "PO1", "2026-10-12", "papier", "Toch een opmerking"],
        ["H-003", "T1", "PO2", "2026-11-05", "papier", ""]])
    assert _errors(_import(exchange, tmp_path / "change", change)) == [
        "Aftekeningen, rij 2, taak: de aftekening van taak T1 van deelnemer 'H-001' op "
        "2026-10-12 staat al vast (door Henk de Vries, scherm); een import wijzigt haar "
        "niet: trek de aftekening in de app in",
        "Aftekeningen, rij 3, taak: de aftekening van taak T2 van deelnemer 'H-001' op "
        "2026-10-12 staat al vast (door Henk de Vries, papier); een import wijzigt haar "
        "niet: trek de aftekening in de app in",
        "Aftekeningen, rij 4, datum: taak T1 is voor deelnemer 'H-003' al afgetekend op "
        "2026-11-02 door Piet Praktijk; trek die aftekening eerst in de app in"]
    assert counts(services) == before
    assert export_bytes(services, tmp_path / "na") == exported


def test_a_withdrawn_signoff_is_not_exported_nor_imported_again(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = with_signoffs()
    _import(exchange, tmp_path / "in", sheets)
    with sessions_of(services).write("docent") as s:
        first = s.scalars(select(SignOff).where(SignOff.remark == "Goed gedaan")).one()
        s.add(SignOff(enrolment_id=first.enrolment_id, task_id=first.task_id,
                      trainer_id=first.trainer_id, date=TODAY, method=first.method,
                      recorded_by="docent", withdraws_id=first.id, reason="Verkeerde taak"))
    folder = _export(exchange, tmp_path / "uit")
    assert [row[:2] for row in rows_of(folder, "Aftekeningen")] == [["H-001", "T2"],
                                                                    ["H-003", "T1"]]
    assert _errors(_import(exchange, tmp_path / "again", sheets)) == [
        "Aftekeningen, rij 2, datum: de aftekening van taak T1 van deelnemer 'H-001' op "
        "2026-10-12 is in de app ingetrokken; een import zet haar niet terug (haal de rij weg "
        "of teken opnieuw af in de app)"]
    # A new sign-off of the task on another day is a new one.
    new = _only(sheets, Aftekeningen=[["H-001", "T1", "PO1", "2026-11-30", "papier", ""]])
    assert _counts(_import(exchange, tmp_path / "new", new)) == {"Aftekeningen": (1, 0, 0)}


def test_changed_hours_supersede_and_void_the_approval(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = with_signoffs()
    _import(exchange, tmp_path / "in", sheets)
    # The approved week without approval columns: the approval stays.
    keep = _only(sheets, Bpv_uren=[["H-001", "2026-W37", "7.5", "", ""]])
    assert _counts(_import(exchange, tmp_path / "keep", keep)) == {"Bpv-uren": (0, 0, 1)}
    # Another approval for an approved week: refused.
    other = _only(sheets, Bpv_uren=[["H-001", "2026-W37", "7,5", "PO1", "2026-09-21"]])
    assert _errors(_import(exchange, tmp_path / "other", other)) == [
        "Bpv-uren, rij 2, goedgekeurd_door: week 2026-W37 van deelnemer 'H-001' is al "
        "goedgekeurd door Henk de Vries op 2026-09-20; een import wijzigt geen goedkeuring "
        "(trek haar in de app in)"]
    # Other hours: a new row that supersedes the old one; its approval no longer counts.
    change = _only(sheets, Bpv_uren=[["H-001", "2026-W37", "8", "", ""],
                                     ["H-001", "2026-W38", "8", "PO1", "2026-09-27"]])
    assert _counts(_import(exchange, tmp_path / "change", change)) == {"Bpv-uren": (0, 2, 0)}
    with sessions_of(services).read() as s:
        rows = s.scalars(select(PlacementHours).where(PlacementHours.iso_week == 37)
                         .order_by(PlacementHours.created_at, PlacementHours.minutes)).all()
        assert [(h.minutes, h.supersedes_id) for h in rows] == [(450, None), (480, rows[0].id)]
        assert len(s.scalars(select(HoursApproval)).all()) == 2
    exported = {row[1]: row for row in rows_of(_export(exchange, tmp_path / "uit"),
                                                  "Bpv-uren")}
    assert exported["2026-W37"] == ["H-001", "2026-W37", "8", "", ""]
    assert exported["2026-W38"] == ["H-001", "2026-W38", "8", "PO1", "2026-09-27"]
    # The new hours approved by a later file.
    approve = _only(sheets, Bpv_uren=[["H-001", "2026-W37", "8", "PO1", "2026-10-01"]])
    assert _counts(_import(exchange, tmp_path / "approve", approve)) == {
        "Bpv-uren": (0, 1, 0)}
    assert run_check(sessions_of(services), None).facts == []


def test_an_archived_task_stays_archived_and_its_signoffs_export(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = with_signoffs()
    _import(exchange, tmp_path / "in", sheets)
    with sessions_of(services).write("beheer") as s:
        for task in s.scalars(select(SignOffTask).where(SignOffTask.code.in_(["T2", "T3"]))):
            task.deleted_at = task.created_at
    folder = _export(exchange, tmp_path / "uit")
    assert [row[:2] for row in rows_of(folder, "Aftekentaken")] == [
        ["CNC", "T1"], ["MIG", "T1"], ["MIG", "T2"]]  # T2 has a sign-off; T3 has none
    result = _import(exchange, tmp_path / "again", sheets)
    assert _counts(result)["Aftekentaken"] == (0, 0, 4)
    with sessions_of(services).read() as s:
        assert sorted(t.code for t in s.scalars(select(SignOffTask).where(
            SignOffTask.deleted_at.is_not(None)))) == ["T2", "T3"]
    new = _only(sheets, Aftekeningen=[["H-001", "T3", "PO1", "2026-11-30", "papier", ""]])
    assert _errors(_import(exchange, tmp_path / "new", new)) == [
        "Aftekeningen, rij 2, taak: taak T3 van module MIG is gearchiveerd; daarop wordt niet "
        "meer afgetekend"]


def test_the_template_has_the_three_sheets(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sjabloon.xlsx"
    ExchangeService.write_template(path)
    workbook = load_workbook(path)
    assert workbook.sheetnames[-3:] == ["Aftekentaken", "Aftekeningen", "Bpv-uren"]
    for name, rows in SIGNOFF_SHEETS.items():
        assert [c.value for c in workbook[name][1]] == rows[0]
    assert [c.font.b for c in workbook["Bpv-uren"][1]] == [True, True, True, False, False]
    assert [dv.formula1 for dv in workbook["Aftekeningen"].data_validations.dataValidation] \
        == ['"scherm,papier"']
    assert [dv.formula1 for dv in workbook["Aftekentaken"].data_validations.dataValidation] \
        == ['"ja,nee"']
    notes = " ".join(str(r[0].value) for r in workbook["Toelichting"].iter_rows())
    assert "Bpv-uren: deelnemer*, week*, uren*, goedgekeurd_door, goedgekeurd_op" in notes


def test_signoffs_and_hours_made_in_the_app_round_trip(
        services: Services, exchange: ExchangeService, tmp_path: Path, instructor: Actor,
        cheap_argon2: None, empty_location: str) -> None:
    sessions_of(services).clock = SteppedClock(datetime(2026, 10, 12, 10, 0))
    world = signoff_world(services)
    app, hours = services.signoffs, services.bpv_hours
    pin, strokes = "48151", encode(make_signature(400, 150, [[(10, 10), (60, 40)]]))
    app.set_pin(instructor, world.trainer_id, pin, pin)
    app.sign_on_screen(instructor, world.enrolment_id, world.trainer_id, pin, strokes,
                       [SignItem(world.tasks["T1"], date(2026, 10, 5), "Netjes")])
    paper = app.record_paper(instructor, world.enrolment_id, world.second_trainer_id,
                             [SignItem(world.tasks["T2"], date(2026, 10, 6))])
    app.withdraw(instructor, paper[0].id, "Verkeerde taak")
    sheet = hours.enter_hours(instructor, world.enrolment_id,
                              [WeekEntry(2026, 40, 480), WeekEntry(2026, 41, 450)])
    hours.approve(instructor, world.enrolment_id, world.trainer_id, pin, strokes,
                  [week.hours_id for week in sheet.weeks], date(2026, 10, 11))
    hours.enter_hours(instructor, world.enrolment_id, [WeekEntry(2026, 41, 420)])
    folder = _export(exchange, tmp_path / "uit")
    assert list(rows_of(folder, "Aftekentaken")) == [
        ["M-AFT", "T1", "Stelt de machine in", "B1-K1-W1", "Bereidt het werk voor (DEMO)",
         "ja"],
        ["M-AFT", "T2", "Last een hoeknaad", "B1-K1-W2", "Last verbindingen (DEMO)", "ja"],
        ["M-AFT", "T3", "Ruimt de werkplek op", "", "", "nee"]]  # T9 archived, unsigned
    assert list(rows_of(folder, "Aftekeningen")) == [
        ["P-AFT-1", "T1", "PO-PIET", "2026-10-05", "scherm", "Netjes"]]  # T2 withdrawn
    assert list(rows_of(folder, "Bpv-uren")) == [
        ["P-AFT-1", "2026-W40", "8", "PO-PIET", "2026-10-11"],
        ["P-AFT-1", "2026-W41", "7", "", ""]]  # the change voided its approval
    before = counts(services)
    again = exchange.import_file(Actor.cli(), folder)
    assert all(c[:2] == (0, 0) for c in _counts(again).values()), _counts(again)
    assert counts(services) == before | {"audit_events": before["audit_events"] + 1}
    other = open_services(empty_location, backup=False)
    try:
        second = ExchangeService(sessions_of(other), today=lambda: TODAY)
        assert second.import_file(Actor.cli(), folder).errors == ()
        copy_folder = _export(second, tmp_path / "uit2")
        with sessions_of(other).read() as s:
            enrolment_id = s.scalars(select(Enrolment.id).join(
                Participant, Participant.id == Enrolment.participant_id)
                .where(Participant.number == "P-AFT-1")).one()
        shown = {state.task.code: state.current
                 for state in other.signoffs.enrolment(Actor.cli(), enrolment_id).tasks}
        signed = shown["T1"]
        assert signed is not None and signed.imported and not signed.has_signature
        assert (signed.trainer, signed.method, signed.recorded_by) == (
            "Piet Praktijk", "screen", Actor.cli().name)
        assert shown["T2"] is None
        totals = other.bpv_hours.sheet(Actor.cli(), enrolment_id).totals
        assert (totals.entered_minutes, totals.approved_minutes) == (900, 480)
    finally:
        other.close()
    assert {p.name: p.read_bytes() for p in sorted(copy_folder.iterdir())} == {
        p.name: p.read_bytes() for p in sorted(folder.iterdir())}
