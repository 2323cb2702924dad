"""A smaller ICU data library for the frozen build on Linux: Dutch, English and the root
locale only.

PySide6's Linux wheels bring Qt's own ICU, and its data library (libicudata.so.NN, 31 MB)
holds every locale, converter and dictionary ICU knows. libQt6Core links to it, so it cannot
simply be left out, but Qt uses little of it: collation, case mapping, time-zone names and
the list of text codecs, for the locale the app runs in (Dutch or English). This script
takes the data package out of the library, removes with `icupkg` (Debian: icu-devtools)
what no Dutch or English user can reach (other locales' resources, the multibyte Asian
code-page converters, the Chinese/Japanese/Thai/Lao/Burmese/Khmer line-break dictionaries,
the transliterators; the single-byte code pages such as Windows-1252 stay) and links the
rest into a library with the same name and symbol (binutils' `as` and `ld`): 5 MB. Another
locale falls back to the root locale, as ICU does for any locale it lacks. build.spec calls
it; tests/test_trim_icu.py checks that Qt behaves the same with it.

Usage: python scripts/trim_icu.py LIBICUDATA WORKDIR    (prints the path of the new library)
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("nl", "en")
# Items at the top of the package that hold no locale's data (the rest are locale files
# such as de.res or en_GB.res, or converters, *.cnv).
SHARED_RESOURCES = {
    "pool", "res_index", "root", "plurals", "pluralRanges", "metadata", "supplementalData",
    "likelySubtags", "numberingSystems", "zoneinfo64", "timezoneTypes", "windowsZones",
    "metaZones", "keyTypeData", "langInfo", "icustd", "icuver", "dayPeriods",
    "grammaticalFeatures", "units", "genderList", "currencyNumericCodes",
}
DROPPED_TREES = {"translit"}  # transliterators: Qt never opens one
# A single-byte code page's converter (Windows-1252, ISO 8859-15, DOS 850) takes 1-4 KB; the
# multibyte Asian ones (GB 18030, EUC-TW, Shift-JIS...) 20-550 KB, 4.4 MB together.
SMALL_CONVERTER = 8 * 1024


class TrimError(RuntimeError):
    """The library could not be trimmed (not ICU data, or a tool missing)."""


def data_symbol(library: bytes) -> tuple[str, int, int]:
    """The ICU data symbol of an ELF64 little-endian shared library: (name, file offset,
    size). The package is the whole content of that one read-only object."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise TrimError("geen 64-bits little-endian ELF-bibliotheek")
    shoff, = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum, _ = struct.unpack_from("<HHH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize)
                for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link]
        for start in range(offset, offset + size, entsize):
            name_at, _, _, shndx, value, length = struct.unpack_from("<IBBHQQ", library, start)
            end = library.index(b"\0", strings[4] + name_at)
            name = library[strings[4] + name_at:end].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name):
                home = sections[shndx]
                return name, value - home[3] + home[4], length
    raise TrimError("geen ICU-gegevenssymbool (icudtNN_dat) in de bibliotheek")


def _locale_file(name: str) -> bool:
    """Whether an item name is one locale's resource bundle (de.res, en_GB.res, zh_Hant.res)."""
    return re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res", name) is not None


def package_items(package: bytes) -> dict[str, int]:
    """The items of an ICU common data package ("CmnD"), name (without the package prefix)
    to size: after the header, a count and (name offset, data offset) pairs."""
    header, = struct.unpack_from("<H", package, 0)
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise TrimError("geen ICU-gegevenspakket")
    count, = struct.unpack_from("<I", package, header)
    entries = [struct.unpack_from("<II", package, header + 4 + 8 * i) for i in range(count)]
    starts = [header + data for _, data in entries] + [len(package)]
    items = {}
    for i, (name_at, _) in enumerate(entries):
        end = package.index(b"\0", header + name_at)
        name = package[header + name_at:end].decode("ascii").split("/", 1)[-1]
        items[name] = starts[i + 1] - starts[i]
    return items


def wanted(item: str, size: int, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether a package item (such as `coll/nl.res` or `ibm-1390_P110-2003.cnv`) of `size`
    bytes is kept."""
    *trees, name = item.split("/")
    ours = re.fullmatch(rf"({'|'.join(languages)}|root|pool|res_index)(_[A-Za-z0-9_]+)?\.res",
                        name) is not None
    if not trees:
        if name.endswith(".cnv"):
            return size < SMALL_CONVERTER  # UTF-8/16/32, ASCII and Latin-1 are built in
        return not _locale_file(name) or ours or name[:-4] in SHARED_RESOURCES
    if trees[0] in DROPPED_TREES or name.endswith(".dict"):
        return False
    return not name.endswith(".res") or ours


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if found is None:
        package = "icu-devtools" if name == "icupkg" else "binutils"
        raise TrimError(f"{name} ontbreekt (Debian: {package}; scripts/install-system-deps.sh)")
    return found


def _run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise TrimError(f"{Path(command[0]).name} faalde: {done.stderr.strip()[-500:]}")
    return done.stdout


def trim(library: Path, workdir: Path, languages: tuple[str, ...] = LANGUAGES) -> Path:
    """Write the trimmed library to WORKDIR/lib/<same name> and return its path."""
    content = library.read_bytes()
    symbol, offset, size = data_symbol(content)
    package = f"{symbol.removesuffix('_dat')}l"  # icudt73l: the items' prefix, little-endian
    source = workdir / "full" / f"{package}.dat"
    target = workdir / "trimmed" / f"{package}.dat"
    output = workdir / "lib" / library.name
    for folder in (source.parent, target.parent, output.parent):
        folder.mkdir(parents=True, exist_ok=True)
    source.write_bytes(content[offset:offset + size])
    icupkg = _tool("icupkg")
    items = package_items(content[offset:offset + size])
    dropped = [item for item, length in items.items() if not wanted(item, length, languages)]
    if not items or len(dropped) == len(items):
        raise TrimError("het ICU-pakket is leeg of er blijft niets over")
    removals = workdir / "removed.txt"
    removals.write_text("\n".join(dropped) + "\n", encoding="ascii")
    target.unlink(missing_ok=True)
    # --ignore-deps: brkitr/root.res names the dictionaries that go out.
    _run([icupkg, "--ignore-deps", "-r", str(removals), str(source), str(target)])
    assembly = workdir / "icudata.s"
    assembly.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f"{symbol}:\n\t.incbin \"{target}\"\n\t.size {symbol}, . - {symbol}\n"
        "\t.section .note.GNU-stack,\"\",@progbits\n", encoding="ascii")
    objfile = workdir / "icudata.o"
    _run([_tool("as"), "-o", str(objfile), str(assembly)])
    _run([_tool("ld"), "-shared", "-soname", library.name, "-o", str(output), str(objfile)])
    return output


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        print(trim(Path(argv[0]), Path(argv[1])))
    except (OSError, TrimError) as error:
        print(f"trim_icu: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
