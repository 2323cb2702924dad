"""The verification address in the certificate settings and the verification page made from
a real database (issue 18): the address checked, stored, audited and cleared; refusals
change nothing; the page holds the keys of every site (retired ones too) and names only its
own inline script and style in its Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent, Module, SigningKey, Site
from bvmdesk.domain.certificate_code import key_id_of
from bvmdesk.services.base import Actor, PermissionDenied, ServiceError
from bvmdesk.services.container import Services, sessions_of
from tests.db import support

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

ADDRESS = "https://www.BVM-voorbeeld.nl/Verificatie/"


def _site_events(services: Services) -> int:
    with sessions_of(services).read() as s:
        return len(s.scalars(select(AuditEvent.sequence).where(
            AuditEvent.entity_type == "sites")).all())


def test_the_address_is_checked_stored_audited_and_cleared(services: Services,
                                                           admin: Actor) -> None:
    settings = services.certificate_settings
    assert settings.get(admin).verify_address == ""
    events = _site_events(services)
    saved = settings.set_verify_address(admin, f"  {ADDRESS} ")
    assert saved.verify_address == ADDRESS  # case kept, spaces around it gone
    assert settings.get(admin).verify_address == ADDRESS
    assert _site_events(services) == events + 1  # audited like every settings change
    # Other settings leave it alone, and it leaves them alone.
    settings.update(admin, signatory_name="Bea Heer")
    assert settings.get(admin).verify_address == ADDRESS
    assert settings.set_verify_address(admin, None).verify_address == ""
    assert settings.get(admin).signatory_name == "Bea Heer"


@pytest.mark.parametrize(("address", "says"), [
    ("www.bvm.nl", "https://"), ("https://bvm.nl/#x", "#-teken"),
    ("https://bvm .nl/", "spaties"), ("https://bvm.nl/" + "a" * 200, "te lang"),
])
def test_a_bad_address_changes_nothing(services: Services, admin: Actor, address: str,
                                       says: str) -> None:
    services.certificate_settings.set_verify_address(admin, ADDRESS)
    events = _site_events(services)
    with pytest.raises(ServiceError, match=says) as refused:
        services.certificate_settings.update(admin, signatory_name="Iemand Anders",
                                             verify_address=address)
    assert "Er is niets gewijzigd" in str(refused.value)
    stored = services.certificate_settings.get(admin)
    assert (stored.verify_address, stored.signatory_name) == (ADDRESS, "")
    assert _site_events(services) == events


def test_only_an_administrator_sets_the_address_or_makes_the_page(
        services: Services, admin: Actor, instructor: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        services.certificate_settings.set_verify_address(instructor, ADDRESS)
    with pytest.raises(PermissionDenied):
        services.verify_page.write(instructor, tmp_path / "pagina")
    assert not (tmp_path / "pagina").exists()
    assert services.certificate_settings.get(instructor).verify_address == ""


def _second_site_with_keys(services: Services) -> tuple[str, str]:
    """Site TBG with a retired key and a current one (as sync would bring them)."""
    ids = []
    with sessions_of(services).write("test") as s:
        site = Site(code="TBG", name="Terborg", settings={}, created_by="test",
                    updated_by="test")
        s.add(site)
        s.flush()
        for retired in (datetime(2026, 1, 1), None):
            public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
            ids.append(key_id_of(public))
            s.add(SigningKey(key_id=ids[-1], public_key=public, site_id=site.id,
                             retired_at=retired, created_by="test", updated_by="test"))
        s.add(Module(code="MAG135-1", name="Lassen MAG 135 niveau 1", planned_hours=40,
                     created_by="test", updated_by="test"))
    return ids[0], ids[1]


def test_the_address_is_the_bvm_s_one_address_for_every_site(services: Services,
                                                             admin: Actor) -> None:
    _second_site_with_keys(services)
    services.certificate_settings.update(admin, contact="BVM Zwolle, 038 123 45 67")

    def stored() -> dict[str, tuple[object, object]]:
        with sessions_of(services).read() as s:
            return {site.code: ((site.settings or {}).get("certificaat", {}).get(
                "verificatieadres"), (site.settings or {}).get("certificaat", {}).get(
                "contact")) for site in s.scalars(select(Site))}

    services.certificate_settings.set_verify_address(admin, ADDRESS)
    assert stored() == {"ZWL": (ADDRESS, "BVM Zwolle, 038 123 45 67"), "TBG": (ADDRESS, None)}
    services.certificate_settings.set_verify_address(admin, None)
    assert stored() == {"ZWL": ("", "BVM Zwolle, 038 123 45 67"), "TBG": ("", None)}


def _config(page: str) -> dict[str, object]:
    found = re.search(r'<script type="application/json" id="config">(.*?)</script>', page,
                      re.DOTALL)
    assert found is not None
    data: dict[str, object] = json.loads(found.group(1))
    return data


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_page_holds_every_site_s_keys_and_names_only_its_own_code(
        services: Services, admin: Actor, tmp_path: Path) -> None:
    services.certificate_settings.update(admin, verify_address=ADDRESS,
                                         contact="BVM Oost, 038 123 45 67",
                                         organisation="BVM <Oost> & Co")
    retired, current = _second_site_with_keys(services)
    own = services.signing_keys.info(admin).key_id
    written = services.verify_page.write(admin, tmp_path / "verificatie")
    assert written.page == tmp_path / "verificatie" / "index.html"
    assert set(written.key_ids) == {own, retired, current}
    page = written.page.read_text(encoding="utf-8")
    config = _config(page)
    keys = config["keys"]
    assert isinstance(keys, dict) and set(keys) == {own, retired, current}
    assert keys[current]["site"] == "TBG" and keys[own]["site"] == "ZWL"
    public = services.signing_keys.public_keys()
    assert all(bytes.fromhex(keys[k]["key"]) == public[k] for k in keys)
    assert config["sites"] == {"TBG": "Terborg", "ZWL": "Zwolle"}
    assert config["modules"] == {"MAG135-1": "Lassen MAG 135 niveau 1"}
    assert (config["contact"], config["address"]) == ("BVM Oost, 038 123 45 67", ADDRESS)
    assert "BVM &lt;Oost&gt; &amp; Co" in page  # escaped in the HTML
    # The policy names exactly the inline script and style, and nothing may load.
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    script = re.search(r"<script>(.*?)</script>", page, re.DOTALL)
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL)
    assert script is not None and style is not None
    assert policy.group(1).startswith("default-src &#x27;none&#x27;") or \
        policy.group(1).startswith("default-src 'none'")
    text = policy.group(1).replace("&#x27;", "'")
    assert f"script-src {_sha256(script.group(1))};" in text
    assert f"style-src {_sha256(style.group(1))};" in text
    assert "unsafe" not in text
    readme = written.readme.read_text(encoding="utf-8")
    assert ADDRESS in readme and all(k in readme for k in (own, retired, current))
    assert "https://" in readme and "opnieuw" in readme.lower()


def test_the_page_is_not_written_into_a_missing_folder_or_over_a_file(
        services: Services, admin: Actor, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="Map bestaat niet"):
        services.verify_page.write(admin, tmp_path / "nergens" / "verificatie")
    (tmp_path / "bestand").write_text("x")
    with pytest.raises(ServiceError, match="geen map"):
        services.verify_page.write(admin, tmp_path / "bestand")
    assert not (tmp_path / "nergens").exists()
