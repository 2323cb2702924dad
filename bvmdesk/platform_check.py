"""Before Qt starts: will its xcb platform plugin load? Qt itself would abort (qFatal).

No Qt here: this runs before PySide6 is imported, so that a missing system library becomes a
Dutch message with the command that installs it instead of "could not load the Qt platform
plugin xcb". The libraries and their Debian packages are listed once, in
`qt_xcb_libraries.txt`, which `scripts/install-system-deps.sh` installs from.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

LIBRARIES_FILE = Path(__file__).with_name("qt_xcb_libraries.txt")

NO_SCREEN_MESSAGE = (
    "bvmdesk: geen beeldscherm gevonden (DISPLAY/WAYLAND_DISPLAY ontbreekt). Start BVM Desk "
    "op een bureaublad, of gebruik de opdrachtregel (bvmdesk --help).")

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library the xcb plugin loads from the system, and the package that has it."""

    soname: str
    package: str


def read_libraries(path: Path = LIBRARIES_FILE) -> list[SystemLibrary]:
    """The list in `qt_xcb_libraries.txt` (`SONAME PACKAGE` a line, `#` comments)."""
    libraries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            soname, package = fields
            libraries.append(SystemLibrary(soname, package))
    return libraries


def packages(libraries: Iterable[SystemLibrary]) -> list[str]:
    """The packages of `libraries`, each once, in list order."""
    return list(dict.fromkeys(library.package for library in libraries))


def missing_from_ldd(output: str) -> list[str]:
    """The libraries that `ldd` output reports as "not found", each once, in its order."""
    found = (_NOT_FOUND.match(line) for line in output.splitlines())
    return list(dict.fromkeys(match.group(1) for match in found if match))


def missing_message(missing: Iterable[str], libraries: Iterable[SystemLibrary]) -> str:
    """The Dutch explanation for missing libraries: which ones, and how to install them."""
    package_of = {library.soname: library.package for library in libraries}
    lines = ["bvmdesk: de grafische omgeving (Qt, platform xcb) kan niet starten: deze "
             "systeembibliotheken ontbreken:"]
    wanted: list[str] = []
    for soname in missing:
        package = package_of.get(soname)
        if package is None:
            lines.append(f"  {soname} (pakket onbekend: zoek het met 'apt-file search {soname}')")
            continue
        lines.append(f"  {soname} (pakket {package})")
        if package not in wanted:
            wanted.append(package)
    if wanted:
        lines += ["Installeer ze (Debian/Ubuntu) met:",
                  f"  sudo apt-get install -y {' '.join(wanted)}",
                  "of, in de map met de broncode van BVM Desk: make gui-deps"]
    return "\n".join(lines)


def screen_available(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """False on a Linux machine without a screen, where Qt would abort instead of failing."""
    if environ.get("QT_QPA_PLATFORM") or not platform.startswith("linux"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will load its xcb plugin: Linux, X11 and no other platform asked for.

    On a Wayland session (`XDG_SESSION_TYPE=wayland`) Qt 6 tries its wayland plugin first.
    """
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    if not environ.get("DISPLAY"):
        return False
    wayland = environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, found without importing PySide6 (None when absent)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def load_library(soname: str) -> None:
    """Open a shared library by name; OSError when the dynamic loader cannot."""
    ctypes.CDLL(soname)


def unloadable(libraries: Iterable[SystemLibrary],
               load: Callable[[str], object] | None = None) -> list[str]:
    """The libraries the dynamic loader cannot open (a few ms: Qt loads them next anyway)."""
    failed = []
    for library in libraries:
        try:
            (load or load_library)(library.soname)
        except OSError:
            failed.append(library.soname)
    return failed


def run_ldd(plugin: Path) -> str:
    """`ldd PLUGIN`'s output ("" when ldd is absent or fails)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10,
                                check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout


def xcb_problem(environ: Mapping[str, str] = os.environ, *,
                platform: str = sys.platform,
                libraries: list[SystemLibrary] | None = None,
                load: Callable[[str], object] | None = None,
                plugin: Callable[[], Path | None] | None = None,
                ldd: Callable[[Path], str] | None = None) -> str | None:
    """The Dutch message when Qt's xcb plugin will be used and cannot load, else None.

    The listed libraries are loaded first; only when one fails does `ldd` on the plugin
    name every missing library (including any the list does not know).
    """
    if not uses_xcb(environ, platform):
        return None
    if libraries is None:
        try:
            libraries = read_libraries()
        except OSError:
            return None  # a build without the list: let Qt say it
    missing = unloadable(libraries, load)
    if not missing:
        return None
    found = (plugin or xcb_plugin)()
    if found is not None:
        reported = missing_from_ldd((ldd or run_ldd)(found))
        missing = list(dict.fromkeys([*missing, *reported]))
    return missing_message(missing, libraries)
