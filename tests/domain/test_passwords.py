"""The password policy: length only, spaces count."""

from bvmdesk.domain.passwords import MIN_PASSWORD_LENGTH, password_problem


def test_ten_characters_are_enough_and_nine_are_not() -> None:
    assert MIN_PASSWORD_LENGTH == 10
    assert password_problem("a" * 10) is None
    problem = password_problem("a" * 9)
    assert problem == "Een wachtwoord heeft minstens 10 tekens."


def test_no_composition_rules_and_spaces_are_allowed() -> None:
    assert password_problem("paard batterij nietje") is None
    assert password_problem("          ") is None
    assert password_problem("kort     ") is not None
    assert password_problem("") is not None
