"""Broken databases and locations (issue 11 point 2): a builder per case and what the
command line must answer.

Every case is made by code in a temporary folder: a copy of a set-up BVM Desk database
that is then made read-only, damaged, cut short or marked as newer, a file that is no
database at all, or a PostgreSQL URL that leads nowhere. `snapshot` gives the state that
must not change (a logical dump where one can be made, else the bytes of the files); a
case with a `secret` has a password in its URL that must never be shown.

Read-only cases: root ignores file modes, so as root the command runs with the
capabilities that override them dropped (`setpriv`): then SQLite really meets the
read-only file or folder, as any user would.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.corpus.dump import logical_dump
from tests.pg_server import PostgresServer

ROOT = Path(__file__).resolve().parents[2]
PG_PASSWORD = "Geheim-Wachtwoord-7731"  # the right password of PG_ROLE
WRONG_PASSWORD = "Fout-Wachtwoord-4410"
PG_ROLE = "bvm_corpus"
# The capabilities that let root write where the file modes say no.
_DROP = "--bounding-set=-dac_override,-dac_read_search,-fowner,-linux_immutable"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@dataclass
class CaseEnv:
    """What the builders get: a folder of their own, a set-up database to copy, and the
    PostgreSQL server with a set-up database (PostgreSQL cases only)."""

    folder: Path
    site_db: Path
    pg: PostgresServer | None = None
    pg_site: str | None = None  # a URL of a set-up database on `pg`, user postgres
    cleanup: list[Callable[[], None]] = field(default_factory=list)


@dataclass(frozen=True)
class Built:
    location: str
    snapshot: Callable[[], str]
    secret: str | None = None
    drop_privileges: bool = False  # as root: run without the capabilities to override modes


@dataclass(frozen=True)
class DbCase:
    """One broken database: `message` is in the Dutch line of every command; `exit_code`
    is that of an ordinary command, `check_exit` that of `bvmdesk check`; `kind` is the
    kind of `check --json`'s first problem (exit 3) or of the open error."""

    name: str
    backend: str
    build: Callable[[CaseEnv], Built]
    message: str
    kind: str
    exit_code: int = 1
    check_exit: int = 1
    opens: bool = False  # the database opens; the damage shows at the first read


# --- running ------------------------------------------------------------------------------
def run_cli(args: Sequence[str], *, env: dict[str, str], drop: bool = False,
            stdin: str | None = None, timeout: float = 90) -> Result:
    """`python -m bvmdesk ARGS` as a real process (without the override capabilities when
    `drop` and root)."""
    command = [sys.executable, "-m", "bvmdesk", *args]
    if drop and os.geteuid() == 0:
        command = ["setpriv", _DROP, *command]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          input=stdin, stdin=subprocess.DEVNULL if stdin is None else None,
                          env={**os.environ, **env})
    return Result(proc.returncode, proc.stdout, proc.stderr)


_OPEN_SNIPPET = """
import json, sys
from bvmdesk.services.container import open_services
try:
    open_services(sys.argv[1]).close()
    print(json.dumps({"type": None}))
except Exception as exc:
    print(json.dumps({"type": type(exc).__name__, "kind": getattr(exc, "kind", None),
                      "message": str(exc)}))
"""


def open_in_child(location: str, *, env: dict[str, str], drop: bool) -> dict[str, str | None]:
    """open_services(location) in a process of its own (without the override capabilities
    when `drop` and root): the error's class, kind and message."""
    import json

    command = [sys.executable, "-c", _OPEN_SNIPPET, location]
    if drop and os.geteuid() == 0:
        command = ["setpriv", _DROP, *command]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=90, cwd=ROOT,
                          stdin=subprocess.DEVNULL, env={**os.environ, **env})
    assert proc.returncode == 0, proc.stderr
    found: dict[str, str | None] = json.loads(proc.stdout.splitlines()[-1])
    return found


# --- snapshots ----------------------------------------------------------------------------
def file_bytes(*paths: Path) -> Callable[[], str]:
    """The bytes of `paths` (and which files lie beside them) as a digest."""

    def snapshot() -> str:
        parts = []
        for path in paths:
            beside = sorted(p.name for p in path.parent.iterdir())
            content = path.read_bytes() if path.exists() else b"(none)"
            parts.append(f"{path.name} {hashlib.sha256(content).hexdigest()} {beside}")
        return "\n".join(parts)

    return snapshot


def dump_of(location: str) -> Callable[[], str]:
    return lambda: logical_dump(location)


def _copy_site(env: CaseEnv, folder_name: str, name: str = "bvmdesk.sqlite") -> Path:
    folder = env.folder / folder_name
    folder.mkdir()
    target = folder / name
    shutil.copyfile(env.site_db, target)
    head = env.site_db.with_name(env.site_db.name + ".head")
    if head.exists():
        shutil.copyfile(head, target.with_name(target.name + ".head"))
    return target


def _no_side_files(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{path}{suffix}").exists(), f"{path}{suffix} left behind"


# --- SQLite builders ----------------------------------------------------------------------
def read_only_file(env: CaseEnv) -> Built:
    path = _copy_site(env, "ro-file")
    snapshot = dump_of(str(path))
    snapshot()
    _no_side_files(path)
    path.chmod(0o444)
    return Built(str(path), snapshot, drop_privileges=True)


def read_only_folder(env: CaseEnv) -> Built:
    path = _copy_site(env, "ro-folder")
    snapshot = dump_of(str(path))
    snapshot()
    _no_side_files(path)
    path.parent.chmod(0o555)
    env.cleanup.append(lambda: path.parent.chmod(0o755))
    return Built(str(path), snapshot, drop_privileges=True)


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _root_pages(path: Path, table: str) -> list[int]:
    """The root pages of `table` and of its indexes."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = ? "
                            "AND rootpage > 0", (table,)).fetchall()
    finally:
        conn.close()
    return [int(row[0]) for row in rows]


def damaged_page(env: CaseEnv) -> Built:
    """The pages of `participants` and its indexes overwritten with garbage (as a failing
    disk does): the file opens, and the damage shows when the table is read."""
    path = _copy_site(env, "damaged-page")
    size = _page_size(path)
    with open(path, "r+b") as handle:
        for page in _root_pages(path, "participants"):
            handle.seek((page - 1) * size)
            handle.write(bytes((i * 37 + 11) % 256 for i in range(size)))
    return Built(str(path), file_bytes(path))


def truncated(env: CaseEnv) -> Built:
    """The file cut off after a third of its pages (a copy that stopped halfway)."""
    path = _copy_site(env, "truncated")
    size = _page_size(path)
    pages = path.stat().st_size // size
    with open(path, "r+b") as handle:
        handle.truncate(max(2, pages // 3) * size)
    return Built(str(path), file_bytes(path))


def header_overwritten(env: CaseEnv) -> Built:
    """The first 16 bytes (SQLite's magic string) overwritten; the rest of the header and
    every page intact."""
    path = _copy_site(env, "header")
    with open(path, "r+b") as handle:
        handle.write(b"\x00GARBAGE-GARBAGE"[:16])
    return Built(str(path), file_bytes(path))


def text_file(env: CaseEnv) -> Built:
    folder = env.folder / "text"
    folder.mkdir()
    path = folder / "bvmdesk.sqlite"
    path.write_text("nummer;voornamen;achternaam\nH-001;Jan;Jansen\n", encoding="utf-8")
    return Built(str(path), file_bytes(path))


def image_file(env: CaseEnv) -> Built:
    """A small real PNG (made by zlib and the PNG chunk rules) named like a database."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + bytes((x * 8, y * 8, 128)) * 16 for y in range(16)
                    for x in range(1))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    folder = env.folder / "image"
    folder.mkdir()
    path = folder / "bvmdesk.sqlite"
    path.write_bytes(png)
    return Built(str(path), file_bytes(path))


def other_app(env: CaseEnv) -> Built:
    """Another program's SQLite database: tables of its own, no BVM Desk schema."""
    folder = env.folder / "other"
    folder.mkdir()
    path = folder / "muziek.sqlite"
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, album INTEGER, title TEXT)")
        conn.execute("INSERT INTO albums VALUES (1, 'Blauw')")
        conn.execute("INSERT INTO songs VALUES (1, 1, 'Zee')")
        conn.commit()
    finally:
        conn.close()
    return Built(str(path), file_bytes(path))


def zero_bytes(env: CaseEnv) -> Built:
    folder = env.folder / "empty"
    folder.mkdir()
    path = folder / "bvmdesk.sqlite"
    path.touch()
    return Built(str(path), file_bytes(path))


def _mark_newer(path: Path, app_version: str | None) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.execute("DELETE FROM local_settings WHERE key = 'app_version'")
        if app_version is not None:
            conn.execute("INSERT INTO local_settings (key, value) VALUES ('app_version', ?)",
                         (app_version,))
        conn.commit()
    finally:
        conn.close()


def newer_version(env: CaseEnv) -> Built:
    """A database a (future) BVM Desk 0.9.0 migrated to its schema 0099."""
    path = _copy_site(env, "newer")
    _mark_newer(path, "0.9.0")
    return Built(str(path), dump_of(str(path)))


def newer_version_unknown(env: CaseEnv) -> Built:
    """Schema 0099, and no record of the version that made it."""
    path = _copy_site(env, "newer-unknown")
    _mark_newer(path, None)
    return Built(str(path), dump_of(str(path)))


# --- PostgreSQL builders ------------------------------------------------------------------
def allow_password_role(server: PostgresServer) -> None:
    """A role that must log in with a password (scram-sha-256) on the test server, whose
    other users keep `trust`: its line goes first in pg_hba.conf, then the server reloads.
    Idempotent."""
    hba = Path(server.data_dir) / "pg_hba.conf"
    text = hba.read_text()
    line = f"local all {PG_ROLE} scram-sha-256\n"
    if line not in text:
        hba.write_text(line + text)
    with server._connect() as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (PG_ROLE,)).fetchone()
        if not exists:
            conn.execute(f"CREATE ROLE {PG_ROLE} LOGIN SUPERUSER PASSWORD '{PG_PASSWORD}'")
        conn.execute("SELECT pg_reload_conf()")


def database_of(url: str) -> str:
    from sqlalchemy import make_url

    return str(make_url(url).database)


def _pg_url(server: PostgresServer, database: str, password: str) -> str:
    return (f"postgresql+psycopg://{PG_ROLE}:{password}@/{database}"
            f"?host={server.socket_dir}&port={server.port}")


def pg_unreachable(env: CaseEnv) -> Built:
    """A URL with a password to a socket folder where no server listens."""
    folder = env.folder / "nopg"
    folder.mkdir()
    url = (f"postgresql+psycopg://bvm:{PG_PASSWORD}@/bvmdesk"
           f"?host={folder}&port=5999")
    return Built(url, lambda: "(geen server)", secret=PG_PASSWORD)


def pg_wrong_password(env: CaseEnv) -> Built:
    assert env.pg is not None and env.pg_site is not None
    allow_password_role(env.pg)
    return Built(_pg_url(env.pg, database_of(env.pg_site), WRONG_PASSWORD), dump_of(env.pg_site),
                 secret=WRONG_PASSWORD)


def pg_no_database(env: CaseEnv) -> Built:
    assert env.pg is not None
    allow_password_role(env.pg)
    server = env.pg
    name = f"bestaat_niet_{uuid.uuid4().hex[:8]}"

    def databases() -> str:
        with server._connect() as conn:
            rows = conn.execute("SELECT datname FROM pg_database WHERE datname = %s",
                                (name,)).fetchall()
        return repr(rows)

    return Built(_pg_url(server, name, PG_PASSWORD), databases, secret=PG_PASSWORD)


def pg_newer_version(env: CaseEnv) -> Built:
    assert env.pg_site is not None
    from sqlalchemy import create_engine, text

    engine = create_engine(env.pg_site)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
            conn.execute(text("DELETE FROM local_settings WHERE key = 'app_version'"))
            conn.execute(text("INSERT INTO local_settings (key, value) "
                              "VALUES ('app_version', '0.9.0')"))
    finally:
        engine.dispose()
    return Built(env.pg_site, dump_of(env.pg_site))


DAMAGED = "De database is beschadigd"
NOT_BVM = "geen BVM Desk-database"
NEWER = "nieuwere versie van BVM Desk"

CASES: list[DbCase] = [
    DbCase("read-only file", "sqlite", read_only_file,
           "bvmdesk.sqlite is alleen-lezen", "read_only_file"),
    DbCase("read-only folder", "sqlite", read_only_folder,
           "ro-folder is alleen-lezen: SQLite moet naast bvmdesk.sqlite", "read_only_folder"),
    DbCase("damaged page", "sqlite", damaged_page, DAMAGED, "damaged", check_exit=3,
           opens=True),
    DbCase("truncated file", "sqlite", truncated, DAMAGED, "damaged", check_exit=3),
    DbCase("header overwritten", "sqlite", header_overwritten, DAMAGED, "damaged",
           check_exit=3),
    DbCase("text file", "sqlite", text_file, NOT_BVM, "not_a_database"),
    DbCase("image file", "sqlite", image_file, NOT_BVM, "not_a_database"),
    DbCase("other program's SQLite", "sqlite", other_app, NOT_BVM, "not_bvm"),
    DbCase("0-byte file", "sqlite", zero_bytes, NOT_BVM, "not_bvm"),
    DbCase("newer version", "sqlite", newer_version,
           "Werk BVM Desk bij naar versie 0.9.0 of nieuwer", "newer"),
    DbCase("newer version, unknown", "sqlite", newer_version_unknown,
           "Werk BVM Desk bij naar de nieuwste versie", "newer"),
    DbCase("PostgreSQL unreachable", "postgresql", pg_unreachable,
           "is niet bereikbaar", "pg_unreachable"),
    DbCase("PostgreSQL wrong password", "postgresql", pg_wrong_password,
           "het wachtwoord of de gebruikersnaam klopt niet", "pg_auth"),
    DbCase("PostgreSQL no such database", "postgresql", pg_no_database,
           "bestaat niet op de PostgreSQL-server", "pg_no_database"),
    DbCase("PostgreSQL newer version", "postgresql", pg_newer_version,
           "Werk BVM Desk bij naar versie 0.9.0 of nieuwer", "newer"),
]
