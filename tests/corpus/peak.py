"""`python -m tests.corpus.peak OUT ARGS...`: run `bvmdesk ARGS`, then write its peak memory.

The peak is VmHWM of /proc/self/status (kB) at exit: the memory of this process's own image.
ru_maxrss would not do: Linux carries the parent's peak over a (v)fork and exec into it, and
the parent here is the test run.
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def _report(out: str) -> None:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            Path(out).write_text(line.split()[1])


if __name__ == "__main__":
    atexit.register(_report, sys.argv[1])
    sys.argv = ["bvmdesk", *sys.argv[2:]]
    runpy.run_module("bvmdesk", run_name="__main__", alter_sys=True)
