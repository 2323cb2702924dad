"""The paper register of a lesson (presentielijst): a page per lesson, a line to sign each."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from bvmdesk.reports.formatting import (
    STATUS_ORDER,
    dutch_date,
    status_label,
    status_letter,
    time_range,
    time_text,
)
from bvmdesk.reports.model import ListLesson, ListRow, Presentielijst, ReportMeta
from bvmdesk.reports.pdf.blocks import (
    data_table,
    esc,
    info_grid,
    notice,
    para,
    status_paragraph,
    title_block,
    write_in_line,
)
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.styles import BODY, FAINT_HEX, SMALL, cell_style

TITLE = "Presentielijst"
ROW_HEIGHT = 24  # room to sign
_HEADER = ("#", "Naam", "Nummer", "Status", "Aankomst", "Vertrek", "Handtekening")
_WIDTHS = (20, 142, 62, 98, 48, 44, None)
_ALIGN = ("right", "left", "left", "left", "center", "center", "left")


def presentielijst_pdf(data: Presentielijst, meta: ReportMeta) -> bytes:
    """The presentielijst of a group on one date as PDF: each lesson starts on a new page.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()  # paragraphs look up their fonts when they are made
    story: list[Flowable] = []
    for index, lesson in enumerate(data.lessons):
        if index:
            story.append(PageBreak())
        story += _lesson(lesson)
    if not data.lessons:
        story += title_block(TITLE, f"Groep {data.group} – {dutch_date(data.date)}")
        story.append(para("Er zijn geen lessen van deze groep op deze datum.", BODY))
    return build_pdf(story, meta, title=f"{TITLE} {data.group}", period=dutch_date(data.date),
                     subject=f"Presentielijst van groep {data.group}")


def _lesson(lesson: ListLesson) -> list[Flowable]:
    group = f"{lesson.group} – {lesson.group_name}" if lesson.group_name else lesson.group
    story: list[Flowable] = title_block(TITLE, f"{dutch_date(lesson.date)}, "
                                               f"{time_range(lesson.start_time, lesson.end_time)}")
    story.append(info_grid([
        ("Groep", group),
        ("Module", lesson.module_name),
        ("Onderwerp", lesson.topic or ""),
        ("Instructeur", lesson.instructor or ""),
        ("Datum", dutch_date(lesson.date)),
        ("Tijd", time_range(lesson.start_time, lesson.end_time)),
        ("Locatie", lesson.location),
    ], columns=2, label_width=64, shares=(0.6, 0.4)))
    story.append(Spacer(1, 10))
    if lesson.cancelled:
        story += [notice("Deze les is vervallen"), Spacer(1, 10),
                  para("Voor deze les wordt geen presentie bijgehouden.", BODY)]
        return story
    if not lesson.rows:
        story.append(para("Geen deelnemers ingeschreven op deze datum.", BODY))
        return story
    count = len(lesson.rows)
    story.append(para(f"{count} deelnemer{'s' if count != 1 else ''}", SMALL))
    rows = [[str(number), row.name, row.number, _status_cell(row), time_text(row.arrival_time),
             time_text(row.departure_time), ""] for number, row in enumerate(lesson.rows, 1)]
    story.append(data_table(_HEADER, rows, _WIDTHS, align=_ALIGN, row_height=ROW_HEIGHT))
    legend = " · ".join(f"<b>{status_letter(s)}</b> = {esc(status_label(s))}"
                        for s in STATUS_ORDER)
    story.append(KeepTogether([
        Spacer(1, 4),
        Paragraph(f"{legend}. Omcirkel de letter; noteer bij te laat of vroeg weg de tijd "
                  "onder Aankomst of Vertrek.", SMALL),
        *write_in_line([("Handtekening instructeur:", 170), ("Datum:", 100)], space_before=24),
    ]))
    return story


def _status_cell(row: ListRow) -> Paragraph:
    if row.status:
        return status_paragraph(status_label(row.status), row.reported)
    letters = "&nbsp;&nbsp;".join(status_letter(s) for s in STATUS_ORDER)
    return Paragraph(f'<font size="8" color="{FAINT_HEX}">{letters}</font>', cell_style())
