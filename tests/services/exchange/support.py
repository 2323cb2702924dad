"""Small exchange files for the tests: a valid administration, written as CSV or xlsx."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import Base
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.exchange import ExchangeService
from bvmdesk.services.exchange.format import SHEET_BY_NAME

Sheets = dict[str, list[list[Any]]]
"""Sheet name -> rows; the first row is the header."""

VALID: Sheets = {
    "Locaties": [["code", "naam", "plaats"], ["TBG", "Terborg", "Terborg"]],
    "Leerbedrijven": [["code", "naam", "sbb_id", "plaats"],
                      ["LB1", "Metaal BV", "100200300", "Zwolle"],
                      ["LB2", "Staal & Zn.", "", "Kampen"]],
    "Praktijkopleiders": [["code", "naam", "leerbedrijf", "email", "telefoon"],
                          ["PO1", "Henk de Vries", "LB1", "henk@metaal.nl", "+31 6 1234 5678"]],
    "Modules": [["code", "naam", "crebo", "niveau", "uren", "min_aanwezigheid"],
                ["MIG", "Lassen MIG/MAG", "25191", "2", "80", "80"],
                ["CNC", "CNC draaien", "", "", "40", ""]],
    "Deelnemers": [["nummer", "voornamen", "tussenvoegsel", "achternaam", "geboortedatum",
                    "doelgroep", "school", "studentnummer", "financier", "leerbedrijf", "badge",
                    "email", "telefoon"],
                   ["H-001", "Zoë", "van 't", "Hek", "2007-05-17", "BBL", "Deltion", "S123",
                    "OOM", "LB1", "B0001", "zoe@example.nl", "06-12345678"],
                   ["H-002", "Çağan", "", "Yılmaz", "17-05-2006", "bol", "", "", "", "", "",
                    "", ""],
                   ["H-003", "Jan", "d'", "Arc", "1-9-2005", "werknemer", "", "", "", "LB2",
                    "", "", ""]],
    "Groepen": [["code", "naam", "module", "locatie", "docent", "startdatum", "einddatum"],
                ["MIG-26", "Lassen najaar", "MIG", "ZWL", "docent", "2026-09-01", "2027-01-31"],
                ["CNC-26", "CNC najaar", "CNC", "TBG", "Mevr. Jansen", "2026-09-01", ""]],
    "Inschrijvingen": [["deelnemer", "groep", "startdatum", "einddatum", "praktijkopleider",
                        "status"],
                       ["H-001", "MIG-26", "2026-09-01", "", "PO1", ""],
                       ["H-002", "MIG-26", "2026-09-01", "", "", "actief"],
                       ["H-003", "CNC-26", "2026-09-01", "2026-12-01", "", "afgerond"]],
    "Lessen": [["groep", "datum", "begintijd", "eindtijd", "docent", "onderwerp", "vervallen"],
               ["MIG-26", "2026-09-07", "08:30", "12:00", "", "Hoeknaden", "nee"],
               ["MIG-26", "2026-09-14", "8:30", "12:00", "", "", ""],
               ["CNC-26", "2026-09-08", "13:00", "16:30", "", "", "ja"]],
    "Presentie": [["groep", "datum", "begintijd", "deelnemer", "status", "aanwezig_van",
                   "aanwezig_tot", "opmerking"],
                  ["MIG-26", "2026-09-07", "08:30", "H-001", "aanwezig", "", "", ""],
                  ["MIG-26", "2026-09-07", "08:30", "H-002", "te_laat", "09:10", "",
                   "=bus te laat"],
                  ["MIG-26", "2026-09-14", "08:30", "H-001", "ziek", "", "", ""]],
    "Vakanties": [["locatie", "van", "tot", "naam"],
                  ["ZWL", "2026-10-17", "2026-10-25", "Herfstvakantie"]],
}


ASSESSMENTS: Sheets = {
    "Beoordelingsformulieren": [
        ["code", "naam", "module", "soort", "schaal", "cesuur", "verplicht"],
        ["LAS-1", "Hoeknaad MAG", "MIG", "examen", "acceptabel", "", ""],
        ["BPV-1", "Voortgang bpv", "MIG", "bpv", "ovg", "80", ""],
        ["CNC-1", "Draaien as", "CNC", "opdracht", "cijfer", "5,5", "nee"]],
    "Criteria": [
        ["formulier", "werkproces", "werkproces_naam", "nummer", "omschrijving", "kritisch",
         "gewicht"],
        ["LAS-1", "B1-K1-W1", "Lassen volgens WPS", "1", "Naad zonder porositeit", "ja", ""],
        ["LAS-1", "B1-K1-W1", "", "2", "Maatvoering; ± 1 mm", "", "2"],
        ["BPV-1", "B1-K1-W2", "Werkplek inrichten", "1", "Veilig werken", "ja", "1"],
        ["BPV-1", "B1-K1-W2", "", "2", "Netjes", "nee", "1"],
        ["CNC-1", "B1-K2-W1", "Draaien (DEMO)", "1", 'Maat "ø20" h7', "", ""],
        ["CNC-1", "B1-K2-W1", "", "2", "Oppervlakteruwheid", "", "3"]],
    "Beoordelingen": [
        ["code", "formulier", "deelnemer", "datum", "beoordelaar", "tweede_beoordelaar",
         "status"],
        ["BO-2026-00001", "LAS-1", "H-001", "2026-10-01", "docent", "Henk de Vries",
         "definitief"],
        ["BO-2026-00002", "BPV-1", "H-002", "2026-10-02", "docent", "", ""],
        ["BO-2026-00003", "CNC-1", "H-003", "3-10-2026", "beheer", "", "definitief"]],
    "Scores": [
        ["beoordeling", "criterium", "score", "toelichting"],
        ["BO-2026-00001", "1", "A", ""],
        ["BO-2026-00001", "2", "na", "=te breed; 'opnieuw' \"lassen\""],
        ["BO-2026-00002", "1", "G", "Zeer goed"],
        ["BO-2026-00003", "1", "7,5", ""],
        ["BO-2026-00003", "2", "8", ""]],
}


def valid() -> Sheets:
    """A fresh deep copy of the valid administration (tests change their copy)."""
    return copy.deepcopy(VALID)


def with_assessments() -> Sheets:
    """The valid administration with forms, criteria, assessments and scores."""
    return copy.deepcopy(VALID | ASSESSMENTS)


def write_csv(folder: Path, sheets: Sheets, separator: str = ";",
              encoding: str = "utf-8-sig") -> Path:
    """A folder of SHEET.csv files (simple quoting: values never hold the separator)."""
    import csv
    import io

    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in sheets.items():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
        writer.writerows(rows)
        (folder / f"{name}.csv").write_bytes(buffer.getvalue().encode(encoding))
    return folder


def write_xlsx(path: Path, sheets: Sheets) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    assert workbook.active is not None
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        ws = workbook.create_sheet(name)
        for row in rows:
            ws.append(row)
    workbook.save(path)
    return path


def counts(services: Services) -> dict[str, int]:
    """Rows per table: a database that an import refused has the same counts."""
    with sessions_of(services).read() as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables}


def export_bytes(services: Services, folder: Path) -> dict[str, bytes]:
    ExchangeService(sessions_of(services)).export(Actor.cli(), folder)
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def sheet_columns(sheet: str) -> tuple[str, ...]:
    return SHEET_BY_NAME[sheet].names


@pytest.fixture
def exchange(services: Services) -> ExchangeService:
    return ExchangeService(sessions_of(services))


def rows_of(folder: Path, sheet: str) -> Iterator[list[str]]:
    """The rows (without header) of an exported CSV sheet."""
    import csv
    import io

    text = (folder / f"{sheet}.csv").read_bytes().decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    next(reader)
    yield from reader
