"""The words of a beoordelingsformulier's settings on screen: soort, schaal, cesuur."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from bvmdesk.domain.assessment import Scale, format_number
from bvmdesk.domain.enums import AssessmentKind


def kind_labels() -> dict[str, str]:
    """The three kinds in words: kept apart everywhere (bpv, opdracht, examen)."""
    translate = QCoreApplication.translate
    return {AssessmentKind.BPV.value: translate("AssessmentForms", "Bpv-voortgang"),
            AssessmentKind.ASSIGNMENT.value: translate("AssessmentForms", "Praktijkopdracht"),
            AssessmentKind.EXAM.value: translate("AssessmentForms", "Examenbewijs")}


def scale_labels(*, long: bool = False) -> dict[str, str]:
    translate = QCoreApplication.translate
    if long:
        return {Scale.OVG.value: translate("AssessmentForms",
                                           "O/V/G (onvoldoende, voldoende, goed)"),
                Scale.ACCEPTABLE.value: translate("AssessmentForms",
                                                  "A/NA (acceptabel, niet acceptabel)"),
                Scale.GRADE.value: translate("AssessmentForms", "Cijfer (1,0 tot 10,0)")}
    return {Scale.OVG.value: "O/V/G", Scale.ACCEPTABLE.value: "A/NA",
            Scale.GRADE.value: translate("AssessmentForms", "Cijfer")}


def required_by_default(kind: str) -> bool:
    """Verplicht (counts for the certificate): yes for opdracht and examen, no for bpv."""
    return kind != AssessmentKind.BPV.value


def cesuur_text(value: float | None) -> str:
    """A stored cesuur as typed in Dutch ("75", "5,5"); empty for the scale's default."""
    return "" if value is None else format_number(Fraction(str(value)), 2)
