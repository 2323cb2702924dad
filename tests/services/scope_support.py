"""Instructors for the own-groups tests (issue 16): an account that teaches a given group."""

from __future__ import annotations

import uuid

from bvmdesk.db.models import GroupInstructor, User
from bvmdesk.domain.enums import Role
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of


def add_instructor(services: Services, username: str, *groups: uuid.UUID,
                   display_name: str | None = None) -> Actor:
    """A new instructor account (it cannot log in: no password) that teaches `groups` as
    an extra instructor; the actor its login would give."""
    shown = display_name or username.capitalize()
    with sessions_of(services).write("test") as s:
        user = User(username=username, display_name=shown, role=Role.INSTRUCTOR.value,
                    password_hash="!")
        s.add(user)
        s.flush()
        s.add_all([GroupInstructor(group_id=group_id, user_id=user.id) for group_id in groups])
        s.flush()
        return Actor(username, Role.INSTRUCTOR, user.id, shown)
