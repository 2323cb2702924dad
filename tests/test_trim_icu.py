"""scripts/trim_icu.py: the frozen build's smaller ICU data library keeps what Qt does with
Dutch and English text exactly as with the full one (the library comes from the PySide6
wheel in the venv; icupkg from icu-devtools, as and ld from binutils:
scripts/install-system-deps.sh installs them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import trim_icu  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the PySide6 wheel brings its own ICU on Linux only")

# What Qt does with ICU, printed as JSON: which data library the process loaded, Dutch
# collation (IJ, accents, case, numbers), German, Dutch time-zone names, upper and lower case
# with their locale rules, and the text codecs Qt can name.
PROBE = r"""
import json
from PySide6.QtCore import QCollator, QDateTime, QDate, QTime, QLocale, QStringConverter, QTimeZone
loaded = [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line]
dutch = QCollator(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
dutch.setNumericMode(True)
names = ["Zwart", "de Vries", "Één", "Eerde", "IJsbrand", "Ijzer", "ångström", "Bakker",
         "bakker", "Çelik", "Özdemir", "Yılmaz", "10", "9", "Ünal", "Uil"]
nl = QLocale(QLocale.Language.Dutch)
zone = QTimeZone(b"Europe/Amsterdam")
winter = QDateTime(QDate(2026, 12, 4), QTime(12, 0), zone)
summer = QDateTime(QDate(2026, 7, 4), QTime(12, 0), zone)
print(json.dumps({
    "loaded": loaded[:1],
    "dutch": sorted(names, key=dutch.sortKey),
    "german": QCollator(QLocale("de_DE")).compare("ä", "b"),
    "english": sorted(names, key=QCollator(QLocale("en_GB")).sortKey),
    "zones": [zone.displayName(winter, QTimeZone.NameType.LongName, nl),
              zone.displayName(summer, QTimeZone.NameType.LongName, QLocale("en_GB"))],
    "case": [nl.toUpper("ijsbrand straße"), QLocale("tr_TR").toUpper("istanbul"),
             nl.toLower("ÉÉN")],
    "codecs": QStringConverter.availableCodecs(),
}))
"""


def _probe(library_dir: Path | None) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)  # before the libraries' own RUNPATH
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _wheel_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "geen libicudata in het PySide6-wiel"
    return found[0]


@pytest.mark.parametrize(("item", "size", "kept"), [
    ("coll/nl.res", 2000, True), ("coll/en_US_POSIX.res", 2000, True),
    ("coll/root.res", 2000, True), ("coll/ucadata.icu", 570256, True),
    ("coll/de.res", 2000, False), ("coll/zh.res", 712800, False),
    ("nl_BE.res", 2000, True), ("en_GB.res", 2000, True), ("de.res", 2000, False),
    ("zh_Hant_HK.res", 2000, False), ("zoneinfo64.res", 151344, True),
    ("supplementalData.res", 241664, True), ("cnvalias.icu", 2000, True),
    ("uts46.nrm", 2000, True), ("unames.icu", 296000, True), ("zone/nl.res", 2000, True),
    ("zone/fr.res", 2000, False), ("zone/pool.res", 2000, True),
    ("zone/res_index.res", 2000, True), ("brkitr/line.brk", 2000, True),
    ("brkitr/cjdict.dict", 2007296, False), ("brkitr/thaidict.dict", 2000, False),
    ("ibm-1390_P110-2003.cnv", 167104, False), ("ibm-5348_P100-1997.cnv", 3200, True),
    ("translit/root.res", 2000, False),
])
def test_which_items_stay(item: str, size: int, kept: bool) -> None:
    assert trim_icu.wanted(item, size) is kept


def test_qt_behaves_the_same_with_the_trimmed_library(tmp_path: Path) -> None:
    full = _wheel_library()
    trimmed = trim_icu.trim(full, tmp_path)
    assert trimmed.name == full.name
    assert trimmed.stat().st_size < full.stat().st_size / 5  # 4 MB instead of 31

    before, after = _probe(None), _probe(trimmed.parent)
    # The probe really ran on each library (else the comparison proves nothing) ...
    assert before.pop("loaded") == [str(full.resolve())]
    assert after.pop("loaded") == [str(trimmed)]
    # ... and ICU did its work with the full one: Dutch order, Dutch zone names, codecs.
    assert before["dutch"][:4] == ["9", "10", "ångström", "bakker"]  # type: ignore[index]
    assert before["zones"][0] == "Midden-Europese standaardtijd"  # type: ignore[index]
    assert "UTF-8" in before["codecs"]  # type: ignore[operator]
    # The Western code pages stay; only multibyte Asian ones go.
    codecs_before, codecs_after = set(before.pop("codecs")), set(after.pop("codecs"))  # type: ignore[call-overload]
    assert {"windows-1252", "ISO-8859-15", "IBM850", "UTF-16LE"} <= codecs_after <= codecs_before
    assert after == before


def test_a_library_without_icu_data_is_refused(tmp_path: Path) -> None:
    import PySide6

    other = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Core.so.*"))
    with pytest.raises(trim_icu.TrimError, match="icudtNN_dat"):
        trim_icu.trim(other, tmp_path)
    not_elf = tmp_path / "libicudata.so.99"
    not_elf.write_bytes(b"no library")
    with pytest.raises(trim_icu.TrimError, match="ELF"):
        trim_icu.trim(not_elf, tmp_path)
