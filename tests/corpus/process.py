"""Running the command line as a real process, timed, with its own peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.cli.conftest import ROOT


@dataclass(frozen=True)
class Measured:
    code: int
    out: str
    err: str
    seconds: float
    megabytes: float  # the process's peak resident memory (tests.corpus.peak)


def run_measured(args: Sequence[str], timeout: float) -> Measured:
    """`bvmdesk ARGS` as a real process; killed and failed after `timeout` seconds."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryDirectory() as scratch:
        peak = Path(scratch) / "peak"
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.corpus.peak", str(peak), *args], cwd=ROOT,
            stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        while True:
            pid, status = os.waitpid(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                proc.kill()
                os.waitpid(proc.pid, 0)
                proc.returncode = -9
                raise AssertionError(f"bvmdesk {' '.join(args)} ran past {timeout} s")
            time.sleep(0.02)
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(proc.returncode, out.read().decode(), err.read().decode(), seconds,
                        int(peak.read_text()) / 1024)
