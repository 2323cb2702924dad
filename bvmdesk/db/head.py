"""The audit chain's head outside the database: `<database file name>.head`.

After every write transaction the chain's last sequence and hash are written to a small
file beside the database (DESIGN.md "Reliability rules"), and a copy goes with every
backup. Cutting events off the tail of the chain in the database file alone then shows:
the head file is ahead of the database, or names a hash the database does not have.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from bvmdesk.config import data_dir
from bvmdesk.domain.text import os_error_text

HEAD_SUFFIX = ".head"
_HASH = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, order=True)
class ChainHead:
    """The last event of the chain: its sequence number and hash."""

    sequence: int
    hash: str

    def to_json(self) -> str:
        return json.dumps({"sequence": self.sequence, "hash": self.hash}) + "\n"


class HeadFileError(Exception):
    """A head file exists but cannot be read as one (the message is for the user)."""


def head_path_for_file(database: Path) -> Path:
    """`bvmdesk.sqlite` -> `bvmdesk.sqlite.head`, in the same folder."""
    return database.with_name(database.name + HEAD_SUFFIX)


def head_path(engine: Engine) -> Path | None:
    """Where this database's head file lives.

    A SQLite file: beside it. A server database: in the user data directory, named after
    the server and the database (each PC keeps the head it last wrote). None for an
    in-memory database.
    """
    url = engine.url
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            return None
        return head_path_for_file(Path(url.database))
    name = f"{url.host or 'lokaal'}-{url.port or ''}-{url.database}"
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
    return data_dir() / "heads" / f"{safe}{HEAD_SUFFIX}"


def read_head(path: Path) -> ChainHead | None:
    """The head in `path`; None when there is no such file.

    Raises:
        HeadFileError: the file exists but is not a head file.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise HeadFileError(
            f"Het kopbestand {path} is niet te lezen: {os_error_text(exc)}") from exc
    try:
        data = json.loads(raw)
        sequence, digest = data["sequence"], data["hash"]
    except (ValueError, KeyError, TypeError) as exc:
        raise HeadFileError(f"Het kopbestand {path} is beschadigd.") from exc
    if not isinstance(sequence, int) or sequence < 0 or not isinstance(digest, str) \
            or not _HASH.match(digest):
        raise HeadFileError(f"Het kopbestand {path} is beschadigd.")
    return ChainHead(sequence, digest)


def write_head(path: Path, head: ChainHead, *, only_forward: bool = True) -> bool:
    """Write `head` atomically (readable by the OS user only).

    With `only_forward`, a head that is not past the one already in the file is not
    written (another process on the same database may have written a later one).

    Returns:
        Whether the file was written.
    """
    if only_forward:
        try:
            current = read_head(path)
        except HeadFileError:
            current = None
        if current is not None and current.sequence >= head.sequence:
            return False
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, head.to_json().encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return True


STALE_TEMP_SECONDS = 3600


def remove_stale_temp_files(path: Path, now: float | None = None) -> int:
    """Remove `<head>.<pid>.tmp` files a killed process left behind (writing a head takes
    milliseconds, so one older than an hour is nobody's). Returns how many went."""
    import time

    moment = time.time() if now is None else now
    removed = 0
    for candidate in path.parent.glob(f"{path.name}.*.tmp"):
        try:
            if moment - candidate.stat().st_mtime > STALE_TEMP_SECONDS:
                candidate.unlink()
                removed += 1
        except OSError:
            continue
    return removed
