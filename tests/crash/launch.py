"""Starting a writer and killing it with SIGKILL after a delay: warm (forked) or cold."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Outcome:
    pid: int
    killed: bool  # the SIGKILL ended it (not a writer that had finished by itself)
    status: int  # exit code, or minus the signal
    started: float  # the system's monotonic clock when the writer was started
    seconds: float  # from start to death


class Launcher(Protocol):
    def run(self, argv: list[str], delay: float | None, log: Path) -> Outcome: ...

    def close(self) -> None: ...


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


class Zygote:
    """A fork server (tests/crash/zygote.py) with every writer module loaded: a writer
    starts in milliseconds, so nearly every kill lands in its writing."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.zygote"], cwd=ROOT, env=_env(),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._proc.stdout is not None
        if self._proc.stdout.readline().strip() != "ready":
            raise RuntimeError("de zygote van de crashproef start niet")

    def run(self, argv: list[str], delay: float | None, log: Path) -> Outcome:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        request = {"argv": argv, "delay": delay, "log": str(log)}
        self._proc.stdin.write(json.dumps(request) + "\n")
        self._proc.stdin.flush()
        answer = self._proc.stdout.readline()
        if not answer:
            raise RuntimeError("de zygote van de crashproef is gestopt")
        data = json.loads(answer)
        return Outcome(data["pid"], data["killed"], data["status"], data["started"],
                       data["seconds"])

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()


class Cold:
    """`python -m tests.crash.writer ...`: a new interpreter per writer (real start-up)."""

    def run(self, argv: list[str], delay: float | None, log: Path) -> Outcome:
        started, clock = time.perf_counter(), time.monotonic()
        with log.open("ab") as out:
            proc = subprocess.Popen([sys.executable, "-m", "tests.crash.writer", *argv],
                                    cwd=ROOT, env=_env(), stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=out)
        killed = False
        try:
            status = proc.wait(timeout=600 if delay is None else delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            status = proc.wait()
            killed = status == -signal.SIGKILL
        return Outcome(proc.pid, killed, status, clock, time.perf_counter() - started)

    def close(self) -> None:
        pass
