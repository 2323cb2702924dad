"""The checks of an assessment form (FormSpec) that need no database: code, name, module,
kind, scale and cesuur, and every criterion (number, weight, work process, description)."""

from __future__ import annotations

from fractions import Fraction

from bvmdesk.domain.assessment import Scale, cesuur_range, format_number
from bvmdesk.domain.enums import AssessmentKind
from bvmdesk.domain.participants import FieldError
from bvmdesk.services.assessment_types import CriterionSpec, FormSpec

MAX_CODE = 40
MAX_NAME = 200
MAX_WORK_PROCESS_CODE = 20
MAX_DESCRIPTION = 2000
_KINDS = tuple(k.value for k in AssessmentKind)
_SCALES = tuple(s.value for s in Scale)


def text_of(value: str | None) -> str:
    """A text field as saved: stripped, and "" for none."""
    return (value or "").strip()


def validate_spec(spec: FormSpec) -> list[FieldError]:
    """Every problem of `spec` that needs no database, in Dutch."""
    errors: list[FieldError] = []
    code, name = text_of(spec.code), text_of(spec.name)
    if not code:
        errors.append(FieldError("code", "Geef het formulier een code."))
    elif len(code) > MAX_CODE:
        errors.append(FieldError("code", f"De code is hoogstens {MAX_CODE} tekens lang."))
    if not name:
        errors.append(FieldError("name", "Geef het formulier een naam."))
    elif len(name) > MAX_NAME:
        errors.append(FieldError("name", f"De naam is hoogstens {MAX_NAME} tekens lang."))
    if not text_of(spec.module_code):
        errors.append(FieldError("module_code", "Kies de module van het formulier."))
    if spec.kind not in _KINDS:
        errors.append(FieldError("kind", "Kies als soort bpv, opdracht of examen."))
    if spec.scale not in _SCALES:
        errors.append(FieldError("scale", "Kies als schaal ovg, acceptabel of cijfer."))
    elif spec.cesuur is not None:
        low, high = cesuur_range(Scale(spec.scale))
        try:
            value = Fraction(str(spec.cesuur))
        except (ValueError, ZeroDivisionError):
            value = None
        if value is None or not low <= value <= high:
            unit = " %" if Scale(spec.scale) is not Scale.GRADE else ""
            errors.append(FieldError("cesuur", f"De cesuur ligt tussen {format_number(low)}"
                                               f"{unit} en {format_number(high)}{unit}."))
    errors += _criteria_errors(spec.criteria)
    return errors


def _criteria_errors(criteria: tuple[CriterionSpec, ...]) -> list[FieldError]:
    errors: list[FieldError] = []
    if not criteria:
        return [FieldError("criteria", "Een formulier heeft minstens één criterium.")]
    seen: set[int] = set()
    doubles: set[int] = set()
    for c in criteria:
        label = f"Criterium {c.number}"
        if c.number < 1:
            errors.append(FieldError("criteria", f"{label}: een nummer is 1 of hoger."))
        if c.number in seen:
            doubles.add(c.number)
        seen.add(c.number)
        if c.weight < 1:
            errors.append(FieldError("criteria", f"{label}: het gewicht is 1 of meer."))
        wp = text_of(c.work_process)
        if not wp:
            errors.append(FieldError("criteria", f"{label}: geef de code van het werkproces."))
        elif len(wp) > MAX_WORK_PROCESS_CODE:
            errors.append(FieldError("criteria", f"{label}: de code van het werkproces is "
                                                 f"hoogstens {MAX_WORK_PROCESS_CODE} tekens."))
        if len(text_of(c.work_process_name)) > MAX_NAME:
            errors.append(FieldError("criteria", f"{label}: de naam van het werkproces is "
                                                 f"hoogstens {MAX_NAME} tekens."))
        description = text_of(c.description)
        if not description:
            errors.append(FieldError("criteria", f"{label}: geef een omschrijving."))
        elif len(description) > MAX_DESCRIPTION:
            errors.append(FieldError("criteria", f"{label}: de omschrijving is hoogstens "
                                                 f"{MAX_DESCRIPTION} tekens."))
    for number in sorted(doubles):
        errors.append(FieldError("criteria", f"Criterium {number} staat er meer dan eens in."))
    return errors
