"""The check before Qt starts (`bvmdesk/platform_check.py`): ldd output -> missing libraries
-> packages -> a Dutch message, and the GUI start path that prints it instead of Qt aborting."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from bvmdesk import cli, platform_check
from bvmdesk.platform_check import SystemLibrary

# `ldd libqxcb.so` on a Debian 12 machine without libxcb-icccm4 and libxcb-keysyms1 (shortened).
LDD_TWO_MISSING = """\
\tlinux-vdso.so.1 (0x00007fc15f21b000)
\tlibQt6XcbQpa.so.6 => /x/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007fc15f14d000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007fc15e579000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007fc15f130000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007fc15f128000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-randr.so.0 => /lib/x86_64-linux-gnu/libxcb-randr.so.0 (0x00007fc15e568000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007fc15d81f000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007fc15f21d000)
"""

LDD_NOTHING_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd5a3e2000)
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f0b1c2b4000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0b1bc1f000)
"""

X11 = {"DISPLAY": ":0"}
LIBRARIES = [SystemLibrary("libGL.so.1", "libgl1"),
             SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),
             SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1")]

# Needed by the plugin but part of every Debian system (or of Python itself).
BASE_SYSTEM = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1",
               "libzstd.so.1", "libpthread.so.0", "libdl.so.2", "librt.so.1",
               "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"}


def test_ldd_output_gives_the_missing_libraries_once_in_order() -> None:
    assert platform_check.missing_from_ldd(LDD_TWO_MISSING) == ["libxcb-icccm.so.4",
                                                                "libxcb-keysyms.so.1"]
    assert platform_check.missing_from_ldd(LDD_NOTHING_MISSING) == []
    assert platform_check.missing_from_ldd("") == []


def test_the_message_names_each_library_its_package_and_the_command() -> None:
    message = platform_check.missing_message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"],
                                             platform_check.read_libraries())
    assert "systeembibliotheken ontbreken" in message
    assert "libxcb-icccm.so.4 (pakket libxcb-icccm4)" in message
    assert "libxcb-keysyms.so.1 (pakket libxcb-keysyms1)" in message
    assert "  sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in message.splitlines()
    assert "make gui-deps" in message


def test_a_library_the_list_does_not_know_is_named_with_a_way_to_find_it() -> None:
    message = platform_check.missing_message(["libfoo.so.3"], LIBRARIES)
    assert "libfoo.so.3 (pakket onbekend: zoek het met 'apt-file search libfoo.so.3')" in message
    assert "apt-get install" not in message


def test_the_one_list_reads_as_soname_package_pairs() -> None:
    libraries = platform_check.read_libraries()
    assert SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4") in libraries
    assert SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1") in libraries
    sonames = [library.soname for library in libraries]
    assert len(sonames) == len(set(sonames))
    assert all(".so." in soname for soname in sonames)
    assert platform_check.packages(libraries).count("libglib2.0-0") == 1


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:foo=1"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
     "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11"},
     "linux", True),
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "win32", False),
    ({"DISPLAY": ":0"}, "darwin", False),
])
def test_the_check_runs_only_when_qt_will_use_xcb(environ: dict[str, str], platform: str,
                                                  expected: bool) -> None:
    assert platform_check.uses_xcb(environ, platform) is expected


def test_when_every_library_loads_ldd_is_not_run() -> None:
    def no_ldd(_plugin: Path) -> str:
        raise AssertionError("ldd ran although every library loaded")

    problem = platform_check.xcb_problem(X11, platform="linux", libraries=LIBRARIES,
                                         load=lambda _name: None, ldd=no_ldd)
    assert problem is None


def test_a_library_that_does_not_load_is_explained_with_ldd_of_the_plugin(
        tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    asked: list[Path] = []

    def load(name: str) -> None:
        if name == "libxcb-icccm.so.4":
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")

    def ldd(path: Path) -> str:
        asked.append(path)
        return LDD_TWO_MISSING

    problem = platform_check.xcb_problem(X11, platform="linux", libraries=LIBRARIES, load=load,
                                         plugin=lambda: plugin, ldd=ldd)
    assert asked == [plugin]
    assert problem is not None
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in problem


def test_offscreen_and_wayland_are_not_checked() -> None:
    def load(name: str) -> None:
        raise OSError(name)

    for environ in ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, {}):
        assert platform_check.xcb_problem(environ, platform="linux", libraries=LIBRARIES,
                                          load=load) is None


def test_the_real_check_passes_on_this_machine() -> None:
    """After `make system-deps`: every listed library loads (that is also the fast path)."""
    assert platform_check.unloadable(platform_check.read_libraries()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux")
def test_pyside6_xcb_plugin_finds_every_library_after_the_system_deps_script() -> None:
    """What failed on a fresh machine: `ldd libqxcb.so` said "not found" (Qt: "could not load
    the Qt platform plugin xcb"). `make test` runs scripts/install-system-deps.sh first."""
    plugin = platform_check.xcb_plugin()
    assert plugin is not None and plugin.exists()
    assert shutil.which("ldd"), "ldd (libc-bin) is part of every Debian system"
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                            check=True).stdout
    assert "not found" not in output, output
    assert platform_check.missing_from_ldd(output) == []


def _needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of an ELF64 little-endian shared object (no binutils needed)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    names: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for entry in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, entry)
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                names.append(data[strtab_offset + value:end].decode())
    return names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux")
def test_the_list_covers_every_system_library_the_xcb_plugin_needs() -> None:
    """A PySide6 upgrade that needs another X11 library fails here, not on a user's PC."""
    plugin = platform_check.xcb_plugin()
    assert plugin is not None
    qt = plugin.parents[2]
    objects = [plugin, *sorted((qt / "plugins" / "xcbglintegrations").glob("*.so")),
               *(qt / "lib" / name for name in ("libQt6XcbQpa.so.6", "libQt6Gui.so.6",
                                                "libQt6Core.so.6", "libQt6DBus.so.6"))]
    bundled = {path.name for path in (qt / "lib").iterdir()}
    needed = {name for path in objects if path.exists() for name in _needed(path)}
    system = needed - bundled - BASE_SYSTEM
    assert "libxcb-icccm.so.4" in system  # the reader works
    listed = {library.soname for library in platform_check.read_libraries()}
    assert system <= listed, sorted(system - listed)


def test_gui_prints_the_dutch_message_and_exits_1_when_a_library_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The GUI start path as `bvmdesk gui` runs it, with a fake plugin and its ldd output."""
    fake_plugin = tmp_path / "platforms" / "libqxcb.so"
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(sys, "platform", "linux")

    def load(name: str) -> None:
        if name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(platform_check, "load_library", load)
    monkeypatch.setattr(platform_check, "xcb_plugin", lambda: fake_plugin)
    monkeypatch.setattr(platform_check, "run_ldd",
                        lambda path: LDD_TWO_MISSING if path == fake_plugin else "")
    monkeypatch.setattr(cli, "_gui_ran", [])
    database = tmp_path / "x.sqlite"

    code = cli.main(["--db", str(database), "gui"])

    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    assert "libxcb-icccm.so.4 (pakket libxcb-icccm4)" in captured.err
    assert "libxcb-keysyms.so.1 (pakket libxcb-keysyms1)" in captured.err
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in captured.err
    assert captured.out == ""
    assert not database.exists()  # stopped before anything else happened
    assert cli._gui_ran == []


def test_gui_without_any_screen_says_so_in_dutch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(cli, "_gui_ran", [])

    code = cli.main(["--db", str(tmp_path / "x.sqlite"), "gui"])

    assert code == 1
    assert "geen beeldscherm gevonden" in capsys.readouterr().err
