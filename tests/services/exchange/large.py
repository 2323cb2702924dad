"""A large, valid exchange folder: shared by the slow test and the import benchmark."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from bvmdesk.services.exchange.format import SHEET_BY_NAME

STATUSES = ("aanwezig", "aanwezig", "aanwezig", "te_laat", "ziek", "ongeoorloofd")


def write_large_folder(folder: Path, participants: int, groups: int, lessons: int,
                       site: str = "ZWL") -> int:
    """Participants spread evenly over groups, every one marked at every lesson.

    Returns the number of data rows written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    per_group = participants // groups
    start = date(2025, 9, 1)
    rows = 0

    def sheet(name: str) -> tuple[csv.DictWriter[str], object]:
        handle = (folder / f"{name}.csv").open("w", encoding="utf-8-sig", newline="")
        writer = csv.DictWriter(handle, SHEET_BY_NAME[name].names, delimiter=";",
                                lineterminator="\r\n")
        writer.writeheader()
        return writer, handle

    modules, h1 = sheet("Modules")
    modules.writerow({"code": "M1", "naam": "Lassen", "uren": 80, "min_aanwezigheid": 80})
    people, h2 = sheet("Deelnemers")
    group_rows, h3 = sheet("Groepen")
    enrolments, h4 = sheet("Inschrijvingen")
    lesson_rows, h5 = sheet("Lessen")
    marks, h6 = sheet("Presentie")
    for g in range(groups):
        code = f"G{g:04d}"
        group_rows.writerow({"code": code, "naam": f"Groep {g}", "module": "M1",
                             "locatie": site, "startdatum": start.isoformat()})
        members = [f"D{g * per_group + i:06d}" for i in range(per_group)]
        for i, number in enumerate(members):
            people.writerow({"nummer": number, "voornamen": f"Voornaam{i}",
                             "achternaam": f"Achternaam {g}", "geboortedatum":
                             f"{1990 + i % 15}-0{1 + i % 9}-1{i % 9}",
                             "doelgroep": "BBL", "badge": f"B{number}"})
            enrolments.writerow({"deelnemer": number, "groep": code,
                                 "startdatum": start.isoformat()})
        for n in range(lessons):
            day = (start + timedelta(days=7 * n + g % 5)).isoformat()
            lesson_rows.writerow({"groep": code, "datum": day, "begintijd": "08:30",
                                  "eindtijd": "16:00", "vervallen": "nee"})
            for i, number in enumerate(members):
                status = STATUSES[(i + n) % len(STATUSES)]
                marks.writerow({"groep": code, "datum": day, "begintijd": "8:30",
                                "deelnemer": number, "status": status,
                                "aanwezig_van": "09:05" if status == "te_laat" else ""})
        rows += 1 + 2 * per_group + lessons + lessons * per_group
    for handle in (h1, h2, h3, h4, h5, h6):
        handle.close()  # type: ignore[attr-defined]
    return rows + 1
