"""PostgreSQL backups: `pg_dump` in its custom format, read back with `pg_restore`.

The dump and the audit head come from one snapshot: a REPEATABLE READ transaction exports
its snapshot, reads the head, and `pg_dump --snapshot` dumps exactly what it saw.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from bvmdesk.db.head import ChainHead
from bvmdesk.services.backup_types import BackupError

ToolFinder = Callable[[str], Path | None]
_TIMEOUT_S = 3600


def find_pg_tool(name: str) -> Path | None:
    """`pg_dump`/`pg_restore` on PATH, else the newest in Debian's /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return Path(found)
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")

    def version(path: str) -> int:
        part = Path(path).parts[4]
        return int(part) if part.isdigit() else 0

    return Path(max(candidates, key=version)) if candidates else None


def _tool(find: ToolFinder, name: str) -> Path:
    path = find(name)
    if path is None:
        raise BackupError(
            f"{name} is niet gevonden. Installeer de PostgreSQL-clientprogramma's (Debian/"
            f"Ubuntu: apt-get install postgresql-client) of laat de beheerder van de server "
            "de back-up maken.")
    return path


def _connection_args(url_text: str) -> tuple[list[str], dict[str, str]]:
    """pg_dump's connection options and environment for a SQLAlchemy URL."""
    url = make_url(url_text)
    args: list[str] = []
    host = url.host or url.query.get("host")
    port = url.port or url.query.get("port")
    if isinstance(host, str) and host:
        args += ["--host", host]
    if port:
        args += ["--port", str(port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args += ["--dbname", str(url.database or "")]
    return args, env


def database_name(url_text: str) -> str:
    return str(make_url(url_text).database or "postgres")


def dump(url_text: str, target: Path, find: ToolFinder) -> ChainHead | None:
    """Dump the database to `target` (custom format, private); returns its audit head.

    Raises:
        BackupError: pg_dump is missing or failed.
    """
    pg_dump = _tool(find, "pg_dump")
    args, env = _connection_args(url_text)
    engine = create_engine(url_text, isolation_level="REPEATABLE READ")
    try:
        with engine.connect() as conn:
            snapshot = str(conn.execute(text("SELECT pg_export_snapshot()")).scalar_one())
            row = conn.execute(text("SELECT sequence, hash FROM audit_events "
                                    "ORDER BY sequence DESC LIMIT 1")).first()
            head = ChainHead(int(row[0]), str(row[1])) if row else None
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            proc = subprocess.run(
                [str(pg_dump), "--format=custom", f"--snapshot={snapshot}", "--no-password",
                 "--file", str(target), *args],
                capture_output=True, text=True, env=env, timeout=_TIMEOUT_S, check=False)
            conn.rollback()
    finally:
        engine.dispose()
    if proc.returncode != 0:
        target.unlink(missing_ok=True)
        reason = (proc.stderr.strip().splitlines() or ["onbekende fout"])[-1]
        raise BackupError(f"pg_dump is mislukt: {reason}")
    return head


def dump_head(path: Path, find: ToolFinder) -> tuple[ChainHead | None, list[str]]:
    """The last audit event in a custom-format dump, read with pg_restore.

    Returns:
        (head, problems): problems is non-empty when pg_restore cannot read the file.
    """
    pg_restore = find("pg_restore")
    if pg_restore is None:
        return None, ["pg_restore is niet gevonden: de dump kan niet worden gecontroleerd"]
    proc = subprocess.run(
        [str(pg_restore), "--data-only", "--table=audit_events", "--file=-", str(path)],
        capture_output=True, text=True, timeout=_TIMEOUT_S, check=False)
    if proc.returncode != 0:
        reason = (proc.stderr.strip().splitlines() or ["onbekende fout"])[-1]
        return None, [f"de dump is niet leesbaar: {reason}"]
    return _last_event(proc.stdout), []


def _last_event(sql: str) -> ChainHead | None:
    """The event with the highest sequence in pg_restore's COPY block of audit_events."""
    columns: list[str] | None = None
    best: ChainHead | None = None
    for line in sql.splitlines():
        if columns is None:
            if line.startswith("COPY ") and "audit_events" in line and "(" in line:
                inside = line[line.index("(") + 1: line.index(")")]
                columns = [c.strip().strip('"') for c in inside.split(",")]
            continue
        if line == "\\.":
            break
        fields = line.split("\t")
        if len(fields) != len(columns):
            continue
        head = ChainHead(int(fields[columns.index("sequence")]),
                         fields[columns.index("hash")])
        if best is None or head.sequence > best.sequence:
            best = head
    return best
