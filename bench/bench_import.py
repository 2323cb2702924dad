"""Import rate of the exchange format (target >= 20,000 rows/s, all or nothing).

The reference dataset (bench.dataset) is exported to a CSV folder once; each run imports
that folder into a fresh, set-up database in one transaction and is timed.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from bench.common import Report, workspace
from bvmdesk.services.container import sessions_of

RUNS = int(os.environ.get("BVMDESK_BENCH_IMPORT_RUNS", "3"))
PASSWORD = "een lang wachtwoord"


def _reference_folder() -> tuple[Path, str, str]:
    """The reference dataset as a CSV export, and its local site (code, name)."""
    from bench.dataset import reference_dataset
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services
    from bvmdesk.services.exchange import ExchangeService

    source = reference_dataset()
    folder = workspace() / "import-reference-csv"
    services = open_services(str(source), backup=False)
    try:
        site = services.accounts.local_site()
        assert site is not None
        if not (folder / "Presentie.csv").exists():
            started = time.perf_counter()
            ExchangeService(sessions_of(services)).export(Actor.cli(), folder)
            print(f"export van de referentiedataset: {time.perf_counter() - started:.1f} s",
                  flush=True)
        return folder, site.code, site.name
    finally:
        services.close()


def _synthetic_folder() -> tuple[Path, str, str]:
    from tests.services.exchange.large import write_large_folder

    folder = workspace() / "import-synthetic-csv"
    if not (folder / "Presentie.csv").exists():
        write_large_folder(folder, participants=20_000, groups=400, lessons=50)
    return folder, "ZWL", "Zwolle"


def _rows(folder: Path) -> int:
    total = 0
    for path in folder.glob("*.csv"):
        with path.open("rb") as handle:
            total += sum(1 for _ in handle) - 1
    return total


def run(report: Report) -> None:
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import open_services
    from bvmdesk.services.exchange import ExchangeService

    try:
        folder, code, name = _reference_folder()
        label = "referentiedataset"
    except ImportError:
        folder, code, name = _synthetic_folder()
        label = "synthetische dataset"
    rows = _rows(folder)
    print(f"{label}: {rows:,} rijen in {folder}", flush=True)
    rates: list[float] = []
    for attempt in range(RUNS):
        target = workspace() / f"import-run-{attempt}"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        services = open_services(str(target / "db.sqlite"), create=True, backup=False)
        try:
            services.accounts.setup_site(Actor.cli(), code, name, "beheer", PASSWORD)
            started = time.perf_counter()
            result = ExchangeService(sessions_of(services)).import_file(Actor.cli(), folder)
            seconds = time.perf_counter() - started
        finally:
            services.close()
        if result.errors:
            raise RuntimeError(f"import geweigerd: {[str(e) for e in result.errors[:5]]}")
        rates.append(rows / seconds)
        print(f"  run {attempt + 1}: {seconds:.1f} s", flush=True)
        shutil.rmtree(target, ignore_errors=True)
    report.add(f"import ({label}, {rows:,} rijen, CSV, SQLite)", rates, "rijen/s",
               ">= 20000 rijen/s")
