"""The praktijkoverzicht of a participant: per enrolment with a workplace the company (and
its SBB id) and trainers, the work processes and tasks signed (who, when, how), the
required tasks still open, withdrawals as history, and the approved bpv hours per week
against the yearly norm. The evidence behind the school's praktijkverklaring."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from bvmdesk.domain.signoff import format_hours
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.blocks import data_table, heading, info_grid, para, title_block
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.styles import BODY, HEADING, SMALL
from bvmdesk.reports.signoff_model import EnrolmentPart, Praktijkoverzicht

TITLE = "Praktijkoverzicht"
INTRO = ("Wat de praktijkopleider van het leerbedrijf heeft afgetekend en welke bpv-uren hij "
         "heeft goedgekeurd: het bewijs voor de praktijkverklaring van de school. Ingetrokken "
         "aftekeningen tellen niet mee.")
_TASK_HEADER = ("Taak", "Omschrijving", "Werkproces", "Verplicht", "Praktijkopleider", "Datum",
                "Wijze")
_TASK_WIDTHS: tuple[float | None, ...] = (34, None, 56, 46, 76, 58, 100)
_WP_HEADER = ("Werkproces", "Naam", "Afgetekend", "Open verplicht")
_HOURS_HEADER = ("Week", "Periode", "Uren", "Goedgekeurd door", "Op")


def _day(value: object) -> str:
    return f"{value:%d-%m-%Y}"


def praktijkoverzicht_pdf(data: Praktijkoverzicht, meta: ReportMeta) -> bytes:
    """The participant's praktijkoverzicht as PDF.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()
    story: list[Flowable] = title_block(TITLE, f"{data.participant_name} "
                                               f"({data.participant_number})")
    story.append(para(INTRO, SMALL))
    for part in data.parts:
        story += _part(part, data.participant_type)
    return build_pdf(story, meta, title=TITLE, period=f"{data.participant_name} "
                                                      f"({data.participant_number})",
                     subject=f"{TITLE}: {data.participant_name} ({data.participant_number})")


def _part(part: EnrolmentPart, participant_type: str) -> list[Flowable]:
    place = part.workplace
    period = _day(part.start) + (f" t/m {_day(part.end)}" if part.end else "")
    story = heading(f"{place.group} – {place.module}", room=150)
    story.append(info_grid([
        ("Leerbedrijf", place.company or "-"), ("SBB-id", place.company_sbb_id or "-"),
        ("Praktijkopleider", ", ".join(part.trainers) or "-"),
        ("Inschrijving", period), ("Leerweg", participant_type),
    ], columns=2, label_width=88, bold_first=True))
    story += _work_processes(part)
    story += _tasks(part)
    story += _hours(part)
    return story


def _work_processes(part: EnrolmentPart) -> list[Flowable]:
    if not part.work_processes:
        return []
    rows = [[w.code, w.name, f"{w.signed} van {w.total}",
             str(w.required_open) if w.required_open else "-"] for w in part.work_processes]
    return [para("Werkprocessen", HEADING),
            data_table(_WP_HEADER, rows, (70, None, 70, 80),
                       align=("left", "left", "right", "right"))]


def _tasks(part: EnrolmentPart) -> list[Flowable]:
    story: list[Flowable] = [para("Taken", HEADING)]
    if not part.tasks:
        return [*story, para("De module heeft geen aftekentaken.", BODY)]
    rows: list[list[object]] = []
    shaded = set()
    for index, task in enumerate(part.tasks):
        if task.signed:
            day = _day(task.day)
            method = task.method or ""
            if task.remark:
                method += f" ({task.remark})"
            rows.append([task.code, task.description, task.work_process or "",
                         "ja" if task.required else "nee", task.trainer or "", day, method])
        else:
            rows.append([task.code, task.description, task.work_process or "",
                         "ja" if task.required else "nee", "", "open", ""])
            if task.required:
                shaded.add(index)
    story.append(data_table(_TASK_HEADER, rows, _TASK_WIDTHS, shaded_rows=shaded))
    signed = sum(1 for t in part.tasks if t.signed)
    open_required = [t.code for t in part.tasks if t.required and not t.signed]
    summary = f"Afgetekend: {signed} van {len(part.tasks)} taken."
    if open_required:
        summary += " Open verplichte taken: " + ", ".join(open_required) + "."
    else:
        summary += " Alle verplichte taken zijn afgetekend."
    story += [Spacer(1, 4), para(summary, BODY)]
    if part.withdrawn:
        text = "Ingetrokken (telt niet mee): " + "; ".join(part.withdrawn)
        story.append(para(text, SMALL))
    return story


def _hours(part: EnrolmentPart) -> list[Flowable]:
    story = heading("Bpv-uren", room=100)
    if not part.hours:
        story.append(para("Nog geen bpv-uren ingevoerd.", BODY))
    else:
        rows: list[list[object]] = []
        for line in part.hours:
            rows.append([line.week, f"{_day(line.monday)} t/m {_day(line.sunday)}",
                         format_hours(line.minutes),
                         line.approved_by or "niet goedgekeurd",
                         _day(line.approved_on) if line.approved_on else ""])
        story.append(data_table(_HOURS_HEADER, rows, (62, 150, 50, None, 62),
                                align=("left", "left", "right", "left", "left")))
    norm = (f" van de norm van {part.norm_hours} uur per jaar" if part.norm_hours is not None
            else " (geen norm voor deze opleiding)")
    story += [Spacer(1, 4), para(
        f"Goedgekeurd: {format_hours(part.approved_minutes)} uur{norm}. Ingevoerd: "
        f"{format_hours(part.entered_minutes)} uur.", BODY)]
    return story
