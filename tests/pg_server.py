"""A throw-away PostgreSQL server for the tests (DESIGN.md, testing notes).

PostgreSQL refuses to run as root, so as root the data directory is given to the
`postgres` user and the server runs as that user.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[4]) if Path(p).parts[4].isdigit() else 0)
    if not found:
        raise RuntimeError(
            "PostgreSQL is niet geïnstalleerd: run `bash scripts/install-system-deps.sh`."
        )
    return Path(found[-1]).parent


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@dataclass
class PostgresServer:
    data_dir: str
    socket_dir: str
    port: int
    bin_dir: Path

    @classmethod
    def start(cls) -> PostgresServer:
        bin_dir = _pg_bin()
        base = tempfile.mkdtemp(prefix="bvmpg")
        data_dir, socket_dir = os.path.join(base, "data"), os.path.join(base, "s")
        os.makedirs(socket_dir)
        if os.geteuid() == 0:
            shutil.chown(base, "postgres")
            shutil.chown(socket_dir, "postgres")
        port = 54000 + (os.getpid() % 1000)
        subprocess.run(
            _as_postgres([str(bin_dir / "initdb"), "-D", data_dir, "--no-locale", "-E", "UTF8",
                          "-A", "trust", "-U", "postgres"]),
            check=True, capture_output=True,
        )
        options = (f"-k {socket_dir} -p {port} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        subprocess.run(
            _as_postgres([str(bin_dir / "pg_ctl"), "-w", "-D", data_dir, "-o", options,
                          "-l", os.path.join(base, "log"), "start"]),
            check=True, capture_output=True,
        )
        server = cls(data_dir, socket_dir, port, bin_dir)
        server._wait_ready()
        return server

    def url(self, database: str = "postgres") -> str:
        return (f"postgresql+psycopg://postgres@/{database}"
                f"?host={self.socket_dir}&port={self.port}")

    def _connect(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(host=self.socket_dir, port=self.port, user="postgres",
                               dbname="postgres", autocommit=True)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                self._connect().close()
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def create_database(self, name: str, template: str | None = None) -> None:
        """An empty database, or a copy of `template` (which nobody may be connected to)."""
        clause = f' TEMPLATE "{template}"' if template else ""
        if template and self._major_version() >= 15:
            clause += " STRATEGY FILE_COPY"  # faster than WAL_LOG for small databases
        with self._connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}"{clause}')

    def _major_version(self) -> int:
        name = self.bin_dir.parent.name
        return int(name) if name.isdigit() else 0

    def drop_database(self, name: str) -> None:
        with self._connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(
            _as_postgres([str(self.bin_dir / "pg_ctl"), "-D", self.data_dir, "-m", "immediate",
                          "stop"]),
            check=False, capture_output=True,
        )
        shutil.rmtree(os.path.dirname(self.data_dir), ignore_errors=True)
