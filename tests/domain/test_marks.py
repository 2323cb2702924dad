"""The current mark: nothing supersedes it; between two heads, highest hlc, then site code."""

from bvmdesk.domain.marks import current_marks


def test_a_superseded_mark_is_never_current() -> None:
    rows = [("k", "m1", None, "0002", "ZWL", "aanwezig"),
            ("k", "m2", "m1", "0001", "ZWL", "ziek")]  # older stamp, but it supersedes m1
    assert current_marks(rows)["k"][5] == "ziek"


def test_two_heads_highest_hlc_then_site_code() -> None:
    rows = [("k", "a", None, "0005", "TBG", "ziek"), ("k", "b", None, "0007", "AAA", "aanwezig"),
            ("j", "c", None, "0003", "TBG", "ziek"), ("j", "d", None, "0003", "ZWL", "aanwezig"),
            ("i", "e", None, "0003", None, "ziek"), ("i", "f", None, "0003", "ZWL", "aanwezig")]
    heads = current_marks(iter(rows))
    assert {key: row[1] for key, row in heads.items()} == {"k": "b", "j": "d", "i": "f"}
