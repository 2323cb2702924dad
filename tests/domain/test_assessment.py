"""The outcome rules of a practical assessment: every rule as a table, the boundaries exactly
at the cesuur, weights, and properties (hypothesis) that must hold for any form."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain.assessment import (
    RESULT_RANK,
    Result,
    Scale,
    Score,
    ScoreError,
    final_check,
    format_number,
    outcome,
    parse_score,
    work_process_outcome,
)

WP = "B1-K1-W1"


def scores(*values: str | None, critical: tuple[int, ...] = (),
           weights: dict[int, int] | None = None) -> list[Score]:
    """Criteria 1..n of one work process with `values`."""
    weights = weights or {}
    return [Score(n, WP, v, n in critical, weights.get(n, 1)) for n, v in
            enumerate(values, start=1)]


def result(scale: Scale, items: list[Score], cesuur: Fraction | None = None) -> Result:
    return outcome(scale, cesuur, items).work_processes[0].result


def explanation(scale: Scale, items: list[Score], cesuur: Fraction | None = None) -> str:
    return outcome(scale, cesuur, items).work_processes[0].explanation


# --- ovg ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("values", "critical", "weights", "expected"), [
    (("V", "V", "V", "V"), (), {}, Result.PASS),
    (("G", "G", "V", "V"), (), {}, Result.GOOD),          # 50 % G exactly: goed
    (("G", "V", "V", "V"), (), {}, Result.PASS),          # 25 % G
    (("V", "V", "V", "O"), (), {}, Result.PASS),          # 75 % V or G exactly: the cesuur
    (("V", "V", "O", "O"), (), {}, Result.FAIL),          # 50 %
    (("G", "G", "G", "O"), (4,), {}, Result.FAIL),        # a critical O fails all
    (("G", "G", "G", "O"), (1,), {}, Result.GOOD),        # critical 1 is G: fine
    (("V", "O"), (), {1: 3}, Result.PASS),                # weight 3 of 4: 75 %
    (("V", "O"), (), {2: 3}, Result.FAIL),                # 25 %
    (("G", "V", "V"), (), {1: 2}, Result.GOOD),           # G carries 2 of 4: 50 %
    (("O", "O", "O", "O"), (), {}, Result.FAIL),
    (("G",), (), {}, Result.GOOD),
])
def test_ovg_table(values: tuple[str, ...], critical: tuple[int, ...],
                   weights: dict[int, int], expected: Result) -> None:
    assert result(Scale.OVG, scores(*values, critical=critical, weights=weights)) is expected


def test_ovg_cesuur_boundary_is_inclusive_and_exact() -> None:
    # 3 of 4 = 75 %: meets 75, not 76; 2 of 3 = 66.66.. % never meets 66.67
    four = scores("V", "V", "V", "O")
    assert result(Scale.OVG, four, Fraction(75)) is Result.PASS
    assert result(Scale.OVG, four, Fraction(76)) is Result.FAIL
    three = scores("V", "V", "O")
    assert result(Scale.OVG, three, Fraction(6667, 100)) is Result.FAIL
    assert result(Scale.OVG, three, Fraction(200, 3)) is Result.PASS


def test_ovg_explanations() -> None:
    assert explanation(Scale.OVG, scores("G", "V", "O", critical=(3,))) == \
        "Onvoldoende: kritisch criterium 3 is O"
    assert explanation(Scale.OVG, scores("O", "V", "O", "V", critical=(1, 3))) == \
        "Onvoldoende: kritieke criteria 1 en 3 zijn O"
    assert explanation(Scale.OVG, scores("V", "O", "O")) == \
        "Onvoldoende: 33,3 % van het gewicht is V of G; de cesuur is 75 %"
    assert explanation(Scale.OVG, scores("G", "G", "V", "V")).startswith(
        "Goed: 50 % van het gewicht is G")
    assert explanation(Scale.OVG, scores("V", "V", "V", "O")).startswith(
        "Voldoende: 75 % van het gewicht is V of G (cesuur 75 %)")


# --- acceptabel ---------------------------------------------------------------------------
@pytest.mark.parametrize(("values", "expected"), [
    (("A", "A", "A"), Result.PASS),
    (("A", "NA", "A"), Result.FAIL),
    (("NA",), Result.FAIL),
    (("A",), Result.PASS),
])
def test_acceptable_table(values: tuple[str, ...], expected: Result) -> None:
    assert result(Scale.ACCEPTABLE, scores(*values)) is expected


def test_acceptable_is_never_good_and_ignores_cesuur_and_weights() -> None:
    items = scores("A", "A", weights={1: 5})
    assert result(Scale.ACCEPTABLE, items, Fraction(100)) is Result.PASS
    assert explanation(Scale.ACCEPTABLE, scores("A", "NA", "NA")) == \
        "Onvoldoende: criteria 2 en 3 zijn NA"
    assert explanation(Scale.ACCEPTABLE, items) == "Voldoende: alle criteria zijn A"


# --- cijfer -------------------------------------------------------------------------------
@pytest.mark.parametrize(("values", "critical", "weights", "expected"), [
    (("5.5",), (), {}, Result.PASS),                   # exactly the cesuur
    (("5.4",), (), {}, Result.FAIL),
    (("8.0",), (), {}, Result.GOOD),                   # exactly 8.0: goed
    (("7.9",), (), {}, Result.PASS),
    (("5.0", "6.0"), (), {}, Result.PASS),             # mean 5.5
    (("5.0", "6.0"), (), {1: 2}, Result.FAIL),         # mean 5.33
    (("9.0", "5.4"), (2,), {}, Result.FAIL),           # critical below the cesuur
    (("9.0", "5.5"), (2,), {}, Result.PASS),           # critical exactly at it
    (("10.0", "6.0"), (), {}, Result.GOOD),            # mean 8.0
    (("10.0", "7.0", "7.0"), (), {}, Result.GOOD),     # mean 8.0 exactly in thirds
    (("1.0",), (), {}, Result.FAIL),
])
def test_grade_table(values: tuple[str, ...], critical: tuple[int, ...],
                     weights: dict[int, int], expected: Result) -> None:
    assert result(Scale.GRADE, scores(*values, critical=critical, weights=weights)) is expected


def test_grade_cesuur_of_the_form() -> None:
    assert result(Scale.GRADE, scores("6.0"), Fraction(6)) is Result.PASS
    assert result(Scale.GRADE, scores("5.9"), Fraction(6)) is Result.FAIL


def test_grade_explanations_never_round_up_past_the_cesuur() -> None:
    # mean of 5.4, 5.5, 5.6 and 5.4 is 5.475: shown as 5,47, not 5,5
    items = scores("5.4", "5.5", "5.6", "5.4")
    assert explanation(Scale.GRADE, items) == \
        "Onvoldoende: gewogen gemiddelde 5,47; de cesuur is 5,5"
    assert explanation(Scale.GRADE, scores("9.0", "5.0", critical=(2,))) == \
        "Onvoldoende: kritisch criterium 2 (5) onder de cesuur 5,5"
    assert explanation(Scale.GRADE, scores("8.5")) == "Goed: gewogen gemiddelde 8,5"
    # criteria in any order: named by number (found by the order property)
    shuffled = [Score(10, WP, "5.0", True), Score(9, WP, "4.0", True), Score(1, WP, "9.5")]
    assert explanation(Scale.GRADE, shuffled) == \
        "Onvoldoende: kritieke criteria 9 (4) en 10 (5) onder de cesuur 5,5"


# --- drafts, several work processes, the final check -------------------------------------
def test_outcome_per_work_process_and_passed() -> None:
    items = [Score(1, "W1", "V"), Score(2, "W1", "G"), Score(3, "W2", "O", critical=True)]
    result_ = outcome(Scale.OVG, None, items)
    assert [w.code for w in result_.work_processes] == ["W1", "W2"]
    assert [w.result for w in result_.work_processes] == [Result.GOOD, Result.FAIL]
    assert not result_.passed
    assert outcome(Scale.OVG, None, items[:2]).passed


def test_draft_rates_what_is_rated_so_far() -> None:
    items = scores("V", None, None)
    wp = work_process_outcome(Scale.OVG, Fraction(75), WP, items)
    assert wp.result is Result.PASS and not wp.complete
    assert wp.explanation.endswith("(1 van 3 criteria beoordeeld)")
    nothing = work_process_outcome(Scale.OVG, Fraction(75), WP, scores(None, None))
    assert nothing.result is Result.FAIL and nothing.explanation == "Nog niet beoordeeld"


def test_final_check_names_the_criteria() -> None:
    items = [Score(1, WP, "O"), Score(2, WP, None), Score(3, WP, "G", reason="  "),
             Score(4, WP, "V"), Score(5, WP, "NA", reason="poreus")]
    check = final_check(items)
    assert check.unrated == (2,) and check.missing_reasons == (1, 3)
    assert check.message() == ("Kan niet definitief worden gemaakt: nog niet beoordeeld: "
                               "criterium 2; een toelichting ontbreekt bij criteria 1 en 3.")
    assert final_check(items, reasons_required=False).missing_reasons == ()
    assert final_check([Score(1, WP, "V")]).ok


# --- values -------------------------------------------------------------------------------
@pytest.mark.parametrize(("scale", "text", "stored"), [
    (Scale.OVG, "o", "O"), (Scale.OVG, " G ", "G"), (Scale.ACCEPTABLE, "na", "NA"),
    (Scale.ACCEPTABLE, "N", "NA"), (Scale.ACCEPTABLE, "a", "A"), (Scale.GRADE, "7", "7.0"),
    (Scale.GRADE, "7,5", "7.5"), (Scale.GRADE, 7.5, "7.5"), (Scale.GRADE, "10", "10.0"),
    (Scale.GRADE, "1.0", "1.0"),
])
def test_parse_score(scale: Scale, text: str, stored: str) -> None:
    assert parse_score(scale, text) == stored


@pytest.mark.parametrize(("scale", "text"), [
    (Scale.OVG, "A"), (Scale.OVG, ""), (Scale.ACCEPTABLE, "V"), (Scale.GRADE, "0.9"),
    (Scale.GRADE, "10.1"), (Scale.GRADE, "7.25"), (Scale.GRADE, "zeven"),
    (Scale.GRADE, "1e1"), (Scale.GRADE, "nan"), (Scale.GRADE, "-5"),
])
def test_parse_score_refuses(scale: Scale, text: str) -> None:
    with pytest.raises(ScoreError):
        parse_score(scale, text)


def test_format_number_cuts() -> None:
    assert format_number(Fraction(749, 10)) == "74,9"
    assert format_number(Fraction(75)) == "75"
    assert format_number(Fraction(5499, 1000), 2) == "5,49"


# --- properties ---------------------------------------------------------------------------
OVG_VALUES = st.sampled_from(["O", "V", "G"])
GRADES = st.integers(10, 100).map(lambda n: f"{n / 10:.1f}")


@st.composite
def forms(draw: st.DrawFn, scale: Scale) -> list[Score]:
    values = OVG_VALUES if scale is Scale.OVG else (
        st.sampled_from(["A", "NA"]) if scale is Scale.ACCEPTABLE else GRADES)
    n = draw(st.integers(1, 12))
    return [Score(i + 1, draw(st.sampled_from(["W1", "W2", "W3"])), draw(values),
                  draw(st.booleans()), draw(st.integers(1, 5))) for i in range(n)]


SCALES = st.sampled_from(list(Scale))


def _cesuur(scale: Scale) -> st.SearchStrategy[Fraction]:
    if scale is Scale.GRADE:
        return st.integers(10, 100).map(lambda n: Fraction(n, 10))
    return st.integers(0, 100).map(Fraction)


@given(st.data())
def test_a_critical_o_always_fails_its_work_process(data: st.DataObject) -> None:
    items = data.draw(forms(Scale.OVG))
    target = data.draw(st.integers(0, len(items) - 1))
    items[target] = Score(items[target].number, items[target].work_process, "O", True,
                          items[target].weight)
    cesuur = data.draw(_cesuur(Scale.OVG))
    wp = outcome(Scale.OVG, cesuur, items).of(items[target].work_process)
    assert wp is not None and wp.result is Result.FAIL


def _raise(scale: Scale, value: str) -> str | None:
    if scale is Scale.OVG:
        return {"O": "V", "V": "G"}.get(value)
    if scale is Scale.ACCEPTABLE:
        return "A" if value == "NA" else None
    grade = Fraction(value) + Fraction(1, 10)
    return f"{float(grade):.1f}" if grade <= 10 else None


@given(st.data())
def test_raising_one_rating_never_lowers_an_outcome(data: st.DataObject) -> None:
    scale = data.draw(SCALES)
    items = data.draw(forms(scale))
    cesuur = data.draw(_cesuur(scale))
    target = data.draw(st.integers(0, len(items) - 1))
    higher = _raise(scale, items[target].value or "")
    if higher is None:
        return
    raised = list(items)
    raised[target] = Score(items[target].number, items[target].work_process, higher,
                           items[target].critical, items[target].weight)
    before, after = outcome(scale, cesuur, items), outcome(scale, cesuur, raised)
    for old in before.work_processes:
        new = after.of(old.code)
        assert new is not None and RESULT_RANK[new.result] >= RESULT_RANK[old.result]
    assert after.passed or not before.passed


@given(st.data())
def test_the_order_of_criteria_does_not_matter(data: st.DataObject) -> None:
    scale = data.draw(SCALES)
    items = data.draw(forms(scale))
    cesuur = data.draw(_cesuur(scale))
    shuffled = data.draw(st.permutations(items))
    before, after = outcome(scale, cesuur, items), outcome(scale, cesuur, shuffled)
    assert {w.code: (w.result, w.explanation) for w in before.work_processes} == \
        {w.code: (w.result, w.explanation) for w in after.work_processes}
    assert before.passed == after.passed


@given(st.data())
def test_acceptable_is_never_good(data: st.DataObject) -> None:
    items = data.draw(forms(Scale.ACCEPTABLE))
    assert all(w.result is not Result.GOOD
               for w in outcome(Scale.ACCEPTABLE, None, items).work_processes)


@given(st.lists(st.sampled_from(["O", "V", "G", "A", "NA", "7.5", "x", ""]), max_size=5))
def test_parse_score_is_idempotent(texts: list[str]) -> None:
    for scale in Scale:
        for text in texts:
            try:
                stored = parse_score(scale, text)
            except ScoreError:
                continue
            assert parse_score(scale, stored) == stored
