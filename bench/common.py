"""What every benchmark shares: timing, a workspace, and printing figures and ratios."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Figure:
    name: str
    values: list[float]
    unit: str
    target: str = ""

    def line(self) -> str:
        vals = sorted(self.values)
        if not vals:
            return f"{self.name}: geen metingen"
        text = (f"{self.name}: min {vals[0]:.3g} / mediaan {statistics.median(vals):.3g} / "
                f"max {vals[-1]:.3g} {self.unit} (n={len(vals)})")
        return f"{text}   [doel: {self.target}]" if self.target else text


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)

    def add(self, name: str, values: list[float], unit: str, target: str = "") -> Figure:
        figure = Figure(name, values, unit, target)
        self.figures.append(figure)
        print(figure.line(), flush=True)
        return figure


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of `repeat` calls of `func`."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        out.append(time.perf_counter() - start)
    return out


_WORKSPACE: list[Path] = []


def workspace() -> Path:
    """A folder for this run's databases (`BVMDESK_BENCH_DIR` keeps them between runs)."""
    import os

    if not _WORKSPACE:
        chosen = os.environ.get("BVMDESK_BENCH_DIR")
        path = Path(chosen) if chosen else Path(tempfile.mkdtemp(prefix="bvm-bench-"))
        path.mkdir(parents=True, exist_ok=True)
        _WORKSPACE.append(path)
    return _WORKSPACE[0]
