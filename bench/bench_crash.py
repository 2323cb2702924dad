"""Crash proof: 1,000 SIGKILLs of writers, and every acknowledged write still there.

The harness of tests/crash (the test suite runs 200 kills) with more kills: the register's
marks (warm writers forked from a fork server), an import, `bvmdesk demo`, and a share of
cold writers (`python -m tests.crash.writer`, a new interpreter each: real start-up). Each
kill is followed by `integrity_check`, `foreign_key_check`, the ledger of the stream
(acknowledged marks present and current; import and demo all or nothing) and
`bvmdesk check`. Failures must be 0. `BVMDESK_BENCH_CRASH_KILLS` changes the total.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path

from bench.common import Report, workspace

TOTAL = int(os.environ.get("BVMDESK_BENCH_CRASH_KILLS", "1000"))
# Shares of the kills: warm marks, import, demo, cold marks.
SHARES = {"marks": 0.55, "import": 0.25, "demo": 0.15, "cold": 0.05}


def _kills() -> dict[str, int]:
    kills = {mode: max(1, round(TOTAL * share)) for mode, share in SHARES.items()}
    kills["marks"] += TOTAL - sum(kills.values())
    return kills


def run(report: Report) -> None:
    from tests.crash.harness import Lane, run_lanes
    from tests.crash.launch import Cold, Zygote
    from tests.crash.suite import (
        demo_stream,
        import_stream,
        marks_stream,
        merged,
        prepare,
    )

    root = workspace() / "crash"
    shutil.rmtree(root, ignore_errors=True)  # every run starts from new templates
    data_dir = Path(os.environ["BVMDESK_DATA_DIR"])
    started = time.perf_counter()
    zygote = Zygote()
    try:
        prepared = prepare(root, data_dir, zygote)
    finally:
        zygote.close()
    cold_start = Cold().run(["marks", "--db", str(prepared.marks), "--acks",
                             str(root / "cold-probe.acks"), "--units", "0"], None,
                            root / "cold-probe.log").seconds
    print(f"voorbereiding {time.perf_counter() - started:.1f} s; een hele import "
          f"{prepared.import_seconds:.2f} s, een demo {prepared.demo_seconds:.2f} s, "
          f"koude start van een schrijver {cold_start:.2f} s", flush=True)
    kills = _kills()
    # A cold start varies a lot on a busy machine: a longer window reaches the writing too.
    cold = marks_stream(prepared, 1009, "presentie (koude start)", cold_start, writing=2.0)
    # Warm writers in three lanes (tests/crash/suite.run_sqlite), cold ones in a fourth.
    first, second = marks_stream(prepared, 1001), marks_stream(prepared, 1002)
    imports, demos = import_stream(prepared, 1003), demo_stream(prepared, 1004)
    share = round(0.6 * kills["marks"])
    lanes: list[Lane] = [[(first, share)],
                         [(second, kills["marks"] - share), (demos, kills["demo"])],
                         [(imports, kills["import"])], [(cold, kills["cold"])]]
    seconds = run_lanes(lanes, [Zygote, Zygote, Zygote, Cold])
    figures = [merged("presentie (register)", [first.figures, second.figures]),
               imports.figures, demos.figures, cold.figures]
    for f in figures:
        print(f"  {f.line()}", flush=True)
        for failure in f.failures:
            print(f"    {failure}", flush=True)
    total = sum(f.kills for f in figures)
    acked = sum(f.acked for f in figures)
    failures = sum(len(f.failures) for f in figures)
    verify = [s * 1000 for f in figures for s in f.verify_seconds]
    report.add("crashproef: herstel en controle na een kill", verify, "ms")
    report.add("crashproef: kills per seconde (4 banen parallel)", [total / seconds], "kills/s")
    print(f"crashproef: {total} kills, {acked} bevestigde schrijfacties gecontroleerd, "
          f"{failures} fouten, {seconds:.0f} s, gemiddeld herstel en controle "
          f"{statistics.mean(verify):.0f} ms   [doel: {TOTAL} kills, 0 fouten]", flush=True)
    if failures or total < TOTAL:
        raise AssertionError(f"crashproef: {failures} fouten, {total} van {TOTAL} kills")
