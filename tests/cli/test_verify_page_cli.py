"""`bvmdesk certificates verify-address` and `verify-page`, and the whole way of issue 18:
set the address, make the page, issue a certificate, read its QR from the rendered page with
zbarimg (a phone camera's path), check that text with `certificates verify` and open it on
the published page in headless Chromium: Geldig with the right name; a changed code
Ongeldig; the code never reaches the web server."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bvmdesk.db.models import Certificate
from bvmdesk.domain.base45 import ALPHABET
from bvmdesk.services.container import open_services, sessions_of
from tests.chromium import Browser
from tests.cli.conftest import Run
from tests.cli.test_certificates_issue import World, _issue, world  # noqa: F401
from tests.reports.test_signoff_pdf import qr_codes

ADDRESS = "https://www.BVM-voorbeeld.nl/Verificatie/"


@pytest.fixture
def browser() -> Iterator[Browser]:
    opened = Browser()
    try:
        yield opened
    finally:
        opened.close()


def test_verify_address_shows_sets_and_clears(cli: Run, world: World) -> None:  # noqa: F811
    db = ("--db", world.location, "certificates", "verify-address")
    shown = cli(*db, "--json")
    assert shown.code == 0 and json.loads(shown.out) == {"address": None, "changed": False}
    assert "Geen verificatieadres" in cli(*db).out
    set_ = cli(*db, ADDRESS, "--json")
    assert set_.code == 0 and json.loads(set_.out) == {"address": ADDRESS, "changed": True}
    assert cli(*db).out.strip() == f"Verificatieadres: {ADDRESS}"
    plain = cli(*db, "http://localhost:8000/", "--json")
    assert json.loads(plain.out)["warning"].startswith("Let op")
    refused = cli(*db, "www.bvm.nl/#x", "--json")
    assert refused.code == 1 and "https://" in json.loads(refused.out)["error"]
    assert refused.err.startswith("bvmdesk: ") and "niets gewijzigd" in refused.err
    assert json.loads(cli(*db, "--json").out)["address"] == "http://localhost:8000/"
    cleared = cli(*db, "--clear", "--json")
    assert json.loads(cleared.out) == {"address": None, "changed": True}
    both = cli(*db, ADDRESS, "--clear")
    assert both.code == 2  # a usage error: one or the other


def test_verify_page_writes_the_page_and_its_readme(cli: Run, world: World,  # noqa: F811
                                                    tmp_path: Path) -> None:
    target = tmp_path / "verificatie"
    made = cli("--db", world.location, "certificates", "verify-page", "-o", str(target),
               "--json")
    assert made.code == 0, made.err
    data = json.loads(made.out)
    assert data["page"] == str(target / "index.html") and data["address"] is None
    assert len(data["key_ids"]) == 1
    assert (target / "README.txt").is_file()
    text = cli("--db", world.location, "certificates", "verify-page", "-o", str(target))
    assert "verify-address" in text.out  # no address yet: it says how to set one
    missing = cli("--db", world.location, "certificates", "verify-page", "-o",
                  str(tmp_path / "nergens" / "x"))
    assert missing.code == 1 and "Map bestaat niet" in missing.err


def test_a_scanned_qr_opens_the_published_page_and_shows_geldig(
        cli: Run, world: World, tmp_path: Path, browser: Browser) -> None:  # noqa: F811
    assert cli("--db", world.location, "certificates", "verify-address", ADDRESS).code == 0
    site = tmp_path / "website"
    assert cli("--db", world.location, "certificates", "verify-page", "-o", str(site)).code == 0
    issued = _issue(cli, world, tmp_path / "certificaten")["issued"]
    first = next(i for i in issued if i["participant"] == "P-LAS-1")
    [scanned] = qr_codes(Path(first["file"]), 1, tmp_path)
    # The phone camera's text: the address as given, the code after the #, no spaces.
    assert scanned.startswith(ADDRESS + "#BVM1:") and " " not in scanned
    # The register keeps the bare code (what `verify` and the PDF's keywords hold).
    services = open_services(world.location)
    try:
        with sessions_of(services).read() as s:
            payload = s.scalars(select(Certificate.qr_payload).where(
                Certificate.number == first["number"])).one()
    finally:
        services.close()
    assert scanned == ADDRESS + "#" + payload.replace("%", "%25").replace(" ", "%20")
    # A coarser picture reads the same (the symbol is version 10, 0.49 mm a module).
    assert qr_codes(Path(first["file"]), 1, tmp_path, resolution=120) == [scanned]
    # The same text, as a USB scanner or a paste gives it, is valid on the command line.
    verified = cli("--db", world.location, "certificates", "verify", scanned, "--json")
    assert verified.code == 0, verified.err
    assert json.loads(verified.out)["name"] == "Çağan Yılmaz"
    from tests.chromium import serve

    with serve(site) as server:
        tab = browser.tab()
        fragment = scanned.split("#", 1)[1]
        tab.open(server.url + "#" + fragment)
        shown = tab.evaluate("""window.bvmdeskReady.then(() => ({
            verdict: document.getElementById("verdict").innerText,
            name: (document.querySelector("#fields .f-name") || {}).innerText,
            number: (document.querySelector("#fields .f-number") || {}).innerText}))""")
        assert shown == {"verdict": "Geldig", "name": "Çağan Yılmaz", "number": first["number"]}
        # Every code with one character changed says Ongeldig (a sample of positions: the
        # vectors test every one).
        body = fragment.replace("%20", " ").replace("%25", "%")
        changed = []
        for position in range(5, len(body), 7):
            other = next(c for c in ALPHABET if c != body[position])
            text = body[:position] + other + body[position + 1:]
            changed.append(text.replace("%", "%25").replace(" ", "%20"))
        verdicts = tab.evaluate(f"""Promise.all({json.dumps(changed)}.map(
            f => window.bvmdeskCheckFragment(f).then(r => r.status)))""")
        assert set(verdicts) == {"tampered"}
        tab.open(server.url + "#" + changed[3])
        assert tab.evaluate("window.bvmdeskReady.then(() => "
                            "document.getElementById('verdict').innerText)") == "Ongeldig"
        tab.close()
    assert {line.split()[1] for line in server.requests} == {"/"}
    assert not any("BVM1" in line for line in server.requests)


def test_chromium_is_installed() -> None:
    """CI installs it (scripts/install-system-deps.sh); a missing one fails, not skips."""
    assert shutil.which("chromium") or shutil.which("chromium-browser"), \
        "Chromium ontbreekt: scripts/install-system-deps.sh installeert het"
