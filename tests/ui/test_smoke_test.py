"""`bvmdesk --db X gui --smoke-test` as a separate process: no dialog, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _smoke(location: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BVMDESK_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "bvmdesk", "--db", str(location), "gui", "--smoke-test"],
        env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[2])


@pytest.mark.slow
def test_smoke_test_on_a_new_empty_database(tmp_path: Path, _private_data_dir: Path) -> None:
    result = _smoke(tmp_path / "nieuw.sqlite", _private_data_dir)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "nieuw.sqlite").exists()
    assert not (_private_data_dir / "backups").exists()


@pytest.mark.slow
def test_smoke_test_on_a_database_with_data(db_path: Path, _private_data_dir: Path) -> None:
    result = _smoke(db_path, _private_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    assert not (_private_data_dir / "backups").exists()  # the smoke test makes no backup


@pytest.mark.slow
def test_smoke_test_fails_cleanly_on_a_missing_folder(tmp_path: Path,
                                                      _private_data_dir: Path) -> None:
    result = _smoke(tmp_path / "bestaat-niet" / "x.sqlite", _private_data_dir)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Map bestaat niet" in lines[0]
    assert "Maak de map eerst aan of kies een andere map." in lines[0]
    assert "Traceback" not in result.stderr
    assert "Error" not in result.stderr  # no Python class name (DatabaseLocationError)
