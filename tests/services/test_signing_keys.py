"""The signing key: a file readable by its owner only, never in the database; passphrase,
export and import."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from bvmdesk.services.signing_keys import (
    KeyFileError,
    KeyStore,
    PassphraseNeeded,
    public_pem,
    read_public_pem,
)


def test_a_new_key_is_a_private_file(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys")
    key_id, public = store.create()
    path = store.path(key_id)
    assert path.name == f"{key_id}.key" and len(key_id) == 8
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not store.protected(key_id)
    fresh = KeyStore(tmp_path / "keys")  # another session
    assert fresh.load(key_id).public_key().public_bytes_raw() == public
    assert read_public_pem(public_pem(public).encode()) == public


def test_a_passphrase_is_asked_once_per_session(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    key_id, public = store.create()
    store.set_passphrase(key_id, "geheim-genoeg")
    assert store.protected(key_id)
    assert b"geheim" not in store.path(key_id).read_bytes()
    session = KeyStore(tmp_path)
    with pytest.raises(PassphraseNeeded):
        session.load(key_id)
    with pytest.raises(KeyFileError, match="klopt niet"):
        session.load(key_id, lambda _: "fout-fout-fout")
    asked: list[str] = []

    def ask(kid: str) -> str:
        asked.append(kid)
        return "geheim-genoeg"

    assert session.load(key_id, ask).public_key().public_bytes_raw() == public
    session.load(key_id, ask)
    assert asked == [key_id]
    with pytest.raises(Exception, match="minstens 8"):
        store.set_passphrase(key_id, "kort")


def test_export_and_import_move_the_key(tmp_path: Path) -> None:
    first = KeyStore(tmp_path / "pc1")
    key_id, public = first.create()
    exported = tmp_path / "sleutel.pem"
    with pytest.raises(Exception, match="minstens 8"):
        first.export(key_id, exported, "kort")
    assert not exported.exists()
    first.export(key_id, exported, "overzetten-123")
    assert b"ENCRYPTED" in exported.read_bytes()
    raw = first.load(key_id).private_bytes(serialization.Encoding.Raw,
                                           serialization.PrivateFormat.Raw,
                                           serialization.NoEncryption())
    assert raw not in exported.read_bytes()
    second = KeyStore(tmp_path / "pc2")
    with pytest.raises(KeyFileError):
        second.import_file(exported, "verkeerd-wachtwoord")
    assert not second.has(key_id)
    assert second.import_file(exported, "overzetten-123") == (key_id, public)
    assert KeyStore(tmp_path / "pc2").has(key_id)


def test_a_missing_key_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="key import"):
        KeyStore(tmp_path).load("0A1B2C3D")
    with pytest.raises(KeyFileError, match="geen bruikbaar"):
        (tmp_path / "x.pem").write_text("geen sleutel")
        KeyStore(tmp_path / "o").import_file(tmp_path / "x.pem", "")
