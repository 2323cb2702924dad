"""What every service shares: the actor, the errors users see, and change notices."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass, field

from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import PERMISSION_LABELS, Permission, role_allows


class ServiceError(Exception):
    """An expected failure; `str(error)` is a Dutch message the user can act on."""


class PermissionDenied(ServiceError):
    """The actor's role does not allow this action."""


class NotFound(ServiceError):
    """The object asked for does not exist (any more)."""


class Conflict(ServiceError):
    """Another PC changed the same thing at the same moment, and retrying did not help."""


class DatabaseProblem(ServiceError):
    """The database refused or could not do a write; nothing was changed."""


class DatabaseBusy(Conflict):
    """Another program held the SQLite file's write lock for longer than the wait; trying
    again later can succeed (the GUI offers "Opnieuw proberen")."""


class ValidationFailed(ServiceError):
    """Input was refused; `errors` says per field why. Nothing was changed."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Actor:
    """Who acts: a logged-in user, the command line, or the read-only smoke test."""

    name: str
    role: Role
    user_id: uuid.UUID | None = None
    display_name: str = ""
    read_only: bool = False

    @classmethod
    def cli(cls) -> Actor:
        """The command line: `cli:<os-user>`, administrator rights, no login (DESIGN.md)."""
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "onbekend"
        return cls(name=f"cli:{user}", role=Role.ADMIN, display_name=f"opdrachtregel ({user})")

    @classmethod
    def viewer(cls) -> Actor:
        """A read-only actor, for `gui --smoke-test`."""
        return cls(name="smoke-test", role=Role.INSTRUCTOR, display_name="alleen lezen",
                   read_only=True)

    def may(self, permission: Permission) -> bool:
        if self.read_only and permission is not Permission.VIEW:
            return False
        return role_allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Raises PermissionDenied unless the actor has `permission`."""
        if not self.may(permission):
            raise PermissionDenied(
                f"U mag geen {PERMISSION_LABELS[permission]} (ingelogd als {self.name})."
            )


@dataclass(frozen=True)
class Changed:
    """What a write changed, so that pages refresh only what they show."""

    participants: bool = False
    users: bool = False
    sites: bool = False
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)


# --- the net under every write: database errors become Dutch messages ---------------------
CONFLICT_TEXT = ("Een andere computer wijzigde dit tegelijk; er is niets gewijzigd. "
                 "Probeer het opnieuw.")
_NOTHING_CHANGED = "er is niets gewijzigd."
_FULL_TEXT = (f"De schijf van de database is vol; {_NOTHING_CHANGED} Maak ruimte vrij op "
              "die schijf (of zet de database op een andere) en probeer het opnieuw.")
_READ_ONLY_TEXT = (f"De database kan alleen gelezen worden (geen schrijfrechten op het "
                   f"bestand of de map); {_NOTHING_CHANGED} Vraag de beheerder om "
                   "schrijfrechten.")
_DISK_TEXT = ("De database gaf een schijf- of bestandsfout; " + _NOTHING_CHANGED +
              " Vraag de beheerder de database te controleren (bvmdesk check).")
_GONE_TEXT = ("De verbinding met de databaseserver viel weg. Kijk of de wijziging is "
              "opgeslagen en probeer het zo nodig opnieuw.")
_UNIQUE_TEXT = f"Dit staat al in de database (een dubbele sleutel); {_NOTHING_CHANGED}"
_MISSING_TEXT = ("Iets waarnaar deze wijziging verwijst bestaat niet (meer); "
                 f"{_NOTHING_CHANGED} Vernieuw het scherm en probeer het opnieuw.")
_FACT_TEXT = ("De database weigert een vastgelegd gegeven te overschrijven of te "
              f"verwijderen; {_NOTHING_CHANGED}")
_REFUSED_TEXT = f"De database weigerde deze wijziging; {_NOTHING_CHANGED}"
_FAILED_TEXT = f"De database kon deze wijziging niet uitvoeren; {_NOTHING_CHANGED}"


def busy_text() -> str:
    """Why a write waited in vain for the write lock, who can hold it, and what to do."""
    from bvmdesk.config import busy_timeout_ms

    ms = busy_timeout_ms()
    seconds = str(ms // 1000) if ms % 1000 == 0 else f"{ms / 1000:.1f}".replace(".", ",")
    return ("De database is bezet: een ander programma schrijft er al langer dan "
            f"{seconds} {'seconde' if seconds == '1' else 'seconden'} in (een ander BVM "
            "Desk-venster of een andere pc, een back-up, of een synchronisatieprogramma zoals "
            f"OneDrive of Dropbox); {_NOTHING_CHANGED} Probeer het zo opnieuw.")


def full_text() -> str:
    return _FULL_TEXT


def database_problem(exc: BaseException) -> ServiceError | None:
    """The Dutch ServiceError for a database error that ended a write, or None when `exc`
    is not one a person can do something about (a bug: a crash dialog naming the log).

    Constraint and trigger refusals, a busy or full database and a lost server connection
    are the environment's or another PC's doing; the caller logs the details.
    """
    from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

    from bvmdesk.db.concurrency import is_unique_violation, sqlite_error_name, sqlstate

    if not isinstance(exc, DBAPIError):
        return None
    state, name = sqlstate(exc) or "", sqlite_error_name(exc) or ""
    if isinstance(exc, IntegrityError) or state.startswith("23") or state == "P0001":
        if is_unique_violation(exc):
            return DatabaseProblem(_UNIQUE_TEXT)
        if state == "23503" or name == "SQLITE_CONSTRAINT_FOREIGNKEY":
            return DatabaseProblem(_MISSING_TEXT)
        if state == "P0001" or name == "SQLITE_CONSTRAINT_TRIGGER":
            return DatabaseProblem(_FACT_TEXT)
        return DatabaseProblem(_REFUSED_TEXT)
    if not isinstance(exc, OperationalError):
        return None
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or state in ("55P03", "40001",
                                                                      "40P01"):
        return DatabaseBusy(busy_text()) if name else Conflict(CONFLICT_TEXT)
    if name == "SQLITE_FULL" or state in ("53100", "53200"):
        return DatabaseProblem(_FULL_TEXT)
    if name.startswith("SQLITE_READONLY") or state == "25006":
        return DatabaseProblem(_READ_ONLY_TEXT)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CANTOPEN")):
        return DatabaseProblem(_DISK_TEXT)
    lost = exc.connection_invalidated or state.startswith(("08", "57P"))
    if lost or not (state or name):  # a driver error without a code: the line went dead
        return DatabaseProblem(_GONE_TEXT)
    return DatabaseProblem(_FAILED_TEXT)


def refuse_own_database(database: str | None, path: object) -> None:
    """Raises ServiceError when `path` is the database file itself (given as a file to
    import): reading and closing it here would drop this process's SQLite locks on it
    (POSIX locks are per process), and it is no exchange file or scanner log anyway.

    Args:
        database: the open SQLite file's path (None for PostgreSQL).
    """
    import os
    from pathlib import Path

    if not database:
        return
    candidate = Path(str(path))
    try:
        same = candidate.exists() and os.path.samefile(candidate, database)
    except OSError:
        return
    if same:
        raise ServiceError(f"{candidate.name} is de database van BVM Desk zelf, geen bestand "
                           "om in te lezen. Kies een Excel-werkmap, een map met "
                           "CSV-bestanden of een scannerlogboek.")
