"""Round trip: an export imported into an empty database exports the same bytes again."""

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
from tests.services.exchange.support import rows_of, valid, write_csv

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
                                    "zij-instromer", "werkzoekende", "overig"]), free, free)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(people=st.lists(person, min_size=1, max_size=6), company=free, note=free, topic=free)
def test_export_import_export_gives_the_same_bytes(
        _sqlite_site_template: Path, people: list[tuple[object, ...]], company: str,
        note: str, topic: str) -> None:
    sheets = valid()
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
        assert len(exports[0]) == 10
        # The values survive exactly as given.
        exported = {row[0]: row for row in rows_of(work / "export-1", "Deelnemers")}
        for index, (first, prefix, last, *_rest) in enumerate(people):
            number = f"{FORMULA[index % 4]}{index:03d}" if index % 2 else f"R-{index:03d}"
            row = exported["'" + number if number[0] in "=+-@" else number]
            assert (row[1], row[2], row[3]) == tuple(
                "'" + v if v[:1] in ("=", "+", "-", "@") else v for v in (first, prefix, last))
    finally:
        shutil.rmtree(work, ignore_errors=True)
