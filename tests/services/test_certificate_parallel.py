"""A large batch renders in worker processes: the same certificates, numbers and bytes as
rendering here, the print PDF with every page, Cancel between chunks."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from bvmdesk.db.models import Certificate
from bvmdesk.reports.certificate_model import CertificateArt, CertificateDocument
from bvmdesk.reports.pdf.certificate import render_certificate
from bvmdesk.services import certificate_issue
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services import certificate_support
from tests.services.certificate_support import EVERYONE_OK, GROUP, certificate_world

site_location = support.site_location
services = certificate_support.services
admin = support.admin


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every batch as a large one: two worker processes, chunks of two."""
    monkeypatch.setattr(certificate_issue, "workers_for", lambda count: 2)
    monkeypatch.setattr(certificate_issue, "CHUNK", 2)


def test_workers_render_what_this_process_would(services: Services, admin: Actor,
                                                parallel: None, tmp_path: Path) -> None:
    certificate_world(services, admin, EVERYONE_OK[:5])
    steps: list[tuple[int, int]] = []
    result = services.certificates.issue(admin, GROUP, progress=lambda d, t:
                                         steps.append((d, t)))
    assert [c.number for c in result.issued] == [f"ZWL-2026-0000{n}" for n in range(1, 6)]
    assert steps == [(0, 5), (2, 5), (4, 5), (5, 5)]
    art = CertificateArt(*(lambda c: (c.logo, c.signature))(
        services.certificate_settings.get(admin)))
    with sessions_of(services).read() as s:
        rows = s.scalars(select(Certificate).order_by(Certificate.number)).all()
        for row in rows:
            # Frozen by a worker, byte for byte what this process makes of the snapshot.
            again = render_certificate(CertificateDocument.from_snapshot(row.snapshot), art)
            assert bytes(row.pdf) == again
    assert result.print_pdf is not None
    path = tmp_path / "print.pdf"
    path.write_bytes(result.print_pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+5$", info, re.MULTILINE)


def test_cancel_stops_between_chunks(services: Services, admin: Actor,
                                     parallel: None) -> None:
    certificate_world(services, admin, EVERYONE_OK[:5])
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # after two chunks

    result = services.certificates.issue(admin, GROUP, cancelled=cancelled)
    assert result.cancelled
    assert [c.number for c in result.issued] == [f"ZWL-2026-0000{n}" for n in range(1, 5)]
    again = services.certificates.issue(admin, GROUP)
    assert [c.number for c in again.issued] == ["ZWL-2026-00005"]
