"""The site's Ed25519 signing key: the public half in the database (it syncs with the site),
the private half a key file in the user data directory, named by its key id and readable by
the OS user only (DESIGN.md, Keys). A copied database file can verify, never sign.

A key file may carry a passphrase; it is asked once per session (the loaded key is kept in
this process) when something is signed.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.config import data_dir
from bvmdesk.db.models import SigningKey, Site
from bvmdesk.db.session import Sessions
from bvmdesk.domain.certificate_code import key_id_of
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import locks
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.numbering import local_site
from bvmdesk.services.retry import run_write

KEY_SUFFIX = ".key"
MIN_PASSPHRASE = 8

PassphraseAsk = Callable[[str], str | None]
"""Asked for the passphrase of key `key_id`; None when the user cancels."""


class KeyFileError(ServiceError):
    """The private key cannot be used: missing on this PC, a wrong passphrase, a broken
    file. The message says what to do."""


class PassphraseNeeded(KeyFileError):
    """The key file has a passphrase and none was given."""


@dataclass(frozen=True)
class KeyInfo:
    """The site's signing key as the Beheer page and the command line show it."""

    key_id: str
    site_code: str
    public_pem: str
    private_here: bool  # the key file is on this PC
    protected: bool  # the key file has a passphrase


def keys_dir() -> Path:
    """Where key files live: `keys/` in the user data directory."""
    return data_dir() / "keys"


def public_pem(public_key: bytes) -> str:
    """A raw Ed25519 public key as PEM (SubjectPublicKeyInfo)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = Ed25519PublicKey.from_public_bytes(public_key)
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def read_public_pem(data: bytes) -> bytes:
    """The raw 32 bytes of a PEM (or raw) Ed25519 public key.

    Raises:
        ServiceError: the data is no Ed25519 public key.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(data) == 32:
        return data
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        raise ServiceError("Dit bestand bevat geen openbare sleutel (PEM).") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ServiceError("Dit is geen Ed25519-sleutel; BVM Desk ondertekent met Ed25519.")
    return key.public_bytes_raw()


class KeyStore:
    """Key files in one directory: create, load (with passphrase), protect, export, import."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory
        self._loaded: dict[str, Ed25519PrivateKey] = {}
        self._lock = threading.Lock()

    @property
    def directory(self) -> Path:
        return self._directory or keys_dir()

    def path(self, key_id: str) -> Path:
        return self.directory / f"{key_id}{KEY_SUFFIX}"

    def has(self, key_id: str) -> bool:
        return key_id in self._loaded or self.path(key_id).is_file()

    def protected(self, key_id: str) -> bool:
        path = self.path(key_id)
        return path.is_file() and b"ENCRYPTED" in path.read_bytes()[:64]

    def create(self) -> tuple[str, bytes]:
        """A new key pair; the private key is written as a file. Returns (key id, raw
        public key)."""
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes_raw()
        key_id = key_id_of(public)
        self._write(key_id, key, None)
        with self._lock:
            self._loaded[key_id] = key
        return key_id, public

    def _write(self, key_id: str, key: Ed25519PrivateKey, passphrase: str | None) -> None:
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")) if passphrase
            else serialization.NoEncryption())
        data = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 encryption)
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.path(key_id)
        temporary = path.with_suffix(".tmp")
        # Created readable by the owner only, before a byte is written.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)

    def load(self, key_id: str, ask: PassphraseAsk | None = None) -> Ed25519PrivateKey:
        """The private key `key_id`; asks `ask` for the passphrase once per session.

        Raises:
            KeyFileError: no key file on this PC, a wrong passphrase, or a broken file.
            PassphraseNeeded: the file has a passphrase and `ask` gave none.
        """
        with self._lock:
            if key_id in self._loaded:
                return self._loaded[key_id]
        path = self.path(key_id)
        if not path.is_file():
            raise KeyFileError(
                f"De sleutel {key_id} om certificaten te ondertekenen staat niet op deze pc. "
                "Een gekopieerde database kan certificaten controleren, niet uitgeven. Zet de "
                "sleutel over met 'bvmdesk certificates key export' op de pc die hem heeft en "
                "'bvmdesk certificates key import' hier.")
        data = path.read_bytes()
        passphrase: str | None = None
        if b"ENCRYPTED" in data[:64]:
            passphrase = ask(key_id) if ask else None
            if not passphrase:
                raise PassphraseNeeded(
                    f"De sleutel {key_id} is beveiligd met een wachtwoordzin; geef die op om "
                    "te ondertekenen.")
        key = _load_private(data, passphrase, key_id)
        with self._lock:
            self._loaded[key_id] = key
        return key

    def forget(self) -> None:
        """Drop the keys loaded in this session (at logout or lock)."""
        with self._lock:
            self._loaded.clear()

    def set_passphrase(self, key_id: str, passphrase: str | None,
                       ask: PassphraseAsk | None = None) -> None:
        """Protect the key file with `passphrase` (None or empty: remove the protection).

        Raises:
            KeyFileError: see `load`; ServiceError: a passphrase shorter than 8 characters.
        """
        if passphrase and len(passphrase) < MIN_PASSPHRASE:
            raise ServiceError(f"Een wachtwoordzin heeft minstens {MIN_PASSPHRASE} tekens.")
        key = self.load(key_id, ask)
        self._write(key_id, key, passphrase or None)

    def export(self, key_id: str, target: Path, passphrase: str,
               ask: PassphraseAsk | None = None) -> None:
        """Write the private key to `target`, protected with `passphrase` (for a second PC
        of the same site).

        Raises:
            KeyFileError: see `load`; ServiceError: no or too short a passphrase, or the file
                cannot be written.
        """
        if len(passphrase or "") < MIN_PASSPHRASE:
            raise ServiceError("Een export van de sleutel heeft een wachtwoordzin van minstens "
                               f"{MIN_PASSPHRASE} tekens nodig.")
        key = self.load(key_id, ask)
        data = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise ServiceError(f"Kan {target} niet schrijven: {exc.strerror or exc}.") from None

    def import_file(self, source: Path, passphrase: str) -> tuple[str, bytes]:
        """Read an exported key and keep it as this PC's key file (without passphrase; set
        one with `set_passphrase`). Returns (key id, raw public key).

        Raises:
            KeyFileError: the file is missing, not a key, or the passphrase is wrong.
        """
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise KeyFileError(f"Kan {source} niet lezen: {exc.strerror or exc}.") from None
        key = _load_private(data, passphrase or None, source.name)
        public = key.public_key().public_bytes_raw()
        key_id = key_id_of(public)
        self._write(key_id, key, None)
        with self._lock:
            self._loaded[key_id] = key
        return key_id, public


def _load_private(data: bytes, passphrase: str | None, label: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(
            data, passphrase.encode("utf-8") if passphrase else None)
    except TypeError:
        if passphrase:  # the file has no passphrase: take it as it is
            return _load_private(data, None, label)
        raise PassphraseNeeded(f"De sleutel {label} is beveiligd met een wachtwoordzin.") from None
    except ValueError:
        if passphrase:
            raise KeyFileError(f"De wachtwoordzin van sleutel {label} klopt niet.") from None
        raise KeyFileError(f"{label} is geen bruikbaar sleutelbestand.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{label} is geen Ed25519-sleutel.")
    return key


# --- the database side -----------------------------------------------------------------------
def site_key(s: Session, site_id: uuid.UUID) -> SigningKey | None:
    """The site's current (not retired) signing key."""
    return s.scalars(select(SigningKey).where(
        SigningKey.site_id == site_id, SigningKey.retired_at.is_(None),
        SigningKey.deleted_at.is_(None)).order_by(SigningKey.created_at.desc())).first()


def known_public_keys(s: Session) -> dict[str, bytes]:
    """Key id -> raw public key of every key of every site, retired ones included."""
    return {key_id: bytes(public) for key_id, public in s.execute(
        select(SigningKey.key_id, SigningKey.public_key).where(SigningKey.deleted_at.is_(None)))}


def ensure_site_key(s: Session, store: KeyStore, actor_name: str) -> SigningKey:
    """The local site's key; a site without one gets a new key pair now (`init`, or an
    older database at the first need). Runs inside the caller's write transaction."""
    site = local_site(s)
    locks.signing_key(s, site.id)
    key = site_key(s, site.id)
    if key is not None:
        return key
    key_id, public = store.create()
    key = SigningKey(key_id=key_id, public_key=public, site_id=site.id,
                     created_by=actor_name, updated_by=actor_name)
    s.add(key)
    site.signing_public_key = public
    site.updated_by = actor_name
    s.flush()
    return key


class SigningKeyService:
    """What Beheer and the command line do with the site's key."""

    def __init__(self, sessions: Sessions, store: KeyStore | None = None) -> None:
        self._sessions = sessions
        self.store = store or KeyStore()

    def info(self, actor: Actor) -> KeyInfo:
        """The site's key (created now when the site has none)."""
        actor.require(Permission.VIEW)
        def work(s: Session) -> tuple[str, str, bytes]:
            key = ensure_site_key(s, self.store, actor.name)
            site = s.get(Site, key.site_id)
            return key.key_id, site.code if site else "", bytes(key.public_key)

        key_id, site_code, public = run_write(self._sessions, actor.name, work)
        return KeyInfo(key_id, site_code, public_pem(public), self.store.has(key_id),
                       self.store.protected(key_id))

    def public_keys(self) -> dict[str, bytes]:
        with self._sessions.read() as s:
            return known_public_keys(s)

    def signer(self, actor: Actor, ask: PassphraseAsk | None = None
               ) -> tuple[str, Ed25519PrivateKey]:
        """The site's key id and private key, for issuing.

        Raises:
            KeyFileError: the key file is not on this PC, or its passphrase is wrong.
        """
        actor.require(Permission.ISSUE_CERTIFICATES)
        key_id = run_write(self._sessions, actor.name,
                           lambda s: ensure_site_key(s, self.store, actor.name).key_id)
        return key_id, self.store.load(key_id, ask)

    def set_passphrase(self, actor: Actor, passphrase: str | None,
                       ask: PassphraseAsk | None = None) -> None:
        actor.require(Permission.MANAGE_CERTIFICATES)
        self.store.set_passphrase(self.info(actor).key_id, passphrase, ask)

    def export(self, actor: Actor, target: Path, passphrase: str,
               ask: PassphraseAsk | None = None) -> str:
        actor.require(Permission.MANAGE_CERTIFICATES)
        key_id = self.info(actor).key_id
        self.store.export(key_id, target, passphrase, ask)
        return key_id

    def import_file(self, actor: Actor, source: Path, passphrase: str) -> str:
        """Take a key exported on another PC of this site.

        Raises:
            KeyFileError: see `KeyStore.import_file`, or the key is not this site's key.
        """
        actor.require(Permission.MANAGE_CERTIFICATES)
        with self._sessions.read() as s:
            site = local_site(s)
            current = site_key(s, site.id)
            expected = current.key_id if current else None
        if expected is None:
            raise KeyFileError("Deze database heeft nog geen sleutel; er valt niets over te "
                               "zetten. Een sleutel wordt gemaakt bij het eerste certificaat.")
        # Check before the file is kept, so a wrong key leaves nothing behind.
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise KeyFileError(f"Kan {source} niet lezen: {exc.strerror or exc}.") from None
        key = _load_private(data, passphrase or None, source.name)
        key_id = key_id_of(key.public_key().public_bytes_raw())
        if key_id != expected:
            raise KeyFileError(f"Dit is sleutel {key_id}; deze locatie ondertekent met "
                               f"sleutel {expected}. Er is niets veranderd.")
        return self.store.import_file(source, passphrase)[0]
