"""Frozen certificate PDFs rendered in parallel for a large batch (issue 14, point 10).

ReportLab is pure Python and holds the GIL, so a batch of hundreds renders in worker
processes, one per core, while the issuing process numbers, signs and stores. The workers
are spawned (never forked: the GUI process has threads), get the site's artwork once, and
return each PDF with its QR operators, so that the print PDF draws every code without
encoding it again. A small batch renders in this process: starting workers costs more.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType

from bvmdesk.reports.certificate_model import CertificateArt, CertificateDocument
from bvmdesk.reports.pdf.certificate import remember_operators, render_frozen

PARALLEL_FROM = 40
"""A batch of at least this many certificates renders in worker processes."""
MAX_WORKERS = 4

_art = CertificateArt()
Rendered = Future[tuple[bytes, tuple[str, int]]]


def _start(art: CertificateArt) -> None:
    global _art
    _art = art
    # Fonts registered and the artwork turned into PDF images before the first task.
    from bvmdesk.reports.pdf.fonts import register_fonts

    register_fonts()


def _render(doc: CertificateDocument) -> tuple[bytes, tuple[str, int]]:
    return render_frozen(doc, _art)


def _ready() -> bool:
    return True


def workers_for(count: int) -> int:
    """How many worker processes a batch of `count` gets (0: render here)."""
    cores = os.cpu_count() or 1
    if count < PARALLEL_FROM or cores < 2:
        return 0
    return min(cores, MAX_WORKERS)


class RenderPool:
    """Renders frozen PDFs, in worker processes when `workers` > 0. A context manager: the
    workers stop at the end of the batch."""

    def __init__(self, art: CertificateArt, workers: int) -> None:
        self._art = art
        self._executor: ProcessPoolExecutor | None = None
        if workers > 0:
            try:
                self._executor = ProcessPoolExecutor(
                    max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start, initargs=(art,))
                # Start them now: they load while the batch reads what it needs.
                for _ in range(workers):
                    self._executor.submit(_ready)
            except (OSError, RuntimeError):  # no processes to be had: render here
                self._executor = None

    @property
    def parallel(self) -> bool:
        return self._executor is not None

    def submit(self, docs: Sequence[CertificateDocument]) -> list[Rendered] | None:
        """Start rendering `docs` in the workers; None when rendering happens here."""
        if self._executor is None:
            return None
        return [self._executor.submit(_render, doc) for doc in docs]

    def collect(self, docs: Sequence[CertificateDocument],
                futures: list[Rendered] | None) -> list[bytes]:
        """The frozen PDFs of `docs`, in order (rendered here when there are no futures)."""
        if futures is None:
            return [render_frozen(doc, self._art)[0] for doc in docs]
        pdfs = []
        for doc, future in zip(docs, futures, strict=True):
            pdf, operators = future.result()
            remember_operators(doc.qr_content, operators)
            pdfs.append(pdf)
        return pdfs

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
