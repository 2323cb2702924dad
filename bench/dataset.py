"""The reference dataset of DESIGN.md (20,000 participants, ~400 groups, ~1M marks, 5 years)."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from bench.common import workspace
from bvmdesk.services.container import sessions_of

# A fixed "today" keeps the dataset the same on every machine and every day: late in the
# school year, so the current year carries most of its marks. Benchmarks that need "today"
# should use this date too.
REFERENCE_TODAY = date(2026, 5, 21)
REFERENCE_SEED = 1
REFERENCE_PARTICIPANTS = 20_000
REFERENCE_YEARS = 5
# Larger groups and two BBL/BOL days a week bring 20,000 people over 5 years to the
# design's ~400 groups and ~1,000,000 marks.
REFERENCE_GROUP_SIZE = 60
REFERENCE_TWO_DAY_SHARE = 1.0
DATASET_VERSION = 2  # raise when the generator changes what it makes (2: UTC, per-row audit)


@dataclass(frozen=True)
class DatasetInfo:
    """What a built reference dataset holds and how long it took to build."""

    path: str
    seconds: float
    participants: int
    groups: int
    lessons: int
    marks: int
    today: str


def _name() -> str:
    return f"reference-v{DATASET_VERSION}-{REFERENCE_TODAY.isoformat()}"


def reference_info_path() -> Path:
    return workspace() / f"{_name()}.json"


def reference_info() -> DatasetInfo | None:
    """The build record of the cached dataset, or None when it has not been built."""
    try:
        raw = json.loads(reference_info_path().read_text(encoding="utf-8"))
        info = DatasetInfo(**raw)
    except (OSError, ValueError, TypeError):
        return None
    return info if Path(info.path).exists() else None


def reference_dataset(force: bool = False) -> Path:
    """The reference SQLite database, built with the demo generator on first use.

    It is cached in the bench workspace (`BVMDESK_BENCH_DIR` keeps it between runs);
    `force` builds it again.
    """
    path = workspace() / f"{_name()}.sqlite"
    if not force and path.exists() and reference_info() is not None:
        return path
    from bvmdesk.services.container import open_services
    from bvmdesk.services.demo import generate_demo

    building = path.with_name(path.stem + ".building.sqlite")
    for stale in (path, building):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{stale}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    services = open_services(str(building), create=True, backup=False)
    try:
        result = generate_demo(
            sessions_of(services), participants=REFERENCE_PARTICIPANTS, seed=REFERENCE_SEED,
            today=REFERENCE_TODAY, years=REFERENCE_YEARS, group_size=REFERENCE_GROUP_SIZE,
            two_day_share=REFERENCE_TWO_DAY_SHARE)
        with sessions_of(services).engine.connect() as conn:
            # Fold the WAL into the file, so that one file is the whole dataset.
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        services.close()
    seconds = time.perf_counter() - start
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    building.replace(path)
    info = DatasetInfo(str(path), round(seconds, 1), result.participants, result.groups,
                       result.lessons, result.marks, REFERENCE_TODAY.isoformat())
    reference_info_path().write_text(json.dumps(asdict(info), indent=2), encoding="utf-8")
    return path


if __name__ == "__main__":
    built = reference_dataset(force=True)
    print(built, reference_info())
