"""The demo and certificates (issue 14): kinds and validity per module, the sites' certificate
settings, and the local site's signing key (public in the database, private as a file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from bvmdesk.db.models import Module, SigningKey, Site
from bvmdesk.domain.certificate_code import key_id_of
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.certificate_settings import read_settings
from bvmdesk.services.container import open_services, sessions_of
from bvmdesk.services.demo import generate_demo
from bvmdesk.services.signing_keys import KeyStore

TODAY = date(2026, 11, 26)


def test_demo_modules_sites_and_signing_key(db_location: str, tmp_path: Path) -> None:
    services = open_services(db_location, create=True, backup=False)
    keys = KeyStore(tmp_path / "keys")
    try:
        result = generate_demo(sessions_of(services), participants=20, seed=1, today=TODAY,
                               keys=keys)
        with sessions_of(services).read() as s:
            modules = {m.code: (m.certificate_kind, m.validity_years, m.min_attendance_pct)
                       for m in s.scalars(select(Module))}
            site_rows = {site.code: site for site in s.scalars(select(Site))}
            settings = {code: read_settings(site) for code, site in site_rows.items()}
            site_ids = {code: site.id for code, site in site_rows.items()}
            publics = {code: site.signing_public_key for code, site in site_rows.items()}
            signing = s.scalars(select(SigningKey)).all()
            assert len(signing) == 1
            key = signing[0]
            key_id, public, key_site = key.key_id, bytes(key.public_key), key.site_id
        assert services.maintenance.check().ok
    finally:
        services.close()
    assert modules["VCA-VB"] == ("deelname", 5, 100)
    for code in ("LAS-135-1", "LAS-141", "BVM-25290", "OMS-LAS"):
        assert modules[code] == ("certificaat", None, 80), code
    for code in ("PRO-MET", "VSO-MET", "VMBO-LAS", "STO-ORI", "HBO-PRA"):
        assert modules[code][0] == "deelname", code
    assert {m[0] for m in modules.values()} == {"certificaat", "deelname"}
    assert sum(m[1] is not None for m in modules.values()) == 1
    for code in ("ZWL", "TBG"):
        assert settings[code].organisation == "Bedrijfsvakschool Metaaltechniek Oost"
        assert settings[code].signatory_name == "Ir. J. de Vries"
        assert settings[code].signatory_function == "Directeur"
        assert settings[code].logo is None and settings[code].signature is None
    assert settings["ZWL"].contact.startswith(
        "Bedrijfsvakschool Metaaltechniek Oost, locatie Zwolle, 038 ")
    assert "Terborg" in settings["TBG"].contact
    # The local site's key: the public half in the database, the private half a file.
    assert result.key_id == key_id == key_id_of(public)
    assert key_site == site_ids["ZWL"] and bytes(publics["ZWL"] or b"") == public
    assert publics["TBG"] is None  # its own PC makes its key
    assert keys.path(key_id).is_file()
    private = KeyStore(tmp_path / "keys").load(key_id)
    assert private.public_key().public_bytes_raw() == public


def test_the_demo_key_goes_to_the_user_data_directory_by_default(
        sqlite_location: str, _private_data_dir: Path) -> None:
    services = open_services(sqlite_location, create=True, backup=False)
    try:
        result = services.generate_demo(participants=5, seed=2, today=TODAY)
        admin = Actor.cli()
        info = services.signing_keys.info(admin)
    finally:
        services.close()
    assert result.key_id is not None and info.key_id == result.key_id
    assert info.private_here and not info.protected
    assert (_private_data_dir / "keys").is_dir()
    assert [p.stem for p in (_private_data_dir / "keys").iterdir()] == [result.key_id]


def test_a_cancelled_demo_leaves_no_key_file(sqlite_location: str, tmp_path: Path) -> None:
    services = open_services(sqlite_location, create=True, backup=False)
    keys = KeyStore(tmp_path / "keys")
    try:
        with pytest.raises(ServiceError, match="Geannuleerd"):
            generate_demo(sessions_of(services), participants=20, seed=1, today=TODAY,
                          keys=keys, cancelled=lambda: True)
        with sessions_of(services).read() as s:
            assert s.scalars(select(SigningKey)).all() == []
    finally:
        services.close()
    assert not (tmp_path / "keys").exists() or not any((tmp_path / "keys").iterdir())
