"""The generator writes every (small) case with a manifest that agrees with the cases."""

from __future__ import annotations

import json
from pathlib import Path

from tests.corpus import text_cases, xlsx_cases
from tests.corpus.generate import generate


def test_the_generator_writes_every_small_case_and_its_manifest(tmp_path: Path) -> None:
    rows = generate(tmp_path / "corpus", small=True)
    manifest = json.loads((tmp_path / "corpus" / "manifest.json").read_text("utf-8"))
    assert manifest == rows
    names = {row["case"] for row in rows}
    assert "utf16-le-bom" in names and "xlsx-password-protected" in names
    assert "xlsx-stale-dimension" in names  # an accepted one, exit 0
    assert len(rows) >= 60
    for row in rows:
        path = tmp_path / "corpus" / str(row["path"])  # absolute: a device such as /dev/zero
        assert path.exists() or path.is_symlink(), row
        assert row["command"] in ("import", "scans")
        assert row["exit"] in (0, 1)
        assert row["message"] or row["exit"] == 0
    known = {c.name for c in text_cases.CASES} | {f"xlsx-{c.name}" for c in xlsx_cases.CASES}
    assert names <= known
    # A case refused only under a lowered limit would be accepted by the real command.
    lowered = {f"xlsx-{c.name}" for c in xlsx_cases.CASES if c.limits}
    assert lowered and not lowered & names
