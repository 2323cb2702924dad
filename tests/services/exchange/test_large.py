"""A large import: 10,000 participants and 200,000 Presentie rows, in one transaction."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services, sessions_of
from bvmdesk.services.exchange import ExchangeService
from tests.services.exchange.large import write_large_folder
from tests.services.exchange.support import counts


@pytest.mark.slow
def test_ten_thousand_participants_and_two_hundred_thousand_marks(
        _sqlite_site_template: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "groot.sqlite"
    shutil.copyfile(_sqlite_site_template, db)
    folder = tmp_path / "groot"
    rows = write_large_folder(folder, participants=10_000, groups=200, lessons=20)
    services = open_services(str(db), backup=False)
    try:
        exchange = ExchangeService(sessions_of(services))
        seen: list[tuple[int, int]] = []
        started = time.perf_counter()
        result = exchange.import_file(Actor.cli(), folder,
                                      progress=lambda d, t: seen.append((d, t)))
        elapsed = time.perf_counter() - started
        assert result.errors == ()
        assert result.summary is not None
        created = result.summary.as_dict()["created"]
        assert created == {"Modules": 1, "Deelnemers": 10_000, "Groepen": 200,
                           "Inschrijvingen": 10_000, "Lessen": 4_000, "Presentie": 200_000}
        assert result.summary.rows == rows
        table_rows = counts(services)
        assert table_rows["attendance_marks"] == 200_000
        assert table_rows["participants"] == 10_000
        assert len(seen) > 20 and seen[-1][0] == seen[-1][1]
        print(f"\nimport: {rows} rijen in {elapsed:.1f} s = {rows / elapsed:,.0f} rijen/s")
        # The same file again: all unchanged, a quick check of every current mark.
        again = exchange.import_file(Actor.cli(), folder, dry_run=True)
        assert again.summary is not None and again.summary["Presentie"].unchanged == 200_000
    finally:
        services.close()
