"""Every icon the app names is in Font Awesome 6 solid: the frozen build ships only that font
of qtawesome's (build.spec), so a name outside it would fall back to fonts that are not there."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_icon_name_in_the_code_is_a_font_awesome_6_solid_glyph() -> None:
    spec = importlib.util.find_spec("qtawesome")
    assert spec is not None and spec.submodule_search_locations
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    charmap = json.loads((fonts / "fontawesome6-solid-webfont-charmap-6.7.2.json")
                         .read_text(encoding="utf-8"))
    named: dict[str, str] = {}
    other: list[str] = []
    for path in (ROOT / "bvmdesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for glyph in re.findall(r"[\"']fa6s\.([a-z0-9-]+)[\"']", text):
            named[glyph] = path.name
        other += [f"{path.name}: {m}" for m in
                  re.findall(r"[\"']((?:fa5|fa5s|fa5b|fa6|fa6r|fa6b|mdi|mdi6|ph|ri|msc|ei)"
                             r"\.[a-z0-9-]+)[\"']", text)]
    assert len(named) > 50  # the scan found the icons
    assert sorted(g for g in named if g not in charmap) == []
    assert other == []
    # The constant in build.spec names the same font.
    assert 'ICON_FONT = "fontawesome6-solid-webfont"' in (ROOT / "build.spec").read_text()
