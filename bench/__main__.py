"""Runs every `bench/bench_*.py` (each has `run(report)`), or those named on the command line."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import traceback
from pathlib import Path

from bench.common import Report


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("BVMDESK_DATA_DIR", tempfile.mkdtemp(prefix="bvm-bench-data-"))
    names = argv or sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    report = Report()
    failed = 0
    for name in names:
        module_name = name if name.startswith("bench_") else f"bench_{name}"
        print(f"== {module_name}", flush=True)
        try:
            importlib.import_module(f"bench.{module_name}").run(report)
        except Exception:
            traceback.print_exc()
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
