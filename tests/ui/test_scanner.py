"""The keystroke classifier: scans and status keys told apart by timing, with synthetic clocks."""

from __future__ import annotations

from bvmdesk.ui.common.scanner import (
    Dropped,
    EnterKey,
    KeystrokeClassifier,
    Scan,
    StatusKey,
)


def _type(classifier: KeystrokeClassifier, text: str, start: float, step: float,
          enter: bool = True) -> tuple[list, float]:
    """Feed `text` one character per `step` seconds (and Enter); returns events and the time."""
    events: list = []
    at = start
    for char in text:
        events += classifier.feed(char, at)
        at += step
    if enter:
        events += classifier.feed("\r", at)
    return events, at


def test_a_status_key_waits_for_the_hold_then_applies() -> None:
    classifier = KeystrokeClassifier()
    assert classifier.feed("a", 10.0) == []
    assert classifier.pending == "a"
    assert classifier.deadline() == 10.0 + classifier.hold
    assert classifier.poll(10.03) == []
    assert classifier.poll(10.051) == [StatusKey("A")]
    assert not classifier.busy


def test_a_scanned_badge_is_one_scan_and_fires_no_status_keys() -> None:
    classifier = KeystrokeClassifier()
    events, _ = _type(classifier, "BADGE0042", 5.0, 0.004)
    assert events == [Scan("BADGE0042")]


def test_a_badge_that_starts_with_a_status_letter_is_a_scan() -> None:
    classifier = KeystrokeClassifier()
    events, at = _type(classifier, "A123", 1.0, 0.003)
    assert events == [Scan("A123")]
    assert classifier.poll(at + 1) == []


def test_status_keys_typed_by_a_person_come_one_by_one() -> None:
    classifier = KeystrokeClassifier()
    events: list = []
    at = 0.0
    for letter in "alzgov":
        events += classifier.feed(letter, at)
        at += 0.18
    events += classifier.poll(at)
    assert events == [StatusKey(x) for x in "ALZGOV"]


def test_fast_typing_by_a_person_still_counts_keys() -> None:
    """60 ms between keys is fast for a person but slow for a scanner: two status keys."""
    classifier = KeystrokeClassifier()
    events = classifier.feed("A", 0.0) + classifier.feed("L", 0.06) + classifier.poll(0.2)
    assert events == [StatusKey("A"), StatusKey("L")]


def test_the_closing_enter_of_a_scan_is_swallowed() -> None:
    classifier = KeystrokeClassifier()
    events, at = _type(classifier, "ZWL42", 0.0, 0.002)
    assert EnterKey() not in events
    assert classifier.feed("\r", at + 1.0) == [EnterKey()]  # a person's own Enter


def test_a_person_pressing_enter_after_a_status_key() -> None:
    classifier = KeystrokeClassifier()
    assert classifier.feed("Z", 0.0) == []
    assert classifier.enter(0.02) == [StatusKey("Z"), EnterKey()]


def test_a_scanner_without_enter_is_recognised_when_it_stops() -> None:
    classifier = KeystrokeClassifier()
    events, at = _type(classifier, "BADGE0007", 0.0, 0.003, enter=False)
    assert events == []
    assert classifier.poll(at + 0.1) == [Scan("BADGE0007")]


def test_other_letters_typed_slowly_are_dropped() -> None:
    classifier = KeystrokeClassifier()
    events = classifier.feed("x", 0.0) + classifier.feed("y", 0.5) + classifier.poll(1.0)
    assert events == [Dropped("x"), Dropped("y")]


def test_a_status_key_right_before_a_scan_is_still_applied() -> None:
    """A pause longer than the gap separates a key press from the scan behind it."""
    classifier = KeystrokeClassifier()
    events = classifier.feed("O", 0.0)
    more, _ = _type(classifier, "BADGE0044", 0.06, 0.003)
    assert events + more == [StatusKey("O"), Scan("BADGE0044")]


def test_a_prefix_character_marks_a_scan_whatever_the_timing() -> None:
    classifier = KeystrokeClassifier(prefix="$")
    events, _ = _type(classifier, "$A123", 0.0, 0.3)
    assert events == [Scan("A123")]
    events, _ = _type(classifier, "$G7", 10.0, 0.004)  # short codes too after the prefix
    assert events == [Scan("G7")]


def test_a_prefixed_scan_never_times_out_into_keys() -> None:
    classifier = KeystrokeClassifier(prefix="$")
    classifier.feed("$", 0.0)
    classifier.feed("A", 0.01)
    assert classifier.deadline() is None
    assert classifier.poll(5.0) == []
    assert classifier.flush() == [Dropped("A")]


def test_without_prefix_the_prefix_character_is_ordinary() -> None:
    classifier = KeystrokeClassifier()
    events, _ = _type(classifier, "$A1", 0.0, 0.002)
    assert events == [Scan("$A1")]


def test_two_scans_in_a_row() -> None:
    classifier = KeystrokeClassifier()
    first, at = _type(classifier, "A123", 0.0, 0.002)
    second, _ = _type(classifier, "L456", at + 0.5, 0.002)
    assert first + second == [Scan("A123"), Scan("L456")]


def test_too_short_to_be_a_badge() -> None:
    classifier = KeystrokeClassifier()
    events, _ = _type(classifier, "AL", 0.0, 0.002)
    assert events == [Dropped("AL"), EnterKey()]
