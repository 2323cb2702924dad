"""The database itself given as the file to import or as a scanner log: refused before it
is opened (reading and closing it in-process would drop SQLite's locks on it)."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Run
from tests.corpus.dump import logical_dump


@pytest.mark.parametrize("command", [["import"], ["import", "--dry-run"],
                                     ["attendance", "scans"]])
def test_the_database_itself_is_refused_as_input(cli: Run, sqlite_location: str,
                                                 command: list[str]) -> None:
    from tests.db.support import _set_up

    _set_up(sqlite_location)
    before = logical_dump(sqlite_location)
    result = cli("--db", sqlite_location, *command, sqlite_location)
    assert result.code == 1, result
    assert "is de database van BVM Desk zelf" in result.err
    assert "onverwachte fout" not in result.err
    assert logical_dump(sqlite_location) == before
