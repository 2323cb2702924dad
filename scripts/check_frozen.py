"""Start the frozen build (dist/bvmdesk) the way people and CI do, and fail on any error.

Runs `bvmdesk --version`, `demo`, `gui --smoke-test` (offscreen), one PDF report
(verzuim), `certificates verify-page` (the page's template is package data), and issues
certificates and verifies the first one (Ed25519 signing, the QR code, the PDF read back) in
a fresh data folder, and on Windows looks for `BVM Desk.exe` beside it. A step
fails on a nonzero exit code, a Python traceback on stderr, or output that is not what it
should be. `make test` runs it after `make dist` when PyInstaller is installed.

Usage: python scripts/check_frozen.py [DIST_FOLDER]    (default: dist/bvmdesk)
Exit code 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300
TODAY = "2026-09-14"  # a fixed day: the demo data and the report do not depend on the clock


def program(folder: Path, name: str) -> Path:
    """The executable `name` in the build folder (`.exe` on Windows)."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def package_version() -> str:
    text = (ROOT / "bvmdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if match is None:
        raise SystemExit("geen __version__ in bvmdesk/__init__.py")
    return match.group(1)


def clean_env(data: Path) -> dict[str, str]:
    """The environment of every step: its own data folder, no display, a fixed date."""
    env = dict(os.environ)
    env.update({"BVMDESK_DATA_DIR": str(data), "BVMDESK_TODAY": TODAY,
                "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(data / "config"),
                "XDG_CACHE_HOME": str(data / "cache"), "XDG_STATE_HOME": str(data / "state")})
    env.pop("BVMDESK_DB", None)
    env.pop("PYTHONPATH", None)  # the frozen app must find everything in its own folder
    return env


def run_step(label: str, command: list[str], env: dict[str, str],
             check: Callable[[subprocess.CompletedProcess[str]], str | None]) -> bool:
    """Run one command; print its outcome and time. Returns True when it passed."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT_S, encoding="utf-8", errors="replace")
    except (OSError, subprocess.TimeoutExpired) as error:
        print(f"FOUT  {label}: {error}")
        return False
    seconds = time.perf_counter() - start
    problem = None
    if done.returncode != 0:
        problem = f"afsluitcode {done.returncode}"
    elif "Traceback (most recent call last)" in done.stderr:
        problem = "traceback op stderr"
    else:
        problem = check(done)
    if problem is None:
        print(f"ok    {label} ({seconds:.1f} s)")
        return True
    print(f"FOUT  {label} ({seconds:.1f} s): {problem}")
    for stream, text in (("stdout", done.stdout), ("stderr", done.stderr)):
        if text.strip():
            print(f"      {stream}:\n" + "\n".join(f"        {line}" for line in
                                                   text.strip().splitlines()[-30:]))
    return False


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "bvmdesk"
    cli = program(folder, "bvmdesk")
    if not cli.is_file():
        print(f"FOUT  geen frozen build in {folder}: eerst `make dist`")
        return 1
    version = package_version()
    with tempfile.TemporaryDirectory(prefix="bvmdesk-frozen-") as tmp:
        data = Path(tmp)
        env = clean_env(data)
        db = str(data / "frozen.sqlite")
        pdf = data / "verzuim.pdf"
        page = data / "verificatie"
        certificates = data / "certificaten"

        def says_version(done: subprocess.CompletedProcess[str]) -> str | None:
            shown = (done.stdout + done.stderr).strip()
            return None if version in shown else f"verwacht versie {version}, kreeg {shown!r}"

        def nothing(_: subprocess.CompletedProcess[str]) -> str | None:
            return None

        def wrote_pdf(_: subprocess.CompletedProcess[str]) -> str | None:
            if not pdf.is_file():
                return f"{pdf.name} is niet geschreven"
            head = pdf.read_bytes()[:5]
            return None if head == b"%PDF-" else f"{pdf.name} is geen PDF (begint met {head!r})"

        def wrote_page(_: subprocess.CompletedProcess[str]) -> str | None:
            index = page / "index.html"
            if not index.is_file():
                return f"{index.name} is niet geschreven"
            text = index.read_text(encoding="utf-8")
            return None if "Content-Security-Policy" in text and "bvmdeskCheck" in text \
                else f"{index.name} mist het sjabloon"

        def issued(done: subprocess.CompletedProcess[str]) -> str | None:
            files = sorted(certificates.glob("*.pdf"))
            return None if files and '"issued"' in done.stdout else "geen certificaat uitgegeven"

        def valid(done: subprocess.CompletedProcess[str]) -> str | None:
            verdict = done.stdout.strip()
            return None if verdict.startswith("Geldig") else f"niet geldig: {verdict[:200]!r}"

        def first_certificate() -> str:
            files = sorted(certificates.glob("*.pdf"))
            return str(files[0]) if files else str(certificates / "ontbreekt.pdf")

        steps: list[tuple[str, list[str], Callable[[subprocess.CompletedProcess[str]],
                                                   str | None]]] = [
            ("bvmdesk --version", [str(cli), "--version"], says_version),
            ("bvmdesk demo", [str(cli), "--db", db, "demo", "--today", TODAY], nothing),
            ("bvmdesk gui --smoke-test", [str(cli), "--db", db, "gui", "--smoke-test"],
             nothing),
            ("bvmdesk report verzuim -o verzuim.pdf",
             [str(cli), "--db", db, "report", "verzuim", "-o", str(pdf)], wrote_pdf),
            ("bvmdesk certificates verify-page -o verificatie",
             [str(cli), "--db", db, "certificates", "verify-page", "-o", str(page)], wrote_page),
            # Signing (cryptography), the certificate PDF with its QR code, and reading it back.
            ("bvmdesk certificates issue --group CNC-TBG-1 -o certificaten",
             [str(cli), "--db", db, "certificates", "issue", "--group", "CNC-TBG-1", "-o",
              str(certificates), "--json"], issued),
        ]
        # The windowed `BVM Desk` is built on Windows only (see build.spec); it has no console
        # to print to, so it is only looked for.
        if sys.platform == "win32" and not program(folder, "BVM Desk").is_file():
            print("FOUT  BVM Desk.exe ontbreekt naast bvmdesk.exe")
            return 1
        passed = [run_step(label, command, env, check) for label, command, check in steps]
        passed.append(run_step("bvmdesk certificates verify (de eerste PDF)",
                               [str(cli), "--db", db, "certificates", "verify",
                                first_certificate()], env, valid))
    failed = passed.count(False)
    print(f"frozen build: {len(passed) - failed} van {len(passed)} stappen goed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
