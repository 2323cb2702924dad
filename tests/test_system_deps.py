"""A fresh machine: `scripts/install-system-deps.sh`, `make run`, and an install without
setuptools warnings."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bvmdesk import platform_check

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "install-system-deps.sh"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Debian script")


def _script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL, env=env, check=False)


def test_the_script_installs_from_the_same_list_as_the_python_check() -> None:
    listed = platform_check.packages(platform_check.read_libraries())
    gui = _script("--print", "--gui")
    full = _script("--print")
    assert gui.returncode == 0 and full.returncode == 0, gui.stderr + full.stderr
    assert gui.stdout.split()[:len(listed)] == listed
    assert full.stdout.split()[:len(listed)] == listed
    assert {"xvfb", "xdotool", "postgresql", "poppler-utils", "chromium", "icu-devtools"} <= set(
        full.stdout.split())
    assert not {"xvfb", "xdotool", "postgresql", "chromium", "icu-devtools"} & set(
        gui.stdout.split())
    # ... and names no library package itself: one list, in one place.
    assert "libxcb" not in SCRIPT.read_text(encoding="utf-8")
    assert "libxcb" not in Path(platform_check.__file__).read_text(encoding="utf-8")


def _fake_machine(tmp_path: Path) -> dict[str, str]:
    """A PATH on which nothing is installed, the user is not root, sudo wants a password,
    and apt-get must not be called."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls"
    fakes = {
        "id": "echo 1000",
        "ldconfig": "echo '1 libs found in cache `/etc/ld.so.cache\\''",
        "sudo": f"echo sudo \"$@\" >> {calls}; echo 'sudo: a password is required' >&2; exit 1",
        "apt-get": f"echo apt-get \"$@\" >> {calls}; exit 1",
        "python3": "exit 1",
        "pdftotext": "exit 0",
        "ls": "exit 2",  # no /usr/lib/postgresql/*/bin/initdb
    }
    for name, body in fakes.items():
        path = bin_dir / name
        path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        path.chmod(0o755)
    # Only the tools the script uses besides the fakes: no Xvfb, xdotool or PostgreSQL.
    for tool in ("bash", "uname", "dirname", "grep", "awk", "cat"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    return {"PATH": str(bin_dir), "HOME": str(tmp_path), "LANG": "C.UTF-8"}


def test_gui_mode_prints_the_install_command_and_goes_on_when_it_cannot_install(
        tmp_path: Path) -> None:
    result = _script("--gui", env=_fake_machine(tmp_path))
    assert result.returncode == 0, result.stderr
    command = next(line.strip() for line in result.stderr.splitlines()
                   if "apt-get install" in line)
    wanted = command.removeprefix("sudo apt-get install -y ").split()
    assert "libxcb-icccm4" in wanted and "libxcb-keysyms1" in wanted
    assert "python3-venv" in wanted
    assert "xvfb" not in wanted and "postgresql" not in wanted
    assert len(wanted) == len(set(wanted))
    calls = (tmp_path / "calls").read_text() if (tmp_path / "calls").exists() else ""
    assert "apt-get" not in calls


def test_test_mode_fails_when_it_cannot_install_what_the_suite_needs(tmp_path: Path) -> None:
    result = _script(env=_fake_machine(tmp_path))
    assert result.returncode == 1
    assert "Ontbrekende systeempakketten" in result.stderr
    for package in ("libxcb-icccm4", "xvfb", "xdotool", "postgresql", "chromium"):
        assert package in result.stderr
    assert "poppler-utils" not in result.stderr  # pdftotext is there: skipped


def test_nothing_to_install_once_the_script_has_run(tmp_path: Path) -> None:
    """`make test` ran the script before the suite: a second run (as root, with an apt-get
    that only records) finds every library and tool present."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls"
    for name, body in {"id": "echo 0", "apt-get": f"echo apt-get \"$@\" >> {calls}"}.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    result = _script(env=env)
    assert result.returncode == 0, result.stderr
    assert not calls.exists(), result.stdout
    assert result.stdout == "" and result.stderr == ""


def test_make_run_calls_the_system_deps_script_before_starting_the_app() -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    dry = subprocess.run([make, "-n", "-C", str(ROOT), "run"], capture_output=True, text=True,
                         timeout=60, check=True, env=dict(os.environ, MAKEFLAGS="")).stdout
    lines = dry.splitlines()
    deps = next(i for i, line in enumerate(lines) if "install-system-deps.sh --gui" in line)
    start = next(i for i, line in enumerate(lines) if line.endswith("-m bvmdesk"))
    assert deps < start
    venv = [i for i, line in enumerate(lines) if "-m venv" in line]
    assert all(deps < i for i in venv)  # python3-venv may have to come first


def test_install_metadata_uses_an_spdx_license_string() -> None:
    """A `project.license` TOML table makes setuptools (>= 77) warn on every install."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    license_ = project["project"]["license"]
    assert isinstance(license_, str)
    from packaging.licenses import canonicalize_license_expression

    assert canonicalize_license_expression(license_) == license_
    requires = project["build-system"]["requires"]
    assert any(r.replace(" ", "").startswith("setuptools>=") and
               tuple(map(int, r.split(">=")[1].split("."))) >= (77,) for r in requires)


def test_the_list_travels_with_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "qt_xcb_libraries.txt" in project["tool"]["setuptools"]["package-data"]["bvmdesk"]
    assert "qt_xcb_libraries.txt" in (ROOT / "build.spec").read_text(encoding="utf-8")
