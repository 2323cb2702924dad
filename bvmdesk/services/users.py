"""Managing accounts (Beheer > Gebruikers, `bvmdesk user`): the list with each account's
state, a password reset the person completes at the next login, unlocking, disabling and
enabling, and changing name and role.

`AccountService` (services/accounts.py) is the one object callers use; it hashes passwords
and delegates the database work here. Every change needs MANAGE_USERS, is one audited unit
of work, and keeps at least one active administrator: the last one cannot be disabled or
made instructor, and nobody disables their own account or changes their own role (the
session of a logged-in actor keeps the role it logged in with).
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.db.models import User
from bvmdesk.db.session import Sessions
from bvmdesk.domain.clock import to_local
from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.text import plural
from bvmdesk.services import audit, locks
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.retry import run_write

MAX_DISPLAY_NAME = 200


@dataclass(frozen=True)
class UserInfo:
    """One account as the list shows it.

    `locked` is true while `locked_until` (UTC, naive) lies in the future: five wrong
    passwords lock an account for LOCK_MINUTES. `must_change_password`: an administrator
    reset the password; the next login asks for a new one first.
    """

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool = False
    locked_until: datetime | None = None
    must_change_password: bool = False


def user_info(user: User, now: datetime) -> UserInfo:
    locked = user.locked_until is not None and user.locked_until > now
    return UserInfo(user.id, user.username, user.display_name, Role(user.role), user.active,
                    locked, user.locked_until if locked else None,
                    bool(user.must_change_password))


def lock_text(locked_until: datetime, now: datetime) -> str:
    """Why a right password is refused: "... geblokkeerd tot 14:32 (nog 12 minuten)"."""
    minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
    return (f"Te veel mislukte pogingen: dit account is geblokkeerd tot "
            f"{to_local(locked_until):%H:%M} (nog {plural(minutes, 'minuut', 'minuten')}). "
            "Probeer het daarna opnieuw, of vraag een beheerder het account te ontgrendelen.")


def locked_user(s: Session, username: str) -> User | None:
    """The account, locked until the end of the transaction (a second PC waits)."""
    return s.scalars(select(User).where(User.username == username).with_for_update()
                     .execution_options(populate_existing=True)).first()


def existing_user(s: Session, username: str) -> User:
    """The account `username`, row-locked.

    Raises:
        NotFound: "Gebruiker X bestaat niet."
    """
    user = locked_user(s, username)
    if user is None or user.deleted_at is not None:
        raise NotFound(f"Gebruiker {username} bestaat niet.")
    return user


def _keeps_an_administrator(s: Session, user: User) -> None:
    """Refuses when `user` is the only active administrator (they are about to stop being
    one). The caller holds `locks.administrators`."""
    if not (user.active and user.role == Role.ADMIN.value):
        return
    others = s.scalar(select(func.count(User.id)).where(
        User.role == Role.ADMIN.value, User.active.is_(True), User.deleted_at.is_(None),
        User.id != user.id)) or 0
    if not others:
        raise ServiceError(f"{user.username} is de laatste actieve beheerder: maak eerst "
                           "een andere gebruiker beheerder.")


class UserAdmin:
    """The database side of account management (see the module's docstring)."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def list_users(self, actor: Actor) -> list[UserInfo]:
        actor.require(Permission.VIEW)
        now = self._sessions.now()
        with self._sessions.read() as s:
            rows = s.scalars(select(User).where(User.deleted_at.is_(None))
                             .order_by(User.username))
            return [user_info(u, now) for u in rows]

    def get(self, actor: Actor, username: str) -> UserInfo:
        actor.require(Permission.VIEW)
        now = self._sessions.now()
        with self._sessions.read() as s:
            user = s.scalars(select(User).where(User.username == username,
                                                User.deleted_at.is_(None))).first()
            if user is None:
                raise NotFound(f"Gebruiker {username} bestaat niet.")
            return user_info(user, now)

    def set_active(self, actor: Actor, username: str, active: bool) -> UserInfo:
        """Disable or enable an account (a disabled one cannot log in).

        Raises:
            PermissionDenied, NotFound; ServiceError: one's own account, or the last
            active administrator.
        """
        actor.require(Permission.MANAGE_USERS)
        if not active and username == actor.name:
            raise ServiceError("U kunt uw eigen account niet uitschakelen; vraag een andere "
                               "beheerder.")
        now = self._sessions.now()

        def work(s: Session) -> UserInfo:
            locks.administrators(s)
            user = existing_user(s, username)
            if user.active != active:
                if not active:
                    _keeps_an_administrator(s, user)
                user.active = active
                audit.record_row(s, actor.name, "user.active", user)
            return user_info(user, now)
        return run_write(self._sessions, actor.name, work)

    def update(self, actor: Actor, username: str, display_name: str, role: Role) -> UserInfo:
        """Change the name shown and the role of an account.

        Raises:
            PermissionDenied, NotFound, ValidationFailed (an empty or too long name);
            ServiceError: one's own role, or the last active administrator made instructor.
        """
        actor.require(Permission.MANAGE_USERS)
        name = display_name.strip()
        if not name:
            raise ValidationFailed([FieldError("display_name", "Vul de naam in.")])
        if len(name) > MAX_DISPLAY_NAME:
            raise ValidationFailed([FieldError(
                "display_name", f"Een naam heeft hoogstens {MAX_DISPLAY_NAME} tekens.")])
        now = self._sessions.now()

        def work(s: Session) -> UserInfo:
            locks.administrators(s)
            user = existing_user(s, username)
            if user.role != role.value:
                if username == actor.name:
                    raise ServiceError("U kunt uw eigen rol niet wijzigen; vraag een andere "
                                       "beheerder.")
                if role is not Role.ADMIN:
                    _keeps_an_administrator(s, user)
            if (user.display_name, user.role) != (name, role.value):
                user.display_name = name
                user.role = role.value
                audit.record_row(s, actor.name, "user.update", user)
            return user_info(user, now)
        return run_write(self._sessions, actor.name, work)

    def store_password(self, actor: Actor, username: str, password_hash: str, *,
                       temporary: bool) -> UserInfo:
        """Store a new password hash; `temporary`: the person must choose a new one at the
        next login (a reset, audited as `user.reset`). A stored password lifts a lock.

        The caller checked the permission and the password's rules.
        """
        now = self._sessions.now()

        def work(s: Session) -> UserInfo:
            user = existing_user(s, username)
            user.password_hash = password_hash
            user.failed_attempts = 0
            user.locked_until = None
            user.must_change_password = temporary
            audit.record_row(s, actor.name, "user.reset" if temporary else "user.password",
                             user)
            return user_info(user, now)
        return run_write(self._sessions, actor.name, work)

    def unlock(self, actor: Actor, username: str) -> bool:
        """Lift a lock after too many wrong passwords; True when the account was locked.

        An account that was not locked only has its count of wrong tries cleared (not
        audited when there was nothing to clear).
        """
        actor.require(Permission.MANAGE_USERS)
        now = self._sessions.now()

        def work(s: Session) -> bool:
            user = existing_user(s, username)
            was_locked = user.locked_until is not None and user.locked_until > now
            if user.locked_until is None and not user.failed_attempts:
                return False
            user.locked_until = None
            user.failed_attempts = 0
            audit.record_row(s, actor.name, "user.unlock", user)
            return was_locked
        return run_write(self._sessions, actor.name, work)

    def must_change_password(self, username: str) -> bool:
        """True when the account's password was reset and must be changed at login."""
        with self._sessions.read() as s:
            flag = s.scalar(select(User.must_change_password).where(
                User.username == username.strip().lower()))
            return bool(flag)
