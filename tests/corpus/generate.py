"""Write the corpus of hostile files to a folder, with a manifest of what each must give.

    python -m tests.corpus.generate OUTDIR [--small]

Every bad file of issue 11 is made by code (the builders in `text_cases` and `xlsx_cases`),
never committed as a binary; this script writes them all out so that a person (or another
tool) can try them by hand:

    bvmdesk --db DB import OUTDIR/<case>/<file>        (command "import")
    bvmdesk --db DB attendance scans OUTDIR/<case>/<file>   (command "scans")

`manifest.json` lists per case its path, the command, the exit code and a part of the
Dutch message. `--small` leaves out the cases that write hundreds of MB (or GB sparse
files) or build for minutes. The broken databases (`db_cases`) need a database or a
PostgreSQL server to start from; the tests build them (tests/corpus/test_db_corpus.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.corpus import text_cases, xlsx_cases

HEAVY_TEXT = {"file-over-limit", "folder-over-limit", "zeros-within-limit"}


def _entries(small: bool) -> list[tuple[str, str, object, int, str]]:
    entries: list[tuple[str, str, object, int, str]] = []
    for case in text_cases.CASES:
        if small and case.name in HEAVY_TEXT:
            continue
        entries.append((case.name, case.command, case.build, case.code, case.message))
    for xcase in xlsx_cases.CASES:
        if small and (xcase.heavy or not xcase.in_process):
            continue
        if xcase.limits:  # refused only under the lowered limits of the in-process tests
            continue
        entries.append((f"xlsx-{xcase.name}", "import", xcase.build, xcase.code,
                        xcase.message))
    return entries


def generate(folder: Path, *, small: bool = False) -> list[dict[str, object]]:
    """Build every case in its own subfolder of `folder`; returns the manifest rows."""
    manifest: list[dict[str, object]] = []
    for name, command, build, code, message in _entries(small):
        case_dir = folder / name
        case_dir.mkdir(parents=True, exist_ok=False)
        path = build(case_dir)  # type: ignore[operator]
        path = Path(path)
        shown = str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)
        manifest.append({"case": name, "command": command, "path": shown, "exit": code,
                         "message": message})
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="an empty or new folder")
    parser.add_argument("--small", action="store_true",
                        help="without the cases that write hundreds of MB or build slowly")
    args = parser.parse_args(argv)
    if args.folder.exists() and any(args.folder.iterdir()):
        print(f"{args.folder} is niet leeg", file=sys.stderr)
        return 1
    args.folder.mkdir(parents=True, exist_ok=True)
    rows = generate(args.folder, small=args.small)
    print(f"{len(rows)} gevallen geschreven in {args.folder} (manifest.json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
