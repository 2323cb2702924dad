"""Who may do what: roles and their permissions (enforced in the services)."""

from enum import StrEnum

from bvmdesk.domain.enums import Role


class Permission(StrEnum):
    VIEW = "view"
    RECORD_ATTENDANCE = "record_attendance"
    RECORD_ASSESSMENTS = "record_assessments"
    RECORD_SIGNOFFS = "record_signoffs"  # aftekeningen and bpv-uren (and their withdrawal)
    ISSUE_CERTIFICATES = "issue_certificates"  # issue and print certificates
    MANAGE_CERTIFICATES = "manage_certificates"  # revoke, override eligibility, key, settings
    EDIT_PARTICIPANTS = "edit_participants"
    MANAGE_USERS = "manage_users"
    EDIT_MODULES = "edit_modules"
    MANAGE_DATA = "manage_data"
    PURGE_FACTS = "purge_facts"  # retention: delete facts past their term (services.retention)


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.INSTRUCTOR: frozenset(
        {Permission.VIEW, Permission.RECORD_ATTENDANCE, Permission.RECORD_ASSESSMENTS,
         Permission.RECORD_SIGNOFFS, Permission.ISSUE_CERTIFICATES}
    ),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW: "gegevens bekijken",
    Permission.RECORD_ATTENDANCE: "presentie vastleggen",
    Permission.RECORD_ASSESSMENTS: "beoordelingen vastleggen",
    Permission.RECORD_SIGNOFFS: "aftekeningen en bpv-uren vastleggen",
    Permission.ISSUE_CERTIFICATES: "certificaten uitgeven en afdrukken",
    Permission.MANAGE_CERTIFICATES: "certificaten intrekken, voorwaarden overrulen en de "
                                    "sleutel beheren",
    Permission.EDIT_PARTICIPANTS: "deelnemers wijzigen",
    Permission.MANAGE_USERS: "gebruikers beheren",
    Permission.EDIT_MODULES: "modules wijzigen",
    Permission.MANAGE_DATA: "gegevens importeren en beheren",
    Permission.PURGE_FACTS: "vastgelegde gegevens na hun bewaartermijn verwijderen",
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
