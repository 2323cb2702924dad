"""Sites and accounts: setting up a site, users, passwords (Argon2id) and logging in.

Managing accounts (reset, unlock, disable, name and role) lives in services/users.py; this
service delegates to it, so that callers keep one object."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import LocalSetting, Site, User
from bvmdesk.db.session import LOCAL_SITE_KEY, Sessions, local_site_id
from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.passwords import password_problem
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import audit, locks
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.services.retry import run_write
from bvmdesk.services.users import UserAdmin, UserInfo, lock_text, locked_user, user_info

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15  # issue 16: five wrong passwords lock an account for 15 minutes
WRONG_LOGIN = "Onjuiste gebruikersnaam of wachtwoord."
_SITE_CODE = re.compile(r"^[A-Z]{2,6}$")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class LoginFailed(ServiceError):
    """Wrong name or password, a disabled account or a locked one."""


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    code: str
    name: str
    city: str | None


def _hasher() -> Any:
    from argon2 import PasswordHasher  # imported when first needed: not at start-up

    return PasswordHasher()


def hash_password(password: str) -> str:
    """Argon2id hash of `password`."""
    return str(_hasher().hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


class AccountService:
    """Sites, users and logging in."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._users = UserAdmin(sessions)

    # --- sites ---------------------------------------------------------------------------
    def local_site(self) -> SiteInfo | None:
        """The site this installation is, or None when the database is not set up yet."""
        with self._sessions.read() as s:
            site_id = local_site_id(s)
            site = s.get(Site, site_id) if site_id else None
            return SiteInfo(site.id, site.code, site.name, site.city) if site else None

    def sites(self) -> list[SiteInfo]:
        with self._sessions.read() as s:
            rows = s.scalars(select(Site).where(Site.deleted_at.is_(None)).order_by(Site.code))
            return [SiteInfo(r.id, r.code, r.name, r.city) for r in rows]

    def is_set_up(self) -> bool:
        return self.local_site() is not None

    def check_site_setup(self, code: str, name: str, admin_username: str,
                         password: str) -> list[FieldError]:
        """Every error `setup_site` would raise for these values, without writing."""
        errors: list[FieldError] = []
        if not _SITE_CODE.match(code.strip().upper()):
            errors.append(FieldError("site_code", "Een locatiecode is 2 tot 6 letters, zoals ZWL."))
        if not name.strip():
            errors.append(FieldError("site_name", "Vul de naam van de locatie in."))
        errors += self._check_new_user(admin_username, password)
        return errors

    def setup_site(self, actor: Actor, code: str, name: str, admin_username: str,
                   password: str, admin_display_name: str | None = None,
                   city: str | None = None) -> SiteInfo:
        """Make this installation site `code` with a first administrator (`init`).

        Raises:
            ValidationFailed: bad code, name, username or password.
            ServiceError: the database already belongs to a site.
        """
        code = code.strip().upper()
        errors = self.check_site_setup(code, name, admin_username, password)
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> SiteInfo:
            locks.site_setup(s)  # two PCs running `init` on one server: one site
            if local_site_id(s) is not None:
                raise ServiceError("Deze database is al ingericht voor een locatie.")
            site = s.scalars(select(Site).where(Site.code == code)).first()
            if site is None:
                site = Site(id=uuid.uuid4(), code=code, name=name.strip(), city=city,
                            settings={})
                site.site_id = site.id
                s.add(site)
                s.flush()
            s.add(LocalSetting(key=LOCAL_SITE_KEY, value=str(site.id)))
            s.info["site_id"] = site.id
            s.flush()
            self._add_user(s, actor, admin_username, admin_display_name or admin_username,
                           Role.ADMIN, password)
            audit.record_row(s, actor.name, "site.setup", site)
            return SiteInfo(site.id, site.code, site.name, site.city)
        return run_write(self._sessions, actor.name, work)

    # --- users ---------------------------------------------------------------------------
    def _check_new_user(self, username: str, password: str) -> list[FieldError]:
        errors: list[FieldError] = []
        if not _USERNAME.match(username):
            errors.append(FieldError(
                "username",
                "Een gebruikersnaam is 2 tot 64 kleine letters, cijfers, punt, - of _.",
            ))
        problem = password_problem(password)
        if problem:
            errors.append(FieldError("password", problem))
        return errors

    def _add_user(self, s: Session, actor: Actor, username: str, display_name: str,
                  role: Role, password: str) -> User:
        locks.username(s, username)
        if s.scalars(select(User.id).where(User.username == username)).first():
            raise ValidationFailed([FieldError("username", f"Gebruiker {username} bestaat al.")])
        user = User(username=username, display_name=display_name.strip() or username,
                    role=role.value, password_hash=hash_password(password), active=True,
                    failed_attempts=0)
        s.add(user)
        s.flush()
        audit.record_row(s, actor.name, "user.add", user)
        return user

    def add_user(self, actor: Actor, username: str, role: Role, password: str,
                 display_name: str | None = None, *, temporary: bool = False) -> UserInfo:
        """Create an account. Only administrators may. `temporary`: the person chooses a
        new password at the first login.

        Raises:
            PermissionDenied, ValidationFailed.
        """
        actor.require(Permission.MANAGE_USERS)
        errors = self._check_new_user(username, password)
        if errors:
            raise ValidationFailed(errors)

        def work(s: Session) -> UserInfo:
            if local_site_id(s) is None:
                raise ServiceError("Richt eerst een locatie in (bvmdesk init); "
                                   "daarna kunnen er gebruikers bij.")
            user = self._add_user(s, actor, username, display_name or username, role,
                                  password)
            user.must_change_password = temporary
            return user_info(user, self._sessions.now())
        return run_write(self._sessions, actor.name, work)

    def list_users(self, actor: Actor) -> list[UserInfo]:
        """Every account, by username, with its state (locked, must change password)."""
        return self._users.list_users(actor)

    def get_user(self, actor: Actor, username: str) -> UserInfo:
        """Raises NotFound: "Gebruiker X bestaat niet." """
        return self._users.get(actor, username)

    def user_count(self) -> int:
        with self._sessions.read() as s:
            return int(s.scalar(select(func.count(User.id))) or 0)

    def set_password(self, actor: Actor, username: str, password: str) -> UserInfo:
        """Change a password: one's own, or anyone's as an administrator. It lifts a lock
        and clears `must_change_password`; after a reset, one's own new password must
        differ from the temporary one.

        Raises:
            PermissionDenied, NotFound, ValidationFailed.
        """
        if actor.name != username or actor.read_only:
            actor.require(Permission.MANAGE_USERS)
        problem = password_problem(password)
        if problem:
            raise ValidationFailed([FieldError("password", problem)])
        if actor.name == username and self._users.must_change_password(username):
            self._refuse_the_temporary_password(username, password)
        password_hash = hash_password(password)  # slow: not while holding the row lock
        return self._users.store_password(actor, username, password_hash, temporary=False)

    def _refuse_the_temporary_password(self, username: str, password: str) -> None:
        with self._sessions.read() as s:
            old = s.scalar(select(User.password_hash).where(User.username == username))
        if old is not None and verify_password(old, password):
            raise ValidationFailed([FieldError(
                "password", "Kies een ander wachtwoord dan het tijdelijke.")])

    def reset_password(self, actor: Actor, username: str, password: str) -> UserInfo:
        """An administrator sets a temporary password: the person must choose a new one
        at the next login. It lifts a lock. Audited as `user.reset`.

        Raises:
            PermissionDenied, NotFound, ValidationFailed.
        """
        actor.require(Permission.MANAGE_USERS)
        problem = password_problem(password)
        if problem:
            raise ValidationFailed([FieldError("password", problem)])
        password_hash = hash_password(password)
        return self._users.store_password(actor, username, password_hash, temporary=True)

    def set_active(self, actor: Actor, username: str, active: bool) -> UserInfo:
        """Disable or enable an account; see `UserAdmin.set_active`."""
        return self._users.set_active(actor, username, active)

    def update_user(self, actor: Actor, username: str, display_name: str,
                    role: Role) -> UserInfo:
        """Change name and role; see `UserAdmin.update`."""
        return self._users.update(actor, username, display_name, role)

    def unlock(self, actor: Actor, username: str) -> bool:
        """Lift a lock; True when the account was locked. See `UserAdmin.unlock`."""
        return self._users.unlock(actor, username)

    def must_change_password(self, username: str) -> bool:
        """True when the password was reset: the login asks for a new one before the
        window opens (`authenticate` still returns the actor)."""
        return self._users.must_change_password(username)

    # --- logging in ----------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> Actor:
        """The actor for a correct name and password.

        Until the password is right, every refusal says the same (`WRONG_LOGIN`) and costs
        the same password check: an unknown name, a wrong password, a locked and a
        disabled account cannot be told apart, so the login reveals no account. Only with
        the right password does it say that the account is locked or disabled.

        Raises:
            LoginFailed: with a message that does not tell which of the two was wrong.
        """
        username = username.strip().lower()
        now = self._sessions.now()

        def work(s: Session) -> tuple[Actor | None, str | None]:
            # The row lock makes two PCs' failed attempts count twice, not once.
            user = locked_user(s, username)
            if user is None or user.deleted_at is not None:
                verify_password(_DUMMY_HASH(), password)  # same time as a real check
                return None, WRONG_LOGIN
            right = verify_password(user.password_hash, password)
            locked = user.locked_until is not None and user.locked_until > now
            if not right:
                if user.active and not locked:  # a locked account's lock is not extended
                    user.failed_attempts += 1
                    if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                        user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                        user.failed_attempts = 0
                return None, WRONG_LOGIN
            if not user.active:
                return None, "Dit account is uitgeschakeld. Vraag een beheerder."
            if locked:
                assert user.locked_until is not None
                return None, lock_text(user.locked_until, now)
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            return Actor(user.username, Role(user.role), user.id, user.display_name), None
        actor, refusal = run_write(self._sessions, f"login:{username}", work)
        if actor is None:
            raise LoginFailed(refusal or WRONG_LOGIN)
        return actor


_dummy_hash: list[str] = []


def _DUMMY_HASH() -> str:  # a lazily made constant
    if not _dummy_hash:
        _dummy_hash.append(hash_password("niet-een-echt-wachtwoord"))
    return _dummy_hash[0]

