"""Database URLs BVM Desk cannot use: a clear message, exit 1, and the password never shown
(issue 11)."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import Run

SECRET = "geheim-wachtwoord-42"


@pytest.mark.parametrize(("url", "message"), [
    (f"mysql://u:{SECRET}@localhost/x", "niet met 'mysql'"),
    (f"oracle+cx_oracle://u:{SECRET}@x/y", "niet met 'oracle'"),
    (f"postgresql+psycopg2://u:{SECRET}@127.0.0.1:1/x", "stuurprogramma 'psycopg2'"),
    (f"postgresql+asyncpg://u:{SECRET}@127.0.0.1:1/x", "stuurprogramma 'asyncpg'"),
    (f"nonsense://u:{SECRET}@x", "niet met 'nonsense'"),
    (f"postgresql+psycopg://u:{SECRET}@[::1", "geen geldige database-URL"),
    (f"postgresql+psycopg://u:{SECRET}@127.0.0.1:1/x", "niet bereikbaar"),
])
def test_an_unusable_url_is_named_without_its_password(cli: Run, url: str,
                                                       message: str) -> None:
    for args in (["participants", "list"], ["check"], ["check", "--json"]):
        result = cli("--db", url, *args)
        assert result.code == 1, (args, result)
        assert message in result.err + result.out
        assert "onverwachte fout" not in result.err
        assert SECRET not in result.err + result.out
        assert "u:***@" in result.err
        if "--json" in args:
            assert json.loads(result.out)["error"].startswith(result.err[len("bvmdesk: "):40])
