"""A participant's assessments as PDF: every version of every assessment, and the progress
matrix of work processes x final assessments (results in words, never colour alone)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from bvmdesk.domain.assessment import RESULT_LABELS, Result
from bvmdesk.reports.assessment_model import (
    AssessmentLine,
    ParticipantAssessments,
    ProgressHeader,
    kind_label,
)
from bvmdesk.reports.formatting import dutch_date
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.blocks import data_table, esc, heading, info_grid, para, title_block
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import register_fonts
from bvmdesk.reports.pdf.styles import (
    BODY,
    NOTE,
    WIDE_CONTENT_WIDTH,
    cell_style,
)

TITLE = "Beoordelingen"
_LINES_HEADER = ("Code", "Versie", "Formulier", "Soort", "Datum", "Status", "Resultaat")
_LINES_WIDTHS: tuple[float | None, ...] = (96, 40, None, 92, 80, 190, 84)
_MATRIX_COLUMNS = 7     # assessment columns per table; more columns continue in a next table
_WP_WIDTH, _LATEST_WIDTH = 120.0, 64.0
_LATEST_WORDS = {"opdracht": "opdracht", "examen": "examen", "bpv": "bpv"}
_MAX_CELL = 110.0


def result_word(result: str | None) -> str:
    """`Voldoende`; `-` when the work process was not judged."""
    if result is None:
        return "-"
    try:
        return RESULT_LABELS[Result(result)]
    except ValueError:
        return result


def status_word(line: AssessmentLine) -> str:
    status = "Definitief" if line.final else "Concept (voorlopig)"
    if line.superseded_by is not None:
        status += f", vervangen door versie {line.superseded_by}"
    return status


def passed_word(line: AssessmentLine) -> str:
    if line.passed is None:
        return "-"
    return "Behaald" if line.passed else "Niet behaald"


def participant_pdf(data: ParticipantAssessments, meta: ReportMeta) -> bytes:
    """Every assessment version of one participant and the progress per work process.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()
    story: list[Flowable] = title_block(TITLE, f"{data.participant_name} "
                                                f"({data.participant_number})")
    story.append(info_grid([("Deelnemer", data.participant_name),
                            ("Nummer", data.participant_number)], columns=2,
                           bold_first=True, width=WIDE_CONTENT_WIDTH))
    story += heading("Alle beoordelingen")
    if data.lines:
        rows = [[line.code, str(line.version), line.form, kind_label(line.kind),
                 dutch_date(line.date), status_word(line), passed_word(line)]
                for line in data.lines]
        story.append(data_table(_LINES_HEADER, rows, _LINES_WIDTHS,
                                align=("left", "right", "left", "left", "left", "left",
                                       "left"), width=WIDE_CONTENT_WIDTH))
        story.append(para("Van een gecorrigeerde beoordeling telt de nieuwste definitieve "
                          "versie; een concept heeft nog geen resultaat.", NOTE))
    else:
        story.append(para("Deze deelnemer heeft nog geen beoordelingen.", BODY))
    story += heading("Voortgang per werkproces")
    if data.columns and data.progress:
        story += _matrix(data)
    else:
        story.append(para("Nog geen definitieve beoordelingen: er is nog geen voortgang.",
                          BODY))
    return build_pdf(story, meta, title=f"{TITLE} {data.participant_name}",
                     period=data.participant_number,
                     subject=f"Beoordelingen van {data.participant_name} "
                             f"({data.participant_number})", wide=True)


def _column_head(column: ProgressHeader) -> str:
    """`ZWL-BO-2026-00001` / `v2 opdracht` / `ma 5 okt 2026` on lines of their own (the
    form is in the list above)."""
    return f"{column.code}\nv{column.version} {column.kind}\n{dutch_date(column.date)}"


def _matrix(data: ParticipantAssessments) -> list[Flowable]:
    """The matrix in tables of at most _MATRIX_COLUMNS assessments; the latest result per
    work process and kind (kept apart) is on every table."""
    story: list[Flowable] = []
    latest_heads = [f"Laatste {_LATEST_WORDS.get(kind, kind)}" for kind in data.kinds]
    for start in range(0, len(data.columns), _MATRIX_COLUMNS):
        columns = data.columns[start:start + _MATRIX_COLUMNS]
        room = WIDE_CONTENT_WIDTH - _WP_WIDTH - _LATEST_WIDTH * len(latest_heads)
        cell_width = min(room / len(columns), _MAX_CELL)
        header = ["Werkproces", *[_column_head(c) for c in columns], *latest_heads]
        rows = []
        for line in data.progress:
            label = Paragraph(f"<b>{esc(line.code)}</b><br/>{esc(line.name)}", cell_style())
            cells = [para(result_word(value), cell_style("center"))
                     for value in line.cells[start:start + _MATRIX_COLUMNS]]
            latest = [para(result_word(value), cell_style("center", bold=True))
                      for value in line.latest]
            rows.append([label, *cells, *latest])
        widths: list[float | None] = [_WP_WIDTH, *[cell_width] * len(columns),
                                      *[_LATEST_WIDTH] * len(latest_heads)]
        align = ["left", *["center"] * (len(header) - 1)]
        table = data_table(header, rows, widths, align=align, width=WIDE_CONTENT_WIDTH)
        if start:
            story.append(Spacer(1, 10))
        story.append(table)
    story.append(para("Per werkproces het resultaat in elke definitieve beoordeling; "
                      "'-': niet beoordeeld in die beoordeling.", NOTE))
    return story
