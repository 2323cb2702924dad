"""The corpus of bad files: one per rule, each with its exact place, and nothing written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.exchange import ExchangeService
from bvmdesk.services.exchange.format import MSG_DATE, MSG_REQUIRED, MSG_TIME
from tests.services.exchange.support import Sheets, counts, valid, write_csv, write_xlsx


def put(sheet: str, row: int, column: str, value: object) -> Callable[[Sheets], None]:
    """Set one cell: `row` is the spreadsheet row (2 = the first data row)."""
    def change(sheets: Sheets) -> None:
        index = sheets[sheet][0].index(column)
        sheets[sheet][row - 1][index] = value
    return change


def add_column(sheet: str, header: str, value: object = "x") -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        sheets[sheet][0].append(header)
        for row in sheets[sheet][1:]:
            row.append(value)
    return change


def drop_column(sheet: str, header: str) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        index = sheets[sheet][0].index(header)
        for row in sheets[sheet]:
            del row[index]
    return change


def copy_row(sheet: str, row: int, **changes: object) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        new = list(sheets[sheet][row - 1])
        for column, value in changes.items():
            new[sheets[sheet][0].index(column)] = value
        sheets[sheet].append(new)
    return change


def add_sheet(name: str) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        sheets[name] = [["naam"], ["x"]]
    return change


@dataclass(frozen=True)
class Case:
    id: str
    change: Callable[[Sheets], None]
    sheet: str
    row: int
    column: str
    message: str  # a part of the message


CASES = [
    Case("bsn", add_column("Deelnemers", "BSN", "123456782"), "Deelnemers", 1, "BSN",
         "UAVG art. 46"),
    Case("bsn-lower-spaces", add_column("Deelnemers", "  bsn ", "123456782"), "Deelnemers", 1,
         "bsn", "BSN"),
    Case("burgerservicenummer", add_column("Deelnemers", "Burgerservicenummer"), "Deelnemers",
         1, "Burgerservicenummer", "mag geen BSN"),
    Case("sofinummer", add_column("Praktijkopleiders", "SOFINUMMER"), "Praktijkopleiders", 1,
         "SOFINUMMER", "UAVG art. 46"),
    Case("unknown-column", add_column("Deelnemers", "geslacht", "m"), "Deelnemers", 1,
         "geslacht", "onbekende kolom"),
    Case("unknown-sheet", add_sheet("Cursisten"), "Cursisten", 1, "", "onbekend blad"),
    Case("missing-required-column", drop_column("Deelnemers", "achternaam"), "Deelnemers", 1,
         "achternaam", "verplichte kolom ontbreekt"),
    Case("empty-required-value", put("Deelnemers", 3, "voornamen", ""), "Deelnemers", 3,
         "voornamen", MSG_REQUIRED),
    Case("blank-required-value", put("Leerbedrijven", 3, "naam", "   "), "Leerbedrijven", 3,
         "naam", MSG_REQUIRED),
    Case("bad-date", put("Deelnemers", 2, "geboortedatum", "31-02-2007"), "Deelnemers", 2,
         "geboortedatum", MSG_DATE),
    Case("bad-date-words", put("Groepen", 3, "einddatum", "eind januari"), "Groepen", 3,
         "einddatum", MSG_DATE),
    Case("bad-time", put("Lessen", 2, "eindtijd", "12:75"), "Lessen", 2, "eindtijd", MSG_TIME),
    Case("bad-start-time", put("Lessen", 4, "begintijd", "1 uur"), "Lessen", 4, "begintijd",
         MSG_TIME),
    Case("bad-doelgroep", put("Deelnemers", 2, "doelgroep", "mbo"), "Deelnemers", 2,
         "doelgroep", "onbekende doelgroep 'mbo'"),
    Case("bad-mark-status", put("Presentie", 3, "status", "weg"), "Presentie", 3, "status",
         "onbekende status 'weg'"),
    Case("bad-enrolment-status", put("Inschrijvingen", 2, "status", "klaar"),
         "Inschrijvingen", 2, "status", "onbekende status 'klaar'"),
    Case("bad-ja-nee", put("Lessen", 3, "vervallen", "misschien"), "Lessen", 3, "vervallen",
         "ja of nee"),
    Case("unknown-company", put("Praktijkopleiders", 2, "leerbedrijf", "LB9"),
         "Praktijkopleiders", 2, "leerbedrijf", "leerbedrijf 'LB9' bestaat niet"),
    Case("unknown-module", put("Groepen", 2, "module", "TIG"), "Groepen", 2, "module",
         "blad Modules"),
    Case("unknown-location", put("Vakanties", 2, "locatie", "ALM"), "Vakanties", 2, "locatie",
         "locatie 'ALM' bestaat niet"),
    Case("unknown-participant", put("Inschrijvingen", 4, "deelnemer", "H-999"),
         "Inschrijvingen", 4, "deelnemer", "deelnemer 'H-999' bestaat niet"),
    Case("unknown-trainer", put("Inschrijvingen", 2, "praktijkopleider", "PO7"),
         "Inschrijvingen", 2, "praktijkopleider", "bestaat niet"),
    Case("unknown-lesson", put("Presentie", 4, "datum", "2026-09-21"), "Presentie", 4, "datum",
         "de les van groep 'MIG-26' op 2026-09-21 om 08:30 bestaat niet"),
    Case("not-enrolled", copy_row("Presentie", 2, deelnemer="H-003"), "Presentie", 5,
         "deelnemer", "niet ingeschreven in groep 'MIG-26'"),
    Case("duplicate-code", copy_row("Leerbedrijven", 2, naam="Ander BV"), "Leerbedrijven", 4,
         "code", "staat al in rij 2"),
    Case("duplicate-number", copy_row("Deelnemers", 3, badge=""), "Deelnemers", 5, "nummer",
         "dubbel"),
    Case("duplicate-mark", copy_row("Presentie", 2, status="ziek"), "Presentie", 5, "groep",
         "staat al in rij 2"),
    Case("too-young", put("Deelnemers", 2, "geboortedatum", "2024-01-01"), "Deelnemers", 2,
         "geboortedatum", "Jonger dan 10 jaar"),
    Case("born-in-future", put("Deelnemers", 3, "geboortedatum", "2099-01-01"), "Deelnemers",
         3, "geboortedatum", "toekomst"),
    Case("too-old", put("Deelnemers", 4, "geboortedatum", "1901-01-01"), "Deelnemers", 4,
         "geboortedatum", "Ouder dan"),
    Case("lesson-ends-before-start", put("Lessen", 4, "eindtijd", "12:00"), "Lessen", 4,
         "eindtijd", "na de begintijd"),
    Case("holiday-backwards", put("Vakanties", 2, "tot", "2026-10-01"), "Vakanties", 2, "tot",
         "ligt voor"),
    Case("group-ends-before-start", put("Groepen", 2, "einddatum", "2026-08-01"), "Groepen", 2,
         "einddatum", "voor de startdatum"),
    Case("attendance-over-100", put("Modules", 2, "min_aanwezigheid", "101"), "Modules", 2,
         "min_aanwezigheid", "tussen 0 en 100"),
    Case("negative-hours", put("Modules", 3, "uren", "-1"), "Modules", 3, "uren",
         "niet negatief"),
    Case("hours-not-a-number", put("Modules", 3, "uren", "veel"), "Modules", 3, "uren",
         "geen geheel getal"),
    Case("bad-crebo", put("Modules", 2, "crebo", "2519"), "Modules", 2, "crebo", "5 cijfers"),
    Case("bad-email", put("Deelnemers", 2, "email", "zoe@example"), "Deelnemers", 2, "email",
         "geen geldig e-mailadres"),
    Case("bad-trainer-email", put("Praktijkopleiders", 2, "email", "henk at metaal.nl"),
         "Praktijkopleiders", 2, "email", "e-mailadres"),
    Case("duplicate-badge", put("Deelnemers", 4, "badge", "B0001"), "Deelnemers", 4, "badge",
         "badge 'B0001' is al in gebruik bij deelnemer H-001"),
    Case("bad-badge", put("Deelnemers", 3, "badge", "a b"), "Deelnemers", 3, "badge",
         "badgecode"),
    Case("too-long", put("Deelnemers", 2, "achternaam", "x" * 201), "Deelnemers", 2,
         "achternaam", "maximaal 200 tekens"),
    Case("stray-value", copy_row("Vakanties", 2), "Vakanties", 3, "kolom E",
         "kolom zonder kop"),
]


def _stray(sheets: Sheets) -> None:
    sheets["Vakanties"][2].append("verdwaald")


CASES[-1] = Case("stray-value", lambda s: (copy_row("Vakanties", 2, van="2026-12-19",
                                                    tot="2027-01-03")(s), _stray(s)),
                 "Vakanties", 3, "kolom E", "kolom zonder kop")


def _check_refused(services: Services, exchange: ExchangeService, path: Path,
                   case: Case) -> None:
    before = counts(services)
    result = exchange.import_file(Actor.cli(), path)
    assert not result.written and result.summary is None
    found = [(e.sheet, e.row, e.column) for e in result.errors]
    assert found == [(case.sheet, case.row, case.column)], result.errors
    assert case.message in result.errors[0].message
    assert counts(services) == before
    # The dry run finds the same and writes nothing either.
    dry = exchange.import_file(Actor.cli(), path, dry_run=True)
    assert dry.errors == result.errors
    assert counts(services) == before


def test_the_valid_file_is_valid(services: Services, exchange: ExchangeService,
                                 tmp_path: Path) -> None:
    result = exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", valid()),
                                  dry_run=True)
    assert result.errors == ()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_csv_folder(services: Services, exchange: ExchangeService, tmp_path: Path,
                        case: Case) -> None:
    sheets = valid()
    case.change(sheets)
    _check_refused(services, exchange, write_csv(tmp_path / "in", sheets), case)


@pytest.mark.parametrize("case", [c for c in CASES if c.id in {
    "bsn", "burgerservicenummer", "unknown-sheet", "missing-required-column", "bad-date",
    "bad-time", "not-enrolled", "duplicate-badge", "stray-value"}], ids=lambda c: c.id)
def test_bad_workbook(services: Services, exchange: ExchangeService, tmp_path: Path,
                      case: Case) -> None:
    sheets = valid()
    case.change(sheets)
    _check_refused(services, exchange, write_xlsx(tmp_path / "in.xlsx", sheets), case)


def test_every_error_is_listed_in_sheet_row_column_order(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = valid()
    for change in (put("Vakanties", 2, "tot", "gisteren"), put("Deelnemers", 3, "email", "x"),
                   put("Deelnemers", 3, "geboortedatum", ""), put("Deelnemers", 2, "doelgroep",
                                                                 "mbo"),
                   put("Groepen", 2, "module", "TIG"), add_column("Leerbedrijven", "kvk")):
        change(sheets)
    before = counts(services)
    result = exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", sheets))
    assert [str(e) for e in result.errors] == [
        "Leerbedrijven, rij 1, kvk: onbekende kolom (dit blad kent: code, naam, sbb_id, "
        "plaats)",
        "Deelnemers, rij 2, doelgroep: onbekende doelgroep 'mbo' (kies uit: BBL, BOL, PRO, "
        "VSO, vmbo, hbo, werknemer, zij-instromer, werkzoekende, overig)",
        f"Deelnemers, rij 3, geboortedatum: {MSG_REQUIRED}",
        "Deelnemers, rij 3, email: geen geldig e-mailadres",
        "Groepen, rij 2, module: module 'TIG' bestaat niet (niet in het blad Modules en niet "
        "in de database)",
        f"Vakanties, rij 2, tot: {MSG_DATE}",
    ]
    assert counts(services) == before


def test_a_bsn_column_refuses_the_file_unread(services: Services, exchange: ExchangeService,
                                              tmp_path: Path) -> None:
    """Rows are not even read: other errors in them are not reported."""
    sheets = valid()
    add_column("Deelnemers", "bsn", "123456782")(sheets)
    put("Deelnemers", 2, "geboortedatum", "nooit")(sheets)
    result = exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", sheets))
    assert [e.as_dict() for e in result.errors] == [{
        "sheet": "Deelnemers", "row": 1, "column": "bsn",
        "message": result.errors[0].message}]
    assert "BSN" in result.errors[0].message


def test_references_to_existing_data_that_does_not_exist(
        services: Services, exchange: ExchangeService, tmp_path: Path) -> None:
    sheets = {"Inschrijvingen": [valid()["Inschrijvingen"][0],
                                 ["H-001", "MIG-26", "2026-09-01", "", "", ""]]}
    result = exchange.import_file(Actor.cli(), write_csv(tmp_path / "in", sheets))
    assert [(e.row, e.column) for e in result.errors] == [(2, "deelnemer"), (2, "groep")]
