"""The empty exchange workbook: headers, a Dutch instruction sheet and validation lists."""

from __future__ import annotations

import io
from pathlib import Path

from bvmdesk.services.exchange.export import deterministic_zip
from bvmdesk.services.exchange.format import (
    ASSESSMENT_STATUSES,
    CERTIFICATE_KINDS,
    CERTIFICATES,
    ENROLMENT_STATUSES,
    FORM_KINDS,
    INSTRUCTIONS_SHEET,
    MARK_STATUSES,
    PARTICIPANT_TYPES,
    SCALES,
    SHEETS,
    SIGNOFF_METHODS,
    Sheet,
)

_INSTRUCTIONS = [
    "BVM Desk: uitwisselbestand (importeren en exporteren)",
    "",
    "Vul per blad één regel per record in; de eerste regel (de kop) laat u staan.",
    "Kolommen met een * in deze toelichting zijn verplicht. Onbekende kolommen en bladen "
    "worden geweigerd (dit blad, Toelichting, wordt overgeslagen).",
    "Codes (en het deelnemernummer) zijn de sleutels die de bladen verbinden: een groep "
    "noemt de code van een module en een locatie, een inschrijving het nummer van een "
    "deelnemer en de code van een groep.",
    "Een regel met een sleutel die al bestaat, werkt dat record bij; een nieuwe sleutel "
    "maakt een nieuw record. Lessen: groep + datum + begintijd; Presentie: groep + datum + "
    "begintijd + deelnemer; Inschrijvingen: deelnemer + groep; Vakanties: locatie + van.",
    "Datums: JJJJ-MM-DD of DD-MM-JJJJ (ook 1-9-2026 of een Excel-datum). "
    "Tijden: UU:MM (ook 8:30 of een Excel-tijd). Ja/nee-velden: ja of nee (leeg = nee).",
    "doelgroep: " + ", ".join(PARTICIPANT_TYPES) + " (hoofdletters maken niet uit).",
    "status (Presentie): " + ", ".join(MARK_STATUSES) + ".",
    "status (Inschrijvingen): " + ", ".join(ENROLMENT_STATUSES) + " (leeg = actief).",
    "Modules: min_aanwezigheid is het percentage aanwezigheid dat nodig is voor een "
    "certificaat (leeg = geen eis); certificaat: " + " of ".join(CERTIFICATE_KINDS) + " (wat "
    "de module oplevert: een certificaat of een bewijs van deelname; leeg = certificaat); "
    "geldigheid_jaren: een heel getal van 1 tot en met 50 (leeg = verloopt niet).",
    "docent: de gebruikersnaam van een account; een andere naam wordt als tekst bewaard.",
    "Een presentieregel hoort bij een les (blad Lessen of al in BVM Desk) en bij een "
    "deelnemer die in die groep is ingeschreven.",
    "Beoordelingen: een formuliercode noemt de nieuwste versie van het formulier. Criteria "
    "horen bij een formulier (formulier + nummer) en staan onder een werkproces (code zoals "
    "B1-K1-W1; een nieuw werkproces wordt aangemaakt bij de module van het formulier). Is "
    "een formulier al gebruikt, dan maakt een wijziging een nieuwe versie.",
    "soort: " + ", ".join(FORM_KINDS) + "; schaal: " + ", ".join(SCALES) + "; cesuur leeg = "
    "de standaard van de schaal (75 % voor ovg, 5,5 voor cijfer); verplicht leeg = ja voor "
    "opdracht en examen, nee voor bpv. Criteria: kritisch leeg = nee, gewicht leeg = 1.",
    "Beoordelingen: code (bijvoorbeeld BO-2026-00001), formulier, deelnemer (nummer), datum, "
    "beoordelaar (gebruikersnaam), status " + " of ".join(ASSESSMENT_STATUSES) + " (leeg = "
    "concept). Scores: beoordeling (code), criterium (nummer), score O/V/G, A/NA of een "
    "cijfer 1,0-10,0 (volgens de schaal van het formulier), toelichting.",
    "Een definitieve beoordeling wordt door een import nooit gewijzigd: dat is een "
    "correctie in het programma. Definitief maken kan alleen als elk criterium een score "
    "heeft en elke O, G en NA een toelichting.",
    "Aftekentaken: per module (module + code) een taak die de praktijkopleider aftekent; "
    "werkproces is een code als B1-K1-W1 (een werkproces dat de module nog niet heeft, wordt "
    "aangemaakt met werkproces_naam, anders met de code als naam); verplicht leeg = ja.",
    "Aftekeningen: deelnemer (nummer), taak (de code van een taak van de module waarvoor de "
    "deelnemer is ingeschreven), praktijkopleider (code, van het leerbedrijf van de "
    "deelnemer), datum (niet in de toekomst), wijze " + " of ".join(SIGNOFF_METHODS) + ". "
    "Een ingelezen aftekening heeft geen handtekening en heet in het programma "
    "'geïmporteerd'. Een aftekening die al vaststaat, wijzigt een import nooit: trek haar "
    "in het programma in.",
    "Bpv-uren: deelnemer (nummer), week (zoals 2026-W37), uren per half uur (7,5 of 8); "
    "goedgekeurd_door (code van de praktijkopleider) en goedgekeurd_op (datum) samen of "
    "allebei leeg. Andere uren voor een week vervangen de oude; hun goedkeuring vervalt dan.",
    f"{CERTIFICATES.name}: alleen in een export (het register van uitgegeven certificaten: "
    + ", ".join(CERTIFICATES.names) + "). Een import slaat dit blad over.",
    "",
    "Privacy: neem GEEN BSN (burgerservicenummer) op. De BVM mag geen BSN verwerken, ook "
    "niet met toestemming (UAVG art. 46). Een bestand met een BSN-kolom wordt geweigerd. "
    "Noteer bij ziekte alleen dát iemand ziek is, nooit wat er aan de hand is.",
    "",
    "De import controleert eerst alles en schrijft pas als er geen enkele fout is: alles of "
    "niets. Elke fout wordt gemeld als blad, rij, kolom: melding.",
    "",
    "Bladen en kolommen (* = verplicht):",
]


def _describe(sheet: Sheet) -> str:
    columns = ", ".join(f"{c.name}{'*' if c.required else ''}" for c in sheet.columns)
    return f"{sheet.name}: {columns}"


def _list(options: tuple[str, ...]) -> str:
    return '"' + ",".join(options) + '"'


def write_template(path: Path) -> None:
    """Write the empty exchange workbook to `path` (an .xlsx file)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    notes = workbook.active
    notes.title = INSTRUCTIONS_SHEET
    for line in [*_INSTRUCTIONS, *(_describe(s) for s in SHEETS)]:
        notes.append([line])
    notes["A1"].font = Font(bold=True, size=14)
    notes.column_dimensions["A"].width = 120
    lists = {("Deelnemers", "doelgroep"): PARTICIPANT_TYPES,
             ("Presentie", "status"): MARK_STATUSES,
             ("Inschrijvingen", "status"): ENROLMENT_STATUSES,
             ("Lessen", "vervallen"): ("ja", "nee"),
             ("Beoordelingsformulieren", "soort"): FORM_KINDS,
             ("Beoordelingsformulieren", "schaal"): SCALES,
             ("Beoordelingsformulieren", "verplicht"): ("ja", "nee"),
             ("Criteria", "kritisch"): ("ja", "nee"),
             ("Beoordelingen", "status"): ASSESSMENT_STATUSES,
             ("Aftekentaken", "verplicht"): ("ja", "nee"),
             ("Aftekeningen", "wijze"): SIGNOFF_METHODS,
             ("Modules", "certificaat"): CERTIFICATE_KINDS}
    for sheet in SHEETS:
        ws = workbook.create_sheet(sheet.name)
        ws.append(list(sheet.names))
        ws.freeze_panes = "A2"
        for index, column in enumerate(sheet.columns, start=1):
            letter = get_column_letter(index)
            ws[f"{letter}1"].font = Font(bold=column.required)
            ws.column_dimensions[letter].width = max(12, len(column.name) + 4)
            options = lists.get((sheet.name, column.name))
            if options:
                check = DataValidation(type="list", formula1=_list(options), allow_blank=True,
                                       showErrorMessage=True, errorTitle="Ongeldige waarde",
                                       error=f"Kies een {column.name} uit de lijst.")
                check.add(f"{letter}2:{letter}100000")
                ws.add_data_validation(check)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))
