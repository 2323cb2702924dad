"""`bvmdesk certificates verify|public-key|key` and the key `init` makes: exit codes, the
JSON, verification with a public key and no database, moving the key to a second PC, and the
private key absent from the database, its backup and an export."""

from __future__ import annotations

import base64
import json
import os
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bvmdesk.domain.certificate_code import CertificateRecord, encode, key_id_of
from bvmdesk.services.base import Actor
from bvmdesk.services.container import open_services
from bvmdesk.services.signing_keys import KeyFileError
from tests.cli.conftest import Run, run_process

PASSWORD = "een lang wachtwoord"
PASSPHRASE = "paard batterij nietje"


def _record(key_id: str, expires: date | None = None) -> CertificateRecord:
    return CertificateRecord(number="ZWL-2026-00007", name="Zoë Ağaoğlu-Ødegård",
                             module="LAS-01", issued=date(2026, 6, 30), kind="deelname",
                             site="ZWL", expires=expires, key_id=key_id)


def _sign(location: str, expires: date | None = None) -> str:
    """A code signed with the site's key of `location` (as issuing would sign it)."""
    services = open_services(location)
    try:
        key_id, key = services.signing_keys.signer(Actor.cli())
    finally:
        services.close()
    return encode(_record(key_id, expires), key)


def _key_file(data_dir: Path) -> Path:
    files = list((data_dir / "keys").glob("*.key"))
    assert len(files) == 1, files
    return files[0]


# --- init ---------------------------------------------------------------------------------
def test_init_makes_the_sites_key_file_readable_by_the_user_only(
        cli: Run, tmp_path: Path, _private_data_dir: Path) -> None:
    db = str(tmp_path / "nieuw.sqlite")
    result = cli("--db", db, "init", "--site-code", "ZWL", "--site-name", "Zwolle", "--admin",
                 "beheer", "--password-stdin", "--json", stdin=PASSWORD + "\n")
    assert result.code == 0, result.err
    key_id = json.loads(result.out)["key_id"]
    key_file = _key_file(_private_data_dir)
    assert key_file.name == f"{key_id}.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert b"ENCRYPTED" not in key_file.read_bytes()  # init asks for no passphrase
    pem = cli("--db", db, "certificates", "public-key")
    assert pem.code == 0 and pem.out.startswith("-----BEGIN PUBLIC KEY-----")
    public = serialization.load_pem_public_key(pem.out.encode()).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert key_id_of(public) == key_id
    text = cli("--db", str(tmp_path / "tweede.sqlite"), "init", "--site-code", "TBG",
               "--site-name", "Terborg", "--admin", "beheer", "--password-stdin",
               stdin=PASSWORD + "\n")
    assert text.code == 0 and "Sleutel om certificaten te ondertekenen: " in text.out


# --- verify -------------------------------------------------------------------------------
def test_verify_exit_codes_json_and_text(cli: Run, site_location: str) -> None:
    code = _sign(site_location, expires=date(2030, 6, 30))
    valid = cli("--db", site_location, "certificates", "verify", code, "--json")
    assert valid.code == 0, valid.err
    assert json.loads(valid.out) == {
        "status": "valid", "number": "ZWL-2026-00007", "name": "Zoë Ağaoğlu-Ødegård",
        "module": "LAS-01", "issued": "2026-06-30", "kind": "deelname", "site": "ZWL",
        "expires": "2030-06-30"}
    text = cli("--db", site_location, "certificates", "verify", code)
    assert text.code == 0 and text.out.startswith("Geldig\n")
    assert "Zoë Ağaoğlu-Ødegård" in text.out and "bewijs van deelname" in text.out
    assert "30-06-2030" in text.out

    changed = code[:20] + ("A" if code[20] != "A" else "B") + code[21:]
    tampered = cli("--db", site_location, "certificates", "verify", changed, "--json")
    assert tampered.code == 3 and json.loads(tampered.out)["status"] == "tampered"
    said = cli("--db", site_location, "certificates", "verify", changed)
    assert said.code == 3 and said.out.startswith("Ongeldig (gewijzigd)\n")

    nothing = cli("--db", site_location, "certificates", "verify", "hallo wereld")
    assert nothing.code == 1 and nothing.out == ""
    assert nothing.err.startswith("bvmdesk: Dit is geen certificaatcode van BVM Desk.")


def test_verify_expired_with_the_clock_moved(cli: Run, site_location: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    code = _sign(site_location, expires=date(2027, 6, 30))
    monkeypatch.setenv("BVMDESK_TODAY", "2027-07-01")
    result = cli("--db", site_location, "certificates", "verify", code)
    assert result.code == 3 and result.out.startswith("Verlopen\n")
    monkeypatch.setenv("BVMDESK_TODAY", "2027-06-30")
    assert cli("--db", site_location, "certificates", "verify", code).code == 0


def test_another_sites_key_is_unknown(cli: Run, site_location: str) -> None:
    other = Ed25519PrivateKey.generate()
    code = encode(_record(key_id_of(other.public_key().public_bytes_raw())), other)
    result = cli("--db", site_location, "certificates", "verify", code, "--json")
    assert result.code == 3 and json.loads(result.out)["status"] == "unknown_key"
    text = cli("--db", site_location, "certificates", "verify", code)
    assert text.out.startswith("Onbekende sleutel\n")


def test_verify_with_a_public_key_opens_and_creates_no_database(
        cli: Run, site_location: str, tmp_path: Path, _private_data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    code = _sign(site_location)
    key_file = tmp_path / "zwl.pem"
    assert cli("--db", site_location, "certificates", "public-key", "-o",
               str(key_file)).code == 0
    empty = tmp_path / "leeg"
    empty.mkdir()
    monkeypatch.chdir(empty)
    monkeypatch.setenv("BVMDESK_DATA_DIR", str(empty / "data"))
    missing = empty / "bestaat-niet.sqlite"
    for db in (["--db", str(missing)], []):
        result = cli(*db, "certificates", "verify", code, "--public-key", str(key_file),
                     "--json")
        assert result.code == 0, result.err
        assert json.loads(result.out)["status"] == "valid"
        bad = cli(*db, "certificates", "verify", code[:-1] + "0" if code[-1] != "0"
                  else code[:-1] + "1", "--public-key", str(key_file))
        assert bad.code == 3 and bad.out.startswith("Ongeldig (gewijzigd)")
    assert list(empty.rglob("*")) == []
    # As a real process, with no database anywhere.
    process = run_process(["--db", str(missing), "certificates", "verify", code,
                           "--public-key", str(key_file)],
                          env={"BVMDESK_DATA_DIR": str(empty / "data")})
    assert process.code == 0 and process.out.startswith("Geldig")
    assert list(empty.rglob("*")) == []
    other = tmp_path / "ander.pem"
    other.write_bytes(Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    unknown = cli("certificates", "verify", code, "--public-key", str(other), "--json")
    assert unknown.code == 3 and json.loads(unknown.out)["status"] == "unknown_key"
    no_key = cli("certificates", "verify", code, "--public-key", str(tmp_path / "x.pem"))
    assert no_key.code == 1 and "openbare sleutel" in no_key.err
    assert list(empty.rglob("*")) == []


def test_verify_a_pdf_file(cli: Run, site_location: str, tmp_path: Path) -> None:
    from bvmdesk.reports.certificate_model import CertificateArt
    from bvmdesk.reports.pdf.certificate import render_certificate
    from tests.services.test_certificate_verify import _document

    code = _sign(site_location)
    services = open_services(site_location)
    try:
        key_id = services.signing_keys.info(Actor.cli()).key_id
    finally:
        services.close()
    pdf = tmp_path / "certificaat.pdf"
    pdf.write_bytes(render_certificate(_document(_record(key_id), code), CertificateArt()))
    result = cli("--db", site_location, "certificates", "verify", str(pdf), "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["number"] == "ZWL-2026-00007"
    renamed = tmp_path / "zonder-extensie"
    renamed.write_bytes(pdf.read_bytes())  # starts with %PDF: read as a PDF all the same
    assert cli("--db", site_location, "certificates", "verify", str(renamed)).code == 0
    other = tmp_path / "ander.pdf"
    other.write_bytes(b"%PDF-1.4\n%%EOF\n")
    refused = cli("--db", site_location, "certificates", "verify", str(other))
    assert refused.code == 1 and "geen certificaatcode" in refused.err


# --- moving the key -----------------------------------------------------------------------
def test_export_and_import_to_a_second_pc(cli: Run, site_location: str, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    code = _sign(site_location)  # the first PC has the key now
    export = tmp_path / "sleutel.pem"
    monkeypatch.delenv("BVMDESK_KEY_PASSPHRASE", raising=False)
    asked = cli("--db", site_location, "certificates", "key", "export", str(export))
    assert asked.code == 1 and "BVMDESK_KEY_PASSPHRASE" in asked.err and not export.exists()
    monkeypatch.setenv("BVMDESK_KEY_PASSPHRASE", "kort")
    short = cli("--db", site_location, "certificates", "key", "export", str(export))
    assert short.code == 1 and "minstens 8 tekens" in short.err and not export.exists()
    monkeypatch.setenv("BVMDESK_KEY_PASSPHRASE", PASSPHRASE)
    made = cli("--db", site_location, "certificates", "key", "export", str(export), "--json")
    assert made.code == 0, made.err
    key_id = json.loads(made.out)["key_id"]
    assert b"ENCRYPTED PRIVATE KEY" in export.read_bytes()
    assert stat.S_IMODE(export.stat().st_mode) == 0o600

    second = tmp_path / "tweede-pc"
    monkeypatch.setenv("BVMDESK_DATA_DIR", str(second))
    services = open_services(site_location)
    try:
        with pytest.raises(KeyFileError, match="staat niet op deze pc"):
            services.signing_keys.signer(Actor.cli())
    finally:
        services.close()
    monkeypatch.setenv("BVMDESK_KEY_PASSPHRASE", "verkeerde wachtwoordzin")
    wrong = cli("--db", site_location, "certificates", "key", "import", str(export))
    assert wrong.code == 1 and "klopt niet" in wrong.err
    assert not (second / "keys").exists() or not list((second / "keys").iterdir())
    monkeypatch.setenv("BVMDESK_KEY_PASSPHRASE", PASSPHRASE)
    taken = cli("--db", site_location, "certificates", "key", "import", str(export))
    assert taken.code == 0, taken.err
    assert (second / "keys" / f"{key_id}.key").is_file()
    assert _sign(site_location) == code  # Ed25519 is deterministic: the same key signs


def test_a_passphrase_on_the_key_file(cli: Run, site_location: str,
                                      _private_data_dir: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _sign(site_location)
    monkeypatch.delenv("BVMDESK_KEY_PASSPHRASE", raising=False)
    monkeypatch.setenv("BVMDESK_KEY_NEW_PASSPHRASE", PASSPHRASE)
    result = cli("--db", site_location, "certificates", "key", "passphrase")
    assert result.code == 0, result.err
    assert b"ENCRYPTED" in _key_file(_private_data_dir).read_bytes()
    refused = cli("--db", site_location, "certificates", "key", "passphrase", "--remove")
    assert refused.code == 1 and "BVMDESK_KEY_PASSPHRASE" in refused.err
    monkeypatch.setenv("BVMDESK_KEY_PASSPHRASE", PASSPHRASE)
    removed = cli("--db", site_location, "certificates", "key", "passphrase", "--remove")
    assert removed.code == 0, removed.err
    assert b"ENCRYPTED" not in _key_file(_private_data_dir).read_bytes()


# --- the private key stays out of the database ---------------------------------------------
def _secrets(data_dir: Path) -> list[bytes]:
    """The private key as raw bytes, and its PEM body (as the key file has it)."""
    pem = _key_file(data_dir).read_bytes()
    key = serialization.load_pem_private_key(pem, None)
    assert isinstance(key, Ed25519PrivateKey)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    body = b"".join(line for line in pem.splitlines() if not line.startswith(b"-----"))
    assert base64.b64decode(body).endswith(raw)
    return [raw, body, base64.b64encode(raw)]


def _unzipped(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def test_the_private_key_is_not_in_the_database_a_backup_or_an_export(
        cli: Run, tmp_path: Path, _private_data_dir: Path) -> None:
    db = tmp_path / "zwl.sqlite"
    assert cli("--db", str(db), "init", "--site-code", "ZWL", "--site-name", "Zwolle",
               "--admin", "beheer", "--password-stdin", stdin=PASSWORD + "\n").code == 0
    code = _sign(str(db))
    assert cli("--db", str(db), "certificates", "verify", code).code == 0
    backup = tmp_path / "kopie.sqlite"
    assert cli("--db", str(db), "backup", "create", "-o", str(backup)).code == 0
    export = tmp_path / "alles.xlsx"
    assert cli("--db", str(db), "export", str(export)).code == 0
    services = open_services(str(db))
    try:
        public = services.signing_keys.public_keys()
    finally:
        services.close()
    [public_raw] = public.values()
    contents = {"database": db.read_bytes() + _wal(db), "backup": backup.read_bytes(),
                "export": _unzipped(export)}
    # The grep can find what is there: the public key is in the database and its backup.
    assert public_raw in contents["database"] and public_raw in contents["backup"]
    for secret in _secrets(_private_data_dir):
        for name, content in contents.items():
            assert secret not in content, name


def _wal(db: Path) -> bytes:
    wal = Path(f"{db}-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_a_copied_database_cannot_sign(site_location: str, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _sign(site_location)
    monkeypatch.setenv("BVMDESK_DATA_DIR", str(tmp_path / "andere-pc"))
    services = open_services(site_location)
    try:
        with pytest.raises(KeyFileError, match="gekopieerde database"):
            services.signing_keys.signer(Actor.cli())
    finally:
        services.close()
    assert not os.path.exists(tmp_path / "andere-pc" / "keys")
