"""The verification page in a real browser (headless Chromium over the DevTools protocol),
served by a local web server as a BVM's website would: the page and the Python verifier
agree on every shared test vector; each verdict is shown in words after the `#`, and those
words nowhere else; no request leaves the page; the English switch, the paste field, a
browser without Ed25519, a 320-pixel screen and what a screen reader needs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from bvmdesk.domain import certificate_code as cc
from bvmdesk.domain.base45 import ALPHABET
from bvmdesk.domain.verify_address import escape, qr_content
from bvmdesk.reports.verify_page import VerifyPageContent, page_html
from tests.chromium import Browser, Server, Tab, serve
from tests.domain.certificate_vectors import (
    PAGE_KEYS,
    TRUSTED,
    Vector,
    all_vectors,
    base_vectors,
)

REPLACEMENTS = ALPHABET + "a"  # what certificate_vectors puts in each position
CONTACT = "BVM Oost, 038 123 45 67, info@bvm.example"
ORGANISATION = "Bedrijfsvakschool Metaaltechniek Oost"
ADDRESS = "https://www.BVM-voorbeeld.nl/Verificatie/"
WORDS = {"nl": {"valid": "Geldig", "tampered": "Ongeldig", "unknown_key": "Onbekende sleutel",
                "expired": "Verlopen"},
         "en": {"valid": "Valid", "tampered": "Invalid", "unknown_key": "Unknown key",
                "expired": "Expired"}}
# Lower case, and what each verdict word contains ("ongeldig" holds "geldig").
FORBIDDEN = {"nl": ("geldig", "onbekende sleutel", "verlopen"),
             "en": ("valid", "unknown key", "expired")}
NO_ED25519 = """(() => {
  const original = crypto.subtle.importKey.bind(crypto.subtle);
  crypto.subtle.importKey = (format, data, algorithm, ...rest) =>
    (algorithm && (algorithm === "Ed25519" || algorithm.name === "Ed25519"))
      ? Promise.reject(new DOMException("Algorithm: Unrecognized name", "NotSupportedError"))
      : original(format, data, algorithm, ...rest);
})();"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    opened = Browser()
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("verificatie")
    content = VerifyPageContent(
        organisation=ORGANISATION, contact=CONTACT, address=ADDRESS, keys=PAGE_KEYS,
        sites=(("ZWL", "Zwolle"), ("TBG", "Terborg")),
        modules=(("MAG135-1", "Lassen MAG 135 niveau 1"),), made=date(2026, 12, 4))
    (folder / "index.html").write_bytes(page_html(content))
    with serve(folder) as server:
        yield server


@pytest.fixture
def tab(browser: Browser) -> Iterator[Tab]:
    opened = browser.tab()
    opened.first_event = len(browser.events)
    try:
        yield opened
    finally:
        opened.close()


def _open(tab: Tab, site: Server, fragment: str = "") -> dict[str, Any]:
    """Open the page (with `#fragment`) and read what it shows once it has checked."""
    tab.open(site.url + (f"#{fragment}" if fragment else ""))
    return _shown(tab)


def _shown(tab: Tab) -> dict[str, Any]:
    return tab.evaluate("""window.bvmdeskReady.then(() => new Promise(r => setTimeout(r, 0)))
      .then(() => ({
        status: document.body.dataset.status,
        lang: document.documentElement.lang,
        verdict: document.getElementById("verdict").hidden ? ""
                 : document.getElementById("verdict").innerText,
        result: document.getElementById("result").innerText,
        body: document.body.innerText,
        fields: Object.fromEntries([...document.querySelectorAll("#fields dd")]
                                   .map(d => [d.className.slice(2), d.innerText])),
        pasteVisible: !!document.getElementById("code").offsetParent,
      }))""")


def _outside_verdict(shown: dict[str, Any]) -> str:
    body: str = shown["body"]
    return body.replace(shown["verdict"], "", 1).lower() if shown["verdict"] else body.lower()


def _check_all(tab: Tab, texts: list[str], function: str) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = tab.evaluate(
        f"Promise.all({json.dumps(texts)}.map(t => window.{function}(t)))")
    return results


def _same_record(vector: Vector, found: dict[str, Any]) -> None:
    record = cc.verdict(vector.text, TRUSTED, date.today())[1]
    assert record is not None
    page = found["record"]
    assert (page["number"], page["name"], page["module"], page["site"], page["kind"],
            page["key_id"]) == (record.number, record.name, record.module, record.site,
                                record.kind, record.key_id)
    assert page["issued"] == (record.issued - cc.EPOCH).days
    assert page["expires"] == (None if record.expires is None
                               else (record.expires - cc.EPOCH).days)


def test_the_page_and_the_python_verifier_agree_on_every_vector(tab: Tab,
                                                                 site: Server) -> None:
    vectors = all_vectors()
    _open(tab, site)
    for function, form in (("bvmdeskCheck", lambda t: t),
                           ("bvmdeskCheck", lambda t: qr_content(ADDRESS, t)),
                           ("bvmdeskCheckFragment", escape)):
        results = _check_all(tab, [form(v.text) for v in vectors], function)
        wrong = [(v.label, r["status"], v.status) for v, r in zip(vectors, results, strict=True)
                 if r["status"] != v.status]
        assert not wrong, f"{function}: {len(wrong)} verschillen, bijvoorbeeld {wrong[:5]}"
        for vector, found in zip(vectors, results, strict=True):
            if vector.name is not None:
                _same_record(vector, found)
    # The Python verifier gives the same verdicts (the other half of the agreement).
    assert all(cc.verdict(v.text, TRUSTED, date.today())[0].value == v.status
               for v in vectors)


def test_each_verdict_is_shown_in_words_after_the_hash_and_nowhere_else(
        tab: Tab, site: Server) -> None:
    vectors = [*base_vectors(), *all_vectors()[len(base_vectors())::4001]]
    for vector in vectors:
        shown = _open(tab, site, escape(vector.text))
        assert shown["status"] == vector.status, vector.label
        assert shown["verdict"] == WORDS["nl"][vector.status], vector.label
        outside = _outside_verdict(shown)
        for word in FORBIDDEN["nl"]:
            assert word not in outside, (vector.label, word, shown["body"])
        assert "weet alleen de BVM zelf" in shown["body"] and CONTACT in shown["body"]
        if vector.status in ("valid", "expired"):
            assert shown["fields"]["name"] == vector.name
        else:
            assert shown["fields"] == {}
    valid = _open(tab, site, escape(base_vectors()[0].text))
    assert valid["fields"] == {"name": "Zoë van 't Hek", "module": "Lassen MAG 135 niveau 1 "
                               "(MAG135-1)", "kind": "Certificaat", "issued": "1 juni 2026",
                               "site": "Zwolle (ZWL)", "expires": "vervalt niet",
                               "number": "ZWL-2026-00001"}
    deelname = _open(tab, site, escape(base_vectors()[1].text))
    assert deelname["fields"]["kind"] == "Bewijs van deelname"
    assert deelname["fields"]["site"] == "Terborg (TBG)"
    assert deelname["fields"]["expires"] == "31 december 2099"
    expired = _open(tab, site, escape(base_vectors()[3].text))
    assert "1 maart 2001" in expired["result"]


def test_every_changed_character_of_a_code_is_shown_as_ongeldig(tab: Tab,
                                                                site: Server) -> None:
    """Rendered, not only computed: a change of every character of one code (each position
    once; all 45 changes of each position are checked by the test above) goes in after the
    # of the open page, as a phone opening the next link, and the shown verdict is read."""
    base = base_vectors()[1]
    changed = [v for v in all_vectors() if v.label.startswith(base.label + ":")]
    assert len(changed) == len(base.text) * len(REPLACEMENTS) - len(base.text)
    changed = changed[::len(REPLACEMENTS) - 1]  # one change per position
    assert len(changed) == len(base.text)
    _open(tab, site, escape(base.text))
    shown = tab.evaluate(f"""(async (fragments) => {{
        const seen = {{}};
        for (const fragment of fragments) {{
            await new Promise(done => {{
                window.addEventListener("hashchange", done, {{once: true}});
                location.hash = fragment;
            }});
            await window.bvmdeskReady;
            const verdict = document.getElementById("verdict");
            const word = verdict.hidden ? "" : verdict.innerText;
            const name = document.querySelector("#fields .f-name");
            const key = word + (name ? " + " + name.innerText : "");
            seen[key] = (seen[key] || 0) + 1;
        }}
        return seen;
    }})({json.dumps([escape(v.text) for v in changed])})""")
    assert shown == {"Ongeldig": len(changed)}


def test_no_request_leaves_the_page(tab: Tab, site: Server) -> None:
    before = len(site.requests)
    _open(tab, site, escape(base_vectors()[0].text))
    # Even a script that tries is stopped by the page's Content-Security-Policy.
    blocked = tab.evaluate(f"""fetch({json.dumps(site.url + 'lek?x=1')})
        .then(() => "opgehaald", e => "geweigerd: " + e.name)""")
    assert blocked.startswith("geweigerd")
    urls = [event["params"]["request"]["url"] for event in
            tab.events("Network.requestWillBeSent")]
    assert urls and all(url == site.url for url in urls), urls
    assert site.requests[before:] == ["GET / HTTP/1.1"]  # the code never reached the server
    policy = tab.evaluate("""document.querySelector(
        'meta[http-equiv="Content-Security-Policy"]').content""")
    assert policy.startswith("default-src 'none'; script-src 'sha256-")
    assert "unsafe" not in policy and "connect-src 'none'" in policy
    # Nothing in the document that could load something: no src, href, link or frame.
    assert tab.evaluate("""document.querySelectorAll(
        '[src], [href], link, iframe, img, object, embed, base, audio, video').length""") == 0
    violations = [event for event in tab.events("Log.entryAdded")
                  if event["params"]["entry"]["level"] == "error"
                  and "lek" not in event["params"]["entry"].get("text", "")
                  and "lek" not in event["params"]["entry"].get("url", "")]
    assert not violations, violations


def test_the_english_switch_changes_the_language_and_back(tab: Tab, site: Server) -> None:
    _open(tab, site, escape(base_vectors()[0].text))
    tab.evaluate("document.getElementById('switch').click()")
    shown = _shown(tab)
    assert shown["lang"] == "en" and shown["verdict"] == "Valid"
    outside = _outside_verdict(shown)
    for word in FORBIDDEN["en"] + FORBIDDEN["nl"]:
        assert word not in outside, word
    assert "known only to the BVM" in shown["body"] and CONTACT in shown["body"]
    assert shown["fields"]["kind"] == "Certificate"
    assert shown["fields"]["issued"] == "1 June 2026"
    for vector in base_vectors()[3:5]:
        tab.evaluate(f"location.hash = {json.dumps(escape(vector.text))}")
        tab.evaluate("new Promise(r => setTimeout(r, 50))")  # let hashchange run
        assert _shown(tab)["verdict"] == WORDS["en"][vector.status]
    tab.evaluate("document.getElementById('switch').click()")
    back = _shown(tab)
    assert back["lang"] == "nl" and back["verdict"] == WORDS["nl"]["unknown_key"]


def test_without_a_code_the_page_offers_a_field_to_paste_it(tab: Tab, site: Server) -> None:
    shown = _open(tab, site)
    assert shown["status"] == "waiting" and shown["verdict"] == ""
    assert shown["pasteVisible"]
    assert "Nog geen code gecontroleerd" in shown["result"]
    for text, status, says in (
            ("", "empty", "Plak of typ eerst een code"),
            ("BADGE0042", "not_a_code", "geen certificaatcode"),
            (qr_content(ADDRESS, base_vectors()[2].text) + "\n", "valid", "Anna de Vries"),
            (base_vectors()[1].text, "valid", "Çağan Yılmaz"),
            (all_vectors()[-1].text, "tampered", "niet")):
        tab.evaluate(f"""document.getElementById('code').value = {json.dumps(text)};
                         document.getElementById('check').click();""")
        tab.evaluate("new Promise(r => setTimeout(r, 50))")
        after = _shown(tab)
        assert says in after["result"], (text, after["result"])
        assert after["verdict"] == WORDS["nl"].get(status, "")


def test_a_browser_without_ed25519_gets_a_message_and_no_verdict(browser: Browser,
                                                                 site: Server) -> None:
    tab = browser.tab()
    try:
        tab.call("Page.addScriptToEvaluateOnNewDocument", {"source": NO_ED25519})
        for vector in base_vectors()[:5]:
            shown = _open(tab, site, escape(vector.text))
            assert shown["status"] == "no_ed25519"
            assert shown["verdict"] == ""
            assert "kent Ed25519 niet" in shown["result"] and "geen oordeel" in shown["result"]
            for word in FORBIDDEN["nl"]:
                assert word not in shown["body"].lower()
    finally:
        tab.close()


def test_over_plain_http_the_page_says_it_cannot_check(browser: Browser, site: Server) -> None:
    """What a phone gets from an http:// address (no WebCrypto there): a message, no
    verdict. Simulated: this server is on 127.0.0.1, which browsers count as secure."""
    tab = browser.tab()
    try:
        tab.call("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "Object.defineProperty(window, 'isSecureContext', {value: false});")})
        shown = _open(tab, site, escape(base_vectors()[0].text))
        assert shown["status"] == "not_secure" and shown["verdict"] == ""
        assert "https://" in shown["result"] and "geen oordeel" in shown["result"]
    finally:
        tab.close()


def test_it_fits_a_320_pixel_screen_and_tells_a_screen_reader(tab: Tab, site: Server) -> None:
    tab.call("Emulation.setDeviceMetricsOverride", {"width": 320, "height": 640,
                                                    "deviceScaleFactor": 2, "mobile": True})
    shown = _open(tab, site, escape(base_vectors()[1].text))
    assert shown["verdict"] == "Geldig"
    layout = tab.evaluate("""({
        width: document.documentElement.scrollWidth,
        widest: Math.max(...[...document.querySelectorAll("body *")]
                         .map(e => e.getBoundingClientRect().right)),
        live: document.getElementById("result").getAttribute("aria-live"),
        role: document.getElementById("result").getAttribute("role"),
        label: document.querySelector("label[for=code]").innerText,
        symbolHidden: document.getElementById("symbol").getAttribute("aria-hidden"),
        switchLang: document.getElementById("switch").lang,
        verdictSize: parseFloat(getComputedStyle(document.getElementById("verdict")).fontSize),
    })""")
    assert layout["width"] <= 320 and layout["widest"] <= 320, layout
    assert (layout["live"], layout["role"]) == ("polite", "status")
    assert layout["label"] and layout["symbolHidden"] == "true" and layout["switchLang"] == "en"
    assert layout["verdictSize"] >= 32  # large text
    # What a screen reader gets: a live status region whose name holds the verdict word
    # and the reason (the check mark itself is hidden from it).
    tree = tab.call("Accessibility.getFullAXTree")["nodes"]
    statuses = [node for node in tree if node.get("role", {}).get("value") == "status"]
    assert len(statuses) == 1
    spoken = " ".join(str(node.get("name", {}).get("value", "")) for node in tree
                      if not node.get("ignored"))
    assert "Geldig" in spoken and "\u2714" not in spoken and "Çağan Yılmaz" in spoken


def test_the_browser_is_chromium_with_ed25519(browser: Browser, tab: Tab,
                                              site: Server) -> None:
    assert "Chrome" in browser.version or "Chromium" in browser.version
    _open(tab, site)
    assert tab.evaluate("window.isSecureContext") is True
    shown = _open(tab, site, escape(base_vectors()[0].text))
    assert shown["status"] == "valid"  # not no_ed25519: this Chromium checks signatures
