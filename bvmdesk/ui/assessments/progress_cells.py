"""How a progress cell looks: a result as a word or letter with its colour (never colour
alone), its tooltip, and the kinds of assessment kept apart (participant card, group
overview)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from bvmdesk.domain.assessment import Result
from bvmdesk.domain.enums import AssessmentKind
from bvmdesk.services.assessment_types import ProgressCell
from bvmdesk.ui.formatting import format_date

# The order in which kinds are shown: assignments, exams, then bpv progress.
KINDS = (AssessmentKind.ASSIGNMENT.value, AssessmentKind.EXAM.value, AssessmentKind.BPV.value)
FOREGROUNDS = {Result.FAIL: "#8C1D18", Result.PASS: "#1B5E20", Result.GOOD: "#0D3C61"}
BACKGROUNDS = {Result.FAIL: "#FBE3E1", Result.PASS: "#E3F2E4", Result.GOOD: "#D6E8F7"}
EMPTY = "–"


def kind_label(kind: str) -> str:
    translate = QCoreApplication.translate
    labels = {AssessmentKind.ASSIGNMENT.value: translate("AssessmentProgress", "Opdracht"),
              AssessmentKind.EXAM.value: translate("AssessmentProgress", "Examen"),
              AssessmentKind.BPV.value: translate("AssessmentProgress", "Bpv")}
    return labels.get(kind, kind)


def result_word(result: str) -> str:
    translate = QCoreApplication.translate
    words = {Result.FAIL.value: translate("AssessmentProgress", "Onvoldoende"),
             Result.PASS.value: translate("AssessmentProgress", "Voldoende"),
             Result.GOOD.value: translate("AssessmentProgress", "Goed")}
    return words.get(result, result)


def result_letter(result: str) -> str:
    """O, V or G: the first letter of the word."""
    return result_word(result)[:1].upper()


def legend() -> str:
    return QCoreApplication.translate(
        "AssessmentProgress", "O = Onvoldoende · V = Voldoende · G = Goed · – = nog geen "
        "definitieve beoordeling")


def cell_tooltip(cell: ProgressCell) -> str:
    """The explanation sentence, then which assessment it comes from and when."""
    source = QCoreApplication.translate(
        "AssessmentProgress", "{kind} {code}, {day}").format(
        kind=kind_label(cell.kind), code=cell.assessment_code, day=format_date(cell.date))
    return f"{cell.explanation}\n{source}"


def cell_data(cell: ProgressCell | None, role: int, *, letter: bool = False) -> Any:
    """What a model returns for a result cell in `role` (None: not assessed yet)."""
    if role == Qt.ItemDataRole.DisplayRole:
        if cell is None:
            return EMPTY
        return result_letter(cell.result) if letter else result_word(cell.result)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return Qt.AlignmentFlag.AlignCenter
    if cell is None:
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("AssessmentProgress",
                                              "Nog geen definitieve beoordeling.")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#6B7785"))
        return None
    result = Result(cell.result)
    if role == Qt.ItemDataRole.ToolTipRole:
        return cell_tooltip(cell)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(FOREGROUNDS[result]))
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(BACKGROUNDS[result]))
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setWeight(QFont.Weight.DemiBold)
        return font
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return result_word(cell.result)
    return None
