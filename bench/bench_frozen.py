"""The frozen build (dist/bvmdesk, `make dist`): its size and how fast it starts.

Size is every file in the folder (MiB, as `du -sh` counts them). Start times are wall clock
of the frozen `bvmdesk --version` and `bvmdesk gui --smoke-test` (offscreen, on the demo
dataset of 120 participants). Without a build it says so and measures nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Report, timed

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path(os.environ.get("BVMDESK_FROZEN_DIR") or ROOT / "dist" / "bvmdesk")
"""`BVMDESK_FROZEN_DIR` measures another build (e.g. an older one, to compare)."""
TODAY = "2026-09-14"
RUNS = 7


def folder_mib(folder: Path) -> float:
    """Bytes of every file under `folder`, in MiB (symbolic links not followed)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def run(report: Report) -> None:
    program = FOLDER / ("bvmdesk.exe" if sys.platform == "win32" else "bvmdesk")
    if not program.is_file():
        print(f"frozen build: overgeslagen, geen {program}"
              " (eerst `make dist`; PyInstaller zit in de dev-extra's)", flush=True)
        return
    report.add("frozen build: grootte van dist/bvmdesk", [folder_mib(FOLDER)], "MB",
               "<= 150 MB")
    with tempfile.TemporaryDirectory(prefix="bvm-bench-frozen-") as tmp:
        env = dict(os.environ, BVMDESK_DATA_DIR=tmp, BVMDESK_TODAY=TODAY,
                   QT_QPA_PLATFORM="offscreen")
        env.pop("PYTHONPATH", None)
        env.pop("BVMDESK_DB", None)
        db = str(Path(tmp) / "frozen.sqlite")

        def start(*args: str) -> None:
            subprocess.run([str(program), *args], env=env, check=True, timeout=300,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        start("--db", db, "demo", "--today", TODAY)
        start("--version")  # the first start reads the files from disk; not counted
        report.add("frozen build: start `bvmdesk --version`", timed(lambda: start("--version"),
                                                                   RUNS), "s")
        report.add("frozen build: `bvmdesk gui --smoke-test` (demo, 120 deelnemers)",
                   timed(lambda: start("--db", db, "gui", "--smoke-test"), RUNS), "s")
        # The same from source in the same run, to compare with.
        source_env = dict(env, PYTHONPATH=str(ROOT))

        def from_source() -> None:
            subprocess.run([sys.executable, "-m", "bvmdesk", "--db", db, "gui", "--smoke-test"],
                           env=source_env, check=True, timeout=300,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        report.add("uit de broncode: `python -m bvmdesk gui --smoke-test` (zelfde database)",
                   timed(from_source, RUNS), "s")
