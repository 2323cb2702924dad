"""Backups: made (automatically at exit and daily, or by hand), rotated, verified, restored.

A SQLite database is copied with SQLite's online backup API; a PostgreSQL database with
`pg_dump` (backup_pg.py). Every backup gets a head file beside it (`<backup>.head`) with the
audit chain's head at backup time. A backup is good when SQLite's `quick_check` passes, its
last audit event is the one its head file names, and its chain verifies. Names and rotation
rules are in domain/backups.py.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from bvmdesk.config import is_url
from bvmdesk.db import backup as files
from bvmdesk.db.head import (
    ChainHead,
    HeadFileError,
    head_path_for_file,
    read_head,
    write_head,
)
from bvmdesk.domain import backups as names
from bvmdesk.domain.clock import SYSTEM_CLOCK, Clock
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import missing_folder_text, os_error_text
from bvmdesk.services import backup_pg
from bvmdesk.services.backup_check import verify_file
from bvmdesk.services.backup_types import (
    BackupError,
    BackupFolder,
    BackupInfo,
    DatabaseDamagedError,
    RestoreResult,
)
from bvmdesk.services.base import Actor

# One backup at a time in this process (a daily one in a worker, a manual one by click).
_LOCK = threading.RLock()
EMPTY_CHAIN = ChainHead(0, "0" * 64)  # the head of a database without audit events


def _failure(exc: BaseException, writing: str, failed: str, after: str = "") -> BackupError:
    """The Dutch BackupError for a backup or restore that SQLite or the OS refused: a full
    disk, a database locked by another program, or else the system's own reason."""
    import errno

    from bvmdesk.services.base import busy_text

    name = str(getattr(exc, "sqlite_errorname", "") or "")
    if name == "SQLITE_FULL" or getattr(exc, "errno", None) == errno.ENOSPC:
        return BackupError(f"{writing}: de schijf is vol; er is niets gewijzigd. Maak ruimte "
                           f"vrij of kies een andere back-upmap (of USB-stick).{after}")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return BackupError(f"{failed}: {busy_text()}{after}")
    reason = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
    return BackupError(f"{writing}: {reason}.{after}")


class BackupService:
    """Backups of the database at `location`; works without opening it (so a damaged file
    can still be restored).

    Args:
        location: a SQLite path or a PostgreSQL URL.
        default_dir: `backups/` in the user data directory.
        chosen_dir: the folder the admin chose (None: the default).
        clock: gives the local time for backup names.
    """

    def __init__(self, location: str, *, default_dir: Path, chosen_dir: Path | None = None,
                 clock: Clock = SYSTEM_CLOCK,
                 find_tool: backup_pg.ToolFinder = backup_pg.find_pg_tool) -> None:
        self.location = location
        self.is_sqlite = not is_url(location) or location.startswith("sqlite")
        self._default_dir = default_dir
        self.chosen_dir = chosen_dir
        self._clock = clock
        self._find_tool = find_tool

    # --- where ---------------------------------------------------------------------------
    @property
    def database_path(self) -> Path:
        """The SQLite file (raises BackupError for a server database)."""
        if not self.is_sqlite:
            raise BackupError("Dit is een serverdatabase, geen bestand.")
        text = self.location.removeprefix("sqlite:///") if is_url(self.location) \
            else self.location
        return Path(text).expanduser()

    @property
    def stem(self) -> str:
        if self.is_sqlite:
            return self.database_path.stem
        return backup_pg.database_name(self.location)

    @property
    def suffix(self) -> str:
        return ".sqlite" if self.is_sqlite else ".dump"

    @property
    def automatic(self) -> bool:
        """Automatic backups (daily, at exit) are for SQLite files; a server's own
        administrator schedules `bvmdesk backup create` or pg_dump there."""
        return self.is_sqlite

    def folder(self) -> BackupFolder:
        """The folder backups go to now: the chosen one, or the default when it is missing
        (a USB stick that is not plugged in)."""
        chosen = self.chosen_dir
        usable = chosen is not None and chosen.is_dir()
        return BackupFolder(chosen if usable and chosen else self._default_dir,
                            self._default_dir, chosen)

    def choose_folder(self, actor: Actor, folder: Path | None) -> BackupFolder:
        """Use `folder` for backups from now on (None: the default folder).

        Raises:
            BackupError: the folder does not exist or is not a folder.
        """
        actor.require(Permission.MANAGE_DATA)
        if folder is not None and not folder.is_dir():
            raise BackupError(missing_folder_text(folder) if not folder.exists()
                              else f"Dit is geen map: {folder}")
        self.chosen_dir = folder
        return self.folder()

    def _ensure_folder(self, folder: BackupFolder) -> Path:
        if not folder.path.exists() and folder.path == self._default_dir:
            folder.path.mkdir(mode=0o700, parents=True, exist_ok=True)  # our own folder
        return folder.path

    # --- making backups --------------------------------------------------------------------
    def create(self, actor: Actor, output: Path | None = None) -> BackupInfo:
        """A backup made by hand: to `output`, or into the backup folder. Never rotated.

        Raises:
            PermissionDenied: the actor is not an administrator.
            BackupError: the database is missing or damaged, the target exists, pg_dump is
                missing, the disk is full, ...
        """
        actor.require(Permission.MANAGE_DATA)
        if output is not None:
            if output.exists():
                raise BackupError(f"Het bestand bestaat al: {output}. Kies een nieuwe naam.")
            if not output.parent.is_dir():
                raise BackupError(missing_folder_text(output.parent))
            return self._make(output, names.KIND_MANUAL)
        return self._make_in_folder(names.KIND_MANUAL)

    def create_automatic(self, kind: str) -> BackupInfo:
        """An automatic backup (daily, at exit, before a migration), then rotation."""
        info = self._make_in_folder(kind)
        with contextlib.suppress(OSError):
            self.rotate()
        return info

    def ensure_daily(self) -> BackupInfo | None:
        """Today's daily backup, unless an automatic one (daily or at exit) of today exists
        (then None)."""
        if not self.automatic:
            return None
        today = self._clock.local_now().date()
        with _LOCK:
            for folder in {self.folder().path, self._default_dir}:
                for name in self._names(folder):
                    if name.rotated and name.created.date() == today:
                        return None
            return self.create_automatic(names.KIND_DAILY)

    def _make_in_folder(self, kind: str) -> BackupInfo:
        with _LOCK:
            folder = self._ensure_folder(self.folder())
            now = self._clock.local_now()
            serial = 1
            while True:
                target = folder / names.backup_name(self.stem, now, kind, self.suffix,
                                                    serial).file_name
                if not target.exists():
                    break
                serial += 1
            return self._make(target, kind)

    def _make(self, target: Path, kind: str) -> BackupInfo:
        with _LOCK:
            if self.is_sqlite:
                head = self._copy_sqlite(target)
            else:
                head = backup_pg.dump(self.location, target, self._find_tool)
            write_head(head_path_for_file(target), head or EMPTY_CHAIN, only_forward=False)
            info = self.verify(target, kind=kind)
            if not info.ok:
                for path in (target, head_path_for_file(target)):
                    path.unlink(missing_ok=True)
                raise BackupError("De back-up is mislukt: de kopie is niet in orde ("
                                  + "; ".join(info.problems) + "). Is de database zelf "
                                  "beschadigd? Voer 'bvmdesk check' uit.")
            return info

    def _copy_sqlite(self, target: Path) -> ChainHead | None:
        source = self.database_path
        if not source.exists():
            raise BackupError(f"Database niet gevonden: {source}")
        try:
            files.copy_database(source, target)
            return files.chain_head(target)
        except sqlite3.DatabaseError as exc:
            target.unlink(missing_ok=True)
            if files.is_damage_error(exc):
                raise DatabaseDamagedError(str(source), files.damage_detail(exc)) from exc
            raise _failure(exc, f"De back-up kon niet worden geschreven naar {target}",
                           "De back-up is mislukt") from exc
        except OSError as exc:
            raise _failure(exc, f"De back-up kon niet worden geschreven naar {target}",
                           "De back-up is mislukt") from exc

    # --- reading them back ------------------------------------------------------------------
    def list_all(self, *, full: bool = False) -> list[BackupInfo]:
        """The backups of this database in the backup folder (and the default folder when
        another was chosen), newest first. Each is checked cheaply (it opens, its last
        audit event matches its head file); with `full` also quick_check and the chain."""
        found: dict[Path, names.BackupName] = {}
        folder = self.folder()
        for path in (folder.path, folder.default, folder.chosen):
            if path is None:
                continue
            for name in self._names(path):
                found[(path / name.file_name).resolve()] = name
        ordered = sorted(found.items(), key=lambda item: item[1], reverse=True)
        return [self.verify(path, kind=name.kind, full=full) for path, name in ordered]

    def verify(self, path: Path, *, kind: str | None = None, full: bool = True) -> BackupInfo:
        """Check the backup `path` (any file, also one named by someone else)."""
        parsed = names.parse_backup_name(self.stem, path.name)
        if kind is None:
            kind = parsed.kind if parsed else ""
        try:
            stat = path.stat()
        except OSError:
            return BackupInfo(path, None, kind, 0, False, ("bestand niet gevonden",))
        created = parsed.created if parsed else datetime.fromtimestamp(stat.st_mtime)
        check = verify_file(path, sqlite=self.is_sqlite, full=full, find_tool=self._find_tool)
        return BackupInfo(path, created, kind, stat.st_size, not check.problems,
                          tuple(check.problems), tuple(check.warnings), check.head_sequence,
                          full)

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes the full verification (None: there is none)."""
        for info in self.list_all():
            if info.ok:
                checked = self.verify(info.path, kind=info.kind)
                if checked.ok:
                    return checked
        return None

    def rotate(self) -> list[Path]:
        """Remove the automatic backups rotation no longer keeps (7 daily, 4 weekly)."""
        removed: list[Path] = []
        with _LOCK:
            for folder in {self.folder().path, self._default_dir}:
                for name in names.to_remove(self._names(folder)):
                    path = folder / name.file_name
                    path.unlink(missing_ok=True)
                    head_path_for_file(path).unlink(missing_ok=True)
                    removed.append(path)
        return removed

    def _names(self, folder: Path) -> list[names.BackupName]:
        try:
            entries = [p.name for p in folder.iterdir()]
        except OSError:
            return []
        parsed = (names.parse_backup_name(self.stem, entry) for entry in entries)
        return [n for n in parsed if n is not None and n.suffix == self.suffix]

    # --- restoring ------------------------------------------------------------------------
    def restore(self, actor: Actor, backup: Path) -> RestoreResult:
        """Put the backup `backup` in place of the database, after verifying it; the current
        file is kept aside as `<name>.voor-herstel-YYYYMMDD-HHMMSS.sqlite` (with its head).

        Whoever has the database open must close it first (the GUI closes its window and
        services, restores, and asks for a login again).

        Raises:
            PermissionDenied: not an administrator.
            BackupError: a server database, a damaged or missing backup (nothing changed).
        """
        actor.require(Permission.MANAGE_DATA)
        if not self.is_sqlite:
            raise BackupError(
                "Een PostgreSQL-database zet de beheerder van de server terug met pg_restore "
                f"(bijvoorbeeld: pg_restore --clean --if-exists --dbname DATABASE {backup}). "
                "BVM Desk doet dat niet zelf.")
        database = self.database_path
        if not database.exists():
            raise BackupError(f"Database niet gevonden: {database}")
        if not backup.is_file():
            raise BackupError(f"Back-up niet gevonden: {backup}")
        with _LOCK:
            info = self.verify(backup)
            if not info.ok:
                raise BackupError(f"Deze back-up is niet in orde en wordt niet teruggezet "
                                  f"({'; '.join(info.problems)}). Er is niets gewijzigd.")
            head = files.chain_head(backup) or EMPTY_CHAIN
            aside = self._keep_aside(database)
            try:
                files.restore_into(backup, database)
            except (sqlite3.Error, OSError) as exc:
                raise _failure(exc, f"Het terugzetten in {database} is mislukt",
                               "Het terugzetten is mislukt",
                               f" De vorige database staat ook in {aside}.") from exc
            write_head(head_path_for_file(database), head, only_forward=False)
            problems = files.quick_check(database)
            if problems:
                raise BackupError("Na het terugzetten is de database niet in orde ("
                                  f"{'; '.join(problems[:3])}). De vorige database staat "
                                  f"in {aside}.")
        return RestoreResult(backup, database, aside, info.head_sequence)

    def _keep_aside(self, database: Path) -> Path:
        stamp = self._clock.local_now().strftime("%Y%m%d-%H%M%S")
        aside = database.with_name(f"{database.stem}.voor-herstel-{stamp}{database.suffix}")
        serial = 1
        while aside.exists():
            serial += 1
            aside = database.with_name(
                f"{database.stem}.voor-herstel-{stamp}-{serial}{database.suffix}")
        try:
            files.copy_database(database, aside)
        except sqlite3.DatabaseError:
            files.raw_copy(database, aside)  # too damaged for SQLite to read: bytes as they are
        except OSError as exc:
            raise BackupError(f"De huidige database kon niet apart worden gezet ({aside}): "
                              f"{os_error_text(exc)}. Er is niets gewijzigd.") from exc
        with contextlib.suppress(HeadFileError, OSError):
            current = read_head(head_path_for_file(database))
            if current is not None:
                write_head(head_path_for_file(aside), current, only_forward=False)
        return aside
