"""A password in a database URL is never shown: messages, the log, --json."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bvmdesk.config import mask_location, mask_passwords
from bvmdesk.logs import log_path, setup_logging


@pytest.mark.parametrize(("location", "shown"), [
    ("postgresql+psycopg://bvm:geh@im:x@db.school.nl:5432/bvm",
     "postgresql+psycopg://bvm:***@db.school.nl:5432/bvm"),
    ("postgresql+psycopg://bvm@/bvm?host=/run/pg&password=geheim",
     "postgresql+psycopg://bvm@/bvm?host=/run/pg&password=***"),
    ("postgresql://bvm:p%40ss@server/bvm", "postgresql://bvm:***@server/bvm"),
    ("/home/jan:piet@school/bvmdesk.sqlite", "/home/jan:piet@school/bvmdesk.sqlite"),
])
def test_mask_location(location: str, shown: str) -> None:
    assert mask_location(location) == shown


def test_the_log_hides_passwords_also_in_tracebacks(_private_data_dir: Path) -> None:
    setup_logging()
    log = logging.getLogger("bvmdesk.test")
    try:
        raise ValueError("Could not parse URL 'postgresql://u:Zeer-Geheim-1@h/d'")
    except ValueError as exc:
        log.error("kapot: %s", "host=x password=Zeer-Geheim-2", exc_info=exc)
    for handler in logging.getLogger("bvmdesk").handlers:
        handler.flush()
    text = log_path().read_text(encoding="utf-8")
    assert "kapot" in text and "***" in text
    assert "Zeer-Geheim" not in text
    assert mask_passwords("geen wachtwoord hier") == "geen wachtwoord hier"
