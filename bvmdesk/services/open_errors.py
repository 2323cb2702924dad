"""Why a database does not open, in words a person can act on (issue 11).

Each case has a message of its own and a `kind` (for `check --json` and the tests): a
read-only file or folder, a file that is no (BVM Desk) database, a newer version's
database, a PostgreSQL server that is unreachable, refuses the password or lacks the
database, and a database that stays locked. The diagnosis rests on what SQLite or the
server said (the SQLite error name, the server's reply), with `os.access` to tell which
part is read-only. A location is always shown with its password masked.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from bvmdesk.config import is_url, mask_location
from bvmdesk.db.concurrency import sqlite_error_name, sqlstate
from bvmdesk.db.migrate import SchemaState
from bvmdesk.services.base import ServiceError, database_problem

SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_CREATE_HINT = "maak een nieuwe database met 'bvmdesk init' of 'bvmdesk demo'"

READ_ONLY_FILE = "read_only_file"
READ_ONLY_FOLDER = "read_only_folder"
UNREADABLE = "unreadable"
CANNOT_OPEN = "cannot_open"
NOT_A_DATABASE = "not_a_database"
NOT_BVM = "not_bvm"
PG_UNREACHABLE = "pg_unreachable"
PG_AUTH = "pg_auth"
PG_NO_DATABASE = "pg_no_database"
PG_REFUSED = "pg_refused"


class DatabaseOpenError(ServiceError):
    """The database cannot be opened; `kind` names the case, the message what to do.
    Nothing was changed."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


# --- SQLite files -------------------------------------------------------------------------
def sqlite_file_problem(path: Path, *, create: bool) -> ServiceError | None:
    """What is wrong with the database file `path` before SQLite opens it, or None.

    A file that is not SQLite at all, an empty file (unless a database is to be made in
    it), a file that cannot be read, and a file without write permission: BVM Desk writes
    at every start (login, backups), so a read-only file is refused at once.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except FileNotFoundError:
        return None
    except PermissionError:
        return unreadable(path)
    if not header:
        if create:
            return None
        return DatabaseOpenError(NOT_BVM, (
            f"Dit is (nog) geen BVM Desk-database: {path} is leeg. Maak er een met "
            "'bvmdesk init' of 'bvmdesk demo', of kies het juiste databasebestand."))
    if not header.startswith(SQLITE_HEADER):
        if _rest_of_sqlite_header(header):
            from bvmdesk.services.backup_types import DatabaseDamagedError

            return DatabaseDamagedError(
                str(path), "het bestand is geen (leesbare) database meer: het begin is "
                "overschreven")
        return DatabaseOpenError(NOT_A_DATABASE, (
            f"Dit is geen BVM Desk-database: {path} is helemaal geen database (maar een "
            "ander soort bestand, zoals tekst of een afbeelding). Kies het databasebestand "
            f"van BVM Desk (meestal bvmdesk.sqlite), of {_CREATE_HINT}."))
    if not os.access(path, os.W_OK):
        return read_only_file(path)
    return None


def _rest_of_sqlite_header(header: bytes) -> bool:
    """True when the 100-byte header is SQLite's apart from its first bytes, so the file is
    a database whose start was overwritten, not some other kind of file: the payload
    fractions SQLite always writes (64, 32, 32 at offset 21), or the schema format (1-4 at
    offset 44), text encoding (1-3 at 56) and the SQLite version that wrote it (3.x at 96)
    further on."""
    if len(header) < _HEADER_SIZE:
        return False
    if header[21:24] == bytes((64, 32, 32)):
        return True
    number = int.from_bytes
    return (1 <= number(header[44:48], "big") <= 4 and 1 <= number(header[56:60], "big") <= 3
            and 3_000_000 <= number(header[96:100], "big") < 4_000_000)


def unreadable(path: Path) -> DatabaseOpenError:
    return DatabaseOpenError(UNREADABLE, (
        f"Het databasebestand {path} kan niet worden gelezen (geen leesrechten). Geef uw "
        "gebruiker lees- en schrijfrechten op het bestand, of vraag dat de beheerder."))


def read_only_file(path: Path) -> DatabaseOpenError:
    return DatabaseOpenError(READ_ONLY_FILE, (
        f"Het databasebestand {path} is alleen-lezen: BVM Desk moet erin kunnen schrijven "
        "(ook bij het inloggen en voor back-ups). Er is niets gewijzigd. Geef uw gebruiker "
        "schrijfrechten op het bestand, of kopieer het naar een map waarin u mag schrijven "
        "en open die kopie."))


def read_only_folder(path: Path) -> DatabaseOpenError:
    return DatabaseOpenError(READ_ONLY_FOLDER, (
        f"De map {path.parent} is alleen-lezen: SQLite moet naast {path.name} zijn "
        f"hulpbestanden {path.name}-wal en {path.name}-shm kunnen maken. Er is niets "
        "gewijzigd. Geef uw gebruiker schrijfrechten op de map, of zet de database in een "
        "map waarin u mag schrijven."))


def _sqlite_access_problem(path: Path, exc: DBAPIError) -> DatabaseOpenError:
    """SQLite could not open or write the file (SQLITE_CANTOPEN or SQLITE_READONLY*): which
    part is not accessible."""
    if path.exists() and not os.access(path, os.R_OK):
        return unreadable(path)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return read_only_folder(path)
    if path.exists() and not os.access(path, os.W_OK):
        return read_only_file(path)
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if side.exists() and not os.access(side, os.R_OK | os.W_OK):
            return DatabaseOpenError(CANNOT_OPEN, (
                f"Het hulpbestand {side} hoort bij een andere gebruiker of is alleen-lezen, "
                f"zodat SQLite {path.name} niet kan openen. Er is niets gewijzigd. Sluit BVM "
                "Desk overal af en geef uw gebruiker schrijfrechten op dat bestand."))
    reason = str(exc.orig).splitlines()[0] if exc.orig else "onbekende reden"
    return DatabaseOpenError(CANNOT_OPEN, (
        f"Het databasebestand {path} kan niet worden geopend ({reason}). Er is niets "
        "gewijzigd. Kijk of het bestand en zijn map bestaan en of u er mag lezen en "
        "schrijven."))


# --- what the database holds ------------------------------------------------------------
def state_problem(state: SchemaState, location: str, *, create: bool) -> ServiceError | None:
    """A database that is empty (and may not be made here) or belongs to another program."""
    shown = mask_location(location)
    if state.foreign:
        listed = ", ".join(state.tables[:5]) + (" ..." if len(state.tables) > 5 else "")
        return DatabaseOpenError(NOT_BVM, (
            f"Dit is geen BVM Desk-database: {shown} hoort bij een ander programma "
            f"(tabellen {listed}). BVM Desk verandert er niets aan. Kies het "
            f"databasebestand van BVM Desk, of {_CREATE_HINT} (in een nieuw bestand)."))
    if state.empty and not create:
        return DatabaseOpenError(NOT_BVM, (
            f"Dit is (nog) geen BVM Desk-database: {shown}. Maak er een met 'bvmdesk init' "
            "of 'bvmdesk demo'."))
    return None


# --- errors while opening -----------------------------------------------------------------
def open_failure(exc: BaseException, location: str) -> ServiceError | None:
    """The Dutch error for a database error met while opening `location` (also when a
    failed migration wraps it), or None when it is none of the known cases."""
    cause = _database_error(exc)
    if cause is None:
        return None
    if is_url(location) and not location.startswith("sqlite"):
        found = _pg_connect_problem(cause, location)
        if found is not None:
            return found
    else:
        name = sqlite_error_name(cause) or ""
        if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")) or (
                not name and "unable to open database file" in str(cause.orig)):
            return _sqlite_access_problem(_sqlite_path(location), cause)
    return database_problem(cause)


def _database_error(exc: BaseException) -> DBAPIError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DBAPIError):
            return current
        current = current.__cause__ or current.__context__
    return None


def _sqlite_path(location: str) -> Path:
    if is_url(location):
        from sqlalchemy import make_url

        return Path(make_url(location).database or "").expanduser()
    return Path(location).expanduser()


# libpq gives no SQLSTATE for a refused connection, only the server's text (English, or in
# the server's language: the Dutch texts are matched too).
_PG_AUTH = re.compile(r"password authentication failed|wachtwoord-authenticatie mislukt|"
                      r"authentication failed|authenticatie mislukt|no pg_hba\.conf entry|"
                      r"geen pg_hba\.conf|role \".*\" does not exist|rol \".*\" bestaat niet|"
                      r"no password supplied|geen wachtwoord", re.IGNORECASE)
_PG_NO_DATABASE = re.compile(r"database \".*\" (does not exist|bestaat niet)", re.IGNORECASE)
_PG_SERVER_SAID = re.compile(r"\b(FATAL|FATAAL|ERROR|FOUT):", re.IGNORECASE)


def _pg_connect_problem(exc: DBAPIError, location: str) -> DatabaseOpenError | None:
    from sqlalchemy import make_url

    from bvmdesk.db.concurrency import LOCK_NOT_AVAILABLE

    state = sqlstate(exc) or ""
    text = str(exc.orig or exc)
    url = make_url(location)
    shown = mask_location(location)
    host = url.host or str(url.query.get("host") or "") or "deze computer"
    if state in ("28P01", "28000") or _PG_AUTH.search(text):
        return DatabaseOpenError(PG_AUTH, (
            f"De PostgreSQL-server {host} weigert de aanmelding van gebruiker "
            f"'{url.username or '(geen)'}': het wachtwoord of de gebruikersnaam klopt niet. "
            f"Controleer ze in de database-URL ({shown}), of vraag de beheerder van de "
            "server."))
    if state == "3D000" or _PG_NO_DATABASE.search(text):
        return DatabaseOpenError(PG_NO_DATABASE, (
            f"De database '{url.database}' bestaat niet op de PostgreSQL-server {host}. "
            f"Controleer de naam in de database-URL ({shown}), of laat de beheerder van de "
            "server haar aanmaken."))
    if state == LOCK_NOT_AVAILABLE or state.startswith(("23", "40", "53")):
        return None  # a busy or full server: database_problem says so
    # Without a SQLSTATE the connection itself failed (libpq's own error).
    connection_failed = exc.connection_invalidated or state.startswith("08") or (
        not state and isinstance(exc, OperationalError))
    if not connection_failed:
        return None
    if _PG_SERVER_SAID.search(text):
        reason = _PG_SERVER_SAID.split(text, maxsplit=1)[-1].strip().splitlines()[0]
        return DatabaseOpenError(PG_REFUSED, (
            f"De PostgreSQL-server {host} weigert de verbinding ({reason}). Controleer de "
            f"database-URL ({shown}), of vraag de beheerder van de server."))
    return DatabaseOpenError(PG_UNREACHABLE, (
        f"De PostgreSQL-server {host} is niet bereikbaar: er antwoordt niets. Kijk of de "
        "server aanstaat en of de netwerkverbinding werkt, en of servernaam en poort in de "
        f"database-URL kloppen ({shown})."))
