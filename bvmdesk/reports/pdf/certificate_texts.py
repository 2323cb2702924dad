"""The words of a certificate in Dutch and English: titles, sentences, dates and hours."""

from __future__ import annotations

from dataclasses import dataclass

from bvmdesk.domain.locale_text import decimal_number
from bvmdesk.domain.locale_text import long_date as long_date  # `12 mei 2026` / `12 May 2026`
from bvmdesk.domain.text import duration_text


@dataclass(frozen=True)
class Words:
    """The fixed texts of one language."""

    locale: str
    title_certificate: str
    title_participation: str
    awarded_to: str
    born: str
    passed: str
    took_part: str
    programme: str
    crebo: str
    level: str
    hours_planned: str  # "{hours}"
    hours_attended: str  # "{attended}", "{pct}", "{planned}"
    results_head: tuple[str, str, str]
    issued_by: str  # "{organisation}", "{site}"
    valid_until: str  # "{date}"
    supersedes: str  # "{number}"
    number: str
    check: str
    disclaimer: str
    specimen: str
    specimen_code: str


NL = Words(
    locale="nl_NL",
    title_certificate="Certificaat",
    title_participation="Bewijs van deelname",
    awarded_to="Hierbij verklaren wij dat",
    born="geboren op {date}",
    passed="de module met goed gevolg heeft afgerond",
    took_part="heeft deelgenomen aan de module",
    programme="onderdeel van de opleiding {name}",
    crebo="crebo {crebo}",
    level="niveau {level}",
    hours_planned="omvang {hours}",
    hours_attended="aanwezig {attended} van {planned} ({pct})",
    results_head=("Code", "Werkproces", "Resultaat"),
    issued_by="Uitgereikt door {organisation}, locatie {site}",
    valid_until="Geldig tot {date}",
    supersedes="Vervangt certificaat {number}",
    number="Nummer",
    check="Controleer dit certificaat: scan de code",
    disclaimer=("Dit is een certificaat van de BVM en geen mbo-diploma of "
                "mbo-certificaat."),
    specimen="VOORBEELD",
    specimen_code="voorbeeld:\nnog geen code",
)

EN = Words(
    locale="en_GB",
    title_certificate="Certificate",
    title_participation="Certificate of participation",
    awarded_to="This is to certify that",
    born="born on {date}",
    passed="has successfully completed the module",
    took_part="has taken part in the module",
    programme="part of the programme {name}",
    crebo="crebo {crebo}",
    level="level {level}",
    hours_planned="duration {hours}",
    hours_attended="attended {attended} of {planned} ({pct})",
    results_head=("Code", "Work process", "Result"),
    issued_by="Issued by {organisation}, {site}",
    valid_until="Valid until {date}",
    supersedes="Replaces certificate {number}",
    number="Number",
    check="Verify this certificate: scan the code",
    disclaimer=("This is a certificate of the BVM, not an MBO diploma or "
                "certificate."),
    specimen="SPECIMEN",
    specimen_code="specimen:\nno code yet",
)


def words(language: str) -> Words:
    """The texts of `language` (nl | en); anything else is Dutch."""
    return EN if language == "en" else NL


_RESULTS_EN = {"onvoldoende": "unsatisfactory", "voldoende": "satisfactory", "goed": "good"}


def result_word(result: str, w: Words) -> str:
    """A work process's outcome as the certificate's language says it (the snapshot keeps
    the assessment's own word)."""
    if str(w.locale).startswith("en"):
        return _RESULTS_EN.get(result.strip().lower(), result)
    return result


def hours_words(minutes: int, language: str) -> str:
    """`36 uur 30 min` / `36 hours 30 min`."""
    if language != "en":
        return duration_text(minutes)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" if hours == 1 else f"{hours} hours")
    if rest or not hours:
        parts.append(f"{rest} min")
    return " ".join(parts)


def percentage(value: float, language: str) -> str:
    """`91,3 %` / `91.3%`."""
    text = decimal_number(value, 1, language=language)
    return f"{text}%" if language == "en" else f"{text} %"
