"""Receipts for the praktijkopleider: the tasks signed at one moment (with the drawn
signature) and an approval of weekly bpv hours (weeks, hours, total)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from bvmdesk.domain.enums import SignOffMethod
from bvmdesk.domain.signoff import format_hours
from bvmdesk.reports.formatting import dutch_date
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.blocks import data_table, heading, info_grid, notice, para, title_block
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.signature import SignatureDrawing
from bvmdesk.reports.pdf.styles import BODY, HEADING, SMALL
from bvmdesk.reports.signoff_model import ApprovalReceipt, SignOffReceipt, Workplace

RECEIPT_TITLE = "Bewijs van aftekening"
APPROVAL_TITLE = "Goedkeuring bpv-uren"
_SIGNATURE_WIDTH = 220.0
_SIGNATURE_HEIGHT = 70.0


def workplace_pairs(place: Workplace, trainer: str) -> list[tuple[str, str]]:
    sbb = f" (SBB {place.company_sbb_id})" if place.company_sbb_id else ""
    return [("Deelnemer", place.participant_name), ("Nummer", place.participant_number),
            ("Groep", place.group), ("Module", place.module),
            ("Leerbedrijf", f"{place.company or '-'}{sbb}"), ("Praktijkopleider", trainer)]


def _day(value: object) -> str:
    return f"{value:%d-%m-%Y}"


def receipt_pdf(data: SignOffReceipt, meta: ReportMeta) -> bytes:
    """The sign-offs of one moment, for the trainer to keep.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()
    place = data.workplace
    moment = f"{_day(data.recorded_at)} {data.recorded_at:%H:%M}"
    story: list[Flowable] = title_block(RECEIPT_TITLE, f"{place.participant_name} – {moment}")
    story.append(info_grid(workplace_pairs(place, data.trainer), columns=2, label_width=88,
                           bold_first=True))
    story += heading("Afgetekende taken", room=80)
    rows = [[line.code, line.description, line.work_process or "", _day(line.day),
             line.remark or ""] for line in data.lines]
    if rows:
        story.append(data_table(("Taak", "Omschrijving", "Werkproces", "Datum", "Opmerking"),
                                rows, (40, None, 62, 58, 140)))
    else:
        story.append(para("Geen taken afgetekend.", BODY))
    story.append(Spacer(1, 10))
    if data.method == SignOffMethod.SCREEN.value:
        sentence = (f"Afgetekend op het scherm op {dutch_date(data.recorded_at)} "
                    f"{data.recorded_at:%H:%M}, vastgelegd door {data.recorded_by}.")
        story.append(KeepTogether([
            para(f"Handtekening van {data.trainer}", HEADING),
            SignatureDrawing(data.signature, _SIGNATURE_WIDTH, _SIGNATURE_HEIGHT),
            Spacer(1, 6), para(sentence, BODY)]))
    else:
        card = f" (aftekenkaart {data.card_code})" if data.card_code else ""
        story.append(para(f"Op papier afgetekend{card}; vastgelegd door {data.recorded_by} "
                          f"op {dutch_date(data.recorded_at)} {data.recorded_at:%H:%M}.", BODY))
    story.append(para("Een aftekening wordt nooit gewijzigd; intrekken kan alleen met een "
                      "reden en blijft zichtbaar in de geschiedenis.", SMALL))
    return build_pdf(story, meta, title=RECEIPT_TITLE, period=place.participant_name,
                     subject=f"{RECEIPT_TITLE}: {place.participant_name} "
                             f"({place.participant_number}) door {data.trainer}")


def approval_pdf(data: ApprovalReceipt, meta: ReportMeta) -> bytes:
    """An approval of weekly bpv hours: the weeks, their hours and the total.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()
    place = data.workplace
    story: list[Flowable] = title_block(APPROVAL_TITLE, f"{place.participant_name} – "
                                                        f"goedgekeurd {_day(data.approved_on)}")
    story.append(info_grid(workplace_pairs(place, data.trainer), columns=2, label_width=88,
                           bold_first=True))
    if data.withdrawn:
        story += [Spacer(1, 8), notice(data.withdrawn)]
    story += heading("Goedgekeurde weken", room=80)
    rows: list[list[object]] = [[w.week, f"{_day(w.monday)} t/m {_day(w.sunday)}",
                                 format_hours(w.minutes)] for w in data.weeks]
    rows.append(["Totaal", "", format_hours(data.total_minutes)])
    if data.weeks:
        story.append(data_table(("Week", "Periode", "Uren"), rows, (80, None, 70),
                                align=("left", "left", "right"), bold_rows={len(rows) - 1},
                                total_rows={len(rows) - 1}))
    else:
        story.append(para("Geen weken goedgekeurd.", BODY))
    story.append(Spacer(1, 10))
    how = "op papier" if data.on_paper else "op het scherm"
    sentence = (f"Goedgekeurd {how} op {dutch_date(data.approved_on)}, vastgelegd "
                f"door {data.recorded_by} op {dutch_date(data.recorded_at)} "
                f"{data.recorded_at:%H:%M}.")
    story.append(KeepTogether([
        para(f"Handtekening van {data.trainer}", HEADING),
        SignatureDrawing(data.signature, _SIGNATURE_WIDTH, _SIGNATURE_HEIGHT),
        Spacer(1, 6), para(sentence, BODY)]))
    story.append(para("Wordt het aantal uren van een week later gewijzigd, dan telt deze "
                      "goedkeuring voor die week niet meer.", SMALL))
    return build_pdf(story, meta, title=APPROVAL_TITLE, period=place.participant_name,
                     subject=f"{APPROVAL_TITLE}: {place.participant_name} "
                             f"({place.participant_number})")
