"""The verzuim report for the school: the facts behind each signal, to hand over for DUO."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from bvmdesk.reports.formatting import (
    dutch_date,
    dutch_period,
    hours_cell,
    hours_text,
    status_label,
    time_range,
)
from bvmdesk.reports.model import ReportMeta, VerzuimReport, VerzuimSignalRow
from bvmdesk.reports.pdf.blocks import data_table, heading, info_grid, para, title_block
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.styles import BODY, HEADING, NOTE, SMALL

TITLE = "Verzuimsignalen"
_SUMMARY_HEADER = ("Nummer", "Naam", "Venster", "Uren ongeoorloofd", "Overgedragen")
_SUMMARY_WIDTHS: tuple[float | None, ...] = (62, None, 172, 68, 80)
_SUMMARY_ALIGN = ("left", "left", "left", "right", "left")
_LESSON_HEADER = ("Datum", "Groep", "Les", "Status", "Minuten ongeoorloofd")
_LESSON_WIDTHS: tuple[float | None, ...] = (78, None, 70, 110, 80)
_LESSON_ALIGN = ("left", "left", "left", "left", "right")


def rule_text(report: VerzuimReport) -> str:
    """The signal rule in words: `16 uur ongeoorloofd verzuim binnen 4 opeenvolgende ...`."""
    amount = hours_text(report.threshold_minutes)
    weeks = "schoolweek" if report.window_weeks == 1 else "opeenvolgende schoolweken"
    return (f"{amount} ongeoorloofd verzuim binnen {report.window_weeks} {weeks}, "
            f"deelnemers jonger dan {report.age_limit}; vakantieweken tellen niet mee")


def verzuim_pdf(report: VerzuimReport, meta: ReportMeta) -> bytes:
    """The verzuim signals up to `report.as_of` as PDF: a summary, then a section per signal.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()  # paragraphs look up their fonts when they are made
    period = f"Stand op {dutch_date(report.as_of)}"
    story: list[Flowable] = title_block(TITLE, period)
    story.append(para(
        f"Dit overzicht toont de deelnemers bij wie het ongeoorloofd verzuim de "
        f"meldgrens van de Leerplichtwet bereikt: {rule_text(report)}. De school meldt dit "
        "verzuim aan DUO; de bedrijfsvakschool meldt zelf niet, maar draagt de feiten over "
        "aan de school: deelnemer, venster, lessen en uren.", BODY))
    story.append(para("Vertrouwelijk: dit document bevat persoonsgegevens. Bewaar het niet "
                      "langer dan nodig en geef het alleen aan de school van de deelnemer.",
                      NOTE))
    if not report.signals:
        story.append(Spacer(1, 8))
        story.append(para(f"Er zijn geen verzuimsignalen tot en met "
                          f"{dutch_date(report.as_of)}.", BODY))
        return _build(story, report, meta, period)

    count = len(report.signals)
    story += heading(f"Overzicht ({count} signa{'len' if count != 1 else 'al'})")
    rows: list[list[object]] = [
        [s.participant, s.name, dutch_period(s.window_start, s.window_end),
         hours_cell(s.unexcused_minutes),
         dutch_date(s.handed_over_on) if s.handed_over_on else "nee"]
        for s in report.signals]
    story.append(data_table(_SUMMARY_HEADER, rows, _SUMMARY_WIDTHS, align=_SUMMARY_ALIGN))
    for signal in report.signals:
        story += _section(signal)
    return _build(story, report, meta, period)


def _section(signal: VerzuimSignalRow) -> list[Flowable]:
    birth = dutch_date(signal.birth_date) if signal.birth_date else ""
    section: list[Flowable] = [
        para(f"{signal.name} ({signal.participant})", HEADING),
        info_grid([
            ("Geboortedatum", birth),
            ("School", signal.school or ""),
            ("Studentnummer", signal.student_number or ""),
            ("Venster", dutch_period(signal.window_start, signal.window_end)),
            ("Ongeoorloofd", f"{hours_text(signal.unexcused_minutes)} "
                             f"({signal.unexcused_minutes} minuten)"),
            ("Lessen", str(len(signal.lessons) or len(signal.lesson_dates))),
        ], label_width=80, shares=(0.45, 0.55)),
        Spacer(1, 6),
    ]
    if signal.lessons:
        rows: list[list[object]] = [
            [dutch_date(lesson.date), lesson.group,
             time_range(lesson.start_time, lesson.end_time), status_label(lesson.status),
             str(lesson.unexcused_minutes)]
            for lesson in sorted(signal.lessons, key=lambda x: (x.date, x.start_time))]
        total = sum(lesson.unexcused_minutes for lesson in signal.lessons)
        rows.append(["Totaal", "", "", "", str(total)])
        last = len(rows) - 1
        section.append(data_table(_LESSON_HEADER, rows, _LESSON_WIDTHS, align=_LESSON_ALIGN,
                                  bold_rows=[last], total_rows=[last]))
    elif signal.lesson_dates:
        dates = ", ".join(dutch_date(d) for d in signal.lesson_dates)
        section.append(para(f"Lesdagen: {dates}", BODY))
    section.append(Spacer(1, 4))
    if signal.handed_over_on:
        by = f" door {signal.handed_over_by}" if signal.handed_over_by else ""
        section.append(para(f"Overgedragen aan school op {dutch_date(signal.handed_over_on)}"
                            f"{by}.", BODY))
        if signal.handover_note:
            section.append(para(f"Toelichting: {signal.handover_note}", SMALL))
    else:
        section.append(para("Nog niet overgedragen aan de school.", BODY))
    # A short section stays on one page; a long one runs over, its table header repeated.
    return [Spacer(1, 12), KeepTogether(section)]


def _build(story: list[Flowable], report: VerzuimReport, meta: ReportMeta,
           period: str) -> bytes:
    return build_pdf(story, meta, title=TITLE, period=period,
                     subject=f"Verzuimsignalen tot en met {report.as_of.isoformat()}")
