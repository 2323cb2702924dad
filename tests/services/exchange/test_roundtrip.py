"""Round trip: an export imported into an empty database exports the same bytes again
(every sheet, the assessment sheets with every scale, grades and texts included)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services, sessions_of
from bvmdesk.services.exchange import ExchangeService
from tests.services.exchange.support import rows_of, valid, with_assessments, write_csv

LATIN = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
         "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľłńņňŋōŏőœŕŗřśŝşšţť"
         "ũūŭůűųŵŷźżžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŸĀĂĄĆČĎĐĒĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽß")
PREFIXES = ["", "van", "van der", "de", "van 't", "'t", "d'", "in 't", "van den", "ter", "le"]
FORMULA = ["=", "+", "-", "@"]


def _clean(text: str) -> bool:
    return text == text.strip() and not (len(text) > 1 and text[0] == "'" and text[1] in "=+-@")


names = st.text(alphabet=LATIN + " '-", min_size=1, max_size=200).filter(
    lambda t: _clean(t) and bool(t))
free = st.one_of(
    st.just(""),
    st.builds(lambda f, t: f + t, st.sampled_from(FORMULA), st.text(LATIN + " ;\"'", max_size=30)),
    st.text(alphabet=LATIN + " ;,\"'", min_size=1, max_size=60),
).filter(_clean)
person = st.tuples(names, st.sampled_from(PREFIXES), names,
                   st.dates(date(1930, 1, 1), date(2010, 1, 1)),
                   st.sampled_from(["BBL", "BOL", "PRO", "VSO", "vmbo", "hbo", "werknemer",
                                    "zij-instromer", "werkzoekende", "overig"]), free,
                   free.map(lambda text: text[:40]))  # telefoon holds at most 40 characters
CESUUR = {"ovg": ["", "75", "60,5", "100"], "acceptabel": ["", "0"],
          "cijfer": ["", "5,5", "6", "7.25"]}
VALUES = {"ovg": ["O", "V", "G", "v"], "acceptabel": ["A", "NA", "n"], "cijfer": []}
criterion = st.tuples(st.one_of(names, free.filter(bool)), st.booleans(), st.integers(1, 5),
                      st.integers(0, 1000))
form = st.tuples(st.sampled_from(["ovg", "acceptabel", "cijfer"]), st.integers(0, 3),
                 st.lists(criterion, min_size=1, max_size=4), st.booleans(), names)


def _score(scale: str, pick: int) -> str:
    """A value of the scale as a person might type it (`7,5`, `10`, `v`, `n`)."""
    if scale == "cijfer":
        grade = 10 + pick % 91  # 1.0 .. 10.0 in tenths
        return f"{grade // 10},{grade % 10}" if grade % 10 else str(grade // 10)
    values = VALUES[scale]
    return values[pick % len(values)]


def _assessment_sheets(forms: list[tuple[object, ...]], reason: str) -> dict[str, list[list[str]]]:
    """Forms of every scale with their criteria, one assessment each (some final)."""
    sheets = {name: [rows[0]] for name, rows in with_assessments().items()
              if name in ("Beoordelingsformulieren", "Criteria", "Beoordelingen", "Scores")}
    for index, (scale, cesuur, criteria, final, name) in enumerate(forms):
        code = f"{FORMULA[index % 4]}F{index}" if index % 2 else f"F-{index}"
        kind = ["bpv", "opdracht", "examen"][index % 3]
        sheets["Beoordelingsformulieren"].append([
            code, name, "MIG", kind, scale, CESUUR[scale][cesuur % len(CESUUR[scale])],
            ["", "ja", "nee"][index % 3]])
        assessment = f"BO-2026-{index:05d}"
        sheets["Beoordelingen"].append([assessment, code, "H-001", "2026-10-01", "docent",
                                        reason[:200], "definitief" if final else ""])
        for number, (text, critical, weight, pick) in enumerate(criteria, start=1):
            sheets["Criteria"].append([code, f"B1-K{index}-W{number % 2}",
                                       name if number == 1 else "", str(number), text,
                                       "ja" if critical else "", str(weight)])
            sheets["Scores"].append([assessment, str(number), _score(scale, pick),
                                     reason or "goed gedaan"])
    return sheets


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(people=st.lists(person, min_size=1, max_size=6), company=free, note=free, topic=free,
       forms=st.lists(form, min_size=1, max_size=3), reason=free)
def test_export_import_export_gives_the_same_bytes(
        _sqlite_site_template: Path, people: list[tuple[object, ...]], company: str,
        note: str, topic: str, forms: list[tuple[object, ...]], reason: str) -> None:
    sheets = valid() | _assessment_sheets(forms, reason)
    participants = sheets["Deelnemers"][:1]
    for index, (first, prefix, last, born, kind, school, phone) in enumerate(people):
        number = f"{FORMULA[index % 4]}{index:03d}" if index % 2 else f"R-{index:03d}"
        participants.append([number, first, prefix, last, born.isoformat(), kind, school, "",
                             "", "LB2", "", "", phone])
        sheets["Inschrijvingen"].append([number, "CNC-26", "2026-09-01", "", "", "gestopt"])
        sheets["Presentie"].append(["CNC-26", "2026-09-08", "13:00", number, "geoorloofd", "",
                                    "", note])
    sheets["Deelnemers"] = participants + sheets["Deelnemers"][1:]
    sheets["Leerbedrijven"][2][1] = company or "Staal"
    sheets["Lessen"][3][5] = topic[:200]
    work = Path(tempfile.mkdtemp(prefix="bvm-roundtrip-"))
    try:
        first_db, second_db = work / "een.sqlite", work / "twee.sqlite"
        shutil.copyfile(_sqlite_site_template, first_db)
        shutil.copyfile(_sqlite_site_template, second_db)
        exports = []
        for db, source in ((first_db, write_csv(work / "bron", sheets)),
                           (second_db, work / "export-1")):
            services = open_services(str(db), backup=False)
            try:
                exchange = ExchangeService(sessions_of(services))
                result = exchange.import_file(Actor.cli(), source)
                assert result.errors == ()
                target = work / f"export-{len(exports) + 1}"
                exchange.export(Actor.cli(), target)
            finally:
                services.close()
            exports.append({p.name: p.read_bytes() for p in sorted(target.iterdir())})
        assert exports[0] == exports[1]
        assert len(exports[0]) == 18  # with the export-only Certificaten
        # The values survive exactly as given.
        exported = {row[0]: row for row in rows_of(work / "export-1", "Deelnemers")}
        for index, (first, prefix, last, *_rest) in enumerate(people):
            number = f"{FORMULA[index % 4]}{index:03d}" if index % 2 else f"R-{index:03d}"
            row = exported["'" + number if number[0] in "=+-@" else number]
            assert (row[1], row[2], row[3]) == tuple(
                "'" + v if v[:1] in ("=", "+", "-", "@") else v for v in (first, prefix, last))
        # Grades as stored (one decimal), every score and reason as given.
        scores = list(rows_of(work / "export-1", "Scores"))
        assert len(scores) == sum(len(f[2]) for f in forms)  # type: ignore[arg-type]
        for row in scores:
            assert row[2] in ("O", "V", "G", "A", "NA") or (
                "." in row[2] and 1.0 <= float(row[2]) <= 10.0), row
            assert row[3] == ("'" + reason if reason[:1] in FORMULA else reason or "goed gedaan")
    finally:
        shutil.rmtree(work, ignore_errors=True)
