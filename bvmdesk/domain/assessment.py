"""Outcome rules of a practical assessment (DOMAIN.md, "Practical assessment").

A form (beoordelingsformulier) groups its criteria by work process (werkproces, `B1-K1-W1`)
and rates them on one of three scales. Each work process gets its own outcome; the
assessment is passed when every work process is at least voldoende.

- `ovg` (O/V/G): a work process is *onvoldoende* when a critical criterion is rated O, or
  when the weighted share of its criteria rated V or G is below the cesuur (percent,
  default 75); otherwise *goed* when the weighted share rated G is at least 50 %, else
  *voldoende*.
- `acceptabel` (A/NA, as ISO 5817 judges welding work): *voldoende* only when every
  criterion is A; never *goed*. The cesuur plays no part.
- `cijfer` (1.0-10.0, one decimal): *voldoende* when the weighted mean is at least the
  cesuur (default 5.5) and every critical criterion is at least the cesuur; *goed* when the
  mean is also at least 8.0.

A draft has no outcome yet: `outcome` then rates what has been rated so far ("voorlopig"),
and a work process without any rating is onvoldoende ("nog niet beoordeeld"). A reason
(toelichting) is required for every O, G and NA when the form asks for reasons (the default).

All arithmetic is exact (fractions), so a share of exactly 75 % meets a cesuur of 75.
Pure functions over frozen dataclasses: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction


class Scale(StrEnum):
    OVG = "ovg"
    ACCEPTABLE = "acceptabel"
    GRADE = "cijfer"


class Result(StrEnum):
    FAIL = "onvoldoende"
    PASS = "voldoende"
    GOOD = "goed"


RESULT_RANK = {Result.FAIL: 0, Result.PASS: 1, Result.GOOD: 2}
RESULT_LABELS = {Result.FAIL: "Onvoldoende", Result.PASS: "Voldoende", Result.GOOD: "Goed"}

# The values of each scale, from low to high, as stored and as typed in a workbook.
SCALE_VALUES: dict[Scale, tuple[str, ...]] = {
    Scale.OVG: ("O", "V", "G"),
    Scale.ACCEPTABLE: ("NA", "A"),
    Scale.GRADE: (),
}
SCALE_LABELS = {Scale.OVG: "O/V/G", Scale.ACCEPTABLE: "A/NA", Scale.GRADE: "cijfer"}
DEFAULT_CESUUR: dict[Scale, Fraction] = {
    Scale.OVG: Fraction(75),
    Scale.ACCEPTABLE: Fraction(0),
    Scale.GRADE: Fraction(11, 2),
}
GOOD_SHARE = Fraction(50)      # percent of the weight rated G, for goed on the ovg scale
GOOD_GRADE = Fraction(8)       # weighted mean for goed on the cijfer scale
LOWEST_GRADE, HIGHEST_GRADE = Fraction(1), Fraction(10)
# A reason is asked for these values (when the form asks for reasons).
REASON_VALUES = frozenset({"O", "G", "NA"})


def assessment_code(site_code: str, year: int, number: int) -> str:
    """What people read of an assessment: `ZWL-BO-2026-00042`, the site's own sequence of
    the year (the site's code keeps codes of different sites apart when their data comes
    together)."""
    return f"{site_code}-BO-{year}-{number:05d}"


class ScoreError(ValueError):
    """A value that the scale does not have; `str()` is a Dutch message."""


def scale_of(text: str) -> Scale:
    try:
        return Scale(text.strip().lower())
    except ValueError:
        raise ScoreError(f"Onbekende schaal '{text}': kies ovg, acceptabel of cijfer.") from None


def cesuur_range(scale: Scale) -> tuple[Fraction, Fraction]:
    """The cesuur values a form on `scale` may have."""
    if scale is Scale.GRADE:
        return LOWEST_GRADE, HIGHEST_GRADE
    return Fraction(0), Fraction(100)


def default_cesuur(scale: Scale) -> Fraction:
    return DEFAULT_CESUUR[scale]


def parse_score(scale: Scale, text: str | float | int | Decimal) -> str:
    """The stored form of a value typed or imported for `scale`.

    O/V/G and A/NA in capitals ("na" and "N" read as NA); a grade with one decimal,
    "7", "7,5" and 7.5 all read as "7.5" and "7.0" for 7.

    Raises:
        ScoreError: the scale has no such value.
    """
    raw = str(text).strip()
    if scale is Scale.GRADE:
        grade = _grade(raw)
        if grade is None:
            raise ScoreError(f"'{raw}' is geen cijfer: geef een cijfer van 1,0 tot en met "
                             "10,0 met hoogstens één decimaal.")
        return f"{grade:.1f}"
    value = raw.upper()
    if scale is Scale.ACCEPTABLE and value == "N":
        value = "NA"
    if value not in SCALE_VALUES[scale]:
        allowed = " of ".join(SCALE_VALUES[scale][::-1])
        raise ScoreError(f"'{raw}' is geen waarde van de schaal {SCALE_LABELS[scale]}: "
                         f"geef {allowed}.")
    return value


def _grade(raw: str) -> Decimal | None:
    """`raw` as a grade from 1.0 to 10.0 with at most one decimal, or None."""
    if not raw or not set(raw) <= set("0123456789.,"):
        return None
    try:
        grade = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        return None
    if not grade.is_finite() or (grade * 10) % 1 != 0:
        return None
    if not LOWEST_GRADE <= Fraction(grade) <= HIGHEST_GRADE:
        return None
    return grade.quantize(Decimal("0.1"))


def needs_reason(value: str | None) -> bool:
    """True when a rating with `value` needs a toelichting (form setting permitting)."""
    return value in REASON_VALUES


@dataclass(frozen=True)
class Score:
    """One criterion of a form with its rating (value None: not rated yet)."""

    number: int
    work_process: str
    value: str | None = None
    critical: bool = False
    weight: int = 1
    reason: str | None = None


@dataclass(frozen=True)
class WorkProcessOutcome:
    code: str
    result: Result
    explanation: str
    rated: int
    criteria: int

    @property
    def complete(self) -> bool:
        return self.rated == self.criteria


@dataclass(frozen=True)
class Outcome:
    work_processes: tuple[WorkProcessOutcome, ...]

    @property
    def complete(self) -> bool:
        return all(w.complete for w in self.work_processes)

    @property
    def passed(self) -> bool:
        """Every work process at least voldoende (for a draft: so far)."""
        return bool(self.work_processes) and all(
            w.result is not Result.FAIL for w in self.work_processes)

    def of(self, code: str) -> WorkProcessOutcome | None:
        return next((w for w in self.work_processes if w.code == code), None)


def _and(items: Sequence[str]) -> str:
    """"3", "3 en 5", "3, 5 en 7"."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]


def _numbers(numbers: Iterable[int]) -> str:
    return _and([str(n) for n in sorted(numbers)])


def _criteria(numbers: Sequence[int], rest: str) -> str:
    """"criterium 3 is O" / "criteria 3 en 5 zijn O"."""
    if len(numbers) == 1:
        return f"criterium {_numbers(numbers)} is {rest}"
    return f"criteria {_numbers(numbers)} zijn {rest}"


def format_number(value: Fraction, decimals: int = 1) -> str:
    """A share or mean in Dutch: cut (never rounded up past a cesuur), trailing zeros off:
    Fraction(749, 10) -> '74,9', Fraction(75) -> '75', 5.499.. -> '5,49'."""
    scale = 10 ** decimals
    cut = Fraction(int(value * scale), scale) if value >= 0 else value
    text = f"{float(cut):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _share(scores: Sequence[Score], values: frozenset[str]) -> Fraction:
    total = sum(s.weight for s in scores)
    if total <= 0:
        return Fraction(0)
    return Fraction(100 * sum(s.weight for s in scores if s.value in values), total)


def _ovg(scores: Sequence[Score], cesuur: Fraction) -> tuple[Result, str]:
    critical = [s.number for s in scores if s.critical and s.value == "O"]
    if critical:
        noun = "kritisch " if len(critical) == 1 else "kritieke "
        return Result.FAIL, "Onvoldoende: " + noun + _criteria(critical, "O")
    met = _share(scores, frozenset({"V", "G"}))
    if met < cesuur:
        return Result.FAIL, (f"Onvoldoende: {format_number(met)} % van het gewicht is V of G; "
                             f"de cesuur is {format_number(cesuur)} %")
    good = _share(scores, frozenset({"G"}))
    if good >= GOOD_SHARE:
        return Result.GOOD, (f"Goed: {format_number(good)} % van het gewicht is G "
                             f"(V of G: {format_number(met)} %)")
    return Result.PASS, (f"Voldoende: {format_number(met)} % van het gewicht is V of G "
                         f"(cesuur {format_number(cesuur)} %), {format_number(good)} % G")


def _acceptable(scores: Sequence[Score]) -> tuple[Result, str]:
    rejected = [s.number for s in scores if s.value != "A"]
    if rejected:
        return Result.FAIL, "Onvoldoende: " + _criteria(rejected, "NA")
    return Result.PASS, "Voldoende: alle criteria zijn A"


def _grade_value(score: Score) -> Fraction:
    return Fraction(Decimal(score.value or "0"))


def _grades(scores: Sequence[Score], cesuur: Fraction) -> tuple[Result, str]:
    total = sum(s.weight for s in scores)
    mean = (Fraction(sum(s.weight * _grade_value(s) for s in scores), total) if total > 0
            else Fraction(0))
    shown = f"gewogen gemiddelde {format_number(mean, 2)}"
    low = sorted((s for s in scores if s.critical and _grade_value(s) < cesuur),
                 key=lambda s: s.number)
    if mean < cesuur:
        return Result.FAIL, f"Onvoldoende: {shown}; de cesuur is {format_number(cesuur, 2)}"
    if low:
        shown_low = [f"{s.number} ({format_number(_grade_value(s))})" for s in low]
        noun = "kritisch criterium" if len(low) == 1 else "kritieke criteria"
        listed = _and(shown_low)
        return Result.FAIL, (f"Onvoldoende: {noun} {listed} onder de cesuur "
                             f"{format_number(cesuur, 2)}")
    if mean >= GOOD_GRADE:
        return Result.GOOD, f"Goed: {shown}"
    return Result.PASS, f"Voldoende: {shown} (cesuur {format_number(cesuur, 2)})"


def work_process_outcome(scale: Scale, cesuur: Fraction, code: str,
                         scores: Sequence[Score]) -> WorkProcessOutcome:
    """The outcome of one work process over its criteria; unrated criteria are left out
    (a draft's outcome so far)."""
    rated = [s for s in scores if s.value is not None]
    if not rated:
        return WorkProcessOutcome(code, Result.FAIL, "Nog niet beoordeeld", 0, len(scores))
    if scale is Scale.OVG:
        result, text = _ovg(rated, cesuur)
    elif scale is Scale.ACCEPTABLE:
        result, text = _acceptable(rated)
    else:
        result, text = _grades(rated, cesuur)
    if len(rated) < len(scores):
        text += f" ({len(rated)} van {len(scores)} criteria beoordeeld)"
    return WorkProcessOutcome(code, result, text, len(rated), len(scores))


def outcome(scale: Scale, cesuur: Fraction | None, scores: Iterable[Score]) -> Outcome:
    """The outcome per work process, in the order the work processes first appear."""
    threshold = default_cesuur(scale) if cesuur is None else cesuur
    groups: dict[str, list[Score]] = {}
    for score in scores:
        groups.setdefault(score.work_process, []).append(score)
    return Outcome(tuple(work_process_outcome(scale, threshold, code, group)
                         for code, group in groups.items()))


@dataclass(frozen=True)
class FinalCheck:
    """What stands in the way of making an assessment final."""

    unrated: tuple[int, ...] = ()
    missing_reasons: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.unrated and not self.missing_reasons

    def message(self) -> str:
        parts = []
        if self.unrated:
            parts.append("nog niet beoordeeld: " + _criteria_list(self.unrated))
        if self.missing_reasons:
            parts.append("een toelichting ontbreekt bij " + _criteria_list(self.missing_reasons))
        return "Kan niet definitief worden gemaakt: " + "; ".join(parts) + "."


def _criteria_list(numbers: Sequence[int]) -> str:
    return ("criterium " if len(numbers) == 1 else "criteria ") + _numbers(numbers)


def final_check(scores: Iterable[Score], reasons_required: bool = True) -> FinalCheck:
    """Every criterion rated, and (when the form asks for it) a reason for every O, G, NA."""
    listed = list(scores)
    unrated = tuple(sorted(s.number for s in listed if s.value is None))
    missing: tuple[int, ...] = ()
    if reasons_required:
        missing = tuple(sorted(s.number for s in listed
                               if needs_reason(s.value) and not (s.reason or "").strip()))
    return FinalCheck(unrated, missing)
