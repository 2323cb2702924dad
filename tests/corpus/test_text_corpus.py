"""Every hostile text input (tests/corpus/text_cases.py) is refused with its own Dutch
message, by the command line and by the services the GUI uses, and changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.container import Services, open_services
from bvmdesk.services.exchange.textfiles import read_bytes
from tests.cli.conftest import ROOT, Run
from tests.corpus.dump import logical_dump
from tests.corpus.text_cases import CASES, SCAN_LOGS, Case, header_only_beside_data
from tests.services.exchange.support import valid, write_csv

NEEDS_FIFO = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _args(case: Case, location: str, path: Path) -> list[str]:
    if case.command == "scans":
        return ["--db", location, "attendance", "scans", str(path)]
    return ["--db", location, "import", str(path)]


def _through_services(services: Services, case: Case, path: Path) -> list[Callable[[], Any]]:
    """What the GUI does: the import wizard's validate and import, or the scan log dialog's
    read and import; each must raise the refusal (a ServiceError)."""
    if case.command == "scans":
        return [lambda: services.scanlog.import_scans(Actor.cli(), read_bytes(path),
                                                      path.name)]
    return [lambda: services.exchange.validate(Actor.cli(), path),
            lambda: services.exchange.import_file(Actor.cli(), path)]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=NEEDS_FIFO)
                                  if "fifo" in c.name else pytest.param(c, id=c.name)
                                  for c in CASES])
def test_refused_with_its_message_and_nothing_changes(
        case: Case, cli: Run, site_location: str, tmp_path: Path) -> None:
    path = case.build(tmp_path)
    before = logical_dump(site_location)

    plain = cli(*_args(case, site_location, path))
    assert (plain.code, plain.out) == (case.code, "")
    assert plain.err == f"bvmdesk: {_line(plain.err)}\n"
    assert case.message in plain.err, plain.err
    as_json = cli(*_args(case, site_location, path), "--json")
    assert as_json.code == case.code and case.message in as_json.err
    document = json.loads(as_json.out)
    assert set(document) == {"error"} and case.message in document["error"]
    for result in (plain, as_json):
        assert "onverwachte fout" not in result.out + result.err

    services = open_services(site_location)
    try:
        for attempt in _through_services(services, case, path):
            with pytest.raises(ServiceError) as refused:
                attempt()
            assert case.message in str(refused.value)
    finally:
        services.close()
    assert logical_dump(site_location) == before


def _line(err: str) -> str:
    """The one line after `bvmdesk: ` (the test fails if there is more)."""
    assert err.startswith("bvmdesk: ") and err.count("\n") == 1, err
    return err.removeprefix("bvmdesk: ").removesuffix("\n")


@pytest.mark.parametrize(("builder", "message"), [
    (lambda folder: _sparse(folder / "Presentie.csv", 2_000_000_001), "is te groot"),
    (lambda folder: _sparse(folder / "Presentie.csv", 900_000_000), "is geen tekstbestand"),
    (lambda folder: _endless_line(folder / "Presentie.csv", 40_000_000), "is langer dan"),
], ids=["2-GB", "900-MB-zeros", "40-MB-line"])
def test_a_big_file_is_refused_in_seconds_and_small_memory(
        builder: object, message: str, site_location: str, tmp_path: Path) -> None:
    """A real process; its peak memory is measured by a parent of its own."""
    path = builder(tmp_path)  # type: ignore[operator]
    measure = ("import resource, subprocess, sys; "
               "code = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "print(code.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
               "print(code.stderr, end='')")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", measure, sys.executable, "-m", "bvmdesk",
                           "--db", site_location, "import", str(path)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    elapsed = time.monotonic() - started
    first, err = proc.stdout.split("\n", 1)
    code, peak_kb = map(int, first.split())
    assert code == 1 and message in err and "Traceback" not in err, err
    assert elapsed < 10, elapsed
    assert peak_kb < 300 * 1024, peak_kb


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def _endless_line(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.write(b"code;naam\r\n")
        block = b"a;" * 500_000
        for _ in range(size // len(block)):
            handle.write(block)
    return path


# --- what keeps working ------------------------------------------------------------------
def test_a_header_only_sheet_beside_data_imports(cli: Run, site_location: str,
                                                 tmp_path: Path) -> None:
    folder = header_only_beside_data(tmp_path)
    result = cli("--db", site_location, "import", str(folder), "--json")
    assert result.code == 0, result.out + result.err
    summary = json.loads(result.out)
    assert summary["created"]["Deelnemers"] == 3
    assert summary["created"]["Vakanties"] == 0
    assert summary["created"]["Praktijkopleiders"] == 0


@pytest.fixture
def administration(site_location: str, tmp_path: Path) -> str:
    """The valid administration imported: H-001 has badge B0001 and a lesson on
    2026-09-07 08:30-12:00."""
    services = open_services(site_location)
    try:
        result = services.exchange.import_file(
            Actor.cli(), write_csv(tmp_path / "administratie", valid()))
        assert result.written, result.errors
    finally:
        services.close()
    return site_location


@pytest.mark.parametrize("name", sorted(SCAN_LOGS))
def test_scan_logs_in_every_accepted_form(name: str, cli: Run, administration: str,
                                          tmp_path: Path) -> None:
    path = tmp_path / "scans.csv"
    path.write_bytes(SCAN_LOGS[name])
    result = cli("--db", administration, "attendance", "scans", str(path), "--json")
    assert result.code == 0, result.out + result.err
    summary = json.loads(result.out)
    assert summary["unmatched"] == [] and summary["skipped"] == []
    (mark,) = summary["marked"]
    assert (mark["participant"], mark["date"], mark["arrival_time"]) == (
        "H-001", "2026-09-07", "08:25")
    assert mark["departure_time"] == (None if name == "excel-serial-nl" else "11:58")
