"""What every service shares: the actor, the errors users see, and change notices."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass, field

from bvmdesk.domain.enums import Role
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import PERMISSION_LABELS, Permission, role_allows


class ServiceError(Exception):
    """An expected failure; `str(error)` is a Dutch message the user can act on."""


class PermissionDenied(ServiceError):
    """The actor's role does not allow this action."""


class NotFound(ServiceError):
    """The object asked for does not exist (any more)."""


class ValidationFailed(ServiceError):
    """Input was refused; `errors` says per field why. Nothing was changed."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Actor:
    """Who acts: a logged-in user, the command line, or the read-only smoke test."""

    name: str
    role: Role
    user_id: uuid.UUID | None = None
    display_name: str = ""
    read_only: bool = False

    @classmethod
    def cli(cls) -> Actor:
        """The command line: `cli:<os-user>`, administrator rights, no login (DESIGN.md)."""
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "onbekend"
        return cls(name=f"cli:{user}", role=Role.ADMIN, display_name=f"opdrachtregel ({user})")

    @classmethod
    def viewer(cls) -> Actor:
        """A read-only actor, for `gui --smoke-test`."""
        return cls(name="smoke-test", role=Role.INSTRUCTOR, display_name="alleen lezen",
                   read_only=True)

    def may(self, permission: Permission) -> bool:
        if self.read_only and permission is not Permission.VIEW:
            return False
        return role_allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Raises PermissionDenied unless the actor has `permission`."""
        if not self.may(permission):
            raise PermissionDenied(
                f"U mag geen {PERMISSION_LABELS[permission]} (ingelogd als {self.name})."
            )


@dataclass(frozen=True)
class Changed:
    """What a write changed, so that pages refresh only what they show."""

    participants: bool = False
    users: bool = False
    sites: bool = False
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
