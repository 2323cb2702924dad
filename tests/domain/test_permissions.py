"""Roles and their permissions."""

import pytest

from bvmdesk.domain.enums import Role
from bvmdesk.domain.permissions import PERMISSION_LABELS, Permission, role_allows


@pytest.mark.parametrize(
    "permission",
    [Permission.MANAGE_USERS, Permission.EDIT_MODULES, Permission.EDIT_PARTICIPANTS,
     Permission.MANAGE_DATA, Permission.PURGE_FACTS],
)
def test_instructor_may_not_administer(permission: Permission) -> None:
    assert not role_allows(Role.INSTRUCTOR, permission)


@pytest.mark.parametrize(
    "permission",
    [Permission.VIEW, Permission.RECORD_ATTENDANCE, Permission.RECORD_ASSESSMENTS,
     Permission.RECORD_SIGNOFFS],
)
def test_instructor_may_do_the_lesson_work(permission: Permission) -> None:
    assert role_allows(Role.INSTRUCTOR, permission)


def test_admin_may_do_everything_and_every_permission_has_a_dutch_label() -> None:
    for permission in Permission:
        assert role_allows(Role.ADMIN, permission)
        assert PERMISSION_LABELS[permission]
