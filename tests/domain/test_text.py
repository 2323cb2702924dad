"""Folding, display names and search keys: what makes `cagan` find `Çağan`."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bvmdesk.domain.text import display_name, fold, search_key, search_terms, sort_name


def test_fold_strips_accents_and_case_of_names_seen_in_class() -> None:
    assert fold("Çağan") == "cagan"
    assert fold("Şükrü") == "sukru"
    assert fold("Yıldız") == "yildiz"
    assert fold("Łukasz Wąsik") == "lukasz wasik"
    assert fold("Søren Bjørn") == "soren bjorn"
    assert fold("Zoë Noël") == "zoe noel"
    assert fold("Renée Élodie") == "renee elodie"
    assert fold("Großmann") == "grossmann"
    assert fold("İlkay") == "ilkay"
    assert fold("ÞÓRA Þóra ÐÆ") == "thora thora dae"


def test_fold_makes_typographic_apostrophes_plain() -> None:
    assert fold("van ’t Hek") == "van 't hek"
    assert fold("van ‘t Hek") == "van 't hek"
    assert fold("van `t Hek") == "van 't hek"


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_accents(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in folded)


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll"], max_codepoint=0x24F)))
def test_fold_ignores_case_of_latin_letters(text: str) -> None:
    assert fold(text.upper()) == fold(text) == fold(text.lower())


def test_display_name_with_and_without_tussenvoegsel() -> None:
    assert display_name("Zoë", "van 't", "Hek") == "Zoë van 't Hek"
    assert display_name(" Jan ", None, " Jansen ") == "Jan Jansen"
    assert display_name("Jan", "  ", "Jansen") == "Jan Jansen"


def test_sort_name_puts_last_name_first() -> None:
    assert sort_name("Zoë", "van 't", "Hek") == "Hek, Zoë van 't"
    assert sort_name("", None, "Hek") == "Hek"


def test_search_key_folds_every_part_and_skips_empty_ones() -> None:
    key = search_key("Zoë", "van ’t", "Hek", "Zoë van ’t Hek", "ZWL-00042", None, "  ")
    assert key == "\x1f".join(["zoe", "van 't", "hek", "zoe van 't hek", "zwl-00042"])


def test_search_key_separator_sorts_before_letters_and_is_no_query_word() -> None:
    assert search_key("berg", "jan") < search_key("bergsma", "anna")
    assert search_terms(search_key("hek", "zoe")) == ["hek", "zoe"]


def test_search_terms_are_folded_words() -> None:
    assert search_terms("  Çağan   VAN ’t ") == ["cagan", "van", "'t"]
    assert search_terms("   ") == []
    assert search_terms("50%_x") == ["50%_x"]


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "0 min"), (45, "45 min"), (60, "1 uur"), (960, "16 uur"), (1350, "22 uur 30 min"),
    (-5, "0 min")])
def test_duration_text(minutes: int, text: str) -> None:
    from bvmdesk.domain.text import duration_text

    assert duration_text(minutes) == text


def test_plural() -> None:
    from bvmdesk.domain.text import plural

    assert [plural(n, "fout", "fouten") for n in (0, 1, 2)] == ["0 fouten", "1 fout", "2 fouten"]


def test_os_error_text_is_dutch_for_what_people_meet() -> None:
    import errno

    from bvmdesk.domain.text import os_error_text

    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert os_error_text(OSError(errno.EACCES, "Permission denied")) == "geen toegang (rechten)"
    assert os_error_text(OSError(errno.EROFS, "Read-only file system")) == (
        "de schijf is alleen-lezen")
    assert os_error_text(OSError(errno.ENOTDIR, "x")) == "een deel van het pad is geen map"
    assert os_error_text(OSError(999, "Iets vreemds")) == "Iets vreemds"
