"""The workbook corpus through the command line and the import service, on both backends.

A refused file: exit 1 with its message (one Dutch line; `{"error": ...}` with --json), the
same message from `validate` and `import_file`, and a database that is logically the same.
Heavy cases also run as a real process, within their time and memory.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import FrameType

import pytest

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.container import open_services
from bvmdesk.services.exchange import limits
from tests.cli.conftest import Run
from tests.corpus.dump import logical_dump
from tests.corpus.process import run_measured
from tests.corpus.xlsx_cases import ACCEPTED, REFUSED, Builder, Case
from tests.db.support import copy_sqlite

Corpus = Callable[[Case], Path]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Each case's file, built once per test session (cases may share a builder)."""
    folder = tmp_path_factory.mktemp("xlsx-corpus")
    built: dict[Builder, Path] = {}

    def get(case: Case) -> Path:
        if case.build not in built:
            target = folder / f"{len(built):02d}-{case.name}"
            target.mkdir()
            built[case.build] = case.build(target)
        return built[case.build]

    return get


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging the test run (a FIFO that is opened would wait forever)."""
    def expired(_signal: int, _frame: FrameType | None) -> None:
        raise AssertionError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _lower_limits(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    if case.limits:
        monkeypatch.setattr(limits, "LIMITS", replace(limits.LIMITS, **dict(case.limits)))


def _refused_line(case: Case, err: str) -> None:
    assert err.startswith("bvmdesk: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert case.message in err, err
    assert "onverwachte fout" not in err and "Traceback" not in err


def _json_error(case: Case, out: str) -> None:
    document = json.loads(out)
    assert set(document) == {"error"}, document
    assert case.message in document["error"], document
    assert "onverwachte fout" not in document["error"]


@pytest.mark.parametrize("case", [c for c in REFUSED if c.in_process], ids=lambda c: c.name)
def test_refused(case: Case, site_location: str, cli: Run, corpus: Corpus,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus(case)
    _lower_limits(case, monkeypatch)
    before = logical_dump(site_location)
    with deadline(120):
        plain = cli("--db", site_location, "import", str(path))
        as_json = cli("--db", site_location, "import", str(path), "--json")
        services = open_services(site_location)
        try:
            for check in (services.exchange.validate, services.exchange.import_file):
                with pytest.raises(ServiceError) as refused:
                    check(Actor.cli(), path)
                assert case.message in str(refused.value)
        finally:
            services.close()
    assert (plain.code, plain.out) == (1, "")
    _refused_line(case, plain.err)
    assert as_json.code == 1 and "Traceback" not in as_json.err
    _json_error(case, as_json.out)
    assert logical_dump(site_location) == before


def _refused_by_a_process(case: Case, location: str, path: Path, *, with_json: bool) -> None:
    before = logical_dump(location)
    plain = run_measured(["--db", location, "import", str(path)], case.seconds)
    runs = [plain]
    if with_json:
        runs.append(run_measured(["--db", location, "import", str(path), "--json"],
                                 case.seconds))
        _json_error(case, runs[-1].out)
    for run in runs:
        assert run.code == 1, run
        assert run.megabytes < case.megabytes, run
        assert "Traceback" not in run.err
    _refused_line(case, plain.err)
    assert logical_dump(location) == before


# As a process on SQLite: the time and memory of reading the file do not depend on the
# backend, and the in-process run of the same case (test_refused) covers PostgreSQL.
@pytest.mark.parametrize("site_location", ["sqlite"], indirect=True)
@pytest.mark.parametrize("case", [c for c in REFUSED if c.heavy and c.in_process],
                         ids=lambda c: c.name)
def test_refused_as_a_process(case: Case, site_location: str, corpus: Corpus) -> None:
    _refused_by_a_process(case, site_location, corpus(case), with_json=True)


@pytest.mark.parametrize("case", [c for c in REFUSED if not c.in_process],
                         ids=lambda c: c.name)
def test_the_slowest_refusals_as_a_process(case: Case, tmp_path: Path, corpus: Corpus,
                                           _sqlite_site_template: Path) -> None:
    """Refused while the file is read, before the database is touched: one real process on
    SQLite, at the real limit. The twin at a lowered limit (test_refused) checks the message,
    --json and the unchanged database on both backends."""
    location = tmp_path / "site.sqlite"
    copy_sqlite(_sqlite_site_template, location)
    _refused_by_a_process(case, str(location), corpus(case), with_json=False)


def _created(out: str) -> int:
    return int(json.loads(out)["created"].get("Leerbedrijven", 0))


@pytest.mark.parametrize("case", [c for c in ACCEPTED if not c.heavy], ids=lambda c: c.name)
def test_accepted(case: Case, site_location: str, cli: Run, corpus: Corpus) -> None:
    _accepted(case, site_location, cli, corpus)


# A heavy file in-process on SQLite; test_accepted_as_a_process imports it on both backends.
@pytest.mark.parametrize("site_location", ["sqlite"], indirect=True)
@pytest.mark.parametrize("case", [c for c in ACCEPTED if c.heavy], ids=lambda c: c.name)
def test_accepted_heavy(case: Case, site_location: str, cli: Run, corpus: Corpus) -> None:
    _accepted(case, site_location, cli, corpus)


def _accepted(case: Case, site_location: str, cli: Run, corpus: Corpus) -> None:
    """Dry run (nothing changes), import, and validate of an accepted file."""
    path = corpus(case)
    before = logical_dump(site_location)
    dry = cli("--db", site_location, "import", str(path), "--dry-run", "--json")
    assert dry.code == 0 and _created(dry.out) == case.created, dry
    assert logical_dump(site_location) == before
    done = cli("--db", site_location, "import", str(path), "--json")
    assert done.code == 0 and _created(done.out) == case.created, done
    services = open_services(site_location)
    try:
        plan = services.exchange.validate(Actor.cli(), path)
        assert plan.errors == () and plan.summary is not None
        assert plan.summary["Leerbedrijven"].unchanged == case.created
    finally:
        services.close()


@pytest.mark.parametrize("case", [c for c in ACCEPTED if c.heavy], ids=lambda c: c.name)
def test_accepted_as_a_process(case: Case, site_location: str, corpus: Corpus) -> None:
    run = run_measured(["--db", site_location, "import", str(corpus(case)), "--json"],
                       case.seconds)
    assert run.code == 0 and _created(run.out) == case.created, run
    assert run.megabytes < case.megabytes, run


def test_a_folder_named_like_a_workbook_is_no_hang(site_location: str, tmp_path: Path) -> None:
    """A folder is read as CSV files (however it is named); here: none, and no wait."""
    folder = tmp_path / "map.xlsx"
    folder.mkdir()
    run = run_measured(["--db", site_location, "import", str(folder)], 30)
    assert run.code in (0, 1) and "Traceback" not in run.err
    assert "onverwachte fout" not in run.err
