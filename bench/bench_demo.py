"""Demo generation speed (participants/s, marks/s) and the reference dataset's build time."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

from bench.common import Report, workspace
from bench.dataset import reference_dataset, reference_info
from bvmdesk.services.container import sessions_of

DEMO_PARTICIPANTS = 20_000  # `bvmdesk demo --participants 20000`: target < 30 s
DEMO_TODAY = date(2026, 11, 26)
RUNS = 3


def _one_run(index: int) -> tuple[float, int, int]:
    from bvmdesk.services.container import open_services
    from bvmdesk.services.demo import generate_demo

    path = workspace() / f"demo-run-{index}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    services = open_services(str(path), create=True, backup=False)
    try:
        start = time.perf_counter()
        result = generate_demo(sessions_of(services), participants=DEMO_PARTICIPANTS, seed=index,
                               today=DEMO_TODAY)
        seconds = time.perf_counter() - start
    finally:
        services.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return seconds, result.participants, result.marks


def run(report: Report) -> None:
    runs = [_one_run(i + 1) for i in range(RUNS)]
    report.add(f"demo met {DEMO_PARTICIPANTS} deelnemers", [s for s, _, _ in runs], "s",
               "< 30 s")
    report.add("demo: deelnemers per seconde", [p / s for s, p, _ in runs], "deelnemers/s",
               f">= {DEMO_PARTICIPANTS / 30:.0f}/s")
    report.add("demo: presentiemarkeringen per seconde", [m / s for s, _, m in runs],
               "markeringen/s")
    rebuild = os.environ.get("BVMDESK_BENCH_REBUILD") == "1" or reference_info() is None
    path = reference_dataset(force=rebuild)
    info = reference_info()
    assert info is not None
    origin = "nu gebouwd" if rebuild else "uit de cache"
    report.add("referentiedataset bouwen", [info.seconds], "s")
    print(f"referentiedataset ({origin}): {path}\n"
          f"  {info.participants} deelnemers, {info.groups} groepen, {info.lessons} lessen, "
          f"{info.marks} presentiemarkeringen, vandaag = {info.today}", flush=True)
