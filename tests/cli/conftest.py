"""Running the command line in-process and as a real process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from bvmdesk.cli import main
from tests.db.support import (  # noqa: F401
    cheap_argon2,
    site_location,
)

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        request: pytest.FixtureRequest) -> Run:
    """`cli("--db", x, "check", stdin="...")`: bvmdesk.cli.main in this process."""
    request.getfixturevalue("cheap_argon2")  # passwords set in-process hash quickly

    def run(*args: str, stdin: str = "") -> Result:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Result(code, out, err)

    return run


def run_process(args: Sequence[str], stdin: str | None = None, *,
                env: dict[str, str] | None = None, timeout: float = 60) -> Result:
    """`python -m bvmdesk ARGS` as a real process; stdin None means no input at all."""
    proc = subprocess.run(
        [sys.executable, "-m", "bvmdesk", *args], input=stdin, text=True,
        stdin=subprocess.DEVNULL if stdin is None else None, capture_output=True,
        timeout=timeout, cwd=ROOT, env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in proc.stderr
    return Result(proc.returncode, proc.stdout, proc.stderr)
