"""Hostile text input (issue 11): CSV files and folders for `import`, scanner logs for
`attendance scans`. Each case has a builder that writes the bad file into a folder; nothing
is committed as a binary. The positive cases beside them must keep working.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tests.services.exchange.support import valid, write_csv, write_xlsx

Builder = Callable[[Path], Path]
UTF16 = "UTF-16 is niet ondersteund, sla het op als CSV UTF-8"
UTF32 = "UTF-32 is niet ondersteund, sla het op als CSV UTF-8"
LEERBEDRIJVEN = "code;naam;sbb_id;plaats\r\nLB1;Metaal BV;100200300;Zwolle\r\n"
SCANS = "badge;tijdstip\r\nB0001;2026-09-07T08:25\r\n"


@dataclass(frozen=True)
class Case:
    """A bad input: `command` is "import" or "scans"; `message` a part of the Dutch line."""

    name: str
    command: str
    build: Builder
    message: str
    code: int = 1


def _one(name: str, data: bytes) -> Builder:
    """A single file NAME with these bytes, given to the command as the path."""
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path
    return build


def _in_folder(name: str, data: bytes) -> Builder:
    """A folder holding a valid Locaties.csv and NAME with these bytes."""
    def build(folder: Path) -> Path:
        target = folder / "uitwisseling"
        write_csv(target, {"Locaties": valid()["Locaties"]})
        (target / name).write_bytes(data)
        return target
    return build


def _sparse(name: str, size: int) -> Builder:
    """A file of `size` zero bytes that takes no disk space (and reads as binary)."""
    def build(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as handle:
            handle.truncate(size)
        return path
    return build


def _fifo(name: str, in_folder: bool) -> Builder:
    def build(folder: Path) -> Path:
        target = folder / "uitwisseling" if in_folder else folder
        if in_folder:
            write_csv(target, {"Locaties": valid()["Locaties"]})
        os.mkfifo(target / name)  # nobody ever writes: reading it would wait forever
        return target if in_folder else target / name
    return build


def _device(name: str) -> Builder:
    def build(folder: Path) -> Path:
        (folder / name).symlink_to("/dev/zero")  # endless: reading it would never stop
        return folder / name
    return build


def _folder(files: dict[str, bytes]) -> Builder:
    def build(folder: Path) -> Path:
        target = folder / "leeg"
        target.mkdir()
        for name, data in files.items():
            (target / name).write_bytes(data)
        return target
    return build


def _header_only_export(folder: Path) -> Path:
    """Every sheet with only its header row: what an export of an empty database writes."""
    return write_csv(folder / "kopregels", {name: rows[:1] for name, rows in valid().items()})


def _header_only_xlsx(folder: Path) -> Path:
    return write_xlsx(folder / "leeg.xlsx", {name: rows[:1] for name, rows in valid().items()})


def _long_line(folder: Path) -> Path:
    path = folder / "Leerbedrijven.csv"
    path.write_bytes(b"code;naam\r\nLB1;" + b"x" * 200_000 + b"\r\n")
    return path


def _unclosed_quote(folder: Path) -> Path:
    """A quote that is never closed: the field runs on over 200 lines of 1000 characters."""
    path = folder / "Leerbedrijven.csv"
    path.write_bytes(b'code;naam\r\nLB1;"Metaal BV\r\n' + (b"y" * 1000 + b"\r\n") * 200)
    return path


def _two_big(folder: Path) -> Path:
    target = folder / "groot"
    target.mkdir()
    for name in ("Deelnemers.csv", "Presentie.csv"):
        with (target / name).open("wb") as handle:
            handle.truncate(600_000_000)
    return target


_PKZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(1, 200))
_BINARY = bytes(range(256)) * 8  # zero bytes, not in the UTF-16 pattern

CSV_CASES: tuple[Case, ...] = (
    Case("utf16-le-bom", "import", _in_folder(
        "Deelnemers.csv", "nummer;voornamen\r\nH-1;Zoë\r\n".encode("utf-16")),
        f"Deelnemers.csv is opgeslagen als UTF-16; {UTF16}"),
    Case("utf16-be-bom", "import", _one(
        "Leerbedrijven.csv", codecs.BOM_UTF16_BE + LEERBEDRIJVEN.encode("utf-16-be")),
        f"Leerbedrijven.csv is opgeslagen als UTF-16; {UTF16}"),
    Case("utf16-le-no-bom", "import", _one(
        "Leerbedrijven.csv", LEERBEDRIJVEN.encode("utf-16-le")),
        f"Leerbedrijven.csv is opgeslagen als UTF-16; {UTF16}"),
    Case("utf16-be-no-bom", "import", _in_folder(
        "Leerbedrijven.csv", LEERBEDRIJVEN.encode("utf-16-be")),
        f"Leerbedrijven.csv is opgeslagen als UTF-16; {UTF16}"),
    Case("utf32-bom", "import", _one("Leerbedrijven.csv", LEERBEDRIJVEN.encode("utf-32")),
         f"Leerbedrijven.csv is opgeslagen als UTF-32; {UTF32}"),
    Case("utf32-le-no-bom", "import", _one(
        "Leerbedrijven.csv", LEERBEDRIJVEN.encode("utf-32-le")),
        f"Leerbedrijven.csv is opgeslagen als UTF-32; {UTF32}"),
    Case("binary", "import", _in_folder("Deelnemers.csv", _BINARY),
         "Deelnemers.csv is geen tekstbestand: het bevat nul-bytes"),
    Case("zip-named-csv", "import", _one("Deelnemers.csv", _PKZIP),
         "Deelnemers.csv is geen tekstbestand maar een zip-bestand (een Excel-werkmap?)"),
    Case("not-utf8-nor-cp1252", "import", _in_folder(
        "Leerbedrijven.csv", b"code;naam\r\nLB1;\x81\x8d\r\n"),
        "Leerbedrijven.csv is geen UTF-8- of Windows-1252-tekst; sla het op als CSV UTF-8"),
    Case("line-over-limit", "import", _long_line,
         "Leerbedrijven.csv: regel 2 is langer dan 100 kB"),
    Case("field-over-csv-limit", "import", _unclosed_quote,
         "Leerbedrijven.csv: in rij 2 is een veld langer dan 131.072 tekens; meestal is daar "
         "een aanhalingsteken (\") niet gesloten"),
    Case("file-over-limit", "import", _sparse("Presentie.csv", 2_000_000_001),
         "Presentie.csv is te groot (2 GB; de grens is 1 GB)"),
    Case("folder-over-limit", "import", _two_big,
         "De CSV-bestanden in groot zijn samen te groot (1,2 GB; de grens is 1 GB)"),
    Case("zeros-within-limit", "import", _sparse("Presentie.csv", 900_000_000),
         "Presentie.csv is geen tekstbestand: het bevat nul-bytes"),
    Case("fifo", "import", _fifo("Deelnemers.csv", in_folder=False),
         "Deelnemers.csv is geen gewoon bestand maar een pipe (FIFO)"),
    Case("fifo-in-folder", "import", _fifo("Deelnemers.csv", in_folder=True),
         "Deelnemers.csv is geen gewoon bestand maar een pipe (FIFO)"),
    Case("device", "import", _device("Deelnemers.csv"),
         "Deelnemers.csv is geen gewoon bestand maar een apparaat"),
    Case("empty-folder", "import", _folder({}),
         "Geen gegevens gevonden in leeg: verwacht CSV-bestanden met een kopregel en ten minste "
         "één rij daaronder, genoemd naar de bladen: Locaties.csv, Leerbedrijven.csv"),
    Case("folder-without-csv", "import", _folder({"notities.txt": b"code;naam\r\nLB1;x\r\n"}),
         "Geen gegevens gevonden in leeg: verwacht CSV-bestanden"),
    Case("only-empty-files", "import", _folder({"Deelnemers.csv": b"",
                                                 "Modules.csv": b" \r\n\t\r\n\r\n"}),
         "Geen gegevens gevonden in leeg: verwacht CSV-bestanden"),
    Case("only-header-rows", "import", _header_only_export,
         "Geen gegevens gevonden in kopregels: verwacht CSV-bestanden"),
    Case("empty-csv-file", "import", _one("Deelnemers.csv", b""),
         "Geen gegevens gevonden in Deelnemers.csv: verwacht een kopregel en ten minste één "
         "rij daaronder."),
    Case("header-only-csv-file", "import", _one(
        "Leerbedrijven.csv", "\ufeffcode;naam;sbb_id;plaats\r\n".encode()),
        "Geen gegevens gevonden in Leerbedrijven.csv: verwacht een kopregel"),
    Case("header-only-xlsx", "import", _header_only_xlsx,
         "Geen gegevens gevonden in leeg.xlsx: verwacht bladen met een kopregel en ten minste "
         "één rij daaronder: Locaties, Leerbedrijven"),
)

NO_SCANS = "Geen scans gevonden in scans.csv: verwacht per regel badge;tijdstip."

SCAN_CASES: tuple[Case, ...] = (
    Case("scan-utf16", "scans", _one("scans.csv", SCANS.encode("utf-16")),
         f"scans.csv is opgeslagen als UTF-16; {UTF16}"),
    Case("scan-utf16-no-bom", "scans", _one("scans.csv", SCANS.encode("utf-16-be")),
         f"scans.csv is opgeslagen als UTF-16; {UTF16}"),
    Case("scan-binary", "scans", _one("scans.csv", _BINARY),
         "scans.csv is geen tekstbestand: het bevat nul-bytes"),
    Case("scan-fifo", "scans", _fifo("scans.csv", in_folder=False),
         "scans.csv is geen gewoon bestand maar een pipe (FIFO)"),
    Case("scan-device", "scans", _device("scans.csv"),
         "scans.csv is geen gewoon bestand maar een apparaat"),
    Case("scan-over-limit", "scans", _sparse("scans.csv", 60_000_000),
         "scans.csv is te groot (60 MB; de grens is 50 MB)"),
    Case("scan-line-over-limit", "scans", _one(
        "scans.csv", b"badge;tijdstip\nB0001;" + b"9" * 150_000 + b"\n"),
        "scans.csv: regel 2 is langer dan 100 kB"),
    Case("scan-empty", "scans", _one("scans.csv", b""), NO_SCANS),
    Case("scan-whitespace", "scans", _one("scans.csv", b"\r\n   \r\n\t\n"), NO_SCANS),
    Case("scan-header-only", "scans", _one("scans.csv", b"\xef\xbb\xbfbadge;tijdstip\r\n"),
         NO_SCANS),
)

CASES = CSV_CASES + SCAN_CASES


# --- inputs that must keep working ----------------------------------------------------------
def header_only_beside_data(folder: Path) -> Path:
    """Every sheet of the valid administration, Vakanties and Praktijkopleiders with only
    their header row (as every export writes an empty sheet)."""
    sheets = valid()
    sheets["Vakanties"] = sheets["Vakanties"][:1]
    sheets["Praktijkopleiders"] = sheets["Praktijkopleiders"][:1]
    for row in sheets["Inschrijvingen"][1:]:
        row[4] = ""  # no praktijkopleider to refer to
    return write_csv(folder / "uitwisseling", sheets)


def _serial(moment: datetime) -> str:
    from openpyxl.utils.datetime import to_excel

    return repr(to_excel(moment))


SCAN_LOGS: dict[str, bytes] = {
    # comma-separated, a UTF-8 BOM, quoted fields, one holding the separator
    "quoted-bom-comma": codecs.BOM_UTF8 + (
        '"badge","tijdstip","opmerking"\r\n'
        '"B0001","2026-09-07 08:25","bus te laat, toch op tijd"\r\n'
        '"B0001","2026-09-07 11:58","Zoë"\r\n').encode(),
    # Windows-1252 (é as one byte), semicolons, a doubled quote inside a quoted field
    "cp1252-semicolon": ('badge;tijdstip;opmerking\r\n'
                         'B0001;2026-09-07T08:25;"café ""De Hoek"""\r\n'
                         'B0001;2026-09-07T11:58;\r\n').encode("cp1252"),
    # a log saved from Excel with the timestamp column as a number: Dutch (decimal comma,
    # semicolons) and English (decimal point, commas)
    "excel-serial-nl": (f"badge;tijdstip\r\nB0001;{_serial(datetime(2026, 9, 7, 8, 25))}"
                        .replace(".", ",") + "\r\n").encode(),
    "excel-serial-en": (f"badge,tijdstip\r\nB0001,{_serial(datetime(2026, 9, 7, 8, 25))}\r\n"
                        f"B0001,{_serial(datetime(2026, 9, 7, 11, 58))}\r\n").encode(),
}
"""Each gives participant H-001 (badge B0001) an arrival at 08:25 on 2026-09-07; all but the
Dutch Excel log a departure at 11:58."""
