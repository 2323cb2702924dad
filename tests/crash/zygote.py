"""A warm fork server for writers: starts a writer, kills it after a delay, reports.

`python -m tests.crash.zygote` loads what every writer needs once, then serves one JSON
request per line on stdin: `{"argv": [...], "delay": SECONDS or null, "log": PATH}`. For each
it forks a writer (`tests.crash.writer.main(argv)`, stdout and stderr to `log`), waits until
the writer ends or `delay` has passed, kills it with SIGKILL, reaps it, and answers one line:
`{"pid", "killed", "status", "started", "seconds"}` (`status`: the exit code, or minus the
signal; `started`: the monotonic clock at the fork).

Only the zygote forks, and it has no threads and no database connection of its own, so the
writer is a clean process; a fork takes milliseconds where a cold start takes a second.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import select
import signal
import sys
import time
import traceback
from typing import Any

LIMIT = 600.0  # a writer that has not finished after this is killed (a hung run)


def _child(argv: list[str], log: str) -> None:
    """In the forked writer: never returns."""
    code = 70
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(out, 2)
        from tests.crash.writer import main

        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _wait(pid: int, delay: float | None) -> tuple[bool, int]:
    """Wait for the writer to end or `delay` to pass; kill it then. (killed, status)."""
    deadline = time.monotonic() + (LIMIT if delay is None else delay)
    fd = os.pidfd_open(pid)
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or select.select([fd], [], [], left)[0]:
                break
    finally:
        os.close(fd)
    done, status = os.waitpid(pid, os.WNOHANG)
    killed = False
    if done == 0:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        killed = True
    code = os.waitstatus_to_exitcode(status)
    # Killed means the SIGKILL ended it, not a writer that had just finished by itself.
    return killed and code == -signal.SIGKILL, code


def serve(request: dict[str, Any]) -> dict[str, Any]:
    started, clock = time.perf_counter(), time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child(list(request["argv"]), str(request["log"]))
    killed, status = _wait(pid, request.get("delay"))
    return {"pid": pid, "killed": killed, "status": status, "started": clock,
            "seconds": time.perf_counter() - started}


def main() -> int:
    from tests.crash.writer import PRELOAD

    for name in PRELOAD:
        with contextlib.suppress(ImportError):  # psycopg, where it is not installed
            importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # what the first query of every writer would do (~0.25 s)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(json.dumps(serve(json.loads(line))) + "\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
