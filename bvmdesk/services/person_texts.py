"""`LEESMIJ.txt` of an access export: what is in the zip and how to read it, in Dutch."""

from __future__ import annotations

import textwrap
from datetime import datetime

from bvmdesk.services.person_rows import PersonRows
from bvmdesk.services.person_summary import table_label


def readme(found: PersonRows, number: str, made_at: datetime, made_by: str,
           attachments: int, certificates: int, signatures: int) -> str:
    """The text of LEESMIJ.txt (CRLF line ends: it is opened with Kladblok too)."""
    tables = [f"      {table}: {table_label(table)} ({len(found.rows[table])})"
              for table in sorted(found.rows) if found.rows[table]]
    context = textwrap.wrap("Tabellen: " + (", ".join(
        sorted(t for t, rows in found.context.items() if rows)) or "geen") + ".", 74)
    lines = [
        f"Inzageverzoek (AVG artikel 15): deelnemer {number}",
        f"Gemaakt op {made_at:%d-%m-%Y %H:%M} door {made_by} met BVM Desk.",
        "",
        "Dit zip-bestand bevat alles wat BVM Desk over deze deelnemer bewaart.",
        "",
        "overzicht.pdf",
        "  Een leesbaar overzicht in het Nederlands: persoonsgegevens, inschrijvingen,",
        "  presentie per groep, beoordelingen, aftekeningen, bpv-uren en certificaten.",
        "",
        "gegevens.json",
        "  Alle gegevens volledig, als JSON (UTF-8). Onderdelen:",
        "  - tabellen: per tabel elke rij over de deelnemer, met alle kolommen:",
        *tables,
        "  - verwijzingen: rijen waar die gegevens naar verwijzen (groep, les, module,",
        "    formulier, taak, leerbedrijf, praktijkopleider, gebruiker, locatie), alleen",
        "    met wat ze benoemt (code, naam, datum). Van praktijkopleiders en gebruikers",
        "    staan e-mail, telefoon, pincode en wachtwoord er niet in: dat zijn hun",
        "    gegevens, niet die van de deelnemer.",
        *(f"    {line}" for line in context),
        "  - audit: de gebeurtenissen van het auditlogboek over deze rijen: wie wat",
        "    wanneer vastlegde, wijzigde of exporteerde (digest_before/after zijn",
        "    controlegetallen van de inhoud, geen gegevens).",
        "  Waarden: id's zijn UUID's; datums JJJJ-MM-DD; tijdstippen (created_at,",
        "  updated_at en dergelijke) in UTC zonder tijdzone; onbekend is null.",
        "  Binaire waarden: een foto of scan (attachments.data) en de PDF van een",
        "  certificaat (certificates.pdf) staan als eigen bestand in dit zip-bestand;",
        '  de kolom zegt welk: {"bestand": "bijlagen/001-..."}. Kleine binaire waarden',
        '  (zoals het voorbeeldplaatje attachments.thumbnail) staan er als',
        '  {"base64": "..."} in. Een getekende handtekening staat als lijnen (JSON) in',
        "  de kolom die op _strokes eindigt, en getekend als SVG-bestand; de kolom",
        '  <naam>_tekening noemt dat bestand.',
        "",
        f"bijlagen/ ({attachments} foto's en scans, {signatures} handtekeningen)",
        "  Foto's en scans van beoordelingen en aftekenkaarten, met de juiste extensie.",
        "  bijlagen/handtekeningen/ bevat de getekende handtekeningen als SVG (te openen",
        "  in een webbrowser).",
        "",
        f"certificaten/ ({certificates})",
        "  De PDF van elk uitgegeven certificaat, precies zoals het werd uitgegeven (een",
        "  herdruk geeft dezelfde bytes). Een ingetrokken certificaat heeft",
        "  '-ingetrokken' in de naam, een vervangen certificaat '-vervangen'; het",
        "  overzicht noemt de reden.",
        "",
        "Dit bestand bevat persoonsgegevens. Geef het alleen aan de deelnemer zelf (of",
        "wie de deelnemer daarvoor aanwijst) en verwijder uw kopie als het is afgegeven.",
    ]
    return "\r\n".join(lines) + "\r\n"
