"""The access export (AVG art. 15): one zip with everything BVM Desk holds about one person.

`export_person` writes `gegevens.json` (every row about the person, see person_rows),
`bijlagen/` (photos and scans as files, drawn signatures as SVG), `certificaten/` (the
frozen PDF of each certificate issued to them: the bytes a reprint gives), `overzicht.pdf`
(a readable summary in Dutch) and `LEESMIJ.txt`. The zip is written to a temporary file
beside the target and renamed into place at the end: nothing is left behind on failure or
Cancel. An audit event `participant.export` says who exported whose data (the number only).
"""

from __future__ import annotations

import base64
import contextlib
import json
import mimetypes
import os
import re
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import Attachment, Base, Certificate, Participant, Site
from bvmdesk.db.session import Sessions, local_site_id
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signature import SignatureError, decode
from bvmdesk.domain.text import missing_folder_text, os_error_text
from bvmdesk.reports.model import ReportMeta
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.person_rows import DEFERRED, PersonRows, collect
from bvmdesk.services.person_summary import build_summary
from bvmdesk.services.person_texts import readme
from bvmdesk.services.report_files import refuse_database_target
from bvmdesk.services.retry import run_write

EXPORT_ACTION = "participant.export"
FORMAT = "bvmdesk-inzage/1"
_STORED = {".jpg", ".jpeg", ".png", ".pdf", ".webp", ".gif", ".heic", ".zip"}
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp",
               "image/gif": ".gif", "image/tiff": ".tif", "image/heic": ".heic",
               "application/pdf": ".pdf"}
_OWNERS = {"assessment": "beoordeling", "signoff": "aftekening"}
_STATUS_SUFFIX = {"revoked": "-ingetrokken", "superseded": "-vervangen"}

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote (nothing when `cancelled`)."""

    participant: str        # the participant number
    file: str               # the zip's path
    rows: int               # rows about the person in gegevens.json
    attachments: int        # files in bijlagen/ (photos and scans; signatures not counted)
    certificates: int       # PDFs in certificaten/
    audit_events: int
    cancelled: bool = False


def check_target(target: Path, database: Path | None) -> None:
    """Refuse a target that is no .zip, a folder, in a missing folder, or our database.

    An existing file is replaced (the person who named it chose it; the GUI's save dialog
    asks first).

    Raises:
        ServiceError: with a Dutch reason; nothing is written.
    """
    if target.suffix.lower() != ".zip":
        raise ServiceError(f"Onbekend bestandstype '{target.suffix or target.name}': gebruik "
                           ".zip; er is niets geschreven.")
    if not target.parent.exists():
        raise ServiceError(missing_folder_text(target.parent))
    if target.is_dir():
        raise ServiceError(f"{target} is een map; kies een bestandsnaam die op .zip eindigt.")
    refuse_database_target(target, database)


def json_value(value: Any) -> Any:
    """A column value as JSON: ids, moments, dates and amounts as text, small binary values
    as `{"base64": ...}` (large ones are files of their own, see `_row_json`)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return str(value)


def safe_name(text: str) -> str:
    """`text` as a file name part: letters, digits, `-` and `_` only."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "bestand"


def extension_of(media_type: str, filename: str | None) -> str:
    """The file extension for an attachment: from its media type, else its own name."""
    found = _EXTENSIONS.get((media_type or "").split(";")[0].strip().lower())
    if found:
        return found
    suffix = Path(filename or "").suffix.lower()
    if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix):
        return suffix
    return mimetypes.guess_extension(media_type or "") or ".bin"


def signature_svg(strokes: str | None) -> str | None:
    """A drawn signature (domain.signature) as an SVG drawing; None when it is none."""
    if not strokes:
        return None
    try:
        signature = decode(strokes)
    except SignatureError:
        return None
    if signature.is_empty:
        return None
    lines = [" ".join(f"{x},{y}" for x, y in stroke) for stroke in signature.strokes
             if len(stroke) >= 2]
    body = "".join(f'<polyline points="{points}"/>' for points in lines)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{signature.width}" '
            f'height="{signature.height}" viewBox="0 0 {signature.width} {signature.height}">'
            f'<g fill="none" stroke="#1A1A1A" stroke-width="2" stroke-linecap="round" '
            f'stroke-linejoin="round">{body}</g></svg>\n')


class PersonExportService:
    """The access export of one participant (administrators only)."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def _database(self) -> Path | None:
        engine = self._sessions.engine
        if engine.dialect.name != "sqlite" or not engine.url.database:
            return None
        return Path(engine.url.database)

    def export_person(self, actor: Actor, number: str, target: Path,
                      progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> ExportSummary:
        """Write the zip of everything held about participant `number` to `target`.

        Args:
            progress: called with (done, total) steps.
            cancelled: asked between steps; True stops, removes the partial file and
                returns a summary with `cancelled` set (nothing written, no audit event).

        Raises:
            PermissionDenied: not an administrator.
            NotFound: no participant with this number.
            ServiceError: a bad target (see check_target) or the file cannot be written.
        """
        actor.require(Permission.MANAGE_DATA)
        number = (number or "").strip()
        target = Path(target).expanduser()
        check_target(target, self._database())
        writer = _ZipWriter(target)
        try:
            with self._sessions.read() as s:
                if s.get_bind().dialect.name == "postgresql":
                    # One snapshot for every read (SQLite's read transaction is one).
                    s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
                participant_id = s.scalar(select(Participant.id)
                                          .where(Participant.number == number))
                if participant_id is None:
                    raise NotFound(f"Deelnemer {number} bestaat niet.")
                result = self._write(s, actor, number, participant_id, writer, progress,
                                     cancelled)
            if result.cancelled:
                writer.discard()
                return result

            def work(s: Session) -> None:
                audit.record(s, actor.name, EXPORT_ACTION, Participant.__tablename__,
                             participant_id, detail=json.dumps(
                                 {"deelnemer": number, "rijen": result.rows,
                                  "bijlagen": result.attachments,
                                  "certificaten": result.certificates}))

            run_write(self._sessions, actor.name, work)
            writer.commit()
        except BaseException:
            writer.discard()
            raise
        return result

    def _write(self, s: Session, actor: Actor, number: str, participant_id: uuid.UUID,
               writer: _ZipWriter, progress: Progress | None,
               cancelled: Cancelled | None) -> ExportSummary:
        found = collect(s, participant_id)
        attachments = found.of(Attachment.__tablename__)
        certificates = found.of(Certificate.__tablename__)
        total = len(attachments) + len(certificates) + 3
        done = 1

        def step() -> bool:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)
            return cancelled is not None and cancelled()

        stopped = ExportSummary(number, str(writer.target), 0, 0, 0, 0, cancelled=True)
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            return stopped
        made_at = self._sessions.clock.local_now().replace(microsecond=0)
        writer.open(made_at)
        files: dict[tuple[str, uuid.UUID], str] = {}
        for index, row in enumerate(attachments, start=1):
            data = s.scalar(select(Attachment.data).where(Attachment.id == row["id"]))
            owner = _OWNERS.get(row["owner_type"], safe_name(row["owner_type"]))
            name = (f"bijlagen/{index:03d}-{owner}-{row['created_at']:%Y-%m-%d}"
                    f"{extension_of(row['media_type'], row['filename'])}")
            writer.add(name, bytes(data or b""))
            files[(Attachment.__tablename__, row["id"])] = name
            if step():
                return stopped
        for row in certificates:
            pdf = s.scalar(select(Certificate.pdf).where(Certificate.id == row["id"]))
            name = (f"certificaten/{safe_name(row['number'])}"
                    f"{_STATUS_SUFFIX.get(row['status'], '')}.pdf")
            writer.add(name, bytes(pdf or b""))
            files[(Certificate.__tablename__, row["id"])] = name
            if step():
                return stopped
        signatures = self._signatures(found, writer)
        made_by = actor.display_name or actor.name
        writer.add("gegevens.json", _document(found, number, made_at, made_by, files,
                                              signatures))
        if step():
            return stopped
        summary = build_summary(
            s, found, self._sessions.clock.today(), made_at, made_by,
            {row_id: name for (table, row_id), name in files.items()
             if table == Certificate.__tablename__})
        from bvmdesk.reports.pdf.person_summary import person_summary_pdf

        writer.add("overzicht.pdf", person_summary_pdf(summary, _meta(s, made_at)))
        writer.add("LEESMIJ.txt", readme(found, number, made_at, made_by,
                                         len(attachments), len(certificates),
                                         len(signatures)).encode("utf-8"))
        if step():
            return stopped
        writer.close()
        return ExportSummary(number, str(writer.target), found.count, len(attachments),
                             len(certificates), len(found.audit))

    @staticmethod
    def _signatures(found: PersonRows, writer: _ZipWriter) -> dict[tuple[str, uuid.UUID, str],
                                                                   str]:
        """Write each drawn signature as an SVG; (table, id, column) -> its name."""
        names: dict[tuple[str, uuid.UUID, str], str] = {}
        drawn: dict[str, str] = {}  # the same strokes on several rows: one file
        for table in sorted(found.rows):
            for row in found.of(table):
                for column, value in row.items():
                    if not column.endswith("_strokes") or not value:
                        continue
                    name = drawn.get(value)
                    if name is None:
                        svg = signature_svg(value)
                        if svg is None:
                            continue
                        name = f"bijlagen/handtekeningen/handtekening-{len(drawn) + 1:03d}.svg"
                        writer.add(name, svg.encode("utf-8"))
                        drawn[value] = name
                    names[(table, row["id"], column)] = name
        return names


def _meta(s: Session, made_at: datetime) -> ReportMeta:
    site_id = local_site_id(s)
    site = s.get(Site, site_id) if site_id else None
    return ReportMeta(site=f"{site.code} {site.name}" if site is not None else "",
                      printed_at=made_at)


def _row_json(table: str, row: dict[str, Any], files: dict[tuple[str, uuid.UUID], str],
              signatures: dict[tuple[str, uuid.UUID, str], str]) -> dict[str, Any]:
    item = {column: json_value(value) for column, value in row.items()}
    for deferred_table, column in DEFERRED:
        if deferred_table == table:
            item[column] = {"bestand": files.get((table, row["id"]))}
    for column in row:
        drawing = signatures.get((table, row["id"], column))
        if drawing is not None:
            item[f"{column}_tekening"] = drawing
    return item


def _document(found: PersonRows, number: str, made_at: datetime, made_by: str,
              files: dict[tuple[str, uuid.UUID], str],
              signatures: dict[tuple[str, uuid.UUID, str], str]) -> bytes:
    tables = Base.metadata.tables
    document = {
        "formaat": FORMAT,
        "deelnemer": number,
        "gemaakt_op": made_at.isoformat(),
        "gemaakt_door": made_by,
        "tabellen": {table: [_row_json(table, row, files, signatures)
                             for row in found.of(table)]
                     for table in sorted(found.rows) if found.rows[table]},
        "verwijzingen": {table: [{c: json_value(v) for c, v in row.items()}
                                 for row in sorted(rows.values(), key=lambda r: str(r["id"]))]
                         for table, rows in sorted(found.context.items()) if rows
                         and table in tables},
        "audit": [{c: json_value(v) for c, v in event.items()} for event in found.audit],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


class _ZipWriter:
    """A zip in a temporary file beside `target`, renamed into place by `commit`."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self._temporary: Path | None = None
        self._zip: zipfile.ZipFile | None = None
        self._stamp = (1980, 1, 1, 0, 0, 0)

    def open(self, made_at: datetime) -> None:
        self._stamp = (made_at.year, made_at.month, made_at.day, made_at.hour,
                       made_at.minute, made_at.second)
        try:
            # mkstemp makes the file readable by this user only: it holds personal data.
            handle, name = tempfile.mkstemp(prefix=".bvmdesk-", suffix=".zip",
                                            dir=self.target.parent)
            os.close(handle)
            self._temporary = Path(name)
            self._zip = zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        except OSError as exc:
            raise self._error(exc) from exc

    def add(self, name: str, content: bytes) -> None:
        assert self._zip is not None
        info = zipfile.ZipInfo(name, self._stamp)
        stored = Path(name).suffix.lower() in _STORED
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        try:
            self._zip.writestr(info, content)
        except OSError as exc:
            raise self._error(exc) from exc

    def close(self) -> None:
        if self._zip is None or self._temporary is None:
            return
        try:
            self._zip.close()
            self._zip = None
            with open(self._temporary, "rb+") as out:
                os.fsync(out.fileno())
        except OSError as exc:
            raise self._error(exc) from exc

    def commit(self) -> None:
        assert self._temporary is not None
        try:
            os.replace(self._temporary, self.target)
        except OSError as exc:
            raise self._error(exc) from exc
        self._temporary = None

    def discard(self) -> None:
        if self._zip is not None:
            with contextlib.suppress(OSError, ValueError):
                self._zip.close()
            self._zip = None
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)
            self._temporary = None

    def _error(self, exc: OSError) -> ServiceError:
        return ServiceError(f"Kan {self.target.name} niet schrijven ({os_error_text(exc)}); "
                            "er is niets geschreven.")
