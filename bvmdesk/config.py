"""Paths (platformdirs), environment variables and the user's settings file."""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from bvmdesk import APP_ID
from bvmdesk.domain.clock import SYSTEM_CLOCK, Clock
from bvmdesk.domain.dates import FIRST_PLAUSIBLE, LAST_PLAUSIBLE

ENV_DB = "BVMDESK_DB"
ENV_TODAY = "BVMDESK_TODAY"
ENV_DATA_DIR = "BVMDESK_DATA_DIR"
# How long a write waits for another program's write lock on a SQLite file before it gives
# up with "de database is bezet" (milliseconds; tests set it low).
ENV_BUSY_TIMEOUT = "BVMDESK_BUSY_TIMEOUT_MS"
DEFAULT_BUSY_TIMEOUT_MS = 5000
MASK = "***"
DEFAULT_DB_NAME = "bvmdesk.sqlite"
DEMO_DB_NAME = "bvmdesk-demo.sqlite"


def data_dir() -> Path:
    """The user data directory (not created here)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False))


def default_db_location() -> str:
    """`BVMDESK_DB`, or the database file in the user data directory."""
    return os.environ.get(ENV_DB) or str(data_dir() / DEFAULT_DB_NAME)


class ClockSettingError(ValueError):
    """`BVMDESK_TODAY` is set but is no date (the message is for the user)."""


def environment_clock() -> Clock:
    """The clock of this process: the system clock, with its date fixed by `BVMDESK_TODAY`
    (YYYY-MM-DD) when that is set (tests, demonstrations). The only reader of it.

    Raises:
        ClockSettingError: the variable is set but is not a date.
    """
    value = os.environ.get(ENV_TODAY, "").strip()
    if not value:
        return SYSTEM_CLOCK
    try:
        today = date.fromisoformat(value)
    except ValueError as exc:
        raise ClockSettingError(
            f"{ENV_TODAY} is geen datum in de vorm JJJJ-MM-DD: {value}") from exc
    if not FIRST_PLAUSIBLE <= today <= LAST_PLAUSIBLE:
        raise ClockSettingError(f"{ENV_TODAY} ligt buiten {FIRST_PLAUSIBLE.year} tot en met "
                                f"{LAST_PLAUSIBLE.year}: {value}")
    return Clock(today=today)


def resources_dir() -> Path:
    """The `resources/` folder: beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_backup_dir() -> Path:
    """`backups/` in the user data directory: where backups go unless another folder is
    chosen (not created here)."""
    return data_dir() / "backups"


def is_url(location: str) -> bool:
    """True when `location` is a SQLAlchemy URL rather than a file path."""
    return "://" in location


def busy_timeout_ms() -> int:
    """How long a SQLite write waits for another writer: `BVMDESK_BUSY_TIMEOUT_MS`, else
    5000 ms (a value that is no whole number from 0 to 600000 counts as unset)."""
    value = os.environ.get(ENV_BUSY_TIMEOUT, "").strip()
    if value.isdigit() and int(value) <= 600_000:
        return int(value)
    return DEFAULT_BUSY_TIMEOUT_MS


# `user:password@` in a URL, and `password=...` in its query or in a connection string.
# A password may hold `@`: everything up to the last `@` of the URL is hidden.
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^/@\s:'\"]*):[^\s'\"]*@")
_PASSWORD_PARAM = re.compile(r"(?P<head>\bpassword\s*=\s*)(?:'[^']*'|\"[^\"]*\"|[^&\s]+)",
                             re.IGNORECASE)


def mask_location(location: str) -> str:
    """`location` as it may be shown (messages, log, status bar, --json): a URL's password
    becomes `***`; a file path is returned unchanged."""
    return mask_passwords(location) if is_url(location) else location


def mask_passwords(text: str) -> str:
    """`text` with every password of a URL or a connection string in it replaced by `***`
    (for log records and error texts that may quote a URL)."""
    if "@" not in text and "password" not in text.lower():
        return text
    text = _URL_PASSWORD.sub(lambda m: f"{m.group('head')}:{MASK}@", text)
    return _PASSWORD_PARAM.sub(lambda m: f"{m.group('head')}{MASK}", text)


@dataclass
class Settings:
    """Per-user preferences, kept in a JSON file in the data directory."""

    language: str = "nl"
    last_database: str | None = None
    # A character some badge scanners send before the code; None: scans are told apart
    # from typing by their speed alone.
    scanner_prefix: str | None = None
    # The folder the administrator chose for backups (a USB stick, say); None: `backups/`
    # in the data directory. A missing folder falls back to that default.
    backup_dir: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def path(cls) -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """Read the settings; a missing or damaged file gives the defaults."""
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        language = raw.get("language") if raw.get("language") in ("nl", "en") else "nl"
        last = raw.get("last_database")
        extra = raw.get("extra") if isinstance(raw.get("extra"), dict) else {}
        prefix = raw.get("scanner_prefix")
        prefix = prefix if isinstance(prefix, str) and len(prefix) == 1 else None
        backups = raw.get("backup_dir")
        return cls(language=str(language), last_database=last if isinstance(last, str) else None,
                   scanner_prefix=prefix,
                   backup_dir=backups if isinstance(backups, str) and backups else None,
                   extra={str(k): str(v) for k, v in (extra or {}).items()})

    def save(self) -> None:
        """Write the settings (creates the data directory: it is ours)."""
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)
