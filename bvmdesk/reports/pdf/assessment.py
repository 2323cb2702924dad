"""The assessment form as PDF: filled in (criteria, ratings, reasons, outcome per work
process, photos, assessors with the drawn signature) and empty, to fill in on paper."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from bvmdesk.domain.assessment import RESULT_LABELS, Result, Scale
from bvmdesk.reports.assessment_model import (
    CriterionLine,
    EmptyForm,
    FilledForm,
    WorkProcessPart,
    role_label,
)
from bvmdesk.reports.formatting import dutch_date
from bvmdesk.reports.model import ReportMeta
from bvmdesk.reports.pdf.assessment_blocks import (
    Choices,
    WriteLines,
    form_pairs,
    person_block,
    rating_cell,
    scale_legend,
    scale_of_form,
    score_text,
)
from bvmdesk.reports.pdf.blocks import (
    block_width,
    data_table,
    esc,
    heading,
    info_grid,
    para,
    side_by_side,
    title_block,
    write_in_line,
)
from bvmdesk.reports.pdf.document import build_pdf
from bvmdesk.reports.pdf.fonts import FONT, register_fonts
from bvmdesk.reports.pdf.signature import SignatureDrawing
from bvmdesk.reports.pdf.styles import (
    BODY,
    BODY_BOLD,
    CONTENT_WIDTH,
    HEADING,
    MUTED_HEX,
    RULE_STRONG,
    SMALL,
    SUBTOTAL_FILL,
    cell_style,
)

FILLED_TITLE = "Praktijkbeoordeling"
EMPTY_TITLE = "Beoordelingsformulier"
_FILLED_HEADER = ("Nr", "Criterium", "Kritisch", "Weging", "Score", "Toelichting", "Opmerking")
_FILLED_WIDTHS: tuple[float | None, ...] = (22, None, 38, 36, 34, 128, 104)
_FILLED_ALIGN = ("right", "left", "center", "center", "center", "left", "left")
_EMPTY_HEADER = ("Nr", "Criterium", "Kritisch", "Weging", "Score", "Toelichting")
_EMPTY_ALIGN = ("right", "left", "center", "center", "left", "left")
_PHOTO_SIDE = 118.0
_PHOTOS_PER_ROW = 4
_SIGNATURE_HEIGHT = 56.0
NO_CRITERIA = "Dit werkproces heeft geen criteria."


def moment_text(moment: datetime) -> str:
    """`ma 14 sep 2026 15:30`."""
    return f"{dutch_date(moment)} {moment:%H:%M}"


# --- the filled form ---------------------------------------------------------------------
def assessment_pdf(data: FilledForm, meta: ReportMeta) -> bytes:
    """One version of an assessment as PDF.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()  # paragraphs look up their fonts when they are made
    status = _status_text(data)
    story: list[Flowable] = title_block(FILLED_TITLE, f"{data.form.name} – {data.code} "
                                                      f"versie {data.version}")
    story.append(info_grid(_filled_pairs(data, status), columns=2, label_width=74,
                           bold_first=True, shares=(0.45, 0.55)))
    story += _notices(data)
    story.append(para(scale_legend(data.form, paper=False), SMALL))
    scale = scale_of_form(data.form)
    for part in data.parts:
        story += _filled_part(part, scale, data.final)
    story += _result(data)
    if data.remark and data.remark.strip():
        story += heading("Opmerking", room=60)
        story.append(para(data.remark.strip(), BODY))
    if data.photos:
        story += heading("Foto's", room=_PHOTO_SIDE + 40)
        story.append(_photos(data.photos))
    story.append(KeepTogether([para("Beoordelaars", HEADING), _assessors(data)]))
    title = f"{FILLED_TITLE} {data.participant_name}"
    return build_pdf(story, meta, title=title, period=f"{data.code} versie {data.version}",
                     subject=f"{data.form.name}: {data.participant_name} "
                             f"({data.participant_number}), {status}")


def _status_text(data: FilledForm) -> str:
    if not data.final:
        return "Concept (voorlopig)"
    return "Definitief"


def _filled_pairs(data: FilledForm, status: str) -> list[tuple[str, str]]:
    own = [
        ("Deelnemer", data.participant_name),
        ("Nummer", data.participant_number),
        ("Groep", data.group),
        ("Datum", dutch_date(data.date)),
        ("Beoordeling", f"{data.code}, versie {data.version}"),
        ("Status", status),
    ]
    if data.final and data.finalised_at is not None:
        own.append(("Definitief op", moment_text(data.finalised_at)))
    return own + form_pairs(data.form)


def _notices(data: FilledForm) -> list[Flowable]:
    lines: list[str] = []
    if not data.final:
        lines.append("<b>Concept (voorlopig):</b> deze beoordeling is nog niet definitief; "
                     "de uitkomsten zijn de stand tot nu toe.")
    if data.supersedes_version is not None:
        reason = esc(data.correction_reason or "").strip() or "geen reden opgegeven"
        lines.append(f"<b>Versie {data.version}, vervangt versie {data.supersedes_version}.</b> "
                     f"Reden van de correctie: {reason}")
    if data.superseded:
        lines.append("<b>Vervangen:</b> van deze beoordeling bestaat een nieuwere versie; "
                     "de nieuwste definitieve versie telt.")
    if not lines:
        return [Spacer(1, 6)]
    box = Table([[Paragraph(line, BODY)] for line in lines], colWidths=[CONTENT_WIDTH],
                hAlign="LEFT")
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE_STRONG),
        ("BACKGROUND", (0, 0), (-1, -1), SUBTOTAL_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [Spacer(1, 6), box, Spacer(1, 6)]


def _criterion_row(line: CriterionLine) -> list[object]:
    return [str(line.number), line.description, "ja" if line.critical else "",
            str(line.weight), para(score_text(line.value), cell_style("center", bold=True)),
            line.reason or "", line.remark or ""]


def _filled_part(part: WorkProcessPart, scale: Scale, final: bool) -> list[Flowable]:
    story = heading(_part_title(part), room=110)
    rows = [_criterion_row(line) for line in part.criteria]
    if rows:
        story.append(data_table(_FILLED_HEADER, rows, _FILLED_WIDTHS, align=_FILLED_ALIGN))
    else:
        story.append(para(NO_CRITERIA, BODY))
    if part.explanation:
        label = "Uitkomst" if final else "Uitkomst tot nu toe (voorlopig)"
        story.append(Spacer(1, 3))
        story.append(Paragraph(f"<b>{label}:</b> {esc(part.explanation)}", BODY))
    return story


def _part_title(part: WorkProcessPart) -> str:
    return f"Werkproces {part.code}" + (f": {part.name}" if part.name else "")


def _result_word(result: str | None) -> str:
    if result is None:
        return "Nog niet beoordeeld"
    try:
        return RESULT_LABELS[Result(result)]
    except ValueError:
        return result


def _result(data: FilledForm) -> list[Flowable]:
    story = heading("Uitslag", room=120)
    rows = [[part.code, part.name, para(_result_word(part.result), cell_style(bold=True))]
            for part in data.parts]
    head = "Uitkomst" if data.final else "Uitkomst (voorlopig)"
    if rows:
        story.append(data_table(("Werkproces", "Naam", head), rows, (90, None, 110)))
    else:
        story.append(para("Geen werkprocessen.", BODY))
    story.append(Spacer(1, 6))
    verdict = "behaald" if data.passed else "niet behaald"
    if data.final:
        text = f"Eindoordeel: {verdict}"
    else:
        text = f"Eindoordeel: voorlopig (tot nu toe {verdict})"
    story.append(para(text, BODY_BOLD))
    return story


def _image(content: bytes) -> Flowable:
    """A photo scaled into the thumbnail square; unreadable bytes say so instead."""
    try:
        reader = ImageReader(BytesIO(content))
        width, height = reader.getSize()
    except Exception:  # any broken picture: the PDF is made without it
        return para("(foto onleesbaar)", SMALL)
    scale = min(_PHOTO_SIDE / max(width, 1), _PHOTO_SIDE / max(height, 1))
    return Image(BytesIO(content), width=width * scale, height=height * scale)


def _photos(photos: tuple[bytes, ...]) -> Table:
    cells = [_image(photo) for photo in photos]
    rows = [cells[i:i + _PHOTOS_PER_ROW] for i in range(0, len(cells), _PHOTOS_PER_ROW)]
    rows[-1] += [""] * (_PHOTOS_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[CONTENT_WIDTH / _PHOTOS_PER_ROW] * _PHOTOS_PER_ROW,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _assessors(data: FilledForm) -> Table:
    gap = 30
    width = block_width(2, gap)
    if data.final and data.finalised_at is not None:
        moment = moment_text(data.finalised_at)
    else:
        moment = "nog niet definitief"
    first = person_block("Eerste beoordelaar", [
        ("Naam", data.assessor_name or "-"),
        ("Rol", "Instructeur"),
        ("Definitief", moment),
    ], width)
    if data.second_assessor_name:
        signed = (moment_text(data.second_assessed_at) if data.second_assessed_at is not None
                  else "-")
        signature: object = SignatureDrawing(data.second_assessor_signature, width - 78,
                                             _SIGNATURE_HEIGHT)
        if data.second_assessor_signature is None:
            signature = para("(geen handtekening)", SMALL)
        second = person_block("Tweede beoordelaar", [
            ("Naam", data.second_assessor_name),
            ("Rol", role_label(data.second_assessor_role) or "-"),
            ("Handtekening", signature),
            ("Getekend op", signed),
        ], width)
    else:
        second = person_block("Tweede beoordelaar", [("Naam", "geen tweede beoordelaar")],
                              width)
    return side_by_side([first, second], gap=gap)


# --- the empty form ----------------------------------------------------------------------
def empty_form_pdf(data: EmptyForm, meta: ReportMeta) -> bytes:
    """A form to print and fill in by hand: boxes with the scale's values to tick, lines
    for the toelichting, and fields for both assessors to sign.

    Raises:
        FontMissingError: the embedded fonts are missing from the installation.
    """
    register_fonts()
    form = data.form
    scale = scale_of_form(form)
    story: list[Flowable] = title_block(EMPTY_TITLE, f"{form.name} – {form.code} versie "
                                                     f"{form.version}")
    story.append(info_grid(form_pairs(form), columns=2, label_width=64, shares=(0.5, 0.5)))
    story += write_in_line([("Deelnemer:", 210), ("Nummer:", 120)], space_before=10)
    story += write_in_line([("Groep:", 120), ("Datum:", 100), ("Beoordeling:", 110)],
                           space_before=4)
    story.append(Spacer(1, 8))
    story.append(para(scale_legend(form, paper=True), SMALL))
    score_width = 40.0 if scale is Scale.GRADE else 84.0
    widths: tuple[float | None, ...] = (22, None, 38, 36, score_width, 160)
    outcomes = ["Onvoldoende", "Voldoende"] + ([] if scale is Scale.ACCEPTABLE else ["Goed"])
    for part in data.parts:
        story += heading(_part_title(part), room=110)
        rows = [[str(c.number), c.description, "ja" if c.critical else "", str(c.weight),
                 rating_cell(scale), WriteLines(2)] for c in part.criteria]
        if rows:
            table = data_table(_EMPTY_HEADER, rows, widths, align=_EMPTY_ALIGN)
            table.setStyle(TableStyle([("VALIGN", (5, 1), (5, -1), "BOTTOM"),
                                       ("TOPPADDING", (0, 1), (-1, -1), 5)]))
            story.append(table)
        else:
            story.append(para(NO_CRITERIA, BODY))
        story.append(Spacer(1, 4))
        story.append(_labelled_choices(f"Uitkomst {part.code}:", outcomes))
    gap = 30
    width = block_width(2, gap)
    closing: list[Flowable] = [
        para("Uitslag", HEADING),
        _labelled_choices("Eindoordeel:", ["Behaald", "Niet behaald"]),
        Spacer(1, 6),
        para("Opmerking", SMALL),
        WriteLines(3, 18),
        Spacer(1, 8),
        para("Beoordelaars", HEADING),
        side_by_side([
            person_block("Eerste beoordelaar (instructeur)", [
                ("Naam", ""), ("Datum en tijd", ""),
                ("Handtekening", SignatureDrawing(None, width - 78, _SIGNATURE_HEIGHT))],
                width, write=True),
            person_block("Tweede beoordelaar", [
                ("Naam", ""),
                ("Rol", Choices(["Praktijkopleider", "Instructeur"])),
                ("Datum en tijd", ""),
                ("Handtekening", SignatureDrawing(None, width - 78, _SIGNATURE_HEIGHT))],
                width, write=True),
        ], gap=gap),
    ]
    story.append(KeepTogether(closing))
    return build_pdf(story, meta, title=f"{EMPTY_TITLE} {form.code}",
                     period=f"versie {form.version}",
                     subject=f"Leeg beoordelingsformulier {form.code} versie {form.version}: "
                             f"{form.name}")


def _labelled_choices(label: str, choices: list[str]) -> Table:
    table = Table([[Paragraph(f'<font color="{MUTED_HEX}">{esc(label)}</font>', BODY),
                    Choices(choices, size=9)]], colWidths=[110, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
