"""Verifying one backup file: readable, `quick_check`, its head file, its audit chain."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bvmdesk.db import backup as files
from bvmdesk.db.head import ChainHead, HeadFileError, head_path_for_file, read_head
from bvmdesk.db.migrate import HEAD_REVISION
from bvmdesk.domain.text import os_error_text
from bvmdesk.services import backup_pg
from bvmdesk.services.audit import verify_chain

_SQLITE_MAGIC = b"SQLite format 3\x00"
_EMPTY = ChainHead(0, "0" * 64)


@dataclass
class FileCheck:
    """What checking one backup found; no problems means it can be restored."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    head_sequence: int | None = None


def verify_file(path: Path, *, sqlite: bool, full: bool,
                find_tool: backup_pg.ToolFinder) -> FileCheck:
    """Check the backup `path`.

    Cheap (always): the file is a database of the right kind and its last audit event is
    the one its head file (`<path>.head`) names. With `full`: also SQLite's quick_check and
    the whole audit chain (when the backup has the current schema).
    """
    check = FileCheck()
    if sqlite:
        head = _sqlite_head(path, check)
    else:
        head, problems = backup_pg.dump_head(path, find_tool)
        check.problems += problems
    if check.problems:
        return check
    actual = head or _EMPTY
    check.head_sequence = actual.sequence
    _compare_with_head_file(path, actual, check)
    if full and sqlite:
        check.problems += [f"quick_check: {p}" for p in files.quick_check(path)[:5]]
        if not check.problems:
            _verify_chain(path, check)
    return check


def _sqlite_head(path: Path, check: FileCheck) -> ChainHead | None:
    try:
        with open(path, "rb") as reader:
            magic = reader.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        check.problems.append(f"niet te lezen: {os_error_text(exc)}")
        return None
    if magic != _SQLITE_MAGIC:
        check.problems.append("geen SQLite-database (of het begin van het bestand is "
                              "beschadigd)")
        return None
    try:
        return files.chain_head(path)
    except sqlite3.Error as exc:
        check.problems.append(f"beschadigd: {exc}")
        return None


def _compare_with_head_file(path: Path, actual: ChainHead, check: FileCheck) -> None:
    head_file = head_path_for_file(path)
    try:
        recorded = read_head(head_file)
    except HeadFileError as exc:
        check.problems.append(str(exc))
        return
    if recorded is None:
        check.warnings.append(f"het kopbestand {head_file.name} ontbreekt: niet te zien of "
                              "er audit-gebeurtenissen zijn weggehaald")
        return
    if recorded != actual:
        check.problems.append(
            f"de laatste audit-gebeurtenis ({actual.sequence}) is niet die uit het kopbestand "
            f"({recorded.sequence}): de back-up is na het maken gewijzigd")


def _verify_chain(path: Path, check: FileCheck) -> None:
    revision = files.schema_revision(path)
    if revision != HEAD_REVISION:
        check.warnings.append(f"audit-keten niet gecontroleerd: de back-up komt van een "
                              f"andere versie van BVM Desk (revisie {revision or 'geen'})")
        return
    engine = create_engine(files.read_only_url(path))
    try:
        with Session(engine) as session:
            chain = verify_chain(session)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        check.problems.append(f"audit-keten niet te lezen: {reason}")
        return
    finally:
        engine.dispose()
    check.problems += [f"audit-gebeurtenis {p.sequence}: {p.message}" for p in chain[:5]]
