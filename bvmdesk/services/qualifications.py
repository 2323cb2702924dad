"""The MBO qualifications BVM Desk knows (resources/data/qualifications.csv: real crebo
codes and levels from SBB's qualification files for metalworking), for picking a module's
crebo and level in Beheer > Modules and for the demo's catalogue."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bvmdesk.config import resources_dir


@dataclass(frozen=True)
class Qualification:
    """One row of `qualifications.csv`: the dossier, the qualification's crebo, its name and
    level."""

    dossier: str
    crebo: str
    name: str
    level: int


def qualifications_path() -> Path:
    return resources_dir() / "data" / "qualifications.csv"


def load_qualifications(path: Path | None = None) -> list[Qualification]:
    """The qualifications of `path` (the shipped list when None), in the file's order."""
    if path is None:
        return list(_shipped())
    return _read(path)


def find_qualification(crebo: str) -> Qualification | None:
    """The shipped qualification with crebo code `crebo`, or None."""
    crebo = crebo.strip()
    return next((q for q in _shipped() if q.crebo == crebo), None)


@lru_cache(maxsize=1)
def _shipped() -> tuple[Qualification, ...]:
    return tuple(_read(qualifications_path()))


def _read(path: Path) -> list[Qualification]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Qualification(row["dossier"], row["qualification_crebo"], row["qualification"],
                          int(row["level"]))
            for row in csv.DictReader(handle)
        ]
