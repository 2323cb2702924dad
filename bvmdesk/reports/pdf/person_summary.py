"""`overzicht.pdf` of an access export (AVG art. 15): what BVM Desk holds about one person,
in Dutch, for the person to read. The complete data is in the zip's gegevens.json."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from bvmdesk.reports.formatting import (
    NOTHING,
    dutch_date,
    hours_cell,
    percent_text,
)
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.blocks import data_table, heading, info_grid, para, title_block
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.styles import BODY, BODY_BOLD, NOTE, SMALL
from bvmdesk.reports.person_model import (
    PersonSummary,
    SummaryAssessment,
    SummaryCertificate,
    SummarySignOff,
)

TITLE = "Inzage persoonsgegevens"
_ENROLMENT_STATUS = {"actief": "actief", "afgerond": "afgerond", "gestopt": "gestopt"}
_CERTIFICATE_STATUS = {"valid": "geldig", "revoked": "ingetrokken", "superseded": "vervangen"}
_KIND = {"certificaat": "Certificaat", "deelname": "Bewijs van deelname"}
_METHOD = {"screen": "op het scherm", "paper": "op papier", "imported": "ingelezen"}


def made_line(summary: PersonSummary) -> str:
    """`Gemaakt op DATUM door NAAM op verzoek van de deelnemer (AVG artikel 15)`."""
    return (f"Gemaakt op {dutch_date(summary.made_at)} {summary.made_at:%H:%M} door "
            f"{summary.made_by} op verzoek van de deelnemer (AVG artikel 15)")


def person_summary_pdf(summary: PersonSummary, meta: ReportMeta) -> bytes:
    """The summary as an A4 PDF.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()
    story: list[Flowable] = title_block(TITLE, f"{summary.name} · {summary.number}")
    story.append(para(made_line(summary), BODY_BOLD))
    story.append(para(
        "Dit overzicht vat samen wat BVM Desk over u bewaart. Alle gegevens staan volledig "
        "in gegevens.json in hetzelfde zip-bestand; LEESMIJ.txt legt uit wat waar staat.",
        SMALL))
    story += heading("Persoonsgegevens")
    story.append(info_grid(summary.details, columns=1, label_width=110, bold_first=True))
    story += _enrolments(summary)
    story += _attendance(summary)
    story += _assessments(summary.assessments)
    story += _signoffs(summary.signoffs)
    story += _hours(summary)
    story += _certificates(summary.certificates)
    story += _rest(summary)
    return build_pdf(story, meta, title=f"{TITLE} {summary.name}", period=summary.number,
                     subject=f"Inzage persoonsgegevens van {summary.name} ({summary.number})")


def _none(text: str) -> list[Flowable]:
    return [para(text, BODY)]


def _enrolments(summary: PersonSummary) -> list[Flowable]:
    story = heading("Inschrijvingen")
    if not summary.enrolments:
        return story + _none("Geen inschrijvingen.")
    rows = [[f"{e.group} {e.group_name}".strip(), e.module, e.location,
             dutch_date(e.start_date), dutch_date(e.end_date) if e.end_date else NOTHING,
             _ENROLMENT_STATUS.get(e.status, e.status),
             " / ".join(p for p in (e.company, e.trainer) if p) or NOTHING]
            for e in summary.enrolments]
    story.append(data_table(
        ("Groep", "Module", "Locatie", "Van", "Tot", "Status", "Leerbedrijf / praktijkopleider"),
        rows, (None, 80, 58, 74, 74, 44, 100)))
    return story


def _attendance(summary: PersonSummary) -> list[Flowable]:
    story = heading("Presentie per groep")
    if not summary.attendance:
        return story + _none("Geen lessen.")
    rows = [[a.group, str(a.lessons), hours_cell(a.planned_minutes),
             hours_cell(a.attended_minutes), hours_cell(a.excused_minutes),
             hours_cell(a.unexcused_minutes), hours_cell(a.unmarked_minutes),
             f"{percent_text(a.percentage)}\u00a0%" if a.percentage is not None else NOTHING]
            for a in summary.attendance]
    story.append(data_table(
        ("Groep", "Lessen", "Gepland", "Aanwezig", "Geoorloofd", "Ongeoorloofd",
         "Niet ingevuld", "Aanwezig"),
        rows, (None, 40, 64, 64, 62, 66, 62, 50),
        align=("left", "right", "right", "right", "right", "right", "right", "right")))
    story.append(para("Gehouden lessen van de groep tijdens de inschrijving, tot de dag van "
                      "dit overzicht. Bij te laat en vroeg weg tellen de gemiste minuten als "
                      "ongeoorloofd afwezig.", NOTE))
    return story


def _result(item: SummaryAssessment) -> str:
    if item.passed is None:
        return NOTHING
    return "voldaan" if item.passed else "niet voldaan"


def _assessments(items: Sequence[SummaryAssessment]) -> list[Flowable]:
    story = heading("Beoordelingen")
    if not items:
        return story + _none("Geen beoordelingen.")
    rows = []
    for a in items:
        status = "definitief" if a.status == "final" else "concept"
        if a.superseded:
            status += " (vervangen door een nieuwere versie)"
        rows.append([dutch_date(a.date), f"{a.code} v{a.version}", a.form, a.group, status,
                     _result(a), a.assessor or NOTHING])
    story.append(data_table(("Datum", "Code", "Formulier", "Groep", "Status", "Uitslag",
                             "Beoordelaar"), rows, (74, 104, None, 56, 70, 52, 70)))
    return story


def _signoffs(items: Sequence[SummarySignOff]) -> list[Flowable]:
    story = heading("Aftekeningen")
    if not items:
        return story + _none("Geen aftekeningen.")
    rows = []
    for s in items:
        how = _METHOD.get(s.method, s.method)
        if s.is_withdrawal:
            how = "intrekking"
        elif s.withdrawn:
            how += ", later ingetrokken"
        rows.append([dutch_date(s.date), s.group, s.task, s.trainer, how])
    story.append(data_table(("Datum", "Groep", "Taak", "Praktijkopleider", "Hoe"), rows,
                            (74, 60, None, 96, 90)))
    return story


def _hours(summary: PersonSummary) -> list[Flowable]:
    story = heading("Bpv-uren")
    if not summary.hours:
        return story + _none("Geen bpv-uren.")
    rows = [[h.group, str(h.weeks), hours_cell(h.entered_minutes),
             hours_cell(h.approved_minutes),
             f"{h.norm_hours}\u00a0uur" if h.norm_hours is not None else NOTHING]
            for h in summary.hours]
    story.append(data_table(("Groep", "Weken", "Ingevoerd", "Goedgekeurd", "Norm per jaar"),
                            rows, (None, 50, 80, 80, 80),
                            align=("left", "right", "right", "right", "right")))
    return story


def _certificates(items: Sequence[SummaryCertificate]) -> list[Flowable]:
    story = heading("Certificaten")
    if not items:
        return story + _none("Geen certificaten uitgegeven.")
    rows = []
    for c in items:
        status = _CERTIFICATE_STATUS.get(c.status, c.status)
        if c.revocation_reason:
            status += f": {c.revocation_reason}"
        rows.append([c.number, _KIND.get(c.kind, c.kind), c.module, dutch_date(c.issued_on),
                     dutch_date(c.expires_on) if c.expires_on else NOTHING, status])
    story.append(data_table(("Nummer", "Soort", "Module", "Uitgegeven", "Geldig tot",
                             "Status"), rows, (88, 76, None, 74, 74, 110)))
    story.append(para("De PDF van elk certificaat staat in de map certificaten: "
                      + "; ".join(c.file.removeprefix("certificaten/") for c in items) + ".",
                      NOTE))
    return story


def _rest(summary: PersonSummary) -> list[Flowable]:
    story = heading("Wat er verder in gegevens.json staat")
    rows = [[label, str(count)] for label, count in summary.counts]
    rows.append(["Bijlagen (foto's en scans, in de map bijlagen)", str(summary.attachments)])
    rows.append(["Audit-gebeurtenissen (wie wat wanneer vastlegde of wijzigde)",
                 str(summary.audit_events)])
    story.append(data_table(("Soort gegeven", "Aantal"), rows, (None, 60),
                            align=("left", "right")))
    story.append(Spacer(1, 8))
    story.append(para(made_line(summary), SMALL))
    return story
